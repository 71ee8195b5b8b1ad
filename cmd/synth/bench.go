package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/queries"
)

// benchCase is one report with the parameters it runs with.
type benchCase struct {
	report string
	params map[string]string
}

// benchCases runs every report with its defaults, and those with actor parameters with
// popular actors named the way an analyst types them.
var benchCases = []benchCase{
	{"who-denied-what", nil},
	{"who-denied-what", map[string]string{"actor": "Russia"}},
	{"who-accused-whom", nil},
	{"who-accused-whom", map[string]string{"target": "Russia"}},
	{"contested-claims", nil},
	{"contested-claims", map[string]string{"actor": "Iran"}},
	{"meetings", nil},
	{"meetings", map[string]string{"actor": "Arkhipov", "since": "2014-01-01", "until": "2016-12-31"}},
	{"agreements", nil},
	{"agreements", map[string]string{"actor": "China"}},
	{"actor", nil},
	{"actor", map[string]string{"actor": "Viktor Arkhipov"}},
	{"between", nil},
	{"between", map[string]string{"actor": "RUS", "other": "UKR"}},
	{"top-actors", nil},
	{"top-actors", map[string]string{"type": "ACCUSED", "since": "2020-01-01"}},
	{"evidence", nil},
	{"evidence", map[string]string{"claim": "ceasefire", "actor": "Ukraine"}},
	{"events", nil},
	{"events", map[string]string{"type": "ACCUSED", "since": "2020-01-01", "until": "2020-12-31"}},
	{"who-accused-whom", map[string]string{"offset": "1000", "sort": "oldest"}},
}

func runBench(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("synth bench", flag.ContinueOnError)
	fs.SetOutput(errOut)
	n := fs.Int("n", 10000, "number of articles")
	seed := fs.Uint64("seed", 1, "random seed")
	runs := fs.Int("runs", 30, "timed runs per report")
	batch := fs.Int("batch", 500, "articles per write transaction")
	wipe := fs.Bool("wipe", false, "delete everything in the database first")
	skip := fs.Bool("skip-ingest", false, "do not write the corpus (it is there from an earlier run)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *runs < 1 {
		return fmt.Errorf("-runs must be at least 1")
	}
	cfg := graph.Config{
		URI: env("DIPLOGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687"), User: env("DIPLOGRAPH_NEO4J_USER", "neo4j"),
		Password: env("DIPLOGRAPH_NEO4J_PASSWORD", "diplograph-local"), Database: env("DIPLOGRAPH_NEO4J_DATABASE", ""),
		BatchSize: *batch,
	}
	store, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() { _ = store.Close(ctx) }()
	if *wipe {
		if err := store.DeleteAll(ctx); err != nil {
			return fmt.Errorf("wipe: %w", err)
		}
	}
	if err := store.ApplySchema(ctx); err != nil {
		return err
	}
	if !*skip {
		cat, err := loadCatalog()
		if err != nil {
			return err
		}
		xs := newGenerator(cat, *seed).corpus(*n)
		start := time.Now()
		if err := store.Write(ctx, xs); err != nil {
			return err
		}
		took := time.Since(start)
		fmt.Fprintf(errOut, "wrote %d articles in %v (%.0f articles/s)\n", len(xs), took.Round(time.Millisecond),
			float64(len(xs))/took.Seconds())
	}
	if err := printCounts(ctx, store, errOut); err != nil {
		return err
	}
	fmt.Fprintf(out, "| report | parameters | rows | median ms | p95 ms | db hits | memory KiB | plan |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n")
	for _, bc := range benchCases {
		r, err := queries.Lookup(bc.report)
		if err != nil {
			return err
		}
		bound, err := r.Bind(bc.params)
		if err != nil {
			return err
		}
		// an actor parameter is resolved as the command does it, in the timed run too
		resolve := func() (map[string]any, error) {
			params := make(map[string]any, len(bound))
			for k, v := range bound {
				params[k] = v
			}
			_, err := queries.ResolveActors(ctx, store.Driver(), store.Database(), params)
			return params, err
		}
		params, err := resolve()
		if err != nil {
			return err
		}
		plan, err := queries.Explain(ctx, store.Driver(), store.Database(), r, params)
		if err != nil {
			return err
		}
		scans := fullScans(plan)
		if len(scans) > 0 {
			fmt.Fprintf(errOut, "%s %s: full scans in the plan: %s\n", r.Name, describeParams(bc.params), strings.Join(scans, "; "))
		}
		var rows int
		durations := make([]time.Duration, 0, *runs)
		for i := -2; i < *runs; i++ { // two warm-up runs fill the plan and page caches
			start := time.Now()
			params, err := resolve()
			if err != nil {
				return err
			}
			res, err := queries.Run(ctx, store.Driver(), store.Database(), r, params)
			if err != nil {
				return err
			}
			if i >= 0 {
				durations = append(durations, time.Since(start))
			}
			rows = len(res.Rows)
		}
		prof, err := queries.ProfileReport(ctx, store.Driver(), store.Database(), r, params)
		if err != nil {
			return err
		}
		med, p95 := percentiles(durations)
		planNote := "index"
		if len(scans) > 0 {
			planNote = "FULL SCAN"
		}
		fmt.Fprintf(out, "| %s | %s | %d | %.1f | %.1f | %d | %d | %s |\n", r.Name, describeParams(bc.params), rows,
			ms(med), ms(p95), prof.DbHits, prof.Memory>>10, planNote)
	}
	return nil
}

// fullScans lists the operators of a plan that read every node of a label or of the
// graph, or every relationship of a type or of the graph.
func fullScans(plan *queries.PlanNode) []string {
	var out []string
	plan.Walk(func(n *queries.PlanNode) {
		switch strings.SplitN(n.Operator, "@", 2)[0] {
		case "NodeByLabelScan", "AllNodesScan", "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan",
			"DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan":
			out = append(out, n.Operator+" "+n.Details)
		}
	})
	return out
}

// percentiles returns the median and the 95th percentile (nearest rank) of ds.
func percentiles(ds []time.Duration) (median, p95 time.Duration) {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	rank := func(p float64) time.Duration {
		i := int(p*float64(len(s))+0.999999) - 1
		return s[max(0, min(i, len(s)-1))]
	}
	return rank(0.5), rank(0.95)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func describeParams(p map[string]string) string {
	if len(p) == 0 {
		return "defaults"
	}
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + p[k]
	}
	return strings.Join(parts, " ")
}

// printCounts writes the number of nodes per label and relationships per type.
func printCounts(ctx context.Context, store *graph.Store, w io.Writer) error {
	for _, q := range []string{
		"MATCH (n) UNWIND labels(n) AS label RETURN label AS name, count(*) AS n ORDER BY name",
		"MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS n ORDER BY name",
	} {
		res, err := neo4j.ExecuteQuery(ctx, store.Driver(), q, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(store.Database()), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			return fmt.Errorf("count graph: %w", err)
		}
		var parts []string
		for _, rec := range res.Records {
			parts = append(parts, fmt.Sprintf("%v %v", rec.Values[0], rec.Values[1]))
		}
		fmt.Fprintln(w, strings.Join(parts, ", "))
	}
	return nil
}

func env(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
