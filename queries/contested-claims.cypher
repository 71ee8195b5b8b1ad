// @report contested-claims
// @description Claims one side alleged (accused someone of, or agreed to) and another denied, latest denial first; ten names a side.
// @param actor = "" an actor on either side: a key, name, alias or surname ("RUS", "Russia", "the Kremlin", "Lavrov"); empty for any
// @param since = "" first date, YYYY-MM-DD, YYYY-MM or YYYY; empty for the earliest (undated articles show only when neither since nor until is given)
// @param until = "9999-12-31" last date
// @param sort = "newest" [newest|oldest] order by the latest denial within the dates
// @param offset = 0 rows to skip
// @param limit = 100 most rows
//
// One row per claim denied within the dates and alleged by someone who did not deny it.
// With nothing named the claims come newest first from the claim_denied_last index (the
// latest denial each claim keeps), or, within dates that end before the last, from the
// denials of the reported_denied_on index in date order, so only as many are read as the
// page needs; with an actor named, from its node, or, for an actor in a large share of the
// claims, from the claim_denied_last index. A side counts when its fact was seen within the dates.
// alleged_by, against and denied_by name at most ten actors each, those with the most
// articles (the article_count of their fact, read in that order from the
// <type>_claim_count indexes), and alleged_by_count, against_count and denied_by_count
// count them all: a claim of thousands of parties costs what a claim of ten does.
// first_seen, last_seen and the latest denial are the claim's first, last and latest
// denied reports within the dates (from the reported_claim_date index). articles counts
// the articles that report the claim (all time: the count kept on the claim at write
// time). Within dates, the counts read every party and report of the page's claims.
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
// A named actor in a large share of the claims is read like no actor: the claims by their
// latest denial, kept when a claim is the actor's, until the page is full; one in few
// claims from its own fact relationships. (In date order only for the newest claims up to
// the last date, where the order of the latest denials is that of the rows.)
WITH actors, trim($actor) = '' AS anyA,
     reduce(n = 0, x IN actors | n + COUNT { (x)-[:DENIED|ACCUSED|AGREED_TO]->() } + COUNT { (x)<-[:AGAINST|ABOUT]-() }) AS facts
WITH actors, anyA,
     NOT anyA AND $sort = 'newest' AND $until >= '9999-12-31'
       AND 20.0 * facts * facts > toFloat($offset + $limit) * COUNT { (:Claim) } AS walk
