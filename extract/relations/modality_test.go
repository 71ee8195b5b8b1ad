package relations

import "testing"

func TestModality(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"due to", "Berg and Lind are due to hold talks in Oslo.", nil},
		{"set to", "Chile is set to sign the pact with Peru.", nil},
		{"plans to", "Chile plans to sign a trade deal with Peru.", nil},
		{"expected to", "Berg is expected to meet Lind on Friday.", nil},
		{"would", "Berg would meet Lind if the talks resumed.", nil},
		{"yet to", "Chile has yet to sign the accord with Peru.", nil},
		{"never", "Berg has never met Lind.", nil},
		{"no longer", "Chile no longer accuses Peru of spying.", nil},
		{"contraction", "Chile didn't sign the accord with Peru.", nil},
		{"question", "Did Berg meet Lind in Oslo?", nil},
		{"unless", "Unless Peru agrees to the terms, the border stays shut.", nil},
		{"ready to", "Peru is ready to sign a ceasefire deal with Chile.", nil},
		{"talks next week", "Talks between Chile and Peru are scheduled for next week.", nil},
		{"cancelled quoted", "Berg said he had cancelled the \"long-awaited\" meeting with Lind.", nil},
		{"upcoming meeting", "Berg's upcoming meeting with Lind was announced.", nil},
		{"managed to", "Chile managed to sign a ceasefire deal with Peru.",
			[]string{"AGREED_TO c:CHL [a ceasefire deal]", "AGREED_TO c:PER [a ceasefire deal]"}},
		{"adverb", "Chile finally signed a ceasefire deal with Peru.",
			[]string{"AGREED_TO c:CHL [a ceasefire deal]", "AGREED_TO c:PER [a ceasefire deal]"}},
		{"past with time", "Berg met Lind last week in Oslo.", []string{"MET_WITH p:1>p:2"}},
	})
}
