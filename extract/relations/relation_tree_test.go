package relations

import (
	"testing"
)

func TestTreeAgreements(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"deal between", "The fishing accord between Chile and Peru took effect in May.",
			[]string{"AGREED_TO c:CHL [The fishing accord]", "AGREED_TO c:PER [The fishing accord]"}},
		{"an aim, not a deal", "Norway made efforts to reach a truce between Chile and Peru.", nil},
		{"accepted an offer", "Chile accepted an offer of talks from Peru.",
			[]string{"AGREED_TO c:CHL [an offer of talks]", "AGREED_TO c:PER [an offer of talks]"}},
		{"a deal with the other party", "Chile struck a fishing deal with Peru in March.",
			[]string{"AGREED_TO c:CHL [a fishing deal in March]", "AGREED_TO c:PER [a fishing deal in March]"}},
		{"signed by both", "The border treaty was signed by Chile and Peru on Monday.",
			[]string{"AGREED_TO c:CHL [The border treaty was signed]", "AGREED_TO c:PER [The border treaty was signed]"}},
		{"proposed is not made", "Chile praised the proposed accord between Peru and Bolivia.", nil},
		{"yet to ratify", "Peru has yet to ratify the border treaty.", nil},
		{"on the verge", "Chile and Peru were on the verge of signing a fishing accord.", nil},
		{"object control", "Norway persuaded Peru to agree to a truce.", []string{"AGREED_TO c:PER [a truce]"}},
		{"agreeing with a plan is no party", "Chile agreed with Peru's plan to cut tariffs.", nil},
		{"agreed not to", "Chile and Peru agreed not to raise tariffs.",
			[]string{"AGREED_TO c:CHL [not to raise tariffs]", "AGREED_TO c:PER [not to raise tariffs]"}},
		{"a concession after a condition", "It is unclear if the talks will last, though Chile and Peru agreed not to raise tariffs.",
			[]string{"AGREED_TO c:CHL [not to raise tariffs]", "AGREED_TO c:PER [not to raise tariffs]"}},
		{"did not agree", "Chile and Peru did not agree to raise tariffs.", nil},
		{"the speaker after a bare comma is no party", "In announcing that Chile had reached a fishing accord with Peru, Berg said the deal would help.",
			[]string{"AGREED_TO c:CHL [a fishing accord]", "AGREED_TO c:PER [a fishing accord]"}},
	})
}

func TestTreeMeetings(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"talks between", "The talks between Chile and Peru ended without a statement.", []string{"MET_WITH c:CHL>c:PER"}},
		{"held talks with", "Berg held talks with Lind in Lima.", []string{"MET_WITH p:1>p:2"}},
		{"meeting frames the clause", "After a meeting with Lind, Berg told reporters the border would reopen.", []string{"MET_WITH p:1>p:2"}},
		{"possessed meeting", "Berg's phone call with Lind lasted an hour.", []string{"MET_WITH p:1>p:2"}},
		{"upcoming is not held", "Berg praised the upcoming summit between Chile and Peru.", nil},
		{"no talks", "There were no talks between Chile and Peru.", nil},
		{"participle", "Diplomats from Chile meeting with Peru in Lima reported progress on Monday.", []string{"MET_WITH c:CHL>c:PER"}},
		{"a press conference is held", "Berg praised the border deal during a press conference with Lind in Lima.", []string{"MET_WITH p:1>p:2"}},
		{"a possible summit is not", "Berg spoke of a possible summit with Lind in Lima.", nil},
	})
}

