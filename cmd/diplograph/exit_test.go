package main

import (
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph/graphtest"
)

// TestExitStatusTable runs one case of every row of the README's exit-status table, for
// several commands, against the real server: the status and the message must be the same
// whichever command meets the problem.
func TestExitStatusTable(t *testing.T) {
	graphtest.MustOpen(t)
	boltURI := os.Getenv(graphtest.EnvURI)
	if boltURI == "" {
		boltURI = graphtest.DefaultURI
	}
	httpPort := os.Getenv("DIPLOGRAPH_NEO4J_HTTP_PORT")
	if httpPort == "" {
		httpPort = "7474"
	}
	u, err := url.Parse(boltURI)
	if err != nil {
		t.Fatal(err)
	}
	httpAsBolt := "bolt://" + u.Hostname() + ":" + httpPort
	dir := t.TempDir()
	writeTestFile(t, dir+"/a.txt", newsText(1))

	tests := []struct {
		name string
		env  []string
		args []string
		code int
		want string
	}{
		{"unknown command", nil, []string{"nope"}, exitUsage, `unknown command "nope"`},
		{"extra argument", nil, []string{"version", "extra"}, exitUsage, "unknown command"},
		{"unknown flag", nil, []string{"status", "--batch-size", "3"}, exitUsage, "unknown flag: --batch-size"},
		{"bad parameter value", nil, []string{"report", "who-denied-what", "--limit", "0"}, exitNotFound, "between 1 and"},
		{"bad format", nil, []string{"report", "who-denied-what", "--format", "xml"}, exitUsage, "unknown format"},
		{"unknown report", nil, []string{"report", "nope"}, exitNotFound, `no report named "nope"`},
		{"report, no such database", []string{"DIPLOGRAPH_NEO4J_DATABASE=nosuchdb"}, []string{"report", "who-denied-what"}, exitNotFound, `has no database "nosuchdb"`},
		{"ingest, no such database", []string{"DIPLOGRAPH_NEO4J_DATABASE=nosuchdb"}, []string{"ingest", dir}, exitNotFound, `has no database "nosuchdb"`},
		{"status, no such database", []string{"DIPLOGRAPH_NEO4J_DATABASE=nosuchdb"}, []string{"status"}, exitNotFound, `has no database "nosuchdb"`},
		{"report, Bolt URI on the HTTP port", []string{"DIPLOGRAPH_NEO4J_URI=" + httpAsBolt}, []string{"report", "who-denied-what"}, exitUnavailable, "HTTP port, not its Bolt port"},
		{"ingest, Bolt URI on the HTTP port", []string{"DIPLOGRAPH_NEO4J_URI=" + httpAsBolt}, []string{"ingest", dir}, exitUnavailable, "HTTP port, not its Bolt port"},
		{"status, wrong password", []string{"DIPLOGRAPH_NEO4J_PASSWORD=not-the-password"}, []string{"status"}, exitAuth, "refused the credentials"},
		{"report, wrong password", []string{"DIPLOGRAPH_NEO4J_PASSWORD=not-the-password"}, []string{"report", "who-denied-what"}, exitAuth, "refused the credentials"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runBin(t, binEnv(t, tc.env...), tc.args...)
			expectCode(t, tc.name, res, tc.code)
			if !strings.Contains(res.stderr, tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, res.stderr)
			}
			if strings.Contains(res.stderr, "Neo4jError:") && !strings.Contains(res.stderr, "diplograph: ") {
				t.Errorf("raw driver error:\n%s", res.stderr)
			}
		})
	}
}

// TestErrorsAsJSON: with --log-format json every line on stderr is a JSON record, the
// error included.
func TestErrorsAsJSON(t *testing.T) {
	res := runBin(t, binEnv(t, "DIPLOGRAPH_NEO4J_DATABASE=nosuchdb"), "report", "who-denied-what", "--log-format", "json")
	expectCode(t, "json error", res, exitNotFound)
	expectJSONLines(t, res.stderr)
	if !strings.Contains(res.stderr, `"exit":5`) {
		t.Errorf("error record lacks the exit status:\n%s", res.stderr)
	}
}

func TestVersionFlag(t *testing.T) {
	a := runBin(t, binEnv(t), "version")
	b := runBin(t, binEnv(t), "--version")
	expectCode(t, "version", a, 0)
	expectCode(t, "--version", b, 0)
	if a.stdout != b.stdout || !strings.HasPrefix(a.stdout, "diplograph ") || !strings.Contains(a.stdout, "extractor ") {
		t.Errorf("version %q, --version %q", a.stdout, b.stdout)
	}
}
