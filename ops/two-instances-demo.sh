#!/usr/bin/env bash
# Two РОП-портал instances on one MariaDB database behind nginx with sticky sessions (ops/nginx/rop-portal.conf):
# both serve; a browser signed in on each; one instance is stopped; the other browser goes on undisturbed, no data
# is lost, and the stopped instance's browser is sent to the sign-in page of the surviving one.
# Installs nginx from Debian's packages if missing; runs its own nginx from a temporary folder on a spare port
# (the system nginx, its configuration and port 80 are not touched). Output: docs/operations.md.
#   ops/two-instances-demo.sh     (ports 18320 proxy, 18321 and 18322 instances; ROP_DEMO_PORT moves them)
set -euo pipefail
cd "$(dirname "$0")/.."

PROXY_PORT="${ROP_DEMO_PORT:-18320}"
PORT_A=$((PROXY_PORT + 1))
PORT_B=$((PROXY_PORT + 2))
PROXY="http://127.0.0.1:$PROXY_PORT"

# shellcheck source=ops/cluster.sh
source ops/cluster.sh
ensure_packages nginx-light:/usr/sbin/nginx
ensure_jar

ops/mariadb-service.sh ensure-running >/dev/null
admin_sql() { mariadb -h127.0.0.1 -P3306 -uroot -e "$1" 2>/dev/null || mariadb -uroot -e "$1"; }
DB="rop_ops_demo_$(date +%s)_$$"
DB_USER=rop_ops_demo
DB_PASSWORD="rop_$(random_hex 12)"
ADMIN_EMAIL=owner@demo.test
ADMIN_PASSWORD="Demo-$(random_hex 9)"
API_KEY="demo-$(random_hex 16)"
WORK="$(pwd)/target/two-instances"
rm -rf "$WORK"
mkdir -p "$WORK/jars"

PID_A="" PID_B="" NGINX_PID=""
cleanup() {
  for pid in "$PID_A" "$PID_B"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  nginx_stop "$WORK/nginx"
  admin_sql "DROP DATABASE IF EXISTS \`$DB\`;" >/dev/null 2>&1 || true
}
trap cleanup EXIT

admin_sql "CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  ALTER USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  GRANT ALL PRIVILEGES ON \`rop_ops_demo_%\`.* TO '$DB_USER'@'127.0.0.1';"

echo "== 1. Two instances on one database ($DB), nginx in front on :$PROXY_PORT"
# The first instance alone creates the schema and the first owner; the second then finds both.
DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB"
PID_A=$(instance_start a "$PORT_A" "$DB_URL" "$DB_USER" "$DB_PASSWORD" "$WORK/jars")
PID_B=$(instance_start b "$PORT_B" "$DB_URL" "$DB_USER" "$DB_PASSWORD" "$WORK/jars")
nginx_start "$WORK/nginx" "$PROXY_PORT" "$PORT_A" "$PORT_B"

node_of() { tr -d '\r' <"$1" | awk -F': ' 'tolower($1) == "x-rop-node" {print $2}' | tail -n 1; }
status_of() { tr -d '\r' <"$1" | awk '/^HTTP\// {code=$2} END {print code}'; }

echo
echo "== 2. Both serve: four new visitors, no cookies"
for i in 1 2 3 4; do
  curl -s -o /dev/null -D "$WORK/h" "$PROXY/login"
  echo "visitor $i: login page $(status_of "$WORK/h") from instance $(node_of "$WORK/h")"
done

