package mentions

import (
	"os"
	"strings"
	"sync"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/parse"
)

var (
	entTagger     *parse.Tagger
	entRecognizer *Recognizer
	entOnce       sync.Once
	entErr        error
)

// annotated builds and annotates a document of a title and body paragraphs.
func annotated(tb testing.TB, title string, body ...string) *parse.Document {
	tb.Helper()
	entOnce.Do(func() {
		entTagger, entErr = parse.NewTagger()
		if entErr == nil {
			entRecognizer, entErr = NewRecognizer()
		}
	})
	if entErr != nil {
		tb.Fatalf("set up: %v", entErr)
	}
	doc := parse.NewDocument(diplograph.Article{Title: title, Body: strings.Join(body, "\n\n")}, entTagger)
	entRecognizer.Annotate(doc)
	return doc
}

func entityByName(doc *parse.Document, typ diplograph.EntityType, name string) (diplograph.Entity, bool) {
	for _, e := range doc.Entities {
		if e.Type == typ && e.Name == name {
			return e, true
		}
	}
	return diplograph.Entity{}, false
}

func codes(doc *parse.Document) map[string]bool {
	out := map[string]bool{}
	for _, e := range doc.Entities {
		if e.Type == diplograph.TypeCountry {
			out[e.Code] = true
		}
	}
	return out
}

func people(doc *parse.Document) []string {
	var out []string
	for _, e := range doc.Entities {
		if e.Type == diplograph.TypePerson {
			out = append(out, e.Name)
		}
	}
	return out
}

// mention returns the first mention in the sentences whose text is text.
func mention(doc *parse.Document, text string) (parse.Mention, bool) {
	for _, s := range doc.All() {
		for _, m := range s.Mentions {
			if m.Text == text {
				return m, true
			}
		}
	}
	return parse.Mention{}, false
}

func TestCountryForms(t *testing.T) {
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"The United States of America and the UK signed a pact with the Netherlands.", []string{"USA", "GBR", "NLD"}, nil},
		{"U.S. and British negotiators met their Dutch hosts.", []string{"USA", "GBR", "NLD"}, nil},
		{"Kremlin aides flew to Tehran while Downing Street stayed silent.", []string{"RUS", "IRN", "GBR"}, nil},
		{"The DPRK fired a missile toward Japanese waters, Seoul said.", []string{"PRK", "JPN", "KOR"}, nil},
		{"Officials at the Elysee and in Zhongnanhai were briefed.", []string{"FRA", "CHN"}, nil},
		{"Talks in Kyiv and Kiev were followed by a visit to Ramallah and Pristina.", []string{"UKR", "PSE", "XKX"}, nil},
		{"America is back, the president told Taiwanese reporters.", []string{"USA", "TWN"}, nil},
		{"MOSCOW (Reuters) - Officials met on Monday.", []string{"RUS"}, nil},
		{"The talks on Russia-Ukraine relations and the U.S.-led coalition went on.", []string{"RUS", "UKR", "USA"}, nil},
		{"She studied in New Mexico and toured Latin America.", nil, []string{"MEX", "USA"}},
		{"The Washington Post said the turkey was served on Thanksgiving.", nil, []string{"USA", "TUR"}},
		{"Flights to Gibraltar resumed.", nil, []string{"GIB", "GBR"}},
	}
	for _, tt := range tests {
		doc := annotated(t, "", tt.text)
		got := codes(doc)
		for _, c := range tt.want {
			if !got[c] {
				t.Errorf("%q: no %s in %v", tt.text, c, got)
			}
		}
		for _, c := range tt.not {
			if got[c] {
				t.Errorf("%q: unexpected %s", tt.text, c)
			}
		}
	}
}

func TestCountryEntity(t *testing.T) {
	doc := annotated(t, "", "The U.S. and Washington's allies agreed, American officials said.")
	e, ok := entityByName(doc, diplograph.TypeCountry, "United States")
	if !ok {
		t.Fatalf("no United States in %+v", doc.Entities)
	}
	if e.ID != "c:USA" || e.Code != "USA" {
		t.Errorf("entity %+v", e)
	}
	for _, alias := range []string{"U.S.", "Washington", "American"} {
		if !containsString(e.Aliases, alias) {
			t.Errorf("aliases %v lack %q", e.Aliases, alias)
		}
	}
}

