package queries_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
	"github.com/diplograph/diplograph/queries"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// readFixtures decodes the team-written extractions of testdata/fixtures.jsonl.
func readFixtures(tb testing.TB) []*diplograph.Extraction {
	tb.Helper()
	f, err := os.Open(filepath.Join("testdata", "fixtures.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var xs []*diplograph.Extraction
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var x diplograph.Extraction
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			tb.Fatalf("fixtures.jsonl:%d: %v", n, err)
		}
		xs = append(xs, &x)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return xs
}

// mustLoadFixtures opens a wiped database and writes the fixtures into it.
func mustLoadFixtures(tb testing.TB) *graph.Store {
	tb.Helper()
	s := graphtest.MustOpen(tb)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := s.Write(ctx, readFixtures(tb)); err != nil {
		tb.Fatalf("write fixtures: %v", err)
	}
	return s
}

// goldenCase is one report run whose output is kept in testdata/golden.
type goldenCase struct {
	name   string
	report string
	params map[string]string
}

// goldenCases runs every report with its defaults, then with the parameters an analyst
// would type.
var goldenCases = []goldenCase{
	{"who-denied-what", "who-denied-what", nil},
	{"who-denied-what-virtanen", "who-denied-what", map[string]string{"actor": "virtanen"}},
	{"who-accused-whom", "who-accused-whom", nil},
	{"who-accused-whom-target-chl", "who-accused-whom", map[string]string{"target": "chl", "since": "2024-03"}},
	{"who-accused-whom-quispe", "who-accused-whom", map[string]string{"actor": "Diego Quispe"}},
	{"contested-claims", "contested-claims", nil},
	{"contested-claims-bolivia", "contested-claims", map[string]string{"actor": "Bolivia"}},
	{"meetings", "meetings", nil},
	{"meetings-kask-june", "meetings", map[string]string{"actor": "Kask", "since": "2024-06-01", "until": "2024-06-30"}},
	{"agreements", "agreements", nil},
	{"agreements-peru", "agreements", map[string]string{"actor": "Lima", "other": "chile"}},
	{"actor", "actor", nil},
	{"actor-fin", "actor", map[string]string{"actor": "FIN"}},
	{"actor-fin-members", "actor", map[string]string{"actor": "Finland", "members": "true", "type": "DENIED"}},
	{"between", "between", nil},
	{"between-chile-peru", "between", map[string]string{"actor": "Chile", "other": "Peru"}},
	{"between-chile-peru-exact", "between", map[string]string{"actor": "Chile", "other": "Peru", "members": "false"}},
	{"top-actors", "top-actors", nil},
	{"top-actors-accused", "top-actors", map[string]string{"type": "ACCUSED", "limit": "2", "until": "2024-05"}},
	{"evidence", "evidence", nil},
	{"evidence-trawlers", "evidence", map[string]string{"claim": "trawlers Peruvian"}},
	{"evidence-met-morales", "evidence", map[string]string{"type": "MET_WITH", "actor": "Elena Morales"}},
	{"who-accused-whom-oldest", "who-accused-whom", map[string]string{"sort": "oldest"}},
	{"who-accused-whom-page-2", "who-accused-whom", map[string]string{"offset": "2", "limit": "2"}},
	{"events", "events", nil},
	{"events-oldest-2024-03", "events", map[string]string{"sort": "oldest", "since": "2024-03", "until": "2024-03"}},
	{"events-denied-chile", "events", map[string]string{"type": "DENIED", "actor": "SANTIAGO"}},
}

var extensions = map[queries.Format]string{
	queries.Table: "txt", queries.CSV: "csv", queries.JSON: "json", queries.Markdown: "md", queries.JSONLines: "jsonl",
}

// bind binds the given values to report r's parameters and resolves the actors they name,
// as `diplograph report` does before running it.
func bind(ctx context.Context, t testing.TB, s *graph.Store, r *queries.Report, given map[string]string) map[string]any {
	t.Helper()
	params, err := r.Bind(given)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := queries.ResolveActors(ctx, s.Driver(), s.Database(), params); err != nil {
		t.Fatalf("%s %v: %v", r.Name, given, err)
	}
	return params
}

func TestReportsGolden(t *testing.T) {
	s := mustLoadFixtures(t)
	ctx := context.Background()
	covered := map[string]bool{}
	for _, gc := range goldenCases {
		t.Run(gc.name, func(t *testing.T) {
			r, err := queries.Lookup(gc.report)
			if err != nil {
				t.Fatal(err)
			}
			covered[r.Name] = true
			params := bind(ctx, t, s, r, gc.params)
			res, err := queries.Run(ctx, s.Driver(), s.Database(), r, params)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range queries.Formats {
				if extensions[f] == "" {
					continue // records: the table's fallback, covered in format_test.go
				}
				var buf bytes.Buffer
				if err := queries.Write(&buf, res, f, 160); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				checkGolden(t, filepath.Join("testdata", "golden", gc.name+"."+extensions[f]), buf.Bytes())
			}
		})
	}
	for _, name := range queries.Names() {
		if !covered[name] {
			t.Errorf("report %s has no golden case", name)
		}
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./queries/ -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output:\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

// fullScans are the plan operators that read every node of a label or of the graph, or
// every relationship of a type or of the graph.
var fullScans = map[string]bool{
	"NodeByLabelScan": true, "AllNodesScan": true,
	"DirectedRelationshipTypeScan": true, "UndirectedRelationshipTypeScan": true,
	"DirectedAllRelationshipsScan": true, "UndirectedAllRelationshipsScan": true,
}

// TestReportsUseIndexes fails when a report's plan, with its defaults or with an actor
// named, reads all nodes of a label or all relationships of a type instead of starting
// from an index.
func TestReportsUseIndexes(t *testing.T) {
	s := mustLoadFixtures(t)
	ctx := context.Background()
	for _, r := range queries.All() {
		cases := []map[string]string{nil}
		if _, ok := r.Param("actor"); ok {
			cases = append(cases, map[string]string{"actor": "Chile"})
		}
		for _, given := range cases {
			params, err := r.Bind(given)
			if err != nil {
				t.Fatal(err)
			}
			plan, err := queries.Explain(ctx, s.Driver(), s.Database(), r, params)
			if err != nil {
				t.Fatalf("%s: %v", r.Name, err)
			}
			ops := plan.Operators()
			if len(ops) < 3 {
				t.Errorf("%s: implausible plan %v", r.Name, ops)
			}
			for _, bad := range findScans(plan, nil) {
				t.Errorf("%s %v: plan has a full scan %s", r.Name, given, bad)
			}
		}
	}
}

// findScans returns "Operator details" for every full scan in the plan tree.
func findScans(p *queries.PlanNode, out []string) []string {
	p.Walk(func(n *queries.PlanNode) {
		if fullScans[strings.SplitN(n.Operator, "@", 2)[0]] {
			out = append(out, n.Operator+" "+n.Details)
		}
	})
	return out
}

// TestFindScansSeesLabelScan proves the scan check can fail: a query that must read every
// Actor node has a NodeByLabelScan in its plan, found below an Apply's second child.
func TestFindScansSeesLabelScan(t *testing.T) {
	s := mustLoadFixtures(t)
	r, err := queries.ParseReport("probe.cypher", "// @report probe\n// @description probe\n"+
		"MATCH (c:Country {key: 'CHL'}) CALL (c) { MATCH (a:Actor) WHERE a.name STARTS WITH c.name RETURN a } RETURN a.name")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := queries.Explain(context.Background(), s.Driver(), s.Database(), r, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := findScans(plan, nil); len(got) == 0 {
		t.Fatalf("no full scan found in %v", plan.Operators())
	}
	r, err = queries.ParseReport("probe.cypher", "// @report probe\n// @description probe\n"+
		"MATCH ()-[r:ACCUSED]->() RETURN r.first_seen ORDER BY r.first_seen DESC LIMIT 3")
	if err != nil {
		t.Fatal(err)
	}
	if plan, err = queries.Explain(context.Background(), s.Driver(), s.Database(), r, nil); err != nil {
		t.Fatal(err)
	}
	if got := findScans(plan, nil); len(got) == 0 {
		t.Fatalf("no relationship type scan found in %v", plan.Operators())
	}
}

// TestNamedReportsPageLikeTheWhole checks that a report with an actor named, which reads
// only as many of the actor's articles as its page needs, gives the rows of the whole
// report: every page equals the same slice of the report run with no practical limit
// (which reads every article of the actor). Ten articles share each date, so that pages
// end inside a day.
func TestNamedReportsPageLikeTheWhole(t *testing.T) {
	s := mustLoadFixtures(t)
	ctx := context.Background()
	xs := growthArticles(420)
	for i, x := range xs {
		x.Article.Date = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%42).Format("2006-01-02")
	}
	members := memberArticles(400)
	for i, x := range members {
		x.Article.Date = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%40).Format("2006-01-02")
	}
	if err := s.Write(ctx, append(xs, members...)); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		report string
		params map[string]string
	}{
		{"actor", map[string]string{"actor": "Russia"}},
		{"actor", map[string]string{"actor": "Ukraine", "sort": "oldest"}},
		{"actor", map[string]string{"actor": "RUS", "since": "2015-01-10", "until": "2015-01-30"}},
		{"between", map[string]string{"actor": "Russia", "other": "Ukraine"}},
		{"between", map[string]string{"actor": "Ukraine", "other": "Russia", "sort": "oldest", "since": "2015-01-05"}},
		{"between", map[string]string{"actor": "United States", "other": "Dale Ward", "sort": "oldest"}},
		{"between", map[string]string{"actor": "RUS", "other": "UKR", "claim": "ceasefire", "since": "2015-01-12"}},
		{"agreements", map[string]string{"actor": "United States", "other": "Dale Ward", "members": "true"}},
		{"agreements", map[string]string{"actor": "RUS"}},
		{"evidence", map[string]string{"actor": "Russia", "claim": "ceasefire"}},
		{"events", map[string]string{"other": "France", "type": "ACCUSED"}},
		{"who-accused-whom", map[string]string{"actor": "Russia"}},
		{"who-accused-whom", map[string]string{"target": "Russia", "sort": "oldest", "until": "2015-02-01"}},
		{"who-accused-whom", map[string]string{"actor": "Germany", "target": "Russia"}},
		{"who-denied-what", map[string]string{"actor": "Russia"}},
		{"who-denied-what", map[string]string{"actor": "Russia", "sort": "oldest", "since": "2015-01-20"}},
		{"contested-claims", map[string]string{"actor": "Russia"}},
		{"contested-claims", map[string]string{"actor": "Russia", "since": "2015-02-01"}},
		{"between", map[string]string{"actor": "Ukraine"}},
		{"between", map[string]string{"actor": "RUS", "sort": "oldest", "since": "2015-01-10"}},
		{"between", map[string]string{"actor": "Russia", "claim": "ceasefire"}},
	}
	for _, tc := range cases {
		r, err := queries.Lookup(tc.report)
		if err != nil {
			t.Fatal(err)
		}
		run := func(offset, limit int) [][]any {
			given := map[string]string{"offset": fmt.Sprint(offset), "limit": fmt.Sprint(limit)}
			for k, v := range tc.params {
				given[k] = v
			}
			params := bind(ctx, t, s, r, given)
			res, err := queries.Run(ctx, s.Driver(), s.Database(), r, params)
			if err != nil {
				t.Fatalf("%s %v: %v", tc.report, given, err)
			}
			return res.Rows
		}
		whole := run(0, 1000000)
		if len(whole) < 4 {
			t.Errorf("%s %v: %d rows; the case needs more to page through", tc.report, tc.params, len(whole))
		}
		for _, page := range [][2]int{{0, 3}, {3, 3}, {0, 11}, {11, 11}, {17, 25}} {
			got := run(page[0], page[1])
			from, to := min(page[0], len(whole)), min(page[0]+page[1], len(whole))
			if !reflect.DeepEqual(got, whole[from:to]) {
				t.Errorf("%s %v offset %d limit %d:\n got %v\nwant %v", tc.report, tc.params, page[0], page[1], got, whole[from:to])
			}
		}
	}
}

// TestTopActorsWithinDatesCountsTheWindow checks top-actors within dates, which sums the
// counts per month kept on the actors, against a count of every report of the window:
// windows of whole months, parts of months, one month, open at either end; after some
// articles were written again with other dates (their earlier reports taken out of the
// months).
func TestTopActorsWithinDatesCountsTheWindow(t *testing.T) {
	s := mustLoadFixtures(t)
	ctx := context.Background()
	xs := growthArticles(600)
	for i, x := range xs {
		x.Article.Date = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 3*i).Format("2006-01-02")
	}
	if err := s.Write(ctx, xs); err != nil {
		t.Fatal(err)
	}
	moved := xs[100:160]
	for _, x := range moved {
		d, _ := time.Parse("2006-01-02", x.Article.Date)
		x.Article.Date = d.AddDate(0, 1, 9).Format("2006-01-02")
	}
	if err := s.Replace(ctx, moved); err != nil {
		t.Fatal(err)
	}
	const reference = `
MATCH ()-[rep:REPORTED_IN]->()
WHERE rep.date >= $since AND rep.date <= $until AND rep.date <> ''
UNWIND [k IN ['accused', 'denied', 'agreed', 'met'] WHERE $kind = '' OR k = $kind] AS k
UNWIND range(0, size(coalesce(rep[k + '_sources'], [])) - 1) AS i
WITH rep, k, rep[k + '_sources'][i] AS sk, rep[k + '_targets'][i] AS tk
UNWIND CASE WHEN k IN ['met', 'agreed'] THEN [[sk, tk], [tk, sk]] ELSE [[sk, tk]] END AS side
WITH rep, k, side[0] AS ak, side[1] AS ok
WHERE ak <> ''
WITH k, ak, count(DISTINCT CASE k WHEN 'met' THEN [ok, elementId(endNode(rep))] ELSE elementId(rep) END) AS reports
ORDER BY k, reports DESC, ak
WITH k, collect([ak, reports])[..$limit] AS top
UNWIND top AS t
RETURN CASE k WHEN 'met' THEN 'MET_WITH' WHEN 'accused' THEN 'ACCUSED' WHEN 'denied' THEN 'DENIED' ELSE 'AGREED_TO' END
       + ' ' + t[0] + ' ' + toString(t[1]) AS row
ORDER BY row`
	kinds := map[string]string{"": "", "ACCUSED": "accused", "MET_WITH": "met", "AGREED_TO": "agreed"}
	r, err := queries.Lookup("top-actors")
	if err != nil {
		t.Fatal(err)
	}
	windows := [][2]string{
		{"", "2016-03-31"}, {"2016-02-10", "2017-05-20"}, {"2016-03-01", "2016-03-31"}, {"2016-03-05", "2016-03-25"},
		{"2016-03-05", "2016-04-25"}, {"2015", ""}, {"2017-06-15", ""}, {"", "2015-06-14"}, {"2015-02", "2019"},
	}
	for _, w := range windows {
		for typ, kind := range kinds {
			for _, limit := range []int{3, 50} {
				given := map[string]string{"type": typ, "limit": fmt.Sprint(limit)}
				if w[0] != "" {
					given["since"] = w[0]
				}
				if w[1] != "" {
					given["until"] = w[1]
				}
				params, err := r.Bind(given)
				if err != nil {
					t.Fatal(err)
				}
				res, err := queries.Run(ctx, s.Driver(), s.Database(), r, params)
				if err != nil {
					t.Fatalf("%v: %v", given, err)
				}
				var got []string
				col := map[string]int{}
				for i, c := range res.Columns {
					col[c] = i
				}
				for _, row := range res.Rows {
					got = append(got, fmt.Sprintf("%v %v %v", row[col["type"]], row[col["actor_key"]], row[col["reports"]]))
				}
				sort.Strings(got)
				ref, err := queries.ParseReport("reference.cypher", "// @report reference\n// @description reference\n"+reference)
				if err != nil {
					t.Fatal(err)
				}
				want, err := queries.Run(ctx, s.Driver(), s.Database(), ref, map[string]any{
					"since": params["since"], "until": params["until"], "kind": kind, "limit": int64(limit)})
				if err != nil {
					t.Fatal(err)
				}
				var wantRows []string
				for _, row := range want.Rows {
					wantRows = append(wantRows, fmt.Sprint(row[0]))
				}
				sort.Strings(wantRows)
				if len(wantRows) == 0 {
					t.Errorf("%v: the window has no reports; the case tests nothing", given)
				}
				if !reflect.DeepEqual(got, wantRows) {
					t.Errorf("%v:\n got %v\nwant %v", given, got, wantRows)
				}
			}
		}
	}
}

