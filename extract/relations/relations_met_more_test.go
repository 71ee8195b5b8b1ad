package relations

import (
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/parse"
)

// TestMetWithMore covers meetings named by nouns, hosts, handshakes, calls and
// participles, with their negated and planned variants.
func TestMetWithMore(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"the meeting between", "The meeting between Berg and Lind lasted three hours.", []string{"MET_WITH p:1>p:2"}},
		{"talks in place between", "Talks in Oslo between Chile and Peru ended on Friday.", []string{"MET_WITH c:CHL>c:PER"}},
		{"possessive talks", "Chile's talks with Peru lasted two days.", []string{"MET_WITH c:CHL>c:PER"}},
		{"joint possessive summit", "Berg and Lind's summit produced a joint statement.", []string{"MET_WITH p:1>p:2"}},
		{"sat down with", "Berg sat down with Lind on Monday.", []string{"MET_WITH p:1>p:2"}},
		{"received", "Berg received Lind at the palace.", []string{"MET_WITH p:1>p:2"}},
		{"welcomed to", "Berg welcomed Lind to Stockholm on Monday.", []string{"MET_WITH p:1>p:2"}},
		{"shook hands", "Berg shook hands with Lind before the cameras.", []string{"MET_WITH p:1>p:2"}},
		{"phone call with", "In a phone call with Lind, Berg urged restraint.", []string{"MET_WITH p:1>p:2"}},
		{"coordinated spoke", "Berg and Lind spoke on Tuesday about the border.", []string{"MET_WITH p:1>p:2"}},
		{"after meeting with", "After meeting with Lind, Berg flew home.", []string{"MET_WITH p:1>p:2"}},
		{"talks between ended", "The talks between Chile and Peru ended in Oslo.", []string{"MET_WITH c:CHL>c:PER"}},
		{"two ended talks", "Chile and Peru argued for years. The two ended their latest round of talks on Friday.", []string{"MET_WITH c:CHL>c:PER"}},
		{"pronoun coordination", "Berg flew to Oslo. She and Lind met on Friday.", []string{"MET_WITH p:1>p:2"}},
		{"held a meeting with", "Berg held a meeting with Lind in Oslo.", []string{"MET_WITH p:1>p:2"}},
		{"speaking directly to", "Berg pressed Chile, while speaking directly to Lind.", []string{"MET_WITH p:1>p:2"}},
		{"met separately", "Berg met separately with Lind.", []string{"MET_WITH p:1>p:2"}},
		{"negotiated with", "Chile negotiated with Peru for three days.", []string{"MET_WITH c:CHL>c:PER"}},

		{"met with and possessive", "Berg met with Lind and Peru's foreign minister.", []string{"MET_WITH p:1>c:PER", "MET_WITH p:1>p:2"}},
		{"met possessive demand", "Berg met Lind's demands.", nil},
		{"met possessive list", "Berg met with Lind and Peru's trade unions.", []string{"MET_WITH p:1>p:2"}},
		{"discussed with", "Berg discussed the crisis with Lind on Monday.", []string{"MET_WITH p:1>p:2"}},
		{"coordinated discussed", "Berg and Lind discussed the crisis.", []string{"MET_WITH p:1>p:2"}},
		{"discussed with reporters", "Berg discussed the crisis with reporters.", nil},
		{"discussed alone", "Berg discussed the crisis in a speech.", nil},
		{"plans to discuss", "Berg plans to discuss the crisis with Lind.", nil},
		{"did not discuss", "Berg did not discuss the crisis with Lind.", nil},
		{"apposition office", "Berg met Lind, the Peruvian president, in Oslo.", []string{"MET_WITH p:1>p:2"}},
		{"list after a person", "Berg met with Lind, Peru and Norway on Monday.", []string{"MET_WITH p:1>c:NOR", "MET_WITH p:1>c:PER", "MET_WITH p:1>p:2"}},
		{"possessive talks in place", "Berg's talks in Oslo with Lind ended on Friday.", []string{"MET_WITH p:1>p:2"}},
		{"received by", "Berg was received by Lind in Lima.", []string{"MET_WITH p:1>p:2"}},
		{"hosted by", "Lind was hosted by Berg.", []string{"MET_WITH p:2>p:1"}},
		{"verb in a phone call", "Berg congratulated Lind in a phone call on Monday.", []string{"MET_WITH p:1>p:2"}},
		{"verb by telephone", "Berg assured Lind by telephone that aid would come.", []string{"MET_WITH p:1>p:2"}},
		{"verb in a call with another", "Berg praised Lind in a phone call with Norway.", []string{"MET_WITH p:1>c:NOR"}},
		{"verb without call", "Berg congratulated Lind on Monday.", nil},
		{"verb in a call negated", "Berg did not thank Lind in the phone call.", nil},
		{"verb in a call future", "Berg will urge Lind in a phone call to act.", nil},
		{"delegation from", "Berg met a delegation from Peru on Monday.", []string{"MET_WITH p:1>c:PER"}},
		{"officials of", "Berg received senior officials of Chile and Peru.", []string{"MET_WITH p:1>c:CHL", "MET_WITH p:1>c:PER"}},
		{"delegation from negated", "Berg refused to meet a delegation from Peru.", nil},
		{"met in a country", "Berg met reporters in Peru.", nil},
		{"sat down negated", "Berg never sat down with Lind.", nil},
		{"shook hands negated", "Berg refused to shake hands with Lind.", nil},
		{"received future", "Berg will receive Lind next month.", nil},
		{"meeting between cancelled", "The meeting between Berg and Lind was cancelled.", nil},
		{"meeting between planned", "A meeting between Berg and Lind is planned for May.", nil},
		{"possessive talks future", "Chile's talks with Peru will start next week.", nil},
		{"spoke negated", "Berg and Lind have not spoken since March.", nil},
		{"phone call planned", "Berg plans a phone call with Lind.", nil},
		{"welcomed news", "Berg welcomed the decision by Lind.", nil},
		{"received a letter", "Berg received a letter from Lind.", nil},
		{"hosted a dinner for", "Berg hosted a dinner for Lind in Oslo.", []string{"MET_WITH p:1>p:2"}},
		{"received a call from", "Berg received a phone call from Lind on Sunday.", []string{"MET_WITH p:1>p:2"}},
		{"greeted", "Berg greeted Lind at the airport.", []string{"MET_WITH p:1>p:2"}},
		{"greeted news", "Berg greeted the news from Lind with relief.", nil},
		{"coordinated shook hands", "Berg and Lind shook hands in Oslo.", []string{"MET_WITH p:1>p:2"}},
		{"shook hands with crowd", "Berg shook hands with supporters.", nil},
		{"sat down future", "Berg is expected to sit down with Lind next week.", nil},
		{"spoke at the same event", "Berg and Lind spoke at the conference.", nil},
		{"spoke of", "Berg and Lind spoke of progress.", nil},
		{"hosted an envoy from", "Chile hosted an official from the rebels in Santiago.", []string{"MET_WITH c:CHL>o:1"}},
		{"negotiate modal", "Chile would negotiate with Peru.", nil},
		{"refused to speak", "Chile has refused to speak to Peru.", nil},
		{"speaking to reporters", "Speaking to reporters in Oslo, Berg praised Lind.", nil},
		{"pronoun coordination negated", "Berg flew to Oslo. She and Lind did not meet.", nil},
		{"he and title met with", "Berg said he and the president met with the rebels on Friday.", []string{"MET_WITH p:1>o:1"}},
		{"the two future", "Chile and Peru argued for years. The two will hold talks on Friday.", nil},
	})
}

