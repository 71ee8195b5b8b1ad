package mentions

import (
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/parse"
)

// mentionsOf returns the entity ids of every mention with the text, title included.
func mentionsOf(doc *parse.Document, text string) []string {
	var out []string
	for _, s := range doc.All() {
		for _, m := range s.Mentions {
			if m.Text == text {
				out = append(out, m.Entity)
			}
		}
	}
	return out
}

func TestBareGroupNounsAreOneGroup(t *testing.T) {
	doc := annotated(t, "Moldova accuses separatists of shelling villages",
		"Pro-Russian rebels in eastern Moldova shelled two villages overnight, officials said.",
		"Separatists denied the report, but the rebels later withdrew from the hills.")
	seps, ok := entityByName(doc, diplograph.TypeOrganization, "Pro-Russian rebels")
	if !ok {
		t.Fatalf("no group in %+v", doc.Entities)
	}
	if seps.Country != "MDA" {
		t.Errorf("group country %q, want MDA", seps.Country)
	}
	for _, text := range []string{"separatists", "Separatists", "rebels"} {
		ids := mentionsOf(doc, text)
		if len(ids) == 0 {
			t.Errorf("no mention %q", text)
		}
		for _, id := range ids {
			if id != seps.ID {
				t.Errorf("mention %q is %s, want %s", text, id, seps.ID)
			}
		}
	}
}

func TestBareGroupNounNeedsAPlace(t *testing.T) {
	doc := annotated(t, "", "Rebels have long fought over the valley, the historian wrote.")
	for _, e := range doc.Entities {
		if e.Type == diplograph.TypeOrganization {
			t.Errorf("unexpected organization %+v", e)
		}
	}
}

func TestArmedForcesAreOneBody(t *testing.T) {
	doc := annotated(t, "",
		"Moldovan forces denied the claim on Tuesday.",
		"The Moldovan army said its positions were unchanged, and the army later repeated it.",
		"Government forces also reported shelling near the border.")
	forces, ok := entityByName(doc, diplograph.TypeOrganization, "Moldovan forces")
	if !ok || forces.Country != "MDA" {
		t.Fatalf("forces %+v in %+v", forces, doc.Entities)
	}
	for _, text := range []string{"Moldovan army", "army", "Government forces"} {
		if m, ok := mention(doc, text); !ok || m.Entity != forces.ID {
			t.Errorf("mention %q = %+v, want %s", text, m, forces.ID)
		}
	}
}

func TestBareArmyOfTwoCountries(t *testing.T) {
	doc := annotated(t, "",
		"The Moldovan army and the Romanian army held drills.",
		"Later the army said the drills were over.")
	if m, ok := mention(doc, "army"); ok {
		t.Errorf("bare army linked with two armies named: %+v", m)
	}
}

func TestOfficeOfIsNoPerson(t *testing.T) {
	doc := annotated(t, "",
		"The talks were cordial, the Indian Ministry of External Affairs said on Friday.")
	if ps := people(doc); len(ps) != 0 {
		t.Errorf("people %v, want none", ps)
	}
	if e, ok := entityByName(doc, diplograph.TypeOrganization, "Indian Ministry of External Affairs"); !ok || e.Country != "IND" {
		t.Errorf("ministry %+v in %+v", e, doc.Entities)
	}
}

func TestGovernmentBodyOfAnotherCountry(t *testing.T) {
	doc := annotated(t, "", "Pakistan's Foreign Office rejected the reports on Monday.")
	found := false
	for _, e := range doc.Entities {
		if e.Type == diplograph.TypeOrganization && e.Name == "Foreign Office" {
			found = true
			if e.Country != "PAK" {
				t.Errorf("Foreign Office country %q, want PAK", e.Country)
			}
		}
	}
	if !found {
		t.Errorf("no Foreign Office in %+v", doc.Entities)
	}
}

func TestSheikhIsPartOfName(t *testing.T) {
	doc := annotated(t, "",
		"Bangladesh's Prime Minister Sheikh Amina Rahman spoke in Dhaka on Monday.",
		"The Emir of Qatar, Sheikh Tamim bin Hamad, met the king on Sunday.")
	e, ok := entityByName(doc, diplograph.TypePerson, "Sheikh Amina Rahman")
	if !ok {
		t.Fatalf("people %v", people(doc))
	}
	if e.Title != "Prime Minister" || e.Country != "BGD" {
		t.Errorf("title %q country %q, want Prime Minister, BGD", e.Title, e.Country)
	}
	e, ok = entityByName(doc, diplograph.TypePerson, "Sheikh Tamim bin Hamad")
	if !ok {
		t.Fatalf("people %v", people(doc))
	}
	if e.Title == "met the king" {
		t.Errorf("a verb phrase taken as title: %q", e.Title)
	}
}

