package graph

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
)

// loadFixture reads one handcrafted extraction from testdata.
func loadFixture(t testing.TB, name string) *diplograph.Extraction {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var x diplograph.Extraction
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &x
}

func actorKeys(rs []actorRow) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Key)
	}
	sort.Strings(out)
	return out
}

func relPairs(rs []relRow) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.From+" -> "+r.To+" @"+strings.Join(r.Articles, ","))
	}
	sort.Strings(out)
	return out
}

func TestBuildRowsKeysAndCounts(t *testing.T) {
	r := buildRows([]*diplograph.Extraction{loadFixture(t, "art_a.json"), loadFixture(t, "art_b.json")})

	if got, want := actorKeys(r.Countries), []string{"FRA", "RUS", "UKR", "USA"}; !reflect.DeepEqual(got, want) {
		t.Errorf("countries = %v, want %v", got, want)
	}
	if got, want := actorKeys(r.Persons), []string{"person:elena-marchetti", "person:oleg-varga"}; !reflect.DeepEqual(got, want) {
		t.Errorf("persons = %v, want %v", got, want)
	}
	if got, want := actorKeys(r.Organizations), []string{"org:ukrainian-border-service:ukr"}; !reflect.DeepEqual(got, want) {
		t.Errorf("organizations = %v, want %v", got, want)
	}
	if len(r.Meetings) != 2 || len(r.Claims) != 3 || len(r.Articles) != 2 {
		t.Errorf("meetings, claims, articles = %d, %d, %d; want 2, 3, 2", len(r.Meetings), len(r.Claims), len(r.Articles))
	}
	want := map[string]int{
		relMetWith: 2, relAttended: 4, relAccused: 2, relAgainst: 2, relDenied: 1,
		relAbout: 1, relAgreedTo: 2, relRepresents: 2,
	}
	for typ, n := range want {
		if got := len(r.Rels[typ]); got != n {
			t.Errorf("%s rows = %d, want %d: %v", typ, got, n, relPairs(r.Rels[typ]))
		}
	}
	if len(r.ClaimReports) != 4 || len(r.MeetingReports) != 2 || len(r.Mentions) != 9 {
		t.Errorf("claim reports, meeting reports, mentions = %d, %d, %d; want 4, 2, 9",
			len(r.ClaimReports), len(r.MeetingReports), len(r.Mentions))
	}
	for _, d := range r.Rels[relDenied] {
		want := relRow{From: "RUS", To: diplograph.ClaimKey("shelling border villages near the river"),
			Articles: []string{"art-a", "art-b"}, First: "2026-03-02", Last: "2026-03-05",
			// the newer article, with its sentence for the denial
			Shown: shownArticle{Article: "art-b", Date: "2026-03-05", Title: "Geneva talks end without a deal",
				URL:      "https://news.example.org/2026/03/05/geneva",
				Evidence: "Russia again denied shelling border villages near the river, as Washington had claimed."}}
		if !reflect.DeepEqual(d, want) {
			t.Errorf("DENIED row = %+v, want %+v", d, want)
		}
	}
	if r.SkippedRelations != 2 {
		t.Errorf("skipped relations = %d, want 2 (one planned, one hypothetical)", r.SkippedRelations)
	}
}

func TestBuildRowsMergesActorsAcrossArticles(t *testing.T) {
	r := buildRows([]*diplograph.Extraction{loadFixture(t, "art_a.json"), loadFixture(t, "art_b.json")})
	var elena actorRow
	for _, p := range r.Persons {
		if p.Key == "person:elena-marchetti" {
			elena = p
		}
	}
	want := actorRow{Key: "person:elena-marchetti", Name: pick{"Elena Marchetti", elena.Name.From},
		Aliases: []string{"Marchetti", "Ms. Marchetti"},
		Title:   pick{"Foreign Minister", elena.Title.From}, Country: pick{"FRA", elena.Country.From}}
	if !reflect.DeepEqual(elena, want) {
		t.Errorf("elena = %+v, want %+v", elena, want)
	}
}

