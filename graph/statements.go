package graph

import (
	"fmt"
	"strings"
)

// The Cypher of a write transaction. Every statement is parameterised and takes its
// rows as $rows; labels and relationship types come only from the constants of this
// package, never from input.

// Replacing an article's earlier facts, when it was written before with another
// extractor version (or when replacement is forced). The statements return the keys of
// the nodes they touched so that those left without any relationship can be deleted at
// the end of the transaction. An article's fact relationships are found from the claims
// and meetings reported in it (every MET_WITH's parties attended such a meeting) and from
// the people it mentions (REPRESENTS), never by scanning the relationships of actors,
// which for a country can be very many.
const (
	// stmtClaimArticles takes the write lock of each of the batch's articles (creating
	// the ones not yet in the graph) before reading its extractor version, and says what
	// the batch does with it: "new" (its facts are written and counted), "replace" (its
	// earlier facts are taken out first: another extractor version, or $force) or
	// "unchanged" (written before by this version: its facts are counted already). A
	// concurrent job writing the same article waits for this transaction and then finds
	// it unchanged, so no article is ever counted twice. $rows are sorted by key, so that
	// jobs take the locks in one order.
	stmtClaimArticles = `
UNWIND $rows AS row
MERGE (a:Article {key: row.key})
SET a._lock = true
REMOVE a._lock
RETURN a.key AS key,
       CASE WHEN a.extractor_version IS NULL THEN 'new'
            WHEN $force OR a.extractor_version <> row.version THEN 'replace'
            ELSE 'unchanged' END AS status`

	// stmtStripArticle takes the article's share out of every fact relationship it
	// reported: its count drops by one, the reports counters of its actors too (a counter
	// that reaches 0 goes, as on a node that was never counted), its
	// first_seen and last_seen are found again among the other articles when the
	// article's date was one of them, the article it shows (evidence, article_*) is
	// chosen again among the other articles when it was this one (by the rule of
	// shownArticle.beats, from the facts on their REPORTED_IN), and a relationship no
	// article reports any more is deleted. "The other articles" leave out every article
	// of $keys, which are all being replaced. Which relationships those are is read from the article's own REPORTED_IN
	// (the facts of each claim and meeting) and MENTIONS (the state a person represents).
	stmtStripArticle = `
UNWIND $keys AS key
MATCH (a:Article {key: key})
CALL (a) {
  MATCH (a)<-[rep:REPORTED_IN]-(c:Claim)
  UNWIND [['ACCUSED', coalesce(rep.accused_sources, [])], ['AGAINST', coalesce(rep.accused_targets, [])],
          ['DENIED', coalesce(rep.denied_sources, [])], ['ABOUT', coalesce(rep.denied_targets, [])],
          ['AGREED_TO', coalesce(rep.agreed_sources, []) + coalesce(rep.agreed_targets, [])]] AS f
  UNWIND f[1] AS k
  WITH DISTINCT c, f[0] AS t, k
  WHERE k <> ''
  MATCH (:Actor {key: k})-[r:ACCUSED|AGAINST|DENIED|ABOUT|AGREED_TO]-(c)
  WHERE type(r) = t
  RETURN r
  UNION
  MATCH (a)<-[rep:REPORTED_IN]-(:Meeting)
  UNWIND range(0, size(coalesce(rep.met_sources, [])) - 1) AS i
  MATCH (:Actor {key: rep.met_sources[i]})-[r:MET_WITH]->(:Actor {key: rep.met_targets[i]})
  RETURN r
  UNION
  MATCH (a)<-[rep:REPORTED_IN]-(m:Meeting)
  UNWIND coalesce(rep.attended, []) AS k
  MATCH (:Actor {key: k})-[r:ATTENDED]->(m)
  RETURN r
  UNION
  MATCH (a)-[men:MENTIONS]->(:Person)-[r:REPRESENTS]->(s:Country)
  WHERE men.country = s.key
  RETURN r
}
WITH DISTINCT a, a.date AS d, r
SET r.article_count = r.article_count - 1
WITH a, d, r, startNode(r) AS s, endNode(r) AS e
FOREACH (_ IN CASE type(r) WHEN 'MET_WITH' THEN [1] ELSE [] END |
  SET s.reports_met_with = CASE WHEN s.reports_met_with > 1 THEN s.reports_met_with - 1 END,
      e.reports_met_with = CASE WHEN e.reports_met_with > 1 THEN e.reports_met_with - 1 END)
FOREACH (_ IN CASE type(r) WHEN 'ACCUSED' THEN [1] ELSE [] END |
  SET s.reports_accused = CASE WHEN s.reports_accused > 1 THEN s.reports_accused - 1 END)
FOREACH (_ IN CASE type(r) WHEN 'DENIED' THEN [1] ELSE [] END |
  SET s.reports_denied = CASE WHEN s.reports_denied > 1 THEN s.reports_denied - 1 END)
FOREACH (_ IN CASE type(r) WHEN 'AGREED_TO' THEN [1] ELSE [] END |
  SET s.reports_agreed_to = CASE WHEN s.reports_agreed_to > 1 THEN s.reports_agreed_to - 1 END)
WITH a, r, s, e, d IS NOT NULL AND r.article_count > 0 AND (d = r.first_seen OR d = r.last_seen) AS again
CALL (a, r, s, e, again) {
  CALL (a, r, s, e, again) {
    WITH a, r, CASE WHEN s:Claim THEN s ELSE e END AS c, CASE WHEN s:Claim THEN e ELSE s END AS x
    WHERE again AND type(r) IN ['ACCUSED', 'AGAINST', 'DENIED', 'ABOUT', 'AGREED_TO']
    MATCH (c)-[q:REPORTED_IN]->(o)
    WHERE NOT o.key IN $keys AND q.date <> '' AND x.key IN CASE type(r)
        WHEN 'ACCUSED' THEN coalesce(q.accused_sources, []) WHEN 'AGAINST' THEN coalesce(q.accused_targets, [])
        WHEN 'DENIED' THEN coalesce(q.denied_sources, []) WHEN 'ABOUT' THEN coalesce(q.denied_targets, [])
        ELSE coalesce(q.agreed_sources, []) + coalesce(q.agreed_targets, []) END
    RETURN q.date AS day
    UNION
    WITH a, r, s, e
    WHERE again AND type(r) = 'ATTENDED'
    MATCH (e)-[q:REPORTED_IN]->(o)
    WHERE NOT o.key IN $keys AND q.date <> '' AND s.key IN coalesce(q.attended, [])
    RETURN q.date AS day
    UNION
    WITH a, r, s, e
    WHERE again AND type(r) = 'MET_WITH'
    MATCH (s)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(e)
    MATCH (m)-[q:REPORTED_IN]->(o)
    WHERE NOT o.key IN $keys AND q.date <> ''
      AND any(i IN range(0, size(coalesce(q.met_sources, [])) - 1) WHERE q.met_sources[i] = s.key AND q.met_targets[i] = e.key)
    RETURN q.date AS day
    UNION
    WITH a, r, s, e
    WHERE again AND type(r) = 'REPRESENTS'
    MATCH (s)<-[men:MENTIONS]-(o:Article)
    WHERE NOT o.key IN $keys AND men.country = e.key AND o.date IS NOT NULL
    RETURN o.date AS day
  }
  RETURN min(day) AS first, max(day) AS last
}
SET r.first_seen = CASE WHEN again THEN first ELSE r.first_seen END,
    r.last_seen = CASE WHEN again THEN last ELSE r.last_seen END
WITH a, r, s, e, r.article_count > 0 AND r.article_key = a.key AS reshow
CALL (r, s, e, reshow) {
  WITH r, s, e
  WHERE reshow
  REMOVE r.evidence, r.article_key, r.article_date, r.article_title, r.article_url
  WITH r, s, e
  CALL (r, s, e) {
    WITH r, CASE WHEN s:Claim THEN s ELSE e END AS c, CASE WHEN s:Claim THEN e ELSE s END AS x
    WHERE type(r) IN ['ACCUSED', 'AGAINST', 'DENIED', 'ABOUT', 'AGREED_TO']
    WITH c, x, CASE type(r) WHEN 'ACCUSED' THEN 'accused' WHEN 'AGAINST' THEN 'accused'
                            WHEN 'DENIED' THEN 'denied' WHEN 'ABOUT' THEN 'denied' ELSE 'agreed' END AS f,
         CASE type(r) WHEN 'ACCUSED' THEN 'source' WHEN 'DENIED' THEN 'source'
                      WHEN 'AGAINST' THEN 'target' WHEN 'ABOUT' THEN 'target' ELSE 'either' END AS side
    MATCH (c)-[q:REPORTED_IN]->(o)
    WHERE NOT o.key IN $keys
    WITH o, x, side, coalesce(q[f + '_sources'], []) AS src, coalesce(q[f + '_targets'], []) AS tgt,
         coalesce(q[f + '_evidence'], []) AS ev
    WITH o, [i IN range(0, size(src) - 1)
             WHERE (side <> 'target' AND src[i] = x.key) OR (side <> 'source' AND tgt[i] = x.key) | coalesce(ev[i], '')] AS texts
    WHERE size(texts) > 0
    RETURN o, reduce(m = null, t IN texts | CASE WHEN t <> '' AND (m IS NULL OR t < m) THEN t ELSE m END) AS text
    UNION
    WITH r, s, e
    WHERE type(r) = 'ATTENDED'
    MATCH (e)-[q:REPORTED_IN]->(o)
    WHERE NOT o.key IN $keys AND s.key IN coalesce(q.attended, [])
    WITH o, q, s, coalesce(q.met_sources, []) AS src, coalesce(q.met_targets, []) AS tgt, coalesce(q.met_evidence, []) AS ev
    WITH o, q, [i IN range(0, size(src) - 1) WHERE src[i] = s.key OR tgt[i] = s.key | coalesce(ev[i], '')] AS texts
    RETURN o, coalesce(reduce(m = null, t IN texts | CASE WHEN t <> '' AND (m IS NULL OR t < m) THEN t ELSE m END),
                       CASE WHEN q.evidence <> '' THEN q.evidence END) AS text
    UNION
    WITH r, s, e
    WHERE type(r) = 'MET_WITH'
    MATCH (s)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(e)
    MATCH (m)-[q:REPORTED_IN]->(o)
    WHERE NOT o.key IN $keys
    WITH o, s, e, coalesce(q.met_sources, []) AS src, coalesce(q.met_targets, []) AS tgt, coalesce(q.met_evidence, []) AS ev
    WITH o, [i IN range(0, size(src) - 1) WHERE src[i] = s.key AND tgt[i] = e.key | coalesce(ev[i], '')] AS texts
    WHERE size(texts) > 0
    RETURN o, reduce(m = null, t IN texts | CASE WHEN t <> '' AND (m IS NULL OR t < m) THEN t ELSE m END) AS text
  }
  WITH r, o, text
  ORDER BY text IS NULL, coalesce(o.date, '') + ' ' + o.key DESC, text
  LIMIT 1
  SET r.evidence = text, r.article_key = o.key, r.article_date = o.date, r.article_title = o.title, r.article_url = o.url
}
WITH r, s, e, r.article_count <= 0 AS gone
FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DELETE r)
WITH s, e
UNWIND [s, e] AS n
WITH DISTINCT n
RETURN n.key AS key, labels(n) AS labels`

	// stmtDetachArticle deletes the article's MENTIONS and REPORTED_IN relationships;
	// a claim or meeting counts one article less, and a claim finds its latest denial again.
	stmtDetachArticle = `
UNWIND $keys AS key
MATCH (a:Article {key: key})
MATCH (a)-[r:MENTIONS|REPORTED_IN]-(n)
WITH r, n, type(r) = 'REPORTED_IN' AS reported
DELETE r
FOREACH (_ IN CASE WHEN reported THEN [1] ELSE [] END |
  SET n.article_count = CASE WHEN n.article_count > 1 THEN n.article_count - 1 END)
WITH DISTINCT n
CALL (n) {
  WITH n
  WHERE n:Claim AND n.denied_last IS NOT NULL
  SET n.denied_last = ` + latestDenial + `
}
RETURN n.key AS key, labels(n) AS labels`

	// stmtDeleteOrphans deletes nodes of one label, among the given keys, that are left
	// without any relationship. %s is a label constant.
	stmtDeleteOrphans = `
UNWIND $keys AS key
MATCH (n:%s {key: key})
WHERE NOT EXISTS { (n)--() }
DELETE n`
)

