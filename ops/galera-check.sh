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

# shellcheck source=ops/cluster.sh
source ops/cluster.sh
WORK="$(pwd)/target/galera"
GALERA_WORK="$WORK"

if [ "${1:-}" = start-node ]; then
  galera_start_node "$2"
  echo "node $2 Synced, state transfer: $(grep -Eo '(IST|SST)[^.]*(received|complete)[^.]*' "$WORK/node$2/error.log" \
    | tail -n 1 || true)"
  exit 0
fi

PROXY_PORT="${ROP_GALERA_PORT:-18420}"
PORT_A=$((PROXY_PORT + 1))
PORT_B=$((PROXY_PORT + 2))
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false
ensure_packages galera-4:/usr/lib/galera/libgalera_smm.so rsync:rsync nginx-light:/usr/sbin/nginx chromium:chromium
ensure_jar

cleanup() {
  # Whatever failed: instances (the drill stops its own), nginx and all three nodes go, and so do their folders.
  nginx_stop "$WORK/nginx"
  galera_kill_all
  sleep 0.5
  if [ -z "${ROP_GALERA_KEEP:-}" ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "== 1. Three Galera nodes on 127.0.0.1:$(galera_sql_port 1)-$(galera_sql_port 3)"
galera_create

DB=rop_galera
DB_USER=rop_galera
DB_PASSWORD="rop_$(random_hex 12)"
galera_database "$DB" "$DB_USER" "$DB_PASSWORD"
nginx_start "$WORK/nginx" "$PROXY_PORT" "$PORT_A" "$PORT_B"

echo
echo "== 2. The drill (GaleraDrillTest): two instances behind nginx on :$PROXY_PORT"
drill_started=$(date +%s)
ROP_JAR="$(pwd)/target/rop-portal.jar" ROP_GALERA_WORK="$WORK" ROP_GALERA_PROXY_PORT="$PROXY_PORT" \
ROP_GALERA_URL_A="jdbc:mariadb:sequential://$(galera_hosts 1 2 3)/$DB" \
ROP_GALERA_URL_B="jdbc:mariadb:sequential://$(galera_hosts 2 3 1)/$DB" \
ROP_GALERA_NODES="$(galera_hosts 1 2 3)" ROP_GALERA_DB="$DB" ROP_GALERA_DB_USER="$DB_USER" \
ROP_GALERA_DB_PASSWORD="$DB_PASSWORD" \
  ./mvnw -B -ntp -q -Pgalera test
echo
echo "Galera drill passed in $(( $(date +%s) - drill_started )) s. Measured:"
cat "$WORK/measurements.txt"
