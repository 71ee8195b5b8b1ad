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

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/cputime"
	"github.com/diplograph/diplograph/queries"
)

// benchOptions are the flags of synth bench.
type benchOptions struct {
	n, from, every, runs, batch int
	seed                        uint64
	wipe, skip, rewrite         bool
	serverPID                   int
}

func runBench(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("synth bench", flag.ContinueOnError)
	fs.SetOutput(errOut)
	var o benchOptions
	fs.IntVar(&o.n, "n", 10000, "number of articles")
	fs.Uint64Var(&o.seed, "seed", 1, "random seed")
	fs.IntVar(&o.runs, "runs", 30, "timed runs per report")
	fs.IntVar(&o.batch, "batch", 500, "articles per write transaction")
	fs.IntVar(&o.every, "every", 0, "articles per measured step of the write (0: a tenth of -n)")
	fs.IntVar(&o.from, "from", 0, "write from this article on (the earlier ones are there from an interrupted run)")
	fs.BoolVar(&o.wipe, "wipe", false, "delete everything in the database first")
	fs.BoolVar(&o.skip, "skip-ingest", false, "do not write the corpus (it is there from an earlier run)")
	fs.BoolVar(&o.rewrite, "rewrite", false, "replace every article's facts again, after writing them unless -skip-ingest (what ingest --force does)")
	fs.IntVar(&o.serverPID, "server-pid", 0, "process id of a Neo4j server on this machine, to report its CPU time per article")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case o.runs < 1:
		return fmt.Errorf("-runs must be at least 1")
	case o.n < 1:
		return fmt.Errorf("-n must be at least 1")
	case o.from < 0 || o.from > o.n:
		return fmt.Errorf("-from must be between 0 and -n (%d)", o.n)
	case o.every < 0:
		return fmt.Errorf("-every must not be negative")
	}
	if o.every == 0 {
		o.every = max(o.n/10, 1)
	}
	cfg := graph.Config{
		URI: env("DIPLOGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687"), User: env("DIPLOGRAPH_NEO4J_USER", "neo4j"),
		Password: env("DIPLOGRAPH_NEO4J_PASSWORD", "diplograph-local"), Database: env("DIPLOGRAPH_NEO4J_DATABASE", ""),
		BatchSize: o.batch,
	}
	store, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() { _ = store.Close(ctx) }()
	if o.wipe {
		start := time.Now()
		if err := store.DeleteAll(ctx); err != nil {
			return fmt.Errorf("wipe: %w", err)
		}
		fmt.Fprintf(errOut, "wiped the database in %v\n", time.Since(start).Round(time.Millisecond))
	}
	if err := store.ApplySchema(ctx); err != nil {
		return err
	}
	cat, err := loadCatalog()
	if err != nil {
		return err
	}
	if !o.skip {
		fmt.Fprintf(out, "### Writing %d synthetic articles, %d per transaction\n\n", o.n-o.from, o.batch)
		if err := writeCorpus(ctx, store, cat, o, store.Write, out, errOut); err != nil {
			return err
		}
		fmt.Fprintln(out)
	}
	if o.rewrite {
		fmt.Fprintf(out, "### Replacing the facts of the same %d articles (ingest --force)\n\n", o.n-o.from)
		if err := writeCorpus(ctx, store, cat, o, store.Replace, out, errOut); err != nil {
			return err
		}
		fmt.Fprintln(out)
	}
	if err := printCounts(ctx, store, errOut); err != nil {
		return err
	}
	hubs, err := topActors(ctx, store, 2)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "### Reports (%d runs each, after two warm-up runs; hubs: %s)\n\n", o.runs, strings.Join(hubs, ", "))
	fmt.Fprintf(out, "| report | parameters | rows | p50 ms | p95 ms | db hits | plan |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	for _, bc := range reportCases(queries.All(), hubs) {
		if err := benchReport(ctx, store, bc, o.runs, out, errOut); err != nil {
			return err
		}
	}
	return nil
}