func TestNamesInAList(t *testing.T) {
	doc := annotated(t, "",
		"Police identified the suspects, seen in a video, as Tarun Bokul, Saif Imtiaz Hoque, Nazim Ali and Rafi Kamal.",
		"The delegation visited Green Park, Lake View and Hill Top on Sunday.")
	got := map[string]bool{}
	for _, p := range people(doc) {
		got[p] = true
	}
	for _, want := range []string{"Tarun Bokul", "Saif Imtiaz Hoque", "Nazim Ali", "Rafi Kamal"} {
		if !got[want] {
			t.Errorf("missing %q in %v", want, people(doc))
		}
	}
	for _, not := range []string{"Green Park", "Lake View", "Hill Top"} {
		if got[not] {
			t.Errorf("place %q taken as a person", not)
		}
	}
}

func TestNameAfterBodyName(t *testing.T) {
	doc := annotated(t, "",
		"Commander of the Moldova's Joint Forces Operation Volodymyr Petrenko told reporters the units held.")
	if _, ok := entityByName(doc, diplograph.TypePerson, "Volodymyr Petrenko"); !ok {
		t.Errorf("people %v, want Volodymyr Petrenko", people(doc))
	}
}

func TestTitleOfAnAdviser(t *testing.T) {
	doc := annotated(t, "",
		"Adviser to Bangladesh Prime Minister Karim Ullah blamed the group.",
		"It was the first visit since the cabinet took office in Tokyo under Prime Minister Kenji Watanabe.")
	if e, ok := entityByName(doc, diplograph.TypePerson, "Karim Ullah"); !ok || e.Title != "Adviser to Bangladesh Prime Minister" {
		t.Errorf("adviser %+v", e)
	}
	if e, ok := entityByName(doc, diplograph.TypePerson, "Kenji Watanabe"); !ok || e.Title != "Prime Minister" {
		t.Errorf("prime minister %+v", e)
	}
}

func TestCountryByMembershipAndBody(t *testing.T) {
	doc := annotated(t, "",
		"Moshe Levi, a spokesman for Hamas, denied it.",
		"A photo released by South Korea's foreign ministry shows Foreign Minister Han Jae-won in Lima.")
	if e, ok := entityByName(doc, diplograph.TypePerson, "Moshe Levi"); !ok || e.Country != "PSE" {
		t.Errorf("spokesman %+v", e)
	}
	if e, ok := entityByName(doc, diplograph.TypePerson, "Han Jae-won"); !ok || e.Country != "KOR" {
		t.Errorf("minister %+v", e)
	}
}

func TestMissionMediaAndAgencies(t *testing.T) {
	doc := annotated(t, "",
		"The United States is expelling 12 Russian diplomats, the U.S. Mission to the United Nations said.",
		"The Russian mission called the move hostile, and Indian media reports blamed official Pakistani agencies.")
	want := map[string]string{"Russian diplomats": "RUS", "U.S. Mission": "USA", "Indian media": "IND", "Pakistani agencies": "PAK"}
	for name, country := range want {
		if e, ok := entityByName(doc, diplograph.TypeOrganization, name); !ok || e.Country != country {
			t.Errorf("%s: %+v, want country %s", name, e, country)
		}
	}
	rus, _ := entityByName(doc, diplograph.TypeOrganization, "Russian diplomats")
	if m, ok := mention(doc, "Russian mission"); !ok || m.Entity != rus.ID {
		t.Errorf("Russian mission %+v, want %s", m, rus.ID)
	}
}

func TestCountryOfATitleIsAModifier(t *testing.T) {
	doc := annotated(t, "", "Bangladesh Information Minister Karim Ullah blamed the group.",
		"Bangladesh blamed the group too.")
	ms := mentionsOf(doc, "Bangladesh")
	if len(ms) != 2 {
		t.Fatalf("Bangladesh mentions %v", ms)
	}
	for _, s := range doc.Sentences {
		for _, m := range s.Mentions {
			if m.Text != "Bangladesh" {
				continue
			}
			if want := m.Start == 0 && s.Index == 0; m.Place != want {
				t.Errorf("sentence %d: Bangladesh place %v, want %v", s.Index, m.Place, want)
			}
		}
	}
}