// Nodes. A property the articles disagree on keeps the value of the earliest-dated
// article (then the smallest article key; within one article the smallest value, see
// rows.go), recorded in <property>_from as "<date> <article key>"; list properties are
// sorted sets. So a node is the same whatever the order, batching or concurrency of the
// writes that made it, and writing the same article again changes nothing. A value from
// the same article as the one held replaces it, so that a re-extracted article brings its
// new values; values of a replaced article that its new extraction no longer gives, and
// its aliases, stay.

// The node merge statements. For each picked property p, new_p says whether the row's
// value wins: the node has none yet, or the row's article ranks first (or is the same
// article, re-extracted). MERGE finds an existing node without locking it, so each
// statement first writes a scratch property (removed again at its end): that takes the
// node's write lock before its properties are read, and a concurrent writer of the same
// node waits until this one commits, so that no choice is made on stale values.
const (
	stmtMergePersons = `
UNWIND $rows AS row
MERGE (n:Person {key: row.key})
SET n._lock = true
WITH n, row,
     row.name IS NOT NULL AND (n.name_from IS NULL OR n.name IS NULL OR row.name_from <= n.name_from) AS new_name,
     row.title IS NOT NULL AND (n.title_from IS NULL OR n.title IS NULL OR row.title_from <= n.title_from) AS new_title,
     row.country IS NOT NULL AND (n.country_from IS NULL OR n.country IS NULL OR row.country_from <= n.country_from) AS new_country
SET n:Actor,
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) AS x RETURN DISTINCT x ORDER BY x },
    n.aliases_lc = COLLECT { UNWIND coalesce(n.aliases_lc, []) + coalesce(row.aliases_lc, []) AS x RETURN DISTINCT x ORDER BY x },
    n.name_lc = CASE WHEN new_name THEN row.name_lc ELSE n.name_lc END,
    n.name = CASE WHEN new_name THEN row.name ELSE n.name END,
    n.name_from = CASE WHEN new_name THEN row.name_from ELSE n.name_from END,
    n.title = CASE WHEN new_title THEN row.title ELSE n.title END,
    n.title_from = CASE WHEN new_title THEN row.title_from ELSE n.title_from END,
    n.country = CASE WHEN new_country THEN row.country ELSE n.country END,
    n.country_from = CASE WHEN new_country THEN row.country_from ELSE n.country_from END
FOREACH (_ IN CASE WHEN size(coalesce(row.resolved_from, [])) = 0 THEN [] ELSE [1] END |
  SET n.resolved_from = COLLECT { UNWIND coalesce(n.resolved_from, []) + row.resolved_from AS x RETURN DISTINCT x ORDER BY x })
FOREACH (_ IN CASE WHEN size(coalesce(row.candidates, [])) = 0 THEN [] ELSE [1] END |
  SET n.candidates = COLLECT { UNWIND coalesce(n.candidates, []) + row.candidates AS x RETURN DISTINCT x ORDER BY x })
REMOVE n._lock`

	stmtMergeCountries = `
UNWIND $rows AS row
MERGE (n:Country {key: row.key})
SET n._lock = true
WITH n, row,
     row.name IS NOT NULL AND (n.name_from IS NULL OR n.name IS NULL OR row.name_from <= n.name_from) AS new_name
SET n:Actor,
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) AS x RETURN DISTINCT x ORDER BY x },
    n.aliases_lc = COLLECT { UNWIND coalesce(n.aliases_lc, []) + coalesce(row.aliases_lc, []) AS x RETURN DISTINCT x ORDER BY x },
    n.code = row.key,
    n.name_lc = CASE WHEN new_name THEN row.name_lc ELSE n.name_lc END,
    n.name = CASE WHEN new_name THEN row.name ELSE n.name END,
    n.name_from = CASE WHEN new_name THEN row.name_from ELSE n.name_from END
REMOVE n._lock`

	stmtMergeOrganizations = `
UNWIND $rows AS row
MERGE (n:Organization {key: row.key})
SET n._lock = true
WITH n, row,
     row.name IS NOT NULL AND (n.name_from IS NULL OR n.name IS NULL OR row.name_from <= n.name_from) AS new_name,
     row.country IS NOT NULL AND (n.country_from IS NULL OR n.country IS NULL OR row.country_from <= n.country_from) AS new_country
SET n:Actor,
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) AS x RETURN DISTINCT x ORDER BY x },
    n.aliases_lc = COLLECT { UNWIND coalesce(n.aliases_lc, []) + coalesce(row.aliases_lc, []) AS x RETURN DISTINCT x ORDER BY x },
    n.name_lc = CASE WHEN new_name THEN row.name_lc ELSE n.name_lc END,
    n.name = CASE WHEN new_name THEN row.name ELSE n.name END,
    n.name_from = CASE WHEN new_name THEN row.name_from ELSE n.name_from END,
    n.country = CASE WHEN new_country THEN row.country ELSE n.country END,
    n.country_from = CASE WHEN new_country THEN row.country_from ELSE n.country_from END
REMOVE n._lock`

	stmtMergeMeetings = `
UNWIND $rows AS row
MERGE (n:Meeting {key: row.key})
SET n._lock = true
WITH n, row,
     row.name IS NOT NULL AND (n.name_from IS NULL OR n.name IS NULL OR row.name_from <= n.name_from) AS new_name,
     row.date IS NOT NULL AND (n.date_from IS NULL OR n.date IS NULL OR row.date_from <= n.date_from) AS new_date,
     row.location IS NOT NULL AND (n.location_from IS NULL OR n.location IS NULL OR row.location_from <= n.location_from) AS new_location
SET n.name = CASE WHEN new_name THEN row.name ELSE n.name END,
    n.name_from = CASE WHEN new_name THEN row.name_from ELSE n.name_from END,
    n.date = CASE WHEN new_date THEN row.date ELSE n.date END,
    n.date_from = CASE WHEN new_date THEN row.date_from ELSE n.date_from END,
    n.location = CASE WHEN new_location THEN row.location ELSE n.location END,
    n.location_from = CASE WHEN new_location THEN row.location_from ELSE n.location_from END
REMOVE n._lock`

	stmtMergeClaims = `
UNWIND $rows AS row
MERGE (n:Claim {key: row.key})
SET n._lock = true
WITH n, row,
     row.text IS NOT NULL AND (n.text_from IS NULL OR n.text IS NULL OR row.text_from <= n.text_from) AS new_text
SET n.text = CASE WHEN new_text THEN row.text ELSE n.text END,
    n.text_from = CASE WHEN new_text THEN row.text_from ELSE n.text_from END
REMOVE n._lock`
)

