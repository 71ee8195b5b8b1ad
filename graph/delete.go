package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// deleteBatch is the number of relationships, then of nodes, each transaction of DeleteAll
// deletes: a few MB of transaction state whatever the size of the graph.
const deleteBatch = 10000

// The statements of DeleteAll. Relationships go first, so that no transaction ever holds a
// node with all of its relationships: a country mentioned in a million articles would
// otherwise be one transaction of a million deletions. Both scans stream (no Eager in the
// plan), so the outer query holds one row at a time.
const (
	stmtDeleteRelationships = `MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS`
	stmtDeleteNodes         = `MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS`
)

// DeleteAll deletes every node and relationship of the store's database in transactions
// of deleteBatch relationships, then nodes; the schema stays. It is for tests and
// benchmarks that need an empty graph. The migrations' markers (migrations.go) stay, and
// once the graph is empty every migration is recorded as done, as in a new database: what
// this code writes next needs none of them. Interrupted, it leaves the markers as they
// were: deleting part of a graph undoes no migration.
func (s *Store) DeleteAll(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = sess.Close(ctx) }()
	for _, q := range []string{stmtDeleteRelationships, stmtDeleteNodes} {
		// CALL { } IN TRANSACTIONS runs only in an auto-commit transaction: sess.Run.
		res, err := sess.Run(ctx, q, map[string]any{"batch": deleteBatch})
		if err != nil {
			return translate(s.cfg, "delete all", err)
		}
		if _, err := res.Consume(ctx); err != nil {
			return translate(s.cfg, "delete all", err)
		}
	}
	return s.markMigrations(ctx, migrationKeys()...)
}