func TestBareGovernment(t *testing.T) {
	doc := annotated(t, "",
		"CHISINAU (Reuters) - Talks resumed on Monday.",
		"Both the rebels and the central government blamed each other for the delay.",
		"Envoys later met the government in Kabul.")
	gov := mentionsOf(doc, "the central government")
	if len(gov) != 1 || gov[0] != "c:MDA" {
		t.Errorf("the central government: %v, want c:MDA", gov)
	}
	if kabul := mentionsOf(doc, "the government"); len(kabul) != 1 || kabul[0] != "c:AFG" {
		t.Errorf("the government in Kabul: %v, want c:AFG", kabul)
	}
	if e, ok := entityByName(doc, diplograph.TypeCountry, "Moldova"); ok && containsString(e.Aliases, "central government") {
		t.Errorf("a bare body taken as an alias: %v", e.Aliases)
	}
}

func TestBareGovernmentWithoutDateline(t *testing.T) {
	doc := annotated(t, "", "Talks resumed on Monday, and the government said it was hopeful.")
	if ids := mentionsOf(doc, "the government"); len(ids) != 0 {
		t.Errorf("the government without a country: %v", ids)
	}
}

func TestBareGroupOfAnotherKindOrPlace(t *testing.T) {
	doc := annotated(t, "",
		"Pro-Russian rebels in eastern Moldova shelled two villages.",
		"The opposition in Chisinau criticised the rebels.",
		"Separately, rebels in Syria seized a town.")
	seps, _ := entityByName(doc, diplograph.TypeOrganization, "Pro-Russian rebels")
	if ids := mentionsOf(doc, "opposition"); len(ids) == 1 && ids[0] == seps.ID {
		t.Errorf("the opposition linked to the rebels")
	}
	ids := mentionsOf(doc, "rebels")
	if len(ids) != 2 || ids[0] != seps.ID || ids[1] == seps.ID {
		t.Errorf("rebels mentions %v, want %s then another group", ids, seps.ID)
	}
	for _, e := range doc.Entities {
		if e.Type == diplograph.TypeOrganization && e.ID != seps.ID && e.Name == "rebels" && e.Country != "SYR" {
			t.Errorf("Syrian rebels country %q", e.Country)
		}
	}
}

func TestInitialsOfABody(t *testing.T) {
	doc := annotated(t, "",
		"Pakistan's Foreign Office rejected the reports on Monday.",
		"FO Spokesman Imran Qadir called them baseless, and the FO said more later.")
	fo, ok := entityByName(doc, diplograph.TypeOrganization, "Foreign Office")
	if !ok {
		t.Fatalf("no Foreign Office in %+v", doc.Entities)
	}
	if ids := mentionsOf(doc, "FO"); len(ids) != 1 || ids[0] != fo.ID {
		t.Errorf("FO mentions %v, want one of %s", ids, fo.ID)
	}
	if e, ok := entityByName(doc, diplograph.TypePerson, "Imran Qadir"); !ok || e.Country != "PAK" {
		t.Errorf("spokesman %+v", e)
	}
}

