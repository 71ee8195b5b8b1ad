// @report top-actors
// @description The actors with the most reports per fact type, all time or within dates.
// @param type = "" [MET_WITH|ACCUSED|DENIED|AGREED_TO] only this fact type; empty for all
// @param since = "" first date, YYYY-MM-DD, YYYY-MM or YYYY; empty for all time
// @param until = "9999-12-31" last date
// @param limit = 10 most actors per fact type
//
// "reports" counts each fact once per article that reports it (a meeting counts for
// every party, an agreement for every party). All time, the counts are the ones kept on
// the actors at write time (Actor.reports_<type>), read from their indexes. Within dates
// the whole months of the window are summed from the counts per month kept on the actors
// (Actor.reports_<type>_months, "YYYY-MM n"), and the days of a month the window takes
// only part of are counted from the reports of those days. An actor's count within dates
// is at most its count of all time, so only the actors whose count of all time reaches
// the smallest count within dates of the first $limit of all time are summed.
WITH $since = '' AND $until >= '9999-12-31' AS allTime,
     CASE $type WHEN 'MET_WITH' THEN 'met' WHEN 'ACCUSED' THEN 'accused' WHEN 'DENIED' THEN 'denied'
                WHEN 'AGREED_TO' THEN 'agreed' ELSE '' END AS kind,
     CASE WHEN $since >= '0001-01-01' THEN date(left($since, 10)) END AS sinceD,
     CASE WHEN $until >= '0001-01-01' THEN date(left($until, 10)) END AS untilD
// The window's whole months, from firstFull to lastFull (YYYY-MM), and the parts of
// months before and after them.
WITH allTime, kind, sinceD, untilD,
     CASE WHEN sinceD IS NULL THEN '' WHEN sinceD.day = 1 THEN left($since, 7)
          ELSE left(toString(date.truncate('month', sinceD) + duration('P1M')), 7) END AS firstFull,
     CASE WHEN untilD = date.truncate('month', untilD) + duration('P1M') - duration('P1D') THEN left($until, 7)
          ELSE left(toString(date.truncate('month', untilD) - duration('P1M')), 7) END AS lastFull
WITH allTime, kind, untilD, firstFull, lastFull,
     CASE WHEN allTime OR untilD IS NULL THEN []
          WHEN firstFull > lastFull THEN [[$since, $until]]
          ELSE CASE WHEN sinceD IS NOT NULL AND sinceD.day <> 1
                    THEN [[$since, toString(date.truncate('month', sinceD) + duration('P1M') - duration('P1D'))]]
                    ELSE [] END
             + CASE WHEN left($until, 7) > lastFull THEN [[toString(date.truncate('month', untilD)), $until]] ELSE [] END
     END AS parts
