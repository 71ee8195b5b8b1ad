package graph_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
)

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// query runs a read query and returns its records as maps.
func query(t testing.TB, s *graph.Store, q string, params map[string]any) []map[string]any {
	t.Helper()
	res, err := neo4j.ExecuteQuery(testCtx(t), s.Driver(), q, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.Database()), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	out := make([]map[string]any, len(res.Records))
	for i, rec := range res.Records {
		out[i] = rec.AsMap()
	}
	return out
}

func mustWrite(t testing.TB, s *graph.Store, xs ...*diplograph.Extraction) {
	t.Helper()
	if err := s.Write(testCtx(t), xs); err != nil {
		t.Fatalf("write: %v", err)
	}
}

func mustCounts(t testing.TB, s *graph.Store) graph.Counts {
	t.Helper()
	c, err := s.Counts(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func mustChecksum(t testing.TB, s *graph.Store) string {
	t.Helper()
	sum, err := s.Checksum(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// dump returns every node and relationship with all their properties, sorted, so that
// two dumps differ when any value changed.
func dump(t testing.TB, s *graph.Store) []string {
	t.Helper()
	var out []string
	for _, r := range query(t, s, `MATCH (n) RETURN n.key AS key, labels(n) AS labels, properties(n) AS props ORDER BY key`, nil) {
		out = append(out, fmt.Sprintf("%v %v %v", r["key"], r["labels"], r["props"]))
	}
	for _, r := range query(t, s, `MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS t, b.key AS b, properties(r) AS props ORDER BY a, t, b`, nil) {
		out = append(out, fmt.Sprintf("%v %v %v %v", r["a"], r["t"], r["b"], r["props"]))
	}
	return out
}

// structure lists the graph's node keys and labels and its relationships with their
// article counts and, for REPORTED_IN, the facts the article states, sorted.
func structure(t testing.TB, s *graph.Store) []string {
	t.Helper()
	var out []string
	for _, r := range query(t, s, `MATCH (n) RETURN n.key AS key, labels(n) AS labels ORDER BY key`, nil) {
		out = append(out, fmt.Sprintf("%v %v", r["key"], r["labels"]))
	}
	for _, r := range query(t, s, `MATCH (a)-[r]->(b)
RETURN a.key AS a, type(r) AS t, b.key AS b, r.article_count AS articles,
       [r.accused_sources, r.accused_targets, r.denied_sources, r.denied_targets, r.agreed_sources, r.met_sources, r.attended] AS facts
ORDER BY a, t, b`, nil) {
		out = append(out, fmt.Sprintf("%v %v %v %v %v", r["a"], r["t"], r["b"], r["articles"], r["facts"]))
	}
	sort.Strings(out)
	return out
}

func assertCounts(t *testing.T, got graph.Counts, nodes, rels map[string]int64) {
	t.Helper()
	var totalN, totalR int64
	for _, l := range graph.NodeLabels {
		if got.Nodes[l] != nodes[l] {
			t.Errorf("%s nodes = %d, want %d", l, got.Nodes[l], nodes[l])
		}
		if l != "Actor" {
			totalN += nodes[l]
		}
	}
	for _, typ := range graph.RelationshipTypes {
		if got.Relationships[typ] != rels[typ] {
			t.Errorf("%s relationships = %d, want %d", typ, got.Relationships[typ], rels[typ])
		}
		totalR += rels[typ]
	}
	if got.TotalNodes != totalN || got.TotalRelationships != totalR {
		t.Errorf("totals = %d nodes, %d relationships; want %d, %d", got.TotalNodes, got.TotalRelationships, totalN, totalR)
	}
}

// The graph of art_a.json and art_b.json, counted by hand from the fixtures.
var (
	abNodes = map[string]int64{"Actor": 7, "Person": 2, "Country": 4, "Organization": 1, "Meeting": 2, "Claim": 3, "Article": 2}
	abRels  = map[string]int64{
		"MET_WITH": 2, "ATTENDED": 4, "ACCUSED": 2, "AGAINST": 2, "DENIED": 1, "ABOUT": 1,
		"AGREED_TO": 2, "REPRESENTS": 2, "REPORTED_IN": 6, "MENTIONS": 9, "REPORTED_PAIR": 36, // 24 pairs, 12 states alone
	}
	// After art-a is re-extracted as art_a_v2.json.
	replacedNodes = map[string]int64{"Actor": 6, "Person": 2, "Country": 4, "Organization": 0, "Meeting": 1, "Claim": 2, "Article": 2}
	replacedRels  = map[string]int64{
		"MET_WITH": 1, "ATTENDED": 2, "ACCUSED": 1, "AGAINST": 1, "DENIED": 1, "ABOUT": 1,
		"AGREED_TO": 0, "REPRESENTS": 2, "REPORTED_IN": 4, "MENTIONS": 6, "REPORTED_PAIR": 19, // 12 pairs, 7 states alone
	}
)

var shellingClaim = diplograph.ClaimKey("shelling border villages near the river")

func TestApplySchemaCreatesConstraints(t *testing.T) {
	s := graphtest.MustOpen(t)
	names, err := s.SchemaNames(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"person_key", "country_key", "organization_key", "actor_key", "meeting_key", "claim_key", "article_key",
		"actor_name_lc", "article_date", "actor_search", "reported_accused_on", "migration_key",
	} {
		if !contains(names, want) {
			t.Errorf("schema lacks %s; have %v", want, names)
		}
	}
	if err := s.ApplySchema(testCtx(t)); err != nil {
		t.Fatalf("second ApplySchema: %v", err)
	}
	again, err := s.SchemaNames(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(names, again) {
		t.Errorf("schema changed on second apply: %v -> %v", names, again)
	}
	// The constraint really holds: a second Claim with the same key is refused.
	_, err = neo4j.ExecuteQuery(testCtx(t), s.Driver(), `CREATE (:Claim {key: 'claim:dup'}), (:Claim {key: 'claim:dup'})`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database()))
	if err == nil {
		t.Error("duplicate claim key accepted")
	}
}

func TestWriteExactGraph(t *testing.T) {
	s := graphtest.MustOpen(t)
	mustWrite(t, s, fixture(t, "art_a.json"), fixture(t, "art_b.json"))
	assertCounts(t, mustCounts(t, s), abNodes, abRels)
	if st, want := s.Stats(), (graph.WriteStats{Articles: 2, Batches: 1, SkippedRelations: 2}); st != want {
		t.Errorf("stats = %+v, want %+v", st, want)
	}

	denied := query(t, s, `
MATCH (:Country {key: 'RUS'})-[r:DENIED]->(c:Claim {key: $claim})
RETURN r.article_count AS articles, r.first_seen AS first, r.last_seen AS last, c.text AS text,
       COLLECT { MATCH (c)-[rep:REPORTED_IN]->(a:Article) WHERE 'RUS' IN rep.denied_sources RETURN a.key + '#' + rep.denied_evidence[0] } AS evidence`,
		map[string]any{"claim": shellingClaim})
	if len(denied) != 1 {
		t.Fatalf("Russia DENIED the shelling claim %d times, want 1", len(denied))
	}
	d := denied[0]
	if d["articles"] != int64(2) || len(d["evidence"].([]any)) != 2 {
		t.Errorf("DENIED articles %v evidence %v", d["articles"], d["evidence"])
	}
	if d["first"] != "2026-03-02" || d["last"] != "2026-03-05" {
		t.Errorf("DENIED seen %v..%v, want 2026-03-02..2026-03-05", d["first"], d["last"])
	}
	if d["text"] != "shelling border villages near the river" {
		t.Errorf("claim text %q", d["text"])
	}

	// The accusation meets the denial at the same claim, against Russia; the later
	// denial says whom the claim concerns.
	acc := query(t, s, `
MATCH (o:Organization)-[:ACCUSED]->(c:Claim {key: $claim})-[:AGAINST]->(:Country {key: 'RUS'}),
      (c)-[:ABOUT]->(about:Country)
RETURN o.key AS org, about.key AS about`, map[string]any{"claim": shellingClaim})
	if len(acc) != 1 || acc[0]["org"] != "org:ukrainian-border-service:ukr" || acc[0]["about"] != "USA" {
		t.Errorf("accusation = %v", acc)
	}

	rep := query(t, s, `MATCH (:Claim {key: $claim})-[r:REPORTED_IN]->(:Article {key: 'art-a'}) RETURN r.sentence AS s, r.evidence AS e, r.rule AS rule`,
		map[string]any{"claim": shellingClaim})
	if len(rep) != 1 || rep[0]["s"] != int64(1) || !strings.HasPrefix(rep[0]["e"].(string), "The Ukrainian border service accused") || rep[0]["rule"] != "accused_of" {
		t.Errorf("REPORTED_IN = %v, want sentence 1 with its text and rule", rep)
	}

	met := query(t, s, `MATCH (a)-[r:MET_WITH]->(b)
RETURN a.key AS a, b.key AS b, r.article_count AS n,
       COLLECT { MATCH (a)-[:ATTENDED]->(m:Meeting)-[rep:REPORTED_IN]->(x:Article)
                 WHERE a.key IN rep.met_sources AND b.key IN rep.met_targets RETURN x.key + '#' + toString(rep.sentence) } AS ev
ORDER BY a`, nil)
	want := []map[string]any{
		{"a": "USA", "b": "person:elena-marchetti", "n": int64(1), "ev": []any{"art-b#1"}},
		{"a": "person:elena-marchetti", "b": "person:oleg-varga", "n": int64(1), "ev": []any{"art-a#0"}},
	}
	if !reflect.DeepEqual(met, want) {
		t.Errorf("MET_WITH = %v, want %v", met, want)
	}

	agreed := query(t, s, `MATCH (a:Actor)-[:AGREED_TO]->(c:Claim) RETURN a.key AS a, c.text AS c ORDER BY a`, nil)
	if len(agreed) != 2 || agreed[0]["a"] != "FRA" || agreed[1]["a"] != "UKR" || agreed[0]["c"] != "open a humanitarian corridor" {
		t.Errorf("AGREED_TO = %v", agreed)
	}

	elena := query(t, s, `
MATCH (p:Person:Actor {key: 'person:elena-marchetti'})-[r:REPRESENTS]->(c:Country {key: 'FRA'})
RETURN p.name_lc AS name_lc, p.aliases AS aliases, p.aliases_lc AS aliases_lc, r.title AS title, r.article_count AS articles, c.name AS country`, nil)
	if len(elena) != 1 {
		t.Fatalf("Elena REPRESENTS France %d times", len(elena))
	}
	e := elena[0]
	if e["name_lc"] != "elena marchetti" || !reflect.DeepEqual(e["aliases"], []any{"Marchetti", "Ms. Marchetti"}) ||
		!reflect.DeepEqual(e["aliases_lc"], []any{"marchetti", "ms. marchetti"}) || e["title"] != "Foreign Minister" ||
		e["articles"] != int64(2) || e["country"] != "France" {
		t.Errorf("Elena = %v", e)
	}

	geneva := query(t, s, `
MATCH (m:Meeting {name: 'Geneva talks'})<-[:ATTENDED]-(a:Actor)
WITH m, collect(a.key) AS who
MATCH (m)-[r:REPORTED_IN]->(:Article {key: 'art-b'})
RETURN m.location AS loc, m.date AS date, who, r.sentence AS s`, nil)
	if len(geneva) != 1 || geneva[0]["loc"] != "Geneva" || geneva[0]["date"] != "2026-03-05" || geneva[0]["s"] != int64(1) || len(geneva[0]["who"].([]any)) != 2 {
		t.Errorf("Geneva meeting = %v", geneva)
	}

	art := query(t, s, `MATCH (a:Article {key: 'art-a'}) RETURN a.extractor_version AS v, a.ingested_at IS NOT NULL AS ingested, a.url AS url, a.date AS date`, nil)
	if len(art) != 1 || art[0]["v"] != graph.DefaultExtractorVersion || art[0]["ingested"] != true || art[0]["date"] != "2026-03-02" {
		t.Errorf("article = %v", art)
	}

	// Non-asserted relations are not written: the planned meeting and the possible agreement.
	if n := query(t, s, `MATCH (:Country {key: 'RUS'})-[r:MET_WITH]-(:Country {key: 'FRA'}) RETURN count(r) AS n`, nil)[0]["n"]; n != int64(0) {
		t.Errorf("planned meeting written %v times", n)
	}
	if n := query(t, s, `MATCH (c:Claim) WHERE c.text CONTAINS 'grain' RETURN count(c) AS n`, nil)[0]["n"]; n != int64(0) {
		t.Errorf("hypothetical agreement written %v times", n)
	}
}

func TestWriteAgainChangesNothing(t *testing.T) {
	s := graphtest.MustOpen(t)
	a, b := fixture(t, "art_a.json"), fixture(t, "art_b.json")
	mustWrite(t, s, a, b)
	counts, sum, before := mustCounts(t, s), mustChecksum(t, s), dump(t, s)

	mustWrite(t, s, a, b)
	mustWrite(t, s, b)
	mustWrite(t, s, a)
	if got := mustCounts(t, s); !reflect.DeepEqual(got, counts) {
		t.Errorf("counts changed:\n%v\n%v", counts, got)
	}
	if got := mustChecksum(t, s); got != sum {
		t.Errorf("checksum changed: %s -> %s", sum, got)
	}
	if after := dump(t, s); !reflect.DeepEqual(before, after) {
		for i := range min(len(before), len(after)) {
			if before[i] != after[i] {
				t.Errorf("first change:\n  %s\n  %s", before[i], after[i])
				break
			}
		}
		t.Errorf("property values changed on rewrite (%d vs %d items)", len(before), len(after))
	}
}

func TestBatchingDoesNotChangeTheGraph(t *testing.T) {
	xs := synthetic(60, "batch", 7)
	cfg := graphtest.Config()
	cfg.BatchSize = 7
	small := graphtest.MustOpenConfig(t, cfg)
	mustWrite(t, small, xs...)
	want := mustChecksum(t, small)

	big := graphtest.MustOpen(t)
	mustWrite(t, big, xs...)
	if got := mustChecksum(t, big); got != want {
		t.Errorf("checksum with one batch %s, with batches of 7 %s", got, want)
	}
}

func TestNewExtractorVersionReplacesFacts(t *testing.T) {
	v1 := graphtest.MustOpen(t)
	mustWrite(t, v1, fixture(t, "art_a.json"), fixture(t, "art_b.json"))

	cfg := graphtest.Config()
	cfg.ExtractorVersion = "v2"
	v2 := graphtest.MustConnect(t, cfg)
	a2 := fixture(t, "art_a_v2.json")
	mustWrite(t, v2, a2)
	assertCounts(t, mustCounts(t, v2), replacedNodes, replacedRels)
	if st := v2.Stats(); st.Replaced != 1 || st.Articles != 1 {
		t.Errorf("stats after replacement = %+v, want 1 article replaced", st)
	}

	versions, err := v2.ArticleVersions(testCtx(t), []string{"art-a", "art-b", "art-none"})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{"art-a": "v2", "art-b": graph.DefaultExtractorVersion}; !reflect.DeepEqual(versions, want) {
		t.Errorf("versions = %v, want %v", versions, want)
	}

	// What art-a no longer says is gone; what both articles say keeps art-b's share.
	rel := query(t, v2, `MATCH (:Person {key: 'person:elena-marchetti'})-[r:REPRESENTS]->(:Country {key: 'FRA'})
RETURN r.article_count AS articles, r.first_seen AS first, r.last_seen AS last`, nil)
	if len(rel) != 1 || rel[0]["articles"] != int64(1) || rel[0]["first"] != "2026-03-05" || rel[0]["last"] != "2026-03-05" {
		t.Errorf("Elena REPRESENTS France after replacement = %v", rel)
	}
	denied := query(t, v2, `MATCH (:Country {key: 'RUS'})-[r:DENIED]->(:Claim {key: $claim}) RETURN r.article_count AS a, r.first_seen AS f`,
		map[string]any{"claim": shellingClaim})
	if len(denied) != 1 || denied[0]["a"] != int64(2) || denied[0]["f"] != "2026-03-02" {
		t.Errorf("DENIED after replacement = %v", denied)
	}

	// Writing the new version again changes nothing.
	sum := mustChecksum(t, v2)
	mustWrite(t, v2, a2)
	if got := mustChecksum(t, v2); got != sum {
		t.Errorf("rewrite of v2 changed the checksum")
	}
	if st := v2.Stats(); st.Replaced != 1 || st.Articles != 2 {
		t.Errorf("stats after rewrite = %+v, want still 1 replaced of 2 written", st)
	}

	// The replaced graph has the nodes and facts of the current extractions written from
	// scratch. (Names, titles and aliases that the replaced article gave before and no
	// longer gives are kept, so the full checksum may differ.)
	replaced := structure(t, v2)
	if err := graphtest.Wipe(testCtx(t), v2); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, v1, fixture(t, "art_b.json"))
	mustWrite(t, v2, a2)
	if got := structure(t, v2); !reflect.DeepEqual(got, replaced) {
		t.Errorf("replaced graph\n%v\ndiffers from the graph written from scratch\n%v", replaced, got)
	}
}

func TestReplaceForcesReplacement(t *testing.T) {
	s := graphtest.MustOpen(t)
	mustWrite(t, s, fixture(t, "art_a.json"), fixture(t, "art_b.json"))
	sum := mustChecksum(t, s)

	// The same version, new facts: Write keeps the union, Replace keeps only the new.
	a2 := fixture(t, "art_a_v2.json")
	if err := s.Replace(testCtx(t), []*diplograph.Extraction{a2}); err != nil {
		t.Fatal(err)
	}
	assertCounts(t, mustCounts(t, s), replacedNodes, replacedRels)
	if got := mustChecksum(t, s); got == sum {
		t.Error("checksum unchanged by a replacement that removed facts")
	}
	if err := s.Replace(testCtx(t), []*diplograph.Extraction{fixture(t, "art_a.json")}); err != nil {
		t.Fatal(err)
	}
	if got := mustChecksum(t, s); got != sum {
		t.Errorf("replacing art-a back did not restore the graph: %s vs %s", got, sum)
	}
	assertCounts(t, mustCounts(t, s), abNodes, abRels)
}

func TestConcurrentWritersMatchSingleWriter(t *testing.T) {
	xs := synthetic(160, "conc", 42)
	single := graphtest.MustOpen(t)
	mustWrite(t, single, xs...)
	want, wantCounts := mustChecksum(t, single), mustCounts(t, single)
	if err := graphtest.Wipe(testCtx(t), single); err != nil {
		t.Fatal(err)
	}

	// Two processes' worth of writers, each with its own driver, on overlapping halves
	// written in opposite orders and small batches to provoke lock contention.
	cfg := graphtest.Config()
	cfg.BatchSize = 10
	w1, w2 := graphtest.MustConnect(t, cfg), graphtest.MustConnect(t, cfg)
	first := xs[:110]
	second := make([]*diplograph.Extraction, 0, 110)
	for i := len(xs) - 1; i >= 50; i-- {
		second = append(second, xs[i])
	}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, job := range []struct {
		s  *graph.Store
		xs []*diplograph.Extraction
	}{{w1, first}, {w2, second}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = job.s.Write(context.Background(), job.xs)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("writer %d: %v", i+1, err)
		}
	}
	if got := mustCounts(t, w1); !reflect.DeepEqual(got, wantCounts) {
		t.Errorf("concurrent counts\n%v\nsingle writer\n%v", got, wantCounts)
	}
	if got := mustChecksum(t, w1); got != want {
		t.Errorf("concurrent checksum %s, single writer %s", got, want)
	}
	dups := query(t, w1, `MATCH (a)-[r]->(b) WITH a, type(r) AS t, b, r.pair AS p, count(r) AS n WHERE n > 1 RETURN count(*) AS dups`, nil)
	if dups[0]["dups"] != int64(0) {
		t.Errorf("%v duplicated relationships", dups[0]["dups"])
	}
}

func TestFullTextFindsAliases(t *testing.T) {
	s := graphtest.MustOpen(t)
	mustWrite(t, s, fixture(t, "art_b.json"))
	// Full-text indexes are eventually consistent; wait for them to catch up.
	if _, err := neo4j.ExecuteQuery(testCtx(t), s.Driver(), `CALL db.awaitIndexes(60)`, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.Database())); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	for range 50 {
		got = query(t, s, `CALL db.index.fulltext.queryNodes('actor_search', 'washington') YIELD node RETURN node.key AS key`, nil)
		if len(got) > 0 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if len(got) != 1 || got[0]["key"] != "USA" {
		t.Errorf("full-text search for an alias = %v, want USA", got)
	}
	if n := query(t, s, `MATCH (a:Actor {name_lc: 'united states'}) RETURN count(a) AS n`, nil)[0]["n"]; n != int64(1) {
		t.Errorf("name_lc look-up found %v actors", n)
	}
}

func TestWriteRefusesArticleWithoutID(t *testing.T) {
	s := graphtest.MustOpen(t)
	x := fixture(t, "art_a.json")
	x.Article.ID = ""
	err := s.Write(testCtx(t), []*diplograph.Extraction{fixture(t, "art_b.json"), x})
	if code := diplograph.ErrorCode(err); code != diplograph.EINVALID {
		t.Fatalf("error %v has code %q, want %q", err, code, diplograph.EINVALID)
	}
	if c := mustCounts(t, s); c.TotalNodes != 0 {
		t.Errorf("%d nodes written by a refused write", c.TotalNodes)
	}
}

func TestOpenWrongPasswordIsAuthError(t *testing.T) {
	graphtest.SkipIfOff(t)
	cfg := graphtest.Config()
	// A user of its own, so that failed attempts never lock out the real one.
	cfg.User = "diplograph-nobody"
	cfg.Password = "not-the-password-3141"
	s, err := graph.Open(testCtx(t), cfg)
	if err == nil {
		_ = s.Close(context.Background())
		t.Fatal("Open with a wrong password succeeded")
	}
	var derr *diplograph.Error
	if !errors.As(err, &derr) || derr.Code != diplograph.EAUTH {
		t.Fatalf("error %v (%T), want code %q", err, err, diplograph.EAUTH)
	}
	msg := err.Error()
	for _, want := range []string{cfg.URI, cfg.User, "DIPLOGRAPH_NEO4J_PASSWORD"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not name %q", msg, want)
		}
	}
	if strings.Contains(msg, cfg.Password) {
		t.Errorf("message %q contains the password", msg)
	}
}

func TestOpenUnreachableIsUnavailable(t *testing.T) {
	cfg := graph.Config{URI: "bolt://127.0.0.1:1", User: "neo4j", Password: "secret-never-shown"}
	start := time.Now()
	s, err := graph.Open(testCtx(t), cfg)
	if err == nil {
		_ = s.Close(context.Background())
		t.Fatal("Open of a closed port succeeded")
	}
	if code := diplograph.ErrorCode(err); code != diplograph.EUNAVAILABLE {
		t.Fatalf("error %v has code %q, want %q", err, code, diplograph.EUNAVAILABLE)
	}
	msg := err.Error()
	for _, want := range []string{"bolt://127.0.0.1:1", "neo4j/local.sh start"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not contain %q", msg, want)
		}
	}
	if strings.Contains(msg, cfg.Password) {
		t.Errorf("message %q contains the password", msg)
	}
	t.Logf("unreachable reported after %v", time.Since(start).Round(time.Millisecond))
}

