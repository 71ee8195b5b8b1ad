// @report who-denied-what
// @description Who denied what, who had accused them of it (when known), when, and in which article.
// @param actor = "" who denied: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param since = "0000-01-01" first date, YYYY-MM-DD (articles without a date only show without since/until)
// @param until = "9999-12-31" last date, YYYY-MM-DD
// @param limit = 100 most rows
//
// One row per denial and article reporting it, oldest first. The accusers are those who
// accused the denier (or the state the denier represents or belongs to) of the same claim.
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
  MATCH ()-[d:DENIED]->()
  USING SCAN d:DENIED
  RETURN d
  UNION
  UNWIND actors AS x
  MATCH (x)-[d:DENIED]->()
  RETURN d
}
WITH d, startNode(d) AS denier, endNode(d) AS claim
UNWIND d.articles AS ak
MATCH (art:Article {key: ak})
WITH denier, claim, art, coalesce(art.date, '') AS day
WHERE CASE WHEN day = '' THEN $since <= '0000-01-01' AND $until >= '9999-12-31'
          ELSE $since <= day AND day <= $until END
CALL (denier, claim) {
  OPTIONAL MATCH (state:Country {key: coalesce(denier.country, '')})
  UNWIND [denier] + [(denier)-[:REPRESENTS]->(c) | c] + CASE WHEN state IS NULL THEN [] ELSE [state] END AS t
  OPTIONAL MATCH (claim)-[g:AGAINST]->(t)
  OPTIONAL MATCH (accuser:Actor)-[r:ACCUSED]->(claim)
  WHERE g IS NOT NULL AND any(k IN r.articles WHERE k IN g.articles)
  WITH accuser
  ORDER BY accuser.name
  RETURN collect(DISTINCT accuser.name) AS accusers
}
RETURN day AS date, denier.name AS denier, claim.text AS denied, accusers AS accused_by,
       coalesce(art.title, art.key) AS article
ORDER BY date, denier, denied, article, art.key
LIMIT $limit
