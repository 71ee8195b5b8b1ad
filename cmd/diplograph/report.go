package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/queries"
)

// reportOptions are the flags of `diplograph report`.
type reportOptions struct {
	Name   string
	Params []string
	// Since, Until, Limit, Offset and Sort are set only when their flag is given.
	Since, Until, Limit, Offset, Sort *string
	Format                            string
	// Width bounds a table's lines; 0 means $COLUMNS or queries.DefaultWidth.
	Width int
}

func newReportCmd(app *App) *cobra.Command {
	opts := &reportOptions{}
	var since, until, sort string
	var limit, offset int
	cmd := &cobra.Command{
		Use:   "report NAME",
		Short: "Run a canned report (list them with `diplograph reports`)",
		Long: `Runs one of the canned reports of queries/ against the graph and prints its rows.
Parameters are set with --param name=value (repeatable); --since, --until, --sort,
--offset and --limit set the parameters of those names. Rows come newest first
(undated last) unless --sort oldest. An actor parameter takes a key, a name, an alias
or a surname, in any case, with or without accents or a leading "the"; the
best-connected match is used (see ` + "`diplograph actors NAME`" + `), and a name that matches
nothing is refused with the closest names. An empty actor parameter means any actor.
Rows go to stdout (table, records, csv, json, jsonl or markdown; a table that cannot
fit the terminal is printed as records), messages to stderr.`,
		Example: `  diplograph report who-denied-what --param actor=Russia --since 2014-01-01
  diplograph report meetings -p actor=Lavrov -p other=Kerry --format csv
  diplograph report between -p actor=RUS -p other=UKR --until 2014-12 --limit 50
  diplograph report events --since 2024 --format csv --limit 100000 > events.csv
  diplograph report who-accused-whom --offset 100 --limit 100`,
		ValidArgs: queries.Names(),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return &flagError{fmt.Errorf("%s needs one report name; reports: %s",
					cmd.CommandPath(), strings.Join(queries.Names(), ", "))}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			flags := cmd.Flags()
			if flags.Changed("since") {
				opts.Since = &since
			}
			if flags.Changed("until") {
				opts.Until = &until
			}
			if flags.Changed("limit") {
				s := strconv.Itoa(limit)
				opts.Limit = &s
			}
			if flags.Changed("offset") {
				s := strconv.Itoa(offset)
				opts.Offset = &s
			}
			if flags.Changed("sort") {
				opts.Sort = &sort
			}
			return runReport(cmd.Context(), app, opts)
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&opts.Params, "param", "p", nil, "report parameter as name=value (repeatable)")
	f.StringVar(&since, "since", "", "first date, YYYY-MM-DD (or YYYY-MM, YYYY)")
	f.StringVar(&until, "until", "", "last date, YYYY-MM-DD (or YYYY-MM, YYYY)")
	f.IntVar(&limit, "limit", 0, "most rows (default: the report's own)")
	f.IntVar(&offset, "offset", 0, "rows to skip first, for paging (with --limit)")
	f.StringVar(&sort, "sort", "", "row order: newest (the default) or oldest, or a report's own choices")
	f.StringVarP(&opts.Format, "format", "f", string(queries.Table), "output format: table (records where a table cannot fit), records, csv, json, jsonl or markdown")
	return cmd
}

// runReport checks the report, its parameters and the format before connecting, runs
// the report and writes its rows to app.Out.
func runReport(ctx context.Context, app *App, opts *reportOptions) error {
	r, err := queries.Lookup(opts.Name)
	if err != nil {
		return err
	}
	format, err := queries.ParseFormat(opts.Format)
	if err != nil {
		return err
	}
	values, err := queries.ParseAssignments(opts.Params)
	if err != nil {
		return err
	}
	for name, v := range map[string]*string{
		queries.ParamSince: opts.Since, queries.ParamUntil: opts.Until, queries.ParamLimit: opts.Limit,
		queries.ParamOffset: opts.Offset, queries.ParamSort: opts.Sort,
	} {
		if v == nil {
			continue
		}
		if _, ok := r.Param(name); !ok {
			return diplograph.Errorf(diplograph.EINVALID, "report %s has no --%s; parameters: %s",
				r.Name, name, strings.Join(r.ParamNames(), ", "))
		}
		values[name] = *v
	}
	params, err := r.Bind(values)
	if err != nil {
		return err
	}
	store, err := app.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = store.Close(ctx) }()
	typed := map[string]any{}
	for k, v := range params {
		typed[k] = v
	}
	chosen, err := queries.ResolveActors(ctx, store.Driver(), store.Database(), params)
	if err != nil {
		return err
	}
	for _, name := range queries.ActorParams {
		if a, ok := chosen[name]; ok && a.Key != strings.TrimSpace(fmt.Sprint(typed[name])) {
			fmt.Fprintf(app.Err, "report %s: %s %q is %s (%s)\n", r.Name, name, typed[name], a.Name, a.Key)
		}
	}
	res, err := queries.Run(ctx, store.Driver(), store.Database(), r, params)
	if err != nil {
		return store.Error("run", err)
	}
	width := opts.Width
	if width <= 0 {
		width = terminalWidth()
	}
	if err := queries.Write(app.Out, res, format, width); err != nil {
		return err
	}
	switch limit, _ := params[queries.ParamLimit].(int64); {
	case len(res.Rows) == 0:
		fmt.Fprintf(app.Err, "report %s: no rows\n", r.Name)
	case limit > 0 && int64(len(res.Rows)) >= limit:
		fmt.Fprintf(app.Err, "report %s: first %d rows; raise --limit for more\n", r.Name, len(res.Rows))
	}
	return nil
}

// terminalWidth is the width of the terminal standard output writes to, else $COLUMNS
// when it holds a width, else queries.DefaultWidth.
func terminalWidth() int {
	if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil && w > 0 {
		return w
	}
	if n, err := strconv.Atoi(strings.TrimSpace(os.Getenv("COLUMNS"))); err == nil && n > 0 {
		return n
	}
	return queries.DefaultWidth
}
