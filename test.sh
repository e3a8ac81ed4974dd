#!/usr/bin/env bash
# Runs every test project against a throwaway PostgreSQL cluster (installed from Debian's packages if
# missing) and embedded SQLite. Ends with one line "N passed, N failed, N skipped" summed over all projects.
set -uo pipefail
cd "$(dirname "$0")"
source scripts/services.sh
source scripts/chromium.sh
source scripts/redis.sh

ensure_postgres_installed || exit 1
ensure_chromium_installed || { echo "0 passed, 1 failed"; exit 1; }
start_postgres || exit 1
ensure_redis_installed || exit 1
start_redis || exit 1
trap 'stop_postgres; stop_redis' EXIT
export JUSTICE_TEST_POSTGRES="$POSTGRES_CONNECTION" JUSTICE_TEST_REDIS="$REDIS_CONNECTION"

# graphql-js checks the schema as an outside client would (tests/Justice.GraphQL.Tests/Schema).
(cd tests/tools/graphql-js && npm ci --silent --no-audit --no-fund) || { echo "0 passed, 1 failed"; exit 1; }

results=$(mktemp -d)
dotnet build Justice.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
test_exit=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || test_exit=1
done

# Snapshot tests create missing snapshots silently: a run that leaves new or changed ones has unreviewed contract changes.
snapshot_changes=$(git status --porcelain -- '*__snapshots__*' | grep -v '__mismatch__' || true)

projects=$(ls tests/*/*.Tests.csproj | wc -l)
summary=$(python3 scripts/trx_summary.py "$projects" "$results"/*.trx); summary_exit=$?
rm -rf "$results"
if [ -n "$snapshot_changes" ]; then
  echo "New or changed snapshots (review and commit them):"
  echo "$snapshot_changes"
  test_exit=1
fi
echo "$summary"
[ $test_exit -eq 0 ] && [ $summary_exit -eq 0 ]
