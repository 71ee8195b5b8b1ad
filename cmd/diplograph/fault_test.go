package main

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
)

// The fault tests run the real binary against the real local Neo4j server and break
// things in the middle of a job: the server stops, the process is killed or interrupted,
// two jobs run at once. After each, running the same command again must leave exactly
// the graph of one clean run.

// Corpus size and batch size of the fault tests: small batches, so that a job makes
// many transactions and a fault lands between and during them.
const (
	faultTexts     = 60
	faultTotal     = 300
	faultBatchSize = "5"
)

var (
	faultOnce   sync.Once
	faultCorpus newsCorpus
	faultErr    error
	faultRoot   string
)

// sharedFaultCorpus writes the fault tests' corpus once per test binary.
func sharedFaultCorpus(t *testing.T) newsCorpus {
	t.Helper()
	faultOnce.Do(func() {
		faultRoot, faultErr = os.MkdirTemp("", "diplograph-faults-")
		if faultErr == nil {
			faultCorpus = writeNewsCorpus(t, faultRoot, faultTexts, faultTotal)
		}
	})
	if faultErr != nil {
		t.Fatal(faultErr)
	}
	return faultCorpus
}

// ingestArgs are the arguments of the fault tests' ingest command over inputs.
func ingestArgs(inputs ...string) []string {
	return append([]string{"ingest", "--batch-size", faultBatchSize, "--workers", "2", "--summary", "json"}, inputs...)
}

var (
	cleanOnce  sync.Once
	cleanState graphState
)

// cleanRun returns the graph one clean run of the corpus leaves in an empty database,
// computed once; the database is wiped again before the caller goes on.
func cleanRun(t *testing.T, c newsCorpus) graphState {
	t.Helper()
	cleanOnce.Do(func() {
		store := graphtest.MustOpen(t)
		res := runBin(t, binEnv(t), ingestArgs(c.dir, c.jsonl)...)
		expectCode(t, "clean run", res, 0)
		sum := parseSummary(t, res)
		if sum.Written != c.total || sum.Failed != 0 {
			t.Fatalf("clean run wrote %d of %d articles, %d failed", sum.Written, c.total, sum.Failed)
		}
		cleanState = stateOf(t, store)
		if cleanState.counts.Nodes["Article"] != int64(c.total) || cleanState.counts.Nodes["Actor"] == 0 ||
			cleanState.counts.TotalRelationships <= int64(c.total) {
			t.Fatalf("clean run left a graph too poor to compare: %s", cleanState)
		}
		t.Logf("clean run: %s", cleanState)
	})
	if cleanState.checksum == "" {
		t.Fatal("no clean run to compare with")
	}
	return cleanState
}

// resumeAndCompare runs the whole corpus again and checks that it writes exactly what
// is missing and leaves the graph of a clean run.
func resumeAndCompare(t *testing.T, store *graph.Store, c newsCorpus, want graphState, what string) {
	t.Helper()
	resumeAndCompareWith(t, store, c, want, what, expectState)
}

// resumeAndCompareWith is resumeAndCompare with its own comparison of graph states.
func resumeAndCompareWith(t *testing.T, store *graph.Store, c newsCorpus, want graphState, what string,
	expect func(testing.TB, string, graphState, graphState)) {
	t.Helper()
	before := articleCount(store)
	res := runBin(t, binEnv(t), ingestArgs(c.dir, c.jsonl)...)
	expectCode(t, what+": run again", res, 0)
	sum := parseSummary(t, res)
	if int64(sum.Unchanged) != before || sum.Unchanged+sum.Written != c.total {
		t.Fatalf("%s: run again: %d unchanged + %d written, want %d + %d", what, sum.Unchanged, sum.Written, before, int64(c.total)-before)
	}
	expect(t, what+": run again", stateOf(t, store), want)
}

// job is a run of the binary that the test does not wait for.
type job struct {
	cmd  *exec.Cmd
	done chan struct{} // closed when the process has ended
	res  binResult
}

