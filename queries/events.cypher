// @report events
// @alias actor
// @alias agreements type=AGREED_TO
// @alias between members=true
// @alias evidence
// @description Every fact, one row per fact and article: who did what to whom, when, about what.
// @param type = "" [MET_WITH|ACCUSED|DENIED|AGREED_TO] only facts of this type; empty for all
// @param actor = "" one side (source or target): a key, name, alias or surname ("RUS", "Russia", "the Kremlin", "Lavrov"); empty for any
// @param other = "" the other side, as actor; empty for any
// @param claim = "" words of the claim, found with the claim_text full-text index; empty for any
// @param members = false count the people and bodies of a named country as that country
// @param since = "" first date, YYYY-MM-DD, YYYY-MM or YYYY; empty for the earliest (undated articles show only when neither since nor until is given)
// @param until = "9999-12-31" last date
// @param sort = "newest" [newest|oldest] order by date
// @param offset = 0 rows to skip
// @param limit = 200 most rows
//
// Each REPORTED_IN (a claim or meeting in one article) carries the facts the article
// states about it as aligned lists of source and target keys, and the article's date,
// indexed: with nothing named the rows come from the reported_date index in date order,
// and only the page asked for is read. With an actor named they come from the articles
// that mention it, in date order from the mentions_actor_date index: only as many as the
// page needs. With both sides named they come from the REPORTED_PAIR of the pair of their
// sides (a state with its members as "RUS*"), in date order from the reported_pair_date
// index, however many people either side has; one state named with its members, from the
// REPORTED_PAIR of its side alone ("RUS*") the same way.
// A named state counts with its people and bodies ($members) as the REPORTED_PAIR of its
// side ("RUS*") read it: the state's people are never read one by one.
// A meeting's source is the party with the smaller key; an agreement of several
// parties is one row per pair.
CALL () {
  CALL () {
    MATCH (x:Actor {key: trim($actor)})
    RETURN x
    UNION
    MATCH (x:Actor {name_lc: toLower(trim($actor))})
    RETURN x
  }
  RETURN collect(DISTINCT x) AS side_a
}
CALL () {
  CALL () {
    MATCH (x:Actor {key: trim($other)})
    RETURN x
    UNION
    MATCH (x:Actor {name_lc: toLower(trim($other))})
    RETURN x
  }
  RETURN collect(DISTINCT x) AS side_b
}
// The sides as REPORTED_PAIR keys them: a state with its members ends in "*" (stars_a,
// stars_b). Both sides named: the pairs of their sides ("RUS*|UKR*"); one side named, its
// states with their members alone ("RUS*"), whoever the other party is.
WITH side_a, side_b, trim($actor) <> '' AND trim($other) <> '' AS paired,
     [x IN side_a WHERE $members AND x:Country | x.key + '*'] AS stars_a,
     [x IN side_b WHERE $members AND x:Country | x.key + '*'] AS stars_b
WITH side_a, side_b, paired, stars_a, stars_b,
     CASE WHEN paired
          THEN reduce(ps = [], g IN [x IN side_a | CASE WHEN $members AND x:Country THEN x.key + '*' ELSE x.key END] |
                 ps + [h IN [x IN side_b | CASE WHEN $members AND x:Country THEN x.key + '*' ELSE x.key END] |
                       CASE WHEN g <= h THEN g + '|' + h ELSE h + '|' + g END])
          ELSE stars_a + stars_b END AS pairs
