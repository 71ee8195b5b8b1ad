// Package browser holds what Neo4j Browser is given on the local server: the graph's
// style (style.grass) and the guide with the starter queries (guide.html), which
// neo4j/local.sh serves from the server itself and runs on connecting. Its test drives
// Browser in headless Chromium against the test server.
package browser