// TestAgreedMore covers agreements signed, joined and approved by parties.
func TestAgreedMore(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"coordinated signed", "Chile and Peru signed a fishing accord in Lima.",
			[]string{"AGREED_TO c:CHL [a fishing accord in Lima]", "AGREED_TO c:PER [a fishing accord in Lima]"}},
		{"deal signed by", "The fishing accord signed by Chile and Peru took effect in May.",
			[]string{"AGREED_TO c:CHL [The fishing accord]", "AGREED_TO c:PER [The fishing accord]"}},
		{"sealed an agreement", "Berg and Lind sealed an agreement on fishing quotas.",
			[]string{"AGREED_TO p:1 [an agreement on fishing quotas]", "AGREED_TO p:2 [an agreement on fishing quotas]"}},
		{"reached a consensus", "Chile and Peru reached a consensus on border patrols.",
			[]string{"AGREED_TO c:CHL [a consensus on border patrols]", "AGREED_TO c:PER [a consensus on border patrols]"}},
		{"agreed with that", "Chile agreed with Peru that the border would stay open.",
			[]string{"AGREED_TO c:CHL [the border would stay open]", "AGREED_TO c:PER [the border would stay open]"}},
		{"joined the agreement", "Norway joined the fishing agreement last year.",
			[]string{"AGREED_TO c:NOR [the fishing agreement last year]"}},
		{"ratified", "Peru ratified the border treaty in March.",
			[]string{"AGREED_TO c:PER [the border treaty in March]"}},
		{"possessive deal with", "Chile's deal with Peru cut tariffs on copper.",
			[]string{"AGREED_TO c:CHL [deal with Peru cut tariffs on copper]", "AGREED_TO c:PER [deal with Peru cut tariffs on copper]"}},

		{"inked", "Chile and Peru inked a fishing pact.",
			[]string{"AGREED_TO c:CHL [a fishing pact]", "AGREED_TO c:PER [a fishing pact]"}},
		{"hammered out", "Chile and Peru hammered out a deal on copper.",
			[]string{"AGREED_TO c:CHL [out a deal on copper]", "AGREED_TO c:PER [out a deal on copper]"}},
		{"acceded", "Peru acceded to the border treaty.",
			[]string{"AGREED_TO c:PER [to the border treaty]"}},
		{"approved a plan", "Peru approved the plan.", nil},
		{"joined talks", "Norway joined the talks on Friday.", nil},
		{"reached an understanding", "Berg and Lind reached an understanding on the border.",
			[]string{"AGREED_TO p:1 [an understanding on the border]", "AGREED_TO p:2 [an understanding on the border]"}},
		{"reached a compromise negated", "Berg and Lind failed to reach a compromise.", nil},
		{"signed negated", "Chile and Peru did not sign the fishing accord.", nil},
		{"yet to ratify", "Peru has yet to ratify the border treaty.", nil},
		{"never ratified", "Peru never ratified the border treaty.", nil},
		{"refused to endorse", "Chile refused to endorse the fishing accord.", nil},
		{"joined negated", "Norway refused to join the fishing agreement.", nil},
		{"ratify modal", "Peru may ratify the border treaty.", nil},
		{"hopes to agree", "Chile hopes to agree a deal with Peru.", nil},
		{"consensus future", "Chile and Peru will reach a consensus soon.", nil},
		{"possessive deal future", "Chile's deal with Peru would cut tariffs.", nil},
		{"possessive deal proposed", "Chile's proposed deal with Peru cut tariffs.", nil},
		{"possessive deal denied", "Peru denied that Chile's deal with Norway cut tariffs.", []string{"DENIED c:PER [Chile's deal with Norway cut tariffs]"}},
	})
}

