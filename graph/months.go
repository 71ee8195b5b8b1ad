package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Reports per month. Besides its all-time reports counters (Actor.reports_<type>), every
// actor keeps, per fact type, the number of its reports in each month with any:
// reports_met_months, reports_accused_months, reports_denied_months and
// reports_agreed_months, sorted lists of "YYYY-MM n". They count what top-actors counts
// within dates (a report once per article, a meeting once per other party and article;
// undated articles are not counted), so that a window of whole months is summed from them
// instead of counting every report of the window. A written article adds its reports, a
// replaced one takes its earlier reports out first.

// monthsCount is the body shared by the statements that add and take out the reports of
// articles: $keys are article keys, $sign is 1 or -1. The article's REPORTED_IN must be
// there (written, or not yet detached).
const monthsCount = `
UNWIND $keys AS key
MATCH (art:Article {key: key})<-[rep:REPORTED_IN]-()
WHERE rep.date <> ''
UNWIND ['met', 'accused', 'denied', 'agreed'] AS k
UNWIND range(0, size(coalesce(rep[k + '_sources'], [])) - 1) AS i
WITH art, rep, k, rep[k + '_sources'][i] AS sk, rep[k + '_targets'][i] AS tk
UNWIND CASE WHEN k IN ['met', 'agreed'] THEN [[sk, tk], [tk, sk]] ELSE [[sk, tk]] END AS side
WITH art, rep, k, side[0] AS ak, side[1] AS ok
WHERE ak <> ''
WITH ak, k, substring(rep.date, 0, 7) AS month,
     count(DISTINCT CASE k WHEN 'met' THEN [ok, art.key] ELSE elementId(rep) END) AS n
WITH ak, k, collect([month, $sign * n]) AS counts
ORDER BY ak, k
MATCH (a:Actor {key: ak})
SET a._lock = true
WITH a, k, counts + [x IN coalesce(a['reports_' + k + '_months'], []) | [left(x, 7), toInteger(substring(x, 8))]] AS pairs
WITH a, k, COLLECT {
  UNWIND pairs AS p
  WITH p[0] AS month, sum(p[1]) AS n
  WHERE n > 0
  RETURN month + ' ' + toString(n) AS x
  ORDER BY x
} AS months
SET a['reports_' + k + '_months'] = CASE WHEN size(months) > 0 THEN months END
REMOVE a._lock`

const (
	// stmtCountMonths adds the reports of the batch's articles whose facts are written,
	// after their REPORTED_IN are merged.
	stmtCountMonths = monthsCount

	// stmtUncountMonths takes the reports of replaced articles out, before their
	// REPORTED_IN are detached.
	stmtUncountMonths = monthsCount

	// stmtRecountMonths counts the months of the actors of a graph written before months
	// were counted (an actor with reports of a type and no months of it), from the
	// articles that mention each, in transactions of 100 actors. It sets the lists, so
	// running it again changes nothing.
	stmtRecountMonths = `
MATCH (a:Actor)
WHERE (a.reports_met_with > 0 AND a.reports_met_months IS NULL)
   OR (a.reports_accused > 0 AND a.reports_accused_months IS NULL)
   OR (a.reports_denied > 0 AND a.reports_denied_months IS NULL)
   OR (a.reports_agreed_to > 0 AND a.reports_agreed_months IS NULL)
CALL (a) {
  CALL (a) {
    MATCH (a)<-[:MENTIONS]-(art:Article)<-[rep:REPORTED_IN]-()
    WHERE rep.date <> ''
    UNWIND ['met', 'accused', 'denied', 'agreed'] AS k
    UNWIND range(0, size(coalesce(rep[k + '_sources'], [])) - 1) AS i
    WITH art, rep, k, rep[k + '_sources'][i] AS sk, rep[k + '_targets'][i] AS tk
    UNWIND CASE WHEN k IN ['met', 'agreed'] THEN [[sk, tk], [tk, sk]] ELSE [[sk, tk]] END AS side
    WITH art, rep, k, side[0] AS ak, side[1] AS ok
    WHERE ak = a.key
    WITH k, substring(rep.date, 0, 7) AS month,
         count(DISTINCT CASE k WHEN 'met' THEN [ok, art.key] ELSE elementId(rep) END) AS n
    WITH k, month + ' ' + toString(n) AS x
    ORDER BY x
    RETURN k, collect(x) AS months
  }
  WITH a, collect([k, months]) AS all
  SET a.reports_met_months = head([p IN all WHERE p[0] = 'met' | p[1]]),
      a.reports_accused_months = head([p IN all WHERE p[0] = 'accused' | p[1]]),
      a.reports_denied_months = head([p IN all WHERE p[0] = 'denied' | p[1]]),
      a.reports_agreed_months = head([p IN all WHERE p[0] = 'agreed' | p[1]])
} IN TRANSACTIONS OF 100 ROWS`
)

// countMonthsParams are the parameters of stmtCountMonths and stmtUncountMonths.
func countMonthsParams(keys []any, sign int64) map[string]any {
	return map[string]any{"keys": keys, "sign": sign}
}

// recountMonths counts the months of the actors of a graph written before months were
// counted.
func (s *Store) recountMonths(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = sess.Close(ctx) }()
	// CALL { } IN TRANSACTIONS runs only in an auto-commit transaction: sess.Run.
	res, err := sess.Run(ctx, stmtRecountMonths, nil)
	if err != nil {
		return translate(s.cfg, "count reports per month", err)
	}
	if _, err := res.Consume(ctx); err != nil {
		return translate(s.cfg, "count reports per month", err)
	}
	return nil
}
