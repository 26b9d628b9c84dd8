#!/usr/bin/env bash
# The Galera drill of issue 18 (docs/operations.md): a three-node Galera cluster of the distribution's MariaDB on
# this machine (ports 3311-3313, group communication 4567/4577/4587, IST 4568/4578/4588, rsync SST 4444/4454/4464),
# two production-jar instances, each preferring another node, behind the nginx configuration of ops/nginx/ (proxy
# 18420, instances 18421/18422). The drill itself is GaleraDrillTest (JUnit + Playwright, tag "galera"): candidates
# answer and owners score interviews through both instances while one database node is killed with kill -9 and
# restarted, colliding writes are made on both instances, and every acknowledged row is compared on all three nodes.
# The system MariaDB on 3306 is not touched: the nodes run from their own folders under target/galera, under their
# own process name (so pgrep -x mariadbd does not see them), and everything is removed at the end, also on failure.
#   ops/galera-check.sh                 the whole drill (needs root or sudo only to install galera-4/rsync/nginx)
#   ops/galera-check.sh start-node N    used by the drill to restart node N of a running drill
set -euo pipefail
cd "$(dirname "$0")/.."

WORK="$(pwd)/target/galera"
NODES=(1 2 3)
sql_port() { echo $((3310 + $1)); }
gcomm_port() { echo $((4567 + 10 * ($1 - 1))); }
ist_port() { echo $((4568 + 10 * ($1 - 1))); }
sst_port() { echo $((4444 + 10 * ($1 - 1))); }
CLUSTER="gcomm://127.0.0.1:$(gcomm_port 1),127.0.0.1:$(gcomm_port 2),127.0.0.1:$(gcomm_port 3)"

node_sql() { # node sql → rows (root over the node's own socket)
  mariadb --no-defaults -uroot --socket="$WORK/node$1/mysqld.sock" -N -B -e "$2"
}

start_node() { # node [--wsrep-new-cluster]; returns once the node is Synced
  local n="$1"; shift
  "$WORK/bin/rop-galera-node" --no-defaults --user=mysql --basedir=/usr --lc-messages-dir=/usr/share/mysql \
    --datadir="$WORK/node$n/data" --socket="$WORK/node$n/mysqld.sock" --pid-file="$WORK/node$n/mysqld.pid" \
    --log-error="$WORK/node$n/error.log" --port="$(sql_port "$n")" --bind-address=127.0.0.1 --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=64M \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 --innodb-flush-log-at-trx-commit=0 \
    --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=rop_galera_drill \
    --wsrep-cluster-address="$CLUSTER" --wsrep-node-name="node$n" --wsrep-node-address="127.0.0.1:$(gcomm_port "$n")" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=64M" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$(sst_port "$n")" "$@" \
    >>"$WORK/node$n/stdout.log" 2>&1 &
  echo $! >"$WORK/node$n/process.pid"
  disown
  for _ in $(seq 1 1200); do
    [ "$(node_sql "$n" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS
      WHERE VARIABLE_NAME='WSREP_LOCAL_STATE_COMMENT'" 2>/dev/null)" = Synced ] && return 0
    kill -0 "$(cat "$WORK/node$n/process.pid")" 2>/dev/null || break
    sleep 0.1
  done
  echo "ERROR: Galera node $n did not reach Synced; its log:" >&2
  tail -n 40 "$WORK/node$n/error.log" >&2
  return 1
}

if [ "${1:-}" = start-node ]; then
  start_node "$2"
  echo "node $2 Synced, state transfer: $(grep -Eo '(IST|SST)[^.]*(received|complete)[^.]*' "$WORK/node$2/error.log" \
    | tail -n 1 || true)"
  exit 0
fi

