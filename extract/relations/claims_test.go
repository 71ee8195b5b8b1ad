package relations

import "testing"

func TestClaimBoundaries(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"second clause with its own subject", "Chile and Peru signed a fishing accord and the two countries reopened their embassies.",
			[]string{"AGREED_TO c:CHL [a fishing accord]", "AGREED_TO c:PER [a fishing accord]"}},
		{"leading day", "Chile and Peru agreed Tuesday to reopen the border crossing.",
			[]string{"AGREED_TO c:CHL [reopen the border crossing]", "AGREED_TO c:PER [reopen the border crossing]"}},
		{"trailing time ago", "Chile and Peru signed a water treaty three months ago.",
			[]string{"AGREED_TO c:CHL [a water treaty]", "AGREED_TO c:PER [a water treaty]"}},
		{"coordinated objects stay", "Chile and Peru agreed to open the border and the ports.",
			[]string{"AGREED_TO c:CHL [open the border and the ports]", "AGREED_TO c:PER [open the border and the ports]"}},
		{"main clause after a subordinate one", "When Chile signed the fishing accord in May, it lifted the ban on Peruvian boats.",
			[]string{"AGREED_TO c:CHL [the fishing accord in May]"}},
		{"a remark on the noun", "Chile accepted the Peruvian offer, which was criticised by others as too little.",
			[]string{"AGREED_TO c:CHL [the Peruvian offer]"}},
		{"a second reported clause", "Chile said Peru had violated the truce and that its navy had seized two boats.",
			[]string{"ACCUSED c:CHL>c:PER [had violated the truce]"}},
		{"a second predicate after an adverb", "Chile and Peru agreed to begin talks on the border and also said they planned to reopen consulates.",
			[]string{"AGREED_TO c:CHL [begin talks on the border]", "AGREED_TO c:PER [begin talks on the border]"}},
		{"a phrase set off by dashes", "Peru denied that the payment - part of a fishing accord - was a bribe.",
			[]string{"DENIED c:PER [the payment - part of a fishing accord - was a bribe]"}},
		{"one sentence of a longer quotation", "The minister said: \"Peru denied any part in it. We do not believe that.\"",
			[]string{"DENIED c:PER [any part in it]"}},
	})
}
