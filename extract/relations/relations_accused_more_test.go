package relations

import "testing"

func TestAccusedAssessments(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"likely that", "Chile said it is highly likely that Peru shot down the airliner.",
			[]string{"ACCUSED c:CHL>c:PER [shot down the airliner]"}},
		{"likely, time word", "Chile said Monday it is highly likely that Peru jammed the signals.",
			[]string{"ACCUSED c:CHL>c:PER [jammed the signals]"}},
		{"evidence shows", "Norway said the evidence shows that Peru attacked the convoy.",
			[]string{"ACCUSED c:NOR>c:PER [attacked the convoy]"}},
		{"there is evidence", "Berg said there is clear evidence that Peru poisoned the river.",
			[]string{"ACCUSED p:1>c:PER [poisoned the river]"}},
		{"passive agent in quote", "\"The evidence indicates that the ship was attacked by a Peruvian drone,\" Berg said.",
			[]string{"ACCUSED p:1>c:PER [the ship was attacked by a Peruvian drone]"}},
		{"passive agent reported", "Chile said the truce was violated by Peru.",
			[]string{"ACCUSED c:CHL>c:PER [the truce was violated by Peru]"}},
		{"statement setting", "Chile said in a statement that Peru had violated the treaty.",
			[]string{"ACCUSED c:CHL>c:PER [had violated the treaty]"}},
		{"quoted act", "Chile said that Peru \"has violated the treaty\".",
			[]string{"ACCUSED c:CHL>c:PER [has violated the treaty]"}},

		{"a second clause without a wrong", "Chile said Peru had shelled the port and had praised its own navy.",
			[]string{"ACCUSED c:CHL>c:PER [had shelled the port]"}},
		{"speaker with of-phrase", "Berg of Norway said Peru had violated the treaty.",
			[]string{"ACCUSED p:1>c:PER [had violated the treaty]"}},
		{"coordinated actors", "Norway says Peru and Chile have jammed the radio signals.",
			[]string{"ACCUSED c:NOR>c:CHL [have jammed the radio signals]", "ACCUSED c:NOR>c:PER [have jammed the radio signals]"}},
		{"parenthetical adds a party", "Norway says Peru, and to a lesser degree Chile, have hacked the grid in the north.",
			[]string{"ACCUSED c:NOR>c:CHL [have hacked the grid in the north]", "ACCUSED c:NOR>c:PER [have hacked the grid in the north]"}},
		{"apposition skipped", "Norway says Peru, a close ally of Chile, has violated the truce.",
			[]string{"ACCUSED c:NOR>c:PER [has violated the truce]"}},
		{"parenthetical then negation", "Norway says Peru, along with Chile, has not violated the truce.", nil},
		{"launched offensive", "Chile said Peru had launched an offensive on the border towns.",
			[]string{"ACCUSED c:CHL>c:PER [had launched an offensive on the border towns]"}},
		{"carried out strikes", "Norway said Peru carried out air strikes on the camps.",
			[]string{"ACCUSED c:NOR>c:PER [carried out air strikes on the camps]"}},
		{"launched talks", "Chile said Peru had launched talks on the border.", nil},
		{"not likely", "Chile said it is not likely that Peru shot down the airliner.", nil},
		{"possible only", "Chile said it is possible that Peru shot down the airliner.", nil},
		{"evidence negated", "Chile said the evidence does not show that Peru attacked the convoy.", nil},
		{"passive negated", "Chile said the truce was not violated by Peru.", nil},
		{"passive modal", "Chile said the truce may have been violated by Peru.", nil},
		{"speaker negated", "Chile did not say it is likely that Peru shot down the airliner.", nil},
		{"passive no agent", "Chile said the truce was violated by accident.", nil},
		{"question", "Did Chile say it is likely that Peru shot down the airliner?", nil},
	})
}

