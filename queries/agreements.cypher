// @report agreements
// @description Who agreed to what with whom, when first and last, and in how many articles.
// @param actor = "" one party: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param other = "" another party: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param since = "0000-01-01" first date, YYYY-MM-DD (articles without a date only show without since/until)
// @param until = "9999-12-31" last date, YYYY-MM-DD
// @param limit = 100 most rows
//
// One row per claim and set of parties (the parties an article names together), oldest first.
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
  MATCH ()-[r:AGREED_TO]->(c)
  USING SCAN r:AGREED_TO
  RETURN c
  UNION
  UNWIND actors AS x
  MATCH (x)-[:AGREED_TO]->(c:Claim)
  RETURN c
  UNION
  WITH others
  WHERE trim($actor) = ''
  UNWIND others AS x
  MATCH (x)-[:AGREED_TO]->(c:Claim)
  RETURN c
}
WITH DISTINCT c, actors, others
CALL (c) {
  MATCH (p:Actor)-[r:AGREED_TO]->(c)
  UNWIND r.articles AS ak
  WITH ak, p
  ORDER BY p.name, p.key
  RETURN ak, collect(p) AS parties
}
MATCH (art:Article {key: ak})
WITH c, parties, art, actors, others, coalesce(art.date, '') AS day
WHERE (CASE WHEN day = '' THEN $since <= '0000-01-01' AND $until >= '9999-12-31'
          ELSE $since <= day AND day <= $until END)
  AND (trim($actor) = '' OR any(p IN parties WHERE p IN actors))
  AND (trim($other) = '' OR any(p IN parties WHERE p IN others))
WITH c, [p IN parties | p.name] AS parties,
     min(CASE WHEN day <> '' THEN day END) AS first,
     max(CASE WHEN day <> '' THEN day END) AS last,
     count(DISTINCT art) AS articles
RETURN parties, c.text AS agreed_to, first, last, articles
ORDER BY first, agreed_to, parties, c.key
LIMIT $limit
