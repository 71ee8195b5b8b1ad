package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/ingest"
)

// The tests in this file check the job's control flow with an in-memory store; the
// graph's own behaviour is tested against the real server in graph_test.go.

func opts(version string) ingest.Options {
	return ingest.Options{Workers: 2, BatchSize: 4, ExtractorVersion: version}
}

func failureText(s ingest.Summary) string {
	var lines []string
	for _, f := range s.Failures {
		lines = append(lines, f.String())
	}
	return strings.Join(lines, "\n")
}

func TestRunCountsBadInputsAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	good := writeRuleCorpus(t, dir, 5, 3)
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	writeFile(t, filepath.Join(dir, "blob.txt"), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	writeFile(t, filepath.Join(dir, "broken.jsonl"), `{"title":"ok","body":"FRA met DEU."}`+"\n"+`{"title": "cut`+"\n")
	missing := filepath.Join(dir, "gone", "nothing.txt")

	store := newMemStore("v1")
	sum, err := ingest.Run(context.Background(), []string{dir, missing}, ruleExtractor{}, store, opts("v1"))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if sum.Failed != 4 || len(sum.Failures) != 4 {
		t.Fatalf("failed %d, failures:\n%s", sum.Failed, failureText(sum))
	}
	for _, want := range []string{
		strconv.Quote(missing) + ": no such file",
		strconv.Quote(filepath.Join(dir, "blob.txt")) + ": binary data",
		strconv.Quote(filepath.Join(dir, "broken.jsonl")) + ":2: malformed JSON",
		strconv.Quote(filepath.Join(dir, "empty.txt")) + ": empty file",
	} {
		if !strings.Contains(failureText(sum), want) {
			t.Errorf("no failure %q in:\n%s", want, failureText(sum))
		}
	}
	// 5 text files, feed.jsonl, and the three bad files that exist
	if sum.Files != 5+1+3 {
		t.Errorf("files %d", sum.Files)
	}
	if sum.Read != good+1 || sum.Extracted != good+1 || sum.Written != good+1 || store.stored() != good+1 {
		t.Errorf("read %d extracted %d written %d stored %d, want %d", sum.Read, sum.Extracted, sum.Written, store.stored(), good+1)
	}
}

func TestRunSkipsUnchangedAndForceRewrites(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 6, 5)
	store := newMemStore("v1")
	first, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, opts("v1"))
	if err != nil || first.Written != n {
		t.Fatalf("first run: written %d of %d, %v", first.Written, n, err)
	}
	calls := len(store.writes)

	again, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, opts("v1"))
	if err != nil {
		t.Fatal(err)
	}
	if again.Unchanged != n || again.Extracted != 0 || again.Written != 0 || len(store.writes) != calls {
		t.Fatalf("second run: unchanged %d extracted %d written %d, %d new writes",
			again.Unchanged, again.Extracted, again.Written, len(store.writes)-calls)
	}

	forced := opts("v1")
	forced.Force = true
	sum, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, forced)
	if err != nil || sum.Unchanged != 0 || sum.Written != n {
		t.Fatalf("forced run: unchanged %d written %d, %v", sum.Unchanged, sum.Written, err)
	}
	if store.stored() != n {
		t.Fatalf("stored %d, want %d", store.stored(), n)
	}
}

func TestRunRewritesArticlesOfAnotherVersion(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 3, 4)
	store := newMemStore("old")
	if _, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, opts("old")); err != nil {
		t.Fatal(err)
	}
	store.version = "new"
	sum, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, opts("new"))
	if err != nil || sum.Unchanged != 0 || sum.Written != n {
		t.Fatalf("new version: unchanged %d written %d of %d, %v", sum.Unchanged, sum.Written, n, err)
	}
	again, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, opts("new"))
	if err != nil || again.Unchanged != n {
		t.Fatalf("same new version again: unchanged %d of %d, %v", again.Unchanged, n, err)
	}
}

func TestRunWritesArticlesReadTwiceOnce(t *testing.T) {
	dir := t.TempDir()
	text := "## Twice\n\nMay 2, 2024\n\n" + ruleBody(7) + "\n"
	writeFile(t, filepath.Join(dir, "a.txt"), text)
	writeFile(t, filepath.Join(dir, "b", "copy.txt"), strings.ReplaceAll(text, "\n", "\r\n"))
	store := newMemStore("v1")
	sum, err := ingest.Run(context.Background(), []string{dir, filepath.Join(dir, "a.txt")}, ruleExtractor{}, store, opts("v1"))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 3 || sum.Duplicates != 2 || sum.Written != 1 || store.stored() != 1 {
		t.Fatalf("read %d duplicates %d written %d stored %d", sum.Read, sum.Duplicates, sum.Written, store.stored())
	}
}