// A country named inside a company's name is no mention of the country.
func TestCountryInCompanyName(t *testing.T) {
	doc := annotated(t, "", "Dynamics Corp of Moldova and Lumen Life of Romania Ltd reached an agreement.")
	for _, e := range doc.Entities {
		if e.Type == diplograph.TypeCountry {
			t.Errorf("country %s found in a company's name", e.Name)
		}
	}
	doc = annotated(t, "", "Staff at Moldova Airways agreed to a pay cut.")
	if _, ok := entityByName(doc, diplograph.TypeCountry, "Moldova"); ok {
		t.Errorf("Moldova found in a company's name: %+v", doc.Entities)
	}
	doc = annotated(t, "", "Moldovan Airlines resumed its flights to Chisinau.")
	if _, ok := entityByName(doc, diplograph.TypeCountry, "Moldova"); !ok {
		t.Errorf("the adjective of Moldova before a company lost: %+v", doc.Entities)
	}
	doc = annotated(t, "", "The president of Moldova met the Romanian Ltd chairman.")
	if _, ok := entityByName(doc, diplograph.TypeCountry, "Moldova"); !ok {
		t.Errorf("no Moldova in %+v", doc.Entities)
	}
}

func TestPlaceFlag(t *testing.T) {
	tests := []struct {
		text, mention string
		place         bool
	}{
		{"Washington said it would hold talks in Beijing.", "Washington", false},
		{"Washington said it would hold talks in Beijing.", "Beijing", true},
		{"Russian tanks crossed into eastern Ukraine overnight.", "Russian", true},
		{"Russian tanks crossed into eastern Ukraine overnight.", "Ukraine", true},
		{"Russia denied the report on Friday.", "Russia", false},
		{"The Kremlin said the talks were useful.", "The Kremlin", false},
		{"Ministers met at the Kremlin on Friday.", "the Kremlin", true},
		{"The Ukraine crisis dominated the summit.", "The Ukraine", true},
		{"A Ukraine crisis dominated the summit.", "Ukraine", true},
		{"The Iranian government rejected the claim.", "Iranian government", false},
		{"France and Germany agreed to send aid.", "France", false},
		{"KABUL (Reuters) - Afghan officials said ten people died.", "KABUL", true},
		{"She met the South Korean envoy.", "South Korean", true},
		{"Dutch, Belgian and Danish officials said the plan was sound.", "Dutch", false},
		{"Dutch, Belgian and Danish officials said the plan was sound.", "Belgian", false},
		{"Dutch tulips and Belgian chocolate were served.", "Dutch", true},
	}
	for _, tt := range tests {
		doc := annotated(t, "", tt.text)
		m, ok := mention(doc, tt.mention)
		if !ok {
			t.Errorf("%q: no mention %q", tt.text, tt.mention)
			continue
		}
		if m.Type != diplograph.TypeCountry || m.Place != tt.place {
			t.Errorf("%q: mention %q is %s place=%v, want place=%v", tt.text, tt.mention, m.Type, m.Place, tt.place)
		}
	}
}

func TestPeopleWithTitles(t *testing.T) {
	doc := annotated(t, "",
		"Spanish Foreign Minister Elena Ruiz met Moroccan Prime Minister Karim Bennani in Rabat on Tuesday.",
		"Ruiz later told reporters that Mr. Bennani had accepted an invitation to Madrid.",
		"Defence Ministry spokeswoman Ana Ortega said the visit had been planned for months.",
		"The talks were also attended by Sergio Blanco, the head of Spain's coast guard.")
	want := map[string][2]string{
		"Elena Ruiz":    {"Foreign Minister", "ESP"},
		"Karim Bennani": {"Prime Minister", "MAR"},
		"Ana Ortega":    {"Defence Ministry spokeswoman", ""},
		"Sergio Blanco": {"head of Spain's coast guard", "ESP"},
	}
	got := people(doc)
	if len(got) != len(want) {
		t.Errorf("people %v, want %d", got, len(want))
	}
	for name, w := range want {
		e, ok := entityByName(doc, diplograph.TypePerson, name)
		if !ok {
			t.Errorf("no person %q in %v", name, got)
			continue
		}
		if e.Title != w[0] || e.Country != w[1] {
			t.Errorf("%s: title %q country %q, want %q %q", name, e.Title, e.Country, w[0], w[1])
		}
	}
	ruiz, _ := entityByName(doc, diplograph.TypePerson, "Elena Ruiz")
	if m, ok := mention(doc, "Ruiz"); !ok || m.Entity != ruiz.ID {
		t.Errorf("surname mention %+v, want entity %s", m, ruiz.ID)
	}
	bennani, _ := entityByName(doc, diplograph.TypePerson, "Karim Bennani")
	if m, ok := mention(doc, "Bennani"); !ok || m.Entity != bennani.ID {
		t.Errorf("Mr. Bennani mention %+v, want entity %s", m, bennani.ID)
	}
}