// wait waits for the process to end and returns its result (code -1 when a signal
// ended it).
func (j *job) wait() binResult {
	<-j.done
	return j.res
}

// ended reports whether the process has ended.
func (j *job) ended() bool {
	select {
	case <-j.done:
		return true
	default:
		return false
	}
}

// startBin starts the binary; the process is killed when the test ends.
func startBin(t *testing.T, env []string, args ...string) *job {
	t.Helper()
	return startBinStdin(t, env, nil, args...)
}

// startBinStdin is startBin with the given standard input.
func startBinStdin(t *testing.T, env []string, stdin *os.File, args ...string) *job {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), binTimeout)
	cmd, stdout, stderr := newBinCmd(t, ctx, env, args...)
	if stdin != nil {
		cmd.Stdin = stdin
	}
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("start diplograph: %v", err)
	}
	j := &job{cmd: cmd, done: make(chan struct{})}
	go func() {
		defer close(j.done)
		defer cancel()
		err := cmd.Wait()
		j.res = binResult{stdout: stdout.String(), stderr: stderr.String()}
		switch ee, ok := err.(*exec.ExitError); {
		case err == nil:
		case ok:
			j.res.code = ee.ExitCode() // -1 when a signal ended it
		default:
			j.res.code = -1
			j.res.stderr += "\n(wait: " + err.Error() + ")"
		}
		if ctx.Err() == context.DeadlineExceeded {
			j.res.stderr += fmt.Sprintf("\n(killed after %s)", binTimeout)
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-j.done
	})
	return j
}

// waitForArticles polls the graph until it holds at least n articles, failing the test
// when the job ended first or after a minute.
func waitForArticles(t *testing.T, store *graph.Store, j *job, n int64) int64 {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		if got := articleCount(store); got >= n {
			return got
		}
		if j.ended() {
			res := j.wait()
			t.Fatalf("ingest ended (status %d) before %d articles were in the graph:\n%s", res.code, n, res.stderr)
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no %d articles in the graph after a minute (have %d)", n, articleCount(store))
	return 0
}

func TestFaultUnreachableServer(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close() // nothing listens there now
	uri := fmt.Sprintf("bolt://127.0.0.1:%d", port)
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "a.txt"), newsText(1))
	const secret = "unreachable-secret-4711"
	for _, args := range [][]string{{"ingest", dir}, {"schema"}} {
		res := runBin(t, binEnv(t, "DIPLOGRAPH_NEO4J_URI="+uri, "DIPLOGRAPH_NEO4J_PASSWORD="+secret), args...)
		expectCode(t, args[0]+" against a closed port", res, exitUnavailable)
		if !strings.Contains(res.stderr, uri) || !strings.Contains(res.stderr, "neo4j/local.sh start") {
			t.Errorf("%s: message does not name %s and how to start the server:\n%s", args[0], uri, res.stderr)
		}
		if strings.Contains(res.output(), secret) {
			t.Errorf("%s: the password appears in the output:\n%s", args[0], res.output())
		}
	}
}

func TestFaultWrongPassword(t *testing.T) {
	graphtest.MustConnect(t, graphtest.Config()) // the server must be up
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "a.txt"), newsText(2))
	const secret = "not-the-password-8842"
	for _, env := range [][]string{
		{"DIPLOGRAPH_NEO4J_PASSWORD=" + secret},
		{"DIPLOGRAPH_NEO4J_PASSWORD=" + secret, "DIPLOGRAPH_LOG_LEVEL=debug", "DIPLOGRAPH_LOG_FORMAT=json"},
	} {
		res := runBin(t, binEnv(t, env...), "ingest", dir)
		expectCode(t, "ingest with a wrong password", res, exitAuth)
		if !strings.Contains(res.stderr, "DIPLOGRAPH_NEO4J_PASSWORD") {
			t.Errorf("message does not say to check DIPLOGRAPH_NEO4J_PASSWORD:\n%s", res.stderr)
		}
		if strings.Contains(res.output(), secret) {
			t.Errorf("the password appears in the output:\n%s", res.output())
		}
	}
	waitForLogin(t)
}

