#!/usr/bin/env bash
# Stops and starts the local MariaDB server the way this machine (and CI) runs it: mariadbd started by
# start-stop-daemon, no systemd. Used by ops/resilience-check.sh to restart the database under a running app.
#   ops/mariadb-service.sh stop|start|ensure-running|status
# Needs root (the server runs as the mysql user; root may shut it down over TCP or the local socket).
set -euo pipefail

MARIADB_HOST="${MARIADB_HOST:-127.0.0.1}"
MARIADB_PORT="${MARIADB_PORT:-3306}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
alive() {
  mariadb-admin -h"$MARIADB_HOST" -P"$MARIADB_PORT" -uroot --connect-timeout=2 ping >/dev/null 2>&1 \
    || as_root mariadb-admin -uroot --connect-timeout=2 ping >/dev/null 2>&1
}
server_running() { pgrep -x mariadbd >/dev/null 2>&1; }

stop() {
  if ! alive; then echo "MariaDB is not running"; return 0; fi
  mariadb-admin -h"$MARIADB_HOST" -P"$MARIADB_PORT" -uroot shutdown 2>/dev/null || as_root mariadb-admin -uroot shutdown
  # shutdown returns once the server has been told; wait until the process has gone so a start cannot race it.
  for _ in $(seq 1 300); do server_running || break; sleep 0.1; done
  if server_running; then echo "ERROR: MariaDB did not stop within 30 s" >&2; return 1; fi
  echo "MariaDB stopped"
}

start() {
  if alive; then echo "MariaDB is running"; return 0; fi
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 600); do alive && { echo "MariaDB started"; return 0; }; sleep 0.1; done
  echo "ERROR: MariaDB did not answer within 60 s after start" >&2
  return 1
}

case "${1:-}" in
  stop) stop ;;
  start | ensure-running) start ;;
  status) if alive; then echo running; else echo stopped; exit 3; fi ;;
  *) echo "usage: $0 stop|start|ensure-running|status" >&2; exit 2 ;;
esac
