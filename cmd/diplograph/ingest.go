package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/diplograph/diplograph/ingest"
	"github.com/spf13/cobra"
)

type ingestFlags struct {
	quiet   bool
	summary string
}

func newIngestCmd(app *App) *cobra.Command {
	var f ingestFlags
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Extract articles and write their facts into Neo4j",
		Long: `Reads articles from files, folders (recursively) and "-" (standard input),
extracts their facts on all cores and writes them into Neo4j in batches, each batch
in one transaction, so an article lands entirely or not at all.

Re-running is safe: articles already in the graph from the same extractor version are
skipped, articles from another version have their facts replaced, and nothing is
ever duplicated. Inputs that cannot be read, and articles Neo4j refuses for what they
contain, are listed in the summary and the rest goes on; the exit status is then 1.
Ctrl-C or SIGTERM stops after the batch being written, also while waiting on a pipe.

Exit status: 0 all written, 1 some inputs failed, 2 usage or cancelled,
3 Neo4j unreachable, 4 Neo4j refused the credentials.`,
		Example: `  DIPLOGRAPH_NEO4J_PASSWORD=... diplograph ingest samples/
  cat feed.jsonl | diplograph ingest -`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd, app, f, args)
		},
	}
	cmd.Flags().BoolVarP(&f.quiet, "quiet", "q", false, "print no progress and only a one-line summary")
	cmd.Flags().StringVar(&f.summary, "summary", "text", "final summary format: text or json")
	return cmd
}

func runIngest(cmd *cobra.Command, app *App, f ingestFlags, args []string) error {
	if f.summary != "text" && f.summary != "json" {
		return &flagError{fmt.Errorf("--summary %q is not text or json", f.summary)}
	}
	ctx := cmd.Context()
	ex, err := newExtractor(app)
	if err != nil {
		return err
	}
	store, err := app.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = store.Close(ctx) }()
	if err := store.ApplySchema(ctx); err != nil {
		return err
	}
	opt := ingestOptions(app)
	var prog *progress
	if !f.quiet {
		prog = newProgress(app.Err)
		opt.Progress = prog.update
	}
	app.Logger.Debug("ingest starting", "config", app.Config.String())
	sum, runErr := ingest.Run(ctx, args, ex, store, opt)
	if prog != nil {
		prog.done()
	}
	printSummary(app.Err, sum, f)
	if runErr != nil {
		if errors.Is(runErr, ctx.Err()) && ctx.Err() != nil {
			return fmt.Errorf("interrupted after writing %d articles: %w", sum.Written, runErr)
		}
		return runErr
	}
	if sum.Failed > 0 {
		return errSomeFailed
	}
	return nil
}

func printSummary(w io.Writer, s ingest.Summary, f ingestFlags) {
	if f.summary == "json" {
		writeJSON(w, s)
		return
	}
	fmt.Fprintf(w, "ingested: %d files, %d articles read, %d unchanged, %d written, %d failed in %s\n",
		s.Files, s.Read, s.Unchanged, s.Written, s.Failed, s.Elapsed.Round(time.Millisecond))
	if f.quiet {
		return
	}
	if s.Duplicates > 0 {
		fmt.Fprintf(w, "  %d articles read twice in this run were written once\n", s.Duplicates)
	}
	if s.NotWritten > 0 {
		fmt.Fprintf(w, "  %d extracted articles were not written; run the same command again to write them\n", s.NotWritten)
	}
	if s.NotExtracted > 0 {
		fmt.Fprintf(w, "  %d articles read were not extracted; run the same command again to write them\n", s.NotExtracted)
	}
	for _, x := range s.Failures {
		fmt.Fprintf(w, "  failed: %s\n", x)
	}
	for _, x := range s.Warnings {
		fmt.Fprintf(w, "  warning: %s\n", x)
	}
}

// progress shows the job's progress: a redrawn bar on a terminal, a plain line every few
// seconds otherwise.
type progress struct {
	w        io.Writer
	terminal bool
	last     time.Time
	drawn    bool
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, last: time.Now()}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.terminal = true
		}
	}
	return p
}

func (p *progress) update(s ingest.Progress) {
	now := time.Now()
	// A terminal gets a redrawn bar (always brought up to date at the end); other outputs
	// get a plain line every few seconds, and the summary says the rest.
	if p.terminal {
		if now.Sub(p.last) < 200*time.Millisecond && s.FilesDone < s.FilesTotal {
			return
		}
	} else if now.Sub(p.last) < 5*time.Second {
		return
	}
	p.last = now
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Read) / s.Elapsed.Seconds()
	}
	eta := "?"
	if s.FilesDone > 0 && s.FilesTotal > s.FilesDone {
		left := time.Duration(float64(s.Elapsed) * float64(s.FilesTotal-s.FilesDone) / float64(s.FilesDone))
		eta = left.Round(time.Second).String()
	} else if s.FilesTotal == s.FilesDone {
		eta = "0s"
	}
	if !p.terminal {
		fmt.Fprintf(p.w, "progress: %d/%d files, %d articles, %d written, %d unchanged, %d failed, %.1f articles/s, eta %s\n",
			s.FilesDone, s.FilesTotal, s.Read, s.Written, s.Unchanged, s.Failed, rate, eta)
		return
	}
	const width = 30
	filled := width
	if s.FilesTotal > 0 {
		filled = width * s.FilesDone / s.FilesTotal
	}
	bar := strings.Repeat("#", filled) + strings.Repeat(".", width-filled)
	fmt.Fprintf(p.w, "\r[%s] %d/%d files  %d articles  %d written  %.1f/s  eta %s ", bar, s.FilesDone, s.FilesTotal, s.Read, s.Written, rate, eta)
	p.drawn = true
}

func (p *progress) done() {
	if p.terminal && p.drawn {
		fmt.Fprintln(p.w)
	}
}
