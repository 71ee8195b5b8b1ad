package extract

import (
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
)

// TestEllipticCountries: "North and South Korea" names two states.
func TestEllipticCountries(t *testing.T) {
	x, err := mustExtractor(t).Extract(diplograph.Article{Body: "North Korea fired a missile on Monday. " +
		"The talks between North and South Korea resumed on Friday."})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(summary(x), "\n")
	if !strings.Contains(got, "MET_WITH North Korea > South Korea") && !strings.Contains(got, "MET_WITH South Korea > North Korea") {
		t.Errorf("no meeting of the two Koreas in:\n%s", got)
	}
}

// TestOfficeDescriptions: a description by office stands for the one person the article
// names as holding it.
func TestOfficeDescriptions(t *testing.T) {
	ex := mustExtractor(t)
	intro := "Chilean Foreign Minister Anna Berg and Chilean Defence Minister Ola Lind flew to Lima, where President Tomas Vidal of Peru waited.\n\n"
	for _, c := range []struct{ body, want string }{
		{"The foreign minister accused Peru of spying on its navy.", "ACCUSED Anna Berg > Peru"},
		{"The Chilean foreign minister accused Peru of spying on its navy.", "ACCUSED Anna Berg > Peru"},
		{"Chile's defence minister accused Peru of spying on its navy.", "ACCUSED Ola Lind > Peru"},
		{"The Peruvian strongman accused Chile of spying on his navy.", "ACCUSED Tomas Vidal > Chile"},
		{"The port reopened after the Peruvian strongman agreed to lift the blockade.", "AGREED_TO Tomas Vidal"},
	} {
		x, err := ex.Extract(diplograph.Article{ID: "a:office", Title: "Spies", Date: "2030-05-03", Body: intro + c.body})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(summary(x), "|"); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.body, got, c.want)
		}
	}
}

// TestReportedWrongs: a statement that a party did a wrongful act accuses it, read from
// the tree: the speaker is the subject of the verb of saying, the accused the subject
// (or the agent) of what was said.
func TestReportedWrongs(t *testing.T) {
	checkRelations(t, []string{"ACCUSED"}, []struct{ body, want string }{
		{"Chilean and Peruvian officials said on Friday that Norway had shot down the drone.",
			"ACCUSED Chile > Norway|ACCUSED Peru > Norway"},
		{"Norway shelled the border post, Chile said.", "ACCUSED Chile > Norway"},
		{"Chile said it is highly likely that Norway shot down the drone.", "ACCUSED Chile > Norway"},
		{"Chile said the fishing fleet was attacked by Norway.", "ACCUSED Chile > Norway"},
		{"Chile said Norway was planning attacks on its ports.", "ACCUSED Chile > Norway"},
		{`Chile said Norway had "deliberately undermined" the talks.`, "ACCUSED Chile > Norway"},
		{"Chile held talks with the girl, who Peru said was kidnapped by Norway.", "ACCUSED Peru > Norway"},
		{"\"When the truce was signed in May, the rebels -- all of them -- kept it. It was violated by Norway,\" Chile said.", "ACCUSED Chile > Norway"},
		{"Peru's navy said that its forces were fighting in a new offensive in the south.", ""},
		{"Chile said Norway was fighting terrorism in the south.", ""},
		{"Chile said two Norwegian sailors died in the attacks.", ""},
		{"Chile said Norway remains in breach of the fishing treaty.", "ACCUSED Chile > Norway"},
		{"Chile said Norway sold arms to the rebels in violation of the embargo.", "ACCUSED Chile > Norway"},
		{"Chile said that if Norway has tested the missile, Norway is threatening the region.", ""},
		{"Chile said that, if you remember, Norway shelled the port in May.", "ACCUSED Chile > Norway"},
		// not accusations
		{"Chile said Norway did not shell the border post.", ""},
		{"Chile said Norway may have shelled the border post.", ""},
		{"Chile said Norway was soft on crime.", ""},
		{"Chile said Norway had bought new oil rigs.", ""},
		{"Chile's navy said its forces had seized the smugglers' boat.", ""},
	})
}