// TestClaimPartiesListTenAndCountAll checks the lists of a claim's parties: each claim of
// partyArticles has ten regular accusers in many articles and a new official in each of
// its articles; contested-claims and who-denied-what name the ten regulars (the parties
// with the most articles) and count every accuser, of all time and within dates.
func TestClaimPartiesListTenAndCountAll(t *testing.T) {
	s := graphtest.MustOpen(t)
	ctx := context.Background()
	const n = 300
	if err := s.Write(ctx, partyArticles(n)); err != nil {
		t.Fatal(err)
	}
	regulars := make([]any, 10)
	for k := range regulars {
		regulars[k] = fmt.Sprintf("Regular Accuser %d", k)
	}
	sort.Slice(regulars, func(i, j int) bool { return regulars[i].(string) < regulars[j].(string) })
	run := func(report string, given map[string]string) (*queries.Result, map[string]int) {
		t.Helper()
		r, err := queries.Lookup(report)
		if err != nil {
			t.Fatal(err)
		}
		params := bind(ctx, t, s, r, given)
		res, err := queries.Run(ctx, s.Driver(), s.Database(), r, params)
		if err != nil {
			t.Fatalf("%s %v: %v", report, given, err)
		}
		col := map[string]int{}
		for i, c := range res.Columns {
			col[c] = i
		}
		return res, col
	}
	// the accusers of claim c (partyArticles' i%3) in the articles from the first'th on
	accusers := func(c, first int) int64 {
		tail := 0
		for i := first; i < n; i++ {
			if i%3 == c {
				tail++
			}
		}
		return int64(10 + tail)
	}
	claimIndex := map[string]int{"violating the ceasefire": 0, "shelling civilians": 1, "hoarding grain": 2}
	for _, tc := range []struct {
		since string
		first int
	}{{"", 0}, {"2015-06-01", 151}} {
		res, col := run("contested-claims", map[string]string{"since": tc.since})
		if len(res.Rows) != 3 {
			t.Fatalf("contested-claims since %q: %d rows, want 3", tc.since, len(res.Rows))
		}
		for _, row := range res.Rows {
			c := claimIndex[row[col["claim"]].(string)]
			if got := row[col["alleged_by"]]; !reflect.DeepEqual(got, regulars) {
				t.Errorf("contested-claims since %q, %v: alleged_by %v, want the ten regulars", tc.since, row[col["claim"]], got)
			}
			if got, want := row[col["alleged_by_count"]], accusers(c, tc.first); got != want {
				t.Errorf("contested-claims since %q, %v: alleged_by_count %v, want %d", tc.since, row[col["claim"]], got, want)
			}
			if got := []any{row[col["against"]], row[col["against_count"]], row[col["denied_by"]], row[col["denied_by_count"]]}; !reflect.DeepEqual(got,
				[]any{[]any{"Russia"}, int64(1), []any{"Russia"}, int64(1)}) {
				t.Errorf("contested-claims since %q, %v: against, denied_by and their counts %v", tc.since, row[col["claim"]], got)
			}
		}
	}
	res, col := run("who-denied-what", map[string]string{"actor": "Russia", "limit": "20"})
	if len(res.Rows) != 20 {
		t.Fatalf("who-denied-what: %d rows, want 20", len(res.Rows))
	}
	for _, row := range res.Rows {
		c := claimIndex[row[col["claim"]].(string)]
		names := row[col["accused_by"]].([]any)
		// the official of the article and the ten regulars
		if len(names) != 11 || !strings.HasPrefix(names[len(names)-1].(string), "Tail Official") {
			t.Errorf("who-denied-what %v %v: accused_by %v, want the article's official and the ten regulars", row[col["date"]], row[col["claim"]], names)
		}
		if got, want := row[col["accused_by_count"]], accusers(c, 0); got != want {
			t.Errorf("who-denied-what %v %v: accused_by_count %v, want %d", row[col["date"]], row[col["claim"]], got, want)
		}
	}
}
