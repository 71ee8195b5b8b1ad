// @report meetings
// @description Who met whom, in how many articles, and when first and last, most reported first.
// @param actor = "" one party: a key, name, alias or surname ("RUS", "Russia", "the Kremlin", "Lavrov"); empty for any
// @param other = "" the other party, as actor; empty for any
// @param since = "" first date, YYYY-MM-DD, YYYY-MM or YYYY; empty for all time
// @param until = "9999-12-31" last date
// @param offset = 0 rows to skip
// @param limit = 100 most rows
//
// One row per pair of actors. All time, the counts are those kept on MET_WITH at write
// time (article_count, first_seen, last_seen), the most reported pairs read from the
// met_with_article_count index; within dates, they are counted from the meeting reports
// of those dates. A named actor comes first in its rows.
CALL () {
  CALL () {
    MATCH (x:Actor {key: trim($actor)})
    RETURN x
    UNION
    MATCH (x:Actor {name_lc: toLower(trim($actor))})
    RETURN x
  }
  RETURN collect(x) AS side_a
}
CALL () {
  CALL () {
    MATCH (x:Actor {key: trim($other)})
    RETURN x
    UNION
    MATCH (x:Actor {name_lc: toLower(trim($other))})
    RETURN x
  }
  RETURN collect(x) AS side_b
}
WITH side_a, side_b, trim($actor) = '' AS anyA, trim($other) = '' AS anyB,
     $since = '' AND $until >= '9999-12-31' AS allTime
CALL (side_a, side_b, anyA, anyB, allTime) {
  WITH CASE WHEN anyA AND anyB AND allTime THEN 1 ELSE 2147483647 END AS least
  MATCH (a)-[r:MET_WITH]->(b)
  USING INDEX r:MET_WITH(article_count)
  WHERE r.article_count >= least
  RETURN a, b, r.article_count AS articles, r.first_seen AS first_seen, r.last_seen AS last_seen
  ORDER BY r.article_count DESC
  LIMIT $offset + $limit
  UNION
  UNWIND CASE WHEN allTime AND anyA THEN side_b WHEN allTime THEN side_a ELSE [] END AS a
  MATCH (a)-[r:MET_WITH]-(b)
  WHERE anyA OR anyB OR b IN side_b
  RETURN a, b, r.article_count AS articles, r.first_seen AS first_seen, r.last_seen AS last_seen
  UNION
  WITH CASE WHEN anyA AND anyB AND NOT allTime THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(met_on)
  WHERE rep.met_on >= since AND rep.met_on <= $until AND rep.met_on <> ''
  UNWIND range(0, size(rep.met_sources) - 1) AS i
  WITH rep.met_sources[i] AS sk, rep.met_targets[i] AS tk, rep
  WITH sk, tk, count(DISTINCT endNode(rep)) AS articles, min(rep.met_on) AS first_seen, max(rep.met_on) AS last_seen
  MATCH (a:Actor {key: sk})
  MATCH (b:Actor {key: tk})
  RETURN a, b, articles, first_seen, last_seen
  UNION
  UNWIND CASE WHEN allTime THEN [] WHEN anyA THEN side_b ELSE side_a END AS a
  MATCH (a)-[:ATTENDED]->(:Meeting)-[rep:REPORTED_IN]->()
  WHERE rep.met_on >= $since AND rep.met_on <= $until AND rep.met_on <> ''
  UNWIND range(0, size(rep.met_sources) - 1) AS i
  WITH a, rep, rep.met_sources[i] AS sk, rep.met_targets[i] AS tk
  WHERE a.key IN [sk, tk]
  WITH a, CASE WHEN sk = a.key THEN tk ELSE sk END AS bk, count(DISTINCT endNode(rep)) AS articles,
       min(rep.met_on) AS first_seen, max(rep.met_on) AS last_seen
  MATCH (b:Actor {key: bk})
  WHERE anyA OR anyB OR b IN side_b
  RETURN a, b, articles, first_seen, last_seen
}
WITH a, b, articles, first_seen, last_seen
ORDER BY articles DESC, last_seen DESC, a.key, b.key
SKIP $offset
LIMIT $limit
RETURN a.key AS source_key, a.name AS source, b.key AS target_key, b.name AS target, articles, first_seen, last_seen
