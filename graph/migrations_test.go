package graph_test

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
)

// exec runs write statements as they are, the way a test shapes the graph an earlier
// version of the code wrote.
func exec(t testing.TB, s *graph.Store, qs ...string) {
	t.Helper()
	for _, q := range qs {
		if _, err := neo4j.ExecuteQuery(testCtx(t), s.Driver(), q, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.Database()), neo4j.ExecuteQueryWithWritersRouting()); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// forgetMigrations deletes the markers of the given migrations, or of all: a graph
// written by a version before the markers has none.
func forgetMigrations(t testing.TB, s *graph.Store, keys ...string) {
	t.Helper()
	if len(keys) == 0 {
		exec(t, s, `MATCH (m:Migration) DELETE m`)
		return
	}
	exec(t, s, `MATCH (m:Migration) WHERE m.key IN ['`+strings.Join(keys, `', '`)+`'] DELETE m`)
}

// migrationsDone returns the keys of the migrations the database records as done, sorted.
func migrationsDone(t testing.TB, s *graph.Store) []string {
	t.Helper()
	out := []string{}
	for _, r := range query(t, s, `MATCH (m:Migration) RETURN m.key AS key ORDER BY key`, nil) {
		out = append(out, r["key"].(string))
	}
	return out
}

// allMigrations are the keys of every migration, sorted.
func allMigrations() []string {
	keys := graph.MigrationKeys()
	sort.Strings(keys)
	return keys
}

// count runs a query that returns one count n.
func count(t testing.TB, s *graph.Store, q string) int64 {
	t.Helper()
	rows := query(t, s, q, nil)
	if len(rows) != 1 {
		t.Fatalf("%s: %d rows", q, len(rows))
	}
	n, _ := rows[0]["n"].(int64)
	return n
}

// oldGraphs are, per migration, what a version before it did not write, and a count of
// what the migration fills in.
var oldGraphs = []struct {
	migration string
	strip     []string
	missing   string
}{
	{"mention_dates",
		[]string{`MATCH ()-[m:MENTIONS]->() REMOVE m.actor, m.date`},
		`MATCH ()-[m:MENTIONS]->() WHERE m.actor IS NULL OR m.date IS NULL RETURN count(m) AS n`},
	{"report_months",
		[]string{`MATCH (a:Actor) REMOVE a.reports_met_months, a.reports_accused_months, a.reports_denied_months, a.reports_agreed_months`},
		`MATCH (a:Actor)
WHERE (a.reports_met_with > 0 AND a.reports_met_months IS NULL)
   OR (a.reports_accused > 0 AND a.reports_accused_months IS NULL)
   OR (a.reports_denied > 0 AND a.reports_denied_months IS NULL)
   OR (a.reports_agreed_to > 0 AND a.reports_agreed_months IS NULL)
RETURN count(a) AS n`},
	{"claim_keys",
		[]string{`MATCH ()-[r]->() WHERE r.claim IS NOT NULL REMOVE r.claim`, `MATCH (c:Claim) REMOVE c.denied_last`},
		`RETURN COUNT { MATCH (:Claim)-[r:ACCUSED|AGAINST|DENIED|AGREED_TO|REPORTED_IN]-() WHERE r.claim IS NULL }
     + COUNT { MATCH (c:Claim) WHERE c.denied_last IS NULL AND EXISTS { (c)<-[:DENIED]-() } } AS n`},
	{"report_pairs_2",
		[]string{`MATCH ()-[p:REPORTED_PAIR]->() DELETE p`, `MATCH (x:Actor) REMOVE x.groups`, `MATCH (a:Article) REMOVE a.pairs_version`},
		`RETURN COUNT { MATCH (a:Article) WHERE a.pairs_version IS NULL } + COUNT { MATCH (x:Actor) WHERE x.groups IS NULL } AS n`},
}

// TestMigrationsRunOnceOnAnOldGraph writes a graph as a version before every migration
// did (the values each fills in taken out with raw Cypher, no markers): the schema fills
// them in and records each migration as done, and the graph is the one the current code
// writes. Applied again after the same values are taken out by hand, the schema leaves
// them out: a database whose migrations are done is never scanned again, since the
// current code writes every value they fill in. Forgetting one marker runs that
// migration alone.
func TestMigrationsRunOnceOnAnOldGraph(t *testing.T) {
	if got, want := len(oldGraphs), len(graph.MigrationKeys()); got != want {
		t.Fatalf("%d old graphs for %d migrations", got, want)
	}
	for i, key := range graph.MigrationKeys() {
		if oldGraphs[i].migration != key {
			t.Fatalf("old graph %d is of %q, migration %d is %q", i, oldGraphs[i].migration, i, key)
		}
	}
	s := graphtest.MustOpen(t)
	mustWrite(t, s, synthetic(40, "migr", 11)...)
	sum := mustChecksum(t, s)
	if got := migrationsDone(t, s); !reflect.DeepEqual(got, allMigrations()) {
		t.Fatalf("a new database records migrations %v, want %v", got, allMigrations())
	}
	strip := func(when string) {
		t.Helper()
		for _, g := range oldGraphs {
			exec(t, s, g.strip...)
			if n := count(t, s, g.missing); n == 0 {
				t.Fatalf("%s: nothing for %s to fill in", when, g.migration)
			}
		}
	}

	strip("old graph")
	forgetMigrations(t, s)
	if err := s.ApplySchema(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	for _, g := range oldGraphs {
		if n := count(t, s, g.missing); n != 0 {
			t.Errorf("%s left %d to fill in", g.migration, n)
		}
	}
	if got := migrationsDone(t, s); !reflect.DeepEqual(got, allMigrations()) {
		t.Errorf("after the migrations, recorded %v, want %v", got, allMigrations())
	}
	if got := mustChecksum(t, s); got != sum {
		t.Errorf("checksum %s after the migrations, %s as written", got, sum)
	}

	// Recorded: the schema no longer scans for what a migration fills in (intended: the
	// current code writes it), so values taken out by hand stay out.
	strip("after the migrations")
	if err := s.ApplySchema(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	for _, g := range oldGraphs {
		if n := count(t, s, g.missing); n == 0 {
			t.Errorf("%s scanned the graph again after it was recorded as done", g.migration)
		}
	}

	// One marker forgotten: that migration runs, the others do not.
	forgetMigrations(t, s, "claim_keys")
	if err := s.ApplySchema(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	for _, g := range oldGraphs {
		n := count(t, s, g.missing)
		if g.migration == "claim_keys" && n != 0 {
			t.Errorf("claim_keys, forgotten, left %d to fill in", n)
		}
		if g.migration != "claim_keys" && n == 0 {
			t.Errorf("%s ran again though recorded", g.migration)
		}
	}
	if got := migrationsDone(t, s); !reflect.DeepEqual(got, allMigrations()) {
		t.Errorf("recorded %v, want %v", got, allMigrations())
	}
}

// TestInterruptedMigrationRunsAgain fails a migration midway: the actors' groups, its
// first statement, are committed, and the pairs, its second, fail on a report whose
// sources are not a list. The migration is not recorded, the schema says so, and the next
// schema after the report is mended runs it to the end and records it.
func TestInterruptedMigrationRunsAgain(t *testing.T) {
	s := graphtest.MustOpen(t)
	mustWrite(t, s, synthetic(30, "interrupt", 5)...)
	sum := mustChecksum(t, s)
	pairs := graph.MigrationKeys()[3]
	exec(t, s, oldGraphs[3].strip...)
	forgetMigrations(t, s, pairs)
	exec(t, s, `
MATCH (:Meeting)-[r:REPORTED_IN]->(a:Article)
WHERE size(r.met_sources) > 0
WITH r, a ORDER BY a.key LIMIT 1
SET r.met_sources_kept = r.met_sources, r.met_sources = 7`)
	if n := count(t, s, `MATCH ()-[r:REPORTED_IN]->() WHERE r.met_sources = 7 RETURN count(r) AS n`); n != 1 {
		t.Fatalf("%d meeting reports broken, want 1", n)
	}

	err := s.ApplySchema(testCtx(t))
	if err == nil {
		t.Fatal("the schema applied over a report that breaks the pairs")
	}
	if !strings.Contains(err.Error(), "write pairs") {
		t.Errorf("the schema failed elsewhere than in the pairs: %v", err)
	}
	if n := count(t, s, `MATCH (x:Actor) WHERE x.groups IS NULL RETURN count(x) AS n`); n != 0 {
		t.Errorf("%d actors without groups: the migration did not get midway", n)
	}
	if n := count(t, s, `MATCH (a:Article) WHERE a.pairs_version IS NULL RETURN count(a) AS n`); n == 0 {
		t.Error("every article has its pairs: the migration did not fail")
	}
	want := []string{}
	for _, k := range allMigrations() {
		if k != pairs {
			want = append(want, k)
		}
	}
	if got := migrationsDone(t, s); !reflect.DeepEqual(got, want) {
		t.Errorf("after a failed %s, recorded %v, want %v", pairs, got, want)
	}

	exec(t, s, `MATCH ()-[r:REPORTED_IN]->() WHERE r.met_sources_kept IS NOT NULL
SET r.met_sources = r.met_sources_kept REMOVE r.met_sources_kept`)
	if err := s.ApplySchema(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	if got := migrationsDone(t, s); !reflect.DeepEqual(got, allMigrations()) {
		t.Errorf("after the mended report, recorded %v, want %v", got, allMigrations())
	}
	if got := mustChecksum(t, s); got != sum {
		t.Errorf("checksum %s after the migration ran again, %s as written", got, sum)
	}
}

// TestMigrationMarkersAreNoFacts checks that the markers of a new database are not
// counted, summed or shown as part of the graph, and that an empty database records every
// migration without anything to scan.
func TestMigrationMarkersAreNoFacts(t *testing.T) {
	s := graphtest.MustOpen(t)
	forgetMigrations(t, s)
	bare := mustChecksum(t, s)
	if err := s.ApplySchema(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	if got := migrationsDone(t, s); !reflect.DeepEqual(got, allMigrations()) {
		t.Fatalf("an empty database records migrations %v, want %v", got, allMigrations())
	}
	if c := mustCounts(t, s); c.TotalNodes != 0 || c.TotalRelationships != 0 {
		t.Errorf("an empty graph with its markers counts %d nodes, %d relationships", c.TotalNodes, c.TotalRelationships)
	}
	if got := mustChecksum(t, s); got != bare {
		t.Errorf("checksum %s with the markers, %s without", got, bare)
	}
	st, err := s.Status(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	for l, n := range st.Counts.Nodes {
		if n != 0 {
			t.Errorf("status of an empty graph counts %d %s", n, l)
		}
	}

	// The same holds with facts beside the markers.
	mustWrite(t, s, fixture(t, "art_a.json"), fixture(t, "art_b.json"))
	assertCounts(t, mustCounts(t, s), abNodes, abRels)
	sum := mustChecksum(t, s)
	forgetMigrations(t, s)
	if got := mustChecksum(t, s); got != sum {
		t.Errorf("checksum %s without the markers, %s with", got, sum)
	}
}

// TestDeleteAllRecordsTheMigrations deletes a graph an earlier version wrote (no
// markers, claims without keys): the empty graph records every migration, and a graph
// written again by the current code is not scanned.
func TestDeleteAllRecordsTheMigrations(t *testing.T) {
	s := graphtest.MustOpen(t)
	mustWrite(t, s, synthetic(20, "del", 3)...)
	exec(t, s, oldGraphs[2].strip...)
	forgetMigrations(t, s)
	if err := s.DeleteAll(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	if c := mustCounts(t, s); c.TotalNodes != 0 || c.TotalRelationships != 0 {
		t.Fatalf("after DeleteAll: %d nodes, %d relationships", c.TotalNodes, c.TotalRelationships)
	}
	if got := migrationsDone(t, s); !reflect.DeepEqual(got, allMigrations()) {
		t.Fatalf("an emptied database records migrations %v, want %v", got, allMigrations())
	}
	mustWrite(t, s, synthetic(20, "del", 3)...)
	if n := count(t, s, oldGraphs[2].missing); n != 0 {
		t.Fatalf("the current code left %d claim keys to fill in", n)
	}
	exec(t, s, oldGraphs[2].strip...)
	if err := s.ApplySchema(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, oldGraphs[2].missing); n == 0 {
		t.Error("the schema scanned a graph written after DeleteAll")
	}
}