func TestNameShapes(t *testing.T) {
	doc := annotated(t, "",
		"South Korean President Lee Jae-sung spoke by phone with Chinese President Zhao Mingyu.",
		"Robert T. Hale Jr., the envoy, said the call went well, and Maria de la Vega, a senior adviser, agreed.",
		"Dr. Nadia A. Karimi, a researcher, was not convinced.",
		"Zhao said Mr Lee would be welcome, while Hale flew home.",
		"Mohammad Reza Tabrizi told the conference that Abu Karim al-Masri had left.")
	for _, name := range []string{"Lee Jae-sung", "Zhao Mingyu", "Robert T. Hale Jr.", "Maria de la Vega", "Mohammad Reza Tabrizi", "Nadia A. Karimi"} {
		if _, ok := entityByName(doc, diplograph.TypePerson, name); !ok {
			t.Errorf("no person %q in %v", name, people(doc))
		}
	}
	zhao, _ := entityByName(doc, diplograph.TypePerson, "Zhao Mingyu")
	if m, ok := mention(doc, "Zhao"); !ok || m.Entity != zhao.ID {
		t.Errorf("Zhao mention %+v, want %s", m, zhao.ID)
	}
	lee, _ := entityByName(doc, diplograph.TypePerson, "Lee Jae-sung")
	if m, ok := mention(doc, "Lee"); !ok || m.Entity != lee.ID {
		t.Errorf("Mr Lee mention %+v, want %s", m, lee.ID)
	}
	if lee.Country != "KOR" || zhao.Country != "CHN" {
		t.Errorf("countries %q %q", lee.Country, zhao.Country)
	}
}

// TestFamilyNameFirst: a Chinese name is referred to again by its first word.
func TestFamilyNameFirst(t *testing.T) {
	doc := annotated(t, "",
		"Foreign Ministry spokesman Geng Lihua told reporters the talks would go on.",
		"Geng blamed the delay on the weather.")
	geng, ok := entityByName(doc, diplograph.TypePerson, "Geng Lihua")
	if !ok {
		t.Fatalf("no person Geng Lihua in %v", people(doc))
	}
	if m, ok := mention(doc, "Geng"); !ok || m.Entity != geng.ID || m.Start != 0 {
		t.Errorf("Geng mention %+v, want %s at the start of the second sentence", m, geng.ID)
	}
}

func TestTitleAndCountryAround(t *testing.T) {
	doc := annotated(t, "",
		"Chile's foreign minister, Rosa Medina, arrived in Lima on Monday.",
		"She met King Harald of Norway and Peruvian caretaker Prime Minister Luis Paredes.",
		"British Prime Minister Alan Crowe hosted the talks, and Sir Alan said they went well.",
		"Ukrainian President Oleksandr Kovalenkov spoke later, and Kovalenko said the talks would go on.")
	want := map[string][2]string{
		"Rosa Medina":          {"foreign minister", "CHL"},
		"Harald":               {"King", "NOR"},
		"Luis Paredes":         {"caretaker Prime Minister", "PER"},
		"Alan Crowe":           {"Prime Minister", "GBR"},
		"Oleksandr Kovalenkov": {"President", "UKR"},
	}
	if got := people(doc); len(got) != len(want) {
		t.Errorf("people %v, want %d", got, len(want))
	}
	for name, w := range want {
		e, ok := entityByName(doc, diplograph.TypePerson, name)
		if !ok {
			t.Errorf("no person %q in %v", name, people(doc))
			continue
		}
		if e.Title != w[0] || e.Country != w[1] {
			t.Errorf("%s: title %q country %q, want %q %q", name, e.Title, e.Country, w[0], w[1])
		}
	}
	crowe, _ := entityByName(doc, diplograph.TypePerson, "Alan Crowe")
	if m, ok := mention(doc, "Alan"); !ok || m.Entity != crowe.ID {
		t.Errorf("Sir Alan mention %+v, want %s", m, crowe.ID)
	}
}

func TestMonthIsNotSurname(t *testing.T) {
	doc := annotated(t, "",
		"Prime Minister Helen May met the envoy.",
		"Talks held in May were useful, May said.")
	n := 0
	for _, s := range doc.Sentences {
		for _, m := range s.Mentions {
			if m.Type == diplograph.TypePerson {
				n++
			}
		}
	}
	if n != 2 {
		t.Errorf("%d person mentions, want 2 (the month is not one)", n)
	}
}

func TestFullerNameReplacesShorter(t *testing.T) {
	doc := annotated(t, "Premier Novak Rejects Criticism",
		"Premier Novak rejected the criticism on Monday.",
		"Czech Prime Minister Pavel Novak told parliament the plan would stand.")
	got := people(doc)
	if len(got) != 1 || got[0] != "Pavel Novak" {
		t.Fatalf("people %v, want [Pavel Novak]", got)
	}
	e, _ := entityByName(doc, diplograph.TypePerson, "Pavel Novak")
	if !containsString(e.Aliases, "Novak") {
		t.Errorf("aliases %v lack Novak", e.Aliases)
	}
	if m, ok := mention(doc, "Novak"); !ok || m.Entity != e.ID {
		t.Errorf("headline mention %+v", m)
	}
}

// The name after "bin" is the father's: "King Faisal" is not "Prince Khalid bin Faisal".
func TestFatherNameIsNoSurname(t *testing.T) {
	doc := annotated(t, "Royal Visit",
		"Prince Khalid bin Faisal opened the fair on Monday.",
		"King Faisal welcomed the guests later.")
	got := people(doc)
	if len(got) != 2 {
		t.Fatalf("people %v, want the prince and the king apart", got)
	}
}

func TestBylinesAndCredits(t *testing.T) {
	doc := annotated(t, "",
		"By Anna Kowalski",
		"WARSAW/VILNIUS (Reuters) - Polish President Jan Zielinski met the Lithuanian leader in Vilnius. (Photo: REUTERS/Ivan Petrov)",
		"Tomas Berg in Oslo contributed to this report.",
		"Reporting by Tom Fisher; Editing by Jane Roe")
	got := people(doc)
	if len(got) != 1 || got[0] != "Jan Zielinski" {
		t.Errorf("people %v, want only Jan Zielinski", got)
	}
	if c := codes(doc); !c["NOR"] || !c["POL"] || !c["LTU"] {
		t.Errorf("countries %v: credit lines still name places", c)
	}
}

func TestNamesByContext(t *testing.T) {
	doc := annotated(t, "",
		"Others, like Zorvan Quell of the Brookings Institution, disagreed.",
		"Talks went on, Dravik Ostrander told the radio station.",
		"Velmar Tusk, a former Norwegian diplomat who now teaches in Oslo, was not surprised.",
		"The deal was welcomed in Vila Nova, the port city, and by the regional administration.",
		"Lidka Orwen, international trade economist at a Lisbon bank, disagreed.",
		"Porto Vello, where the talks were held, was quiet.")
	for name, title := range map[string]string{"Zorvan Quell": "", "Dravik Ostrander": "", "Velmar Tusk": "former Norwegian diplomat",
		"Lidka Orwen": "international trade economist at a Lisbon bank"} {
		e, ok := entityByName(doc, diplograph.TypePerson, name)
		if !ok {
			t.Errorf("no person %q in %v", name, people(doc))
			continue
		}
		if e.Title != title {
			t.Errorf("%s: title %q, want %q", name, e.Title, title)
		}
	}
	if e, _ := entityByName(doc, diplograph.TypePerson, "Velmar Tusk"); e.Country != "NOR" {
		t.Errorf("Velmar Tusk country %q", e.Country)
	}
	if got := people(doc); len(got) != 4 {
		t.Errorf("people %v, want 4", got)
	}
}

func TestJournalistInBodyCounts(t *testing.T) {
	doc := annotated(t, "", "Speaking to journalist Laura Pineda of the BBC, the minister denied the report.")
	if _, ok := entityByName(doc, diplograph.TypePerson, "Laura Pineda"); !ok {
		t.Errorf("people %v, want Laura Pineda", people(doc))
	}
}

func TestNotPeople(t *testing.T) {
	for _, text := range []string{
		"On Monday, January 5, Western diplomats met in Geneva.",
		"The Security Council and the European Union said on Tuesday that Asia-Pacific Economic Cooperation talks would resume.",
		"Earlier, Russia and China said the National Development Council would meet.",
		"The Heritage Foundation said the report was wrong.",
		"Turkey rejected the claim, Ankara said.",
	} {
		doc := annotated(t, "", text)
		if got := people(doc); len(got) > 0 {
			t.Errorf("%q: people %v", text, got)
		}
	}
}

func TestHeadlineTitleCase(t *testing.T) {
	doc := annotated(t, "Volkov Warns Kyiv Over Stalled Talks",
		"Volkov Warns Kyiv Over Stalled Talks",
		"Russian Foreign Minister Sergei Volkov warned Ukraine on Sunday.",
		"Mexican President Juan Carlos Ortega Diaz met Volkov in Moscow.")
	if got := people(doc); len(got) != 2 || got[0] != "Sergei Volkov" || got[1] != "Juan Carlos Ortega Diaz" {
		t.Fatalf("people %v", got)
	}
	if m, ok := mention(doc, "Volkov"); !ok || doc.Title == nil || len(doc.Title.Mentions) == 0 || m.Type != diplograph.TypePerson {
		t.Errorf("title mentions %+v", doc.Title.Mentions)
	}
}

func TestAmbiguousForms(t *testing.T) {
	tests := []struct {
		text string
		code string
		want bool
	}{
		{"Michael Jordan visited Amman last week.", "JOR", true},
		{"Michael Jordan visited a school in Chicago.", "JOR", false},
		{"Jordan closed its border with Syria.", "JOR", true},
		{"Chad Miller, a senator, said the bill would pass.", "TCD", false},
		{"Chad and Niger agreed to patrol the border.", "TCD", true},
		{"The governor of Georgia spoke in Atlanta, Georgia.", "GEO", false},
		{"Georgian troops left as Georgia and Russia talked in Tbilisi.", "GEO", true},
		{"North Korea said the North would not talk.", "PRK", true},
		{"He said the North would win the game.", "PRK", false},
	}
	for _, tt := range tests {
		doc := annotated(t, "", tt.text)
		if got := codes(doc)[tt.code]; got != tt.want {
			t.Errorf("%q: %s found %v, want %v", tt.text, tt.code, got, tt.want)
		}
	}
	doc := annotated(t, "", "Michael Jordan visited Amman last week.")
	if _, ok := entityByName(doc, diplograph.TypePerson, "Michael Jordan"); !ok {
		t.Errorf("people %v, want Michael Jordan", people(doc))
	}
}

func TestOrganizations(t *testing.T) {
	doc := annotated(t, "",
		"Moldova's military accused Moscow-backed separatists in eastern Moldova of moving troops.",
		"The Russian Defence Ministry denied it, and NATO and the State Department called for calm.",
		"Hamas and the Taliban were not involved, the rebels said.")
	want := map[string]string{
		"Moldova's military":        "MDA",
		"Moscow-backed separatists": "MDA",
		"Russian Defence Ministry":  "RUS",
		"NATO":                      "",
		"State Department":          "USA",
		"Hamas":                     "PSE",
		"Taliban":                   "AFG",
	}
	for name, country := range want {
		e, ok := entityByName(doc, diplograph.TypeOrganization, name)
		if !ok {
			t.Errorf("no organization %q in %+v", name, doc.Entities)
			continue
		}
		if e.Country != country {
			t.Errorf("%s: country %q, want %q", name, e.Country, country)
		}
	}
	seps, _ := entityByName(doc, diplograph.TypeOrganization, "Moscow-backed separatists")
	if m, ok := mention(doc, "rebels"); !ok || m.Entity != seps.ID {
		t.Errorf("rebels mention %+v, want %s", m, seps.ID)
	}
	if m, ok := mention(doc, "Moscow-backed"); ok && !m.Place {
		t.Errorf("Moscow-backed mention is not a place: %+v", m)
	}
}

func TestPartyOfAnotherCountry(t *testing.T) {
	doc := annotated(t, "",
		"The Democratic Party won the vote in Washington.",
		"In Seoul, South Korea's main opposition Democratic Party called for talks.")
	found := map[string]bool{}
	for _, e := range doc.Entities {
		if e.Type == diplograph.TypeOrganization && e.Name == "Democratic Party" {
			found[e.Country] = true
		}
	}
	if !found["USA"] || !found["KOR"] {
		t.Errorf("Democratic Party countries %v, want USA and KOR", found)
	}
}

func TestMentionsPointAtEntities(t *testing.T) {
	doc := annotated(t, "Ellison and Orlov Meet",
		"U.S. Secretary of State Mark Ellison met Russian Foreign Minister Pavel Orlov in Geneva.",
		"Ellison said the Kremlin had agreed.")
	ids := map[string]bool{}
	for _, e := range doc.Entities {
		ids[e.ID] = true
	}
	n := 0
	for _, s := range doc.All() {
		for _, m := range s.Mentions {
			n++
			if !ids[m.Entity] {
				t.Errorf("mention %+v points at no entity", m)
			}
			if m.Start < 0 || m.End > len(s.Tokens) || m.Start >= m.End {
				t.Errorf("mention %+v out of range", m)
			}
		}
	}
	if n < 8 {
		t.Errorf("%d mentions, want at least 8", n)
	}
	if len(doc.Title.Mentions) != 2 {
		t.Errorf("title mentions %+v", doc.Title.Mentions)
	}
}

func TestAnnotateEmpty(t *testing.T) {
	doc := annotated(t, "")
	if len(doc.Entities) != 0 {
		t.Errorf("entities %+v", doc.Entities)
	}
}

// benchBody is a made-up article of the usual shape, for the benchmark.
var benchBody = []string{
	"WASHINGTON (Reuters) - U.S. Secretary of State Mark Ellison met Russian Foreign Minister Pavel Orlov in Geneva on Tuesday, the State Department said.",
	"Ellison told reporters the two sides had agreed to resume talks on arms control, while Orlov said Moscow wanted guarantees.",
	"Moldova's army accused pro-Russian separatists in eastern Moldova of moving troops near the river, and the Kremlin denied any role.",
	"Chinese Foreign Ministry spokesman Zhao Ming said Beijing supported dialogue between Washington and Moscow.",
	"NATO Secretary General Anders Lund said the alliance would meet in Brussels next week, and the European Union backed the talks.",
	"Reporting by Tom Fisher; Editing by Jane Roe",
}

func BenchmarkAnnotate(b *testing.B) {
	doc := annotated(b, "U.S. and Russia Agree to Resume Arms Talks", benchBody...)
	tokens := len(doc.Title.Tokens)
	for _, s := range doc.Sentences {
		tokens += len(s.Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		doc.Entities = doc.Entities[:0]
		for _, s := range doc.All() {
			s.Mentions = s.Mentions[:0]
		}
		entRecognizer.Annotate(doc)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// A relative clause after a name says something about the person; only an apposition or
// a title says whom the person represents.
func TestRepresentsOnlyFromAppositionOrTitle(t *testing.T) {
	cases := []struct {
		body, name, country string
	}{
		{"Jane Roe, who has said positive things about the Russian leader, met reporters on Monday.", "Jane Roe", ""},
		{"Jane Roe, who praised the Chinese president, spoke in Ohio on Monday.", "Jane Roe", ""},
		{"Sergei Lavrov, Russia's foreign minister, met reporters in Geneva on Monday.", "Sergei Lavrov", "RUS"},
		{"Russian Foreign Minister Sergei Lavrov met reporters in Geneva on Monday.", "Sergei Lavrov", "RUS"},
	}
	for _, c := range cases {
		doc := annotated(t, "", c.body)
		e, ok := entityByName(doc, diplograph.TypePerson, c.name)
		if !ok {
			t.Errorf("%q: no person %s in %+v", c.body, c.name, doc.Entities)
			continue
		}
		if e.Country != c.country {
			t.Errorf("%q: %s represents %q, want %q", c.body, c.name, e.Country, c.country)
		}
	}
}

// Link lines pasted into an article body, and other junk, give no person of their own.
func TestJunkNamesAreNotPeople(t *testing.T) {
	doc := annotated(t, "",
		"In a press release, the White House says President Trump Donald John TrumpTrump faces high stakes in meeting with Erdogan MORE is planning further export controls.",
		"Treasury Secretary Steven Mnuchin Steven Terner MnuchinNew book questions record on big banks MORE said the trade war was on hold.",
		"Commerce Secretary Wilbur Ross Wilbur Louis RossTrump trade adviser pushes back MORE spoke on Friday.",
		"Senator Orrin Hatch Orrin Grant HatchTrump says tariffs hurt farmers MORE told reporters.",
		"Reporting by Jane Roe\nAlan Crowe said the talks went well.")
	for _, e := range doc.Entities {
		if e.Type != diplograph.TypePerson {
			continue
		}
		w := strings.Fields(e.Name)
		seen := map[string]bool{}
		for _, x := range w {
			if seen[strings.ToLower(x)] {
				t.Errorf("person %q repeats a word", e.Name)
			}
			seen[strings.ToLower(x)] = true
			if gluedName(x) != "" {
				t.Errorf("person %q holds a glued token %q", e.Name, x)
			}
		}
		if strings.Contains(e.Name, "Roe Alan") || strings.Contains(e.Name, "\n") {
			t.Errorf("person %q runs across a line", e.Name)
		}
	}
	for _, want := range []string{"Donald John Trump", "Steven Terner Mnuchin", "Orrin Grant Hatch"} {
		if _, ok := entityByName(doc, diplograph.TypePerson, want); !ok {
			t.Errorf("no person %q in %+v", want, doc.Entities)
		}
	}
}

// The junk corpus: each paragraph gives exactly the people listed after it.
func TestJunkCorpus(t *testing.T) {
	data, err := os.ReadFile("testdata/junk_names.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][2]string
	var text string
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "":
		case strings.HasPrefix(line, "="):
			cases = append(cases, [2]string{text, strings.TrimSpace(strings.TrimPrefix(line, "="))})
		default:
			text = line
		}
	}
	if len(cases) < 10 {
		t.Fatalf("%d cases read", len(cases))
	}
	for _, c := range cases {
		doc := annotated(t, "", c[0])
		var got []string
		for _, e := range doc.Entities {
			if e.Type == diplograph.TypePerson {
				got = append(got, e.Name)
			}
		}
		if strings.Join(got, ", ") != c[1] {
			t.Errorf("%q: people %q, want %q", c[0], got, c[1])
		}
	}
}

func TestGluedName(t *testing.T) {
	for tok, want := range map[string]string{"TrumpTrump": "Trump", "MnuchinNew": "Mnuchin", "TrumpGOP": "Trump",
		"McConnell": "", "MacArthur": "", "DeSantis": "", "FitzGerald": "", "LaGuardia": "", "Trump": "", "iPhone": ""} {
		if got := gluedName(tok); got != want {
			t.Errorf("gluedName(%q) = %q, want %q", tok, got, want)
		}
	}
}

// TestGroupOfPowers: the powers negotiating as one group are one organization, whichever
// name the article gives them.
func TestGroupOfPowers(t *testing.T) {
	doc := annotated(t, "", "Iran and six world powers resumed talks in Geneva.", "The P5+1 wants answers by March.")
	p, ok := entityByName(doc, diplograph.TypeOrganization, "P5+1")
	if !ok {
		t.Fatalf("no P5+1 among %v", doc.Entities)
	}
	if m, ok := mention(doc, "six world powers"); !ok || m.Entity != p.ID {
		t.Errorf("six world powers: mention %+v, want %s", m, p.ID)
	}
}

// TestPlacesThatSpeakAreNoPeople: a place before a verb of saying is no person
// ("Capitol Hill said"): "Capitol" is never part of a name, and "Room" heads places.
func TestPlacesThatSpeakAreNoPeople(t *testing.T) {
	doc := annotated(t, "",
		"Republicans on Capitol Hill said Capitol Hill was calm.",
		"Jane Roe said the Situation Room, where aides met, was full.",
		"Fiona Hill said the vote would pass.")
	got := people(doc)
	for _, name := range []string{"Capitol Hill", "Situation Room"} {
		if _, ok := entityByName(doc, diplograph.TypePerson, name); ok {
			t.Errorf("%q taken for a person: %v", name, got)
		}
	}
	for _, name := range []string{"Jane Roe", "Fiona Hill"} {
		if _, ok := entityByName(doc, diplograph.TypePerson, name); !ok {
			t.Errorf("no person %q in %v", name, got)
		}
	}
}
