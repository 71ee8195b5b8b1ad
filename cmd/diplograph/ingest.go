package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/diplograph/diplograph/config"
	"github.com/diplograph/diplograph/ingest"
	"github.com/spf13/cobra"
	"golang.org/x/term"
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

Progress goes to stderr from the first second: articles read, extracted and
written (with written/s), bytes read and the share done, and an ETA from the bytes
left. JSON Lines inputs (a file or stdin) are read record by record in constant
memory; --max-file-bytes limits one article (one record), not the whole input.
--summary json prints the summary as JSON on stdout; --quiet prints only the
summary; --log-format json makes every line on stderr a JSON record.

Exit status: 0 all written, 1 some inputs failed, 2 usage or cancelled,
3 Neo4j unreachable, 4 Neo4j refused the credentials, 5 no such database.`,
		Example: `  DIPLOGRAPH_NEO4J_PASSWORD=... diplograph ingest samples/
  cat feed.jsonl | diplograph ingest -`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd, app, f, args)
		},
	}
	cmd.Flags().BoolVarP(&f.quiet, "quiet", "q", false, "print only the summary (counts and failures): no progress, no warnings")
	cmd.Flags().StringVar(&f.summary, "summary", "text", "summary format: text (on stderr) or json (on stdout)")
	config.AddIngestFlags(cmd.Flags())
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
	jsonLog := strings.EqualFold(app.Config.Log.Format, "json")
	if f.quiet {
		opt.Logger = newLogger(app.Err, config.Log{Level: "error", Format: app.Config.Log.Format})
	} else {
		opt.Progress = newProgress(app.Err, app.Logger, jsonLog).update
	}
	app.Logger.Debug("ingest starting", "config", app.Config.String())
	sum, runErr := ingest.Run(ctx, args, ex, store, opt)
	if sum.Written > 0 && ctx.Err() == nil {
		// the reports that follow are planned on the graph as the job left it
		begin := time.Now()
		if err := store.Replan(ctx); err != nil {
			app.Logger.Warn("the server kept its plans from before the job", "error", err)
		} else {
			app.Logger.Debug("index statistics refreshed", "took", time.Since(begin).Round(time.Millisecond))
		}
	}
	switch {
	case f.summary == "json":
		writeJSON(app.Out, sum)
	case jsonLog:
		logSummary(app.Logger, sum, f.quiet)
	default:
		printSummary(app.Err, sum, f.quiet)
	}
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

// printSummary writes the summary as text: one line of counts, then what was left
// undone, each failure once, and (unless quiet) the warnings.
func printSummary(w io.Writer, s ingest.Summary, quiet bool) {
	fmt.Fprintf(w, "ingested: %d files, %d articles read, %d unchanged, %d written, %d failed in %s\n",
		s.Files, s.Read, s.Unchanged, s.Written, s.Failed, s.Elapsed.Round(time.Millisecond))
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
	if quiet {
		return
	}
	for _, x := range s.Warnings {
		fmt.Fprintf(w, "  warning: %s\n", x)
	}
}

// logSummary writes the summary as log records: one with the counts, one per failure
// and (unless quiet) one per warning.
func logSummary(l *slog.Logger, s ingest.Summary, quiet bool) {
	l.Info("ingested", "files", s.Files, "read", s.Read, "duplicates", s.Duplicates, "unchanged", s.Unchanged,
		"extracted", s.Extracted, "written", s.Written, "not_written", s.NotWritten, "not_extracted", s.NotExtracted,
		"failed", s.Failed, "elapsed", s.Elapsed.Round(time.Millisecond).String())
	for _, x := range s.Failures {
		l.Error("failed", "source", x.Source, "line", x.Line, "problem", x.Problem)
	}
	if quiet {
		return
	}
	for _, x := range s.Warnings {
		l.Warn("warning", "source", x.Source, "line", x.Line, "problem", x.Problem)
	}
}

// progress shows the job's progress: on a terminal a line redrawn every second; in a
// JSON log a record every few seconds; otherwise a plain line after the first second
// and then every few seconds. The summary says the rest.
type progress struct {
	w        io.Writer
	log      *slog.Logger
	terminal bool
	json     bool
	width    int
	last     time.Time
	shown    bool
}

// plainEvery is the time between two progress lines that are not redrawn.
const plainEvery = 5 * time.Second

func newProgress(w io.Writer, log *slog.Logger, json bool) *progress {
	p := &progress{w: w, log: log, json: json}
	if f, ok := w.(*os.File); ok && !json && term.IsTerminal(int(f.Fd())) {
		p.terminal = true
		if width, _, err := term.GetSize(int(f.Fd())); err == nil && width > 0 {
			p.width = width
		}
	}
	return p
}

func (p *progress) update(s ingest.Progress) {
	if p.terminal {
		line := progressLine(s)
		if p.width > 1 {
			line = truncateRunes(line, p.width-1)
		}
		fmt.Fprintf(p.w, "\r%s\x1b[K", line)
		if s.Final {
			fmt.Fprintln(p.w)
		}
		return
	}
	// a final line only for a job short enough to have shown none: the summary follows
	if s.Final || (p.shown && time.Since(p.last) < plainEvery) {
		return
	}
	p.shown, p.last = true, time.Now()
	if p.json {
		eta, ok := s.ETA()
		etaText := ""
		if ok {
			etaText = eta.Round(time.Second).String()
		}
		p.log.Info("progress", "files_done", s.FilesDone, "files", s.FilesTotal, "read", s.Read,
			"extracted", s.Extracted, "unchanged", s.Unchanged, "written", s.Written, "failed", s.Failed,
			"bytes_read", s.BytesRead, "bytes_done", s.BytesDone, "bytes_total", s.BytesTotal,
			"written_per_s", round1(rate(s.Written, s.Elapsed)), "eta", etaText)
		return
	}
	fmt.Fprintf(p.w, "progress: %s\n", progressLine(s))
}

// progressLine is "1,234 articles read, 1,200 extracted, 1,100 written (52.1/s), 0
// unchanged, 2 failed; 12.3 of 45.6 MB (27% done), eta 3m10s".
func progressLine(s ingest.Progress) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles read, %d extracted, %d written (%.1f/s), %d unchanged, %d failed; ",
		s.Read, s.Extracted, s.Written, rate(s.Written, s.Elapsed), s.Unchanged, s.Failed)
	if s.BytesTotal >= 0 {
		fmt.Fprintf(&b, "%s of %s read", megabytes(s.BytesRead), megabytes(s.BytesTotal))
		if s.BytesTotal > 0 {
			fmt.Fprintf(&b, " (%d%% done)", s.BytesDone*100/s.BytesTotal)
		}
	} else {
		fmt.Fprintf(&b, "%s read", megabytes(s.BytesRead))
	}
	if s.FilesTotal > 1 {
		fmt.Fprintf(&b, ", %d/%d files", s.FilesDone, s.FilesTotal)
	}
	if eta, ok := s.ETA(); ok && !s.Final {
		fmt.Fprintf(&b, ", eta %s", eta.Round(time.Second))
	}
	return b.String()
}

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

func round1(x float64) float64 { return float64(int64(x*10+0.5)) / 10 }

func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }

// truncateRunes cuts s to n runes.
func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}
