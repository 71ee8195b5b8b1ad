// @report contested-claims
// @description Claims one side alleged (accused someone of) or asserted (agreed to) and another side denied.
// @param actor = "" an actor on either side: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param since = "0000-01-01" first date, YYYY-MM-DD (articles without a date only show without since/until)
// @param until = "9999-12-31" last date, YYYY-MM-DD
// @param limit = 100 most rows
//
// One row per claim; a side counts when its relation was seen within the dates.
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
CALL (actors) {
  WITH actors
  WHERE trim($actor) = ''
  MATCH ()-[d:DENIED]->(c)
  USING SCAN d:DENIED
  RETURN c
  UNION
  UNWIND actors AS x
  MATCH (x)-[:DENIED|ACCUSED|AGREED_TO]->(c:Claim)
  RETURN c
  UNION
  UNWIND actors AS x
  MATCH (x)<-[:AGAINST|ABOUT]-(c:Claim)
  RETURN c
}
WITH DISTINCT c
CALL (c) {
  MATCH (x:Actor)-[d:DENIED]->(c)
  WHERE CASE WHEN d.first_seen IS NULL THEN $since <= '0000-01-01' AND $until >= '9999-12-31'
          ELSE d.last_seen >= $since AND d.first_seen <= $until END
  WITH x, d
  ORDER BY x.name, x.key
  RETURN collect(x) AS deniers, collect(d) AS denials
}
CALL (c) {
  MATCH (x:Actor)-[a:ACCUSED|AGREED_TO]->(c)
  WHERE CASE WHEN a.first_seen IS NULL THEN $since <= '0000-01-01' AND $until >= '9999-12-31'
          ELSE a.last_seen >= $since AND a.first_seen <= $until END
  WITH x, a
  ORDER BY x.name, x.key
  RETURN collect(DISTINCT x) AS asserters, collect(a) AS assertions
}
WITH c, deniers, denials, asserters, assertions
WHERE size(deniers) > 0 AND any(x IN asserters WHERE NOT x IN deniers)
CALL (c) {
  OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
  WITH t
  ORDER BY t.name
  RETURN collect(DISTINCT t.name) AS against
}
WITH c, deniers, asserters, against, denials + assertions AS rels
WITH c, deniers, asserters, against,
     [r IN rels WHERE r.first_seen IS NOT NULL | r.first_seen] AS firsts,
     [r IN rels WHERE r.last_seen IS NOT NULL | r.last_seen] AS lasts,
     reduce(s = [], r IN rels | s + [k IN r.articles WHERE NOT k IN s]) AS articles
RETURN c.text AS claim,
       [x IN asserters | x.name] AS alleged_by,
       against,
       [x IN deniers | x.name] AS denied_by,
       reduce(m = null, d IN firsts | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS first_seen,
       reduce(m = null, d IN lasts | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS last_seen,
       size(articles) AS articles
ORDER BY first_seen, claim, c.key
LIMIT $limit