func TestRunStopsOnWriteFailureAndResumes(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 10, 10)
	store := newMemStore("v1")
	down := diplograph.Errorf(diplograph.EUNAVAILABLE, "server went away")
	store.beforeWrite = func(_ context.Context, call int) error {
		if call >= 3 {
			return down
		}
		return nil
	}
	sum, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, opts("v1"))
	if !errors.Is(err, down) || diplograph.ErrorCode(err) != diplograph.EUNAVAILABLE {
		t.Fatalf("error %v, want the store's unavailable error", err)
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("stopped after writing %d articles", sum.Written)) {
		t.Errorf("error %q does not say how much was written", err)
	}
	if sum.Written != 8 || store.stored() != 8 {
		t.Fatalf("written %d stored %d, want the first two batches of 4", sum.Written, store.stored())
	}
	if sum.NotWritten == 0 || sum.Written+sum.NotWritten != sum.Extracted {
		t.Fatalf("extracted %d = written %d + not written %d does not hold", sum.Extracted, sum.Written, sum.NotWritten)
	}

	store.beforeWrite = nil
	rest, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, opts("v1"))
	if err != nil {
		t.Fatal(err)
	}
	if rest.Unchanged != 8 || rest.Written != n-8 || store.stored() != n {
		t.Fatalf("second run: unchanged %d written %d stored %d of %d", rest.Unchanged, rest.Written, store.stored(), n)
	}
}

func TestRunCancelFinishesTheBatchInFlight(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 20, 20)
	store := newMemStore("v1")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	store.beforeWrite = func(wctx context.Context, call int) error {
		if call == 2 {
			cancel()
			// the write in flight goes on after the cancellation
			time.Sleep(50 * time.Millisecond)
			if wctx.Err() != nil {
				return fmt.Errorf("write context cancelled with the job: %w", wctx.Err())
			}
		}
		return nil
	}
	sum, err := ingest.Run(ctx, []string{dir}, ruleExtractor{}, store, opts("v1"))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if len(store.writes) != 2 {
		t.Fatalf("%d writes, want 2: nothing may start after the cancellation", len(store.writes))
	}
	if sum.Written != 8 || store.stored() != 8 {
		t.Fatalf("written %d stored %d, want both batches of 4", sum.Written, store.stored())
	}
	if sum.Written+sum.NotWritten != sum.Extracted {
		t.Fatalf("extracted %d = written %d + not written %d does not hold", sum.Extracted, sum.Written, sum.NotWritten)
	}
	rest, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, opts("v1"))
	if err != nil || rest.Unchanged != 8 || store.stored() != n {
		t.Fatalf("resumed run: unchanged %d stored %d of %d, %v", rest.Unchanged, store.stored(), n, err)
	}
}

func TestRunFailsOnlyTheArticleTheExtractorFailsOn(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 4, 0)
	writeFile(t, filepath.Join(dir, "p.txt"), "## Bad\n\nFRA met DEU. PANIC.\n")
	writeFile(t, filepath.Join(dir, "r.txt"), "## Worse\n\nFRA met DEU. REFUSE.\n")
	store := newMemStore("v1")
	sum, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, opts("v1"))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 2 || sum.Written != n || store.stored() != n {
		t.Fatalf("failed %d written %d stored %d:\n%s", sum.Failed, sum.Written, store.stored(), failureText(sum))
	}
	text := failureText(sum)
	if !strings.Contains(text, strconv.Quote(filepath.Join(dir, "p.txt"))+": extractor failed") ||
		!strings.Contains(text, strconv.Quote(filepath.Join(dir, "r.txt"))+": extract: rule extractor asked to refuse") {
		t.Fatalf("failures do not name the files:\n%s", text)
	}
}

func TestRunReadsStandardInput(t *testing.T) {
	store := newMemStore("v1")
	o := opts("v1")
	o.Stdin = strings.NewReader(`{"title":"One","body":"FRA met DEU."}` + "\n" + `{"title":"Two","body":"JPN met IND."}` + "\n")
	sum, err := ingest.Run(context.Background(), []string{"-"}, ruleExtractor{}, store, o)
	if err != nil || sum.Written != 2 || sum.Failed != 0 {
		t.Fatalf("written %d failed %d, %v", sum.Written, sum.Failed, err)
	}
	o.Stdin = nil
	sum, err = ingest.Run(context.Background(), []string{"-"}, ruleExtractor{}, store, o)
	if err != nil || sum.Failed != 1 || !strings.Contains(failureText(sum), `"-": no standard input`) {
		t.Fatalf("without stdin: %v\n%s", err, failureText(sum))
	}
}