func TestAccusedLegalAndLabels(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"indicted for", "Chile indicted Berg for fraud and bribery.",
			[]string{"ACCUSED c:CHL>p:1 [fraud and bribery]"}},
		{"sued over", "Norway sued Peru over the oil spill.",
			[]string{"ACCUSED c:NOR>c:PER [the oil spill]"}},
		{"warrant on charges", "Chile issued an arrest warrant for Berg on charges of genocide.",
			[]string{"ACCUSED c:CHL>p:1 [charges of genocide]"}},
		{"indictments of", "Norway announced indictments of Lind for spying.",
			[]string{"ACCUSED c:NOR>p:2 [spying]"}},
		{"labelled a", "Chile labelled Peru a sponsor of piracy.",
			[]string{"ACCUSED c:CHL>c:PER [a sponsor of piracy]"}},
		{"branded as", "Berg branded the rebels as the aggressors in the war.",
			[]string{"ACCUSED p:1>o:1 [the aggressors in the war]"}},

		{"held responsible", "Chile held Peru responsible for the attack on its embassy.",
			[]string{"ACCUSED c:CHL>c:PER [the attack on its embassy]"}},
		{"deemed guilty", "Berg deemed Lind guilty of fraud.",
			[]string{"ACCUSED p:1>p:2 [fraud]"}},
		{"held talks", "Chile held talks with Peru responsible for trade.", []string{"MET_WITH c:CHL>c:PER"}},
		{"not held responsible", "Chile has not held Peru responsible for the attack.", nil},
		{"pin the blame", "Berg pinned the blame on Peru for the failed talks.",
			[]string{"ACCUSED p:1>c:PER [the failed talks]"}},
		{"blame on a possessive", "Berg put the blame on Peru's recklessness.",
			[]string{"ACCUSED p:1>c:PER [Peru's recklessness]"}},
		{"blame without content", "Berg pinned the blame on Peru, after the vote.", nil},
		{"did not indict", "Chile did not indict Berg for fraud.", nil},
		{"refused to sue", "Norway refused to sue Peru over the oil spill.", nil},
		{"may issue warrant", "Chile may issue an arrest warrant for Berg on charges of genocide.", nil},
		{"label modal", "Chile could label Peru a sponsor of piracy.", nil},
		{"label a claim", "Chile branded the claims false.", nil},
	})
}

func TestAccusedNotAsserted(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"refused to blame", "Chile refused to blame Peru for the collapse of the talks.", nil},
		{"may blame", "Chile may blame Peru for the collapse of the talks.", nil},
		{"did not accuse", "Chile did not accuse Peru of funding the rebels.", nil},
		{"question accuse", "Did Chile accuse Peru of funding the rebels?", nil},
		{"question blame", "Will Norway blame Peru for the spill?", nil},
		{"hopes to label", "Chile hopes to label Peru a sponsor of piracy.", nil},
		{"never alleged", "Chile never alleged that Peru had funded the rebels.", nil},
		{"said not behind", "Chile said Peru was not behind the attack.", nil},
		{"party in a modifier of the subject", "Lawmakers seeking a deal with Chile accused Peru of lying.", nil},
		{"made accusations", "Chile has made accusations that Peru jammed the radio signals.",
			[]string{"ACCUSED c:CHL>c:PER [Peru jammed the radio signals]"}},
		{"accusation not made", "Chile has not made accusations that Peru jammed the radio signals.", nil},
	})
}

// TestReportedOwnActs: a state telling of what its own forces did accuses no one.
func TestReportedOwnActs(t *testing.T) {
	text := "Peru said the Peruvian navy shelled the rebel camp."
	doc := testDocument(t, "", text)
	if got := relationStrings(doc); len(got) != 1 {
		t.Fatalf("without states: got %q, want one accusation", got)
	}
	doc = testDocument(t, "", text)
	for i := range doc.Entities {
		switch doc.Entities[i].ID {
		case "c:PER":
			doc.Entities[i].Code = "PER"
		case "o:1":
			doc.Entities[i].Country = "PER"
		}
	}
	if got := relationStrings(doc); len(got) != 0 {
		t.Errorf("same state: got %q, want nothing", got)
	}
}

func TestDeniedNoWrong(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"said no", "Peru said no fishermen were killed at sea.",
			[]string{"DENIED c:PER [fishermen were killed at sea]"}},
		{"statement saying", "Peru issued a statement saying that no convoys were targeted near the border.",
			[]string{"DENIED c:PER [convoys were targeted near the border]"}},

		{"report false", "A newspaper report said Peru had moved troops to the border. Berg said on Monday that the report was false.",
			[]string{"DENIED p:1 [Peru had moved troops to the border]"}},
		{"reports untrue", "Local reports said Chile paid the rebels. Berg said the reports were \"completely untrue\".",
			[]string{"DENIED p:1 [Chile paid the rebels]"}},

		{"not a wrong", "Peru said no decision had been made.", nil},
		{"report not false", "A newspaper report said Peru had moved troops. Berg said the report was not false.", nil},
		{"report false, nothing reported", "Berg said the report was false.", nil},
		{"did not say", "Peru did not say no fishermen were killed.", nil},
	})
}

