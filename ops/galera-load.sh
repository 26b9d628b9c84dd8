#!/usr/bin/env bash
# The load of issue 18 on the production layout: a three-node Galera cluster (ops/cluster.sh, ports 3311-3313 as
# the drill's: do not run both at once), two production-jar instances each preferring another node, nginx with
# ops/nginx/rop-portal.conf in front (proxy 18440, instances 18441/18442; ROP_LOAD_PORT moves them), and the
# harness AssessmentLoadBenchmark driving them through nginx: candidates take the assessment, owners read; it
# reads each instance's CPU time and heap by pid. Not run by CI (a 200-candidate run takes about 15 minutes);
# docs/performance.md has the results. Everything is stopped and removed at the end, also on failure.
#   ops/galera-load.sh                                   200 candidates, 3 owners, 10 s of thinking
#   ops/galera-load.sh -Drop.load.candidates=50 -Drop.load.think-ms=1000    any harness setting
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=ops/cluster.sh
source ops/cluster.sh

WORK="$(pwd)/target/galera-load"
GALERA_WORK="$WORK/cluster"
PROXY_PORT="${ROP_LOAD_PORT:-18440}"
PORT_A=$((PROXY_PORT + 1))
PORT_B=$((PROXY_PORT + 2))
ensure_packages galera-4:/usr/lib/galera/libgalera_smm.so rsync:rsync nginx-light:/usr/sbin/nginx
ensure_jar

PID_A="" PID_B=""
cleanup() {
  for pid in "$PID_A" "$PID_B"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  nginx_stop "$WORK/nginx"
  galera_kill_all
  sleep 0.5
  if [ -z "${ROP_LOAD_KEEP:-}" ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
rm -rf "$WORK"

echo "== 1. Three Galera nodes on 127.0.0.1:$(galera_sql_port 1)-$(galera_sql_port 3)"
galera_create
DB=rop_load
DB_USER=rop_load
DB_PASSWORD="rop_$(random_hex 12)"
galera_database "$DB" "$DB_USER" "$DB_PASSWORD"

echo "== 2. Two instances behind nginx on :$PROXY_PORT"
# The harness's bootstrap owner (AssessmentLoadBenchmark.OWNER_EMAIL) and API key.
ADMIN_EMAIL=owner@rop.local
ADMIN_PASSWORD="Load-$(random_hex 9)"
API_KEY="load-$(random_hex 16)"
# The first instance alone migrates the empty cluster and creates the owner; the second then finds both.
PID_A=$(instance_start a "$PORT_A" "jdbc:mariadb:sequential://$(galera_hosts 1 2 3)/$DB" "$DB_USER" "$DB_PASSWORD" \
  "$WORK/jars")
PID_B=$(instance_start b "$PORT_B" "jdbc:mariadb:sequential://$(galera_hosts 2 3 1)/$DB" "$DB_USER" "$DB_PASSWORD" \
  "$WORK/jars")
# 200 candidates keep a connection each, and nginx one to the instance for each: more than the drill's 256.
NGINX_CONNECTIONS=2048 NGINX_ACCESS_LOG=off nginx_start "$WORK/nginx" "$PROXY_PORT" "$PORT_A" "$PORT_B"

echo "== 3. The harness through nginx (log: target/surefire-reports)"
./mvnw -B -ntp -Pbench -Dtest=AssessmentLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Drop.load.candidates=200 -Drop.load.think-ms=10000 \
  -Drop.load.base-url="http://127.0.0.1:$PROXY_PORT/" -Drop.load.pids="$PID_A,$PID_B" \
  -Drop.load.db-url="jdbc:mariadb://$(galera_hosts 3)/$DB" -Drop.load.db-user="$DB_USER" \
  -Drop.load.db-password="$DB_PASSWORD" -Drop.load.api-key="$API_KEY" -Drop.load.owner-password="$ADMIN_PASSWORD" \
  "$@" test | grep -E '^LOAD|ERROR|FAIL|Tests run' || true
for n in "${GALERA_NODES[@]}"; do
  echo "node $n: $(galera_sql "$n" "SELECT COUNT(*) FROM $DB.assessment_answer") answers," \
    "certification failures $(galera_sql "$n" "SHOW STATUS LIKE 'wsrep_local_cert_failures'" | cut -f2)"
done
grep -q 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0' target/surefire-reports/*AssessmentLoadBenchmark.txt \
  || { echo "ERROR: the load run failed (target/surefire-reports/)" >&2; exit 1; }