// TestHyphenDeals: a pair joined by a hyphen before the noun of an agreement are its
// parties, when the agreement was made and says what it is about.
func TestHyphenDeals(t *testing.T) {
	checkRelations(t, []string{"AGREED_TO"}, []struct{ body, want string }{
		{"Fishing resumed under the Chile-Peru fishing pact on Monday.", "AGREED_TO Chile|AGREED_TO Peru"},
		{"Fishing resumed under the Chile-Peru cease-fire deal on Monday.", "AGREED_TO Chile|AGREED_TO Peru"},
		{"Officials hope for a Chile-Peru fishing pact this year.", ""},
		{"Fishing resumed under the Chile-Peru deal on Monday.", ""},
	})
}

// TestHearsay: an agreement or meeting told as what a report or claim holds is not
// written as a fact.
func TestHearsay(t *testing.T) {
	checkRelations(t, []string{"AGREED_TO", "MET_WITH"}, []struct{ body, want string }{
		{"Markets rose on reports that Chile and Peru agreed to share the fishing grounds.", ""},
		{"Markets rose on reports of the Chile-Peru fishing pact.", ""},
		{"Chile and Peru agreed to share the fishing grounds.", "AGREED_TO Chile|AGREED_TO Peru"},
	})
}

// TestOfficeOfAnotherState: "the Peruvian military commander" is no commander of
// another state the article names.
func TestOfficeOfAnotherState(t *testing.T) {
	x, err := mustExtractor(t).Extract(diplograph.Article{ID: "a:cmd", Title: "Spies", Date: "2030-05-03",
		Body: "Chilean army commander Jorge Ruiz visited Lima on Monday.\n\nThe Peruvian military commander accused Chile of spying on the navy."})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(summary(x), "|")
	if strings.Contains(got, "Jorge Ruiz >") || !strings.Contains(got, "> Chile") {
		t.Errorf("got %q", got)
	}
}

// checkRelations extracts each case's body and compares its relations of the types
// with the case's want.
func checkRelations(t *testing.T, types []string, cases []struct{ body, want string }) {
	t.Helper()
	ex := mustExtractor(t)
	for _, c := range cases {
		if got := relationsOf(t, ex, c.body, types...); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.body, got, c.want)
		}
	}
}

// TestPartiesNamedBeforeANoun: an organisation named right before a noun of its kind is
// that organisation, a former title keeps the name after it, and news agencies go by
// their full names.
func TestPartiesNamedBeforeANoun(t *testing.T) {
	checkRelations(t, []string{"ACCUSED", "DENIED"}, []struct{ body, want string }{
		{"The Hamas militant group accused Peru of killing civilians.", "ACCUSED Hamas > Peru"},
		{"The official China Daily newspaper accused Chile of lying.", "ACCUSED China Daily > Chile"},
		{"A commentary published by the Xinhua News Agency accused Chile of lying.", "ACCUSED Xinhua > Chile"},
		{"Chile blamed ex-President Jorge Ruiz for the crisis.", "ACCUSED Chile > Jorge Ruiz"},
		{"Peru blamed then-Secretary of State Anna Berg for the crisis.", "ACCUSED Peru > Anna Berg"},
		{"Jorge Ruiz was on the State Department email chain, which had nothing to do with the talks.", ""},
	})
}

// TestHeadlineNamesAreNames: a name in a headline's capitals is a proper noun to the
// parser, so "U.S. and Mexico Agree" joins the two.
func TestHeadlineNamesAreNames(t *testing.T) {
	x, err := mustExtractor(t).Extract(diplograph.Article{ID: "a:head", Title: "U.S. and Mexico Agree to Preliminary Nafta Deal",
		Date: "2030-05-03", Body: "Markets rose on Monday."})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(summary(x), "|")
	if !strings.Contains(got, "AGREED_TO Mexico") || !strings.Contains(got, "AGREED_TO United States") {
		t.Errorf("no agreement of both states in the headline: %q", got)
	}
}

// TestReportNamedAgain: "the report" speaks for the author of the report named before.
func TestReportNamedAgain(t *testing.T) {
	checkRelations(t, []string{"ACCUSED"}, []struct{ body, want string }{
		{"Norway published a report on Monday. The report accused Peru of torture.", "ACCUSED Norway > Peru"},
		{"A report by Amnesty International was released on Monday. The report accused Peru of torture.", "ACCUSED Amnesty International > Peru"},
		{"The report accused Peru of torture.", ""},
	})
}