// writeCorpus generates the articles from o.from to o.n and writes them with write in
// steps of o.every articles, printing a row per step: the graph's size, the step's write
// rate and, when the server's process is known, its CPU time per article. The rate of
// the first and the last step tell whether writing slows down as the graph grows.
func writeCorpus(ctx context.Context, store *graph.Store, cat *catalog, o benchOptions,
	write func(context.Context, []*diplograph.Extraction) error, out, errOut io.Writer) error {
	g := newGenerator(cat, o.seed, o.n)
	for i := 0; i < o.from; i++ {
		g.article(i) // the same random sequence as a run from the start
	}
	fmt.Fprintf(out, "| articles | step articles/s | server CPU ms/article | client CPU ms/article |\n| --- | --- | --- | --- |\n")
	var first, last float64
	total := time.Duration(0)
	for i := o.from; i < o.n; i += o.every {
		j := min(i+o.every, o.n)
		xs := make([]*diplograph.Extraction, 0, j-i)
		for k := i; k < j; k++ {
			xs = append(xs, g.article(k))
		}
		server0, _ := cputime.Process(o.serverPID)
		client0 := cputime.Used()
		start := time.Now()
		if err := write(ctx, xs); err != nil {
			return fmt.Errorf("articles %d-%d: %w", i+1, j, err)
		}
		took := time.Since(start)
		total += took
		rate := float64(j-i) / took.Seconds()
		if i == o.from {
			first = rate
		}
		last = rate
		serverNote := "-"
		if s1, ok := cputime.Process(o.serverPID); ok {
			serverNote = fmt.Sprintf("%.2f", ms(s1-server0)/float64(j-i))
		}
		fmt.Fprintf(out, "| %d | %.0f | %s | %.2f |\n", j, rate, serverNote, ms(cputime.Used()-client0)/float64(j-i))
		fmt.Fprintf(errOut, "%d/%d articles written, %.0f articles/s in this step\n", j, o.n, rate)
	}
	fmt.Fprintf(out, "\n%d articles in %v: %.0f articles/s; the last step at %.0f%% of the first's rate\n",
		o.n-o.from, total.Round(time.Millisecond), float64(o.n-o.from)/total.Seconds(), 100*last/first)
	return nil
}

// benchCase is one report with the parameters it runs with.
type benchCase struct {
	report *queries.Report
	params map[string]string
}

// Parameters that name an actor, by what they play in a report; the bench names the hubs.
var (
	firstActorParams  = []string{"actor", "target"}
	secondActorParams = []string{"other"}
	// claimWords is what the bench looks for with a claim parameter: a word of many
	// claims of the generator's list.
	claimWords = map[string]string{"claim": "ceasefire"}
	// countryPair are two states of middling share that a report between two sides
	// names with their people and bodies (members=true).
	countryPair = [2]string{"Russia", "Ukraine"}
)

// reportCases runs every report of the catalog with its defaults, and every report with
// a parameter naming an actor once more with the busiest actors (hubs[0], and hubs[1] as
// the other party) and a common claim word: the most expensive actor a user can name. A
// report with a second party runs again with the two hubs and no claim, and one that
// counts a state's members as the state by default with countryPair, and with the first
// of them alone.
func reportCases(reports []*queries.Report, hubs []string) []benchCase {
	var out []benchCase
	for _, r := range reports {
		out = append(out, benchCase{report: r})
		named := map[string]string{}
		for _, p := range firstActorParams {
			if _, ok := r.Param(p); ok && len(hubs) > 0 {
				named[p] = hubs[0]
				break
			}
		}
		if len(named) == 0 {
			continue
		}
		for _, p := range secondActorParams {
			if _, ok := r.Param(p); ok && len(hubs) > 1 {
				named[p] = hubs[1]
				break
			}
		}
		for p, w := range claimWords {
			if _, ok := r.Param(p); ok {
				named[p] = w
			}
		}
		out = append(out, benchCase{report: r, params: named})
		if other, ok := secondParam(r); ok && len(hubs) > 1 {
			pair := map[string]string{}
			for p, v := range named {
				if _, isClaim := claimWords[p]; !isClaim {
					pair[p] = v
				}
			}
			if len(pair) < len(named) {
				out = append(out, benchCase{report: r, params: pair})
			}
			if m, ok := r.Param("members"); ok && m.Default == true {
				states := map[string]string{other: countryPair[1]}
				alone := map[string]string{}
				for p := range pair {
					if p != other {
						states[p] = countryPair[0]
						alone[p] = countryPair[0]
					}
				}
				out = append(out, benchCase{report: r, params: states}, benchCase{report: r, params: alone})
			}
		}
	}
	return out
}

// secondParam returns the parameter of r that names the other party, if it has one.
func secondParam(r *queries.Report) (string, bool) {
	for _, p := range secondActorParams {
		if _, ok := r.Param(p); ok {
			return p, true
		}
	}
	return "", false
}

