package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/queries"
)

// actorsOptions are the flags of `diplograph actors`.
type actorsOptions struct {
	Query  string
	Format string
}

func newActorsCmd(app *App) *cobra.Command {
	opts := &actorsOptions{}
	cmd := &cobra.Command{
		Use:   "actors QUERY",
		Short: "List the actors a name matches, as report parameters read it",
		Long: `Lists the actors of the graph that QUERY matches by key, name, alias or surname
(case, accents and a leading "the" folded away), with their key, type, country,
aliases and fact counts, in the order an actor parameter of a report chooses: an
exact key first, then the best-connected. A query that matches nothing lists the
closest names.`,
		Example: `  diplograph actors Lavrov
  diplograph actors "the Kremlin" --format csv`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 || strings.TrimSpace(strings.Join(args, " ")) == "" {
				return &flagError{fmt.Errorf("%s needs a name to look up", cmd.CommandPath())}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Query = strings.Join(args, " ")
			return runActors(cmd.Context(), app, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", string(queries.Table), "output format: table, records, csv, json, jsonl or markdown")
	return cmd
}

func runActors(ctx context.Context, app *App, opts *actorsOptions) error {
	format, err := queries.ParseFormat(opts.Format)
	if err != nil {
		return err
	}
	store, err := app.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = store.Close(ctx) }()
	found, err := queries.FindActors(ctx, store.Driver(), store.Database(), opts.Query)
	if err != nil {
		return err
	}
	if len(found) == 0 {
		// the error names the closest actors, and the exit status is that of a name not found
		_, err := queries.ResolveActor(ctx, store.Driver(), store.Database(), opts.Query)
		return err
	}
	return queries.Write(app.Out, queries.ActorTable(found), format, terminalWidth())
}