// $claim: the claims whose text has its words close together (with one side named, those
// it is a party to; two sides, or a state with its members, are checked fact by fact),
// and how many articles report them.
CALL (side_a, side_b, paired, pairs) {
  UNWIND [trim($claim)] AS q
  WITH q
  WHERE q <> ''
  CALL db.index.fulltext.queryNodes('claim_text', '"' + replace(replace(q, '\\', ' '), '"', ' ') + '"~8')
  YIELD node
  WITH node
  WHERE paired OR size(pairs) > 0
     OR (size(side_a) = 0 OR EXISTS { MATCH (node)-[:ACCUSED|DENIED|AGREED_TO|AGAINST|ABOUT]-(x) WHERE x IN side_a })
    AND (size(side_b) = 0 OR EXISTS { MATCH (node)-[:ACCUSED|DENIED|AGREED_TO|AGAINST|ABOUT]-(x) WHERE x IN side_b })
  RETURN collect(node) AS claims, sum(coalesce(node.article_count, 0)) AS claim_reports
}
WITH side_a, side_b, paired, pairs, stars_a, stars_b, claims, claim_reports, [x IN side_a | x.key] AS keys_a, [x IN side_b | x.key] AS keys_b,
     trim($actor) = '' AS anyA, trim($other) = '' AS anyB, trim($claim) = '' AS anyClaim,
     CASE $type WHEN 'MET_WITH' THEN 'met' WHEN 'ACCUSED' THEN 'accused' WHEN 'DENIED' THEN 'denied'
                WHEN 'AGREED_TO' THEN 'agreed' ELSE '' END AS kind
// One side named is read from its actors' mentions (a state with its members from its
// REPORTED_PAIR), or from the claims named when fewer articles report them; both sides
// from their pairs, or from the claims named when fewer articles report them than the
// pairs have reports (counted up to four pages).
WITH paired, pairs, stars_a, stars_b, claims, keys_a, keys_b, anyA, anyB, anyClaim, kind, claim_reports,
     [x IN CASE WHEN anyA THEN side_b ELSE side_a END WHERE paired OR NOT ($members AND x:Country)] AS least
WITH paired, pairs, stars_a, stars_b, claims, keys_a, keys_b, anyA, anyB, anyClaim, kind, least,
     [k IN ['accused', 'denied', 'agreed', 'met'] WHERE kind = '' OR k = kind] AS kinds,
     CASE WHEN anyClaim THEN false
          WHEN anyA AND anyB THEN true
          ELSE claim_reports < COUNT {
            UNWIND pairs AS pk
            MATCH ()-[p:REPORTED_PAIR]->()
            USING INDEX p:REPORTED_PAIR(pair, date)
            WHERE p.pair = pk AND p.date >= ''
            RETURN p
            LIMIT 4 * ($offset + $limit)
          } + CASE WHEN paired THEN 0 ELSE reduce(n = 0, x IN least | n + COUNT { (x)<-[:MENTIONS]-() }) END END AS fromClaims
WITH paired, pairs, stars_a, stars_b, claims, keys_a, keys_b, anyA, anyB, anyClaim, kind, kinds, fromClaims,
     CASE WHEN fromClaims OR paired THEN [] ELSE least END AS least