const (
	// stmtMergeArticles runs last: an article's version is set in the transaction that
	// writes all of its facts. ingested_at keeps the time of the first write. An article
	// read from several files keeps the first of their names in sorted order, whichever
	// job wrote it last.
	stmtMergeArticles = `
UNWIND $rows AS row
MERGE (a:Article {key: row.key})
SET a._lock = true
SET a.url = row.url,
    a.title = row.title,
    a.date = row.date,
    a.source = CASE WHEN a.source IS NULL OR row.source < a.source THEN row.source ELSE a.source END,
    a.extractor_version = row.version,
    a.ingested_at = coalesce(a.ingested_at, datetime())
REMOVE a._lock`
)

// Provenance relationships.
var (
	stmtMergeClaimReports = `
UNWIND $rows AS row
MATCH (c:Claim {key: row.from})
MERGE (a:Article {key: row.article})
MERGE (c)-[r:REPORTED_IN]->(a)
ON CREATE SET r.sentence = row.sentence, r.evidence = row.evidence, r.rule = row.rule, r.claim = c.key,
              c.article_count = coalesce(c.article_count, 0) + 1
` + setReportFacts + claimDeniedLast

	stmtMergeMeetingReports = `
UNWIND $rows AS row
MATCH (m:Meeting {key: row.from})
MERGE (a:Article {key: row.article})
MERGE (m)-[r:REPORTED_IN]->(a)
ON CREATE SET r.sentence = row.sentence, r.evidence = row.evidence, r.rule = row.rule,
              m.article_count = coalesce(m.article_count, 0) + 1
` + setReportFacts

	stmtMergeMentions = `
UNWIND $rows AS row
MATCH (n:Actor {key: row.actor})
MERGE (a:Article {key: row.article})
MERGE (a)-[m:MENTIONS]->(n)
SET m.country = row.country`
)