// benchReport explains, profiles and times one report case and prints its row.
func benchReport(ctx context.Context, store *graph.Store, bc benchCase, runs int, out, errOut io.Writer) error {
	r := bc.report
	bound, err := r.Bind(bc.params)
	if err != nil {
		return err
	}
	// an actor parameter is resolved as the command does it, in the timed runs too
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
	durations := make([]time.Duration, 0, runs)
	for i := -2; i < runs; i++ { // two warm-up runs fill the plan and page caches
		start := time.Now()
		params, err := resolve()
		var res *queries.Result
		if err == nil {
			res, err = queries.Run(ctx, store.Driver(), store.Database(), r, params)
		}
		if err != nil {
			// a report that fails (over the transaction memory, say) is a row of the
			// table, not the end of the benchmark
			fmt.Fprintf(errOut, "%s %s: %v\n", r.Name, describeParams(bc.params), err)
			fmt.Fprintf(out, "| %s | %s | - | failed | failed | - | %s |\n", r.Name, describeParams(bc.params), planNote(scans))
			return nil
		}
		if i >= 0 {
			durations = append(durations, time.Since(start))
		}
		rows = len(res.Rows)
	}
	hits, err := dbHits(ctx, store, r, params)
	if err != nil {
		return err
	}
	med, p95 := percentiles(durations)
	fmt.Fprintf(out, "| %s | %s | %d | %.1f | %.1f | %d | %s |\n", r.Name, describeParams(bc.params), rows,
		ms(med), ms(p95), hits, planNote(scans))
	return nil
}

func planNote(scans []string) string {
	if len(scans) == 0 {
		return "index"
	}
	count := map[string]int{}
	var ops []string
	for _, s := range scans {
		op := strings.SplitN(s, " ", 2)[0]
		if count[op] == 0 {
			ops = append(ops, op)
		}
		count[op]++
	}
	for i, op := range ops {
		if count[op] > 1 {
			ops[i] = fmt.Sprintf("%s x%d", op, count[op])
		}
	}
	return "FULL SCAN (" + strings.Join(ops, ", ") + ")"
}

// scanOperators are the plan operators that read every node of a label or of the graph,
// or every relationship of a type or of the graph.
var scanOperators = map[string]bool{
	"AllNodesScan": true, "NodeByLabelScan": true, "UnionNodeByLabelsScan": true,
	"IntersectionNodeByLabelsScan": true, "SubtractionNodeByLabelsScan": true,
	"DirectedRelationshipTypeScan": true, "UndirectedRelationshipTypeScan": true,
	"DirectedUnionRelationshipTypesScan": true, "UndirectedUnionRelationshipTypesScan": true,
	"DirectedAllRelationshipsScan": true, "UndirectedAllRelationshipsScan": true,
}

// fullScans lists the scan operators of a plan with their details.
func fullScans(plan *queries.PlanNode) []string {
	var out []string
	plan.Walk(func(n *queries.PlanNode) {
		if scanOperators[strings.SplitN(n.Operator, "@", 2)[0]] {
			out = append(out, strings.SplitN(n.Operator, "@", 2)[0]+" "+n.Details)
		}
	})
	return out
}

// dbHits profiles one run of the report and returns the database hits of its plan.
func dbHits(ctx context.Context, store *graph.Store, r *queries.Report, params map[string]any) (int64, error) {
	res, err := neo4j.ExecuteQuery(ctx, store.Driver(), "PROFILE "+r.Cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(store.Database()), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return 0, fmt.Errorf("profile report %s: %w", r.Name, err)
	}
	p := res.Summary.Profile()
	if p == nil {
		return 0, fmt.Errorf("profile report %s: the server returned no profile", r.Name)
	}
	var sum func(neo4j.ProfiledPlan) int64
	sum = func(p neo4j.ProfiledPlan) int64 {
		n := p.DbHits()
		for _, c := range p.Children() {
			n += sum(c)
		}
		return n
	}
	return sum(p), nil
}

// topActors returns the names of the n actors mentioned in the most articles.
func topActors(ctx context.Context, store *graph.Store, n int) ([]string, error) {
	res, err := neo4j.ExecuteQuery(ctx, store.Driver(), `
MATCH (a:Actor)
RETURN a.name AS name ORDER BY COUNT { (a)<-[:MENTIONS]-() } DESC, name LIMIT $n`,
		map[string]any{"n": n}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(store.Database()), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, fmt.Errorf("find the busiest actors: %w", err)
	}
	var names []string
	for _, rec := range res.Records {
		if s, ok := rec.Values[0].(string); ok {
			names = append(names, s)
		}
	}
	return names, nil
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

// printCounts writes the number of nodes per label and relationships per type, the
// migrations' markers left out.
func printCounts(ctx context.Context, store *graph.Store, w io.Writer) error {
	for _, q := range []string{
		"MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS label RETURN label AS name, count(*) AS n ORDER BY name",
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
