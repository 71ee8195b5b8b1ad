package relations

import "testing"

// TestAccusedPatterns covers accusations made through participles, reciprocals,
// predicates, relative clauses and nouns.
func TestAccusedPatterns(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"participle them", "Chile expelled 12 members of the Peruvian navy, accusing them of spying.",
			[]string{"ACCUSED c:CHL>o:1 [spying]"}},
		{"each other", "Chile and Peru accused each other of violating the truce.",
			[]string{"ACCUSED c:CHL>c:PER [violating the truce]", "ACCUSED c:PER>c:CHL [violating the truce]"}},
		{"each other negated", "Chile and Peru did not accuse each other of violating the truce.", nil},
		{"to blame for", "Chile said Peru was to blame for the bombing of the port.",
			[]string{"ACCUSED c:CHL>c:PER [the bombing of the port]"}},
		{"to blame modal", "Chile said Peru might be to blame for the bombing.", nil},
		{"blame in relative clause", "The raids, which Chile blames on Peru, destroyed two bridges.",
			[]string{"ACCUSED c:CHL>c:PER [The raids]"}},
		{"titled coordinated subjects", "Interior Minister Anna Berg and presidential adviser Tomas Lind blamed Peru and its navy for the attacks.",
			[]string{"ACCUSED p:1>c:PER [the attacks]", "ACCUSED p:2>c:PER [the attacks]"}},
		{"suggestion by", "Peru denied a suggestion by Chile that Peruvian agents were involved in the bombing.",
			[]string{"ACCUSED c:CHL>c:PER [Peruvian agents were involved in the bombing]", "DENIED c:PER [Peruvian agents were involved in the bombing]"}},
		{"participle of a participle", "After cancelling the border talks last week, blaming Peru's \"open hostility\", Chile recalled its envoy on Friday.",
			[]string{"ACCUSED c:CHL>c:PER [Peru's \"open hostility]"}},
		{"subject with a long participle", "Chile and Norway, meeting in a closed-door regional security briefing on Thursday, condemned Peru's missile tests as violating the treaty.",
			[]string{"ACCUSED c:CHL>c:PER [Peru's missile tests as violating the treaty]", "ACCUSED c:NOR>c:PER [Peru's missile tests as violating the treaty]"}},
		{"a state's craft did wrong", "Chile said Peruvian jets violated its airspace on Tuesday.",
			[]string{"ACCUSED c:CHL>c:PER [violated its airspace on Tuesday]"}},
		{"a wrongful act going on", "Chile said Peru was interfering in its internal affairs.",
			[]string{"ACCUSED c:CHL>c:PER [was interfering in its internal affairs]"}},
		{"planning a wrongful act", "Chile said Peru was planning attacks on its border posts.",
			[]string{"ACCUSED c:CHL>c:PER [was planning attacks on its border posts]"}},
		{"going on with a wrongful act", "Chile said Peru continues to violate the fishing treaty.",
			[]string{"ACCUSED c:CHL>c:PER [continues to violate the fishing treaty]"}},
		{"planning no wrong", "Chile said Peru was planning talks on the border.", nil},
		{"claims of the accuser with a pronoun", "Peru has denied Chile's claims that it sponsors armed groups.",
			[]string{"ACCUSED c:CHL>c:PER [it sponsors armed groups]", "DENIED c:PER [it sponsors armed groups]"}},
		{"the regime named before", "The Peruvian regime moved troops north. \"The truce was violated by the regime,\" Anna Berg said.",
			[]string{"ACCUSED p:1>c:PER [The truce was violated by the regime]"}},
		{"the regime named nowhere", "\"The truce was violated by the regime,\" Anna Berg said.", nil},
		{"warrant of a second verb", "Chile recalled its envoy and issued an arrest warrant for Tomas Lind on charges of espionage.",
			[]string{"ACCUSED c:CHL>p:2 [charges of espionage]"}},
		{"the accused's affiliation", "Anna Berg accused Tomas Lind, of the Evening Courier newspaper, of spying on her family.",
			[]string{"ACCUSED p:1>p:2 [spying on her family]"}},
		{"allegations by pronoun", "Peru denied allegations by Chile that it had moved troops to the border.",
			[]string{"ACCUSED c:CHL>c:PER [it had moved troops to the border]", "DENIED c:PER [it had moved troops to the border]"}},
		{"reports alleging", "Peru rejected Chilean media reports alleging Peru's role in the attack.",
			[]string{"ACCUSED c:CHL>c:PER [Peru's role in the attack]", "DENIED c:PER [Chilean media reports alleging Peru's role in the attack]"}},
		{"statement called an accusation", "Peru breached the truce near the border, the Chilean army said, but Peru denied the accusation.",
			[]string{"ACCUSED c:CHL>c:PER [breached the truce near the border]", "DENIED c:PER [breached the truce near the border]"}},
		{"reported then denied this", "Anna Berg said Peru had shelled the border posts. Tomas Lind denied this.",
			[]string{"ACCUSED p:1>c:PER [had shelled the border posts]", "DENIED p:2 [had shelled the border posts]"}},
		{"reported wrongful act", "Anna Berg said Peru had shelled the border posts.",
			[]string{"ACCUSED p:1>c:PER [had shelled the border posts]"}},
		{"reported wrongful act after", "Peru violated the truce twice, Anna Berg said.",
			[]string{"ACCUSED p:1>c:PER [violated the truce twice]"}},
		{"reported wrongful act negated", "Anna Berg said Peru had not shelled the border posts.", nil},
		{"reported wrongful act modal", "Anna Berg said Peru may have shelled the border posts.", nil},
		{"reported neutral act", "Anna Berg said Peru had visited the border posts.", nil},
	})
}

