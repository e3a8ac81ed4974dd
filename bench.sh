#!/usr/bin/env bash
# Runs benchmark scenarios from bench/ in Release against a throwaway PostgreSQL cluster and prints one
# JSON object per line: {"scenario","metric","value","unit","baseline","ratio"}.
#   ./bench.sh [scenario…] [--records N]      scenarios: ingest, graphql, mail, search, conferences, portal (default: all)
set -uo pipefail
cd "$(dirname "$0")"
source scripts/services.sh

ensure_postgres_installed || exit 1
# The portal scenario loads the host from a separate process with wrk.
command -v wrk >/dev/null || apt_install wrk || exit 1
# Unlike the tests, benchmarks keep fsync on: both the project's path and its baseline pay for durable writes.
POSTGRES_EXTRA_OPTIONS="-c shared_buffers=512MB -c max_wal_size=4GB" start_postgres || exit 1
trap stop_postgres EXIT

dotnet build bench/Justice.Bench -c Release -nologo -v quiet >&2 || exit 1
JUSTICE_BENCH_POSTGRES="$POSTGRES_CONNECTION" dotnet bench/Justice.Bench/bin/Release/net10.0/Justice.Bench.dll "$@"