func TestAccusedSpeakersNamedAroundANoun(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"text issued by a party", "A statement released by Chile accused Peru of lying.",
			[]string{"ACCUSED c:CHL>c:PER [lying]"}},
		{"commentary published by", "A commentary published by the Norwegian government accused Peru of spying.",
			[]string{"ACCUSED c:NOR>c:PER [spying]"}},
		{"state before a business noun", "The Chilean mining company accused Peru of lying.", nil},
		{"party before the field of an official", "A Chilean human rights official accused Peru of torture.",
			[]string{"ACCUSED c:CHL>c:PER [torture]"}},
		{"union leader is no state", "A Chilean trade union leader accused Peru of lying.", nil},
		{"speaker's remark after what he said", "Minister Anna Berg said the deal was bad, accusing Peru of lying.",
			[]string{"ACCUSED p:1>c:PER [lying]"}},
	})
}

func TestAccusedByIdiom(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"hit out at", "Chile hit out at Peru over the attack on the port.",
			[]string{"ACCUSED c:CHL>c:PER [the attack on the port]"}},
		{"lashed out at", "Chile lashed out at Peru for spreading disinformation.",
			[]string{"ACCUSED c:CHL>c:PER [spreading disinformation]"}},
		{"pointed the finger", "Chile pointed the finger at Peru for the attack.",
			[]string{"ACCUSED c:CHL>c:PER [the attack]"}},
		{"railed against a possession", "Chile railed against Peru's tariffs on copper.",
			[]string{"ACCUSED c:CHL>c:PER [Peru's tariffs on copper]"}},
		{"took to task", "Chile took Peru to task for the attack.",
			[]string{"ACCUSED c:CHL>c:PER [the attack]"}},
		{"took to court", "Chile took Peru to court over the oil spill.",
			[]string{"ACCUSED c:CHL>c:PER [the oil spill]"}},
		{"hit a place", "Chile hit Peru with tariffs over the dispute.", nil},
		{"lashed out with no charge", "Chile lashed out at Peru.", nil},
		{"took to the talks", "Chile took Peru to the talks in Oslo.", nil},
	})
}

func TestAccusedInStatementsAndCriticism(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"statement accusing", "Chile issued a statement accusing Peru of lying.",
			[]string{"ACCUSED c:CHL>c:PER [lying]"}},
		{"statement blaming", "Chile released a statement blaming Peru for the attack.",
			[]string{"ACCUSED c:CHL>c:PER [the attack]"}},
		{"letter charging that", "Chile released a letter charging that Peru lied about the talks.",
			[]string{"ACCUSED c:CHL>c:PER [Peru lied about the talks]"}},
		{"criticism of an act", "Chile had issued vociferous criticisms of the Peruvian attacks on Norway.",
			[]string{"ACCUSED c:CHL>c:PER [the Peruvian attacks on Norway]"}},
		{"criticism over", "Chile voiced criticism of Peru over the attacks on Norway.",
			[]string{"ACCUSED c:CHL>c:PER [the attacks on Norway]"}},
		{"took aim", "Berg took aim at Peru over the blockade.",
			[]string{"ACCUSED p:1>c:PER [the blockade]"}},
		{"criticism of a role", "Chile's criticism of Peru's role in the talks was mild.", nil},
		{"speaker's words after the claim", "Chile accused Peru of imposing new sanctions, saying the move showed its hostility.",
			[]string{"ACCUSED c:CHL>c:PER [imposing new sanctions]"}},
		{"vetoed resolution", "Chile vetoed a resolution condemning Peru over the attacks.", nil},
	})
}

func TestAccusedByADescriptionOfAName(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"relative clause on an apposition", "Anna Berg, a former minister who accused Peru of spying, testified.",
			[]string{"ACCUSED p:1>c:PER [spying]"}},
	})
}

