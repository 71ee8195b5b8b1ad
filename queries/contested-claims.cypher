// @report contested-claims
// @description Claims one side alleged (accused someone of, or agreed to) and another side denied, most recently denied first.
// @param actor = "" an actor on either side: a key, name, alias or surname ("RUS", "Russia", "the Kremlin", "Lavrov"); empty for any
// @param since = "" first date, YYYY-MM-DD, YYYY-MM or YYYY; empty for the earliest (undated articles show only when neither since nor until is given)
// @param until = "9999-12-31" last date
// @param sort = "newest" [newest|oldest] order by the latest denial within the dates
// @param offset = 0 rows to skip
// @param limit = 100 most rows
//
// One row per claim denied within the dates and alleged by someone who did not deny it.
// With nothing named the claims come from the denials of the reported_denied_on index in
// date order, so only as many are read as the page needs; with an actor named, from its
// node, or, for an actor in a large share of the claims, from the same index. A side counts when its fact was seen within the dates; articles counts the
// articles that report the claim (all time: the count kept on the claim at write time).
CALL () {
  CALL () {
    MATCH (x:Actor {key: trim($actor)})
    RETURN x
    UNION
    MATCH (x:Actor {name_lc: toLower(trim($actor))})
    RETURN x
  }
  RETURN collect(x) AS actors
}
// A named actor in a large share of the claims is read like no actor: the denials newest
// first, kept when a claim is the actor's, until the page is full; one in few claims from
// its own fact relationships. (In date order only for the newest claims up to the last
// date, where the order of the denials is that of the rows.)
WITH actors, trim($actor) = '' AS anyA,
     reduce(n = 0, x IN actors | n + COUNT { (x)-[:DENIED|ACCUSED|AGREED_TO]->() } + COUNT { (x)<-[:AGAINST|ABOUT]-() }) AS facts
WITH actors, anyA,
     NOT anyA AND $sort = 'newest' AND $until >= '9999-12-31'
       AND 20.0 * facts * facts > toFloat($offset + $limit) * COUNT { (:Claim) } AS walk
CALL (actors, anyA, walk) {
  WITH actors, anyA, CASE WHEN (anyA OR walk) AND $sort = 'newest' THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(denied_on)
  WHERE rep.denied_on >= since AND rep.denied_on <= $until AND (rep.denied_on <> '' OR $until >= '9999-12-31')
  WITH actors, anyA, rep
  ORDER BY rep.denied_on DESC
  WITH DISTINCT actors, anyA, startNode(rep) AS c
  WHERE (anyA OR EXISTS { MATCH (c)-[:AGAINST|ABOUT]->(x) WHERE x IN actors }
              OR EXISTS { MATCH (x)-[:DENIED|ACCUSED|AGREED_TO]->(c) WHERE x IN actors })
    AND EXISTS {
      MATCH (x:Actor)-[a:ACCUSED|AGREED_TO]->(c)
      WHERE CASE WHEN a.first_seen IS NULL THEN $since = '' AND $until >= '9999-12-31'
              ELSE a.last_seen >= $since AND a.first_seen <= $until END
        AND NOT EXISTS {
          MATCH (x)-[d:DENIED]->(c)
          WHERE CASE WHEN d.first_seen IS NULL THEN $since = '' AND $until >= '9999-12-31'
                  ELSE d.last_seen >= $since AND d.first_seen <= $until END
        }
    }
  RETURN c
  LIMIT $offset + $limit
  UNION
  WITH CASE WHEN anyA AND $sort = 'oldest' THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(denied_on)
  WHERE rep.denied_on >= since AND rep.denied_on <= $until AND (rep.denied_on <> '' OR $until >= '9999-12-31')
  WITH rep
  ORDER BY rep.denied_on ASC
  WITH DISTINCT startNode(rep) AS c
  WHERE EXISTS { MATCH (x:Actor)-[:ACCUSED|AGREED_TO]->(c) WHERE NOT EXISTS { (x)-[:DENIED]->(c) } }
  RETURN c
  LIMIT $offset + $limit
  UNION
  UNWIND CASE WHEN walk THEN [] ELSE actors END AS x
  MATCH (x)-[:DENIED|ACCUSED|AGREED_TO]->(c:Claim)
  RETURN c
  UNION
  UNWIND CASE WHEN walk THEN [] ELSE actors END AS x
  MATCH (x)<-[:AGAINST|ABOUT]-(c:Claim)
  RETURN c
}
WITH DISTINCT c
CALL (c) {
  MATCH (x:Actor)-[d:DENIED]->(c)
  WHERE CASE WHEN d.first_seen IS NULL THEN $since = '' AND $until >= '9999-12-31'
          ELSE d.last_seen >= $since AND d.first_seen <= $until END
  WITH x, d
  ORDER BY x.name, x.key
  RETURN collect(x) AS deniers, collect(d) AS denials
}
CALL (c) {
  MATCH (x:Actor)-[a:ACCUSED|AGREED_TO]->(c)
  WHERE CASE WHEN a.first_seen IS NULL THEN $since = '' AND $until >= '9999-12-31'
          ELSE a.last_seen >= $since AND a.first_seen <= $until END
  WITH x, a
  ORDER BY x.name, x.key
  RETURN collect(DISTINCT x) AS asserters, collect(a) AS assertions
}
WITH c, deniers, denials, asserters, assertions
WHERE size(deniers) > 0 AND any(x IN asserters WHERE NOT x IN deniers)
WITH c, deniers, denials, asserters, assertions,
     reduce(m = '', d IN denials | CASE WHEN coalesce(d.last_seen, '') > m THEN d.last_seen ELSE m END) AS denied_last
ORDER BY CASE $sort WHEN 'oldest' THEN '' ELSE denied_last END DESC, denied_last, c.key
SKIP $offset
LIMIT $limit
CALL (c) {
  OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
  WITH t
  ORDER BY t.name
  RETURN collect(DISTINCT t.name) AS against
}
WITH c, deniers, asserters, against, denials + assertions AS rels
RETURN c.text AS claim,
       [x IN asserters | x.name] AS alleged_by,
       against,
       [x IN deniers | x.name] AS denied_by,
       reduce(m = null, r IN rels | CASE WHEN r.first_seen IS NOT NULL AND (m IS NULL OR r.first_seen < m) THEN r.first_seen ELSE m END) AS first_seen,
       reduce(m = null, r IN rels | CASE WHEN r.last_seen IS NOT NULL AND (m IS NULL OR r.last_seen > m) THEN r.last_seen ELSE m END) AS last_seen,
       CASE WHEN $since = '' AND $until >= '9999-12-31' THEN c.article_count
            ELSE COUNT { (c)-[rep:REPORTED_IN]->() WHERE rep.date >= $since AND rep.date <= $until AND rep.date <> '' } END AS articles