CALL (paired, pairs, claims, keys_a, keys_b, anyA, anyB, anyClaim, kind, kinds, fromClaims, least) {
  // Nothing named: the reports newest (or oldest) first, straight from the index.
  WITH kind, CASE WHEN anyA AND anyB AND anyClaim AND $sort = 'newest' THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(date)
  WHERE rep.date >= since AND rep.date <= $until AND (rep.date <> '' OR $until >= '9999-12-31')
    AND (rep.accused_on IS NOT NULL OR rep.denied_on IS NOT NULL OR rep.agreed_on IS NOT NULL OR rep.met_on IS NOT NULL)
    AND (kind = '' OR rep[kind + '_on'] IS NOT NULL)
  WITH kind, rep
  ORDER BY rep.date DESC
  LIMIT $offset + $limit
  // and the other reports of the page's last day, so that a day is never cut in two and
  // every page is the same slice of one order
  WITH kind, collect(rep) AS page, min(rep.date) AS edge
  CALL (kind, page, edge) {
    UNWIND page AS rep
    RETURN rep
    UNION
    MATCH ()-[rep:REPORTED_IN]->()
    USING INDEX rep:REPORTED_IN(date)
    WHERE rep.date = edge
      AND (rep.accused_on IS NOT NULL OR rep.denied_on IS NOT NULL OR rep.agreed_on IS NOT NULL OR rep.met_on IS NOT NULL)
      AND (kind = '' OR rep[kind + '_on'] IS NOT NULL)
    RETURN rep
  }
  RETURN rep
  UNION
  WITH kind, CASE WHEN anyA AND anyB AND anyClaim AND $sort = 'oldest' THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(date)
  WHERE rep.date >= since AND rep.date <= $until AND (rep.date <> '' OR $until >= '9999-12-31')
    AND (rep.accused_on IS NOT NULL OR rep.denied_on IS NOT NULL OR rep.agreed_on IS NOT NULL OR rep.met_on IS NOT NULL)
    AND (kind = '' OR rep[kind + '_on'] IS NOT NULL)
  WITH kind, rep
  ORDER BY rep.date ASC
  LIMIT $offset + $limit
  // and the other reports of the page's last day, so that a day is never cut in two and
  // every page is the same slice of one order
  WITH kind, collect(rep) AS page, max(rep.date) AS edge
  CALL (kind, page, edge) {
    UNWIND page AS rep
    RETURN rep
    UNION
    MATCH ()-[rep:REPORTED_IN]->()
    USING INDEX rep:REPORTED_IN(date)
    WHERE rep.date = edge
      AND (rep.accused_on IS NOT NULL OR rep.denied_on IS NOT NULL OR rep.agreed_on IS NOT NULL OR rep.met_on IS NOT NULL)
      AND (kind = '' OR rep[kind + '_on'] IS NOT NULL)
    RETURN rep
  }
  RETURN rep
  UNION
  // An actor named: per actor of the side, the articles that mention it in date order
  // from the mentions_actor_date index, until the page holds $offset + $limit of their
  // reports with a row of the report, and the other reports of the page's last day, so
  // that a day is never cut in two.
  UNWIND least AS x
  CALL (x, claims, keys_a, keys_b, anyA, anyB, anyClaim, kinds) {
    WITH x.key AS key, claims, keys_a, keys_b, anyA, anyB, anyClaim, kinds
    CALL (key, claims, keys_a, keys_b, anyA, anyB, anyClaim, kinds) {
      WITH key, claims, keys_a, keys_b, anyA, anyB, anyClaim, kinds,
           CASE $sort WHEN 'newest' THEN $since ELSE '~' END AS since
      MATCH (a)-[m:MENTIONS]->()
      USING INDEX m:MENTIONS(actor, date)
      WHERE m.actor = key AND m.date >= since AND m.date <= $until AND (m.date <> '' OR $until >= '9999-12-31')
      MATCH (a)<-[rep:REPORTED_IN]-()
      WHERE (anyClaim OR startNode(rep) IN claims)
        AND any(k IN kinds WHERE any(i IN range(0, size(coalesce(rep[k + '_sources'], [])) - 1)
              WHERE (anyA OR rep[k + '_sources'][i] IN keys_a) AND (anyB OR rep[k + '_targets'][i] IN keys_b)
                 OR (anyB OR rep[k + '_sources'][i] IN keys_b) AND (anyA OR rep[k + '_targets'][i] IN keys_a)))
      WITH rep, m
      ORDER BY m.actor DESC, m.date DESC
      LIMIT $offset + $limit
      RETURN collect(rep) AS page, min(m.date) AS edge
      UNION
      WITH key, claims, keys_a, keys_b, anyA, anyB, anyClaim, kinds,
           CASE $sort WHEN 'oldest' THEN $since ELSE '~' END AS since
      MATCH (a)-[m:MENTIONS]->()
      USING INDEX m:MENTIONS(actor, date)
      WHERE m.actor = key AND m.date >= since AND m.date <= $until AND (m.date <> '' OR $until >= '9999-12-31')
      MATCH (a)<-[rep:REPORTED_IN]-()
      WHERE (anyClaim OR startNode(rep) IN claims)
        AND any(k IN kinds WHERE any(i IN range(0, size(coalesce(rep[k + '_sources'], [])) - 1)
              WHERE (anyA OR rep[k + '_sources'][i] IN keys_a) AND (anyB OR rep[k + '_targets'][i] IN keys_b)
                 OR (anyB OR rep[k + '_sources'][i] IN keys_b) AND (anyA OR rep[k + '_targets'][i] IN keys_a)))
      WITH rep, m
      ORDER BY m.actor ASC, m.date ASC
      LIMIT $offset + $limit
      RETURN collect(rep) AS page, max(m.date) AS edge
    }
    WITH key, page, edge, claims
    WHERE edge IS NOT NULL
    CALL (key, page, edge, claims) {
      UNWIND page AS rep
      RETURN rep
      UNION
      MATCH (a)-[m:MENTIONS]->()
      USING INDEX m:MENTIONS(actor, date)
      WHERE m.actor = key AND m.date = edge
      MATCH (a)<-[rep:REPORTED_IN]-()
      RETURN rep
    }
    RETURN rep
  }
  RETURN rep
  UNION
  // Both sides named, or a state with its members: per pair of their sides (or per
  // state), its reports in date order from the reported_pair_date index, until the page
  // holds $offset + $limit of them of the type and claims asked for, and the other
  // reports of the page's last day.
  UNWIND CASE WHEN NOT fromClaims THEN pairs ELSE [] END AS pk
  CALL (pk, claims, anyClaim, kind) {
    CALL (pk, claims, anyClaim, kind) {
      WITH pk, claims, anyClaim, kind, CASE $sort WHEN 'newest' THEN $since ELSE '~' END AS since
      MATCH (c)-[p:REPORTED_PAIR]->()
      USING INDEX p:REPORTED_PAIR(pair, date)
      WHERE p.pair = pk AND p.date >= since AND p.date <= $until AND (p.date <> '' OR $until >= '9999-12-31')
        AND (kind = '' OR kind IN p.kinds) AND (anyClaim OR c IN claims)
      WITH p
      ORDER BY p.pair DESC, p.date DESC
      LIMIT $offset + $limit
      RETURN collect(p) AS page, min(p.date) AS edge
      UNION
      WITH pk, claims, anyClaim, kind, CASE $sort WHEN 'oldest' THEN $since ELSE '~' END AS since
      MATCH (c)-[p:REPORTED_PAIR]->()
      USING INDEX p:REPORTED_PAIR(pair, date)
      WHERE p.pair = pk AND p.date >= since AND p.date <= $until AND (p.date <> '' OR $until >= '9999-12-31')
        AND (kind = '' OR kind IN p.kinds) AND (anyClaim OR c IN claims)
      WITH p
      ORDER BY p.pair ASC, p.date ASC
      LIMIT $offset + $limit
      RETURN collect(p) AS page, max(p.date) AS edge
    }
    WITH pk, page, edge, claims, anyClaim, kind
    WHERE edge IS NOT NULL
    CALL (pk, page, edge, claims, anyClaim, kind) {
      UNWIND page AS p
      RETURN p
      UNION
      MATCH (c)-[p:REPORTED_PAIR]->()
      USING INDEX p:REPORTED_PAIR(pair, date)
      WHERE p.pair = pk AND p.date = edge AND (kind = '' OR kind IN p.kinds) AND (anyClaim OR c IN claims)
      RETURN p
    }
    WITH startNode(p) AS c, endNode(p) AS a
    MATCH (c)-[rep:REPORTED_IN]->(a)
    RETURN rep
  }
  RETURN rep
  UNION
  // Only a claim named, or claims reported in fewer articles than the sides: their reports.
  UNWIND CASE WHEN fromClaims THEN claims ELSE [] END AS c
  MATCH (c)-[rep:REPORTED_IN]->()
  WHERE rep.date >= $since AND rep.date <= $until AND (rep.date <> '' OR $until >= '9999-12-31')
  RETURN rep
}
WITH paired, pairs, stars_a, stars_b, keys_a, keys_b, claims, anyA, anyB, anyClaim, kind, collect(DISTINCT rep) AS reps
UNWIND reps AS rep
WITH rep, paired, pairs, stars_a, stars_b, keys_a, keys_b, claims, anyA, anyB, anyClaim, kind
WHERE anyClaim OR startNode(rep) IN claims
UNWIND [k IN ['accused', 'denied', 'agreed', 'met'] WHERE kind = '' OR k = kind] AS k
UNWIND range(0, size(coalesce(rep[k + '_sources'], [])) - 1) AS i
WITH rep, k, rep[k + '_sources'][i] AS sk, rep[k + '_targets'][i] AS tk, rep[k + '_evidence'][i] AS sentence,
     paired, pairs, stars_a, stars_b, keys_a, keys_b, anyA, anyB
