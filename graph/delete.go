package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DeleteAll deletes every node and relationship of the store's database, in batches of
// 10,000 nodes; the schema stays. It is for tests and benchmarks that need an empty graph.
func (s *Store) DeleteAll(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = sess.Close(ctx) }()
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err != nil {
		return translate(s.cfg, "delete all", err)
	}
	_, err = res.Consume(ctx)
	if err != nil {
		return translate(s.cfg, "delete all", err)
	}
	return nil
}