// TestMetWithAfterCondition checks that a condition does not reach across a comma into
// a clause of its own.
func TestMetWithAfterCondition(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"as clause after condition", "Chile warned that the deal would be void if Peru raised tariffs, as the two ended their talks in Oslo.",
			[]string{"MET_WITH c:CHL>c:PER"}},
		{"condition itself", "Chile warned that the deal would be void if Peru and Norway held talks.", nil},
	})
}

// TestMetWithHyphenPair covers a pair of parties joined by a hyphen before a meeting
// noun; the recognizer marks both parties on the one token.
func TestMetWithHyphenPair(t *testing.T) {
	cases := []relationCase{
		{"hyphen talks", "The Chile-Peru talks in Oslo ended on Friday.", []string{"MET_WITH c:CHL>c:PER"}},
		{"hyphen trade talks", "The latest Chile-Peru trade talks ended on Friday.", []string{"MET_WITH c:CHL>c:PER"}},
		{"hyphen planned", "The planned Chile-Peru talks were called off.", nil},
		{"hyphen future", "The Chile-Peru summit will open next week.", nil},
		{"hyphen not a meeting", "The Chile-Peru border was closed.", nil},
		{"hyphen format", "Berg backed cooperation in forums such as Chile-Peru meetings.", nil},
		{"hyphen chain", "The Chile-Peru-Norway talks ended on Friday.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := testDocument(t, "", c.text)
			for _, s := range doc.All() {
				for k, tok := range s.Tokens {
					if tok.Text == "Chile-Peru" || tok.Text == "Chile-Peru-Norway" {
						s.Mentions = append(s.Mentions,
							parse.Mention{Start: k, End: k + 1, Text: tok.Text, Entity: "c:CHL", Type: diplograph.TypeCountry, Place: false},
							parse.Mention{Start: k, End: k + 1, Text: tok.Text, Entity: "c:PER", Type: diplograph.TypeCountry, Place: false})
					}
					if tok.Text == "Chile-Peru-Norway" {
						s.Mentions = append(s.Mentions, parse.Mention{Start: k, End: k + 1, Text: tok.Text, Entity: "c:NOR", Type: diplograph.TypeCountry, Place: false})
					}
				}
			}
			got := relationStrings(doc)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, c.want)
			}
		})
	}
}

