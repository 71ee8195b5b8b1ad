package main

import (
	"context"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// query runs a read query and returns the first column of every row as strings.
func query(t *testing.T, store *graph.Store, cypher string, params map[string]any) []string {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), store.Driver(), cypher, params,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(store.Database()), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("query %q: %v", cypher, err)
	}
	var out []string
	for _, r := range res.Records {
		v, _ := r.Values[0].(string)
		out = append(out, v)
	}
	return out
}

// sampleCounts are the exact numbers of nodes per label and relationships per type that
// the shipped samples give with the current extractor (extract.Version); a change of the
// rules that changes them must change these numbers on purpose.
var sampleCounts = graph.Counts{
	Nodes: map[string]int64{
		"Actor": 34, "Person": 14, "Country": 15, "Organization": 5, "Meeting": 6, "Claim": 15, "Article": 6,
	},
	Relationships: map[string]int64{
		"MET_WITH": 6, "ATTENDED": 12, "ACCUSED": 5, "AGAINST": 5, "DENIED": 5, "ABOUT": 1,
		"AGREED_TO": 12, "REPRESENTS": 13, "REPORTED_IN": 21, "MENTIONS": 34,
	},
}

func checkSampleCounts(t *testing.T, got graph.Counts) {
	t.Helper()
	for label, want := range sampleCounts.Nodes {
		if got.Nodes[label] != want {
			t.Errorf("%s nodes: %d, want %d", label, got.Nodes[label], want)
		}
	}
	for typ, want := range sampleCounts.Relationships {
		if got.Relationships[typ] != want {
			t.Errorf("%s relationships: %d, want %d", typ, got.Relationships[typ], want)
		}
	}
}

func checkSampleFacts(t *testing.T, store *graph.Store) {
	t.Helper()
	denied := query(t, store, `MATCH (:Country {key: 'BLR'})-[:DENIED]->(c:Claim) RETURN c.text`, nil)
	if len(denied) != 1 || !strings.Contains(denied[0], "migrants") {
		t.Errorf("Belarus denied %v, want the claim about migrants", denied)
	}
	accusers := query(t, store, `MATCH (a:Actor)-[:ACCUSED]->(:Claim)-[:AGAINST]->(:Country {key: 'BLR'}) RETURN a.name`, nil)
	if len(accusers) != 1 || accusers[0] != "European Union" {
		t.Errorf("Belarus accused by %v, want the European Union", accusers)
	}
	met := query(t, store, `MATCH (a:Person)-[:MET_WITH]-(b:Person {name: 'Pavel Reznik'}) RETURN a.name`, nil)
	if len(met) != 1 || met[0] != "Marek Nowicki" {
		t.Errorf("Reznik met %v, want Marek Nowicki only (not the president he did not meet)", met)
	}
	evidence := query(t, store, `MATCH (:Country {key: 'PAK'})-[d:DENIED]->(:Claim)-[r:REPORTED_IN]->(a:Article)
		RETURN a.title + ' #' + toString(r.sentence) + ': ' + r.evidence`, nil)
	if len(evidence) != 1 || !strings.Contains(evidence[0], "India Blames Pakistan") || !strings.Contains(evidence[0], "Pakistan denied any involvement") {
		t.Errorf("Pakistan's denial traced to %v", evidence)
	}
	agreed := query(t, store, `MATCH (p:Country {key: 'POL'})-[:AGREED_TO]->(c:Claim)<-[:AGREED_TO]-(:Country {key: 'BLR'})
		RETURN c.text ORDER BY c.text`, nil)
	if len(agreed) != 2 {
		t.Errorf("Poland and Belarus agreed to %v, want the crossing and the commission", agreed)
	}
	planned := query(t, store, `MATCH (:Person {name: 'David Sargsyan'})-[r:MET_WITH]-(:Person {name: 'Ilham Karimov'}) RETURN type(r)`, nil)
	if len(planned) != 0 {
		t.Errorf("a meeting planned for next month was written as held: %v", planned)
	}
}

// TestReportOnSamples runs the who-denied-what report on the ingested samples in every
// output format.
func TestReportOnSamples(t *testing.T) {
	TestIngestSamples(t)
	for _, format := range []string{"table", "csv", "json", "markdown"} {
		code, out, errOut := run(t, "", "report", "who-denied-what", "--format", format)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, errOut)
		}
		wants := []string{"Belarus", "Philippines", "Pakistan"}
		if format != "table" { // tables cut wide cells to the terminal
			wants = append(wants, "orchestrating the flow of migrants")
		}
		for _, want := range wants {
			if !strings.Contains(out, want) {
				t.Errorf("%s output lacks %q:\n%s", format, want, out)
			}
		}
	}
	code, out, _ := run(t, "", "report", "who-denied-what", "--param", "actor=Minsk", "--format", "csv")
	if code != 0 || strings.Contains(out, "Pakistan") || !strings.Contains(out, "Belarus") {
		t.Errorf("actor filter: exit %d\n%s", code, out)
	}
	code, _, errOut := run(t, "", "report", "no-such-report")
	if code == 0 || !strings.Contains(errOut, "who-denied-what") {
		t.Errorf("unknown report: exit %d, %q should list the reports", code, errOut)
	}
}