// TestDeniedPatterns covers denials whose object refers back to an accusation or is
// shifted after a predicate.
func TestDeniedPatterns(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"termed baseless", "Chile accused Peru of jamming radio signals. Peru termed the allegations baseless.",
			[]string{"ACCUSED c:CHL>c:PER [jamming radio signals]", "DENIED c:PER [jamming radio signals]"}},
		{"termed without accusation", "Peru termed the allegations baseless.", nil},
		{"denied this resolves", "Chile accused Peru of jamming radio signals. Tomas Lind denied this.",
			[]string{"ACCUSED c:CHL>c:PER [jamming radio signals]", "DENIED p:2 [jamming radio signals]"}},
		{"dismissed as false a report", "Peru dismissed as \"incorrect\" a report that it had reached a deal with Chile.",
			[]string{"DENIED c:PER [it had reached a deal with Chile]"}},
		{"quoted denial verb", "A spokesman for the rebels said the group \"denies\" any deal with Peru.",
			[]string{"DENIED o:1 [any deal with Peru]"}},
		{"purpose cut", "Peru dismissed as \"incorrect\" a report that it had reached a deal for a truce with Chile to end the long border dispute.",
			[]string{"DENIED c:PER [it had reached a deal for a truce with Chile]"}},
		{"denied content not agreed", "Peru denied that it had signed a fishing accord with Chile.",
			[]string{"DENIED c:PER [it had signed a fishing accord with Chile]"}},
		{"a charge it denies", "Chile says Peru has violated the fishing treaty by sending trawlers - a charge it denies.",
			[]string{"ACCUSED c:CHL>c:PER [has violated the fishing treaty by sending trawlers]", "DENIED c:PER [Peru has violated the fishing treaty by sending trawlers]"}},
	})
}

