package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/config"
	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/ingest"
	"github.com/spf13/cobra"
)

func newExtractCmd(app *App) *cobra.Command {
	var unasserted bool
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print the facts found in articles as JSON Lines (no database needed)",
		Long: `Reads articles from files, folders (recursively) and "-" (standard input), and
prints one JSON object per article: its entities (people, countries, organizations,
meetings) and relations (MET_WITH, ACCUSED, DENIED, AGREED_TO), each relation with
the sentence it comes from. The format is the one the scorer reads.

Negated events are never printed. Planned and hypothetical ones ("will meet", "may
sign") are left out too unless --unasserted is given; they then carry a "status" of
"planned" or "hypothetical".

Inputs that cannot be read are reported on standard error, naming the file and the
problem; the rest is still extracted, and the exit status is 1.`,
		Example: `  diplograph extract samples/
  diplograph extract ../shared/corpus/dev/*.txt > out.jsonl`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ex, err := newExtractor(app)
			if err != nil {
				return err
			}
			ex.Unasserted = unasserted
			var enc *json.Encoder
			return extractEach(cmd, app, args, ex, func(w io.Writer, x *diplograph.Extraction) error {
				if enc == nil {
					enc = json.NewEncoder(w)
					enc.SetEscapeHTML(false)
				}
				return enc.Encode(x)
			})
		},
	}
	cmd.Flags().BoolVar(&unasserted, "unasserted", false, "also print planned and hypothetical relations, with their status")
	config.AddReadFlags(cmd.Flags())
	return cmd
}

// extractEach reads the articles of paths, extracts each with ex and hands the result,
// in input order, to emit with a buffered writer on the command's output. Inputs that
// cannot be read are reported once each, naming the file; the rest goes on, and the
// command then fails with errSomeFailed.
func extractEach(cmd *cobra.Command, app *App, paths []string, ex diplograph.Extractor, emit func(io.Writer, *diplograph.Extraction) error) error {
	w := bufio.NewWriterSize(app.Out, 1<<16)
	sum, err := ingest.Extract(cmd.Context(), paths, ex, ingestOptions(app), func(x *diplograph.Extraction) error {
		return emit(w, x)
	})
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write output: %w", ferr)
	}
	for _, f := range sum.Failures {
		fmt.Fprintf(app.Err, "diplograph: %s\n", f)
	}
	switch {
	case sum.Duplicates == 1:
		fmt.Fprintln(app.Err, "diplograph: 1 article read again (the same title and body) was extracted once")
	case sum.Duplicates > 1:
		fmt.Fprintf(app.Err, "diplograph: %d articles read again (the same title and body) were extracted once\n", sum.Duplicates)
	}
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return errSomeFailed
	}
	return nil
}

// ingestOptions are the job options the configuration gives.
func ingestOptions(app *App) ingest.Options {
	c := app.Config.Ingest
	return ingest.Options{
		Workers: app.Config.WorkerCount(), BatchSize: c.BatchSize, MaxFileBytes: c.MaxFileBytes,
		Force: c.Force, ExtractorVersion: extract.Version, Stdin: app.In, Logger: app.Logger,
	}
}

// newExtractor builds the extractor with the limits of the configuration.
func newExtractor(app *App) (*extract.Extractor, error) {
	ex, err := extract.New()
	if err != nil {
		return nil, err
	}
	c := app.Config.Extract
	ex.Limits = extract.Limits{
		Entities: c.MaxEntities, Meetings: c.MaxMeetings, Relations: c.MaxRelations,
		RelationsPerSentence: c.MaxRelationsPerSentence, NameChars: c.MaxNameChars, Aliases: c.MaxAliases,
		ClaimChars: c.MaxClaimChars, EvidenceChars: c.MaxEvidenceChars, TitleChars: c.MaxTitleChars,
	}
	return ex, nil
}