// setReportFacts sets the article's date and facts on a REPORTED_IN: per fact type the
// aligned lists of source keys, target keys and the sentences that state them, and the
// date the reports index orders by
// (<type>_on, "" for an undated article, absent when the article states no such fact).
// All come from the one article, so they are set, not merged.
var setReportFacts = func() string {
	var b strings.Builder
	b.WriteString("SET r.date = row.date,\n    r.attended = CASE WHEN size(row.attended) > 0 THEN row.attended END")
	for _, typ := range factTypes {
		fmt.Fprintf(&b, `,
    r.%[1]s_sources = CASE WHEN size(row.%[1]s_sources) > 0 THEN row.%[1]s_sources END,
    r.%[1]s_targets = CASE WHEN size(row.%[1]s_sources) > 0 THEN row.%[1]s_targets END,
    r.%[1]s_evidence = CASE WHEN size(row.%[1]s_sources) > 0 THEN row.%[1]s_evidence END,
    r.%[1]s_on = CASE WHEN size(row.%[1]s_sources) > 0 THEN row.date END`, typ)
	}
	return b.String()
}()

// relSpec is a relationship type between actors, claims and meetings with the labels of
// its ends and the clauses that follow its merge (counting, picking a title).
type relSpec struct {
	Type, From, To, Extra string
}