// relationsOf extracts an article of the body and returns its relations of the types,
// as summary gives them, joined by "|".
func relationsOf(t *testing.T, ex *Extractor, body string, types ...string) string {
	t.Helper()
	x, err := ex.Extract(diplograph.Article{ID: "a:rel", Title: "News", Date: "2030-05-03", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range summary(x) {
		for _, typ := range types {
			if strings.HasPrefix(s, typ+" ") {
				out = append(out, s)
			}
		}
	}
	return strings.Join(out, "|")
}

// TestPartiesNamedWithANoun: a party named in apposition to a noun acts whatever the noun
// ("businessman", "group"), and a participle's phrase or a floating "each" does not cut
// the verb from its subject.
func TestPartiesNamedWithANoun(t *testing.T) {
	checkRelations(t, []string{"ACCUSED"}, []struct{ body, want string }{
		{"Swedish businessman Tomas Lind accused Norway of jamming radio signals.", "ACCUSED Tomas Lind > Norway"},
		{"Amnesty International accused the militant group Hezbollah of torturing prisoners.", "ACCUSED Amnesty International > Hezbollah"},
		{"Anna Berg, opening the session in Oslo on Monday, accused Norway of jamming radio signals.", "ACCUSED Anna Berg > Norway"},
		{"Chile and Peru have each accused the other of jamming radio signals.", "ACCUSED Chile > Peru|ACCUSED Peru > Chile"},
		{"Chile and Peru have each laid the blame on the other for the breakdown of the truce.", "ACCUSED Chile > Peru|ACCUSED Peru > Chile"},
	})
}

// TestDenialsFromTheTree: denying verbs read from the tree, with the misreadings the
// parser gives such sentences mended.
func TestDenialsFromTheTree(t *testing.T) {
	checkRelations(t, []string{"DENIED", "MET_WITH", "ACCUSED"}, []struct{ body, want string }{
		{"The krona rallied after Norway and Sweden denied they were planning a sale.", "DENIED Norway|DENIED Sweden"},
		{"Opposition leader Tomas Lind has dismissed claims that his party took bribes.", "DENIED Tomas Lind"},
		{"Peru has repeatedly denied it had anything to do with the raid.", "DENIED Peru"},
		{"Peru denies ever using chemical weapons and says it destroyed its arsenal.", "DENIED Peru"},
		{"Anna Berg praised the envoy and denied she often met Tomas Lind to discuss the deal.", "DENIED Anna Berg"},
		{"Peru denied the accusations to reporters.", "DENIED Peru"},
		{"Peru denied the reports.", ""},
		{"Peru denied entry to the envoy.", ""},
		{"Opposition leader Tomas Lind dismissed a suggestion the vote was rigged.", "DENIED Tomas Lind"},
		{"Peru has denied a report claiming that it shelled the port.", "DENIED Peru"},
		{"The talks would have failed had Peru denied the charge.", ""},
		{"Peru said it had nothing to do with the attack on the port.", "DENIED Peru"},
		{"Peru said it may have nothing to do with the attack on the port.", ""},
		{"Peru said there was no truth in claims that it had armed the rebels.", "DENIED Peru"},
		{"There is no truth to reports that Chile armed the rebels, Peru said.", "DENIED Peru"},
		{"Peru said there was some truth to reports that Chile armed the rebels.", ""},
		{"Peru has denied claims that it broke the truce and accused Chile of shelling the port.", "ACCUSED Peru > Chile|DENIED Peru"},
	})
}

// TestWhoActs: the family of a party is not the party; a speaker vouching in passing for
// what another did is not who "he" is next.
func TestWhoActs(t *testing.T) {
	checkRelations(t, []string{"MET_WITH", "ACCUSED"}, []struct{ body, want string }{
		{"Anna Berg met the parents of Tomas Lind in Oslo.", ""},
		{"Jorge Ruiz, Tomas Lind says, was the only mediator. He accused Norway of jamming radio signals.", "ACCUSED Jorge Ruiz > Norway"},
	})
}

// TestTalksFromTheTree: talking, speaking, negotiating, discussing, hosting and visiting
// are read from the tree.
func TestTalksFromTheTree(t *testing.T) {
	checkRelations(t, []string{"MET_WITH"}, []struct{ body, want string }{
		{"Anna Berg spoke by phone with Minister Tomas Lind on Tuesday.", "MET_WITH Anna Berg > Tomas Lind"},
		{"Anna Berg and Minister Tomas Lind talked by phone.", "MET_WITH Anna Berg > Tomas Lind"},
		{"Anna Berg discussed the border with Minister Tomas Lind.", "MET_WITH Anna Berg > Tomas Lind"},
		{"Chile and Peru discussed the border.", "MET_WITH Chile > Peru"},
		{"Chile said the talks went well after speaking with Peru.", "MET_WITH Chile > Peru"},
		{"Speaking to reporters in Oslo, Anna Berg praised Minister Tomas Lind.", ""},
		{"Anna Berg and Minister Tomas Lind spoke at the rally.", ""},
		{"Anna Berg will speak with Minister Tomas Lind on Tuesday.", ""},
		{"Peru hosted President Anna Berg of Chile in May.", "MET_WITH Peru > Anna Berg"},
		{"Peru was to host President Anna Berg of Chile in May.", ""},
		{"Peru received a letter from Chile.", ""},
		{"Peru welcomed the decision by Chile.", ""},
		{"Anna Berg visited Chile in May.", ""},
		{"Anna Berg and Minister Tomas Lind visited a paper factory in Oslo.", "MET_WITH Anna Berg > Tomas Lind"},
	})
}

// TestOfficerByRank: "the Chilean military commander" is the one Chilean officer the
// article names, whatever his rank.
func TestOfficerByRank(t *testing.T) {
	x, err := mustExtractor(t).Extract(diplograph.Article{ID: "a:rank", Title: "Spies", Date: "2030-05-03",
		Body: "Chilean general Jorge Ruiz visited Lima on Monday.\n\nThe Chilean military commander accused Peru of spying on the navy."})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(summary(x), "|"); !strings.Contains(got, "ACCUSED Jorge Ruiz > Peru") {
		t.Errorf("got %q", got)
	}
}

// TestSaidNoWrong: a statement that a wrongful act did not happen at all denies it; a
// comparison does not.
func TestSaidNoWrong(t *testing.T) {
	checkRelations(t, []string{"DENIED"}, []struct{ body, want string }{
		{"Peru said no civilians were killed in the raid.", "DENIED Peru"},
		{"Peru issued a statement saying that no convoys were targeted.", "DENIED Peru"},
		{"Peru said no state has attacked its neighbours more often than Chile.", ""},
	})
}

// TestTheyAfterAStatesPeople: "they" after a verb of saying whose subject is a state's
// officials is that state.
func TestTheyAfterAStatesPeople(t *testing.T) {
	checkRelations(t, []string{"ACCUSED"}, []struct{ body, want string }{
		{"Chilean officials have said they believe the reporter was shot on the orders of Peru.", "ACCUSED Chile > Peru"},
		{"Chilean officials said they think Peru ordered the bombing of the port.", "ACCUSED Chile > Peru"},
	})
}

// TestGroupsOfStates: "Arab nations", "Western powers" and "Gulf states" are parties.
func TestGroupsOfStates(t *testing.T) {
	checkRelations(t, []string{"ACCUSED"}, []struct{ body, want string }{
		{"Chile accused Arab nations of financing the rebels.", "ACCUSED Chile > Arab states"},
		{"Peru accused Western powers of meddling in the vote.", "ACCUSED Peru > Western powers"},
	})
}

// TestLawmakersOfAParty: "Democratic lawmakers", "House Republicans" act for their party.
func TestLawmakersOfAParty(t *testing.T) {
	checkRelations(t, []string{"ACCUSED"}, []struct{ body, want string }{
		{"Democratic lawmakers accused Chile of hiding the records.", "ACCUSED Democratic Party > Chile"},
		{"Chile was accused by Republican lawmakers of hiding the records.", "ACCUSED Republican Party > Chile"},
	})
}
