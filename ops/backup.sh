#!/usr/bin/env bash
# Backs up a РОП-портал instance into one timestamped archive: the database plus the files in ROP_DATA_DIR.
#   MariaDB: mariadb-dump --single-transaction, a consistent snapshot taken while the application runs.
#   Embedded H2: H2's SCRIPT tool; the application must be stopped (the file is locked while it runs).
# Reads the application's own environment (SPRING_DATASOURCE_URL/USERNAME/PASSWORD, ROP_DATA_DIR).
#   ops/backup.sh [target-folder]      (default ./backups; prints the archive's path on its last line)
# The archive holds personal data of candidates: it is created readable by its owner only.
set -euo pipefail
source "$(dirname "$0")/common.sh"

TARGET="${1:-./backups}"
umask 077
mkdir -p "$TARGET"
STAMP="$(date -u +%Y%m%d-%H%M%SZ)"
ARCHIVE="$TARGET/rop-portal-backup-$STAMP.tar.gz"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/backup"

case "$DB_KIND" in
  mariadb)
    mariadb_options "$WORK/client.cnf"
    # --single-transaction: InnoDB snapshot without locking the tables, so interviews go on during the dump.
    mariadb-dump --defaults-extra-file="$WORK/client.cnf" --single-transaction --quick --skip-lock-tables \
      --no-tablespaces --triggers --hex-blob "$DB_NAME" >"$WORK/backup/database.sql"
    ;;
  h2)
    h2_tools "$WORK"
    if ! "$JAVA_BIN" -cp "$H2_JAR" org.h2.tools.Script -url "$DB_URL;IFEXISTS=TRUE" -user "$DB_USER" \
        -password "$DB_PASSWORD" -script "$WORK/backup/database-h2.sql" >"$WORK/h2.log" 2>&1; then
      head -n 1 "$WORK/h2.log" >&2
      echo "ERROR: H2 could not be read; stop the application first (the embedded database is locked while it runs)" >&2
      exit 1
    fi
    ;;
esac

if [ -d "$DATA_DIR" ]; then
  tar -cf "$WORK/backup/files.tar" -C "$DATA_DIR" --exclude="./$H2_FILES_PATTERN" .
else
  tar -cf "$WORK/backup/files.tar" -T /dev/null
fi

{
  echo "created=$STAMP"
  echo "database=$DB_KIND"
  [ "$DB_KIND" = mariadb ] && echo "source=$DB_HOST:$DB_PORT/$DB_NAME" || echo "source=$H2_BASE"
  echo "files=$(tar -tf "$WORK/backup/files.tar" | grep -vc '/$' || true)"
  (cd "$WORK/backup" && sha256sum database*.sql files.tar)
} >"$WORK/backup/manifest.txt"

tar -czf "$ARCHIVE" -C "$WORK/backup" .
echo "Backup of the $DB_KIND database and $(grep '^files=' "$WORK/backup/manifest.txt" | cut -d= -f2) files: $(du -h "$ARCHIVE" | cut -f1)"
echo "$ARCHIVE"