// relSpecs are the fact relationships, in the order they are written.
var relSpecs = []relSpec{
	{relMetWith, "Actor", "Actor", countAndShowMetWith},
	{relAttended, "Actor", "Meeting", pickShownArticle},
	{relAccused, "Actor", "Claim", countAndShowAccused},
	{relAgainst, "Claim", "Actor", keyAndShowAgainst},
	{relDenied, "Actor", "Claim", countAndShowDenied},
	{relAbout, "Claim", "Actor", pickShownArticle},
	{relAgreedTo, "Actor", "Claim", countAndShowAgreedTo},
	{relRepresents, "Person", "Country", pickRepresentsTitle},
}

// The clauses that follow the merge of a counted fact relationship: the claim's key for
// a fact of a claim (claims.go), counting, then picking the article it shows.
const (
	countAndShowMetWith  = countMetWith + pickShownArticle
	countAndShowAccused  = claimKeyOfEnd + countAccused + pickShownArticle
	countAndShowDenied   = claimKeyOfEnd + countDenied + pickShownArticle
	countAndShowAgreedTo = claimKeyOfEnd + countAgreedTo + pickShownArticle
	keyAndShowAgainst    = claimKeyOfStart + pickShownArticle
)

// stmtMergeRel merges one kind of fact relationship, adds the number of the batch's
// articles that report it to its article_count and their dates to its range. The first
// %s is the label of the start, the second that of the end, the third the relationship
// type, the last the extra clauses of the type (all constants of this package).
const stmtMergeRel = `
UNWIND $rows AS row
MATCH (a:%s {key: row.from})
MATCH (b:%s {key: row.to})
MERGE (a)-[r:%s]->(b)
SET r.article_count = coalesce(r.article_count, 0) + row.count,
    r.first_seen = CASE WHEN row.first IS NULL OR (r.first_seen IS NOT NULL AND r.first_seen <= row.first)
                        THEN r.first_seen ELSE row.first END,
    r.last_seen = CASE WHEN row.last IS NULL OR (r.last_seen IS NOT NULL AND r.last_seen >= row.last)
                       THEN r.last_seen ELSE row.last END%s`

