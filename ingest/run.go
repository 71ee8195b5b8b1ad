package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	diplograph "github.com/diplograph/diplograph"
)

// batch is a set of extractions on its way to the writer.
type batch struct {
	n  int
	xs []*diplograph.Extraction
}

// Run is the ingestion job: read, skip what the graph has unchanged, extract, write. The
// next batch is extracted while the previous one is written, and the one after it is
// read and looked up in the graph meanwhile. When ctx is cancelled the
// batch being written is finished and the job stops. A batch the store refuses for what
// it contains is split until the articles at fault are found; they are counted as failed
// and the rest is written. When a write fails for another reason (after the driver's own
// retries) the job stops and returns the error with the summary of what was written;
// running it again writes exactly the rest.
func Run(ctx context.Context, paths []string, ex diplograph.Extractor, store Store, opt Options) (Summary, error) {
	opt = opt.withDefaults()
	start := time.Now()
	var sum Summary
	r := newReader(paths, opt, &sum)

	batches := make(chan batch, 1)
	type result struct {
		n       int // articles written, or not written when err is set
		written int // when err is set: articles written before it
		refused []Failure
		err     error
	}
	// Room for every result that can be pending between two collects (the batch being
	// written, the one queued and the one just sent): the writer never waits for the
	// reader, so a batch is written even while the reader waits on a slow input.
	results := make(chan result, 3)
	go func() {
		defer close(results)
		// The batch in flight is finished even when ctx is cancelled: it has its own
		// deadline inside the store.
		wctx := context.WithoutCancel(ctx)
		var failed error
		for b := range batches {
			if failed == nil && ctx.Err() != nil {
				// cancelled: only the batch already being written is finished
				failed = ctx.Err()
			}
			if failed != nil {
				// after a failed batch nothing more is written; the rest is counted
				results <- result{n: len(b.xs), err: failed}
				continue
			}
			written, refused, err := writeIsolating(wctx, store, b.xs)
			if err != nil {
				failed = err
				results <- result{n: len(b.xs) - written - len(refused), written: written, refused: refused, err: err}
				continue
			}
			results <- result{n: written, refused: refused}
		}
	}()

	var writeErr error
	inFlight := 0
	filesDone := 0 // as of the last chunk taken
	collect := func(block bool) {
		for inFlight > 0 {
			var res result
			var ok bool
			if block {
				res, ok = <-results
			} else {
				select {
				case res, ok = <-results:
				default:
					return
				}
			}
			if !ok {
				inFlight = 0
				return
			}
			inFlight--
			for _, f := range res.refused {
				sum.fail(f)
				opt.Logger.Warn("article not written", "source", f.Source, "problem", f.Problem)
			}
			if res.err != nil {
				if writeErr == nil {
					writeErr = res.err
				}
				sum.NotWritten += res.n
				sum.Written += res.written
				if errors.Is(res.err, context.Canceled) {
					opt.Logger.Info("batch not written: job cancelled", "articles", res.n)
				} else {
					opt.Logger.Error("write failed", "articles", res.n, "error", res.err.Error())
				}
			} else {
				sum.Written += res.n
				opt.Logger.Debug("batch written", "articles", res.n)
			}
			opt.report(filesDone, len(r.files), &sum, start)
		}
	}

	// The next chunk is read, and looked up in the graph, while the current one is
	// extracted, so that the workers wait neither for the input nor for the server. The
	// chunk being read has its own summary, merged when the main loop takes the chunk; the
	// reader is used by one goroutine at a time. fetchCtx stops a read ahead when the job
	// stops for a failed write.
	fetchCtx, stopFetch := context.WithCancel(ctx)
	defer stopFetch()
	take := func(c chunk) {
		sum.merge(&c.part)
		filesDone = c.filesDone
	}
	c := fetchChunk(fetchCtx, r, store, opt)
	take(c)
	n := 0
	for c.read > 0 { // none read: the end of the input
		if c.err != nil {
			writeErr = c.err
			sum.NotExtracted += c.pending()
			break
		}
		if c.cancelled || ctx.Err() != nil || writeErr != nil {
			// cancelled while reading: what was read is not written
			sum.NotExtracted += c.pending()
			break
		}
		ahead := make(chan chunk, 1)
		go func() { ahead <- fetchChunk(fetchCtx, r, store, opt) }()
		var xs []*diplograph.Extraction
		for _, it := range extractAll(ctx, ex, c.todo, opt.Workers) {
			if it.x == nil && it.failure == nil {
				sum.NotExtracted++ // not started: the job was cancelled
				continue
			}
			if it.failure != nil {
				sum.fail(*it.failure)
				opt.Logger.Warn("article failed", "source", it.failure.Source, "problem", it.failure.Problem)
				continue
			}
			sum.Extracted++
			xs = append(xs, it.x)
		}
		collect(false)
		stopping := writeErr != nil || ctx.Err() != nil
		if stopping {
			// a failed write, or a cancellation during extraction: nothing more is written
			sum.NotWritten += len(xs)
		} else if len(xs) > 0 {
			// handed to the writer before waiting for the read ahead, which may wait on
			// an input that gives nothing for a while
			n++
			inFlight++
			batches <- batch{n: n, xs: xs}
		}
		if stopping {
			stopFetch()
		}
		c = <-ahead
		take(c)
		opt.report(filesDone, len(r.files), &sum, start)
		if stopping {
			sum.NotExtracted += c.pending()
			break
		}
	}
	close(batches)
	collect(true)
	sum.NotExtracted += r.unwritten()
	sum.Elapsed = time.Since(start)
	opt.report(r.filesDone(), len(r.files), &sum, start)
	if writeErr != nil {
		return sum, fmt.Errorf("stopped after writing %d articles: %w", sum.Written, writeErr)
	}
	return sum, ctx.Err()
}

