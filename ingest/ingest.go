// Package ingest is the ingestion job: it reads articles from files, folders and
// standard input, extracts them on all cores, and writes them to the graph in batches,
// skipping articles already there unchanged. It also serves the extract command, which
// runs the same reading and extraction without a database.
package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/article"
)

// Store is the graph as the job needs it.
type Store interface {
	diplograph.Store
	// ArticleVersions returns the extractor version of each given article key already
	// in the graph.
	ArticleVersions(ctx context.Context, keys []string) (map[string]string, error)
}

// Options tunes a job.
type Options struct {
	// Workers is the number of extraction goroutines (0: one per core).
	Workers int
	// BatchSize is the number of articles read, extracted and written together.
	BatchSize int
	// MaxFileBytes is the size limit of one article: a file in the text format, or one
	// record of a JSON Lines input (whose length is not limited).
	MaxFileBytes int64
	// Force re-extracts and rewrites articles already in the graph unchanged.
	Force bool
	// ExtractorVersion is compared with the version stored on articles in the graph.
	ExtractorVersion string
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Logger receives one record per failed input and per batch; nil discards them.
	Logger *slog.Logger
	// Progress, when set, is called every ProgressEvery with the running totals, from
	// the first second on, and once at the end (Final set); never twice at once.
	Progress func(Progress)
	// ProgressEvery is the time between two progress reports (0: one second).
	ProgressEvery time.Duration
	// FlushAfter is how long the job waits on an input that gives nothing (a pipe, a
	// terminal, a slow disk) before it extracts and writes the articles already read
	// (0: one second).
	FlushAfter time.Duration
}

func (o Options) withDefaults() Options {
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 500
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = article.DefaultMaxBytes
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.FlushAfter <= 0 {
		o.FlushAfter = time.Second
	}
	if o.ProgressEvery <= 0 {
		o.ProgressEvery = time.Second
	}
	return o
}

// Progress is the running state of a job, reported every ProgressEvery while it runs
// and once at the end.
type Progress struct {
	FilesDone, FilesTotal int
	// Read counts the articles read; Extracted those extracted so far, also within the
	// batch being extracted.
	Read, Extracted, Unchanged int
	Written, Failed            int
	// BytesRead is how far into the inputs the job has read; BytesDone how far it has
	// finished (written, skipped unchanged or failed); BytesTotal their total size, or -1
	// when an input's size is not known beforehand (a pipe).
	BytesRead, BytesDone, BytesTotal int64
	Elapsed                          time.Duration
	// Final is set on the last report, after the job ended.
	Final bool
}

// ETA is the time left, from the share of the inputs' bytes finished; ok is false while
// nothing is finished or the total is not known.
func (p Progress) ETA() (time.Duration, bool) {
	if p.BytesTotal < 0 || p.BytesDone <= 0 || p.Elapsed <= 0 {
		return 0, false
	}
	left := max(p.BytesTotal-p.BytesDone, 0)
	return time.Duration(float64(p.Elapsed) * float64(left) / float64(p.BytesDone)), true
}

// tracker holds the running totals the progress reports read from another goroutine.
type tracker struct {
	filesDone, read, extracted, unchanged, written, failed atomic.Int64
	bytesRead, bytesDone                                   atomic.Int64
	filesTotal                                             int
	bytesTotal                                             int64
}

func (t *tracker) progress(start time.Time) Progress {
	return Progress{
		FilesDone: int(t.filesDone.Load()), FilesTotal: t.filesTotal,
		Read: int(t.read.Load()), Extracted: int(t.extracted.Load()), Unchanged: int(t.unchanged.Load()),
		Written: int(t.written.Load()), Failed: int(t.failed.Load()),
		BytesRead: t.bytesRead.Load(), BytesDone: t.bytesDone.Load(), BytesTotal: t.bytesTotal,
		Elapsed: time.Since(start),
	}
}

// done moves the finished position forward to pos.
func (t *tracker) done(pos int64) {
	for {
		cur := t.bytesDone.Load()
		if pos <= cur || t.bytesDone.CompareAndSwap(cur, pos) {
			return
		}
	}
}

// sync copies the summary's counts into the tracker.
func (t *tracker) sync(s *Summary) {
	t.read.Store(int64(s.Read))
	t.unchanged.Store(int64(s.Unchanged))
	t.written.Store(int64(s.Written))
	t.failed.Store(int64(s.Failed))
}

// reportEvery calls opt.Progress every opt.ProgressEvery until the returned function is
// called; that function stops the reports and makes the final one.
func (o Options) reportEvery(t *tracker, start time.Time) (stop func()) {
	if o.Progress == nil {
		return func() {}
	}
	quit := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(o.ProgressEvery)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				o.Progress(t.progress(start))
			case <-quit:
				return
			}
		}
	}()
	return func() {
		close(quit)
		<-finished
		p := t.progress(start)
		p.Final = true
		o.Progress(p)
	}
}

// Failure is one input, or one article, that could not be read, extracted or written.
type Failure struct {
	Source  string `json:"source"`
	Line    int    `json:"line,omitempty"`
	Problem string `json:"problem"`
}

