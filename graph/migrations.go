package graph

import (
	"context"
	"fmt"
)

// Migrations. A graph written before mentions were dated, months counted, claims keyed or
// pairs written gets them when the schema is applied (dateMentions, recountMonths,
// keyClaims, regroup). Each of these scans the whole graph for what it still has to fix,
// which on a large graph takes seconds even when there is nothing left; the writes of the
// current code set everything they fill in. So each migration, once it has run to the end
// over the whole graph, is recorded by a (:Migration {key}) node and never scans again in
// that database. The node is written only after the migration's last transaction
// committed: one that fails or is interrupted is not recorded and runs again the next
// time the schema is applied (each is idempotent and takes up where it stopped). A
// database that holds no data yet records them all without scanning; so does DeleteAll,
// which keeps the markers and leaves the graph empty.
//
// The markers are bookkeeping, not facts: Counts, Checksum and status leave them out, and
// no report reads them. A migration whose statements change so that an up-to-date graph
// would need them again takes a new key.

// migration is one backfill of a graph written by an earlier version.
type migration struct {
	key string
	run func(*Store, context.Context) error
}

// migrations run in this order, each after the schema's indexes are online.
var migrations = []migration{
	{"mention_dates", (*Store).dateMentions},
	{"report_months", (*Store).recountMonths},
	{"claim_keys", (*Store).keyClaims},
	{fmt.Sprintf("report_pairs_%d", pairsVersion), (*Store).regroup},
}

// migrationKeys are the keys of every migration, in order.
func migrationKeys() []any {
	keys := make([]any, len(migrations))
	for i, m := range migrations {
		keys[i] = m.key
	}
	return keys
}

const (
	// stmtMarkMigrations records the migrations $keys as done.
	stmtMarkMigrations = `
UNWIND $keys AS key
MERGE (m:Migration {key: key})
ON CREATE SET m.completed_at = datetime()`

	// stmtMigrationsDone records every migration ($keys) as done when the database holds
	// nothing but markers (both counts come from the count store), and returns the keys
	// of the migrations done.
	stmtMigrationsDone = `
WITH COUNT { MATCH (n) } - COUNT { MATCH (:Migration) } AS nodes
CALL (nodes) {
  WITH nodes WHERE nodes = 0
  UNWIND $keys AS key
  MERGE (m:Migration {key: key})
  ON CREATE SET m.completed_at = datetime()
}
RETURN COLLECT { MATCH (m:Migration) RETURN m.key } AS done`
)

// migrate runs the migrations not yet recorded as done, recording each once it completes.
func (s *Store) migrate(ctx context.Context) error {
	res, err := s.executeQuery(ctx, stmtMigrationsDone, map[string]any{"keys": migrationKeys()}, true)
	if err != nil {
		return translate(s.cfg, "read migrations", err)
	}
	done := map[string]bool{}
	if len(res.Records) == 1 {
		list, _ := res.Records[0].Values[0].([]any)
		for _, k := range list {
			if k, ok := k.(string); ok {
				done[k] = true
			}
		}
	}
	for _, m := range migrations {
		if done[m.key] {
			continue
		}
		if err := m.run(s, ctx); err != nil {
			return err
		}
		if err := s.markMigrations(ctx, m.key); err != nil {
			return err
		}
	}
	return nil
}

// markMigrations records the given migrations as done.
func (s *Store) markMigrations(ctx context.Context, keys ...any) error {
	if _, err := s.executeQuery(ctx, stmtMarkMigrations, map[string]any{"keys": keys}, true); err != nil {
		return translate(s.cfg, "record migrations", err)
	}
	return nil
}