// TestAgreedPatterns covers agreements with group subjects, agents and appositions.
func TestAgreedPatterns(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"accepted an invitation", "Anna Berg surprised many by accepting an invitation to visit Lima in May.",
			[]string{"AGREED_TO p:1 [an invitation to visit Lima in May]"}},
		{"an invitation declined", "Anna Berg declined an invitation to visit Lima.", nil},
		{"the pair", "Anna Berg met Tomas Lind in Oslo and the pair signed a fishing accord.",
			[]string{"AGREED_TO p:1 [a fishing accord]", "AGREED_TO p:2 [a fishing accord]", "MET_WITH p:1>p:2"}},
		{"agreement to", "Peru's agreement to reopen the border crossing was welcomed in Lima.",
			[]string{"AGREED_TO c:PER [reopen the border crossing]"}},
		{"they after meeting", "Anna Berg met Tomas Lind in Oslo on Monday. They agreed to resume the fishery talks.",
			[]string{"AGREED_TO p:1 [resume the fishery talks]", "AGREED_TO p:2 [resume the fishery talks]", "MET_WITH p:1>p:2"}},
		{"the leaders", "Anna Berg and Tomas Lind spoke by phone. The leaders agreed to meet in Oslo.",
			[]string{"AGREED_TO p:1 [meet in Oslo]", "AGREED_TO p:2 [meet in Oslo]", "MET_WITH p:1>p:2"}},
		{"the leaders modal", "Anna Berg and Tomas Lind spoke by phone. The leaders may agree to meet in Oslo.",
			[]string{"MET_WITH p:1>p:2"}},
		{"the leaders asserted", "Anna Berg and Tomas Lind spoke by phone. Later the leaders agreed on a joint statement.",
			[]string{"AGREED_TO p:1 [a joint statement]", "AGREED_TO p:2 [a joint statement]", "MET_WITH p:1>p:2"}},
		{"they without meeting", "They agreed to resume the talks.", nil},
		{"passive by negotiators", "The truce had been agreed last week by negotiators from Chile, Peru and Norway.",
			[]string{"AGREED_TO c:CHL [The truce]", "AGREED_TO c:NOR [The truce]", "AGREED_TO c:PER [The truce]"}},
		{"plan agreed by", "Chile and Peru met in June. Under the roadmap agreed by the two countries, the ministers would meet every month.",
			[]string{"AGREED_TO c:CHL [the roadmap the ministers would meet every month]", "AGREED_TO c:PER [the roadmap the ministers would meet every month]", "MET_WITH c:CHL>c:PER"}},
		{"counterpart apposition", "Anna Berg and her Peruvian counterpart, Tomas Lind, agreed to lift the tariffs.",
			[]string{"AGREED_TO p:1 [lift the tariffs]", "AGREED_TO p:2 [lift the tariffs]"}},
		{"during phone talks", "Anna Berg and Tomas Lind agreed to lift the tariffs during phone talks on Friday.",
			[]string{"AGREED_TO p:1 [lift the tariffs]", "AGREED_TO p:2 [lift the tariffs]", "MET_WITH p:1>p:2"}},
		{"signed after negotiations", "Chile and Peru signed a fishing accord after months of negotiations.",
			[]string{"AGREED_TO c:CHL [a fishing accord]", "AGREED_TO c:PER [a fishing accord]", "MET_WITH c:CHL>c:PER"}},
		{"refused after talks", "Chile refused to sign the fishing accord with Peru after two days of talks.", nil},
		{"agentless after call", "Anna Berg and Tomas Lind talked by phone. Agreement was reached to expand trade.",
			[]string{"AGREED_TO p:1 [expand trade]", "AGREED_TO p:2 [expand trade]", "MET_WITH p:1>p:2"}},
		{"relative reached", "Chile and Peru held talks. The consensus they reached last month covers fishing.",
			[]string{"AGREED_TO c:CHL [The consensus they reached last month covers fishing]", "AGREED_TO c:PER [The consensus they reached last month covers fishing]", "MET_WITH c:CHL>c:PER"}},
		{"joint plan", "Chile and Peru announced a plan to clear the minefields.",
			[]string{"AGREED_TO c:CHL [a plan to clear the minefields]", "AGREED_TO c:PER [a plan to clear the minefields]"}},
		{"one-party plan", "Chile announced a plan to clear the minefields.", nil},
		{"dismissed report of a deal", "Chile dismissed a report that it had reached a deal with Peru.",
			[]string{"DENIED c:CHL [it had reached a deal with Peru]"}},
	})
}

// TestMetPatterns covers meetings with an apposed counterpart and group subjects.
func TestMetPatterns(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"counterpart apposition", "Anna Berg met briefly with her Peruvian counterpart, Tomas Lind, the agency reported.",
			[]string{"MET_WITH p:1>p:2"}},
		{"possessor after comma", "Anna Berg met Tomas Lind, Chile's agency reported.",
			[]string{"MET_WITH p:1>p:2"}},
		{"the two nations place", "Chile and Peru signed a fishing accord. The two nations held talks in Oslo.",
			[]string{"AGREED_TO c:CHL [a fishing accord]", "AGREED_TO c:PER [a fishing accord]", "MET_WITH c:PER>c:CHL"}},
		{"denied meeting", "Chile denied that it had met Peru.", []string{"DENIED c:CHL [it had met Peru]"}},
	})
}
