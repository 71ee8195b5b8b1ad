package main

import (
	"bufio"
	"encoding/json"
	"fmt"

	diplograph "github.com/diplograph/diplograph"
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
			w := bufio.NewWriterSize(app.Out, 1<<16)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			sum, err := ingest.Extract(cmd.Context(), args, ex, ingestOptions(app), func(x *diplograph.Extraction) error {
				return enc.Encode(x)
			})
			if ferr := w.Flush(); err == nil && ferr != nil {
				err = fmt.Errorf("write output: %w", ferr)
			}
			for _, f := range sum.Failures {
				fmt.Fprintf(app.Err, "diplograph: %s\n", f)
			}
			if err != nil {
				return err
			}
			if sum.Failed > 0 {
				return errSomeFailed
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&unasserted, "unasserted", false, "also print planned and hypothetical relations, with their status")
	return cmd
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