// TestMeetingEndedWithout checks that what a meeting ended without does not negate it.
func TestMeetingEndedWithout(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"ended without a deal", "Chile and Peru's talks ended without a deal.", []string{"MET_WITH c:CHL>c:PER"}},
		{"talks between without", "Talks between Chile and Peru ended without agreement.", []string{"MET_WITH c:CHL>c:PER"}},
		{"no talks still negated", "No talks between Chile and Peru took place without Norway.", nil},
	})
}

// TestDemonymOfficeCoordinated covers "the Chilean leader and B" as coordinated parties
// when the article names one Chilean holding that office.
func TestDemonymOfficeCoordinated(t *testing.T) {
	cases := []struct {
		name, text, title string
		want              []string
	}{
		{"leader", "A year ago, the Chilean leader and Lind sealed an agreement on fishing.", "Prime Minister",
			[]string{"AGREED_TO p:1 [an agreement on fishing]", "AGREED_TO p:2 [an agreement on fishing]"}},
		{"president", "The Chilean president and Lind met in Lima.", "President", []string{"MET_WITH p:1>p:2"}},
		// no Chilean the article names holds the office: the state acts through it
		{"office not held", "The Chilean president and Lind met in Lima.", "Foreign Minister", []string{"MET_WITH c:CHL>p:2"}},
		// "his Chilean counterpart": the one Chilean the article names in office
		{"counterpart in office", "Lind and his Chilean counterpart met in Lima.", "Foreign Minister", []string{"MET_WITH p:2>p:1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := testDocument(t, "", c.text)
			for i, e := range doc.Entities {
				if e.Type == diplograph.TypeCountry {
					// as the extractor gives them: the state's code
					doc.Entities[i].Code = strings.TrimPrefix(e.ID, "c:")
				}
			}
			doc.Entities = append(doc.Entities, diplograph.Entity{ID: "p:1", Type: diplograph.TypePerson, Name: "Anna Berg", Title: c.title, Country: "CHL"})
			got := relationStrings(doc)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, c.want)
			}
		})
	}
}

func TestObjectPronounInARelativeClause(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"who has met him", "Tomas Lind is well known to many officials, including Anna Berg who has met him twice.",
			[]string{"MET_WITH p:1>p:2"}},
	})
}