CALL (actors, anyA, walk) {
  // up to the last date, newest first: the claims by their latest denial (the
  // claim_denied_last index), and those of the page's last day, so that a day is never cut
  // in two
  WITH actors, anyA,
       CASE WHEN (anyA OR walk) AND $sort = 'newest' AND $until >= '9999-12-31' THEN $since ELSE '~' END AS since
  MATCH (c:Claim)
  USING INDEX c:Claim(denied_last)
  WHERE c.denied_last >= since
  WITH actors, anyA, c
  ORDER BY c.denied_last DESC
  WITH actors, anyA, c
  WHERE (anyA OR EXISTS { MATCH (c)-[:AGAINST|ABOUT]->(x) WHERE x IN actors }
              OR EXISTS { MATCH (x)-[:DENIED|ACCUSED|AGREED_TO]->(c) WHERE x IN actors })
    AND ($since = '' AND $until >= '9999-12-31'
           AND (COUNT { (c)<-[:ACCUSED]-() } > COUNT { (c)<-[:DENIED]-() } OR COUNT { (c)<-[:AGREED_TO]-() } > COUNT { (c)<-[:DENIED]-() })
         OR EXISTS {
      MATCH (x:Actor)-[a:ACCUSED|AGREED_TO]->(c)
      WHERE CASE WHEN a.first_seen IS NULL THEN $since = '' AND $until >= '9999-12-31'
              ELSE a.last_seen >= $since AND a.first_seen <= $until END
        AND NOT EXISTS {
          MATCH (x)-[d:DENIED]->(c)
          WHERE CASE WHEN d.first_seen IS NULL THEN $since = '' AND $until >= '9999-12-31'
                  ELSE d.last_seen >= $since AND d.first_seen <= $until END
        }
    })
  WITH actors, anyA, c
  LIMIT $offset + $limit
  WITH actors, anyA, collect(c) AS page, min(c.denied_last) AS edge
  UNWIND page + COLLECT { MATCH (d:Claim) WHERE d.denied_last = edge RETURN d } AS c
  WITH DISTINCT actors, anyA, c
  WHERE anyA OR EXISTS { MATCH (c)-[:AGAINST|ABOUT]->(x) WHERE x IN actors }
             OR EXISTS { MATCH (x)-[:DENIED|ACCUSED|AGREED_TO]->(c) WHERE x IN actors }
  RETURN c
  UNION
  // within dates that end before the last, newest first: the denials of the dates
  WITH actors, anyA, walk,
       CASE WHEN anyA AND $sort = 'newest' AND $until < '9999-12-31' THEN $since ELSE '~' END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(denied_on)
  WHERE rep.denied_on >= since AND rep.denied_on <= $until AND (rep.denied_on <> '' OR $until >= '9999-12-31')
  WITH actors, anyA, rep
  ORDER BY rep.denied_on DESC
  WITH DISTINCT actors, anyA, startNode(rep) AS c
  WHERE (anyA OR EXISTS { MATCH (c)-[:AGAINST|ABOUT]->(x) WHERE x IN actors }
              OR EXISTS { MATCH (x)-[:DENIED|ACCUSED|AGREED_TO]->(c) WHERE x IN actors })
    AND ($since = '' AND $until >= '9999-12-31'
           AND (COUNT { (c)<-[:ACCUSED]-() } > COUNT { (c)<-[:DENIED]-() } OR COUNT { (c)<-[:AGREED_TO]-() } > COUNT { (c)<-[:DENIED]-() })
         OR EXISTS {
      MATCH (x:Actor)-[a:ACCUSED|AGREED_TO]->(c)
      WHERE CASE WHEN a.first_seen IS NULL THEN $since = '' AND $until >= '9999-12-31'
              ELSE a.last_seen >= $since AND a.first_seen <= $until END
        AND NOT EXISTS {
          MATCH (x)-[d:DENIED]->(c)
          WHERE CASE WHEN d.first_seen IS NULL THEN $since = '' AND $until >= '9999-12-31'
                  ELSE d.last_seen >= $since AND d.first_seen <= $until END
        }
    })
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
  WHERE COUNT { (c)<-[:ACCUSED]-() } > COUNT { (c)<-[:DENIED]-() } OR COUNT { (c)<-[:AGREED_TO]-() } > COUNT { (c)<-[:DENIED]-() }
     OR EXISTS { MATCH (x:Actor)-[:ACCUSED|AGREED_TO]->(c) WHERE NOT EXISTS { (x)-[:DENIED]->(c) } }
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
// a denial within the dates, and the latest one: the claim's reports newest first
CALL (c) {
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(claim, date)
  WHERE rep.claim = c.key AND rep.date >= $since AND rep.date <= $until AND (rep.date <> '' OR $until >= '9999-12-31')
    AND rep.denied_on IS NOT NULL
  RETURN rep.denied_on AS denied_last
  ORDER BY rep.claim DESC, rep.date DESC
  LIMIT 1
}
// alleged by someone who did not deny it: with no dates, surely so when more actors
// accused (or agreed to) it than denied it (the claim's degrees), else read
WITH c, denied_last
WHERE $since = '' AND $until >= '9999-12-31'
      AND (COUNT { (c)<-[:ACCUSED]-() } > COUNT { (c)<-[:DENIED]-() } OR COUNT { (c)<-[:AGREED_TO]-() } > COUNT { (c)<-[:DENIED]-() })
   OR EXISTS {
  MATCH (x:Actor)-[a:ACCUSED|AGREED_TO]->(c)
  WHERE CASE WHEN a.first_seen IS NULL THEN $since = '' AND $until >= '9999-12-31'
          ELSE a.last_seen >= $since AND a.first_seen <= $until END
    AND NOT EXISTS {
      MATCH (x)-[d:DENIED]->(c)
      WHERE CASE WHEN d.first_seen IS NULL THEN $since = '' AND $until >= '9999-12-31'
              ELSE d.last_seen >= $since AND d.first_seen <= $until END
    }
}
ORDER BY CASE $sort WHEN 'oldest' THEN '' ELSE denied_last END DESC, denied_last, c.key
SKIP $offset
LIMIT $limit
// the parties: per type, the ten with the most articles seen within the dates, from the
// <type>_claim_count indexes
CALL (c) {
  MATCH (x:Actor)-[d:DENIED]->()
  USING INDEX d:DENIED(claim, article_count)
  WHERE d.claim = c.key AND d.article_count > 0
    AND ($since = '' AND $until >= '9999-12-31' OR d.last_seen >= $since AND d.first_seen <= $until)
  WITH x
  ORDER BY d.claim DESC, d.article_count DESC
  LIMIT 10
  WITH x
  ORDER BY x.name, x.key
  RETURN collect(x.name) AS denied_by
}
CALL (c) {
  MATCH (x:Actor)<-[t:AGAINST]-()
  USING INDEX t:AGAINST(claim, article_count)
  WHERE t.claim = c.key AND t.article_count > 0
    AND ($since = '' AND $until >= '9999-12-31' OR t.last_seen >= $since AND t.first_seen <= $until)
  WITH x
  ORDER BY t.claim DESC, t.article_count DESC
  LIMIT 10
  WITH x
  ORDER BY x.name, x.key
  RETURN collect(x.name) AS against
}
CALL (c) {
  CALL (c) {
    MATCH (x:Actor)-[a:ACCUSED]->()
    USING INDEX a:ACCUSED(claim, article_count)
    WHERE a.claim = c.key AND a.article_count > 0
      AND ($since = '' AND $until >= '9999-12-31' OR a.last_seen >= $since AND a.first_seen <= $until)
    RETURN x, a.article_count AS n
    ORDER BY a.claim DESC, a.article_count DESC
    LIMIT 10
    UNION
    MATCH (x:Actor)-[a:AGREED_TO]->()
    USING INDEX a:AGREED_TO(claim, article_count)
    WHERE a.claim = c.key AND a.article_count > 0
      AND ($since = '' AND $until >= '9999-12-31' OR a.last_seen >= $since AND a.first_seen <= $until)
    RETURN x, a.article_count AS n
    ORDER BY a.claim DESC, a.article_count DESC
    LIMIT 10
  }
  WITH x, max(n) AS n
  ORDER BY n DESC, x.name, x.key
  LIMIT 10
  WITH x
  ORDER BY x.name, x.key
  RETURN collect(x.name) AS alleged_by
}
// how many: with no dates the degrees of the claim (an actor that both accused and agreed
// counts once: the smaller of the two sets is read); within dates, every party is counted
CALL (c) {
  WITH c, $since = '' AND $until >= '9999-12-31' AS allTime
  CALL (c, allTime) {
    WITH c, allTime
    WHERE allTime
    WITH c, COUNT { (c)<-[:ACCUSED]-() } AS na, COUNT { (c)<-[:AGREED_TO]-() } AS ng
    CALL (c, na, ng) {
      UNWIND CASE WHEN ng <= na THEN [c] ELSE [] END AS y
      RETURN COUNT { (x)-[:AGREED_TO]->(y) WHERE EXISTS { (x)-[:ACCUSED]->(y) } } AS both
      UNION
      UNWIND CASE WHEN ng > na THEN [c] ELSE [] END AS y
      RETURN COUNT { (x)-[:ACCUSED]->(y) WHERE EXISTS { (x)-[:AGREED_TO]->(y) } } AS both
    }
    RETURN na + ng - both AS alleged, COUNT { (c)-[:AGAINST]->() } AS accused, COUNT { (c)<-[:DENIED]-() } AS denied
    UNION
    WITH c, allTime
    WHERE NOT allTime
    RETURN COUNT { MATCH (x:Actor)-[a:ACCUSED|AGREED_TO]->(c)
                   WHERE a.last_seen >= $since AND a.first_seen <= $until RETURN DISTINCT x } AS alleged,
           COUNT { MATCH (c)-[a:AGAINST]->(x:Actor) WHERE a.last_seen >= $since AND a.first_seen <= $until } AS accused,
           COUNT { MATCH (x:Actor)-[a:DENIED]->(c) WHERE a.last_seen >= $since AND a.first_seen <= $until } AS denied
  }
  RETURN alleged, accused, denied
}
// the first and last reports within the dates
CALL (c) {
  OPTIONAL MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(claim, date)
  WHERE rep.claim = c.key AND rep.date >= $since AND rep.date <= $until AND rep.date > ''
  WITH rep
  ORDER BY rep.claim ASC, rep.date ASC
  LIMIT 1
  RETURN rep.date AS first_seen
}
CALL (c) {
  OPTIONAL MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(claim, date)
  WHERE rep.claim = c.key AND rep.date >= $since AND rep.date <= $until AND rep.date > ''
  WITH rep
  ORDER BY rep.claim DESC, rep.date DESC
  LIMIT 1
  RETURN rep.date AS last_seen
}
RETURN c.text AS claim,
       alleged_by, alleged AS alleged_by_count,
       against, accused AS against_count,
       denied_by, denied AS denied_by_count,
       first_seen, last_seen,
       CASE WHEN $since = '' AND $until >= '9999-12-31' THEN c.article_count
            ELSE COUNT { ()-[rep:REPORTED_IN]->() WHERE rep.claim = c.key AND rep.date >= $since AND rep.date <= $until AND rep.date <> '' } END AS articles
