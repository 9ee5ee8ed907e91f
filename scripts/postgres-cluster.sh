#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, from the server binaries of
# Debian's postgresql package: for the test suite's PostgreSQL run and for
# `npm run db:migration`. Nothing is kept: fsync is off and the data lives in
# the folder given.
#
#   scripts/postgres-cluster.sh start DIR [PORT]   prints the cluster's URL
#   scripts/postgres-cluster.sh stop DIR
#
# PostgreSQL refuses to run as root; as root, the cluster runs as the
# `postgres` user the package creates.
set -euo pipefail

command="${1:-}"
dir="${2:-}"
port="${3:-55432}"
if [[ -z "$command" || -z "$dir" ]]; then
  echo "usage: $0 start DIR [PORT] | stop DIR" >&2
  exit 2
fi

bin_dir() {
  if command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [[ -z "$found" ]]; then
    echo "no PostgreSQL server binaries (pg_ctl) found; install Debian's postgresql package" >&2
    exit 3
  fi
  echo "$found"
}

as_owner() {
  if [[ "$(id -u)" == "0" ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

bin="$(bin_dir)"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
if [[ "$(id -u)" == "0" ]]; then chown postgres "$dir"; fi

case "$command" in
  start)
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
      as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-instructions >"$dir/initdb.log"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: $0 start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
