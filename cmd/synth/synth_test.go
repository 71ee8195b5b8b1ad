package main

import (
	"reflect"
	"strings"
	"testing"
	"time"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/queries"
)

func TestCorpusIsTheSameForTheSameSeed(t *testing.T) {
	cat, err := loadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	a, b := newGenerator(cat, 7, 1000), newGenerator(cat, 7, 1000)
	for i := 0; i < 50; i++ {
		if x, y := a.article(i), b.article(i); !reflect.DeepEqual(x, y) {
			t.Fatalf("article %d differs between two generators of the same seed", i)
		}
	}
	if reflect.DeepEqual(newGenerator(cat, 8, 1000).article(0), newGenerator(cat, 7, 1000).article(0)) {
		t.Fatal("another seed gives the same first article")
	}
}

// share counts, over n articles, the share of articles each actor name appears in, and
// the number of distinct people.
func share(t *testing.T, n int) (map[string]float64, int) {
	t.Helper()
	cat, err := loadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(cat, 1, n)
	count := map[string]int{}
	people := map[string]bool{}
	for i := 0; i < n; i++ {
		x := g.article(i)
		if len(x.Entities) < 2 || len(x.Relations) == 0 {
			t.Fatalf("article %d has %d actors and %d relations", i, len(x.Entities), len(x.Relations))
		}
		for _, e := range x.Entities {
			count[e.Name]++
			if e.Type == diplograph.TypePerson {
				people[e.Name] = true
			}
		}
	}
	out := map[string]float64{}
	for k, v := range count {
		out[k] = float64(v) / float64(n)
	}
	return out, len(people)
}

func TestCorpusHasHubsAndALongTail(t *testing.T) {
	small, peopleSmall := share(t, 5000)
	// the first state and its head of state are in a large share of the articles
	if small["United States"] < 0.25 || small["Corin Hale"] < 0.1 {
		t.Fatalf("hub shares: United States %.2f, Corin Hale (President) %.2f", small["United States"], small["Corin Hale"])
	}
	// most actors are in few articles
	few := 0
	for _, s := range small {
		if s*5000 <= 20 {
			few++
		}
	}
	if few < len(small)/2 {
		t.Fatalf("%d of %d actors in at most 20 of 5,000 articles: no long tail", few, len(small))
	}
	// the tail grows with the corpus
	_, peopleLarge := share(t, 20000)
	if peopleLarge < 3*peopleSmall {
		t.Fatalf("%d people in 5,000 articles, %d in 20,000: the tail does not grow", peopleSmall, peopleLarge)
	}
}

func TestTailPeopleHaveNamesOfTheirOwn(t *testing.T) {
	cat, err := loadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(cat, 1, 1_000_000)
	seen := map[string]int{}
	for i := 0; i < g.tail; i++ {
		name := g.tailPerson(i).Name
		if j, dup := seen[name]; dup {
			t.Fatalf("people %d and %d are both %q", j, i, name)
		}
		seen[name] = i
	}
	if g.tail != 100000 {
		t.Fatalf("a million articles draw from %d lesser people, want 100,000", g.tail)
	}
}

func TestFullScansIncludeRelationshipTypeScans(t *testing.T) {
	plan := &queries.PlanNode{Operator: "ProduceResults@neo4j", Children: []*queries.PlanNode{
		{Operator: "Apply@neo4j", Children: []*queries.PlanNode{
			{Operator: "DirectedRelationshipTypeScan@neo4j", Details: "(a)-[r:MET_WITH]->(b)"},
			{Operator: "NodeIndexSeek@neo4j", Details: "RANGE INDEX a:Actor(key)"},
			{Operator: "UndirectedRelationshipTypeScan@neo4j", Details: "(a)-[r:DENIED]-(b)"},
			{Operator: "DirectedRelationshipTypeScan@neo4j", Details: "(a)-[r:ACCUSED]->(b)"},
			{Operator: "NodeByLabelScan@neo4j", Details: "c:Claim"},
		}},
	}}
	scans := fullScans(plan)
	if len(scans) != 4 || !strings.Contains(scans[0], "MET_WITH") {
		t.Fatalf("full scans %q, want the three relationship type scans and the label scan", scans)
	}
	if got, want := planNote(scans), "FULL SCAN (DirectedRelationshipTypeScan x2, UndirectedRelationshipTypeScan, NodeByLabelScan)"; got != want {
		t.Fatalf("plan note %q, want %q", got, want)
	}
	if got := planNote(fullScans(&queries.PlanNode{Operator: "NodeIndexSeek@neo4j"})); got != "index" {
		t.Fatalf("plan note of an index seek: %q", got)
	}
}

func TestReportCasesCoverTheWholeCatalog(t *testing.T) {
	mk := func(name string, params ...string) *queries.Report {
		r := &queries.Report{Name: name, Description: "d"}
		for _, p := range params {
			r.Params = append(r.Params, queries.Param{Name: p, Default: ""})
		}
		return r
	}
	reports := []*queries.Report{
		mk("plain", "limit"),
		mk("one", "actor", "since"),
		mk("accused", "actor", "target"),
		mk("pair", "actor", "other", "claim"),
		mk("target-only", "target"),
		mk("between", "actor", "other", "claim", "members"),
	}
	reports[len(reports)-1].Params[3].Default = true
	got := map[string][]string{}
	for _, c := range reportCases(reports, []string{"Hub One", "Hub Two"}) {
		got[c.report.Name] = append(got[c.report.Name], describeParams(c.params))
	}
	want := map[string][]string{
		"plain":       {"defaults"},
		"one":         {"defaults", "actor=Hub One"},
		"accused":     {"defaults", "actor=Hub One"},
		"pair":        {"defaults", "actor=Hub One claim=ceasefire other=Hub Two", "actor=Hub One other=Hub Two"},
		"target-only": {"defaults", "target=Hub One"},
		"between": {"defaults", "actor=Hub One claim=ceasefire other=Hub Two", "actor=Hub One other=Hub Two",
			"actor=Russia other=Ukraine", "actor=Russia"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("cases %v, want %v", got, want)
	}
	// the real catalog: every report runs at least with its defaults
	n := 0
	for _, c := range reportCases(queries.All(), []string{"A", "B"}) {
		if c.params == nil {
			n++
		}
	}
	if n != len(queries.All()) || n == 0 {
		t.Fatalf("%d default cases for %d reports", n, len(queries.All()))
	}
}

func TestPercentiles(t *testing.T) {
	ds := make([]time.Duration, 20)
	for i := range ds {
		ds[i] = time.Duration(20-i) * time.Millisecond
	}
	med, p95 := percentiles(ds)
	if med != 10*time.Millisecond || p95 != 19*time.Millisecond {
		t.Fatalf("median %v p95 %v of 1..20 ms", med, p95)
	}
}
