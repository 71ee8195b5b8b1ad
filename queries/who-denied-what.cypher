// @report who-denied-what
// @description Who denied what, who had accused them of it, when, and in which article, newest first.
// @param actor = "" who denied: a key, name, alias or surname ("RUS", "Russia", "the Kremlin", "Lavrov"); empty for any
// @param since = "" first date, YYYY-MM-DD, YYYY-MM or YYYY; empty for the earliest (undated articles show only when neither since nor until is given)
// @param until = "9999-12-31" last date
// @param sort = "newest" [newest|oldest] order by date
// @param offset = 0 rows to skip
// @param limit = 100 most rows
//
// One row per denial and article. accused_by names those who accused someone of the same
// claim in the same article, those who accused the denier (the state it represents or
// belongs to) of anything in the same article, and those who accused it of the same
// claim anywhere. (A denial with no words of its own, "B
// denied it", is written with the claim of the accusation against B it answers.) With
// nothing named the rows come from the reported_denied_on index in date order; with a
// denier named, from the articles that mention it, in date order from the
// mentions_actor_date index: only as many as the page needs.
CALL () {
  CALL () {
    MATCH (x:Actor {key: trim($actor)})
    RETURN x
    UNION
    MATCH (x:Actor {name_lc: toLower(trim($actor))})
    RETURN x
  }
  RETURN collect(x) AS deniers
}
WITH deniers, [x IN deniers | x.key] AS keys_d, trim($actor) = '' AS anyD
CALL (deniers, anyD) {
  WITH CASE WHEN anyD AND $sort = 'newest' THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(denied_on)
  WHERE rep.denied_on >= since AND rep.denied_on <= $until AND (rep.denied_on <> '' OR $until >= '9999-12-31')
  RETURN rep
  ORDER BY rep.denied_on DESC
  LIMIT $offset + $limit
  UNION
  WITH CASE WHEN anyD AND $sort = 'oldest' THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(denied_on)
  WHERE rep.denied_on >= since AND rep.denied_on <= $until AND (rep.denied_on <> '' OR $until >= '9999-12-31')
  RETURN rep
  ORDER BY rep.denied_on ASC
  LIMIT $offset + $limit
  UNION
  // A denier named: the articles that mention it in date order from the
  // mentions_actor_date index, until the page holds $offset + $limit of its denials, and
  // the other reports of the page's last day, so that a day is never cut in two.
  UNWIND deniers AS x
  CALL (x) {
    WITH x.key AS key
    CALL (key) {
      WITH key, CASE $sort WHEN 'newest' THEN $since ELSE '~' END AS since
      MATCH (a)-[m:MENTIONS]->()
      USING INDEX m:MENTIONS(actor, date)
      WHERE m.actor = key AND m.date >= since AND m.date <= $until AND (m.date <> '' OR $until >= '9999-12-31')
      MATCH (a)<-[rep:REPORTED_IN]-(:Claim)
      WHERE key IN rep.denied_sources
      WITH rep, m
      ORDER BY m.actor DESC, m.date DESC
      LIMIT $offset + $limit
      RETURN collect(rep) AS page, min(m.date) AS edge
      UNION
      WITH key, CASE $sort WHEN 'oldest' THEN $since ELSE '~' END AS since
      MATCH (a)-[m:MENTIONS]->()
      USING INDEX m:MENTIONS(actor, date)
      WHERE m.actor = key AND m.date >= since AND m.date <= $until AND (m.date <> '' OR $until >= '9999-12-31')
      MATCH (a)<-[rep:REPORTED_IN]-(:Claim)
      WHERE key IN rep.denied_sources
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
      WHERE key IN rep.denied_sources
      RETURN rep
    }
    RETURN rep
  }
  RETURN rep
}
WITH keys_d, anyD, collect(DISTINCT rep) AS reps
UNWIND reps AS rep
UNWIND range(0, size(rep.denied_sources) - 1) AS i
WITH rep, rep.denied_sources[i] AS dk, rep.denied_targets[i] AS tk, keys_d, anyD
WHERE anyD OR dk IN keys_d
WITH rep, dk, tk, startNode(rep) AS c, endNode(rep) AS art
ORDER BY CASE $sort WHEN 'oldest' THEN '' ELSE rep.denied_on END DESC, rep.denied_on, dk, tk, art.key
SKIP $offset
LIMIT $limit
// The accusers, for the rows shown only: those in the same report; those who, in the
// same article, accused the denier or its state (of whatever words: "had nothing to do
// with the injuries" answers "accused China of ramming a boat, injuring sailors"); and
// those whose accusation of the claim is against the denier or its state anywhere (read
// from the claim's ACCUSED and AGAINST relationships: one per actor, however many
// articles report them).
OPTIONAL MATCH (d:Actor {key: dk})
OPTIONAL MATCH (t:Actor {key: tk})
CALL (d, dk, rep, c, art) {
  WITH [dk, d.country] + [(d)-[:REPRESENTS]->(s) | s.key] AS accused
  CALL (rep, c, art, accused) {
    UNWIND coalesce(rep.accused_sources, []) AS ak
    RETURN ak
    UNION
    // read from the article and the claim outward (pattern comprehensions), so that the
    // plan never starts from an index over every accusation or from a hub's claims
    UNWIND [(art)<-[same:REPORTED_IN]-(:Claim) WHERE same.accused_on IS NOT NULL | same] AS same
    UNWIND range(0, size(same.accused_sources) - 1) AS i
    WITH same, i
    WHERE same.accused_targets[i] IN accused
    RETURN same.accused_sources[i] AS ak
    UNION
    WITH c, accused
    WHERE any(k IN [(c)-[:AGAINST]->(x:Actor) | x.key] WHERE k IN accused)
    UNWIND [(a:Actor)-[:ACCUSED]->(c) | a.key] AS ak
    RETURN ak
  }
  WITH DISTINCT ak
  WHERE ak <> dk
  MATCH (a:Actor {key: ak})
  WITH a
  ORDER BY a.name, a.key
  RETURN collect(a.name) AS accused_by
}
RETURN CASE WHEN rep.date = '' THEN null ELSE rep.date END AS date,
       dk AS source_key, d.name AS source, CASE WHEN tk = '' THEN null ELSE tk END AS target_key, t.name AS target,
       c.text AS claim, accused_by, coalesce(art.title, art.key) AS article, art.url AS url
