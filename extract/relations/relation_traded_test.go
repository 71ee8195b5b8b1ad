package relations

import "testing"

func TestTradedAccusations(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"traded over", "Chile and Peru traded accusations over the sinking of a patrol boat.",
			[]string{"ACCUSED c:CHL>c:PER [the sinking of a patrol boat]", "ACCUSED c:PER>c:CHL [the sinking of a patrol boat]"}},
		{"exchanged blame for", "On Monday Chile and Peru exchanged blame for the collapse of the talks.",
			[]string{"ACCUSED c:CHL>c:PER [the collapse of the talks]", "ACCUSED c:PER>c:CHL [the collapse of the talks]"}},
		{"one party only", "Chile traded accusations over the boat.", nil},
		{"traded goods", "Chile and Peru traded copper for grain.", nil},
		{"did not trade", "Chile and Peru did not trade accusations over the boat.", nil},
		{"may trade", "Chile and Peru may trade accusations over the boat.", nil},
	})
}