// String returns `"source"[:line]: problem`: the source quoted as a Go string, so that
// no file name (with a line break, an escape sequence) can pass for another line of
// output, and the problem without control characters, cut to 1,000 characters.
func (f Failure) String() string {
	problem := diplograph.CleanText(f.Problem, 1000)
	if f.Line > 0 {
		return fmt.Sprintf("%q:%d: %s", f.Source, f.Line, problem)
	}
	return fmt.Sprintf("%q: %s", f.Source, problem)
}

// Summary is what a job did.
type Summary struct {
	Files int `json:"files"`
	// Read counts the articles read from the inputs.
	Read int `json:"read"`
	// Duplicates counts articles read more than once in this job (same key).
	Duplicates int `json:"duplicates"`
	// Unchanged counts articles skipped because the graph has them from this extractor.
	Unchanged int `json:"unchanged"`
	// Extracted counts articles run through the extractor.
	Extracted int `json:"extracted"`
	// Written counts articles whose facts were committed to the graph.
	Written int `json:"written"`
	// NotWritten counts articles extracted but not committed because the job stopped.
	NotWritten int `json:"not_written"`
	// NotExtracted counts articles read but neither extracted nor written because the
	// job stopped.
	NotExtracted int `json:"not_extracted,omitempty"`
	// Failed counts inputs and articles that failed, as listed in Failures.
	Failed   int           `json:"failed"`
	Failures []Failure     `json:"failures,omitempty"`
	Warnings []Failure     `json:"warnings,omitempty"`
	Elapsed  time.Duration `json:"elapsed_ns"`
}

func (s *Summary) fail(f Failure) {
	s.Failed++
	s.Failures = append(s.Failures, f)
}

// item is an article with the place it was read from, on its way through the job.
type item struct {
	article diplograph.Article
	x       *diplograph.Extraction
	failure *Failure
}

// queued is an article read and waiting to be extracted, with the position in the
// inputs (bytes from the start of the first) just after it.
type queued struct {
	article diplograph.Article
	pos     int64
}

// reader reads the inputs file by file and hands out articles in chunks. Each file is
// streamed on a goroutine of its own, article by article, so that memory stays bounded
// by a chunk whatever the length of an input, and waiting on an input that gives
// nothing (a pipe without a writer, a terminal) neither holds back the articles already
// read nor keeps the job from stopping when it is cancelled.
type reader struct {
	files   []string
	next    int
	queue   []queued
	opt     Options
	sum     *Summary
	track   *tracker
	seen    map[string]bool
	pending <-chan article.Counted // the file being read, or nil
	stop    chan struct{}          // closed when the job ends, to stop the file being read
	base    int64                  // bytes of the files finished
	offset  int64                  // bytes read of the file in flight
}

func newReader(paths []string, opt Options, sum *Summary, track *tracker) *reader {
	files, errs := article.Inputs(paths)
	for _, e := range errs {
		sum.fail(Failure{Source: e.Source, Line: e.Line, Problem: e.Problem})
		opt.Logger.Debug("input failed", "source", e.Source, "problem", e.Problem)
	}
	sum.Files = len(files)
	track.filesTotal = len(files)
	for _, f := range files {
		n := inputSize(f, opt.Stdin)
		if n < 0 || track.bytesTotal < 0 {
			track.bytesTotal = -1
			continue
		}
		track.bytesTotal += n
	}
	return &reader{files: files, opt: opt, sum: sum, track: track, seen: map[string]bool{}, stop: make(chan struct{})}
}

// inputSize is the size of a regular file (standard input included, when redirected from
// one), or -1.
func inputSize(path string, stdin io.Reader) int64 {
	var st os.FileInfo
	var err error
	if path == "-" {
		f, ok := stdin.(*os.File)
		if !ok {
			return -1
		}
		st, err = f.Stat()
	} else {
		st, err = os.Stat(path)
	}
	if err != nil || !st.Mode().IsRegular() {
		return -1
	}
	return st.Size()
}

// start begins streaming one input on its own goroutine.
func (r *reader) start(path string) <-chan article.Counted {
	out := make(chan article.Counted, 64)
	ropt := article.ReadOptions{MaxBytes: r.opt.MaxFileBytes}
	in, stop := r.opt.Stdin, r.stop
	emit := func(c article.Counted) bool {
		select {
		case out <- c:
			return true
		case <-stop:
			return false
		}
	}
	go func() {
		defer close(out)
		switch {
		case path != "-":
			article.StreamFile(path, ropt, emit)
		case in == nil:
			emit(article.Counted{ReadResult: article.ReadResult{Errors: []*article.InputError{{Source: "-", Problem: "no standard input"}}}})
		default:
			article.Stream(in, "-", ropt, emit)
		}
	}()
	return out
}

// close stops the goroutine of the file being read.
func (r *reader) close() { close(r.stop) }

