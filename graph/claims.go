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
//
// Every claim with a denial keeps the date of its latest denied report (`denied_last`,
// "" when only undated articles deny it), indexed (claim_denied_last): a report lists
// claims by their latest denial without reading every denial. A written report raises
// it (claimDeniedLast); a detached article has it found again (stmtDetachArticle).
const (
	// claimDeniedLast follows the merge of a claim's REPORTED_IN r.
	claimDeniedLast = `
WITH c, r
SET c.denied_last = CASE WHEN r.denied_on IS NOT NULL AND (c.denied_last IS NULL OR r.denied_on > c.denied_last)
                         THEN r.denied_on ELSE c.denied_last END`

	// latestDenial is the date of the latest denied report of claim n, from the
	// reported_claim_date index; null when no report denies it.
	latestDenial = `COLLECT {
    MATCH ()-[q:REPORTED_IN]->()
    USING INDEX q:REPORTED_IN(claim, date)
    WHERE q.claim = n.key AND q.date >= '' AND q.denied_on IS NOT NULL
    RETURN q.denied_on
    ORDER BY q.claim DESC, q.date DESC
    LIMIT 1
  }[0]`

	// stmtBackfillDeniedLast sets the latest denial of the claims of a graph written
	// before claims had it, in transactions of 1,000 claims.
	stmtBackfillDeniedLast = `
MATCH (n:Claim)
WHERE n.denied_last IS NULL AND COUNT { (n)<-[:DENIED]-() } > 0
CALL (n) {
  SET n.denied_last = ` + latestDenial + `
} IN TRANSACTIONS OF 1000 ROWS`

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

// keyClaims sets the claim keys and the latest denials of a graph written before its
// claims had them.
func (s *Store) keyClaims(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = sess.Close(ctx) }()
	var stmts []string
	for _, rels := range claimRelationships {
		stmts = append(stmts, fmt.Sprintf(stmtBackfillClaimKeys, rels))
	}
	stmts = append(stmts, stmtBackfillDeniedLast)
	for _, q := range stmts {
		// CALL { } IN TRANSACTIONS runs only in an auto-commit transaction: sess.Run.
		res, err := sess.Run(ctx, q, map[string]any{"batch": deleteBatch})
		if err != nil {
			return translate(s.cfg, "key claims", err)
		}
		if _, err := res.Consume(ctx); err != nil {
			return translate(s.cfg, "key claims", err)
		}
	}
	return nil
}
