// @report who-accused-whom
// @description Who accused whom of what, when, and in which article, newest first.
// @param actor = "" the accuser: a key, name, alias or surname ("RUS", "Russia", "the Kremlin", "Lavrov"); empty for any
// @param target = "" the accused, as actor; empty for any
// @param since = "" first date, YYYY-MM-DD, YYYY-MM or YYYY; empty for the earliest (undated articles show only when neither since nor until is given)
// @param until = "9999-12-31" last date
// @param sort = "newest" [newest|oldest] order by date
// @param offset = 0 rows to skip
// @param limit = 100 most rows
//
// One row per accusation (accuser, accused, claim) and article. With nothing named the
// rows come from the reported_accused_on index in date order; with an accuser or an
// accused named, from the articles that mention that actor.
CALL () {
  CALL () {
    MATCH (x:Actor {key: trim($actor)})
    RETURN x
    UNION
    MATCH (x:Actor {name_lc: toLower(trim($actor))})
    RETURN x
  }
  RETURN collect(x) AS accusers
}
CALL () {
  CALL () {
    MATCH (x:Actor {key: trim($target)})
    RETURN x
    UNION
    MATCH (x:Actor {name_lc: toLower(trim($target))})
    RETURN x
  }
  RETURN collect(x) AS targets
}
WITH accusers, targets, [x IN accusers | x.key] AS keys_a, [x IN targets | x.key] AS keys_t,
     trim($actor) = '' AS anyA, trim($target) = '' AS anyT
CALL (accusers, targets, anyA, anyT) {
  WITH CASE WHEN anyA AND anyT AND $sort = 'newest' THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(accused_on)
  WHERE rep.accused_on >= since AND rep.accused_on <= $until AND (rep.accused_on <> '' OR $until >= '9999-12-31')
  RETURN rep
  ORDER BY rep.accused_on DESC
  LIMIT $offset + $limit
  UNION
  WITH CASE WHEN anyA AND anyT AND $sort = 'oldest' THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(accused_on)
  WHERE rep.accused_on >= since AND rep.accused_on <= $until AND (rep.accused_on <> '' OR $until >= '9999-12-31')
  RETURN rep
  ORDER BY rep.accused_on ASC
  LIMIT $offset + $limit
  UNION
  UNWIND accusers AS x
  MATCH (x)<-[:MENTIONS]-(:Article)<-[rep:REPORTED_IN]-(:Claim)
  WHERE x.key IN rep.accused_sources
    AND rep.accused_on >= $since AND rep.accused_on <= $until AND (rep.accused_on <> '' OR $until >= '9999-12-31')
  RETURN rep
  UNION
  UNWIND CASE WHEN anyA THEN targets ELSE [] END AS x
  MATCH (x)<-[:MENTIONS]-(:Article)<-[rep:REPORTED_IN]-(:Claim)
  WHERE x.key IN rep.accused_targets
    AND rep.accused_on >= $since AND rep.accused_on <= $until AND (rep.accused_on <> '' OR $until >= '9999-12-31')
  RETURN rep
}
WITH DISTINCT rep, keys_a, keys_t, anyA, anyT
UNWIND range(0, size(rep.accused_sources) - 1) AS i
WITH rep, rep.accused_sources[i] AS sk, rep.accused_targets[i] AS tk, keys_a, keys_t, anyA, anyT
WHERE (anyA OR sk IN keys_a) AND (anyT OR tk IN keys_t)
WITH rep, sk, tk, startNode(rep) AS c, endNode(rep) AS art
ORDER BY CASE $sort WHEN 'oldest' THEN '' ELSE rep.accused_on END DESC, rep.accused_on, sk, tk, art.key
SKIP $offset
LIMIT $limit
OPTIONAL MATCH (s:Actor {key: sk})
OPTIONAL MATCH (t:Actor {key: tk})
RETURN CASE WHEN rep.date = '' THEN null ELSE rep.date END AS date,
       sk AS source_key, s.name AS source, CASE WHEN tk = '' THEN null ELSE tk END AS target_key, t.name AS target,
       c.text AS claim, coalesce(art.title, art.key) AS article, art.url AS url