// chunk returns up to n articles not seen before in this job, or none at the end. It
// returns fewer when ctx is cancelled, or when an input has given nothing for
// opt.FlushAfter while articles are waiting.
func (r *reader) chunk(ctx context.Context, n int) []queued {
	for len(r.queue) < n && ctx.Err() == nil {
		if r.pending == nil {
			if r.next >= len(r.files) {
				break
			}
			r.pending = r.start(r.files[r.next])
			r.next++
			r.offset = 0
		}
		var idle <-chan time.Time
		var timer *time.Timer
		if len(r.queue) > 0 {
			timer = time.NewTimer(r.opt.FlushAfter)
			idle = timer.C
		}
		var c article.Counted
		got, open := false, true
		select {
		case c, open = <-r.pending:
			got = true
		case <-ctx.Done():
		case <-idle:
		}
		if timer != nil {
			timer.Stop()
		}
		if !got {
			return r.take(n)
		}
		if !open {
			r.base += r.offset
			r.offset = 0
			r.pending = nil
			r.track.filesDone.Add(1)
			continue
		}
		r.add(c)
	}
	return r.take(n)
}

// add counts what one input gave and queues its new articles.
func (r *reader) add(c article.Counted) {
	for _, e := range c.Errors {
		r.sum.fail(Failure{Source: e.Source, Line: e.Line, Problem: e.Problem})
		r.opt.Logger.Debug("input failed", "source", e.Source, "line", e.Line, "problem", e.Problem)
	}
	for _, w := range c.Warnings {
		r.sum.Warnings = append(r.sum.Warnings, Failure{Source: w.Source, Line: w.Line, Problem: w.Problem})
		r.opt.Logger.Debug("input read with a warning", "source", w.Source, "line", w.Line, "problem", w.Problem)
	}
	r.offset = max(r.offset, c.Offset)
	pos := r.base + r.offset
	for _, a := range c.Articles {
		r.sum.Read++
		if r.seen[a.ID] {
			r.sum.Duplicates++
			continue
		}
		r.seen[a.ID] = true
		r.queue = append(r.queue, queued{article: a, pos: pos})
	}
	r.track.bytesRead.Store(pos)
	r.track.sync(r.sum)
}

// take hands out up to n queued articles.
func (r *reader) take(n int) []queued {
	k := min(n, len(r.queue))
	out := r.queue[:k:k]
	r.queue = r.queue[k:]
	return out
}

// unwritten is the number of articles read and queued that were never handed out.
func (r *reader) unwritten() int { return len(r.queue) }

// articles returns the articles of a chunk and the position after its last one.
func articles(qs []queued) ([]diplograph.Article, int64) {
	arts := make([]diplograph.Article, len(qs))
	var pos int64
	for i, q := range qs {
		arts[i] = q.article
		pos = max(pos, q.pos)
	}
	return arts, pos
}

// extractAll runs the extractor over the articles on opt.Workers goroutines and returns
// the items in input order. A panic in the extractor fails that article only. When ctx
// is cancelled no further article is started; the items of those left out have neither
// an extraction nor a failure.
func extractAll(ctx context.Context, ex diplograph.Extractor, arts []diplograph.Article, workers int, track *tracker) []item {
	items := make([]item, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < min(workers, len(arts)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				items[i] = extractOne(ex, arts[i])
				track.extracted.Add(1)
			}
		}()
	}
feed:
	for i := range arts {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	return items
}

func extractOne(ex diplograph.Extractor, a diplograph.Article) (it item) {
	it.article = a
	defer func() {
		if p := recover(); p != nil {
			it.x = nil
			it.failure = &Failure{Source: a.Source, Problem: fmt.Sprintf("extractor failed: %v", p)}
		}
	}()
	x, err := ex.Extract(a)
	if err != nil {
		it.failure = &Failure{Source: a.Source, Problem: "extract: " + err.Error()}
		return it
	}
	it.x = x
	return it
}

// Extract reads the inputs and extracts every article, calling emit with each extraction
// in input order. It needs no database.
func Extract(ctx context.Context, paths []string, ex diplograph.Extractor, opt Options, emit func(*diplograph.Extraction) error) (Summary, error) {
	opt = opt.withDefaults()
	start := time.Now()
	var sum Summary
	track := &tracker{}
	r := newReader(paths, opt, &sum, track)
	defer r.close()
	stop := opt.reportEvery(track, start)
	defer stop()
	for ctx.Err() == nil {
		qs := r.chunk(ctx, opt.BatchSize)
		if len(qs) == 0 {
			break
		}
		arts, pos := articles(qs)
		for _, it := range extractAll(ctx, ex, arts, opt.Workers, track) {
			if it.x == nil && it.failure == nil {
				continue // not started: the job was cancelled
			}
			if it.failure != nil {
				sum.fail(*it.failure)
				opt.Logger.Debug("article failed", "source", it.failure.Source, "problem", it.failure.Problem)
				continue
			}
			sum.Extracted++
			if err := emit(it.x); err != nil {
				sum.Elapsed = time.Since(start)
				return sum, err
			}
		}
		track.sync(&sum)
		track.done(pos)
	}
	sum.Elapsed = time.Since(start)
	return sum, ctx.Err()
}
