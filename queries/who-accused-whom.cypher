// @report who-accused-whom
// @description Who accused whom of what, when, and in which article.
// @param actor = "" the accuser: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param target = "" the accused: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param since = "0000-01-01" first date, YYYY-MM-DD (articles without a date only show without since/until)
// @param until = "9999-12-31" last date, YYYY-MM-DD
// @param limit = 100 most rows
//
// One row per accusation, accused and article reporting it, oldest first.
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
  RETURN [f IN found WHERE f[1] = best | f[0]] AS accusers
}
// $target: the actors it names, by key, then name, then alias, then surname.
CALL () {
  CALL () {
    UNWIND [trim($target)] AS raw
    WITH raw, toLower(raw) AS q
    WHERE q <> ''
    MATCH (a:Actor)
    WHERE a.key IN [raw, toUpper(raw), q]
    RETURN a, 1 AS tier
    UNION
    UNWIND [toLower(trim($target))] AS q
    WITH q
    WHERE q <> ''
    MATCH (a:Actor)
    WHERE a.name_lc = q
    RETURN a, 2 AS tier
    UNION
    UNWIND [toLower(trim($target))] AS q
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
  RETURN [f IN found WHERE f[1] = best | f[0]] AS targets
}
CALL (accusers, targets) {
  WITH accusers
  WHERE trim($actor) = '' AND trim($target) = ''
  MATCH ()-[r:ACCUSED]->()
  USING SCAN r:ACCUSED
  RETURN r
  UNION
  UNWIND accusers AS x
  MATCH (x)-[r:ACCUSED]->()
  RETURN r
  UNION
  WITH targets
  WHERE trim($actor) = ''
  UNWIND targets AS t
  MATCH (t)<-[:AGAINST]-(:Claim)<-[r:ACCUSED]-()
  RETURN r
}
WITH r, startNode(r) AS accuser, endNode(r) AS claim, targets
UNWIND r.articles AS ak
MATCH (art:Article {key: ak})
WITH accuser, claim, art, ak, targets, coalesce(art.date, '') AS day
WHERE CASE WHEN day = '' THEN $since <= '0000-01-01' AND $until >= '9999-12-31'
          ELSE $since <= day AND day <= $until END
OPTIONAL MATCH (art)-[:MENTIONS]->(accused:Actor)
WHERE EXISTS { MATCH (claim)-[g:AGAINST]->(accused) WHERE ak IN g.articles }
WITH accuser, claim, art, day, accused
WHERE trim($target) = '' OR accused IN targets
RETURN day AS date, accuser.name AS accuser, accused.name AS accused, claim.text AS claim,
       coalesce(art.title, art.key) AS article
ORDER BY date, accuser, accused, claim, article, art.key
LIMIT $limit
