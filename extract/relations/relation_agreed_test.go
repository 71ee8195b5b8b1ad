package relations

import "testing"

func TestAgreed(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"coordinated", "Chile and Peru agreed to reopen the border crossing.",
			[]string{"AGREED_TO c:CHL [reopen the border crossing]", "AGREED_TO c:PER [reopen the border crossing]"}},
		{"reported speech", "Berg said Saturday that Chile and Peru had agreed to share intelligence.",
			[]string{"AGREED_TO c:CHL [share intelligence]", "AGREED_TO c:PER [share intelligence]"}},
		{"agreed with", "Chile agreed with Peru on a joint patrol of the coast.",
			[]string{"AGREED_TO c:CHL [a joint patrol of the coast]", "AGREED_TO c:PER [a joint patrol of the coast]"}},
		{"signed with", "Chile signed a trade pact with Peru.",
			[]string{"AGREED_TO c:CHL [a trade pact]", "AGREED_TO c:PER [a trade pact]"}},
		{"reached deal", "Chile and Peru reached a deal on fishing rights.",
			[]string{"AGREED_TO c:CHL [a deal on fishing rights]", "AGREED_TO c:PER [a deal on fishing rights]"}},
		{"accepted ceasefire", "On Sunday the rebels accepted a ceasefire.",
			[]string{"AGREED_TO o:1 [a ceasefire]"}},
		{"passive between", "The truce was signed between Chile and Peru.",
			[]string{"AGREED_TO c:CHL [The truce was signed]", "AGREED_TO c:PER [The truce was signed]"}},
		{"pronoun", "Lind flew to Lima. He agreed to release the prisoners.",
			[]string{"AGREED_TO p:2 [release the prisoners]"}},

		{"negotiated between", "In May, a truce negotiated between Chile and Peru collapsed.",
			[]string{"AGREED_TO c:CHL [a truce negotiated]", "AGREED_TO c:PER [a truce negotiated]"}},
		{"passive agent later", "The accord was clinched in 2031 by Chile and Peru.",
			[]string{"AGREED_TO c:CHL [The accord was clinched]", "AGREED_TO c:PER [The accord was clinched]"}},
		{"two sides reached", "Chile and Peru met in May. The two sides reached an agreement on water rights.",
			[]string{"AGREED_TO c:CHL [an agreement on water rights]", "AGREED_TO c:PER [an agreement on water rights]", "MET_WITH c:CHL>c:PER"}},
		{"claim ends at but", "Chile reached a deal with Peru but later backed out.",
			[]string{"AGREED_TO c:CHL [a deal]", "AGREED_TO c:PER [a deal]"}},
		{"relative clause", "Chile and Peru, which signed a truce in 2020, remain wary.",
			[]string{"AGREED_TO c:CHL [a truce in 2020]", "AGREED_TO c:PER [a truce in 2020]"}},
		{"opening phrase before the parties", "In October, Anna Berg and her Peruvian counterpart Tomas Lind agreed to open a joint office.",
			[]string{"AGREED_TO p:1 [open a joint office]", "AGREED_TO p:2 [open a joint office]"}},
		{"with an official named in apposition", "Anna Berg said she had agreed with the Peruvian finance minister Tomas Lind to push ahead with plans for a shared register of ships.",
			[]string{"AGREED_TO p:1 [push ahead with plans for a shared register of ships]", "AGREED_TO p:2 [push ahead with plans for a shared register of ships]"}},
		{"agreed with B in a year that C", "Anna Berg said she had agreed with Tomas Lind in 2031 that he would not run for the board again.",
			[]string{"AGREED_TO p:1 [he would not run for the board again]", "AGREED_TO p:2 [he would not run for the board again]"}},
		{"said without that, the name read as an object", "The ministry added Tomas Lind had also agreed to testify in the inquiry.",
			[]string{"AGREED_TO p:2 [testify in the inquiry]"}},
		{"refused to sign", "Peru refused to sign the treaty.", nil},
		{"infinitive", "Peru set a deadline for Chile to strike a deal.", nil},
		{"not an agreement", "The reform was made possible by Chile and Peru.", nil},
		{"signed a bill", "Berg signed the bill into law on Monday.", nil},
		{"agreed an opinion", "Chile agreed that the situation was serious.", nil},
		{"agreed an opinion without that", "Anna Berg agreed the situation was serious.", nil},
		{"a subject no one knows", "Tomas Lind, an analyst, said profits could double from the level he had forecast before Andimex agreed to buy the mine.", nil},
		{"keen to agree", "Anna Berg is keen to reach an agreement on the border before May.", nil},
		{"a company of the state", "The Chilean mining giant Cobre Norte has agreed to pay a fine.", nil},
		{"a named company of the state", "Chilean miner Cobre Norte has agreed to pay a fine.", nil},
		{"officials of the state", "Chilean officials have agreed to pay a fine.", []string{"AGREED_TO c:CHL [pay a fine]"}},
		{"agreed a text", "Chile agreed a new fishing accord on Monday.", []string{"AGREED_TO c:CHL [a new fishing accord on Monday]"}},
		{"agreed that jointly", "Chile and Peru agreed that the talks should continue.",
			[]string{"AGREED_TO c:CHL [the talks should continue]", "AGREED_TO c:PER [the talks should continue]"}},
		{"did not agree", "Chile did not agree to the terms.", nil},
		{"may sign", "Chile may sign the agreement.", nil},
		{"hopes to agree", "Chile hopes to agree on a deal with Peru.", nil},
		{"conditional", "If Peru agrees to the terms, Chile will lift the sanctions.", nil},
		{"will sign", "Chile and Peru will sign the accord next month.", nil},
		{"expected to", "Peru is expected to accept the ceasefire.", nil},
		{"proposal", "Chile proposed a ceasefire to Peru.", nil},
		{"opinion", "Lind agreed with the proposal.", nil},
	})
}

func TestAgreedThey(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"they after a pair", "Chile and Peru fought over the river for years. On Sunday they agreed to share it.",
			[]string{"AGREED_TO c:CHL [share it]", "AGREED_TO c:PER [share it]"}},
		{"they without a pair", "Officials worked through the night. Finally they agreed to share the river.", nil},
	})
}
