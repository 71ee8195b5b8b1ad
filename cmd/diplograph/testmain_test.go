package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/ingest"
)

// binPath is the diplograph binary the process tests run, built once by TestMain.
var binPath string

// TestMain builds the command once with `go build` so that the tests run the real
// binary, with its own signal handling and exit statuses.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "diplograph-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "temp dir:", err)
		os.Exit(1)
	}
	binPath = filepath.Join(dir, "diplograph")
	build := exec.Command("go", "build", "-o", binPath, ".")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build the diplograph binary: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	if faultRoot != "" {
		os.RemoveAll(faultRoot)
	}
	os.Exit(code)
}

// binTimeout bounds one run of the binary in the tests.
const binTimeout = 4 * time.Minute

// binResult is what one run of the binary did.
type binResult struct {
	stdout, stderr string
	code           int
}

// output is stdout and stderr together, for searching and failure messages.
func (r binResult) output() string { return r.stdout + r.stderr }

// binEnv is the environment of a run: the test's own, without DIPLOGRAPH_* settings
// other than how to reach Neo4j, with HOME in a temp folder (so no user config file is
// read), and with the given NAME=value settings last.
func binEnv(t testing.TB, settings ...string) []string {
	t.Helper()
	keep := map[string]bool{
		"DIPLOGRAPH_NEO4J_URI": true, "DIPLOGRAPH_NEO4J_USER": true,
		"DIPLOGRAPH_NEO4J_PASSWORD": true, "DIPLOGRAPH_NEO4J_DATABASE": true,
	}
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if name == "HOME" || (strings.HasPrefix(name, "DIPLOGRAPH_") && !keep[name]) {
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "HOME="+t.TempDir())
	if os.Getenv("DIPLOGRAPH_NEO4J_PASSWORD") == "" {
		env = append(env, "DIPLOGRAPH_NEO4J_PASSWORD=diplograph-local")
	}
	return append(env, settings...)
}

// newBinCmd prepares a run of the binary in a temp working folder.
func newBinCmd(t testing.TB, ctx context.Context, env []string, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	cmd := exec.CommandContext(ctx, binPath, args...)
	cmd.Env = env
	cmd.Dir = t.TempDir()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	return cmd, &stdout, &stderr
}

// runBin runs the binary to its end and returns its output and exit status.
func runBin(t testing.TB, env []string, args ...string) binResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), binTimeout)
	defer cancel()
	cmd, stdout, stderr := newBinCmd(t, ctx, env, args...)
	err := cmd.Run()
	res := binResult{stdout: stdout.String(), stderr: stderr.String(), code: exitCode(t, err)}
	if ctx.Err() != nil {
		t.Fatalf("diplograph %s did not finish within %s:\n%s", strings.Join(args, " "), binTimeout, res.output())
	}
	return res
}

// exitCode returns the exit status of a finished run.
func exitCode(t testing.TB, err error) int {
	t.Helper()
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	t.Fatalf("run diplograph: %v", err)
	return -1
}

// expectCode fails the test when the run's exit status is not want.
func expectCode(t testing.TB, what string, res binResult, want int) {
	t.Helper()
	if res.code != want {
		t.Fatalf("%s: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", what, res.code, want, res.stdout, res.stderr)
	}
}

// parseSummary reads the JSON summary (--summary json), which is all of a run's stdout.
func parseSummary(t testing.TB, res binResult) ingest.Summary {
	t.Helper()
	var s ingest.Summary
	if err := json.Unmarshal([]byte(res.stdout), &s); err != nil {
		t.Fatalf("stdout is not the JSON summary: %v\nstdout:\n%s\nstderr:\n%s", err, res.stdout, res.stderr)
	}
	return s
}

// graphState is what the tests compare between two graphs: the counts per label and
// type and the structural checksum.
type graphState struct {
	counts   graph.Counts
	checksum string
	// anySource is the checksum without the articles' source (the file they were read
	// from), for runs that read the same articles through other files.
	anySource string
}

func (g graphState) String() string {
	if len(g.checksum) < 12 {
		return g.counts.String()
	}
	return g.checksum[:12] + " " + g.counts.String()
}

func stateOf(t testing.TB, s *graph.Store) graphState {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatalf("graph counts: %v", err)
	}
	sum, err := s.Checksum(ctx)
	if err != nil {
		t.Fatalf("graph checksum: %v", err)
	}
	anySource, err := s.Checksum(ctx, "source")
	if err != nil {
		t.Fatalf("graph checksum: %v", err)
	}
	return graphState{counts: c, checksum: sum, anySource: anySource}
}

// articleCount returns the number of Article nodes, or -1 when the graph cannot be read.
func articleCount(s *graph.Store) int64 {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := s.Counts(ctx)
	if err != nil {
		return -1
	}
	return c.Nodes["Article"]
}

// expectStateAnySource is expectState for a run that read some articles through other
// files than the clean run: every property but the articles' source must agree.
func expectStateAnySource(t testing.TB, what string, got, want graphState) {
	t.Helper()
	if got.anySource != want.anySource || got.counts.String() != want.counts.String() {
		t.Fatalf("%s: graph differs from a clean run (the articles' source aside)\n got  %s\n want %s", what, got, want)
	}
}