func TestBuildRowsMetWithPairOrder(t *testing.T) {
	r := buildRows([]*diplograph.Extraction{loadFixture(t, "art_a.json"), loadFixture(t, "art_b.json")})
	got := relPairs(r.Rels[relMetWith])
	want := []string{
		"USA -> person:elena-marchetti @art-b",
		"person:elena-marchetti -> person:oleg-varga @art-a",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("MET_WITH = %v, want %v", got, want)
	}
	// the two sentences that state the meeting, in both directions, are one fact of
	// the article's meeting report, with the first of them as its sentence
	for _, rep := range r.MeetingReports {
		if !reflect.DeepEqual(rep.Facts[factMet], [][2]string{{"person:elena-marchetti", "person:oleg-varga"}}) {
			continue
		}
		if ev := rep.FactEvidence[factMet][[2]string{"person:elena-marchetti", "person:oleg-varga"}]; ev.N != 0 {
			t.Errorf("MET_WITH sentence = %+v, want sentence 0", ev)
		}
		if !reflect.DeepEqual(rep.Attended, []string{"person:elena-marchetti", "person:oleg-varga"}) {
			t.Errorf("meeting attended by %v", rep.Attended)
		}
		return
	}
	t.Errorf("no meeting report of the MET_WITH: %+v", r.MeetingReports)
}

func TestBuildRowsMetWithUsesNamedMeeting(t *testing.T) {
	b := loadFixture(t, "art_b.json")
	r := buildRows([]*diplograph.Extraction{b})
	meeting, _ := b.Entity("m:1")
	if len(r.Meetings) != 1 || r.Meetings[0].Key != meeting.Key() {
		t.Fatalf("meetings = %+v, want only the named %s", r.Meetings, meeting.Key())
	}
	if got, want := relPairs(r.Rels[relAttended]), []string{
		"USA -> " + meeting.Key() + " @art-b",
		"person:elena-marchetti -> " + meeting.Key() + " @art-b",
	}; !reflect.DeepEqual(got, want) {
		t.Errorf("ATTENDED = %v, want %v", got, want)
	}
	if len(r.MeetingReports) != 1 || r.MeetingReports[0].Sentence == nil || *r.MeetingReports[0].Sentence != 1 {
		t.Errorf("meeting reports = %+v, want one with sentence 1", r.MeetingReports)
	}
}

func TestBuildRowsAgreedToAllParties(t *testing.T) {
	x := &diplograph.Extraction{
		Article: diplograph.Article{ID: "art-agree", Date: "2026-01-10"},
		Entities: []diplograph.Entity{
			{ID: "c:1", Type: diplograph.TypeCountry, Name: "Germany", Code: "DEU"},
			{ID: "c:2", Type: diplograph.TypeCountry, Name: "Poland", Code: "POL"},
			{ID: "c:3", Type: diplograph.TypeCountry, Name: "Lithuania", Code: "LTU"},
		},
		Relations: []diplograph.Relation{{Type: diplograph.AgreedTo, Source: "c:1", With: []string{"c:2", "c:3"},
			Claim: "hold joint exercises", Sentence: 2}},
	}
	r := buildRows([]*diplograph.Extraction{x})
	ck := diplograph.ClaimKey("hold joint exercises")
	want := []string{"DEU -> " + ck + " @art-agree", "LTU -> " + ck + " @art-agree", "POL -> " + ck + " @art-agree"}
	if got := relPairs(r.Rels[relAgreedTo]); !reflect.DeepEqual(got, want) {
		t.Errorf("AGREED_TO = %v, want %v", got, want)
	}
	if len(r.Claims) != 1 || r.Claims[0].Text.V != "hold joint exercises" {
		t.Errorf("claims = %+v, want the one agreed claim", r.Claims)
	}
}

func TestBuildRowsSkipsNonAsserted(t *testing.T) {
	x := &diplograph.Extraction{
		Article: diplograph.Article{ID: "art-plan"},
		Entities: []diplograph.Entity{
			{ID: "c:1", Type: diplograph.TypeCountry, Name: "Japan", Code: "JPN"},
			{ID: "c:2", Type: diplograph.TypeCountry, Name: "India", Code: "IND"},
		},
		Relations: []diplograph.Relation{
			{Type: diplograph.MetWith, Source: "c:1", Target: "c:2", Status: diplograph.Planned},
			{Type: diplograph.AgreedTo, Source: "c:1", With: []string{"c:2"}, Claim: "a trade pact", Status: diplograph.Hypothetical},
		},
	}
	r := buildRows([]*diplograph.Extraction{x})
	for typ, rs := range r.Rels {
		if len(rs) > 0 {
			t.Errorf("%s rows from non-asserted relations: %v", typ, relPairs(rs))
		}
	}
	if len(r.Claims) != 0 || len(r.Meetings) != 0 || len(r.ClaimReports)+len(r.MeetingReports) != 0 {
		t.Errorf("claims %d, meetings %d, reports %d; want none", len(r.Claims), len(r.Meetings), len(r.ClaimReports)+len(r.MeetingReports))
	}
	if len(r.Countries) != 2 || len(r.Mentions) != 2 {
		t.Errorf("countries %d, mentions %d; want 2 and 2 (entities are still mentioned)", len(r.Countries), len(r.Mentions))
	}
}

