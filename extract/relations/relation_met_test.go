package relations

import "testing"

func TestMetWith(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"called a response", "Anna Berg called Peru's response unacceptable.", nil},
		{"met where", "Anna Berg and Tomas Lind met at the Lima summit last month.", []string{"MET_WITH p:1>p:2"}},
		{"met others", "Anna Berg and Tomas Lind met with business leaders on Monday.", nil},
		{"visited together", "Anna Berg and Tomas Lind visited a paper factory in Oslo.", []string{"MET_WITH p:1>p:2"}},
		{"states visited", "Chile and Peru visited the fair in Oslo.", nil},
		{"hosted a titled guest", "Chilean President Anna Berg hosted Peruvian President Tomas Lind on Monday.", []string{"MET_WITH p:1>p:2"}},
		{"met a reception", "Berg's plan for Peru met a cool reception from Lind.", nil},
		{"met the demands", "Berg met the demands of Lind on Monday.", nil},
		{"met", "Anna Berg met Tomas Lind in Oslo on Tuesday.", []string{"MET_WITH p:1>p:2"}},
		{"met with", "Berg met with Lind for an hour.", []string{"MET_WITH p:1>p:2"}},
		{"coordinated met", "Berg and Lind met in Stockholm.", []string{"MET_WITH p:1>p:2"}},
		{"held talks with", "Berg held talks with Lind about fishing quotas.", []string{"MET_WITH p:1>p:2"}},
		{"coordinated held talks", "Chile and Peru held talks on the border.", []string{"MET_WITH c:CHL>c:PER"}},
		{"talks between", "Talks between Chile and Peru took place in Oslo.", []string{"MET_WITH c:CHL>c:PER"}},
		{"possessive meeting", "Berg's meeting with Lind lasted two hours.", []string{"MET_WITH p:1>p:2"}},
		{"phone call", "Berg told Lind in a phone call that the offer stood.", []string{"MET_WITH p:1>p:2"}},
		{"by phone", "Berg and Lind spoke by phone on Monday.", []string{"MET_WITH p:1>p:2"}},
		{"hosted", "Sweden hosted Lind for a two-day visit.", []string{"MET_WITH c:SWE>p:2"}},
		{"participle", "Before meeting Lind in Oslo, Berg said the issue was settled.", []string{"MET_WITH p:1>p:2"}},
		{"pronoun subject", "Berg arrived in Lima on Sunday. She met Lind the next morning.", []string{"MET_WITH p:1>p:2"}},
		{"relative clause", "Berg, who met Lind on Friday, flew home.", []string{"MET_WITH p:1>p:2"}},
		{"gerund read as noun", "After meeting Lind, Berg left for the airport.", []string{"MET_WITH p:1>p:2"}},
		{"called", "Berg called Lind on Sunday to discuss the crisis.", []string{"MET_WITH p:1>p:2"}},
		{"appeared alongside", "Standing alongside Lind in Oslo, Berg praised the accord.", []string{"MET_WITH p:1>p:2"}},
		{"press conference with", "At a joint press conference with Lind, Berg struck a softer tone.", []string{"MET_WITH p:1>p:2"}},
		{"two sides", "Chile and Peru have quarrelled for years. The two sides held talks on Monday.", []string{"MET_WITH c:CHL>c:PER"}},
		{"allies named in apposition", "Chile and major trade allies Peru, Norway and Sweden met recently in Lima to discuss fishing.",
			[]string{"MET_WITH c:CHL>c:NOR", "MET_WITH c:CHL>c:PER", "MET_WITH c:CHL>c:SWE", "MET_WITH c:NOR>c:SWE", "MET_WITH c:PER>c:NOR", "MET_WITH c:PER>c:SWE"}},
		{"quoted conversation", "Berg wrote on Friday: \"After my conversation with Lind, I am hopeful.\"", []string{"MET_WITH p:1>p:2"}},
		{"called naming", "Berg called Lind \"a partner\" in a speech.", nil},
		{"called for talks", "Berg called for talks with Lind.", nil},
		{"talks if", "The talks between Chile and Peru, if they go ahead, would focus on fishing.", nil},

		{"negated did not meet", "Berg did not meet Lind during the visit.", nil},
		{"negated no talks", "No talks are planned between Chile and Peru.", nil},
		{"negated refused", "Berg refused to meet Lind.", nil},
		{"negated cancelled", "Berg's meeting with Lind was cancelled.", nil},
		{"future will meet", "Berg will meet Lind next week.", nil},
		{"future present", "Berg meets Lind tomorrow in Oslo.", nil},
		{"future scheduled", "Berg is scheduled to meet Lind in Lima.", nil},
		{"modal hopes", "Berg hopes to meet Lind soon.", nil},
		{"modal could", "Berg could meet Lind at the summit.", nil},
		{"conditional", "If Berg meets Lind, the dispute may ease.", nil},
		{"agreed to meet", "Berg and Lind agreed to meet again.", []string{"AGREED_TO p:1 [meet again]", "AGREED_TO p:2 [meet again]"}},
		{"ahead of talks", "Ahead of talks with Lind, Berg visited a school.", nil},
		{"not mere attendance", "Berg and Lind both attended the summit in Lima.", nil},
		{"spoke to reporters", "Berg spoke to reporters after the session.", nil},
		{"visited a country", "Berg visited Peru last week.", nil},
		{"visited a person", "Berg visited Lind in hospital.", []string{"MET_WITH p:1>p:2"}},
	})
}

func TestMetWithMeals(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"lunch with", "Berg ate lunch with Lind at the palace.", []string{"MET_WITH p:1>p:2"}},
		{"hosting participle", "Chile angered Peru by hosting Lind in Santiago.",
			[]string{"MET_WITH c:CHL>p:2"}},
		{"will host", "Sweden will host Lind in May.", nil},
		{"spoke by phone with", "Berg spoke by phone with Lind on Wednesday.", []string{"MET_WITH p:1>p:2"}},
		{"told in the call", "Berg told Lind in the call that Europe would act.", []string{"MET_WITH p:1>p:2"}},
		{"titles in coordination", "Prime Minister Anna Berg and President Tomas Lind held talks in Sweden.",
			[]string{"MET_WITH p:1>p:2"}},
	})
}