PROXY_PORT="${ROP_GALERA_PORT:-18420}"
PORT_A=$((PROXY_PORT + 1))
PORT_B=$((PROXY_PORT + 2))
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
[ -f /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
command -v rsync >/dev/null || missing+=(rsync)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
if [ ! -x target/rop-portal/rop-portal ]; then
  echo "Building the production jar first"
  ./mvnw -B -ntp -q -Pproduction -DskipTests package
fi

cleanup() {
  # Whatever failed: instances (the drill stops its own), nginx and all three nodes go, and so do their folders.
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  for n in "${NODES[@]}"; do
    [ -f "$WORK/node$n/process.pid" ] && kill -9 "$(cat "$WORK/node$n/process.pid")" 2>/dev/null || true
  done
  sleep 0.5
  if [ -z "${ROP_GALERA_KEEP:-}" ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
rm -rf "$WORK"
mkdir -p "$WORK/bin" "$WORK/nginx/temp"
# Its own process name: the system MariaDB's scripts (ops/mariadb-service.sh) look for mariadbd by name.
ln -s "$(command -v mariadbd || echo /usr/sbin/mariadbd)" "$WORK/bin/rop-galera-node"

echo "== 1. Three Galera nodes on 127.0.0.1:$(sql_port 1)-$(sql_port 3)"
started=$(date +%s.%N)
for n in "${NODES[@]}"; do
  mkdir -p "$WORK/node$n/data"
  # The server and rsync's receiving daemon of a state transfer run as the mysql user: its own folders.
  chown -R mysql:mysql "$WORK/node$n"
  mariadb-install-db --no-defaults --user=mysql --datadir="$WORK/node$n/data" --auth-root-authentication-method=normal \
    --skip-test-db >"$WORK/node$n/install.log" 2>&1
done
start_node 1 --wsrep-new-cluster
for n in 2 3; do start_node "$n"; done
echo "cluster of $(node_sql 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2) nodes Synced in" \
  "$(printf '%.1f' "$(echo "$(date +%s.%N) - $started" | bc)") s ($(node_sql 1 'SELECT VERSION()'))"

DB=rop_galera
DB_USER=rop_galera
DB_PASSWORD="rop_$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
node_sql 1 "CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  GRANT ALL PRIVILEGES ON \`$DB\`.* TO '$DB_USER'@'127.0.0.1';"

# nginx with the production configuration on the drill's ports (as ops/two-instances-demo.sh does).
sed -e "s/8081/$PORT_A/g" -e "s/8082/$PORT_B/g" -e "s/listen 80;/listen 127.0.0.1:$PROXY_PORT;/" \
  ops/nginx/rop-portal.conf >"$WORK/nginx/rop-portal.conf"
cat >"$WORK/nginx/nginx.conf" <<CONF
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
worker_processes 1;
events { worker_connections 256; }
http {
    access_log $WORK/nginx/access.log;
    client_body_temp_path $WORK/nginx/temp/body;
    proxy_temp_path $WORK/nginx/temp/proxy;
    fastcgi_temp_path $WORK/nginx/temp/fastcgi;
    uwsgi_temp_path $WORK/nginx/temp/uwsgi;
    scgi_temp_path $WORK/nginx/temp/scgi;
    include $WORK/nginx/rop-portal.conf;
}
CONF
"$NGINX" -t -q -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'error_log stderr;'
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"

echo
echo "== 2. The drill (GaleraDrillTest): two instances behind nginx on :$PROXY_PORT"
hosts() { local out=""; for n in "$@"; do out+="${out:+,}127.0.0.1:$(sql_port "$n")"; done; echo "$out"; }
drill_started=$(date +%s)
ROP_JAR="$(pwd)/target/rop-portal.jar" ROP_GALERA_WORK="$WORK" ROP_GALERA_PROXY_PORT="$PROXY_PORT" \
ROP_GALERA_URL_A="jdbc:mariadb:sequential://$(hosts 1 2 3)/$DB" \
ROP_GALERA_URL_B="jdbc:mariadb:sequential://$(hosts 2 3 1)/$DB" \
ROP_GALERA_NODES="$(hosts 1 2 3)" ROP_GALERA_DB="$DB" ROP_GALERA_DB_USER="$DB_USER" \
ROP_GALERA_DB_PASSWORD="$DB_PASSWORD" \
  ./mvnw -B -ntp -q -Pgalera test
echo
echo "Galera drill passed in $(( $(date +%s) - drill_started )) s. Measured:"
cat "$WORK/measurements.txt"