func TestRunRejectsFilesOverTheSizeLimit(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "big.txt"), "## Big\n\n"+strings.Repeat("FRA met DEU. ", 200))
	writeFile(t, filepath.Join(dir, "small.txt"), "## Small\n\nFRA met DEU.\n")
	o := opts("v1")
	o.MaxFileBytes = 1000
	store := newMemStore("v1")
	sum, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, o)
	if err != nil || sum.Written != 1 || sum.Failed != 1 {
		t.Fatalf("written %d failed %d, %v", sum.Written, sum.Failed, err)
	}
	if want := strconv.Quote(filepath.Join(dir, "big.txt")) + ": larger than the 1000-byte limit"; !strings.HasPrefix(failureText(sum), want) {
		t.Fatalf("failure %q, want prefix %q", failureText(sum), want)
	}
}

func TestExtractEmitsInInputOrder(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 30, 30)
	var got []string
	o := opts("v1")
	o.Workers = 4
	sum, err := ingest.Extract(context.Background(), []string{dir}, ruleExtractor{}, o, func(x *diplograph.Extraction) error {
		got = append(got, x.Article.Title)
		return nil
	})
	if err != nil || sum.Extracted != n || len(got) != n {
		t.Fatalf("extracted %d emitted %d of %d, %v", sum.Extracted, len(got), n, err)
	}
	for i, title := range got {
		if want := fmt.Sprintf("%d", i); !strings.HasSuffix(title, " "+want) {
			t.Fatalf("emission %d is %q: out of input order", i, title)
		}
	}

	stop := errors.New("reader gone")
	var emitted atomic.Int32
	_, err = ingest.Extract(context.Background(), []string{dir}, ruleExtractor{}, o, func(*diplograph.Extraction) error {
		if emitted.Add(1) == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || emitted.Load() != 3 {
		t.Fatalf("emit error: got %v after %d emissions", err, emitted.Load())
	}
}

func TestRunWritesEverythingReadWhileWaitingForInput(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 24, 0) // six batches of 4
	fifo := filepath.Join(t.TempDir(), "later.jsonl")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	store := newMemStore("v1")
	store.beforeWrite = func(context.Context, int) error {
		time.Sleep(30 * time.Millisecond) // writing is slower than reading
		return nil
	}
	done := make(chan error, 1)
	go func() {
		_, err := ingest.Run(context.Background(), []string{dir, fifo}, ruleExtractor{}, store, opts("v1"))
		done <- err
	}()
	// while the job waits for the pipe, everything read before it is written
	deadline := time.Now().Add(10 * time.Second)
	for store.stored() < n && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	got := store.stored()
	f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(f, "{\"title\":\"Late\",\"body\":%q}\n", ruleBody(99))
	f.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got != n {
		t.Fatalf("%d of %d articles written while the job waited for more input", got, n)
	}
	if store.stored() != n+1 {
		t.Fatalf("stored %d, want %d", store.stored(), n+1)
	}
}

func TestRunIsolatesArticlesTheStoreRefuses(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 30, 20)
	bad := map[string]bool{}
	for _, name := range []string{"t0003.txt", "t0017.txt", "t0018.txt"} {
		path := filepath.Join(dir, name)
		writeFile(t, path, "## Poisoned "+name+"\n\nMarch 3, 2024\n\nFRA met DEU. POISON.\n")
		bad[path] = true
	}
	store := newMemStore("v1")
	store.refuse = func(x *diplograph.Extraction) bool { return strings.Contains(x.Article.Body, "POISON") }
	opt := opts("v1")
	opt.BatchSize = 16
	for run := 1; run <= 2; run++ {
		sum, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, store, opt)
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		if sum.Failed != 3 || len(sum.Failures) != 3 {
			t.Fatalf("run %d: failed %d, want 3:\n%s", run, sum.Failed, failureText(sum))
		}
		for _, f := range sum.Failures {
			if !bad[f.Source] || !strings.Contains(f.Problem, "not written") || !strings.Contains(f.Problem, "too large") {
				t.Errorf("run %d: failure %s", run, f)
			}
		}
		// the three poisoned files replace three of the generated ones
		wantWritten := n - 3
		if run == 2 {
			wantWritten = 0
			if sum.Unchanged != n-3 {
				t.Errorf("run 2: unchanged %d, want %d", sum.Unchanged, n-3)
			}
		}
		if sum.Written != wantWritten || sum.NotWritten != 0 {
			t.Errorf("run %d: written %d not written %d, want %d and 0", run, sum.Written, sum.NotWritten, wantWritten)
		}
		if store.stored() != n-3 {
			t.Errorf("run %d: %d articles stored, want %d", run, store.stored(), n-3)
		}
	}
}