// the groups of the fact's actors, when a side is read by its groups
WITH rep, k, sk, tk, sentence, paired, pairs, stars_a, stars_b, keys_a, keys_b, anyA, anyB,
     CASE WHEN paired OR size(pairs) > 0 THEN COLLECT { MATCH (ps:Actor {key: sk}) UNWIND ps.groups AS g RETURN g } ELSE [] END AS gs,
     CASE WHEN paired OR size(pairs) > 0 THEN COLLECT { MATCH (pt:Actor {key: tk}) UNWIND pt.groups AS g RETURN g } ELSE [] END AS hs
// a fact between two named sides: a pair of the sides of its actors is one asked for; with
// one side named, an actor of the fact is it or one of its members
WITH rep, k, sk, tk, sentence, paired, pairs, anyA, anyB,
     sk IN keys_a OR any(g IN gs WHERE g IN stars_a) AS sa, tk IN keys_a OR any(g IN hs WHERE g IN stars_a) AS ta,
     sk IN keys_b OR any(g IN gs WHERE g IN stars_b) AS sb, tk IN keys_b OR any(g IN hs WHERE g IN stars_b) AS tb,
     gs, hs
WHERE CASE WHEN paired
        THEN any(g IN gs WHERE any(h IN hs WHERE CASE WHEN g <= h THEN g + '|' + h ELSE h + '|' + g END IN pairs))
        ELSE (anyA OR sa) AND (anyB OR tb) OR (anyB OR sb) AND (anyA OR ta) END
WITH rep, k, sk, tk, sentence, startNode(rep) AS n, endNode(rep) AS art
ORDER BY CASE $sort WHEN 'oldest' THEN '' ELSE rep.date END DESC, rep.date, sk, k, tk, art.key, coalesce(n.text, ''), sentence
SKIP $offset
LIMIT $limit
OPTIONAL MATCH (s:Actor {key: sk})
OPTIONAL MATCH (t:Actor {key: tk})
RETURN CASE WHEN rep.date = '' THEN null ELSE rep.date END AS date,
       sk AS source_key, s.name AS source, CASE WHEN s:Country THEN s.key ELSE s.country END AS source_country,
       CASE k WHEN 'met' THEN 'MET_WITH' WHEN 'accused' THEN 'ACCUSED' WHEN 'denied' THEN 'DENIED' ELSE 'AGREED_TO' END AS type,
       CASE WHEN tk = '' THEN null ELSE tk END AS target_key, t.name AS target,
       CASE WHEN t:Country THEN t.key ELSE t.country END AS target_country,
       CASE WHEN n:Claim THEN n.text END AS claim, coalesce(art.title, art.key) AS article, art.url AS url,
       sentence