// chunk is the next articles of the input, read and looked up in the graph.
type chunk struct {
	// todo are the articles to extract: those read, less those the graph has unchanged.
	todo []diplograph.Article
	// read is the number of articles read; 0 at the end of the input.
	read int
	// part counts what reading the chunk found (articles read, duplicates, failed
	// inputs, warnings, unchanged articles); it is merged into the job's summary.
	part Summary
	// filesDone is the number of inputs opened so far.
	filesDone int
	// cancelled says the job was cancelled while the chunk was read: todo is not
	// filtered and nothing of it is to be extracted.
	cancelled bool
	// err is a failed look-up of the articles in the graph.
	err error
}

// pending is the number of the chunk's articles that are neither skipped nor extracted
// when the job stops before extracting them.
func (c chunk) pending() int {
	if c.cancelled || c.err != nil {
		return c.read
	}
	return len(c.todo)
}

// fetchChunk reads the next chunk of articles and drops those the graph has unchanged.
func fetchChunk(ctx context.Context, r *reader, store Store, opt Options) chunk {
	var c chunk
	r.sum = &c.part
	arts := r.chunk(ctx, opt.BatchSize)
	c.read, c.filesDone = len(arts), r.filesDone()
	if len(arts) == 0 {
		return c
	}
	if ctx.Err() != nil {
		c.todo, c.cancelled = arts, true
		return c
	}
	c.todo, c.err = skipUnchanged(ctx, store, arts, opt, &c.part)
	return c
}

// writeIsolating writes the extractions. When the store refuses them for what they
// contain (diplograph.EDATA), they are written in halves, and so on down to single
// articles, so that the articles at fault are found and everything else is written. It
// returns the number written, a failure per refused article, and the first error that is
// not about the data (the job stops on it).
func writeIsolating(ctx context.Context, store Store, xs []*diplograph.Extraction) (int, []Failure, error) {
	err := store.Write(ctx, xs)
	if err == nil {
		return len(xs), nil, nil
	}
	if diplograph.ErrorCode(err) != diplograph.EDATA {
		return 0, nil, err
	}
	if len(xs) == 1 {
		return 0, []Failure{{Source: xs[0].Article.Source, Problem: "not written: " + err.Error()}}, nil
	}
	half := len(xs) / 2
	n1, bad1, err := writeIsolating(ctx, store, xs[:half])
	if err != nil {
		return n1, bad1, err
	}
	n2, bad2, err := writeIsolating(ctx, store, xs[half:])
	return n1 + n2, append(bad1, bad2...), err
}

// skipUnchanged drops the articles that the graph holds from this extractor version,
// unless the job is forced.
func skipUnchanged(ctx context.Context, store Store, arts []diplograph.Article, opt Options, sum *Summary) ([]diplograph.Article, error) {
	if opt.Force {
		return arts, nil
	}
	keys := make([]string, len(arts))
	for i, a := range arts {
		keys[i] = a.ID
	}
	versions, err := store.ArticleVersions(ctx, keys)
	if err != nil {
		return nil, fmt.Errorf("look up articles already in the graph: %w", err)
	}
	todo := arts[:0:0]
	for _, a := range arts {
		if v, ok := versions[a.ID]; ok && v == opt.ExtractorVersion {
			sum.Unchanged++
			continue
		}
		todo = append(todo, a)
	}
	return todo, nil
}