// Counting a fact's reports on its actors: the reports counter of each fact type
// (Actor.reports_<type>: the actor's facts of that type, each counted once per article
// that reports it) grows by the number of articles a write adds to the fact (a meeting
// counts for both parties, an agreement for each) and shrinks when a replacement takes
// one out (stmtStripArticle). Only articles new to the graph (or replaced) are counted,
// and stmtClaimArticles decides which under the articles' locks, so concurrent writers
// count each article once. These follow stmtMergeRel.
const (
	countMetWith = `
SET a.reports_met_with = coalesce(a.reports_met_with, 0) + row.count,
    b.reports_met_with = coalesce(b.reports_met_with, 0) + row.count`
	countAccused = `
SET a.reports_accused = coalesce(a.reports_accused, 0) + row.count`
	countDenied = `
SET a.reports_denied = coalesce(a.reports_denied, 0) + row.count`
	countAgreedTo = `
SET a.reports_agreed_to = coalesce(a.reports_agreed_to, 0) + row.count`
	// pickShownArticle sets the article a fact relationship shows (evidence,
	// article_key, article_date, article_title, article_url) when the row's article beats
	// the one held, by the rule of shownArticle.beats: one with a sentence before one
	// without, then the newest date, then the greatest key, then the smallest sentence.
	pickShownArticle = `
WITH r, row, coalesce(r.article_date, '') + ' ' + r.article_key AS held
WITH r, row, row.article_key IS NOT NULL AND (r.article_key IS NULL
     OR (row.evidence IS NOT NULL AND r.evidence IS NULL)
     OR ((row.evidence IS NULL) = (r.evidence IS NULL)
         AND (row.article_rank > held
              OR (row.article_rank = held AND row.evidence IS NOT NULL AND row.evidence < r.evidence)))) AS shown
FOREACH (_ IN CASE WHEN shown THEN [1] ELSE [] END |
  SET r.evidence = row.evidence, r.article_key = row.article_key, r.article_date = row.article_date,
      r.article_title = row.article_title, r.article_url = row.article_url)`
	// pickRepresentsTitle picks the title of a REPRESENTS by the rule of the node
	// properties.
	pickRepresentsTitle = `
WITH r, row, row.title IS NOT NULL AND (r.title_from IS NULL OR r.title IS NULL OR row.title_from <= r.title_from) AS new_title
SET r.title = CASE WHEN new_title THEN row.title ELSE r.title END,
    r.title_from = CASE WHEN new_title THEN row.title_from ELSE r.title_from END`
)

// relStatements holds the merge statement of each fact relationship type.
var relStatements = func() map[string]string {
	m := map[string]string{}
	for _, sp := range relSpecs {
		m[sp.Type] = fmt.Sprintf(stmtMergeRel, sp.From, sp.To, sp.Type, sp.Extra)
	}
	return m
}()

// orphanLabels are the labels whose nodes are deleted when a replacement leaves them
// without relationships. Actor covers people, countries and organizations.
var orphanLabels = []string{"Claim", "Meeting", "Actor"}

// orphanStatements holds the orphan deletion statement per label.
var orphanStatements = func() map[string]string {
	m := map[string]string{}
	for _, l := range orphanLabels {
		m[l] = fmt.Sprintf(stmtDeleteOrphans, l)
	}
	return m
}()
