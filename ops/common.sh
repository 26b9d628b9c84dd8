# Shared by ops/backup.sh and ops/restore.sh: where the instance keeps its data, read from the same environment
# variables as the application itself, so an operator runs the scripts with the app's own settings.
# shellcheck shell=bash

DATA_DIR="${ROP_DATA_DIR:-./data}"
DB_URL="${SPRING_DATASOURCE_URL:-}"
if [ -z "$DB_URL" ]; then
  # The application's default (application.properties): the embedded H2 file in the data folder.
  DB_URL="jdbc:h2:file:$DATA_DIR/rop-portal;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi

if [[ "$DB_URL" =~ ^jdbc:(mariadb|mysql)://([^/:?,]+)(:([0-9]+))?/([^?;]+) ]]; then
  DB_KIND=mariadb
  DB_HOST="${BASH_REMATCH[2]}"
  DB_PORT="${BASH_REMATCH[4]:-3306}"
  DB_NAME="${BASH_REMATCH[5]}"
  DB_USER="${SPRING_DATASOURCE_USERNAME:-root}"
  DB_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"
elif [[ "$DB_URL" =~ ^jdbc:h2:file: ]]; then
  DB_KIND=h2
  DB_USER="${SPRING_DATASOURCE_USERNAME:-sa}"
  DB_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"
  # The database file's base name, e.g. ./data/rop-portal for ./data/rop-portal.mv.db
  H2_BASE="${DB_URL#jdbc:h2:file:}"
  H2_BASE="${H2_BASE%%;*}"
else
  echo "ERROR: unsupported SPRING_DATASOURCE_URL '$DB_URL' (MariaDB or the embedded H2 file)" >&2
  exit 2
fi

# The client reads the password from a private option file: never on the command line, where ps shows it.
mariadb_options() {
  local file="$1"
  local escaped="${DB_PASSWORD//\\/\\\\}"
  escaped="${escaped//\"/\\\"}"
  (umask 077; printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\ndefault-character-set=utf8mb4\n' \
    "$DB_HOST" "$DB_PORT" "$DB_USER" "$escaped" >"$file")
}

# H2's own Script/RunScript tools come from the H2 driver inside the production jar.
h2_tools() {
  local work="$1"
  local jar="${ROP_JAR:-$(dirname "${BASH_SOURCE[0]}")/../target/rop-portal.jar}"
  [ -f "$jar" ] || { echo "ERROR: ROP_JAR: no application jar at $jar (needed for H2's tools)" >&2; exit 2; }
  local entry
  entry=$(unzip -Z1 "$jar" 'BOOT-INF/lib/h2-*.jar' | head -n 1)
  [ -n "$entry" ] || { echo "ERROR: $jar holds no H2 driver" >&2; exit 2; }
  unzip -q -j -o "$jar" "$entry" -d "$work"
  H2_JAR="$work/$(basename "$entry")"
  JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}java"
}

# Files of the embedded H2 database are backed up through SCRIPT, never copied while open.
H2_FILES_PATTERN='rop-portal.*.db'
