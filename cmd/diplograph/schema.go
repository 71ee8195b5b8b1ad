package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newSchemaCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Apply the graph's constraints and indexes (idempotent)",
		Long: `Creates the uniqueness constraints on every node label's key and the indexes the
reports use, where they do not exist yet, and brings a graph written by an earlier
version up to date (once per database). Safe to run any number of times; ingest
runs it too.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			store, err := app.OpenStore(ctx)
			if err != nil {
				return err
			}
			defer func() { _ = store.Close(ctx) }()
			if err := store.ApplySchema(ctx); err != nil {
				return err
			}
			_, err = fmt.Fprintln(app.Err, "schema applied")
			return err
		},
	}
}
