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
		"Actor": 34, "Person": 14, "Country": 15, "Organization": 5, "Meeting": 9, "Claim": 16, "Article": 6,
	},
	Relationships: map[string]int64{
		"MET_WITH": 9, "ATTENDED": 18, "ACCUSED": 6, "AGAINST": 6, "DENIED": 5, "ABOUT": 1,
		"AGREED_TO": 12, "REPRESENTS": 13, "REPORTED_IN": 25, "MENTIONS": 34,
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
		wants := []string{"Belarus", "Pakistan"}
		if format != "table" { // tables cut wide cells to the terminal
			// China's denial of "the injuries" answers the Philippines' accusation in the
			// same article
			wants = append(wants, "orchestrating the flow of migrants", "Philippines")
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

// TestReportParametersOnSamples checks the report command's paging, order and refusals
// on the ingested samples: each refusal names the problem and exits with status 5.
func TestReportParametersOnSamples(t *testing.T) {
	TestIngestSamples(t)
	_, all, _ := run(t, "", "report", "events", "--format", "csv")
	lines := strings.Split(strings.TrimSpace(all), "\n")
	if len(lines) < 6 || !strings.HasPrefix(lines[0], "date,source_key,source,source_country,type,target_key,target,target_country,claim,article,url,sentence") {
		t.Fatalf("events:\n%s", all)
	}
	for i := 2; i < len(lines); i++ { // newest first, undated last
		prev, cur := strings.SplitN(lines[i-1], ",", 2)[0], strings.SplitN(lines[i], ",", 2)[0]
		if cur != "" && (prev == "" || prev < cur) {
			t.Errorf("row %d (%s) comes after row %d (%s)", i, cur, i-1, prev)
		}
	}
	code, page, errOut := run(t, "", "report", "events", "--format", "csv", "--offset", "2", "--limit", "3")
	if want := strings.Join(append(lines[:1], lines[3:6]...), "\n"); code != 0 || strings.TrimSpace(page) != want {
		t.Errorf("--offset 2 --limit 3: exit %d %s\n%s\nwant\n%s", code, errOut, page, want)
	}
	code, oldest, _ := run(t, "", "report", "events", "--format", "csv", "--sort", "oldest", "--since", "2000")
	if rows := strings.Split(strings.TrimSpace(oldest), "\n"); code != 0 || len(rows) < 3 || rows[1] > rows[len(rows)-1] {
		t.Errorf("--sort oldest: exit %d\n%s", code, oldest)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--since", "2014-13-45"}, `"2014-13-45" is not a date`},
		{[]string{"--since", "2024-02-30"}, `"2024-02-30" is not a date`},
		{[]string{"--until", "2024-99"}, `"2024-99" is not a date`},
		{[]string{"--since", "2015", "--until", "2014"}, "since 2015-01-01 is after until 2014-12-31"},
		{[]string{"--sort", "sideways"}, `"sideways" is not one of newest, oldest`},
		{[]string{"--offset", "-1"}, "between 0 and"},
		{[]string{"--param", "actor=Atlantis"}, `no actor named "Atlantis"`},
		{[]string{"--param", "actor=Belarrus"}, `no actor named "Belarrus"; did you mean: Belarus (BLR)`},
		{[]string{"--param", "colour=red"}, `no parameter "colour"`},
	} {
		code, out, errOut := run(t, "", append([]string{"report", "who-denied-what"}, tc.args...)...)
		if code != exitNotFound || !strings.Contains(errOut, tc.want) || out != "" {
			t.Errorf("%v: exit %d, stderr %q, stdout %q; want exit %d and %q", tc.args, code, errOut, out, exitNotFound, tc.want)
		}
	}
	code, out, errOut := run(t, "", "report", "who-denied-what", "--param", "actor=minsk", "--format", "csv")
	if code != 0 || !strings.Contains(out, "Belarus") || !strings.Contains(errOut, `actor "minsk" is Belarus (BLR)`) {
		t.Errorf("actor=minsk: exit %d\n%s\n%s", code, out, errOut)
	}
}

// TestActorsCommand lists the actors a name matches, and refuses one that matches none.
func TestActorsCommand(t *testing.T) {
	TestIngestSamples(t)
	code, out, errOut := run(t, "", "actors", "belarus", "--format", "csv")
	if code != 0 || !strings.HasPrefix(out, "key,type,name,country,aliases,match,facts,met_with,accused,denied,agreed_to,accused_by\n") ||
		!strings.Contains(out, "\nBLR,Country,Belarus,BLR,") {
		t.Errorf("actors belarus: exit %d %s\n%s", code, errOut, out)
	}
	code, _, errOut = run(t, "", "actors", "Atlantis")
	if code != exitNotFound || !strings.Contains(errOut, `no actor named "Atlantis"`) {
		t.Errorf("actors Atlantis: exit %d, %q", code, errOut)
	}
}