// The reports of the parts of months, per fact type and actor, from the reported_date index.
CALL (kind, parts) {
  UNWIND parts AS part
  MATCH ()-[rep:REPORTED_IN]->()
  USING INDEX rep:REPORTED_IN(date)
  WHERE rep.date >= part[0] AND rep.date <= part[1] AND rep.date <> ''
  UNWIND [k IN ['accused', 'denied', 'agreed', 'met'] WHERE kind = '' OR k = kind] AS k
  UNWIND range(0, size(coalesce(rep[k + '_sources'], [])) - 1) AS i
  WITH rep, k, rep[k + '_sources'][i] AS sk, rep[k + '_targets'][i] AS tk
  UNWIND CASE WHEN k IN ['met', 'agreed'] THEN [[sk, tk], [tk, sk]] ELSE [[sk, tk]] END AS side
  WITH rep, k, side[0] AS ak, side[1] AS ok
  WHERE ak <> ''
  WITH k, ak, count(DISTINCT CASE k WHEN 'met' THEN [ok, elementId(endNode(rep))] ELSE elementId(rep) END) AS reports
  RETURN collect([k, ak, reports]) AS partial
}
CALL (allTime, kind, untilD, firstFull, lastFull, partial) {
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
  WITH firstFull, lastFull, partial,
       CASE WHEN NOT allTime AND untilD IS NOT NULL AND kind IN ['', 'met'] THEN 1 ELSE 9223372036854775807 END AS least
  CALL (firstFull, lastFull, partial, least) {
    MATCH (a:Actor)
    WHERE a.reports_met_with >= least
    WITH a, firstFull, lastFull, partial
    ORDER BY a.reports_met_with DESC
    LIMIT $limit
    WITH reduce(s = 0, x IN coalesce(a.reports_met_months, []) |
             s + CASE WHEN left(x, 7) >= firstFull AND left(x, 7) <= lastFull THEN toInteger(substring(x, 8)) ELSE 0 END)
         + coalesce(head([p IN partial WHERE p[0] = 'met' AND p[1] = a.key | p[2]]), 0) AS reports
    RETURN collect(reports) AS top
  }
  WITH firstFull, lastFull, partial,
       CASE WHEN least > 1 THEN least WHEN size(top) < $limit THEN 1
            ELSE reduce(m = top[0], x IN top | CASE WHEN x < m THEN x ELSE m END) END AS least
  MATCH (a:Actor)
  WHERE a.reports_met_with >= CASE WHEN least < 1 THEN 1 ELSE least END
  WITH a, reduce(s = 0, x IN coalesce(a.reports_met_months, []) |
             s + CASE WHEN left(x, 7) >= firstFull AND left(x, 7) <= lastFull THEN toInteger(substring(x, 8)) ELSE 0 END)
         + coalesce(head([p IN partial WHERE p[0] = 'met' AND p[1] = a.key | p[2]]), 0) AS reports
  WHERE reports > 0
  RETURN 'MET_WITH' AS type, a, reports
  ORDER BY reports DESC, a.key
  LIMIT $limit
  UNION
  WITH firstFull, lastFull, partial,
       CASE WHEN NOT allTime AND untilD IS NOT NULL AND kind IN ['', 'accused'] THEN 1 ELSE 9223372036854775807 END AS least
  CALL (firstFull, lastFull, partial, least) {
    MATCH (a:Actor)
    WHERE a.reports_accused >= least
    WITH a, firstFull, lastFull, partial
    ORDER BY a.reports_accused DESC
    LIMIT $limit
    WITH reduce(s = 0, x IN coalesce(a.reports_accused_months, []) |
             s + CASE WHEN left(x, 7) >= firstFull AND left(x, 7) <= lastFull THEN toInteger(substring(x, 8)) ELSE 0 END)
         + coalesce(head([p IN partial WHERE p[0] = 'accused' AND p[1] = a.key | p[2]]), 0) AS reports
    RETURN collect(reports) AS top
  }
  WITH firstFull, lastFull, partial,
       CASE WHEN least > 1 THEN least WHEN size(top) < $limit THEN 1
            ELSE reduce(m = top[0], x IN top | CASE WHEN x < m THEN x ELSE m END) END AS least
  MATCH (a:Actor)
  WHERE a.reports_accused >= CASE WHEN least < 1 THEN 1 ELSE least END
  WITH a, reduce(s = 0, x IN coalesce(a.reports_accused_months, []) |
             s + CASE WHEN left(x, 7) >= firstFull AND left(x, 7) <= lastFull THEN toInteger(substring(x, 8)) ELSE 0 END)
         + coalesce(head([p IN partial WHERE p[0] = 'accused' AND p[1] = a.key | p[2]]), 0) AS reports
  WHERE reports > 0
  RETURN 'ACCUSED' AS type, a, reports
  ORDER BY reports DESC, a.key
  LIMIT $limit
  UNION
  WITH firstFull, lastFull, partial,
       CASE WHEN NOT allTime AND untilD IS NOT NULL AND kind IN ['', 'denied'] THEN 1 ELSE 9223372036854775807 END AS least
  CALL (firstFull, lastFull, partial, least) {
    MATCH (a:Actor)
    WHERE a.reports_denied >= least
    WITH a, firstFull, lastFull, partial
    ORDER BY a.reports_denied DESC
    LIMIT $limit
    WITH reduce(s = 0, x IN coalesce(a.reports_denied_months, []) |
             s + CASE WHEN left(x, 7) >= firstFull AND left(x, 7) <= lastFull THEN toInteger(substring(x, 8)) ELSE 0 END)
         + coalesce(head([p IN partial WHERE p[0] = 'denied' AND p[1] = a.key | p[2]]), 0) AS reports
    RETURN collect(reports) AS top
  }
  WITH firstFull, lastFull, partial,
       CASE WHEN least > 1 THEN least WHEN size(top) < $limit THEN 1
            ELSE reduce(m = top[0], x IN top | CASE WHEN x < m THEN x ELSE m END) END AS least
  MATCH (a:Actor)
  WHERE a.reports_denied >= CASE WHEN least < 1 THEN 1 ELSE least END
  WITH a, reduce(s = 0, x IN coalesce(a.reports_denied_months, []) |
             s + CASE WHEN left(x, 7) >= firstFull AND left(x, 7) <= lastFull THEN toInteger(substring(x, 8)) ELSE 0 END)
         + coalesce(head([p IN partial WHERE p[0] = 'denied' AND p[1] = a.key | p[2]]), 0) AS reports
  WHERE reports > 0
  RETURN 'DENIED' AS type, a, reports
  ORDER BY reports DESC, a.key
  LIMIT $limit
  UNION
  WITH firstFull, lastFull, partial,
       CASE WHEN NOT allTime AND untilD IS NOT NULL AND kind IN ['', 'agreed'] THEN 1 ELSE 9223372036854775807 END AS least
  CALL (firstFull, lastFull, partial, least) {
    MATCH (a:Actor)
    WHERE a.reports_agreed_to >= least
    WITH a, firstFull, lastFull, partial
    ORDER BY a.reports_agreed_to DESC
    LIMIT $limit
    WITH reduce(s = 0, x IN coalesce(a.reports_agreed_months, []) |
             s + CASE WHEN left(x, 7) >= firstFull AND left(x, 7) <= lastFull THEN toInteger(substring(x, 8)) ELSE 0 END)
         + coalesce(head([p IN partial WHERE p[0] = 'agreed' AND p[1] = a.key | p[2]]), 0) AS reports
    RETURN collect(reports) AS top
  }
  WITH firstFull, lastFull, partial,
       CASE WHEN least > 1 THEN least WHEN size(top) < $limit THEN 1
            ELSE reduce(m = top[0], x IN top | CASE WHEN x < m THEN x ELSE m END) END AS least
  MATCH (a:Actor)
  WHERE a.reports_agreed_to >= CASE WHEN least < 1 THEN 1 ELSE least END
  WITH a, reduce(s = 0, x IN coalesce(a.reports_agreed_months, []) |
             s + CASE WHEN left(x, 7) >= firstFull AND left(x, 7) <= lastFull THEN toInteger(substring(x, 8)) ELSE 0 END)
         + coalesce(head([p IN partial WHERE p[0] = 'agreed' AND p[1] = a.key | p[2]]), 0) AS reports
  WHERE reports > 0
  RETURN 'AGREED_TO' AS type, a, reports
  ORDER BY reports DESC, a.key
  LIMIT $limit
}
WITH type, a, reports
ORDER BY type, reports DESC, a.name, a.key
WITH type, collect([a, reports]) AS top
UNWIND range(0, size(top) - 1) AS i
WITH type, i + 1 AS rank, top[i][0] AS a, top[i][1] AS reports
RETURN type, rank, a.key AS actor_key, a.name AS actor, CASE WHEN a:Country THEN a.key ELSE a.country END AS country,
       reports
ORDER BY type, rank
