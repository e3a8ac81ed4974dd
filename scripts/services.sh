# Shared by test.sh and bench.sh: install and run the services the tests and benchmarks need.
# Sourced, not run. Needs root (or sudo) only the first time, to install packages.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq >/dev/null && apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres_installed() {
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    echo "Installing PostgreSQL from Debian's packages…"
    apt_install postgresql postgresql-contrib || { echo "Could not install PostgreSQL." >&2; return 1; }
  fi
}

# Starts a throwaway cluster on 127.0.0.1 and sets POSTGRES_CONNECTION. fsync is off: test data only.
start_postgres() {
  local pgbin; pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  POSTGRES_DIR=$(mktemp -d /tmp/justice-pg.XXXXXX)
  POSTGRES_PORT=${JUSTICE_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
  local run=(); [ "$(id -u)" -eq 0 ] && { chown postgres:postgres "$POSTGRES_DIR"; run=(runuser -u postgres --); }
  "${run[@]}" "$pgbin/initdb" -D "$POSTGRES_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  "${run[@]}" "$pgbin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $POSTGRES_PORT -k $POSTGRES_DIR -c fsync=off -c max_connections=300 ${POSTGRES_EXTRA_OPTIONS:-}" start >/dev/null || {
    cat "$POSTGRES_DIR/server.log" >&2; return 1; }
  POSTGRES_CONNECTION="Host=127.0.0.1;Port=$POSTGRES_PORT;Username=postgres;Database=postgres"
  PGBIN=$pgbin
  POSTGRES_RUN=("${run[@]}")
}

stop_postgres() {
  [ -n "${POSTGRES_DIR:-}" ] || return 0
  "${POSTGRES_RUN[@]}" "$PGBIN/pg_ctl" -D "$POSTGRES_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$POSTGRES_DIR"
  POSTGRES_DIR=""
}
