package extract

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/article"
)

// testArticle is an invented article with one of each relation and the negated and
// planned events that must not be asserted.
var testArticle = diplograph.Article{
	ID:    "a:test",
	Title: "Norway and Chile Agree to Joint Fisheries Patrols",
	Date:  "2030-03-15",
	Body: `OSLO — Norwegian Foreign Minister Ingrid Solberg met Chilean Foreign Minister Rafael Ortega in Oslo on Thursday.

Solberg said Norway and Chile had agreed to run joint patrols against illegal fishing in the South Pacific.

Peru accused Chile of violating its maritime border near the port of Arica.

Chile has denied sending warships into Peruvian waters.

Ortega did not meet Peruvian President Luis Castillo during the trip, and no talks are scheduled between Chile and Peru.

Solberg will meet Castillo in Lima next month.`,
}

var (
	testExtractorOnce sync.Once
	testExtractor     *Extractor
	testExtractorErr  error
)

func mustExtractor(t testing.TB) *Extractor {
	t.Helper()
	testExtractorOnce.Do(func() { testExtractor, testExtractorErr = New() })
	if testExtractorErr != nil {
		t.Fatalf("New: %v", testExtractorErr)
	}
	return testExtractor
}

// summary renders an extraction's relations with entity names, sorted.
func summary(x *diplograph.Extraction) []string {
	name := map[string]string{}
	for _, e := range x.Entities {
		name[e.ID] = e.Name
	}
	var out []string
	for _, r := range x.Relations {
		s := string(r.Type) + " " + name[r.Source]
		if r.Target != "" {
			s += " > " + name[r.Target]
		}
		if r.Status != "" && r.Status != diplograph.Asserted {
			s += " (" + string(r.Status) + ")"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func TestExtract(t *testing.T) {
	x, err := mustExtractor(t).Extract(testArticle)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	got := summary(x)
	want := []string{
		"ACCUSED Peru > Chile",
		"AGREED_TO Chile",
		"AGREED_TO Norway",
		"DENIED Chile",
		"MET_WITH Ingrid Solberg > Rafael Ortega",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("relations:\n got %q\nwant %q", got, want)
	}
	for _, r := range x.Relations {
		if r.Evidence == "" || r.Rule == "" || r.Sentence < -1 || r.Sentence >= len(x.Sentences) {
			t.Errorf("relation without provenance: %+v", r)
		}
		if r.Sentence >= 0 && x.Sentences[r.Sentence] != r.Evidence {
			t.Errorf("evidence %q is not sentence %d %q", r.Evidence, r.Sentence, x.Sentences[r.Sentence])
		}
		if (r.Type == diplograph.Accused || r.Type == diplograph.Denied || r.Type == diplograph.AgreedTo) && r.Claim == "" {
			t.Errorf("relation without claim: %+v", r)
		}
	}
}

func TestExtractUnasserted(t *testing.T) {
	e := *mustExtractor(t)
	e.Unasserted = true
	x, err := e.Extract(testArticle)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	got := strings.Join(summary(x), "\n")
	if !strings.Contains(got, "MET_WITH Ingrid Solberg > Luis Castillo (planned)") {
		t.Errorf("planned meeting missing from unasserted output:\n%s", got)
	}
	for _, bad := range []string{"Rafael Ortega > Luis Castillo", "Luis Castillo > Rafael Ortega", "MET_WITH Chile > Peru", "MET_WITH Peru > Chile"} {
		if strings.Contains(got, bad) {
			t.Errorf("negated event %q output:\n%s", bad, got)
		}
	}
}

func TestExtractionShape(t *testing.T) {
	x, err := mustExtractor(t).Extract(testArticle)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	b, err := json.Marshal(x)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	var line map[string]json.RawMessage
	if err := json.Unmarshal(b, &line); err != nil {
		t.Fatalf("unmarshal: %v", err)
	}
	keys := make([]string, 0, len(line))
	for k := range line {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if strings.Join(keys, ",") != "article,entities,relations" {
		t.Errorf("top-level keys: %v", keys)
	}
	var rels []map[string]any
	if err := json.Unmarshal(line["relations"], &rels); err != nil || len(rels) == 0 {
		t.Fatalf("relations: %v (%d)", err, len(rels))
	}
	for _, r := range rels {
		for _, k := range []string{"type", "source", "sentence", "evidence", "rule"} {
			if _, ok := r[k]; !ok {
				t.Errorf("relation without %q: %v", k, r)
			}
		}
	}
}

func TestExtractConcurrent(t *testing.T) {
	e := mustExtractor(t)
	first, err := e.Extract(testArticle)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	var wg sync.WaitGroup
	results := make([]*diplograph.Extraction, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i], _ = e.Extract(testArticle)
		}(i)
	}
	wg.Wait()
	for i, x := range results {
		if x == nil || !reflect.DeepEqual(x.Relations, first.Relations) || !reflect.DeepEqual(x.Entities, first.Entities) {
			t.Errorf("concurrent extraction %d differs", i)
		}
	}
}

func TestExtractEmpty(t *testing.T) {
	x, err := mustExtractor(t).Extract(diplograph.Article{ID: "a:empty"})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if x.Relations == nil || x.Entities == nil || len(x.Relations) != 0 {
		t.Errorf("empty article: got %+v", x)
	}
}

// TestMeetingParties: who a meeting is with, read through a whole article: not one's own
// state or its people, not a party named after the guest, not an event in another mood.
func TestMeetingParties(t *testing.T) {
	ex := mustExtractor(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Chilean President Gabriel Soto welcomed home twelve Chilean sailors on Sunday.", nil},
		{"Chilean President Gabriel Soto welcomed three Peruvians freed by the rebels on Sunday.", nil},
		{"Chilean President Gabriel Soto met Peruvians freed by the rebels on Sunday.", nil},
		{"Chilean President Gabriel Soto welcomed home three Chilean sailors released by Peru on Sunday.", nil},
		{"Chilean President Anna Berg and Peruvian President Ola Lind spoke.\n\nIn Lima, Berg joined Peruvian President Ola Lind to open a port.",
			[]string{"MET_WITH Anna Berg > Ola Lind"}},
		{"Chile joined NATO in 2030.", nil},
		{"Speaking to the BBC on Sunday, Chilean President Gabriel Soto said talks would go on.", nil},
		{"Chilean President Gabriel Soto spoke with Reuters by phone on Sunday.", nil},
		{"Chilean President Gabriel Soto said Chile was far from meeting the Lima targets on fishing.", nil},
		{"Chilean President Anna Berg and Peruvian President Ola Lind spoke.\n\nBerg said he would not directly benefit from hosting Lind at his resort.", nil},
		{"Chilean President Anna Berg and Peruvian President Ola Lind spoke.\n\nBerg said he had benefited from hosting Lind at his resort.",
			[]string{"MET_WITH Anna Berg > Ola Lind"}},
		{"Chilean President Gabriel Soto met Peruvian President Ana Ruiz in Lima on Monday.",
			[]string{"MET_WITH Gabriel Soto > Ana Ruiz"}},
	} {
		x, err := ex.Extract(diplograph.Article{ID: "a:own", Title: "Visits", Date: "2030-05-03", Body: c.body})
		if err != nil {
			t.Fatal(err)
		}
		if got := summary(x); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s\n got %q\nwant %q", c.body, got, c.want)
		}
	}
}

// "The president" is the known actor who held that office on the article's day when the
// article gives no one the title.
func TestDescriptionOfAKnownActorsOffice(t *testing.T) {
	ex := mustExtractor(t)
	body := "Donald Trump flew back from Ohio on Friday.\n\nThe president signed the new trade agreement on Saturday."
	for date, want := range map[string]string{"2019-06-01": "AGREED_TO Donald Trump", "2023-06-01": ""} {
		x, err := ex.Extract(diplograph.Article{ID: "a:own", Title: "Trade", Date: date, Body: body})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(summary(x), "|"); got != want {
			t.Errorf("on %s: got %q, want %q", date, got, want)
		}
	}
}

// A news organization reports: what it says happened is news, not its accusation.
func TestNewsOrganizationsReport(t *testing.T) {
	ex := mustExtractor(t)
	for body, want := range map[string]string{
		"Reuters said Peru had shelled the port of Arica.": "",
		"Chile said Peru had shelled the port of Arica.":   "ACCUSED Chile > Peru",
	} {
		x, err := ex.Extract(diplograph.Article{ID: "a:own", Title: "Port", Date: "2030-05-03", Body: body})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(summary(x), "|"); got != want {
			t.Errorf("%s\n got %q\nwant %q", body, got, want)
		}
	}
}

// A leader in office on the article's day goes by the surname alone; a month is no such
// surname, and a leader out of office is no one the text names.
func TestLeaderBySurname(t *testing.T) {
	ex := mustExtractor(t)
	people := func(body, date string) []string {
		x, err := ex.Extract(diplograph.Article{ID: "a:own", Title: "Talks", Date: date, Body: body})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range x.Entities {
			if e.Type == diplograph.TypePerson {
				out = append(out, e.Name+"="+e.Canonical)
			}
		}
		sort.Strings(out)
		return out
	}
	if got := people("Putin and Erdogan discussed the grain deal in Sochi.", "2022-09-16"); strings.Join(got, "|") !=
		"Erdogan=person:recep-tayyip-erdogan|Putin=person:vladimir-putin" {
		t.Errorf("leaders by surname: %v", got)
	}
	if got := people("In May, talks resumed in London.", "2018-06-01"); len(got) != 0 {
		t.Errorf("a month read as a leader: %v", got)
	}
	if got := people("Putin and Erdogan discussed the grain deal in Sochi.", "1990-05-01"); len(got) != 0 {
		t.Errorf("leaders out of office read as people: %v", got)
	}
}

// "The Russian leader" is Russia's, even when another leader was named since.
func TestDescriptionKeepsItsState(t *testing.T) {
	ex := mustExtractor(t)
	body := "Russian President Vladimir Putin arrived in Helsinki on Monday.\n\nErdogan's visit to Washington was put off.\n\nDonald Trump held talks with the Russian leader in the afternoon."
	x, err := ex.Extract(diplograph.Article{ID: "a:own", Title: "Talks", Date: "2018-07-16", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(summary(x), "|"); got != "MET_WITH Donald Trump > Vladimir Putin" {
		t.Errorf("got %q", got)
	}
}

// "A and Chinese counterpart B met": the title between "and" and the name is B's.
func TestCounterpartInACoordination(t *testing.T) {
	ex := mustExtractor(t)
	body := "President Donald Trump and Chinese counterpart Xi Jinping met at the G20 summit in Osaka and declared a truce in their trade war."
	x, err := ex.Extract(diplograph.Article{ID: "a:own", Title: "Truce", Date: "2019-07-30", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	want := "AGREED_TO Donald Trump|AGREED_TO Xi Jinping|MET_WITH Donald Trump > Xi Jinping"
	if got := strings.Join(summary(x), "|"); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestSamplesExtract: every shipped sample article extracts without a fault and gives
// relations.
func TestSamplesExtract(t *testing.T) {
	ex := mustExtractor(t)
	paths, err := filepath.Glob("../samples/*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	for _, p := range paths {
		res := article.ReadFile(p, article.ReadOptions{})
		if len(res.Errors) > 0 || len(res.Articles) == 0 {
			t.Fatalf("%s: %v", p, res.Errors)
		}
		for _, a := range res.Articles {
			x, err := ex.Extract(a)
			if err != nil {
				t.Errorf("%s: %v", p, err)
				continue
			}
			if len(x.Relations) == 0 {
				t.Errorf("%s: article %q gives no relations", p, a.Title)
			}
		}
	}
}