func TestAccusedActsNamedWithTheirAgent(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"act by a party", "Chile said the strikes by Peru were war crimes.",
			[]string{"ACCUSED c:CHL>c:PER [were war crimes]"}},
		{"measures imposed by", "Chile said the measures imposed by Peru were economic warfare.",
			[]string{"ACCUSED c:CHL>c:PER [were economic warfare]"}},
		{"amounted to", "Chile said Peru's strikes amounted to war crimes.",
			[]string{"ACCUSED c:CHL>c:PER [amounted to war crimes]"}},
		{"tantamount to", "Chile said the Peruvian blockade was tantamount to aggression.",
			[]string{"ACCUSED c:CHL>c:PER [was tantamount to aggression]"}},
		{"wrongful subject", "Chile said Peru's interference was an effort to block the inquiry.",
			[]string{"ACCUSED c:CHL>c:PER [was an effort to block the inquiry]"}},
		{"act excused", "Chile said the annexation by Peru was partially justified.", nil},
		{"amounted to no wrong", "Chile said Peru's offer amounted to a surrender.", nil},
		{"inquiry by a party", "Chile said the inquiry by Peru was a farce.", nil},
	})
}

func TestAccusedOfBreakingTheirWord(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"broke the ceasefire", "Chile said Peru broke the ceasefire.",
			[]string{"ACCUSED c:CHL>c:PER [broke the ceasefire]"}},
		{"broken its promise", "Chile said Peru had broken its promise to Norway.",
			[]string{"ACCUSED c:CHL>c:PER [had broken its promise to Norway]"}},
		{"flouted", "Chile said Peru flouted the rules.",
			[]string{"ACCUSED c:CHL>c:PER [flouted the rules]"}},
		{"ordered an assassination", "Chile said Peru ordered the assassination of a dissident.",
			[]string{"ACCUSED c:CHL>c:PER [ordered the assassination of a dissident]"}},
		{"broke a record", "Chile said Peru broke the record.", nil},
		{"fighting corruption", "Chile said Peru is fighting corruption.", nil},
		{"victim of a poisoning", "Chilean officials called the poisoning of Anna Berg a reckless attack.", nil},
	})
}

func TestAccusedPartsAndConfidence(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"one of a party's", "Chile said one of Peru's generals had ordered the attack.",
			[]string{"ACCUSED c:CHL>c:PER [had ordered the attack]"}},
		{"none of a party's", "Chile said none of Peru's officials had lied about the talks.", nil},
		{"some of a party's", "Chile said some of Peru's officials had lied about the talks.",
			[]string{"ACCUSED c:CHL>c:PER [had lied about the talks]"}},
		{"high confidence that", "Chile said it had high confidence that Peru ordered the attack.",
			[]string{"ACCUSED c:CHL>c:PER [ordered the attack]"}},
		{"convinced that", "Chile said it was convinced that Peru ordered the attack.",
			[]string{"ACCUSED c:CHL>c:PER [ordered the attack]"}},
	})
}

func TestAccusedByTheFirstToDoSo(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"first official to accuse", "Anna Berg became the first Chilean official to accuse Peru of spying.",
			[]string{"ACCUSED p:1>c:PER [spying]"}},
		{"last official to blame", "Anna Berg was the last official to blame Peru for the attack.",
			[]string{"ACCUSED p:1>c:PER [the attack]"}},
		{"most senior official to accuse", "Anna Berg was the most senior official to accuse Peru of spying.",
			[]string{"ACCUSED p:1>c:PER [spying]"}},
		{"efforts to accuse", "Chile made efforts to accuse Peru of spying.", nil},
	})
}

func TestCriticismTakesItsClaimWithFor(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"condemned for", "Chile condemned Peru for the attack on the port.",
			[]string{"ACCUSED c:CHL>c:PER [the attack on the port]"}},
		{"condemned the decision of", "Chile condemned the decision of Peru to raise tariffs.", nil},
		{"criticized the handling of", "Chile criticized Peru's handling of the talks.", nil},
		{"accused of", "Chile accused Peru of aggression.",
			[]string{"ACCUSED c:CHL>c:PER [aggression]"}},
	})
}

func TestNotOnlyAsserts(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"not only ... but also", "Chile said Peru not only shelled the port but also bombed the town.",
			[]string{"ACCUSED c:CHL>c:PER [also bombed the town]", "ACCUSED c:CHL>c:PER [not only shelled the port]"}},
		{"not", "Chile said Peru did not shell the port.", nil},
	})
}