// waitForLogin waits until the right credentials are accepted again: the server locks
// a user for a few seconds after repeated failed logins.
func waitForLogin(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		s, err := graph.Open(ctx, graphtest.Config())
		cancel()
		if err == nil {
			_ = s.Close(context.Background())
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the right password is not accepted again: %v", err)
		}
		time.Sleep(time.Second)
	}
}

// launcher runs neo4j/local.sh for the instance the tests use (the environment's
// DIPLOGRAPH_NEO4J_INSTANCE and ports, as scripts/test.sh sets them).
func launcher(t *testing.T, command string) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(root, "neo4j", "local.sh"), command)
	cmd.Dir = root
	cmd.Env = os.Environ()
	out, err := cmd.CombinedOutput()
	if err != nil && command != "status" {
		t.Fatalf("neo4j/local.sh %s: %v\n%s", command, err, out)
	}
	return string(out)
}

// checkLauncherInstance makes sure that the launcher's instance is the server the tests
// talk to, so that stopping it cannot stop anybody else's.
func checkLauncherInstance(t *testing.T) {
	t.Helper()
	u, err := url.Parse(graphtest.Config().URI)
	if err != nil {
		t.Fatal(err)
	}
	status := launcher(t, "status")
	if strings.Contains(status, "not running") || !strings.Contains(status, "bolt://127.0.0.1:"+u.Port()) {
		t.Fatalf("the launcher's instance %q (DIPLOGRAPH_NEO4J_INSTANCE) is not the server at %s "+
			"the tests use; run the tests with scripts/test.sh or set the instance variables:\n%s",
			os.Getenv("DIPLOGRAPH_NEO4J_INSTANCE"), graphtest.Config().URI, status)
	}
}

// mkfifo makes a named pipe: a job reading it waits until the test writes to it.
func mkfifo(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "more.jsonl")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	return path
}

// feedFIFO writes text into the named pipe and closes it, in the background.
func feedFIFO(t *testing.T, path, text string) <-chan error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			done <- err
			return
		}
		_, err = f.WriteString(text)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		done <- err
	}()
	return done
}

func TestFaultServerStopsMidJob(t *testing.T) {
	graphtest.SkipIfOff(t)
	c := sharedFaultCorpus(t)
	want := cleanRun(t, c)
	checkLauncherInstance(t)
	t.Cleanup(func() { launcher(t, "start") }) // later tests need the server
	store := graphtest.MustOpen(t)

	// Two jobs over the corpus: one whose driver gives up retrying after 2s, one that
	// retries for minutes. Each writes the text files, then waits on its pipe while the
	// server stops; what comes through the pipes meets a stopped server.
	quitter, patient := mkfifo(t), mkfifo(t)
	quits := startBin(t, binEnv(t, "DIPLOGRAPH_NEO4J_MAX_RETRY_TIME=2s"), ingestArgs(c.dir, quitter)...)
	waits := startBin(t, binEnv(t, "DIPLOGRAPH_NEO4J_MAX_RETRY_TIME=3m"), ingestArgs(c.dir, patient)...)
	waitForArticles(t, store, quits, int64(c.texts))
	time.Sleep(500 * time.Millisecond) // both jobs reach their pipes
	launcher(t, "stop")
	fed := []<-chan error{feedFIFO(t, quitter, c.records), feedFIFO(t, patient, c.records)}

	// the first job stops with the server down, saying what it wrote and what not
	res := quits.wait()
	if waits.ended() {
		t.Fatalf("the patient job ended while the server was down:\n%s", waits.wait().stderr)
	}
	launcher(t, "start")
	expectCode(t, "job with the server gone", res, exitUnavailable)
	sum := parseSummary(t, res)
	if sum.Written+sum.Unchanged != c.texts || !strings.Contains(res.stderr, graphtest.Config().URI) {
		t.Fatalf("job with the server gone: %d written + %d unchanged, want the %d text articles, and a message naming the server:\n%s",
			sum.Written, sum.Unchanged, c.texts, res.stderr)
	}
	t.Logf("job stopped: %d written, %d unchanged, %d not written; %s", sum.Written, sum.Unchanged, sum.NotWritten,
		lastLine(res.stderr))

	// the second rides out the restart through the driver's retries
	res = waits.wait()
	expectCode(t, "job across a server restart", res, 0)
	sum = parseSummary(t, res)
	if sum.Written+sum.Unchanged != c.total || sum.Failed != 0 {
		t.Fatalf("job across a restart: %d written + %d unchanged of %d, %d failed", sum.Written, sum.Unchanged, c.total, sum.Failed)
	}
	for _, ch := range fed {
		if err := <-ch; err != nil {
			t.Fatalf("feed a pipe: %v", err)
		}
	}
	t.Logf("job rode out the restart: %d written in %s", sum.Written, sum.Elapsed)
	// the records came through pipes, not the clean run's file
	expectStateAnySource(t, "job across a server restart", stateOf(t, store), want)
	resumeAndCompareWith(t, store, c, want, "after the server restart", expectStateAnySource)
}