func TestBuildRowsDedupWithinBatch(t *testing.T) {
	a := loadFixture(t, "art_a.json")
	once := buildRows([]*diplograph.Extraction{a})
	twice := buildRows([]*diplograph.Extraction{a, a, nil})
	if !reflect.DeepEqual(once, twice) {
		t.Errorf("the same article twice in a batch gives other rows than once")
	}
	// The accusation and the denial of the same content words share one claim, reported
	// once with the earlier sentence.
	ck := diplograph.ClaimKey("shelling border villages near the river")
	n := 0
	for _, rep := range once.ClaimReports {
		if rep.From == ck {
			n++
			if *rep.Sentence != 1 {
				t.Errorf("claim reported with sentence %d, want 1", *rep.Sentence)
			}
		}
	}
	if n != 1 {
		t.Errorf("shared claim reported %d times, want 1", n)
	}
}

func TestBuildRowsUnspecifiedClaimsStayApart(t *testing.T) {
	x := &diplograph.Extraction{
		Article: diplograph.Article{ID: "art-blame"},
		Entities: []diplograph.Entity{
			{ID: "c:1", Type: diplograph.TypeCountry, Name: "Israel", Code: "ISR"},
			{ID: "c:2", Type: diplograph.TypeCountry, Name: "Iran", Code: "IRN"},
		},
		Relations: []diplograph.Relation{
			{Type: diplograph.Accused, Source: "c:1", Target: "c:2", Sentence: 0},
			{Type: diplograph.Accused, Source: "c:2", Target: "c:1", Sentence: 1},
		},
	}
	r := buildRows([]*diplograph.Extraction{x})
	if len(r.Claims) != 2 || r.Claims[0].Key == r.Claims[1].Key {
		t.Fatalf("claims = %+v, want two distinct unspecified claims", r.Claims)
	}
	if r.Claims[0].Text.V != "(unspecified accused)" {
		t.Errorf("claim text = %q", r.Claims[0].Text)
	}
}

func TestBuildRowsSkipsUnusableEntities(t *testing.T) {
	x := &diplograph.Extraction{
		Article: diplograph.Article{ID: "art-bad"},
		Entities: []diplograph.Entity{
			{ID: "c:1", Type: diplograph.TypeCountry, Name: "Nowhere"},                    // no code
			{ID: "p:1", Type: diplograph.TypePerson, Name: "--"},                          // no name
			{ID: "x:1", Type: "Place", Name: "Somewhere"},                                 // not a graph type
			{ID: "p:2", Type: diplograph.TypePerson, Name: "Ana Lind", Country: "Sweden"}, // country not a code
		},
		Relations: []diplograph.Relation{{Type: diplograph.MetWith, Source: "p:2", Target: "p:1"}},
	}
	r := buildRows([]*diplograph.Extraction{x})
	if r.SkippedEntities != 3 || r.SkippedRelations != 1 {
		t.Errorf("skipped entities %d, relations %d; want 3 and 1", r.SkippedEntities, r.SkippedRelations)
	}
	if len(r.Countries) != 0 || len(r.Persons) != 1 || len(r.Rels[relRepresents]) != 0 {
		t.Errorf("countries %d, persons %d, represents %d; want 0, 1, 0", len(r.Countries), len(r.Persons), len(r.Rels[relRepresents]))
	}
}

func TestRelStatementsUseFixedTypes(t *testing.T) {
	for _, sp := range relSpecs {
		q, ok := relStatements[sp.Type]
		if !ok {
			t.Fatalf("no statement for %s", sp.Type)
		}
		if want := "MERGE (a)-[r:" + sp.Type + "]->(b)"; !strings.Contains(q, want) {
			t.Errorf("%s statement lacks %q", sp.Type, want)
		}
	}
}

func TestSchemaStatements(t *testing.T) {
	stmts, err := SchemaStatements()
	if err != nil {
		t.Fatal(err)
	}
	if len(stmts) < 7 {
		t.Fatalf("%d schema statements, want at least the 7 key constraints", len(stmts))
	}
	for _, st := range stmts {
		if !strings.Contains(st.Statement, "IF NOT EXISTS") && !(strings.HasPrefix(st.Statement, "DROP ") && strings.HasSuffix(st.Statement, " IF EXISTS")) {
			t.Errorf("%s: statement is not idempotent: %s", st.File, st.Statement)
		}
	}
}
