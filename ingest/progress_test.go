package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/ingest"
)

// slowExtractor is ruleExtractor taking a moment per article, so that a job lasts long
// enough to be reported on while it runs.
type slowExtractor struct{ ruleExtractor }

func (s slowExtractor) Extract(a diplograph.Article) (*diplograph.Extraction, error) {
	time.Sleep(2 * time.Millisecond)
	return s.ruleExtractor.Extract(a)
}

// TestProgressOfOneFeed: one JSON Lines file is reported on in articles and bytes while
// it is extracted, before its first batch is written, with an ETA once a batch is done,
// and finally as all done.
func TestProgressOfOneFeed(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 0, 300)
	feed := filepath.Join(dir, "wire.jsonl")
	st, err := os.Stat(feed)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var reports []ingest.Progress
	opt := ingest.Options{
		BatchSize: 100, Workers: 2, ExtractorVersion: "v1", ProgressEvery: 5 * time.Millisecond,
		Progress: func(p ingest.Progress) {
			mu.Lock()
			defer mu.Unlock()
			reports = append(reports, p)
		},
	}
	sum, err := ingest.Run(context.Background(), []string{feed}, slowExtractor{}, newMemStore("v1"), opt)
	if err != nil || sum.Written != n {
		t.Fatalf("written %d of %d: %v", sum.Written, n, err)
	}
	mu.Lock()
	defer mu.Unlock()
	var early, withETA bool
	for _, p := range reports[:len(reports)-1] {
		if p.Final {
			t.Errorf("final report before the end: %+v", p)
		}
		if p.BytesTotal != st.Size() || p.FilesTotal != 1 {
			t.Errorf("totals %d bytes, %d files; want %d, 1", p.BytesTotal, p.FilesTotal, st.Size())
		}
		if p.Written == 0 && p.Extracted > 0 && p.BytesRead > 0 {
			early = true
		}
		if _, ok := p.ETA(); ok && p.Written > 0 && p.Written < n {
			withETA = true
		}
	}
	if !early || !withETA {
		t.Errorf("no report while the first batch was extracted (%v) or with an ETA mid-way (%v) in %d reports", early, withETA, len(reports))
	}
	last := reports[len(reports)-1]
	if !last.Final || last.Written != n || last.Read != n || last.BytesDone != st.Size() || last.BytesRead != st.Size() || last.FilesDone != 1 {
		t.Errorf("final report %+v", last)
	}
}
