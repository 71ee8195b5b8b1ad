// @report between
// @description All relations between two actors (e.g. two countries and the people and bodies acting for them), as a timeline.
// @param actor = "" one side: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param other = "" the other side: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param type = "" [MET_WITH|ACCUSED|DENIED|AGREED_TO] only relations of this type; empty for all
// @param members = true count the people and bodies of a named country as that country's side
// @param since = "0000-01-01" first date, YYYY-MM-DD (articles without a date only show without since/until)
// @param until = "9999-12-31" last date, YYYY-MM-DD
// @param limit = 200 most rows
//
// One row per relation and article reporting it, oldest first, where one side is the
// subject and the other among the other parties.
// $actor: the actors it names, by key, then name, then alias, then surname; with
// $members, also the people who represent a named country and the bodies that belong to it.
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
  UNWIND [f IN found WHERE f[1] = best | f[0]] AS s
  CALL (s) {
    RETURN s AS m
    UNION
    MATCH (m:Person)-[:REPRESENTS]->(s)
    WHERE $members
    RETURN m
    UNION
    WITH s
    WHERE $members AND s:Country
    MATCH (m:Actor)
    WHERE m.country = s.key
    RETURN m
  }
  RETURN collect(DISTINCT m) AS side_a
}
// $other: the actors it names, by key, then name, then alias, then surname; with
// $members, also the people who represent a named country and the bodies that belong to it.
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
  UNWIND [f IN found WHERE f[1] = best | f[0]] AS s
  CALL (s) {
    RETURN s AS m
    UNION
    MATCH (m:Person)-[:REPRESENTS]->(s)
    WHERE $members
    RETURN m
    UNION
    WITH s
    WHERE $members AND s:Country
    MATCH (m:Actor)
    WHERE m.country = s.key
    RETURN m
  }
  RETURN collect(DISTINCT m) AS side_b
}
CALL (side_a, side_b) {
  WITH side_a
  WHERE trim($actor) = '' AND trim($other) = '' AND $type IN ['', 'MET_WITH']
  MATCH ()-[r:MET_WITH]->()
  USING SCAN r:MET_WITH
  RETURN r
  UNION
  WITH side_a
  WHERE trim($actor) = '' AND trim($other) = '' AND $type IN ['', 'ACCUSED']
  MATCH ()-[r:ACCUSED]->()
  USING SCAN r:ACCUSED
  RETURN r
  UNION
  WITH side_a
  WHERE trim($actor) = '' AND trim($other) = '' AND $type IN ['', 'DENIED']
  MATCH ()-[r:DENIED]->()
  USING SCAN r:DENIED
  RETURN r
  UNION
  WITH side_a
  WHERE trim($actor) = '' AND trim($other) = '' AND $type IN ['', 'AGREED_TO']
  MATCH ()-[r:AGREED_TO]->()
  USING SCAN r:AGREED_TO
  RETURN r
  UNION
  UNWIND CASE WHEN trim($actor) <> '' THEN side_a ELSE side_b END AS x
  MATCH (x)-[r:MET_WITH|ACCUSED|DENIED|AGREED_TO]-()
  RETURN r
  UNION
  UNWIND CASE WHEN trim($actor) <> '' THEN side_a ELSE side_b END AS x
  MATCH (x)<-[:AGAINST|ABOUT]-(:Claim)<-[r:ACCUSED|DENIED]-()
  RETURN r
  UNION
  UNWIND CASE WHEN trim($actor) <> '' THEN side_a ELSE side_b END AS x
  MATCH (x)-[:AGREED_TO]->(:Claim)<-[r:AGREED_TO]-()
  RETURN r
}
WITH r, startNode(r) AS s, endNode(r) AS e, side_a, side_b
WHERE $type = '' OR type(r) = $type
UNWIND r.articles AS ak
MATCH (art:Article {key: ak})
WITH r, s, e, ak, art, side_a, side_b, coalesce(art.date, '') AS day
WHERE CASE WHEN day = '' THEN $since <= '0000-01-01' AND $until >= '9999-12-31'
          ELSE $since <= day AND day <= $until END
// The other parties, among the actors the article mentions: whom an accusation is
// against, whom a denial names, the other parties of an agreement.
CALL (r, s, e, ak, art) {
  CALL (r, s, e, ak, art) {
    WITH e
    WHERE type(r) = 'MET_WITH'
    RETURN e AS o
    UNION
    MATCH (art)-[:MENTIONS]->(o:Actor)
    WHERE type(r) = 'ACCUSED' AND EXISTS { MATCH (e)-[g:AGAINST]->(o) WHERE ak IN g.articles }
    RETURN o
    UNION
    MATCH (art)-[:MENTIONS]->(o:Actor)
    WHERE type(r) = 'DENIED' AND EXISTS { MATCH (e)-[g:ABOUT]->(o) WHERE ak IN g.articles }
    RETURN o
    UNION
    MATCH (art)-[:MENTIONS]->(o:Actor)
    WHERE type(r) = 'AGREED_TO' AND o <> s AND EXISTS { MATCH (e)<-[g:AGREED_TO]-(o) WHERE ak IN g.articles }
    RETURN o
  }
  WITH o
  ORDER BY o.name, o.key
  RETURN collect(o) AS others
}
WITH r, s, e, others, art, day, side_a, side_b, trim($actor) = '' AS anyA, trim($other) = '' AS anyB
WHERE (((anyA OR s IN side_a) AND (anyB OR any(o IN others WHERE o IN side_b)))
    OR ((anyB OR s IN side_b) AND (anyA OR any(o IN others WHERE o IN side_a))))
  AND (type(r) <> 'AGREED_TO' OR all(o IN others WHERE s.key < o.key))
RETURN day AS date, s.name AS subject, type(r) AS relation, [o IN others | o.name] AS object,
       CASE WHEN e:Claim THEN e.text END AS claim, coalesce(art.title, art.key) AS article
ORDER BY date, subject, relation, claim, article, art.key
LIMIT $limit
