#!/usr/bin/env bash
# Restores an archive made by ops/backup.sh into an EMPTY instance: an empty (or not yet created) MariaDB database
# or H2 file, and an empty ROP_DATA_DIR. It never merges into live data: restoring over an instance in use would
# mix two histories. Reads the target instance's environment (SPRING_DATASOURCE_URL/USERNAME/PASSWORD,
# ROP_DATA_DIR), then start the application on it as usual.
#   ops/restore.sh path/to/rop-portal-backup-YYYYmmdd-HHMMSSZ.tar.gz
set -euo pipefail
source "$(dirname "$0")/common.sh"

ARCHIVE="${1:?usage: $0 backup-archive.tar.gz}"
[ -f "$ARCHIVE" ] || { echo "ERROR: no archive at $ARCHIVE" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
umask 077
tar -xzf "$ARCHIVE" -C "$WORK"
[ -f "$WORK/manifest.txt" ] || { echo "ERROR: $ARCHIVE is not a РОП-портал backup (no manifest.txt)" >&2; exit 2; }
(cd "$WORK" && grep -E '^[0-9a-f]{64} ' manifest.txt | sha256sum --quiet -c -) \
  || { echo "ERROR: $ARCHIVE is damaged: checksums do not match" >&2; exit 1; }
SOURCE_KIND="$(sed -n 's/^database=//p' "$WORK/manifest.txt")"
if [ "$SOURCE_KIND" != "$DB_KIND" ]; then
  echo "ERROR: the backup holds a $SOURCE_KIND database but the target is $DB_KIND" >&2
  exit 2
fi
if [ -d "$DATA_DIR" ] && [ -n "$(ls -A "$DATA_DIR")" ]; then
  echo "ERROR: ROP_DATA_DIR $DATA_DIR is not empty; restore only into an empty folder" >&2
  exit 1
fi

case "$DB_KIND" in
  mariadb)
    mariadb_options "$WORK/client.cnf"
    sql() { mariadb --defaults-extra-file="$WORK/client.cnf" -N -B "$@"; }
    sql -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    tables=$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
    if [ "$tables" != 0 ]; then
      echo "ERROR: database $DB_NAME already has $tables tables; restore only into an empty database" >&2
      exit 1
    fi
    sql "$DB_NAME" <"$WORK/database.sql"
    ;;
  h2)
    if compgen -G "$H2_BASE.*.db" >/dev/null; then
      echo "ERROR: an H2 database already exists at $H2_BASE; restore only into an empty folder" >&2
      exit 1
    fi
    h2_tools "$WORK"
    "$JAVA_BIN" -cp "$H2_JAR" org.h2.tools.RunScript -url "$DB_URL" -user "$DB_USER" -password "$DB_PASSWORD" \
      -script "$WORK/database-h2.sql"
    ;;
esac

mkdir -p "$DATA_DIR"
tar -xf "$WORK/files.tar" -C "$DATA_DIR"
echo "Restored the $DB_KIND database and $(sed -n 's/^files=//p' "$WORK/manifest.txt") files from $ARCHIVE"
