package relations

import "testing"

// TestNotRelations lists sentences that name parties and trigger words but state no
// relation.
func TestNotRelations(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"met reporters", "Berg met reporters outside the ministry.", nil},
		{"met a target", "Peru met its deficit target.", nil},
		{"denied entry", "Peru denied entry to the Chilean ship.", nil},
		{"denied a visa", "Chile denied Lind a visa.", nil},
		{"received a request", "Chile received Peru's request on Monday.", nil},
		{"welcomed a decision", "Chile welcomed the decision.", nil},
		{"charged a fee", "Peru charged a fee for the crossing.", nil},
		{"meeting without parties", "The meeting ended without agreement.", nil},
		{"accepted responsibility", "Peru accepted responsibility for the spill.", nil},
		{"agreed with a view", "Lind agreed with Berg's assessment.", nil},
		{"signed a decree", "Berg signed a decree on the budget.", nil},
		{"reported speech negated", "Berg said Chile and Peru had not agreed to anything.", nil},
		{"hypothetical report", "Berg said Chile would sign the accord with Peru.", nil},
		{"participle adjective", "Peru violated the agreed ceasefire.", nil},
		{"met demands", "Chile met Peru's demands.", nil},
		{"agreement denied", "Peru denied that it had agreed to the plan.", []string{"DENIED c:PER [it had agreed to the plan]"}},
		{"meeting denied", "Chile denied that Berg met Lind in Lima.", []string{"DENIED c:CHL [Berg met Lind in Lima]"}},
		{"signed as adjective", "Chile breached the signed accord with Peru.", nil},
	})
}