// expectState fails the test when the graph is not the expected one.
func expectState(t testing.TB, what string, got, want graphState) {
	t.Helper()
	if got.checksum != want.checksum || got.counts.String() != want.counts.String() {
		t.Fatalf("%s: graph differs from a clean run\n got  %s\n want %s", what, got, want)
	}
}

// The generated news corpus: team-written templates over a general gazetteer of
// countries and capitals and invented people, so that the extractor finds meetings,
// accusations, denials and agreements that many articles share.
var (
	newsCountries = []struct{ name, capital, adj string }{
		{"France", "Paris", "French"}, {"Germany", "Berlin", "German"}, {"Poland", "Warsaw", "Polish"},
		{"Japan", "Tokyo", "Japanese"}, {"Kenya", "Nairobi", "Kenyan"}, {"Brazil", "Brasilia", "Brazilian"},
		{"Canada", "Ottawa", "Canadian"}, {"India", "New Delhi", "Indian"}, {"Norway", "Oslo", "Norwegian"},
		{"Chile", "Santiago", "Chilean"}, {"Egypt", "Cairo", "Egyptian"}, {"Spain", "Madrid", "Spanish"},
	}
	newsFirst   = []string{"Ilse", "Tomas", "Amara", "Kenji", "Lucia", "Osei", "Marta", "Ravi", "Sigrid", "Diego"}
	newsLast    = []string{"Marander", "Okonjo", "Vellacourt", "Tanabe", "Ferreira", "Lindqvist", "Arkady", "Moreau"}
	newsTitles  = []string{"Foreign Minister", "Prime Minister", "Defence Minister", "Trade Minister", "President"}
	newsCharges = []string{"violating its airspace", "detaining two fishing crews", "blocking grain shipments",
		"funding armed groups near the border", "interfering in its elections"}
	newsDeals = []string{"reopen the northern border crossing", "resume direct flights", "exchange prisoners",
		"extend the fisheries accord", "hold further talks next month"}
	newsDays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
)

// newsArticle is the n-th generated article: its title, date (YYYY-MM-DD) and body.
func newsArticle(n int) (title, date, body string) {
	a := newsCountries[n%len(newsCountries)]
	b := newsCountries[(n/len(newsCountries)+n+1)%len(newsCountries)]
	if a.name == b.name {
		b = newsCountries[(n+5)%len(newsCountries)]
	}
	p1 := newsFirst[n%len(newsFirst)] + " " + newsLast[(n/3)%len(newsLast)]
	p2 := newsFirst[(n+4)%len(newsFirst)] + " " + newsLast[(n/2+3)%len(newsLast)]
	t1, t2 := newsTitles[n%len(newsTitles)], newsTitles[(n+2)%len(newsTitles)]
	charge, deal := newsCharges[n%len(newsCharges)], newsDeals[(n/2)%len(newsDeals)]
	title = fmt.Sprintf("%s and %s Hold Round %d of Talks in %s", a.name, b.name, n+1, b.capital)
	date = fmt.Sprintf("2024-%02d-%02d", 1+n%12, 1+n%28)
	body = fmt.Sprintf("%s %s of %s met %s %s %s of %s in %s on %s.\n\n"+
		"%s accused %s of %s.\n\n"+
		"The %s government denied %s.\n\n"+
		"Both sides agreed to %s, officials said after round %d.\n",
		t1, p1, a.name, b.adj, t2, p2, b.name, b.capital, newsDays[n%len(newsDays)],
		a.name, b.name, charge,
		b.adj, charge,
		deal, n+1)
	return title, date, body
}

// newsText renders an article in the text format.
func newsText(n int) string {
	title, date, body := newsArticle(n)
	d, _ := time.Parse("2006-01-02", date)
	return fmt.Sprintf("## %s\n\n%s\n\n%s\nOriginal url:\nhttps://news.example.org/%s/round-%d\n",
		title, d.Format("January 02, 2006"), body, date, n+1)
}

// newsRecord renders an article as a JSON Lines record.
func newsRecord(n int) string {
	title, date, body := newsArticle(n)
	rec, _ := json.Marshal(map[string]string{
		"title": title, "date": date, "body": body, "url": fmt.Sprintf("https://news.example.org/%s/round-%d", date, n+1),
	})
	return string(rec) + "\n"
}

// newsCorpus is a generated corpus in two parts: a folder of text files and a JSON Lines
// file, together total articles.
type newsCorpus struct {
	dir   string // text files, one article each
	jsonl string // JSON Lines, the rest
	texts int
	total int
	// records is the JSON Lines file's content.
	records string
}

// writeNewsCorpus writes texts text files into root/texts and records-texts records into
// root/feed.jsonl.
func writeNewsCorpus(t testing.TB, root string, texts, total int) newsCorpus {
	t.Helper()
	c := newsCorpus{dir: filepath.Join(root, "texts"), jsonl: filepath.Join(root, "feed.jsonl"), texts: texts, total: total}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for n := 0; n < texts; n++ {
		writeTestFile(t, filepath.Join(c.dir, fmt.Sprintf("article-%04d.txt", n)), newsText(n))
	}
	var b strings.Builder
	for n := texts; n < total; n++ {
		b.WriteString(newsRecord(n))
	}
	c.records = b.String()
	writeTestFile(t, c.jsonl, c.records)
	return c
}

func writeTestFile(t testing.TB, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