func TestOpenInvalidConfig(t *testing.T) {
	for _, cfg := range []graph.Config{
		{User: "neo4j"},
		{URI: "http://127.0.0.1:7474", User: "neo4j"},
		{URI: "bolt://127.0.0.1:7687"},
	} {
		_, err := graph.Open(testCtx(t), cfg)
		if code := diplograph.ErrorCode(err); code != diplograph.EINVALID {
			t.Errorf("%+v: error %v has code %q, want %q", cfg, err, code, diplograph.EINVALID)
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func TestBatchDeadline(t *testing.T) {
	graphtest.MustOpen(t)
	cfg := graphtest.Config()
	cfg.BatchTimeout = time.Nanosecond
	s := graphtest.MustConnect(t, cfg)
	err := s.Write(testCtx(t), synthetic(20, "late", 5))
	if code := diplograph.ErrorCode(err); code != diplograph.EUNAVAILABLE || !strings.Contains(fmt.Sprint(err), "write batch 1") {
		t.Fatalf("error %v has code %q, want %q naming the batch", err, code, diplograph.EUNAVAILABLE)
	}
	if c := mustCounts(t, s); c.TotalNodes != 0 {
		t.Errorf("%d nodes left by a batch that missed its deadline", c.TotalNodes)
	}
}
