// @report who-denied-what
// @description Who denied what, who had accused them of it (ten per claim, and how many), when, and in which article, newest first.
// @param actor = "" who denied: a key, name, alias or surname ("RUS", "Russia", "the Kremlin", "Lavrov"); empty for any
// @param since = "" first date, YYYY-MM-DD, YYYY-MM or YYYY; empty for the earliest (undated articles show only when neither since nor until is given)
// @param until = "9999-12-31" last date
// @param sort = "newest" [newest|oldest] order by date
// @param offset = 0 rows to skip
// @param limit = 100 most rows
//
// One row per denial and article. accused_by names those who accused someone of the same
// claim in the same article, those who accused the denier (the state it represents or
// belongs to) of anything in the same article, and, when the claim is one the denier (or
// its state) was accused of anywhere, the ten accusers of the claim with the most
// articles (read in that order from the accused_claim_count index); accused_by_count
// counts all of them, every accuser of such a claim included, so that a claim of
// thousands of accusers costs what a claim of ten does. (A denial with no words of its
// own, "B denied it", is written with the claim of the accusation against B it answers.) With
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
// with the injuries" answers "accused China of ramming a boat, injuring sailors"); and,
// when the claim is against the denier or its state, the ten accusers of the claim with
// the most articles and how many accused anyone of it (one ACCUSED per actor, however
// many articles report them).
OPTIONAL MATCH (d:Actor {key: dk})
OPTIONAL MATCH (t:Actor {key: tk})
CALL (d, dk, rep, c, art) {
  WITH c, dk, rep, art, [dk, d.country] + [(d)-[:REPRESENTS]->(s) | s.key] AS accused
  // read from the article and the claim outward (pattern comprehensions), so that the
  // plan never starts from an index over every accusation or from a hub's claims: the
  // accusers of the claim in the article, and those of the denier or its state in the
  // article's other reports
  WITH c, dk, accused, coalesce(rep.accused_sources, []) AS same,
       reduce(ks = [], other IN [(art)<-[other:REPORTED_IN]-(:Claim) WHERE other.accused_on IS NOT NULL AND other <> rep | other] |
              ks + [i IN range(0, size(other.accused_sources) - 1) WHERE other.accused_targets[i] IN accused | other.accused_sources[i]]) AS others
  // is the claim one the denier or its state was accused of
  CALL (c, accused) {
    RETURN false AS against
    UNION
    UNWIND accused AS k
    MATCH (c)-[:AGAINST]->(x:Actor {key: k})
    USING INDEX x:Actor(key)
    RETURN true AS against
  }
  WITH c, dk, same, others, max(against) AS against
  WITH c, dk, same, others, against, COLLECT {
    MATCH (a:Actor)-[r:ACCUSED]->()
    USING INDEX r:ACCUSED(claim, article_count)
    WHERE against AND r.claim = c.key AND r.article_count > 0 AND a.key <> dk
    RETURN a.key
    ORDER BY r.claim DESC, r.article_count DESC
    LIMIT 10
  } AS top
  CALL (same, others, top, dk) {
    UNWIND same + others + top AS ak
    WITH DISTINCT ak
    WHERE ak <> dk
    MATCH (a:Actor {key: ak})
    WITH a
    ORDER BY a.name, a.key
    RETURN collect(a.name) AS accused_by
  }
  // how many: with a claim the denier was accused of, every accuser of the claim (its
  // ACCUSED) but the denier, and the accusers of the article's other reports that did not
  // accuse anyone of it; else the accusers of the article
  CALL (c, dk, same, others, against) {
    UNWIND CASE WHEN against THEN [c] ELSE [] END AS y
    CALL (y, dk, same, others) {
      UNWIND others + [dk] AS k
      WITH DISTINCT k
      MATCH (a:Actor {key: k})-[:ACCUSED]->(y)
      USING INDEX a:Actor(key)
      RETURN collect(k) AS accusing
    }
    RETURN COUNT { (y)<-[:ACCUSED]-() } - CASE WHEN dk IN accusing THEN 1 ELSE 0 END
           + size(reduce(u = [], k IN others | CASE WHEN k IN u OR k IN accusing OR k = dk THEN u ELSE u + k END)) AS accused_by_count
    UNION
    UNWIND CASE WHEN against THEN [] ELSE [c] END AS y
    RETURN size(reduce(u = [], k IN same + others | CASE WHEN k IN u OR k = dk THEN u ELSE u + k END)) AS accused_by_count
  }
  RETURN accused_by, accused_by_count
}
RETURN CASE WHEN rep.date = '' THEN null ELSE rep.date END AS date,
       dk AS source_key, d.name AS source, CASE WHEN tk = '' THEN null ELSE tk END AS target_key, t.name AS target,
       c.text AS claim, accused_by, accused_by_count, coalesce(art.title, art.key) AS article, art.url AS url