func TestWrongfulNouns(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"called a wrong", "Chile called the Peruvian raid a violation of international law.",
			[]string{"ACCUSED c:CHL>c:PER [a violation of international law]"}},
		{"called a success", "Chile called the Peruvian plan a success.", nil},
		{"said responsible", "Chile said Peru was responsible for the attack on the border post.",
			[]string{"ACCUSED c:CHL>c:PER [the attack on the border post]"}},
		{"said not responsible", "Chile said Peru was not responsible for the attack.", nil},
		{"quoted words inside the claim", "Chile accused Peru of being a \u201chidden hand\u201d behind the riots.",
			[]string{"ACCUSED c:CHL>c:PER [being a \u201chidden hand\u201d behind the riots]"}},
		{"stand against", "Norway condemned Peruvian aggression in the south.",
			[]string{"ACCUSED c:NOR>c:PER [Peruvian aggression in the south]"}},
		{"no stand taken", "Norway was briefed about Peruvian interference.", nil},
		{"in the face of", "Anna Berg urged Chileans to remain steadfast in the face of Peruvian aggression.",
			[]string{"ACCUSED p:1>c:PER [Peruvian aggression]"}},
		{"in the wake of", "Anna Berg wrote a book in the wake of Peruvian aggression.", nil},
		{"a crackdown is a wrong", "Norway urged Chile to oppose the Peruvian crackdown on protesters.",
			[]string{"ACCUSED c:NOR>c:PER [the Peruvian crackdown on protesters]"}},
		{"faulted for a gerund with its own subject", "In a series of posts, Berg complained about the inquiry and faulted President Lind for not stopping Chilean attempts to meddle in the vote.",
			[]string{"ACCUSED p:1>p:2 [not stopping Chilean attempts to meddle in the vote]"}},
		{"an inquiry is no accusation", "Norway opened an inquiry into Peruvian interference.", nil},
	})
}

func TestTreeStatus(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"second verb shares the modal", "Chile should make a commitment and sign the fishing accord with Peru.", nil},
		{"second verb shares the future", "Chile will meet Peru in May and sign the fishing accord.", nil},
		{"second verb keeps its own negation", "Chile did not wait and signed the fishing accord with Peru.",
			[]string{"AGREED_TO c:CHL [the fishing accord]", "AGREED_TO c:PER [the fishing accord]"}},
		{"threatened to accuse", "Chile threatened to accuse Peru of spying.", nil},
		{"condition left out of the claim", "Chile accused Peru of spying on its navy, if the reports were true.",
			[]string{"ACCUSED c:CHL>c:PER [spying on its navy]"}},
		{"no longer", "Chile no longer accuses Peru of spying.", nil},
		{"subject with no", "No Chilean president has ever met Berg.", nil},
		{"called off", "The Chile-Peru talks were called off.", nil},
		{"modal", "Chile could accuse Peru of spying.", nil},
		{"still to come", "There will be no peace until Peru agrees to lift the blockade.", nil},
		{"a deal in the mood of its verb", "Nothing can stop an accord that Chile agrees to.", nil},
		{"come to pass", "The siege went on until Peru agreed to lift the blockade.", []string{"AGREED_TO c:PER [lift the blockade]"}},
		{"rejecting keeps the accusation", "Peru rejected Chile's accusation that it funded the protests.",
			[]string{"ACCUSED c:CHL>c:PER [it funded the protests]", "DENIED c:PER [it funded the protests]"}},
	})
}

func TestTreeDenials(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"denial that", "Officials repeated Peru's denial that it jammed radio signals.",
			[]string{"DENIED c:PER [it jammed radio signals]"}},
		{"said it did not", "Peru said it did not shell the border villages.",
			[]string{"DENIED c:PER [it did not shell the border villages]"}},
		{"a stance, not a denial", "Peru said it would not attack the border villages.", nil},
		{"nothing wrongful", "Peru said the talks did not end.", nil},
		{"answering what it was accused of", "Chile accused Peru of hiding the ballots. Peru said it had not hidden any ballots.",
			[]string{"ACCUSED c:CHL>c:PER [hiding the ballots]", "DENIED c:PER [it had not hidden any ballots]"}},
		{"not what it was accused of", "Chile accused Peru of hiding the ballots. Peru said it had not seen the new proposal.",
			[]string{"ACCUSED c:CHL>c:PER [hiding the ballots]"}},
	})
}
