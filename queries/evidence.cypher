// @report evidence
// @description For any relation, the articles and sentences that report it.
// @param type = "" [MET_WITH|ACCUSED|DENIED|AGREED_TO] only relations of this type; empty for all
// @param actor = "" one party: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param other = "" the other party: a name, alias, surname or key as typed ("Russia", "RUS", "Lavrov", "Sergei Lavrov"); empty for any
// @param claim = "" words of the claim, found with the claim_text full-text index; empty for any
// @param members = false count the people and bodies of a named country as that country
// @param since = "0000-01-01" first date, YYYY-MM-DD (articles without a date only show without since/until)
// @param until = "9999-12-31" last date, YYYY-MM-DD
// @param limit = 100 most rows
//
// One row per relation and article: the sentence numbers (0-based, in the article body)
// and the text of the sentence.
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
// $claim: the claims whose text has its words close together.
CALL () {
  UNWIND [trim($claim)] AS q
  WITH q
  WHERE q <> ''
  CALL db.index.fulltext.queryNodes('claim_text', '"' + replace(replace(q, '\\', ' '), '"', ' ') + '"~8')
  YIELD node
  RETURN collect(node) AS claims
}
CALL (side_a, side_b, claims) {
  WITH side_a
  WHERE trim($actor) = '' AND trim($other) = '' AND trim($claim) = '' AND $type IN ['', 'MET_WITH']
  MATCH ()-[r:MET_WITH]->()
  USING SCAN r:MET_WITH
  RETURN r
  UNION
  WITH side_a
  WHERE trim($actor) = '' AND trim($other) = '' AND trim($claim) = '' AND $type IN ['', 'ACCUSED']
  MATCH ()-[r:ACCUSED]->()
  USING SCAN r:ACCUSED
  RETURN r
  UNION
  WITH side_a
  WHERE trim($actor) = '' AND trim($other) = '' AND trim($claim) = '' AND $type IN ['', 'DENIED']
  MATCH ()-[r:DENIED]->()
  USING SCAN r:DENIED
  RETURN r
  UNION
  WITH side_a
  WHERE trim($actor) = '' AND trim($other) = '' AND trim($claim) = '' AND $type IN ['', 'AGREED_TO']
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
  UNION
  WITH claims
  WHERE trim($actor) = '' AND trim($other) = ''
  UNWIND claims AS c
  MATCH (c)<-[r:ACCUSED|DENIED|AGREED_TO]-()
  RETURN r
}
WITH r, startNode(r) AS s, endNode(r) AS e, side_a, side_b, claims
WHERE $type = '' OR type(r) = $type
UNWIND r.articles AS ak
MATCH (art:Article {key: ak})
WITH r, s, e, ak, art, side_a, side_b, claims, coalesce(art.date, '') AS day
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
WITH r, s, e, others, art, ak, day, side_a, side_b, claims,
     trim($actor) = '' AS anyA, trim($other) = '' AS anyB
WHERE (((anyA OR s IN side_a) AND (anyB OR any(o IN others WHERE o IN side_b)))
    OR ((anyB OR s IN side_b) AND (anyA OR any(o IN others WHERE o IN side_a))))
  AND (trim($claim) = '' OR e IN claims)
  AND (type(r) <> 'AGREED_TO' OR all(o IN others WHERE s.key < o.key))
WITH r, s, e, others, art, day,
     [x IN r.evidence WHERE x STARTS WITH ak + '#' | toInteger(substring(x, size(ak) + 1))] AS sentences
ORDER BY day, s.name, type(r), CASE WHEN e:Claim THEN e.text END, coalesce(art.title, art.key), art.key
LIMIT $limit
// The sentences, for the rows shown only.
CALL (r, s, e, art) {
  OPTIONAL MATCH (e)-[rep:REPORTED_IN]->(art)
  RETURN rep
  UNION
  OPTIONAL MATCH (art)<-[rep:REPORTED_IN]-(m:Meeting)
  WHERE type(r) = 'MET_WITH' AND EXISTS { (s)-[:ATTENDED]->(m) } AND EXISTS { (e)-[:ATTENDED]->(m) }
  RETURN rep
}
WITH r, s, e, others, art, day, sentences, collect(rep) AS reps
RETURN day AS date, s.name AS subject, type(r) AS relation, [o IN others | o.name] AS object,
       CASE WHEN e:Claim THEN e.text END AS claim, coalesce(art.title, art.key) AS article,
       art.url AS url, sentences,
       head([x IN reps WHERE x.sentence IN sentences | x.evidence]) AS evidence
ORDER BY date, subject, relation, claim, article, art.key
LIMIT $limit
