package graph

import "fmt"

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
	// stmtReplacedArticles returns the keys of the batch's articles whose earlier facts
	// are to be replaced.
	stmtReplacedArticles = `
UNWIND $rows AS row
MATCH (a:Article {key: row.key})
WHERE $force OR coalesce(a.extractor_version, '') <> row.version
RETURN a.key AS key`

	// stmtStripArticle removes the article from the article and evidence sets of every
	// relationship it contributed to, recomputes first_seen and last_seen from the
	// remaining articles and deletes relationships no article reports any more.
	stmtStripArticle = `
UNWIND $keys AS key
MATCH (a:Article {key: key})
WITH a, {key: key} AS row
CALL (a, row) {
  MATCH (a)<-[:REPORTED_IN]-()-[r:ACCUSED|AGAINST|DENIED|ABOUT|AGREED_TO|ATTENDED]-()
  WHERE row.key IN r.articles
  RETURN r
  UNION
  MATCH (a)<-[:REPORTED_IN]-(m:Meeting)<-[:ATTENDED]-(p:Actor), (m)<-[:ATTENDED]-(q:Actor)
  MATCH (p)-[r:MET_WITH]->(q)
  WHERE row.key IN r.articles
  RETURN r
  UNION
  MATCH (a)-[:MENTIONS]->(:Person)-[r:REPRESENTS]->()
  WHERE row.key IN r.articles
  RETURN r
}
WITH DISTINCT row, a.date AS d, r
SET r.articles = [k IN r.articles WHERE k <> row.key],
    r.evidence = [x IN coalesce(r.evidence, []) WHERE NOT x STARTS WITH row.key + '#']
WITH r, startNode(r) AS s, endNode(r) AS e,
     CASE WHEN d IS NOT NULL AND (d = r.first_seen OR d = r.last_seen)
          THEN COLLECT { MATCH (x:Article) WHERE x.key IN r.articles AND x.date IS NOT NULL RETURN x.date }
     END AS dates
SET r.first_seen = CASE WHEN dates IS NULL THEN r.first_seen
                        ELSE reduce(m = null, x IN dates | CASE WHEN m IS NULL OR x < m THEN x ELSE m END) END,
    r.last_seen = CASE WHEN dates IS NULL THEN r.last_seen
                       ELSE reduce(m = null, x IN dates | CASE WHEN m IS NULL OR x > m THEN x ELSE m END) END
WITH r, s, e, size(r.articles) = 0 AS gone
FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DELETE r)
WITH s, e
UNWIND [s, e] AS n
WITH DISTINCT n
RETURN n.key AS key, labels(n) AS labels`

	// stmtDetachArticle deletes the article's MENTIONS and REPORTED_IN relationships.
	stmtDetachArticle = `
UNWIND $keys AS key
MATCH (a:Article {key: key})
MATCH (a)-[r:MENTIONS|REPORTED_IN]-(n)
WITH r, n
DELETE r
WITH DISTINCT n
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
const (
	stmtMergeClaimReports = `
UNWIND $rows AS row
MATCH (c:Claim {key: row.from})
MERGE (a:Article {key: row.article})
MERGE (c)-[r:REPORTED_IN]->(a)
ON CREATE SET r.sentence = row.sentence, r.evidence = row.evidence, r.rule = row.rule`

	stmtMergeMeetingReports = `
UNWIND $rows AS row
MATCH (m:Meeting {key: row.from})
MERGE (a:Article {key: row.article})
MERGE (m)-[r:REPORTED_IN]->(a)
ON CREATE SET r.sentence = row.sentence, r.evidence = row.evidence, r.rule = row.rule`

	stmtMergeMentions = `
UNWIND $rows AS row
MATCH (n:Actor {key: row.actor})
MERGE (a:Article {key: row.article})
MERGE (a)-[:MENTIONS]->(n)`
)

// relSpec is a relationship type between actors, claims and meetings with the labels of
// its ends.
type relSpec struct {
	Type, From, To string
}

// relSpecs are the fact relationships, in the order they are written.
var relSpecs = []relSpec{
	{relMetWith, "Actor", "Actor"},
	{relAttended, "Actor", "Meeting"},
	{relAccused, "Actor", "Claim"},
	{relAgainst, "Claim", "Actor"},
	{relDenied, "Actor", "Claim"},
	{relAbout, "Claim", "Actor"},
	{relAgreedTo, "Actor", "Claim"},
	{relRepresents, "Person", "Country"},
}

// stmtMergeRel merges one kind of fact relationship and adds the batch's articles and
// evidence to its sorted sets and its dates to its range. The first %s is the label of
// the start, the second that of the end, the third the relationship type, the last the
// extra clauses of the type (all constants of this package).
const stmtMergeRel = `
UNWIND $rows AS row
MATCH (a:%s {key: row.from})
MATCH (b:%s {key: row.to})
MERGE (a)-[r:%s]->(b)
SET r.articles = COLLECT { UNWIND coalesce(r.articles, []) + coalesce(row.articles, []) AS x RETURN DISTINCT x ORDER BY x },
    r.evidence = COLLECT { UNWIND coalesce(r.evidence, []) + coalesce(row.evidence, []) AS x RETURN DISTINCT x ORDER BY x },
    r.first_seen = CASE WHEN row.first IS NULL OR (r.first_seen IS NOT NULL AND r.first_seen <= row.first)
                        THEN r.first_seen ELSE row.first END,
    r.last_seen = CASE WHEN row.last IS NULL OR (r.last_seen IS NOT NULL AND r.last_seen >= row.last)
                       THEN r.last_seen ELSE row.last END%s`

// relStatements holds the merge statement of each fact relationship type.
var relStatements = func() map[string]string {
	m := map[string]string{}
	for _, sp := range relSpecs {
		extra := ""
		if sp.Type == relRepresents {
			// the title of a REPRESENTS is picked by the rule of the node properties
			extra = `
WITH r, row, row.title IS NOT NULL AND (r.title_from IS NULL OR r.title IS NULL OR row.title_from <= r.title_from) AS new_title
SET r.title = CASE WHEN new_title THEN row.title ELSE r.title END,
    r.title_from = CASE WHEN new_title THEN row.title_from ELSE r.title_from END`
		}
		m[sp.Type] = fmt.Sprintf(stmtMergeRel, sp.From, sp.To, sp.Type, extra)
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
