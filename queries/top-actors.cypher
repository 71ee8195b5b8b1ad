// @report top-actors
// @description The actors with the most reports per fact type, all time or within dates.
// @param type = "" [MET_WITH|ACCUSED|DENIED|AGREED_TO] only this fact type; empty for all
// @param since = "" first date, YYYY-MM-DD, YYYY-MM or YYYY; empty for all time
// @param until = "9999-12-31" last date
// @param limit = 10 most actors per fact type
//
// "reports" counts each fact once per article that reports it (a meeting counts for
// every party, an agreement for every party). All time, the counts are the ones kept on
// the actors at write time (Actor.reports_<type>), read from their indexes; within
// dates they are counted from the reports of those dates.
WITH $since = '' AND $until >= '9999-12-31' AS allTime,
     CASE $type WHEN 'MET_WITH' THEN 'met' WHEN 'ACCUSED' THEN 'accused' WHEN 'DENIED' THEN 'denied'
                WHEN 'AGREED_TO' THEN 'agreed' ELSE '' END AS kind
CALL (allTime, kind) {
  WITH CASE WHEN allTime AND kind IN ['', 'met'] THEN 1 ELSE 9223372036854775807 END AS least
  MATCH (a:Actor)
  WHERE a.reports_met_with >= least
  RETURN 'MET_WITH' AS type, a, a.reports_met_with AS reports
  ORDER BY a.reports_met_with DESC
  LIMIT $limit
  UNION
  WITH CASE WHEN allTime AND kind IN ['', 'accused'] THEN 1 ELSE 9223372036854775807 END AS least
  MATCH (a:Actor)
  WHERE a.reports_accused >= least
  RETURN 'ACCUSED' AS type, a, a.reports_accused AS reports
  ORDER BY a.reports_accused DESC
  LIMIT $limit
  UNION
  WITH CASE WHEN allTime AND kind IN ['', 'denied'] THEN 1 ELSE 9223372036854775807 END AS least
  MATCH (a:Actor)
  WHERE a.reports_denied >= least
  RETURN 'DENIED' AS type, a, a.reports_denied AS reports
  ORDER BY a.reports_denied DESC
  LIMIT $limit
  UNION
  WITH CASE WHEN allTime AND kind IN ['', 'agreed'] THEN 1 ELSE 9223372036854775807 END AS least
  MATCH (a:Actor)
  WHERE a.reports_agreed_to >= least
  RETURN 'AGREED_TO' AS type, a, a.reports_agreed_to AS reports
  ORDER BY a.reports_agreed_to DESC
  LIMIT $limit
  UNION
  // Within dates: the facts of the reports in the window, from the reported_date index.
  WITH kind, CASE WHEN allTime THEN '~' ELSE $since END AS since
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(date)
  WHERE rep.date >= since AND rep.date <= $until AND rep.date <> ''
  UNWIND [k IN ['accused', 'denied', 'agreed', 'met'] WHERE kind = '' OR k = kind] AS k
  UNWIND range(0, size(coalesce(rep[k + '_sources'], [])) - 1) AS i
  WITH rep, k, rep[k + '_sources'][i] AS sk, rep[k + '_targets'][i] AS tk
  UNWIND CASE WHEN k IN ['met', 'agreed'] THEN [[sk, tk], [tk, sk]] ELSE [[sk, tk]] END AS side
  WITH rep, k, side[0] AS ak, side[1] AS ok
  WHERE ak <> ''
  WITH k, ak, count(DISTINCT CASE k WHEN 'met' THEN [ok, elementId(endNode(rep))] ELSE elementId(rep) END) AS reports
  ORDER BY k, reports DESC, ak
  WITH k, collect([ak, reports])[..$limit] AS top
  UNWIND top AS t
  MATCH (a:Actor {key: t[0]})
  RETURN CASE k WHEN 'met' THEN 'MET_WITH' WHEN 'accused' THEN 'ACCUSED' WHEN 'denied' THEN 'DENIED' ELSE 'AGREED_TO' END AS type,
         a, t[1] AS reports
}
WITH type, a, reports
ORDER BY type, reports DESC, a.name, a.key
WITH type, collect([a, reports]) AS top
UNWIND range(0, size(top) - 1) AS i
WITH type, i + 1 AS rank, top[i][0] AS a, top[i][1] AS reports
RETURN type, rank, a.key AS actor_key, a.name AS actor, CASE WHEN a:Country THEN a.key ELSE a.country END AS country,
       reports
ORDER BY type, rank
