# Shared by ops/two-instances-demo.sh, ops/galera-check.sh and ops/galera-load.sh: production-jar instances
# (through the production layout's launcher, which brings its own JDK), the nginx of ops/nginx/ in front of two of them, and a three-node Galera cluster of the distribution's
# MariaDB on its own ports. Sourced from the repository root; callers set their own `set -euo pipefail`.
# shellcheck shell=bash

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages the caller needs, by "package:file-or-command" (installed only when the file/command is missing).
ensure_packages() {
  local missing=() wanted
  for wanted in "$@"; do
    local package="${wanted%%:*}" probe="${wanted#*:}"
    [ -e "$probe" ] || command -v "$(basename "$probe")" >/dev/null || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian's packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_jar() {
  if [ ! -x target/rop-portal/rop-portal ]; then
    echo "Building the production layout first"
    ./mvnw -B -ntp -q -Pproduction -DskipTests package
  fi
}

# A production-jar instance (name port jdbc-url db-user db-password folder) → prints its pid once health is UP.
# The bootstrap owner and API key come from ADMIN_EMAIL, ADMIN_PASSWORD and API_KEY; it trusts nginx on 127.0.0.1.
instance_start() {
  local name="$1" port="$2" url="$3" user="$4" password="$5" folder="$6" started; started=$(date +%s)
  mkdir -p "$folder"
  SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME="$user" SPRING_DATASOURCE_PASSWORD="$password" \
  ROP_DATA_DIR="$folder/data-$name" ROP_ADMIN_EMAIL="$ADMIN_EMAIL" ROP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  ROP_API_KEY="$API_KEY" SERVER_PORT="$port" ROP_TRUSTED_PROXIES=127.0.0.1 \
    target/rop-portal/rop-portal >"$folder/$name.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 480); do
    if curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; then
      echo "instance $name on :$port (pid $pid): health UP after $(( $(date +%s) - started )) s" >&2
      echo "$pid"; return
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "ERROR: instance $name did not start; its log:" >&2; tail -n 40 "$folder/$name.log" >&2; exit 1
}

# nginx with the production configuration (ops/nginx/rop-portal.conf) on other ports, from its own folder: the
# system nginx, its configuration and port 80 are not touched. Arguments: folder proxy-port port-a port-b.
nginx_start() {
  local folder="$1" proxy="$2" a="$3" b="$4" nginx
  nginx="$(command -v nginx || echo /usr/sbin/nginx)"
  mkdir -p "$folder/temp"
  sed -e "s/8081/$a/g" -e "s/8082/$b/g" -e "s/listen 80;/listen 127.0.0.1:$proxy;/" \
    ops/nginx/rop-portal.conf >"$folder/rop-portal.conf"
  cat >"$folder/nginx.conf" <<CONF
pid $folder/nginx.pid;
error_log $folder/error.log;
worker_processes 1;
events { worker_connections ${NGINX_CONNECTIONS:-256}; }
http {
    access_log ${NGINX_ACCESS_LOG:-$folder/access.log};
    client_body_temp_path $folder/temp/body;
    proxy_temp_path $folder/temp/proxy;
    fastcgi_temp_path $folder/temp/fastcgi;
    uwsgi_temp_path $folder/temp/uwsgi;
    scgi_temp_path $folder/temp/scgi;
    include $folder/rop-portal.conf;
}
CONF
  "$nginx" -t -q -p "$folder" -c "$folder/nginx.conf" -g 'error_log stderr;'
  "$nginx" -p "$folder" -c "$folder/nginx.conf"
}

nginx_stop() { # folder
  [ -f "$1/nginx.pid" ] && kill "$(cat "$1/nginx.pid")" 2>/dev/null || true
}

# --- A three-node Galera cluster under GALERA_WORK: SQL ports 3311-3313, group communication 4567/4577/4587,
# IST 4568/4578/4588, rsync SST 4444/4454/4464. The nodes run under their own process name (so pgrep -x mariadbd
# does not see them and the system MariaDB on 3306 is never touched).
GALERA_NODES=(1 2 3)
galera_sql_port() { echo $((3310 + $1)); }
galera_gcomm_port() { echo $((4567 + 10 * ($1 - 1))); }
galera_ist_port() { echo $((4568 + 10 * ($1 - 1))); }
galera_sst_port() { echo $((4444 + 10 * ($1 - 1))); }
GALERA_CLUSTER="gcomm://127.0.0.1:$(galera_gcomm_port 1),127.0.0.1:$(galera_gcomm_port 2),127.0.0.1:$(galera_gcomm_port 3)"

