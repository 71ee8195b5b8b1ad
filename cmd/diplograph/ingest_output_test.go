package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph/graphtest"
)

// expectJSONLines fails unless every line of out is a JSON object.
func expectJSONLines(t *testing.T, out string) {
	t.Helper()
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Errorf("line %d is not JSON: %q", i+1, line)
		}
	}
}

// feedWithBigRecord writes a JSON Lines feed of n records whose second record is larger
// than limit bytes, and returns its path.
func feedWithBigRecord(t *testing.T, n, limit int) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		if i == 1 {
			rec, _ := json.Marshal(map[string]string{"title": "Too long", "body": strings.Repeat("Word ", limit/5+10)})
			b.Write(rec)
			b.WriteString("\n")
			continue
		}
		b.WriteString(newsRecord(i))
	}
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	writeTestFile(t, path, b.String())
	if st, _ := os.Stat(path); st.Size() <= int64(limit) {
		t.Fatalf("feed of %d bytes is not larger than the limit", st.Size())
	}
	return path
}

// TestIngestOutputs: a JSON Lines feed larger than the size limit is read record by
// record (only the record over the limit fails, naming its line); --summary json puts
// the summary on stdout; each failure is printed once; --quiet prints only the summary;
// --log-format json makes every line JSON.
func TestIngestOutputs(t *testing.T) {
	graphtest.MustOpen(t)
	const limit = 4000
	feed := feedWithBigRecord(t, 6, limit)
	max := fmt.Sprintf("--max-file-bytes=%d", limit)

	res := runBin(t, binEnv(t), "ingest", max, "--summary", "json", feed)
	expectCode(t, "feed with one big record", res, exitError)
	sum := parseSummary(t, res)
	if sum.Read != 5 || sum.Written != 5 || sum.Failed != 1 || len(sum.Failures) != 1 ||
		sum.Failures[0].Line != 2 || !strings.Contains(sum.Failures[0].Problem, "larger than the 4000-byte limit") {
		t.Errorf("summary %+v", sum)
	}
	if strings.Count(res.stderr, "larger than the 4000-byte limit") != 0 {
		t.Errorf("failure printed on stderr besides the JSON summary:\n%s", res.stderr)
	}

	// again, text summary: the failure once; quiet: nothing but the summary
	res = runBin(t, binEnv(t), "ingest", max, "--force", feed)
	expectCode(t, "text summary", res, exitError)
	if n := strings.Count(res.stderr, "larger than the 4000-byte limit"); n != 1 {
		t.Errorf("failure printed %d times:\n%s", n, res.stderr)
	}
	res = runBin(t, binEnv(t), "ingest", max, "--quiet", "--force", feed)
	lines := strings.Split(strings.TrimSuffix(res.stderr, "\n"), "\n")
	if res.stdout != "" || len(lines) != 2 || !strings.HasPrefix(lines[0], "ingested: 1 files, 5 articles read") ||
		!strings.Contains(lines[1], "failed: ") {
		t.Errorf("--quiet printed more than the summary:\nstdout %q\nstderr:\n%s", res.stdout, res.stderr)
	}

	res = runBin(t, binEnv(t), "ingest", max, "--force", "--log-format", "json", feed)
	expectCode(t, "json log", res, exitError)
	expectJSONLines(t, res.stderr)
	for _, want := range []string{`"msg":"ingested"`, `"msg":"failed"`, `"line":2`} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("json log lacks %s:\n%s", want, res.stderr)
		}
	}
}

// TestIngestStdinFeedOverLimit: the README's `cat feed.jsonl | diplograph ingest -` on a
// feed far larger than the size limit reads every record.
func TestIngestStdinFeedOverLimit(t *testing.T) {
	graphtest.MustOpen(t)
	var b strings.Builder
	longest := 0
	for i := range 40 {
		rec := newsRecord(i)
		longest = max(longest, len(rec))
		b.WriteString(rec)
	}
	limit := longest + 10
	if b.Len() < 4*limit {
		t.Fatalf("feed of %d bytes, limit %d: not a feed over the limit", b.Len(), limit)
	}
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	writeTestFile(t, path, b.String())
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	j := startBinStdin(t, binEnv(t), f, "ingest", fmt.Sprintf("--max-file-bytes=%d", limit), "--summary", "json", "-")
	res := j.wait()
	expectCode(t, "stdin feed", res, exitOK)
	if sum := parseSummary(t, res); sum.Read != 40 || sum.Written != 40 {
		t.Errorf("summary %+v", sum)
	}
}
