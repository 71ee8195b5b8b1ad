package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Reports by pair of sides. Every actor keeps the sides it counts for, `groups`: its own
// key, and for each state it belongs to (a country itself, the state a person represents,
// the country of a person or body) that state's key with "*" ("RUS*": Russia with its
// people and bodies, as a report's `members` reads a state). Every claim or meeting
// reported in an article with a fact between two actors has, beside its REPORTED_IN, one
// REPORTED_PAIR to the article per pair of their sides: `pair` ("RUS*|UKR*", the two sides
// in order), the article's `date` ("" when undated) and the fact types between them
// (`kinds`), indexed by pair and date (reported_pair_date). So a report between two
// sides reads their reports newest (or oldest) first and stops at the page, however many
// articles mention either side. A fact one of whose actors belongs to a state has one
// more REPORTED_PAIR per such state, whoever the other party is or whether there is one
// (`pair` "RUS*", no bar): a report of one state with its members reads those, and never
// the articles of each of the state's people.
//
// The pairs of an article are written with its facts, from its REPORTED_IN and the
// groups of its actors. When the groups of an actor change (a person is said to represent
// another state, or no longer is, or a body's country changes), the pairs of every article
// that mentions the actor are written again in the same transaction, so the pairs are a
// function of the articles and the actors as they are, whatever the order of the writes.
// An article whose pairs are written carries pairs_version; the schema writes the pairs of
// the articles of a graph written before the pairs were as they are now.

// actorGroups is the Cypher expression of the groups of actor x, sorted.
const actorGroups = `COLLECT {
  UNWIND [x.key] + CASE WHEN x:Country THEN [x.key + '*'] ELSE [] END
         + CASE WHEN x.country IS NULL OR x:Country THEN [] ELSE [x.country + '*'] END
         + COLLECT { MATCH (x)-[:REPRESENTS]->(c:Country) RETURN c.key + '*' } AS g
  RETURN DISTINCT g ORDER BY g
}`

// pairsOf is the body that writes the REPORTED_PAIR of article art from its REPORTED_IN:
// all of them, or with sidesOnly those of one state side alone.
const pairsOf = `
  MATCH (art)<-[rep:REPORTED_IN]-(c)
  WITH art, sidesOnly, rep, c
  UNWIND ['accused', 'agreed', 'denied', 'met'] AS k
  UNWIND range(0, size(coalesce(rep[k + '_sources'], [])) - 1) AS i
  WITH art, sidesOnly, rep, c, k, rep[k + '_sources'][i] AS sk, rep[k + '_targets'][i] AS tk
  WHERE sk <> ''
  MATCH (s:Actor {key: sk})
  OPTIONAL MATCH (t:Actor {key: tk})
  WITH art, sidesOnly, rep, c, k, s.groups AS gs, coalesce(t.groups, []) AS hs
  UNWIND [g IN gs + hs WHERE g ENDS WITH '*']
         + CASE WHEN sidesOnly THEN []
                ELSE reduce(ps = [], g IN gs | ps + [h IN hs | CASE WHEN g <= h THEN g + '|' + h ELSE h + '|' + g END]) END AS pair
  WITH art, rep, c, pair, collect(DISTINCT k) AS ks
  CREATE (c)-[:REPORTED_PAIR {pair: pair, date: rep.date,
                              kinds: [x IN ['accused', 'agreed', 'denied', 'met'] WHERE x IN ks]}]->(art)`

// pairsVersion is the pairs_version of an article whose pairs are written as pairsOf
// writes them.
const pairsVersion = 2

const (
	// stmtGroupActors sets the groups of the given actors ($keys, sorted: the actors of the
	// batch's rows and those a replacement touched), under each actor's write lock, and
	// returns the articles outside $written that mention an actor whose groups changed.
	stmtGroupActors = `
UNWIND $keys AS key
MATCH (x:Actor {key: key})
SET x._lock = true
WITH x, ` + actorGroups + ` AS groups
WITH x, groups, coalesce(x.groups <> groups, true) AS changed
SET x.groups = groups
REMOVE x._lock
WITH x
WHERE changed
MATCH (x)<-[:MENTIONS]-(a:Article)
WHERE NOT a.key IN $written
RETURN DISTINCT a.key AS key`

	// stmtWritePairs writes the REPORTED_PAIR of the given articles ($keys, sorted) again
	// from their REPORTED_IN, under each article's write lock: the ones they had go first.
	stmtWritePairs = `
UNWIND $keys AS key
MATCH (art:Article {key: key})
SET art._lock = true
REMOVE art._lock
SET art.pairs_version = $version
WITH art, false AS sidesOnly
CALL (art) {
  MATCH (art)<-[old:REPORTED_PAIR]-()
  DELETE old
}
CALL (art, sidesOnly) {` + pairsOf + `
}`

	// stmtBackfillGroups sets the groups of the actors of a graph written before actors
	// had them, in transactions of 1,000 actors.
	stmtBackfillGroups = `
MATCH (x:Actor)
WHERE x.groups IS NULL
CALL (x) {
  SET x.groups = ` + actorGroups + `
} IN TRANSACTIONS OF 1000 ROWS`

	// stmtBackfillPairs writes the pairs of the articles of a graph written before they
	// were as they are now (an article without pairs_version), in transactions of 1,000
	// articles: all of them for an article without any, else those of one state side
	// alone, which came last. On a graph where every article has them it only reads the
	// articles.
	stmtBackfillPairs = `
MATCH (art:Article)
WHERE art.pairs_version IS NULL
CALL (art) {
  SET art.pairs_version = $version
  WITH art, EXISTS { (art)<-[:REPORTED_PAIR]-() } AS sidesOnly
  CALL (art, sidesOnly) {` + pairsOf + `
  }
} IN TRANSACTIONS OF 1000 ROWS`
)

// groupActorsParams are the parameters of stmtGroupActors.
func groupActorsParams(actors []string, written []any) map[string]any {
	keys := make([]any, len(actors))
	for i, k := range actors {
		keys[i] = k
	}
	return map[string]any{"keys": keys, "written": written}
}

// regroup sets the groups of the actors of a graph written before actors had them and
// writes the pairs of its articles.
func (s *Store) regroup(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = sess.Close(ctx) }()
	for _, q := range []string{stmtBackfillGroups, stmtBackfillPairs} {
		// CALL { } IN TRANSACTIONS runs only in an auto-commit transaction: sess.Run.
		res, err := sess.Run(ctx, q, map[string]any{"version": pairsVersion})
		if err != nil {
			return translate(s.cfg, "write pairs", err)
		}
		if _, err := res.Consume(ctx); err != nil {
			return translate(s.cfg, "write pairs", err)
		}
	}
	return nil
}