galera_sql() { # node sql → rows (root over the node's own socket)
  mariadb --no-defaults -uroot --socket="$GALERA_WORK/node$1/mysqld.sock" -N -B -e "$2"
}

# The JDBC host list of the given nodes in that order, e.g. 127.0.0.1:3312,127.0.0.1:3313,127.0.0.1:3311.
galera_hosts() { local out="" n; for n in "$@"; do out+="${out:+,}127.0.0.1:$(galera_sql_port "$n")"; done; echo "$out"; }

galera_start_node() { # node [--wsrep-new-cluster]; returns once the node is Synced
  local n="$1"; shift
  "$GALERA_WORK/bin/rop-galera-node" --no-defaults --user=mysql --basedir=/usr --lc-messages-dir=/usr/share/mysql \
    --datadir="$GALERA_WORK/node$n/data" --socket="$GALERA_WORK/node$n/mysqld.sock" \
    --pid-file="$GALERA_WORK/node$n/mysqld.pid" --log-error="$GALERA_WORK/node$n/error.log" \
    --port="$(galera_sql_port "$n")" --bind-address=127.0.0.1 --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=64M \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 --innodb-flush-log-at-trx-commit=0 \
    --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=rop_galera_drill \
    --wsrep-cluster-address="$GALERA_CLUSTER" --wsrep-node-name="node$n" \
    --wsrep-node-address="127.0.0.1:$(galera_gcomm_port "$n")" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$(galera_gcomm_port "$n");ist.recv_addr=127.0.0.1:$(galera_ist_port "$n");gcache.size=64M" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$(galera_sst_port "$n")" "$@" \
    >>"$GALERA_WORK/node$n/stdout.log" 2>&1 &
  echo $! >"$GALERA_WORK/node$n/process.pid"
  disown
  for _ in $(seq 1 1200); do
    [ "$(galera_sql "$n" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS
      WHERE VARIABLE_NAME='WSREP_LOCAL_STATE_COMMENT'" 2>/dev/null)" = Synced ] && return 0
    kill -0 "$(cat "$GALERA_WORK/node$n/process.pid")" 2>/dev/null || break
    sleep 0.1
  done
  echo "ERROR: Galera node $n did not reach Synced; its log:" >&2
  tail -n 40 "$GALERA_WORK/node$n/error.log" >&2
  return 1
}

# A new cluster from empty data folders: node 1 bootstraps it, 2 and 3 join; prints how long it took.
galera_create() {
  local started n; started=$(date +%s.%N)
  rm -rf "$GALERA_WORK"
  mkdir -p "$GALERA_WORK/bin"
  ln -s "$(command -v mariadbd || echo /usr/sbin/mariadbd)" "$GALERA_WORK/bin/rop-galera-node"
  for n in "${GALERA_NODES[@]}"; do
    mkdir -p "$GALERA_WORK/node$n/data"
    # The server and rsync's receiving daemon of a state transfer run as the mysql user: its own folders.
    chown -R mysql:mysql "$GALERA_WORK/node$n"
    mariadb-install-db --no-defaults --user=mysql --datadir="$GALERA_WORK/node$n/data" \
      --auth-root-authentication-method=normal --skip-test-db >"$GALERA_WORK/node$n/install.log" 2>&1
  done
  galera_start_node 1 --wsrep-new-cluster
  for n in 2 3; do galera_start_node "$n"; done
  echo "cluster of $(galera_sql 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2) nodes Synced in" \
    "$(printf '%.1f' "$(echo "$(date +%s.%N) - $started" | bc)") s ($(galera_sql 1 'SELECT VERSION()'))"
}

# A database and its own user on the cluster (database user password): DDL on one node, replicated to all.
galera_database() {
  galera_sql 1 "CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER '$2'@'127.0.0.1' IDENTIFIED BY '$3';
    GRANT ALL PRIVILEGES ON \`$1\`.* TO '$2'@'127.0.0.1';"
}

galera_kill_all() {
  local n
  for n in "${GALERA_NODES[@]}"; do
    [ -f "$GALERA_WORK/node$n/process.pid" ] && kill -9 "$(cat "$GALERA_WORK/node$n/process.pid")" 2>/dev/null || true
  done
}

random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }
