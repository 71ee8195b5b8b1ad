package gazetteer_test

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract/gazetteer"
)

func mustLoad(tb testing.TB) *gazetteer.Gazetteer {
	tb.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		tb.Fatalf("load: %v", err)
	}
	return g
}

func keys(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		out = append(out, gazetteer.Key(w))
	}
	return out
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.":      "US",
		"US":        "US",
		"The":       "the",
		"Ukraine's": "Ukraine",
		"Kremlin’s": "Kremlin",
		"Élysée":    "Elysee",
		"Moscow":    "Moscow",
		".":         "",
	} {
		if got := gazetteer.Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCountryCount(t *testing.T) {
	g := mustLoad(t)
	if n := len(g.Countries); n < 250 {
		t.Fatalf("%d countries, want every ISO 3166 state", n)
	}
	for _, code := range []string{"PSE", "XKX", "TWN", "PRK", "KOR", "USA"} {
		if _, ok := g.CountryIndex(code); !ok {
			t.Errorf("no country %s", code)
		}
	}
}

func TestMatchCountries(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		text string
		code string
		form gazetteer.Form
		n    int
	}{
		{"the United States of America said", "USA", gazetteer.FormName, 5},
		{"U.S. officials", "USA", gazetteer.FormName, 1},
		{"Britain and France", "GBR", gazetteer.FormName, 1},
		{"UK ministers", "GBR", gazetteer.FormName, 1},
		{"North Korea fired", "PRK", gazetteer.FormName, 2},
		{"DPRK", "PRK", gazetteer.FormName, 1},
		{"South Korean troops", "KOR", gazetteer.FormAdjective, 2},
		{"the Netherlands", "NLD", gazetteer.FormName, 2},
		{"Israeli jets", "ISR", gazetteer.FormAdjective, 1},
		{"Chinese", "CHN", gazetteer.FormAdjective, 1},
		{"the Kremlin said", "RUS", gazetteer.FormCapital, 2},
		{"Downing Street", "GBR", gazetteer.FormCapital, 2},
		{"Kyiv", "UKR", gazetteer.FormCapital, 1},
		{"Kiev", "UKR", gazetteer.FormCapital, 1},
		{"the Elysee", "FRA", gazetteer.FormCapital, 2},
		{"Zhongnanhai", "CHN", gazetteer.FormCapital, 1},
		{"Blue House", "KOR", gazetteer.FormCapital, 2},
		{"MOSCOW (Reuters)", "RUS", gazetteer.FormCapital, 1},
		{"Kosovo", "XKX", gazetteer.FormName, 1},
		{"Taiwan", "TWN", gazetteer.FormName, 1},
		{"Papua New Guinea", "PNG", gazetteer.FormName, 3},
	}
	for _, tt := range tests {
		k := keys(tt.text)
		end, e, ok := g.Match(k, 0)
		if !ok || e.Kind != gazetteer.KindCountry {
			t.Errorf("%q: no country", tt.text)
			continue
		}
		if c := g.Countries[e.Country].Code; c != tt.code || e.Form != tt.form || end != tt.n {
			t.Errorf("%q: %s form %d over %d words, want %s form %d over %d", tt.text, c, e.Form, end, tt.code, tt.form, tt.n)
		}
	}
}

func TestMatchNotCountries(t *testing.T) {
	g := mustLoad(t)
	for _, text := range []string{"us", "turkey", "New Mexico", "Latin America", "Washington Post"} {
		_, e, ok := g.Match(keys(text), 0)
		if ok && e.Kind == gazetteer.KindCountry {
			t.Errorf("%q matched country %s", text, g.Countries[e.Country].Code)
		}
	}
}

