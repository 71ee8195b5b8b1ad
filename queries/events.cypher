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
// that mention it.
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
  CALL (x) {
    RETURN x AS m
    UNION
    MATCH (m:Person)-[:REPRESENTS]->(x)
    WHERE $members
    RETURN m
    UNION
    MATCH (m:Actor {country: x.key})
    WHERE $members AND x:Country
    RETURN m
  }
  RETURN collect(DISTINCT m) AS side_a
}
CALL () {
  CALL () {
    MATCH (x:Actor {key: trim($other)})
    RETURN x
    UNION
    MATCH (x:Actor {name_lc: toLower(trim($other))})
    RETURN x
  }
  CALL (x) {
    RETURN x AS m
    UNION
    MATCH (m:Person)-[:REPRESENTS]->(x)
    WHERE $members
    RETURN m
    UNION
    MATCH (m:Actor {country: x.key})
    WHERE $members AND x:Country
    RETURN m
  }
  RETURN collect(DISTINCT m) AS side_b
}
// $claim: the claims whose text has its words close together.
CALL () {
  UNWIND [trim($claim)] AS q
  WITH q
  WHERE q <> ''
  CALL db.index.fulltext.queryNodes('claim_text', '"' + replace(replace(q, '\\', ' '), '"', ' ') + '"~8')
  YIELD node
  RETURN collect(node) AS claims
}
WITH side_a, side_b, claims, [x IN side_a | x.key] AS keys_a, [x IN side_b | x.key] AS keys_b,
     trim($actor) = '' AS anyA, trim($other) = '' AS anyB, trim($claim) = '' AS anyClaim,
     CASE $type WHEN 'MET_WITH' THEN 'met' WHEN 'ACCUSED' THEN 'accused' WHEN 'DENIED' THEN 'denied'
                WHEN 'AGREED_TO' THEN 'agreed' ELSE '' END AS kind
CALL (side_a, side_b, claims, anyA, anyB, anyClaim, kind) {
  // Nothing named: the reports newest (or oldest) first, straight from the index.
  WITH kind, CASE WHEN anyA AND anyB AND anyClaim AND $sort = 'newest' THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(date)
  WHERE rep.date >= since AND rep.date <= $until AND (rep.date <> '' OR $until >= '9999-12-31')
    AND (rep.accused_on IS NOT NULL OR rep.denied_on IS NOT NULL OR rep.agreed_on IS NOT NULL OR rep.met_on IS NOT NULL)
    AND (kind = '' OR rep[kind + '_on'] IS NOT NULL)
  RETURN rep
  ORDER BY rep.date DESC
  LIMIT $offset + $limit
  UNION
  WITH kind, CASE WHEN anyA AND anyB AND anyClaim AND $sort = 'oldest' THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(date)
  WHERE rep.date >= since AND rep.date <= $until AND (rep.date <> '' OR $until >= '9999-12-31')
    AND (rep.accused_on IS NOT NULL OR rep.denied_on IS NOT NULL OR rep.agreed_on IS NOT NULL OR rep.met_on IS NOT NULL)
    AND (kind = '' OR rep[kind + '_on'] IS NOT NULL)
  RETURN rep
  ORDER BY rep.date ASC
  LIMIT $offset + $limit
  UNION
  // An actor named: the reports of the articles that mention it (the other side's when
  // only it is named) in which it is a party; a claim or meeting may be in many more.
  UNWIND CASE WHEN anyA THEN side_b ELSE side_a END AS x
  MATCH (x)<-[:MENTIONS]-(:Article)<-[rep:REPORTED_IN]-()
  WHERE rep.date >= $since AND rep.date <= $until AND (rep.date <> '' OR $until >= '9999-12-31')
    AND any(k IN coalesce(rep.accused_sources, []) + coalesce(rep.accused_targets, []) + coalesce(rep.denied_sources, [])
              + coalesce(rep.denied_targets, []) + coalesce(rep.agreed_sources, []) + coalesce(rep.agreed_targets, [])
              + coalesce(rep.met_sources, []) + coalesce(rep.met_targets, []) WHERE k = x.key)
  RETURN rep
  UNION
  // Only a claim named: its reports.
  UNWIND claims AS c
  WITH c
  WHERE anyA AND anyB
  MATCH (c)-[rep:REPORTED_IN]->()
  WHERE rep.date >= $since AND rep.date <= $until AND (rep.date <> '' OR $until >= '9999-12-31')
  RETURN rep
}
WITH DISTINCT rep, keys_a, keys_b, claims, anyA, anyB, anyClaim, kind
WHERE anyClaim OR startNode(rep) IN claims
UNWIND [k IN ['accused', 'denied', 'agreed', 'met'] WHERE kind = '' OR k = kind] AS k
UNWIND range(0, size(coalesce(rep[k + '_sources'], [])) - 1) AS i
WITH rep, k, rep[k + '_sources'][i] AS sk, rep[k + '_targets'][i] AS tk, rep[k + '_evidence'][i] AS sentence,
     keys_a, keys_b, anyA, anyB
WHERE (anyA OR sk IN keys_a) AND (anyB OR tk IN keys_b) OR (anyB OR sk IN keys_b) AND (anyA OR tk IN keys_a)
WITH rep, k, sk, tk, sentence, startNode(rep) AS n, endNode(rep) AS art
ORDER BY CASE $sort WHEN 'oldest' THEN '' ELSE rep.date END DESC, rep.date, sk, k, tk, art.key
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
