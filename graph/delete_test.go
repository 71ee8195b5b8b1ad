package graph_test

import (
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph/graphtest"
)

// TestDeleteAllEmptiesAGraphWithAHub deletes a graph whose hub has more relationships
// than one delete transaction takes, and keeps the schema.
func TestDeleteAllEmptiesAGraphWithAHub(t *testing.T) {
	s := graphtest.MustOpen(t)
	const spokes = 25000 // two and a half delete transactions at the hub alone
	_, err := neo4j.ExecuteQuery(testCtx(t), s.Driver(), `
CREATE (hub:Country:Actor {key: 'HUB', name: 'Hub'})
WITH hub
UNWIND range(1, $n) AS i
CREATE (:Article {key: 'spoke-' + toString(i)})-[:MENTIONS]->(hub)`,
		map[string]any{"n": spokes}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.Database()), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		t.Fatal(err)
	}
	if c := mustCounts(t, s); c.TotalNodes != spokes+1 || c.TotalRelationships != spokes {
		t.Fatalf("before: %d nodes, %d relationships", c.TotalNodes, c.TotalRelationships)
	}
	if err := s.DeleteAll(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	if c := mustCounts(t, s); c.TotalNodes != 0 || c.TotalRelationships != 0 {
		t.Fatalf("after: %d nodes, %d relationships left", c.TotalNodes, c.TotalRelationships)
	}
	if rows := query(t, s, "SHOW CONSTRAINTS YIELD name RETURN name", nil); len(rows) == 0 {
		t.Fatal("the constraints went with the data")
	}
}