func TestMatchOrgs(t *testing.T) {
	g := mustLoad(t)
	for text, want := range map[string]string{
		"NATO":                  "NATO",
		"U.N. Security Council": "UN Security Council",
		"the State Department":  "",
		"State Department":      "State Department",
		"Hezbollah":             "Hezbollah",
		"IAEA":                  "IAEA",
		"the state of Missouri": "State of Missouri",
	} {
		_, e, ok := g.Match(keys(text), 0)
		if want == "" {
			continue
		}
		if !ok || e.Kind != gazetteer.KindOrg || g.Orgs[e.Org].Name != want {
			t.Errorf("%q: got %+v, want org %s", text, e, want)
		}
	}
	_, e, _ := g.Match(keys("Hamas"), 0)
	if g.Orgs[e.Org].Country != "PSE" {
		t.Errorf("Hamas country %q", g.Orgs[e.Org].Country)
	}
	// a state of the United States is a party by its formal name, a place by its own
	if _, e, ok := g.Match(keys("the state of New Mexico"), 0); !ok || e.Kind != gazetteer.KindOrg || g.Orgs[e.Org].Country != "USA" {
		t.Errorf("the state of New Mexico: got %+v", e)
	}
	if _, e, ok := g.Match(keys("Missouri"), 0); ok && e.Kind == gazetteer.KindOrg {
		t.Errorf("Missouri alone matched org %s", g.Orgs[e.Org].Name)
	}
}

func TestTitlesAndNames(t *testing.T) {
	g := mustLoad(t)
	if end, ok := g.TitlePhrase(keys("secretary of state john"), 0); !ok || end != 3 {
		t.Errorf("secretary of state: %d %v", end, ok)
	}
	if !g.TitleHead("spokeswoman") || !g.TitleModifier("foreign") || !g.Honorific("mr") {
		t.Error("title words missing")
	}
	if !g.GivenName("Sergei") || !g.FamilyFirst("Kim") || g.GivenName("Tuesday") {
		t.Error("first names wrong")
	}
	if !g.NotName("tuesday") || !g.NameHead("university") || !g.Month("may") {
		t.Error("not-names wrong")
	}
	if !g.AmbiguousName("Jordan") || !g.NeedsSupport("Georgia") {
		t.Error("ambiguous forms missing")
	}
	end, kind, _ := g.Body(keys("defence ministry said"), 0)
	if end != 2 || kind != gazetteer.BodyOrg {
		t.Errorf("defence ministry: %d %d", end, kind)
	}
}

func TestTerritories(t *testing.T) {
	g := mustLoad(t)
	for code, territory := range map[string]bool{"GIB": true, "HKG": true, "PRI": true, "GBR": false, "PSE": false, "TWN": false} {
		i, ok := g.CountryIndex(code)
		if !ok {
			t.Errorf("no %s", code)
			continue
		}
		if g.Countries[i].Territory != territory {
			t.Errorf("%s territory %v, want %v", code, g.Countries[i].Territory, territory)
		}
	}
	// A territory's name is matched, so that it is not read as its state.
	_, e, ok := g.Match(keys("American Samoa"), 0)
	if !ok || g.Countries[e.Country].Code != "ASM" {
		t.Errorf("American Samoa: %+v", e)
	}
}

func TestContextualForm(t *testing.T) {
	g := mustLoad(t)
	end, e, ok := g.Match(keys("the North said"), 0)
	if !ok || end != 2 || !e.Contextual || g.Countries[e.Country].Code != "PRK" {
		t.Errorf("the North: %d %+v", end, e)
	}
	_, e, _ = g.Match(keys("North Korea"), 0)
	if e.Contextual {
		t.Error("North Korea is contextual")
	}
}

func TestCues(t *testing.T) {
	g := mustLoad(t)
	for cue, word := range map[gazetteer.Cue]string{
		gazetteer.CueSpeech: "said", gazetteer.CueLocative: "in", gazetteer.CueDirection: "eastern",
		gazetteer.CueParticle: "de", gazetteer.CueCredit: "reporting", gazetteer.CueJournalist: "correspondent",
		gazetteer.CuePlace: "city",
	} {
		if !g.Is(cue, word) {
			t.Errorf("%s lacks %q", cue, word)
		}
	}
	if g.Is(gazetteer.CueSpeech, "tanks") {
		t.Error("tanks is a verb of saying")
	}
}

func BenchmarkMatch(b *testing.B) {
	g := mustLoad(b)
	k := keys("U.S. Secretary of State Mark Ellison met Russian Foreign Minister Pavel Orlov in Beijing on Saturday")
	b.ResetTimer()
	for b.Loop() {
		for i := range k {
			g.Match(k, i)
		}
	}
}
