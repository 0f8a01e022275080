# Sourced by .ci/run: starts a standalone MongoDB-compatible server for the
# test suite — PostgreSQL 15 from Debian (installed when missing) with
# FerretDB served by storage/storagetest/ferretserver — and exports
# TEST_MONGODB_URI, and TEST_DRILL_POSTGRESQL_URL for the multi-process
# drill. Everything lives in a temporary folder and is stopped
# when the script exits.

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
}

install_postgresql() {
  [ -n "$(pg_bin)" ] && return
  echo "installing PostgreSQL from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

# free_port prints a TCP port on 127.0.0.1 that nothing listens on.
free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

stop_server() {
  [ -n "${FERRET_PID:-}" ] && kill "$FERRET_PID" 2>/dev/null && wait "$FERRET_PID" 2>/dev/null
  [ -n "${PG_DATA:-}" ] && runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1
  [ -n "${SERVER_DIR:-}" ] && rm -rf "$SERVER_DIR"
  return 0
}

start_server() {
  install_postgresql
  local bin; bin=$(pg_bin)
  SERVER_DIR=$(mktemp -d /tmp/netzwerkbot-ci.XXXXXX)
  chmod 755 "$SERVER_DIR"
  PG_DATA="$SERVER_DIR/pg"
  mkdir -p "$PG_DATA" && chown postgres "$PG_DATA"
  PG_PORT=$(free_port)
  runuser -u postgres -- "$bin/initdb" -D "$PG_DATA" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DATA -c max_connections=300 -c fsync=off" start >/dev/null
  runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres ferretdb
  # The drill (cmd/netzwerkbot) runs a FerretDB server of its own, which it
  # stops and restarts, on a PostgreSQL database of its own.
  runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres drill
  export TEST_DRILL_POSTGRESQL_URL="postgres://postgres@127.0.0.1:$PG_PORT/drill"

  # Without -tags ferretdb_no_postgresql: this server stores its data in PostgreSQL.
  go build -o "$SERVER_DIR/ferretserver" ./storage/storagetest/ferretserver
  local port; port=$(free_port)
  "$SERVER_DIR/ferretserver" -listen "127.0.0.1:$port" \
    -postgresql-url "postgres://postgres@127.0.0.1:$PG_PORT/ferretdb" >"$SERVER_DIR/ferretserver.log" 2>&1 &
  FERRET_PID=$!
  local i
  for i in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  export TEST_MONGODB_URI="mongodb://127.0.0.1:$port/"
  echo "FerretDB server over PostgreSQL on $TEST_MONGODB_URI"
}

# list_test_databases prints the test databases left on the server.
list_test_databases() {
  runuser -u postgres -- "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d ferretdb -Atc \
    "select schema_name from information_schema.schemata where schema_name like 'nwtest%'"
}
