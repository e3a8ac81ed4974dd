# Redis for the multi-node tests and benchmarks (the SignalR backplane). Sourced after scripts/services.sh.
# Debian's redis-server on its own loopback port and directory, no persistence; REDIS_CONNECTION is set once started.

ensure_redis_installed() {
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "Installing Redis from Debian's packages…"
    apt_install redis-server || { echo "Could not install Redis." >&2; return 1; }
  fi
}

start_redis() {
  REDIS_DIR=$(mktemp -d /tmp/justice-redis.XXXXXX)
  REDIS_PORT=${JUSTICE_REDIS_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DIR" --save "" --appendonly no \
    --daemonize yes --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" >/dev/null || return 1
  for _ in $(seq 50); do
    redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break
    sleep 0.1
  done
  redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG || { cat "$REDIS_DIR/redis.log" >&2; return 1; }
  REDIS_CONNECTION="127.0.0.1:$REDIS_PORT"
}

stop_redis() {
  [ -n "${REDIS_DIR:-}" ] || return 0
  [ -f "$REDIS_DIR/redis.pid" ] && kill "$(cat "$REDIS_DIR/redis.pid")" 2>/dev/null
  sleep 0.2
  rm -rf "$REDIS_DIR"
  REDIS_DIR=""
}
