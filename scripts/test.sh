#!/usr/bin/env bash
# Runs the whole test suite: vet, then every package's tests, with the integration tests
# against a real local Neo4j 5.26 server that this script starts (a separate "test"
# instance, so the demo's data is left alone) and stops again at the end.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

export DIPLOGRAPH_NEO4J_INSTANCE=${DIPLOGRAPH_NEO4J_INSTANCE:-test}
export DIPLOGRAPH_NEO4J_BOLT_PORT=${DIPLOGRAPH_NEO4J_BOLT_PORT:-17687}
export DIPLOGRAPH_NEO4J_HTTP_PORT=${DIPLOGRAPH_NEO4J_HTTP_PORT:-17474}

command -v go >/dev/null || { echo "test: Go is not installed" >&2; exit 1; }
echo "== go vet"
go vet ./...
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.neo4j/*'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:" >&2; echo "$unformatted" >&2; exit 1
fi

# The Browser test drives Neo4j Browser in headless Chromium (Debian's packages).
if ! command -v chromedriver >/dev/null || ! { command -v chromium >/dev/null || command -v chromium-browser >/dev/null; }; then
  echo "== installing Chromium for the Browser test"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

echo "== starting the test Neo4j server"
neo4j/local.sh start
if [ "${KEEP_NEO4J:-}" != 1 ]; then
  trap 'neo4j/local.sh stop >/dev/null 2>&1 || true' EXIT
fi
eval "$(neo4j/local.sh env)"

echo "== go test"
go test -p 1 -count=1 -timeout 45m "$@" ./...