func TestAccusedByWhatOneCallsIt(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"railed against what she calls", "Anna Berg has long railed against what she calls Peru's reckless fishing practices.",
			[]string{"ACCUSED p:1>c:PER [Peru's reckless fishing practices]"}},
		{"opposed what it sees as", "Chile, which opposed what it sees as Peruvian aggression, spoke on Monday.",
			[]string{"ACCUSED c:CHL>c:PER [Peruvian aggression]"}},
		{"held for what a party termed", "Tomas Lind was held in May for what Chile termed espionage.",
			[]string{"ACCUSED c:CHL>p:2 [espionage]"}},
		{"jailed for what it called", "Peru jailed Tomas Lind for what it called smuggling.",
			[]string{"ACCUSED c:PER>p:2 [smuggling]"}},
		{"what one calls no wrong", "Anna Berg praised what she called Peru's patience.", nil},
		{"praised for what", "Tomas Lind was praised for what Chile called courage.", nil},
	})
}

func TestWrongfulQualities(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"unfair practices", "Chile said Peru used unfair trade practices.",
			[]string{"ACCUSED c:CHL>c:PER [used unfair trade practices]"}},
		{"illegally", "Chile said Peru had illegally used the funds.",
			[]string{"ACCUSED c:CHL>c:PER [had illegally used the funds]"}},
		{"fair practices", "Chile said Peru used fair trade practices.", nil},
		{"used the funds", "Chile said Peru had used the funds.", nil},
	})
}

func TestAccusedOfOrderingAnAct(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"on the orders of", "Chile said the reporter was killed on the orders of Peru.",
			[]string{"ACCUSED c:CHL>c:PER [the reporter was killed on the orders of Peru]"}},
		{"at the behest of, two verbs", "Chile said the reporter was seized and held in a villa at the behest of Peru.",
			[]string{"ACCUSED c:CHL>c:PER [the reporter was seized and held in a villa at the behest of Peru]"}},
		{"orders of a place", "Chile said the reporter was killed near the gates of Peru.", nil},
	})
}

func TestBlamedActRenamedByANoun(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"a clause renamed", "Anna Berg spoke about hacking the ministry's servers during the vote, an attack Chile has blamed on Peru.",
			[]string{"ACCUSED c:CHL>c:PER [hacking the ministry's servers during the vote]"}},
		{"a noun renamed", "Ten people died in the bombing of the port, an attack that Chile has blamed on Peru.",
			[]string{"ACCUSED c:CHL>c:PER [the bombing of the port]"}},
	})
}

func TestEvidenceOfAWrong(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"there is evidence of", "Chile says there is evidence of covert Peruvian operations on social media.",
			[]string{"ACCUSED c:CHL>c:PER [covert Peruvian operations on social media]"}},
		{"found proof of", "Chile found proof of Peru's meddling in the vote.",
			[]string{"ACCUSED c:CHL>c:PER [Peru's meddling in the vote]"}},
		{"no evidence of", "Chile says there is no evidence of covert Peruvian operations on social media.", nil},
		{"evidence of no wrong", "Chile found evidence of Peru's patience.", nil},
		{"the authors of a report", "Chile published a report on the fishing dispute. The authors also say there is evidence of covert Peruvian operations on social media.",
			[]string{"ACCUSED c:CHL>c:PER [covert Peruvian operations on social media]"}},
	})
}

func TestAccusedOfCausingHarm(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"died because of", "Chile said ten fishermen have died because of the Peruvian navy.",
			[]string{"ACCUSED c:CHL>o:1 [ten fishermen have died because of the Peruvian navy]"}},
		{"at the hands of", "Chile said ten fishermen suffered at the hands of the Peruvian navy.",
			[]string{"ACCUSED c:CHL>o:1 [ten fishermen suffered at the hands of the Peruvian navy]"}},
		{"quoted", "“Ten fishermen have died because of Peru,” Anna Berg added.",
			[]string{"ACCUSED p:1>c:PER [Ten fishermen have died because of Peru]"}},
		{"prices rose because of", "Chile said prices rose because of Peru.", nil},
		{"died of a cause no party", "Chile said ten fishermen died because of the storm.", nil},
		{"a party suffered", "Chile said Peru suffered because of Norway.",
			[]string{"ACCUSED c:CHL>c:NOR [Peru suffered because of Norway]"}},
		{"suffered because of a party's deal", "Chile said Peru suffered because of a Norwegian trade deal.", nil},
	})
}

