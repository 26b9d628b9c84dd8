#!/usr/bin/env bash
# The failure drills of issue 9 against the production jar on MariaDB (docs/operations.md):
#   1. kill -9 while a candidate is mid-assessment and an owner mid-interview; restart; nothing answered or typed
#      is lost;
#   2. MariaDB restarted under the running app: health goes DOWN (503), then UP again without an app restart;
#   3. ops/backup.sh, ops/restore.sh into an empty database, a second instance serves the same data.
# The drills themselves are ResilienceTest (JUnit + Playwright, tag "resilience", run with -Presilience); this script
# prepares the databases, makes sure MariaDB is running whatever happens, and cleans up.
#   ops/resilience-check.sh [maven options, e.g. -Dtest=ResilienceTest#aKill*]   (needs root for the MariaDB restart, the production jar in target/, Chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VAADIN_USAGE_STATS_ENABLED=false

if ! command -v chromium >/dev/null; then
  echo "Installing Chromium for the browser drills"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x target/rop-portal/rop-portal ]; then
  echo "Building the production jar first"
  ./mvnw -B -ntp -q -Pproduction -DskipTests package
fi

ops/mariadb-service.sh ensure-running >/dev/null
admin_sql() { mariadb -h127.0.0.1 -P3306 -uroot -e "$1" 2>/dev/null || mariadb -uroot -e "$1"; }

RUN="$(date +%s)_$$"
DB="rop_ops_${RUN}"
RESTORED="rop_ops_${RUN}_restored"
DB_USER=rop_ops
DB_PASSWORD="rop_ops_$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
WORK="$(pwd)/target/resilience"
rm -rf "$WORK"
mkdir -p "$WORK"

cleanup() {
  # Whatever failed, MariaDB is left running (other work on this machine shares it) and the databases are gone.
  ops/mariadb-service.sh ensure-running >/dev/null || echo "WARNING: MariaDB could not be started again" >&2
  admin_sql "DROP DATABASE IF EXISTS \`$DB\`; DROP DATABASE IF EXISTS \`$RESTORED\`;" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# The application's own account, as in production: no root, rights on its databases only.
admin_sql "CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
  ALTER USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
  GRANT ALL PRIVILEGES ON \`rop_ops_%\`.* TO '$DB_USER'@'127.0.0.1';
  GRANT ALL PRIVILEGES ON \`rop_ops_%\`.* TO '$DB_USER'@'localhost';"

started=$(date +%s)
ROP_JAR="$(pwd)/target/rop-portal.jar" ROP_OPS_WORK="$WORK" ROP_OPS_PORT="${ROP_OPS_PORT:-18311}" \
ROP_OPS_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" ROP_OPS_RESTORE_DB_URL="jdbc:mariadb://127.0.0.1:3306/$RESTORED" \
ROP_OPS_DB_USER="$DB_USER" ROP_OPS_DB_PASSWORD="$DB_PASSWORD" \
  ./mvnw -B -ntp -Presilience test "$@"
echo
echo "Resilience check passed in $(( $(date +%s) - started )) s. Measured:"
cat "$WORK/measurements.txt"