func TestFailuresQuoteFileNames(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "fake\n  failed: other.txt: \x1b[2Jempty.txt")
	writeFile(t, name, "")
	sum, err := ingest.Run(context.Background(), []string{dir}, ruleExtractor{}, newMemStore("v1"), opts("v1"))
	if err != nil || sum.Failed != 1 {
		t.Fatalf("failed %d, %v", sum.Failed, err)
	}
	text := failureText(sum)
	if strings.ContainsAny(text, "\n\x1b") || !strings.HasPrefix(text, strconv.Quote(name)+": empty file") {
		t.Errorf("failure %q does not quote the file name", text)
	}
}

// lookupCounter is a memStore that counts the look-ups of article versions.
type lookupCounter struct {
	*memStore
	lookups atomic.Int32
}

func (l *lookupCounter) ArticleVersions(ctx context.Context, keys []string) (map[string]string, error) {
	l.lookups.Add(1)
	return l.memStore.ArticleVersions(ctx, keys)
}

// waitingExtractor extracts an article of the first batch only once the job has looked
// up the second batch in the graph (or after a while), and records whether it had.
type waitingExtractor struct {
	store   *lookupCounter
	first   map[string]bool // titles of the first batch
	overlap atomic.Int32    // first-batch articles extracted after the look-up ahead
}

func (w *waitingExtractor) Extract(a diplograph.Article) (*diplograph.Extraction, error) {
	if w.first[a.Title] {
		deadline := time.Now().Add(3 * time.Second)
		for w.store.lookups.Load() < 2 && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		if w.store.lookups.Load() >= 2 {
			w.overlap.Add(1)
		}
	}
	return ruleExtractor{}.Extract(a)
}

func TestRunReadsAndLooksUpTheNextBatchWhileExtracting(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 12, 0) // three batches of 4
	store := &lookupCounter{memStore: newMemStore("v1")}
	ex := &waitingExtractor{store: store, first: map[string]bool{}}
	for i := 0; i < 4; i++ {
		ex.first[fmt.Sprintf("Report %d", i)] = true
	}
	sum, err := ingest.Run(context.Background(), []string{dir}, ex, store, opts("v1"))
	if err != nil || sum.Written != n {
		t.Fatalf("written %d of %d, %v", sum.Written, n, err)
	}
	if got := ex.overlap.Load(); got != 4 {
		t.Fatalf("%d of the first batch's 4 articles were extracted after the next batch was looked up, want all", got)
	}
}

// orderRecorder records the order in which articles are extracted.
type orderRecorder struct {
	mu    sync.Mutex
	order []int
}

func (o *orderRecorder) Extract(a diplograph.Article) (*diplograph.Extraction, error) {
	o.mu.Lock()
	o.order = append(o.order, len(a.Body))
	o.mu.Unlock()
	return ruleExtractor{}.Extract(a)
}

func TestExtractStartsTheLongestArticlesFirst(t *testing.T) {
	dir := t.TempDir()
	for i, words := range []int{3, 40, 1, 25, 9, 60} {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("%d.txt", i)),
			fmt.Sprintf("## Report %d\n\nFRA met DEU.%s\n", i, strings.Repeat(" Word", words)))
	}
	rec := &orderRecorder{}
	o := opts("v1")
	o.Workers, o.BatchSize = 1, 10
	var emitted []string
	_, err := ingest.Extract(context.Background(), []string{dir}, rec, o, func(x *diplograph.Extraction) error {
		emitted = append(emitted, x.Article.Title)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !sort.SliceIsSorted(rec.order, func(i, j int) bool { return rec.order[i] > rec.order[j] }) || len(rec.order) != 6 {
		t.Fatalf("extraction order by body length %v, want longest first", rec.order)
	}
	for i, title := range emitted {
		if want := fmt.Sprintf("Report %d", i); title != want {
			t.Fatalf("emission %d is %q, want %q: out of input order", i, title, want)
		}
	}
}