func TestFaultKilledMidJob(t *testing.T) {
	graphtest.SkipIfOff(t)
	c := sharedFaultCorpus(t)
	want := cleanRun(t, c)
	store := graphtest.MustOpen(t)
	j := startBin(t, binEnv(t), ingestArgs(c.dir, c.jsonl)...)
	waitForArticles(t, store, j, 1)
	if err := j.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("kill: %v", err)
	}
	if res := j.wait(); res.code != -1 {
		t.Fatalf("the job ended with status %d before it was killed:\n%s", res.code, res.stderr)
	}
	got := articleCount(store)
	if got >= int64(c.total) {
		t.Fatalf("the job finished (%d articles) before it was killed; the test proves nothing", got)
	}
	if partial := partialArticles(t, store); partial != 0 {
		t.Fatalf("%d articles in the graph without their extractor version: a batch landed in part", partial)
	}
	t.Logf("killed with %d of %d articles written", got, c.total)
	resumeAndCompare(t, store, c, want, "after SIGKILL")
}

func TestFaultInterruptedMidJob(t *testing.T) {
	graphtest.SkipIfOff(t)
	c := sharedFaultCorpus(t)
	want := cleanRun(t, c)
	store := graphtest.MustOpen(t)
	j := startBin(t, binEnv(t), ingestArgs(c.dir, c.jsonl)...)
	waitForArticles(t, store, j, 1)
	if err := j.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatalf("interrupt: %v", err)
	}
	res := j.wait()
	expectCode(t, "interrupted job", res, exitUsage)
	sum := parseSummary(t, res)
	got := articleCount(store)
	if int64(sum.Written) != got || got >= int64(c.total) {
		t.Fatalf("interrupted job: summary says %d written, the graph has %d of %d articles", sum.Written, got, c.total)
	}
	if sum.Written+sum.NotWritten != sum.Extracted {
		t.Errorf("summary: %d extracted != %d written + %d not written", sum.Extracted, sum.Written, sum.NotWritten)
	}
	if !strings.Contains(res.stderr, "interrupted after writing "+strconv.Itoa(sum.Written)+" articles") {
		t.Errorf("no message about the interruption:\n%s", res.stderr)
	}
	t.Logf("interrupted with %d of %d articles written", got, c.total)
	resumeAndCompare(t, store, c, want, "after SIGINT")
}