func TestSpeakerSaysItForThoseHeSpeaksFor(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"we believe it is likely", "“We believe it is likely that the port was bombed by a Peruvian jet,” Anna Berg said.",
			[]string{"ACCUSED p:1>c:PER [the port was bombed by a Peruvian jet]"}},
		{"she said", "Anna Berg arrived on Monday. “We believe that Peru bombed the port,” she said.",
			[]string{"ACCUSED p:1>c:PER [bombed the port]"}},
		{"we agreed is no one's deal", "“We have agreed to share the data,” Anna Berg said.", nil},
	})
}

func TestDemandToStopAWrong(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"urged to stop", "Chile urged Peru to stop its attacks on the port.",
			[]string{"ACCUSED c:CHL>c:PER [its attacks on the port]"}},
		{"must stop", "Chile said Peru must stop the bombing of the port.",
			[]string{"ACCUSED c:CHL>c:PER [the bombing of the port]"}},
		{"called on to end", "Chile called on Peru to end its occupation of the islands.",
			[]string{"ACCUSED c:CHL>c:PER [its occupation of the islands]"}},
		{"did not urge", "Chile did not urge Peru to stop its attacks on the port.", nil},
		{"may urge", "Chile may urge Peru to stop its attacks on the port.", nil},
		{"no wrong to stop", "Chile said Peru must stop its fishing in the bay.", nil},
		{"must not stop", "Chile said Peru must not stop its attacks.", nil},
	})
}

func TestAccusedInALawsuitOrARemark(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"filed a lawsuit accusing", "Chile has filed a lawsuit accusing Peru of hiding the records.",
			[]string{"ACCUSED c:CHL>c:PER [hiding the records]"}},
		{"threatened to quit, accusing", "Chile threatened to abandon the talks, accusing Peru of lying.",
			[]string{"ACCUSED c:CHL>c:PER [lying]"}},
		{"rejected a complaint accusing", "Chile rejected a complaint accusing Peru of hiding the records.", nil},
	})
}

func TestAWrongDoneInAPlace(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"atrocities in a state", "Anna Berg condemned the atrocities in Peru.", nil},
		{"a state's atrocities", "Anna Berg condemned Peru's atrocities.",
			[]string{"ACCUSED p:1>c:PER [Peru's atrocities]"}},
	})
}

func TestImplicated(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"implicated in", "Chile implicated Peru in the bombing of the port.",
			[]string{"ACCUSED c:CHL>c:PER [the bombing of the port]"}},
		{"evidence to implicate", "Anna Berg told the committee that her agency had ample evidence to implicate Peru.",
			[]string{"ACCUSED p:1>c:PER [ample evidence]"}},
		{"no evidence to implicate", "Anna Berg told the committee that her agency had no evidence to implicate Peru.", nil},
		{"not implicated", "Chile has not implicated Peru in the bombing.", nil},
	})
}

func TestStandAgainstAWrongNamedByItsQuality(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"a quality read as a compound", "Chile vowed to counter Peru's malign activities at sea.",
			[]string{"ACCUSED c:CHL>c:PER [Peru's malign activities at sea]"}},
		{"through a noun of amount", "Chile said any new treaty must address the whole range of Peru's malign activities.",
			[]string{"ACCUSED c:CHL>c:PER [Peru's malign activities]"}},
		{"a thing leaves the stand to the speaker", "Chile said the new patrols will curb Peru's aggression.",
			[]string{"ACCUSED c:CHL>c:PER [Peru's aggression]"}},
		{"acting against an act in the future", "“We will confront Peru's hostile acts,” Chilean President Anna Berg said.",
			[]string{"ACCUSED p:1>c:PER [Peru's hostile acts]"}},
		{"a stand not yet taken by saying", "Chile may condemn Peru's aggression.", nil},
		{"no stand", "Chilean experts discussed Peru's malign activities.", nil},
		{"no wrongful quality", "Chile vowed to counter Peru's trade activities at sea.", nil},
	})
}

func TestBlameAfterAnOpeningParticiple(t *testing.T) {
	runRelationCases(t, []relationCase{
		{"a gerund read as a noun", "And using its ties with Bolivia, an ally of Peru, Chile sent messages back and forth: blaming Peru for the clashes.",
			[]string{"ACCUSED c:CHL>c:PER [the clashes]"}},
	})
}
