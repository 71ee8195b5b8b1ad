package graph_test

import (
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph/graphtest"
)

// TestClaimKeys checks that every fact relationship and report of a claim carries the
// claim's key, and every claim the date of its latest denied report, as they are written,
// also after a replacement, and that a graph written before they had them gets them with
// the schema (TestMigrationsRunOnceOnAnOldGraph: once).
func TestClaimKeys(t *testing.T) {
	s := graphtest.MustOpen(t)
	mustWrite(t, s, synthetic(40, "keys", 7)...)
	unkeyed := func() []map[string]any {
		t.Helper()
		return append(query(t, s, `
MATCH (c:Claim)-[r]-()
WHERE type(r) IN ['ACCUSED', 'AGAINST', 'DENIED', 'AGREED_TO', 'REPORTED_IN'] AND (r.claim IS NULL OR r.claim <> c.key)
RETURN type(r) AS type, c.key AS claim, r.claim AS key`, nil), query(t, s, `
MATCH (c:Claim)
OPTIONAL MATCH (c)-[r:REPORTED_IN]->()
WHERE r.denied_on IS NOT NULL
WITH c, max(r.denied_on) AS last
WHERE coalesce(c.denied_last, 'none') <> coalesce(last, 'none')
RETURN 'denied_last' AS type, c.key AS claim, c.denied_last AS key`, nil)...)
	}
	denied := query(t, s, `MATCH (c:Claim) WHERE c.denied_last IS NOT NULL RETURN count(c) AS n`, nil)
	if n, _ := denied[0]["n"].(int64); n < 2 {
		t.Fatalf("%d claims with a latest denial; want more", n)
	}
	keyed := query(t, s, `MATCH (c:Claim)-[r]-() WHERE r.claim = c.key RETURN count(r) AS n`, nil)
	if n, _ := keyed[0]["n"].(int64); n < 40 {
		t.Fatalf("%d relationships of claims carry their key; want many more", n)
	}
	if got := unkeyed(); len(got) > 0 {
		t.Fatalf("relationships of claims without their key: %v", got)
	}
	if err := s.Replace(testCtx(t), synthetic(10, "keys", 8)); err != nil {
		t.Fatal(err)
	}
	if got := unkeyed(); len(got) > 0 {
		t.Fatalf("after a replacement, relationships of claims without their key: %v", got)
	}
	sum := mustChecksum(t, s)
	for _, q := range []string{`MATCH ()-[r]->() WHERE r.claim IS NOT NULL REMOVE r.claim`, `MATCH (c:Claim) REMOVE c.denied_last`} {
		if _, err := neo4j.ExecuteQuery(testCtx(t), s.Driver(), q, nil,
			neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database())); err != nil {
			t.Fatal(err)
		}
	}
	if len(unkeyed()) == 0 {
		t.Fatal("the keys were not removed")
	}
	forgetMigrations(t, s) // a graph written before the keys has no markers either
	if err := s.ApplySchema(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	if got := mustChecksum(t, s); got != sum {
		t.Errorf("checksum %s after the schema keyed the claims, %s written with the keys", got, sum)
	}
}
