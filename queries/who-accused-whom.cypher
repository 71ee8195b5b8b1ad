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
// accused named, from the articles that mention that actor, in date order from the
// mentions_actor_date index: only as many as the page needs.
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
     trim($actor) = '' AS anyA, trim($target) = '' AS anyT,
     reduce(n = 0, x IN accusers | n + COUNT { (x)<-[:MENTIONS]-() }) AS mentions_a,
     reduce(n = 0, x IN targets | n + COUNT { (x)<-[:MENTIONS]-() }) AS mentions_t
WITH keys_a, keys_t, anyA, anyT,
     CASE WHEN anyA THEN targets WHEN anyT OR mentions_a <= mentions_t THEN accusers ELSE targets END AS least
CALL (keys_a, keys_t, anyA, anyT, least) {
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
  // An accuser or an accused named: the articles that mention it (the one mentioned in
  // fewer articles when both are named) in date order from the mentions_actor_date index,
  // until the page holds $offset + $limit of their accusations with a row of the report,
  // and the other reports of the page's last day, so that a day is never cut in two.
  UNWIND least AS x
  CALL (x, keys_a, keys_t, anyA, anyT) {
    WITH x.key AS key, keys_a, keys_t, anyA, anyT
    CALL (key, keys_a, keys_t, anyA, anyT) {
      WITH key, keys_a, keys_t, anyA, anyT, CASE $sort WHEN 'newest' THEN $since ELSE '~' END AS since
      MATCH (a)-[m:MENTIONS]->()
      USING INDEX m:MENTIONS(actor, date)
      WHERE m.actor = key AND m.date >= since AND m.date <= $until AND (m.date <> '' OR $until >= '9999-12-31')
      MATCH (a)<-[rep:REPORTED_IN]-(:Claim)
      WHERE any(i IN range(0, size(coalesce(rep.accused_sources, [])) - 1)
                WHERE (anyA OR rep.accused_sources[i] IN keys_a) AND (anyT OR rep.accused_targets[i] IN keys_t))
      WITH rep, m
      ORDER BY m.actor DESC, m.date DESC
      LIMIT $offset + $limit
      RETURN collect(rep) AS page, min(m.date) AS edge
      UNION
      WITH key, keys_a, keys_t, anyA, anyT, CASE $sort WHEN 'oldest' THEN $since ELSE '~' END AS since
      MATCH (a)-[m:MENTIONS]->()
      USING INDEX m:MENTIONS(actor, date)
      WHERE m.actor = key AND m.date >= since AND m.date <= $until AND (m.date <> '' OR $until >= '9999-12-31')
      MATCH (a)<-[rep:REPORTED_IN]-(:Claim)
      WHERE any(i IN range(0, size(coalesce(rep.accused_sources, [])) - 1)
                WHERE (anyA OR rep.accused_sources[i] IN keys_a) AND (anyT OR rep.accused_targets[i] IN keys_t))
      WITH rep, m
      ORDER BY m.actor ASC, m.date ASC
      LIMIT $offset + $limit
      RETURN collect(rep) AS page, max(m.date) AS edge
    }
    WITH key, page, edge
    WHERE edge IS NOT NULL
    CALL (key, page, edge) {
      UNWIND page AS rep
      RETURN rep
      UNION
      MATCH (a)-[m:MENTIONS]->()
      USING INDEX m:MENTIONS(actor, date)
      WHERE m.actor = key AND m.date = edge
      MATCH (a)<-[rep:REPORTED_IN]-(:Claim)
      WHERE rep.accused_on IS NOT NULL
      RETURN rep
    }
    RETURN rep
  }
  RETURN rep
}
WITH keys_a, keys_t, anyA, anyT, collect(DISTINCT rep) AS reps
UNWIND reps AS rep
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
