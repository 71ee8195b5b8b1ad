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

// pickProps returns the WITH items that decide, per property, whether the row's value
// wins over the node's, and the SET items that apply the decisions. n and row are the
// node and row variables.
func pickProps(props ...string) (with, set string) {
	var w, st []string
	for _, p := range props {
		w = append(w, fmt.Sprintf(`row.%[1]s IS NOT NULL AND (n.%[1]s_from IS NULL OR n.%[1]s IS NULL OR
      row.%[1]s_from < n.%[1]s_from OR row.%[1]s_from = n.%[1]s_from) AS new_%[1]s`, p))
		st = append(st, fmt.Sprintf(`n.%[1]s = CASE WHEN new_%[1]s THEN row.%[1]s ELSE n.%[1]s END,
    n.%[1]s_from = CASE WHEN new_%[1]s THEN row.%[1]s_from ELSE n.%[1]s_from END`, p))
	}
	return strings.Join(w, ",\n     "), strings.Join(st, ",\n    ")
}

// sortedUnion is the Cypher of a sorted list of the distinct values of two lists.
func sortedUnion(a, b string) string {
	return fmt.Sprintf("COLLECT { UNWIND coalesce(%s, []) + coalesce(%s, []) AS x RETURN DISTINCT x ORDER BY x }", a, b)
}

// mergeNode builds the merge statement of one node label with picked properties and
// sorted alias sets; extra SET items follow.
func mergeNode(label string, actor bool, props []string, extra ...string) string {
	with, set := pickProps(props...)
	var items []string
	if actor {
		items = append(items, "n:Actor",
			"n.aliases = "+sortedUnion("n.aliases", "row.aliases"),
			"n.aliases_lc = "+sortedUnion("n.aliases_lc", "row.aliases_lc"))
	}
	items = append(items, extra...)
	items = append(items, set)
	return fmt.Sprintf(`
UNWIND $rows AS row
MERGE (n:%s {key: row.key})
WITH n, row,
     %s
SET %s`, label, with, strings.Join(items, ",\n    "))
}

var (
	stmtMergePersons = mergeNode("Person", true, []string{"name", "title", "country"},
		"n.name_lc = CASE WHEN new_name THEN row.name_lc ELSE n.name_lc END")
	stmtMergeCountries = mergeNode("Country", true, []string{"name"},
		"n.code = row.key", "n.name_lc = CASE WHEN new_name THEN row.name_lc ELSE n.name_lc END")
	stmtMergeOrganizations = mergeNode("Organization", true, []string{"name", "country"},
		"n.name_lc = CASE WHEN new_name THEN row.name_lc ELSE n.name_lc END")
	stmtMergeMeetings = mergeNode("Meeting", false, []string{"name", "date", "location"})
	stmtMergeClaims   = mergeNode("Claim", false, []string{"text"})
)

const (
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
// evidence to its sorted sets and its dates to its range.
const stmtMergeRel = `
UNWIND $rows AS row
MATCH (a:%s {key: row.from})
MATCH (b:%s {key: row.to})
MERGE (a)-[r:%s]->(b)
SET r.articles = %s,
    r.evidence = %s,
    r.first_seen = CASE WHEN row.first IS NULL OR (r.first_seen IS NOT NULL AND r.first_seen <= row.first)
                        THEN r.first_seen ELSE row.first END,
    r.last_seen = CASE WHEN row.last IS NULL OR (r.last_seen IS NOT NULL AND r.last_seen >= row.last)
                       THEN r.last_seen ELSE row.last END%s`

// stmtRepresentsTitle picks the title of a REPRESENTS relationship by the rule of the
// node properties.
const stmtRepresentsTitle = `
WITH r, row, row.title IS NOT NULL AND (r.title_from IS NULL OR r.title IS NULL OR
      row.title_from <= r.title_from) AS new_title
SET r.title = CASE WHEN new_title THEN row.title ELSE r.title END,
    r.title_from = CASE WHEN new_title THEN row.title_from ELSE r.title_from END`

// relStatements holds the merge statement of each fact relationship type.
var relStatements = func() map[string]string {
	m := map[string]string{}
	for _, sp := range relSpecs {
		extra := ""
		if sp.Type == relRepresents {
			extra = stmtRepresentsTitle
		}
		m[sp.Type] = fmt.Sprintf(stmtMergeRel, sp.From, sp.To, sp.Type,
			sortedUnion("r.articles", "row.articles"), sortedUnion("r.evidence", "row.evidence"), extra)
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
