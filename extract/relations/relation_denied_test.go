package relations

import "testing"

func TestDenied(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"denied gerund", "Peru denied funding the protests.", []string{"DENIED c:PER [funding the protests]"}},
		{"was denied", "Peru was denied access to the port.", nil},
		{"said the accusation false", "Chile accused Peru of jamming radio signals. Peru said the accusation was false.",
			[]string{"ACCUSED c:CHL>c:PER [jamming radio signals]", "DENIED c:PER>c:PER [jamming radio signals]"}},
		{"said claims that absurd", "Peru said claims that it had jammed radio signals were absurd.",
			[]string{"DENIED c:PER [it had jammed radio signals]"}},
		{"said reports of lies", "Peru said reports of abuses in its prisons were lies.",
			[]string{"DENIED c:PER [abuses in its prisons]"}},
		{"denied someone something", "Peru denied Chilean diplomats entry to the port.", nil},
		{"denying access", "Peru is denying Chilean boats access to the port, Anna Berg said.", nil},
		{"being denied", "Peru's envoys were irritated at being denied the chairmanship.", nil},
		{"denied that", "Peru has denied that its troops crossed the border.",
			[]string{"DENIED c:PER [its troops crossed the border]"}},
		{"rejected accusation that", "Peru rejected the accusation that it had funded the protests.",
			[]string{"DENIED c:PER [it had funded the protests]"}},
		{"dismissed claims", "Peru dismissed claims that its navy entered Chilean waters.",
			[]string{"DENIED c:PER [its navy entered Chilean waters]"}},
		{"nothing to do with", "Peru said it had nothing to do with the cyber attack.",
			[]string{"DENIED c:PER [the cyber attack]"}},
		{"not behind", "Peru said it was not behind the cyber attack.",
			[]string{"DENIED c:PER [the cyber attack]"}},
		{"refuted", "Tomas Lind refuted reports of a secret deal.", []string{"DENIED p:2 [a secret deal]"}},
		{"answers accusation", "Chile accused Peru of jamming radio signals. Peru denied the accusations.",
			[]string{"ACCUSED c:CHL>c:PER [jamming radio signals]", "DENIED c:PER [jamming radio signals]"}},
		{"pronoun", "Lind was asked about the payments. He denied any wrongdoing.",
			[]string{"DENIED p:2 [any wrongdoing]"}},

		{"not linked", "Lind arrived late. He says he is not linked to the smuggling ring.",
			[]string{"DENIED p:2 [linked to the smuggling ring]"}},
		{"rejected finding", "Peru rejected the panel's conclusion that its navy fired first.",
			[]string{"DENIED c:PER [the panel's conclusion that its navy fired first]"}},
		{"claim ends at attribution", "Peru denied sending troops, the ministry said on Friday.",
			[]string{"DENIED c:PER [sending troops]"}},
		{"participle after claim", "Peru denied arming the rebels, calling the charge absurd.",
			[]string{"DENIED c:PER [arming the rebels]"}},
		{"second predicate", "Peru denied any role in the attack and called for an inquiry.",
			[]string{"DENIED c:PER [any role in the attack]"}},
		{"accusation and said", "Chile accused Peru of spying. Peru rejected the accusation and said its ships were fishing.",
			[]string{"ACCUSED c:CHL>c:PER [spying]", "DENIED c:PER [spying]"}},
		{"allegations against", "Lind denies all allegations against him.", []string{"DENIED p:2 [all allegations against him]"}},
		{"did not deny", "Peru did not deny the report.", nil},
		{"bare reports", "Peru denied the reports.", nil},
		{"rejected proposal", "Peru rejected the proposal.", nil},
		{"deflected", "Lind deflected a question about the payments.", nil},
	})
}

func TestDeniedThis(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"disputes this", "The border runs along the river, although Peru disputes this.",
			[]string{"DENIED c:PER [The border runs along the river]"}},
		{"denies it", "Chile moved troops to the frontier in March. Peru denies it.",
			[]string{"DENIED c:PER [Chile moved troops to the frontier in March]"}},
		{"disputed result", "Peru disputed the result of the vote.", nil},
	})
}

func TestDenierOwnChargeIsNotWhatItRejects(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"rejected and charged back", "Peru said Chilean boats had blocked the ferry. Chile rejected the accusation and said the Peruvian ferry had entered its waters illegally.",
			[]string{"ACCUSED c:CHL>c:PER [had entered its waters illegally]", "ACCUSED c:PER>c:CHL [had blocked the ferry]", "DENIED c:CHL [had blocked the ferry]"}},
	})
}
