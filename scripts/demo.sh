#!/usr/bin/env bash
# Runs the main job on the sample articles: starts a local Neo4j 5.26 server (assembled
# from Maven Central on first use), ingests samples/, prints the "who denied what" report
# and says where to open Neo4j Browser.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

command -v go >/dev/null || { echo "demo: Go is not installed (https://go.dev/doc/install)" >&2; exit 1; }
echo "== building diplograph"
mkdir -p bin
CGO_ENABLED=0 go build -o bin/diplograph ./cmd/diplograph

echo "== starting the local Neo4j server"
neo4j/local.sh start
eval "$(neo4j/local.sh env)"

echo "== ingesting samples/"
bin/diplograph ingest samples/

echo "== who denied what"
bin/diplograph report who-denied-what

cat <<EOT

Neo4j Browser: http://127.0.0.1:${DIPLOGRAPH_NEO4J_HTTP_PORT:-7474}/browser/
  connect to ${DIPLOGRAPH_NEO4J_URI}, user ${DIPLOGRAPH_NEO4J_USER},
  password: the value of DIPLOGRAPH_NEO4J_PASSWORD (unset: the local default, see README).
More reports: bin/diplograph reports
Stop the server: neo4j/local.sh stop
EOT
