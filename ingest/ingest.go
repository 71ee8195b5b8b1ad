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
	"runtime"
	"sort"
	"sync"
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
	// MaxFileBytes is the size limit of one input file.
	MaxFileBytes int64
	// Force re-extracts and rewrites articles already in the graph unchanged.
	Force bool
	// ExtractorVersion is compared with the version stored on articles in the graph.
	ExtractorVersion string
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Logger receives one record per failed input and per batch; nil discards them.
	Logger *slog.Logger
	// Progress, when set, is called after every batch and file with the running totals.
	Progress func(Progress)
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
	return o
}

// Progress is the running state of a job.
type Progress struct {
	FilesDone, FilesTotal int
	Read, Unchanged       int
	Written, Failed       int
	Elapsed               time.Duration
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

// merge adds what reading a chunk counted: articles read, duplicates, failed inputs,
// warnings and unchanged articles.
func (s *Summary) merge(p *Summary) {
	s.Read += p.Read
	s.Duplicates += p.Duplicates
	s.Unchanged += p.Unchanged
	s.Failed += p.Failed
	s.Failures = append(s.Failures, p.Failures...)
	s.Warnings = append(s.Warnings, p.Warnings...)
}

// item is an article with the place it was read from, on its way through the job.
type item struct {
	article diplograph.Article
	x       *diplograph.Extraction
	failure *Failure
}

// reader reads the inputs file by file and hands out articles in chunks. Each file is
// read on a goroutine of its own, so that waiting on an input that gives nothing (a
// pipe without a writer, a terminal) neither holds back the articles already read nor
// keeps the job from stopping when it is cancelled.
type reader struct {
	files   []string
	next    int
	queue   []diplograph.Article
	opt     Options
	sum     *Summary
	seen    map[string]bool
	pending chan article.ReadResult // the read in flight, or nil
}

func newReader(paths []string, opt Options, sum *Summary) *reader {
	files, errs := article.Inputs(paths)
	for _, e := range errs {
		sum.fail(Failure{Source: e.Source, Line: e.Line, Problem: e.Problem})
		opt.Logger.Warn("input failed", "source", e.Source, "problem", e.Problem)
	}
	sum.Files = len(files)
	return &reader{files: files, opt: opt, sum: sum, seen: map[string]bool{}}
}

// start begins reading one input on its own goroutine.
func (r *reader) start(path string) chan article.ReadResult {
	out := make(chan article.ReadResult, 1)
	ropt := article.ReadOptions{MaxBytes: r.opt.MaxFileBytes}
	in := r.opt.Stdin
	go func() {
		switch {
		case path != "-":
			out <- article.ReadFile(path, ropt)
		case in == nil:
			out <- article.ReadResult{Errors: []*article.InputError{{Source: "-", Problem: "no standard input"}}}
		default:
			out <- article.Read(in, "-", ropt)
		}
	}()
	return out
}

// chunk returns up to n articles not seen before in this job, or none at the end. It
// returns fewer when ctx is cancelled, or when an input has given nothing for
// opt.FlushAfter while articles are waiting.
func (r *reader) chunk(ctx context.Context, n int) []diplograph.Article {
	for len(r.queue) < n && ctx.Err() == nil {
		if r.pending == nil {
			if r.next >= len(r.files) {
				break
			}
			r.pending = r.start(r.files[r.next])
			r.next++
		}
		var idle <-chan time.Time
		var timer *time.Timer
		if len(r.queue) > 0 {
			timer = time.NewTimer(r.opt.FlushAfter)
			idle = timer.C
		}
		var res article.ReadResult
		got := false
		select {
		case res = <-r.pending:
			r.pending, got = nil, true
		case <-ctx.Done():
		case <-idle:
		}
		if timer != nil {
			timer.Stop()
		}
		if !got {
			return r.take(n)
		}
		r.add(res)
	}
	return r.take(n)
}

// add counts what one input gave and queues its new articles.
func (r *reader) add(res article.ReadResult) {
	for _, e := range res.Errors {
		r.sum.fail(Failure{Source: e.Source, Line: e.Line, Problem: e.Problem})
		r.opt.Logger.Warn("input failed", "source", e.Source, "line", e.Line, "problem", e.Problem)
	}
	for _, w := range res.Warnings {
		r.sum.Warnings = append(r.sum.Warnings, Failure{Source: w.Source, Line: w.Line, Problem: w.Problem})
		r.opt.Logger.Info("input read with a warning", "source", w.Source, "line", w.Line, "problem", w.Problem)
	}
	for _, a := range res.Articles {
		r.sum.Read++
		if r.seen[a.ID] {
			r.sum.Duplicates++
			continue
		}
		r.seen[a.ID] = true
		r.queue = append(r.queue, a)
	}
}

// take hands out up to n queued articles.
func (r *reader) take(n int) []diplograph.Article {
	k := min(n, len(r.queue))
	out := r.queue[:k:k]
	r.queue = r.queue[k:]
	return out
}

// unwritten is the number of articles read and queued that were never handed out.
func (r *reader) unwritten() int { return len(r.queue) }

func (r *reader) filesDone() int { return r.next }

// extractAll runs the extractor over the articles on opt.Workers goroutines and returns
// the items in input order. The longest articles are started first, so that no worker
// is left alone with a long one at the end while the others wait. A panic in the
// extractor fails that article only. When ctx is cancelled no further article is
// started; the items of those left out have neither an extraction nor a failure.
func extractAll(ctx context.Context, ex diplograph.Extractor, arts []diplograph.Article, workers int) []item {
	items := make([]item, len(arts))
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return len(arts[order[a]].Body) > len(arts[order[b]].Body) })
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < min(workers, len(arts)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				items[i] = extractOne(ex, arts[i])
			}
		}()
	}
feed:
	for _, i := range order {
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
	r := newReader(paths, opt, &sum)
	for ctx.Err() == nil {
		arts := r.chunk(ctx, opt.BatchSize)
		if len(arts) == 0 {
			break
		}
		for _, it := range extractAll(ctx, ex, arts, opt.Workers) {
			if it.x == nil && it.failure == nil {
				continue // not started: the job was cancelled
			}
			if it.failure != nil {
				sum.fail(*it.failure)
				opt.Logger.Warn("article failed", "source", it.failure.Source, "problem", it.failure.Problem)
				continue
			}
			sum.Extracted++
			if err := emit(it.x); err != nil {
				sum.Elapsed = time.Since(start)
				return sum, err
			}
		}
		opt.report(r.filesDone(), len(r.files), &sum, start)
	}
	sum.Elapsed = time.Since(start)
	return sum, ctx.Err()
}

func (o Options) report(filesDone, filesTotal int, s *Summary, start time.Time) {
	if o.Progress == nil {
		return
	}
	o.Progress(Progress{
		FilesDone: filesDone, FilesTotal: filesTotal, Read: s.Read, Unchanged: s.Unchanged,
		Written: s.Written, Failed: s.Failed, Elapsed: time.Since(start),
	})
}
