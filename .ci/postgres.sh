#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: `.ci/postgres.sh start DIR` installs Debian's
# postgresql package when its binaries are missing, creates a data directory in DIR, starts a
# server on a free local port (as the postgres user when run as root: postgres refuses root) and
# writes DIR/env (GROUNDED_TEST_PG=postgres://…, to source); `.ci/postgres.sh stop DIR` stops it
# and removes DIR. `kill DIR` stops it at once (as a crash would) and `restart DIR` starts it again
# on the same port: the test of a load interrupted by the server going away. Only local TCP
# connections are accepted (trust authentication).
set -euo pipefail
cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop|kill|restart DIR" >&2; exit 2; }

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
  [ -n "$d" ] && [ -x "$d/pg_ctl" ] && echo "$d"
}

# Run a command as the server's owner (postgres refuses to run as root).
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Start the server of DIR on its port.
serve() {
  as_owner "$1/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 \
    -o "-p $(cat "$dir/port") -c listen_addresses=127.0.0.1 -k $dir/data -c fsync=off" start >/dev/null \
    || { cat "$dir/data/server.log" >&2; exit 1; }
}

case "$cmd" in
  start)
    bin=$(bindir || true)
    if [ -z "$bin" ]; then
      echo "postgres: installing Debian's postgresql package" >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
      bin=$(bindir)
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
      chown postgres "$dir"
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -U grounded --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    serve "$bin"
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U grounded grounded_test
    {
      echo "export GROUNDED_TEST_PG=postgres://grounded@127.0.0.1:$port/grounded_test"
      echo "export GROUNDED_TEST_PG_DIR='$dir'"
    } >"$dir/env"
    echo "postgres: started on 127.0.0.1:$port (data in $dir/data)" >&2
    ;;
  stop)
    bin=$(bindir || true)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  kill)
    as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
  restart)
    serve "$(bindir)"
    ;;
  *)
    echo "usage: $0 start|stop|kill|restart DIR" >&2
    exit 2
    ;;
esac
