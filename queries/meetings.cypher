// @report meetings
// @description Who met whom, how often, when first and last, and where.
// @param actor = "" one party: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param other = "" the other party: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param since = "0000-01-01" first date, YYYY-MM-DD (articles without a date only show without since/until)
// @param until = "9999-12-31" last date, YYYY-MM-DD
// @param limit = 100 most rows
//
// One row per pair of actors, most frequent first; "times" counts the distinct days they
// met on, "articles" the articles that report it.
// $actor: the actors it names, by key, then name, then alias, then surname.
CALL () {
  CALL () {
    UNWIND [trim($actor)] AS raw
    WITH raw, toLower(raw) AS q
    WHERE q <> ''
    MATCH (a:Actor)
    WHERE a.key IN [raw, toUpper(raw), q]
    RETURN a, 1 AS tier
    UNION
    UNWIND [toLower(trim($actor))] AS q
    WITH q
    WHERE q <> ''
    MATCH (a:Actor)
    WHERE a.name_lc = q
    RETURN a, 2 AS tier
    UNION
    UNWIND [toLower(trim($actor))] AS q
    WITH q
    WHERE q <> ''
    CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace(q, '\\', ' '), '"', ' ') + '"')
    YIELD node
    WITH node AS a, q
    WHERE q IN a.aliases_lc OR a.name_lc ENDS WITH ' ' + q
       OR any(x IN a.aliases_lc WHERE x ENDS WITH ' ' + q)
    RETURN a, CASE WHEN q IN a.aliases_lc THEN 3 ELSE 4 END AS tier
  }
  WITH collect([a, tier]) AS found, min(tier) AS best
  RETURN [f IN found WHERE f[1] = best | f[0]] AS actors
}
// $other: the actors it names, by key, then name, then alias, then surname.
CALL () {
  CALL () {
    UNWIND [trim($other)] AS raw
    WITH raw, toLower(raw) AS q
    WHERE q <> ''
    MATCH (a:Actor)
    WHERE a.key IN [raw, toUpper(raw), q]
    RETURN a, 1 AS tier
    UNION
    UNWIND [toLower(trim($other))] AS q
    WITH q
    WHERE q <> ''
    MATCH (a:Actor)
    WHERE a.name_lc = q
    RETURN a, 2 AS tier
    UNION
    UNWIND [toLower(trim($other))] AS q
    WITH q
    WHERE q <> ''
    CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace(q, '\\', ' '), '"', ' ') + '"')
    YIELD node
    WITH node AS a, q
    WHERE q IN a.aliases_lc OR a.name_lc ENDS WITH ' ' + q
       OR any(x IN a.aliases_lc WHERE x ENDS WITH ' ' + q)
    RETURN a, CASE WHEN q IN a.aliases_lc THEN 3 ELSE 4 END AS tier
  }
  WITH collect([a, tier]) AS found, min(tier) AS best
  RETURN [f IN found WHERE f[1] = best | f[0]] AS others
}
CALL (actors, others) {
  WITH actors
  WHERE trim($actor) = '' AND trim($other) = ''
  MATCH (a)-[r:MET_WITH]->(b)
  USING SCAN r:MET_WITH
  RETURN a, b, r
  UNION
  UNWIND actors AS a
  MATCH (a)-[r:MET_WITH]-(b)
  RETURN a, b, r
  UNION
  WITH others
  WHERE trim($actor) = ''
  UNWIND others AS b
  MATCH (b)-[r:MET_WITH]-(a)
  RETURN a, b, r
}
WITH a, b, r, others
WHERE trim($other) = '' OR b IN others
CALL (a, b, r) {
  UNWIND r.articles AS ak
  MATCH (art:Article {key: ak})<-[:REPORTED_IN]-(m:Meeting)
  WHERE EXISTS { (a)-[:ATTENDED]->(m) } AND EXISTS { (b)-[:ATTENDED]->(m) }
  WITH m, art, coalesce(m.date, art.date, '') AS day
  WHERE CASE WHEN day = '' THEN $since <= '0000-01-01' AND $until >= '9999-12-31'
          ELSE $since <= day AND day <= $until END
  WITH m, art, day
  ORDER BY m.location
  RETURN count(DISTINCT day) AS times,
         min(CASE WHEN day <> '' THEN day END) AS first,
         max(CASE WHEN day <> '' THEN day END) AS last,
         collect(DISTINCT m.location) AS places,
         count(DISTINCT art) AS articles
}
WITH a, b, times, first, last, places, articles
WHERE articles > 0
RETURN a.name AS actor, b.name AS met_with, times, first, last, places, articles
ORDER BY times DESC, articles DESC, actor, met_with, a.key, b.key
LIMIT $limit
