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
CGO_ENABLED=0 go build -buildvcs=auto -o bin/diplograph ./cmd/diplograph

password_given=${DIPLOGRAPH_NEO4J_PASSWORD:-}
echo "== starting the local Neo4j server"
neo4j/local.sh start
eval "$(neo4j/local.sh env)"

echo "== ingesting samples/"
bin/diplograph ingest samples/

echo "== who denied what"
bin/diplograph report who-denied-what

if [ -n "${password_given}" ]; then
  login="password: the value of DIPLOGRAPH_NEO4J_PASSWORD"
else
  login="password: ${DIPLOGRAPH_NEO4J_PASSWORD} (the local loopback server's default; set DIPLOGRAPH_NEO4J_PASSWORD before the first start to choose another)"
fi
http_port=$(neo4j/local.sh status | sed -n 's|.*browser: *http://127.0.0.1:\([0-9]*\)/browser/.*|\1|p')
cat <<EOT

Open Neo4j Browser: http://127.0.0.1:${http_port:-7474}/browser/
  connect URL ${DIPLOGRAPH_NEO4J_URI}, user ${DIPLOGRAPH_NEO4J_USER},
  ${login}
  On connecting, Browser applies the style and opens a guide with the starter queries.
More reports, in your own shell (the first line sets the connection and password):
  eval "\$(neo4j/local.sh env)"
  bin/diplograph reports
  bin/diplograph report NAME
  bin/diplograph status
Stop the server: neo4j/local.sh stop
EOT