func TestFaultReingestionChangesNothing(t *testing.T) {
	graphtest.SkipIfOff(t)
	c := sharedFaultCorpus(t)
	want := cleanRun(t, c)
	store := graphtest.MustOpen(t)
	res := runBin(t, binEnv(t), ingestArgs(c.dir, c.jsonl)...)
	expectCode(t, "first run", res, 0)
	expectState(t, "first run", stateOf(t, store), want)

	res = runBin(t, binEnv(t), ingestArgs(c.dir, c.jsonl)...)
	expectCode(t, "second run", res, 0)
	sum := parseSummary(t, res)
	if sum.Unchanged != c.total || sum.Extracted != 0 || sum.Written != 0 {
		t.Fatalf("second run: %d unchanged, %d extracted, %d written; want all %d unchanged", sum.Unchanged, sum.Extracted, sum.Written, c.total)
	}
	expectState(t, "second run", stateOf(t, store), want)

	// --force extracts and writes every article again: nothing may be duplicated.
	res = runBin(t, binEnv(t), append(ingestArgs(c.dir, c.jsonl), "--force")...)
	expectCode(t, "forced run", res, 0)
	if sum := parseSummary(t, res); sum.Unchanged != 0 || sum.Written != c.total {
		t.Fatalf("forced run: %d unchanged, %d written; want %d written", sum.Unchanged, sum.Written, c.total)
	}
	expectState(t, "forced run", stateOf(t, store), want)

	// the same articles under other file names and in another format are the same articles
	copyDir := t.TempDir()
	var recs strings.Builder
	for n := 0; n < c.texts; n++ {
		recs.WriteString(newsRecord(n))
	}
	writeTestFile(t, filepath.Join(copyDir, "texts-as-records.jsonl"), recs.String())
	writeTestFile(t, filepath.Join(copyDir, "feed-copy.jsonl"), strings.ReplaceAll(c.records, "\n", "\r\n"))
	res = runBin(t, binEnv(t), ingestArgs(copyDir)...)
	expectCode(t, "renamed copies", res, 0)
	if sum := parseSummary(t, res); sum.Unchanged != c.total || sum.Written != 0 {
		t.Fatalf("renamed copies: %d unchanged, %d written; want all %d unchanged", sum.Unchanged, sum.Written, c.total)
	}
	expectState(t, "renamed copies", stateOf(t, store), want)
}

func TestFaultParallelJobs(t *testing.T) {
	graphtest.SkipIfOff(t)
	c := sharedFaultCorpus(t)
	want := cleanRun(t, c)
	store := graphtest.MustOpen(t)
	// Two jobs over the same articles in opposite orders, plus a third over half of them.
	var half strings.Builder
	for i, line := range strings.SplitAfter(c.records, "\n") {
		if i%2 == 0 {
			half.WriteString(line)
		}
	}
	halfFile := filepath.Join(t.TempDir(), "half.jsonl")
	writeTestFile(t, halfFile, half.String())
	var jobs []*job
	for _, inputs := range [][]string{{c.dir, c.jsonl}, {c.jsonl, c.dir}, {halfFile}} {
		jobs = append(jobs, startBin(t, binEnv(t), ingestArgs(inputs...)...))
	}
	written := 0
	for i, j := range jobs {
		res := j.wait()
		expectCode(t, fmt.Sprintf("parallel job %d", i+1), res, 0)
		written += parseSummary(t, res).Written
	}
	t.Logf("parallel jobs wrote %d articles in all (%d distinct)", written, c.total)
	// the third job read half of the records from another file
	expectStateAnySource(t, "parallel jobs", stateOf(t, store), want)
	resumeAndCompareWith(t, store, c, want, "after parallel jobs", expectStateAnySource)
}

// lastLine returns the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// partialArticles counts the Article nodes that lack the extractor version, which the
// last statement of a batch's transaction sets: there are none unless a batch landed in
// part.
func partialArticles(t *testing.T, store *graph.Store) int64 {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), store.Driver(),
		"MATCH (a:Article) WHERE a.extractor_version IS NULL RETURN count(a) AS n", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(store.Database()), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("count partial articles: %v", err)
	}
	n, _ := res.Records[0].Values[0].(int64)
	return n
}
