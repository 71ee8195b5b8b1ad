package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Claim keys. Every ACCUSED, AGAINST, DENIED and AGREED_TO relationship and every
// REPORTED_IN of a claim carries the claim's key (`claim`), indexed with the
// relationship's article_count (accused_claim_count, against_claim_count,
// denied_claim_count, agreed_to_claim_count) and with the report's date
// (reported_claim_date): a report lists a claim's parties with the most articles first
// and finds its first, last and latest denied report without reading every party or
// report of the claim, however many it has. The key is set when the relationship is
// created (claimKeyOfEnd, claimKeyOfStart, stmtMergeClaimReports).
const (
	// claimKeyOfEnd and claimKeyOfStart follow stmtMergeRel for a relationship that ends
	// (ACCUSED, DENIED, AGREED_TO) or starts (AGAINST) at its claim.
	claimKeyOfEnd = `
SET r.claim = b.key`
	claimKeyOfStart = `
SET r.claim = a.key`

	// stmtBackfillClaimKeys sets the claim key of the relationships written before they
	// had it, from the claim's side (%s: the relationship pattern), in transactions of
	// $batch relationships; on a graph where every one has it it only reads them.
	stmtBackfillClaimKeys = `
MATCH (c:Claim)%s()
WHERE r.claim IS NULL
CALL (c, r) {
  SET r.claim = c.key
} IN TRANSACTIONS OF $batch ROWS`
)

// claimRelationships are the relationship patterns, seen from the claim, whose
// relationships carry the claim's key.
var claimRelationships = []string{"-[r:AGAINST|REPORTED_IN]->", "<-[r:ACCUSED|DENIED|AGREED_TO]-"}

// keyClaims sets the claim keys of a graph written before its claims' relationships had
// them.
func (s *Store) keyClaims(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = sess.Close(ctx) }()
	for _, rels := range claimRelationships {
		// CALL { } IN TRANSACTIONS runs only in an auto-commit transaction: sess.Run.
		res, err := sess.Run(ctx, fmt.Sprintf(stmtBackfillClaimKeys, rels), map[string]any{"batch": deleteBatch})
		if err != nil {
			return translate(s.cfg, "key claims", err)
		}
		if _, err := res.Consume(ctx); err != nil {
			return translate(s.cfg, "key claims", err)
		}
	}
	return nil
}