sign_in() { # jar → prints the instance that signed it in
  local jar="$1" token
  token=$(curl -s -c "$jar" -b "$jar" -D "$WORK/h" "$PROXY/login" \
    | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" -D "$WORK/h" --data-urlencode username=owner@demo.test \
    --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$token" "$PROXY/login"
  curl -s -o /dev/null -c "$jar" -b "$jar" -D "$WORK/h" "$PROXY/"
  [ "$(status_of "$WORK/h")" = 200 ] || { echo "ERROR: sign-in through the proxy failed" >&2; exit 1; }
  node_of "$WORK/h"
}
echo
echo "== 3. A browser signed in on each instance (the rop_node cookie keeps it there)"
declare -A JAR_ON
for attempt in 1 2 3 4 5 6; do
  jar="$WORK/browser-$attempt.cookies"
  node=$(sign_in "$jar")
  [ -z "${JAR_ON[$node]:-}" ] && JAR_ON[$node]="$jar" && echo "browser $attempt: signed in, served by instance $node"
  [ -n "${JAR_ON[a]:-}" ] && [ -n "${JAR_ON[b]:-}" ] && break
done
[ -n "${JAR_ON[a]:-}" ] && [ -n "${JAR_ON[b]:-}" ] || { echo "ERROR: new browsers never reached both instances" >&2; exit 1; }
for node in a b; do
  for i in 1 2 3; do curl -s -o /dev/null -b "${JAR_ON[$node]}" -c "${JAR_ON[$node]}" -D "$WORK/h" "$PROXY/"; \
    printf '%s ' "$(status_of "$WORK/h")/$(node_of "$WORK/h")"; done
  echo "<- three more pages of instance $node's browser"
done

echo
echo "== 4. Data written through both instances into the one database"
api() { curl -s -D "$WORK/h" -H "Authorization: Bearer $API_KEY" -H 'Content-Type: application/json' "$@"; }
vacancy=$(api -d '{"title":"РОП, две копии","companyName":"ООО «Демо»"}' "$PROXY/api/v1/vacancies" \
  | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
CANDIDATES=()
for i in 1 2 3 4; do
  id=$(api -d "{\"vacancyId\":$vacancy,\"fullName\":\"Кандидат $i\",\"email\":\"c$i@demo.test\"}" \
    "$PROXY/api/v1/candidates" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
  CANDIDATES+=("$id")
  echo "candidate $id created by instance $(node_of "$WORK/h")"
done

echo
echo "== 5. Instance a stops while instance b's browser keeps working (a page every 0.2 s)"
( ok=0 failed=0 elsewhere=0
  for _ in $(seq 1 40); do
    curl -s -o /dev/null -b "${JAR_ON[b]}" -D "$WORK/hb" "$PROXY/" || echo "HTTP/1.1 000" >"$WORK/hb"
    if [ "$(status_of "$WORK/hb")" = 200 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
    [ "$(node_of "$WORK/hb")" = b ] || elsewhere=$((elsewhere + 1))
    sleep 0.2
  done
  echo "browser on b during the stop: $ok pages served, $failed failed, $elsewhere from another instance" \
    >"$WORK/during-stop.txt" ) &
WATCHER=$!
sleep 1
stopped=$(date +%s.%N)
kill "$PID_A"
while kill -0 "$PID_A" 2>/dev/null; do sleep 0.1; done
PID_A=""
echo "instance a stopped (SIGTERM, graceful) in $(printf '%.1f' "$(echo "$(date +%s.%N) - $stopped" | bc)") s"
wait "$WATCHER"
cat "$WORK/during-stop.txt"
grep -q ' 0 failed, 0 from another' "$WORK/during-stop.txt" || { echo "ERROR: instance b's browser was disturbed" >&2; exit 1; }

echo
echo "== 6. Instance a's browser: its session lived in the stopped instance"
curl -s -o /dev/null -b "${JAR_ON[a]}" -c "${JAR_ON[a]}" -D "$WORK/h" "$PROXY/"
location=$(tr -d '\r' <"$WORK/h" | awk -F': ' 'tolower($1) == "location" {print $2}')
echo "next page: $(status_of "$WORK/h") to ${location:-?} from instance $(node_of "$WORK/h")"
[ "$(status_of "$WORK/h")" = 302 ] && [ "$location" = "$PROXY/login" ] \
  || { echo "ERROR: expected the sign-in page at $PROXY/login" >&2; exit 1; }
node=$(sign_in "${JAR_ON[a]}")
echo "signed in again: served by instance $node"
[ "$node" = b ] || { echo "ERROR: expected instance b" >&2; exit 1; }

echo
echo "== 7. Nothing lost: every candidate still there, read through the proxy"
for id in "${CANDIDATES[@]}"; do
  name=$(api "$PROXY/api/v1/candidates/$id" | grep -o '"fullName":"[^"]*"' | cut -d'"' -f4)
  [ -n "$name" ] || { echo "ERROR: candidate $id is missing" >&2; exit 1; }
  echo "candidate $id: $name (instance $(node_of "$WORK/h"))"
done
echo
echo "Two-instance demo passed"
