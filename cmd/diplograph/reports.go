package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/queries"
)

// reportsOptions are the flags of `diplograph reports`.
type reportsOptions struct {
	Names  []string
	Format string
	Cypher bool
}

func newReportsCmd(app *App) *cobra.Command {
	opts := &reportsOptions{}
	cmd := &cobra.Command{
		Use:   "reports [NAME...]",
		Short: "List the canned reports with their descriptions and parameters",
		Long: `Lists every canned report (or the named ones): what it answers, its parameters
with their defaults, and the :params line that prepares Neo4j Browser for it.
With --cypher, prints the reports' Cypher, ready to paste into Browser after the
:params line. With --format, prints the list as a table, csv, json, jsonl or markdown.`,
		ValidArgs: queries.Names(),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Names = args
			return runReports(app.Out, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "", "list as table, csv, json, jsonl or markdown instead of text")
	f.BoolVar(&opts.Cypher, "cypher", false, "print the reports' :params line and Cypher")
	return cmd
}

func runReports(w io.Writer, opts *reportsOptions) error {
	reports := queries.All()
	if len(opts.Names) > 0 {
		reports = reports[:0]
		for _, name := range opts.Names {
			r, err := queries.Lookup(name)
			if err != nil {
				return err
			}
			reports = append(reports, r)
		}
	}
	if opts.Format != "" {
		format, err := queries.ParseFormat(opts.Format)
		if err != nil {
			return err
		}
		cat := queries.Catalog()
		if len(opts.Names) > 0 {
			keep := map[string]bool{}
			for _, r := range reports {
				keep[r.Name] = true
			}
			rows := cat.Rows[:0]
			for _, row := range cat.Rows {
				if keep[row[0].(string)] {
					rows = append(rows, row)
				}
			}
			cat.Rows = rows
		}
		return queries.Write(w, cat, format, terminalWidth())
	}
	for i, r := range reports {
		if i > 0 {
			if _, err := fmt.Fprintln(w); err != nil {
				return fmt.Errorf("write reports: %w", err)
			}
		}
		if opts.Cypher {
			if _, err := fmt.Fprintf(w, "%s\n%s", r.BrowserParams(), r.Cypher); err != nil {
				return fmt.Errorf("write report %s: %w", r.Name, err)
			}
			continue
		}
		if err := queries.WriteHelp(w, r); err != nil {
			return err
		}
	}
	return nil
}
