package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Dated mentions. Every MENTIONS carries the key of the actor it points at and the date
// of its article ("" when the article has none), indexed together (mentions_actor_date),
// so that a report naming an actor reads the articles that mention it in date order and
// stops at the page it shows, however many articles mention the actor.
const (
	// stmtDateMentions dates the MENTIONS of the batch's articles whose facts are
	// written. It runs after the mentions are merged; setting the same values again
	// changes nothing.
	stmtDateMentions = `
UNWIND $rows AS row
MATCH (:Article {key: row.key})-[m:MENTIONS]->(x:Actor)
SET m.actor = x.key, m.date = row.date`

	// stmtBackfillMentionDates dates the MENTIONS written before mentions were dated, in
	// transactions of $batch relationships; on a graph whose mentions are all dated it
	// only reads them.
	stmtBackfillMentionDates = `
MATCH (a:Article)-[m:MENTIONS]->(x:Actor)
WHERE m.actor IS NULL OR m.date IS NULL
CALL (a, m, x) {
  SET m.actor = x.key, m.date = coalesce(a.date, '')
} IN TRANSACTIONS OF $batch ROWS`
)

// mentionDateParams are the rows of stmtDateMentions: each article's key and date.
func mentionDateParams(rs []articleRow) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{"key": r.Key, "date": r.Date}
	}
	return out
}

// dateMentions dates the mentions of a graph written before mentions were dated.
func (s *Store) dateMentions(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = sess.Close(ctx) }()
	// CALL { } IN TRANSACTIONS runs only in an auto-commit transaction: sess.Run.
	res, err := sess.Run(ctx, stmtBackfillMentionDates, map[string]any{"batch": deleteBatch})
	if err != nil {
		return translate(s.cfg, "date mentions", err)
	}
	if _, err := res.Consume(ctx); err != nil {
		return translate(s.cfg, "date mentions", err)
	}
	return nil
}
