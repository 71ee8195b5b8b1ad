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

// Nodes. Properties are filled when missing and list properties grow as sets, so that
// writing the same article again changes nothing.
const (
	stmtMergePersons = `
UNWIND $rows AS row
MERGE (n:Person {key: row.key})
SET n:Actor,
    n.name = coalesce(n.name, row.name),
    n.name_lc = coalesce(n.name_lc, row.name_lc),
    n.title = coalesce(n.title, row.title),
    n.country = coalesce(n.country, row.country),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.aliases_lc = coalesce(n.aliases_lc, []) + [x IN row.aliases_lc WHERE NOT x IN coalesce(n.aliases_lc, [])]`

	stmtMergeCountries = `
UNWIND $rows AS row
MERGE (n:Country {key: row.key})
SET n:Actor,
    n.code = row.key,
    n.name = coalesce(n.name, row.name),
    n.name_lc = coalesce(n.name_lc, row.name_lc),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.aliases_lc = coalesce(n.aliases_lc, []) + [x IN row.aliases_lc WHERE NOT x IN coalesce(n.aliases_lc, [])]`

	stmtMergeOrganizations = `
UNWIND $rows AS row
MERGE (n:Organization {key: row.key})
SET n:Actor,
    n.name = coalesce(n.name, row.name),
    n.name_lc = coalesce(n.name_lc, row.name_lc),
    n.country = coalesce(n.country, row.country),
    n.aliases = coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.aliases_lc = coalesce(n.aliases_lc, []) + [x IN row.aliases_lc WHERE NOT x IN coalesce(n.aliases_lc, [])]`

	stmtMergeMeetings = `
UNWIND $rows AS row
MERGE (n:Meeting {key: row.key})
SET n.name = coalesce(n.name, row.name),
    n.date = coalesce(n.date, row.date),
    n.location = coalesce(n.location, row.location)`

	stmtMergeClaims = `
UNWIND $rows AS row
MERGE (n:Claim {key: row.key})
SET n.text = coalesce(n.text, row.text)`

	// stmtMergeArticles runs last: an article's version is set in the transaction that
	// writes all of its facts. ingested_at keeps the time of the first write.
	stmtMergeArticles = `
UNWIND $rows AS row
MERGE (a:Article {key: row.key})
SET a.url = row.url,
    a.title = row.title,
    a.date = row.date,
    a.source = row.source,
    a.extractor_version = row.version,
    a.ingested_at = coalesce(a.ingested_at, datetime())`
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
// evidence to its sets and its dates to its range.
const stmtMergeRel = `
UNWIND $rows AS row
MATCH (a:%s {key: row.from})
MATCH (b:%s {key: row.to})
MERGE (a)-[r:%s]->(b)
SET r.articles = coalesce(r.articles, []) + [x IN row.articles WHERE NOT x IN coalesce(r.articles, [])],
    r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])],
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
			extra = ",\n    r.title = coalesce(r.title, row.title)"
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