func TestInitials(t *testing.T) {
	for name, want := range map[string]string{
		"Pakistan's Foreign Office":           "FO",
		"Ministry of External Affairs":        "MEA",
		"Reuters":                             "",
		"the international monitor group":     "",
		"Indian Ministry of External Affairs": "IMEA",
	} {
		if got := initials(name, false); got != want {
			t.Errorf("initials(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestInitialsOfALexiconBody(t *testing.T) {
	if got := initials("ministry of external affairs", true); got != "MEA" {
		t.Errorf("initials = %q, want MEA", got)
	}
	if got := initials("army", true); got != "" {
		t.Errorf("initials of one word = %q, want none", got)
	}
}

func TestGroupBasedInACountry(t *testing.T) {
	doc := annotated(t, "", "Gaza based militants fired rockets on Israel on Monday.")
	found := false
	for _, e := range doc.Entities {
		if e.Type == diplograph.TypeOrganization {
			found = true
			if e.Country != "PSE" {
				t.Errorf("%s: country %q, want PSE", e.Name, e.Country)
			}
		}
	}
	if !found {
		t.Errorf("no group in %+v", doc.Entities)
	}
}

// A domestic body placed in a country is that state's: "prosecutors in Moldova"; the
// prosecutors of a named court, or an embassy in a country, are not.
func TestDomesticBodyInACountry(t *testing.T) {
	doc := annotated(t, "",
		"Prosecutors in Moldova charged the former minister with fraud.",
		"OSCE prosecutors in Romania opened a case, and the embassy in Moldova closed.")
	o, ok := entityByName(doc, diplograph.TypeOrganization, "Prosecutors in Moldova")
	if !ok || o.Country != "MDA" {
		t.Fatalf("prosecutors %+v in %+v", o, doc.Entities)
	}
	for _, e := range doc.Entities {
		if e.Type == diplograph.TypeOrganization && (e.Country == "ROU" || strings.Contains(e.Name, "embassy")) {
			t.Errorf("organization %+v made of a body placed in a country", e)
		}
	}
}

func TestBareForcesOfAStateBodyBeforeThem(t *testing.T) {
	doc := annotated(t, "",
		"Moldova's foreign ministry protested on Monday, while the military said the border was calm.")
	army, ok := entityByName(doc, diplograph.TypeOrganization, "Moldova's military")
	if !ok {
		t.Fatalf("no armed forces in %+v", doc.Entities)
	}
	if army.Country != "MDA" {
		t.Errorf("country %q, want MDA", army.Country)
	}
	if ids := mentionsOf(doc, "military"); len(ids) != 1 || ids[0] != army.ID {
		t.Errorf("mentions of the military %v, want %s", ids, army.ID)
	}

	// with no body of a state before it, the military is no one's
	doc = annotated(t, "", "The military said the border was calm, and the foreign ministry agreed.")
	if _, ok := entityByName(doc, diplograph.TypeOrganization, "Moldova's military"); ok {
		t.Errorf("armed forces made with no state: %+v", doc.Entities)
	}
	for _, e := range doc.Entities {
		if e.Type == diplograph.TypeOrganization && strings.Contains(e.Name, "military") {
			t.Errorf("unexpected %+v", e)
		}
	}
}

func TestBareBodyNounIsTheOneSuchBody(t *testing.T) {
	doc := annotated(t, "",
		"Fighters agreed to a truce offered by the Chilean-led coalition on Sunday.",
		"The rebels said the coalition naval blockade had closed the port, and the coalition's spokesman denied it.")
	co, ok := entityByName(doc, diplograph.TypeOrganization, "Chilean-led coalition")
	if !ok {
		t.Fatalf("no coalition in %+v", doc.Entities)
	}
	ids := mentionsOf(doc, "the coalition")
	if len(ids) != 2 {
		t.Fatalf("mentions of the coalition: %v, want 2", ids)
	}
	for _, id := range ids {
		if id != co.ID {
			t.Errorf("the coalition is %s, want %s", id, co.ID)
		}
	}

	// two such bodies: the bare noun names neither
	doc = annotated(t, "",
		"The Chilean delegation met the Peruvian delegation in Lima.",
		"The delegation left on Monday.")
	if ids := mentionsOf(doc, "The delegation"); len(ids) != 0 {
		t.Errorf("the delegation of two linked to %v", ids)
	}
}

func TestBareRegimeIsTheRegimeNamedBefore(t *testing.T) {
	doc := annotated(t, "",
		"The Peruvian regime tested a missile on Monday.",
		"Chile said the regime had broken its word.")
	ids := mentionsOf(doc, "the regime")
	if len(ids) != 1 || ids[0] != "c:PER" {
		t.Errorf("the regime: %v, want [c:PER]", ids)
	}

	// with no regime named before, the regime is no one
	doc = annotated(t, "", "Chile said the regime had broken its word.")
	if ids := mentionsOf(doc, "the regime"); len(ids) != 0 {
		t.Errorf("the regime with none named: %v", ids)
	}
}

func TestIslamicRepublicIsIranWhereIranIsNamed(t *testing.T) {
	doc := annotated(t, "", "Iran tested a missile on Monday.", "Chile said the Islamic Republic had broken its word.")
	if ids := mentionsOf(doc, "the Islamic Republic"); len(ids) != 1 || ids[0] != "c:IRN" {
		t.Errorf("the Islamic Republic beside Iran: %v, want [c:IRN]", ids)
	}
	// other states are Islamic Republics too: with Iran unnamed the phrase names no one
	doc = annotated(t, "", "Chile said the Islamic Republic had broken its word.")
	if codes(doc)["IRN"] {
		t.Errorf("the Islamic Republic alone named Iran: %v", doc.Entities)
	}
}
