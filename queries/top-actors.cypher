// @report top-actors
// @description The most active actors per relation type in a date range.
// @param type = "" [MET_WITH|ACCUSED|DENIED|AGREED_TO] only relations of this type; empty for all
// @param since = "0000-01-01" first date, YYYY-MM-DD (articles without a date only show without since/until)
// @param until = "9999-12-31" last date, YYYY-MM-DD
// @param limit = 10 most actors per relation type
//
// "reports" counts each relation once per article reporting it (a meeting counts for
// both parties); "articles" counts the distinct articles.
CALL () {
  UNWIND [$type] AS wanted
  WITH wanted
  WHERE wanted IN ['', 'MET_WITH']
  MATCH ()-[r:MET_WITH]->()
  USING SCAN r:MET_WITH
  RETURN r
  UNION
  UNWIND [$type] AS wanted
  WITH wanted
  WHERE wanted IN ['', 'ACCUSED']
  MATCH ()-[r:ACCUSED]->()
  USING SCAN r:ACCUSED
  RETURN r
  UNION
  UNWIND [$type] AS wanted
  WITH wanted
  WHERE wanted IN ['', 'DENIED']
  MATCH ()-[r:DENIED]->()
  USING SCAN r:DENIED
  RETURN r
  UNION
  UNWIND [$type] AS wanted
  WITH wanted
  WHERE wanted IN ['', 'AGREED_TO']
  MATCH ()-[r:AGREED_TO]->()
  USING SCAN r:AGREED_TO
  RETURN r
}
WITH r, type(r) AS relation,
     CASE type(r) WHEN 'MET_WITH' THEN [startNode(r), endNode(r)] ELSE [startNode(r)] END AS parties
UNWIND r.articles AS ak
MATCH (art:Article {key: ak})
WITH relation, parties, art, coalesce(art.date, '') AS day
WHERE CASE WHEN day = '' THEN $since <= '0000-01-01' AND $until >= '9999-12-31'
          ELSE $since <= day AND day <= $until END
UNWIND parties AS a
WITH relation, a, count(*) AS reports, count(DISTINCT art) AS articles,
     min(CASE WHEN day <> '' THEN day END) AS first, max(CASE WHEN day <> '' THEN day END) AS last
ORDER BY relation, reports DESC, articles DESC, a.name, a.key
WITH relation, collect({actor: a.name, reports: reports, articles: articles, first: first, last: last})[..$limit] AS top
UNWIND range(0, size(top) - 1) AS i
RETURN relation, i + 1 AS rank, top[i].actor AS actor, top[i].reports AS reports,
       top[i].articles AS articles, top[i].first AS first, top[i].last AS last
ORDER BY relation, rank
