#!/usr/bin/env bash
# Start-up before and after the AOT class cache, in one run (issue 18, docs/performance.md): the plain jar
# (`java -jar target/rop-portal.jar`) against the production layout's launcher (target/rop-portal/rop-portal, the
# same JDK with -XX:AOTCache), both on the embedded H2 database, measured from the command to /actuator/health UP.
#   1. the first start of each on an empty database (Flyway creates the schema, the first owner is created);
#   2. then ROUNDS starts of each, alternating, on an existing database; the medians are printed.
#   ops/startup-benchmark.sh [rounds, default 5]      (needs ./mvnw -Pproduction -DskipTests package first; port 18590)
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${1:-5}"
PORT="${ROP_BENCH_PORT:-18590}"
LAUNCHER=target/rop-portal/rop-portal
[ -x "$LAUNCHER" ] || { echo "ERROR: no $LAUNCHER; run ./mvnw -Pproduction -DskipTests package first" >&2; exit 2; }
# The JDK the launcher was made with, so that both sides run on the same JVM.
JAVA="$(sed -n 's/^exec "\([^"]*\)".*/\1/p' "$LAUNCHER")"
WORK="$(mktemp -d)"
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

# Prints the milliseconds from the start of the command to health UP, then stops the instance.
start_ms() { # data-folder command...
  local data="$1"; shift
  local started; started=$(date +%s%N)
  ROP_DATA_DIR="$data" SERVER_PORT="$PORT" VAADIN_USAGE_STATS_ENABLED=false "$@" >"$WORK/app.log" 2>&1 &
  PID=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -Eq '"status":"(UP|WARNING)"'; do
    kill -0 "$PID" 2>/dev/null || { echo "ERROR: the instance stopped; its log:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

plain=("$JAVA" -jar target/rop-portal.jar)
cached=("$LAUNCHER")
echo "JVM: $("$JAVA" -version 2>&1 | head -n 1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first start on an empty database: plain jar $(start_ms "$WORK/empty-plain" "${plain[@]}") ms," \
  "AOT layout $(start_ms "$WORK/empty-cached" "${cached[@]}") ms"
: >"$WORK/plain.txt"; : >"$WORK/cached.txt"
for round in $(seq 1 "$ROUNDS"); do
  start_ms "$WORK/empty-plain" "${plain[@]}" >>"$WORK/plain.txt"
  start_ms "$WORK/empty-plain" "${cached[@]}" >>"$WORK/cached.txt"
  echo "round $round: plain $(tail -n 1 "$WORK/plain.txt") ms, AOT $(tail -n 1 "$WORK/cached.txt") ms"
done
echo "existing database, median of $ROUNDS: plain jar $(median <"$WORK/plain.txt") ms," \
  "AOT layout $(median <"$WORK/cached.txt") ms; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
