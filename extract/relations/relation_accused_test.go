package relations

import "testing"

func TestAccused(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"accused of", "Chile accused Peru of violating the maritime border.",
			[]string{"ACCUSED c:CHL>c:PER [violating the maritime border]"}},
		{"accused with time", "Chile accused Peru on Monday of moving troops to the frontier.",
			[]string{"ACCUSED c:CHL>c:PER [moving troops to the frontier]"}},
		{"passive by", "Peru was accused by Chile of moving troops to the frontier.",
			[]string{"ACCUSED c:CHL>c:PER [moving troops to the frontier]"}},
		{"passive agent last", "Peru has been accused of jamming radio signals by Chile.",
			[]string{"ACCUSED c:CHL>c:PER [jamming radio signals]"}},
		{"blamed for", "Berg blamed Peru for the collapse of the negotiations.",
			[]string{"ACCUSED p:1>c:PER [the collapse of the negotiations]"}},
		{"blamed on", "Berg blamed the collapse of the negotiations on Peru.",
			[]string{"ACCUSED p:1>c:PER [the collapse of the negotiations]"}},
		{"said behind", "Chile said Peru was behind the cyber attack on its banks.",
			[]string{"ACCUSED c:CHL>c:PER [the cyber attack on its banks]"}},
		{"alleged that", "Chile alleged that Peru had funded the protests.",
			[]string{"ACCUSED c:CHL>c:PER [Peru had funded the protests]"}},
		{"condemned for", "Norway condemned Peru for detaining the fishermen.",
			[]string{"ACCUSED c:NOR>c:PER [detaining the fishermen]"}},
		{"participle", "Chile closed its embassy, accusing Peru of spying on its diplomats.",
			[]string{"ACCUSED c:CHL>c:PER [spying on its diplomats]"}},
		{"pronoun subject", "Berg spoke at length. She accused Peru of stalling.",
			[]string{"ACCUSED p:1>c:PER [stalling]"}},
		{"attribution cut", "Chile accused Peru of arming the rebels, Berg told reporters.",
			[]string{"ACCUSED c:CHL>c:PER [arming the rebels]"}},
		{"coordinated targets", "Norway accused Chile and Peru of overfishing.",
			[]string{"ACCUSED c:NOR>c:CHL [overfishing]", "ACCUSED c:NOR>c:PER [overfishing]"}},
		{"quote attribution", "\"Peru is behind these attacks,\" Berg said.",
			[]string{"ACCUSED p:1>c:PER [these attacks]"}},

		{"put blame on", "Berg put the blame on Peru for the failed talks.",
			[]string{"ACCUSED p:1>c:PER [the failed talks]"}},
		{"singled out", "Norway singled out Peru for overfishing in the south.",
			[]string{"ACCUSED c:NOR>c:PER [overfishing in the south]"}},
		{"faulted", "Berg faulted Lind for ignoring the warnings.",
			[]string{"ACCUSED p:1>p:2 [ignoring the warnings]"}},
		{"object pronoun", "Lind spoke first. Berg then accused him of lying to parliament.",
			[]string{"ACCUSED p:1>p:2 [lying to parliament]"}},
		{"verb coordination", "Berg praised the navy and accused Peru of spying.",
			[]string{"ACCUSED p:1>c:PER [spying]"}},
		{"possessive accusation", "Lima heard Chile's accusation that Peru funded the protests.",
			[]string{"ACCUSED c:CHL>c:PER [Peru funded the protests]"}},
		{"accusations by", "Officials repeated the accusations by Chile that Peru jammed radio signals.",
			[]string{"ACCUSED c:CHL>c:PER [Peru jammed radio signals]"}},
		{"negated", "Chile did not accuse Peru of anything.", nil},
		{"modal", "Chile may accuse Peru of breaking the deal.", nil},
		{"criticism only", "Norway condemned Peru.", nil},
		{"no accuser", "Peru was accused of moving troops.", nil},
	})
}

func TestOfficeHolder(t *testing.T) {
	doc := testDocument(t, "", "Berg arrived in Lima on Monday. The foreign minister accused Peru of stalling.")
	for i := range doc.Entities {
		if doc.Entities[i].ID == "p:1" {
			doc.Entities[i].Title = "Foreign Minister"
		}
	}
	got := relationStrings(doc)
	want := []string{"ACCUSED p:1>c:PER [stalling]"}
	if len(got) != 1 || got[0] != want[0] {
		t.Errorf("got %q, want %q", got, want)
	}
	// a title no one holds resolves to no one
	doc = testDocument(t, "", "Berg arrived in Lima on Monday. The president accused Peru of stalling.")
	if got := relationStrings(doc); len(got) != 0 {
		t.Errorf("unresolved office: got %q, want nothing", got)
	}
}
