package extract

import "fmt"

// accusedLexicon holds the word lists of the accusation and denial rules that are read
// from their own sections of lexicon/accused.txt and lexicon/denied.txt.
type accusedLexicon struct {
	// assessment: "it is likely that C"; evidence and shows: "the evidence shows that C".
	assessment, evidence, shows, time wordSet
	// legal: "A indicted B for C"; legalNoun: "a warrant for B on charges of C".
	legal, legalNoun wordSet
	// label: "A labelled B a sponsor of terror".
	label wordSet
	// launch and assault: "B launched an offensive on C".
	launch, assault wordSet
	// make: "A made the accusation that C", "the accusation that C was made by A".
	make wordSet
	// holdResponsible and responsible: "A held B responsible for C".
	holdResponsible, responsible wordSet
	// forces: the words naming a state's own armed forces.
	forces wordSet
	// trade and blameNoun: "A and B traded accusations over C".
	trade, blameNoun wordSet
}

// moreLex is the lexicon of the accusation and denial rules built from the data files.
var moreLex = mustLoadAccusedLexicon()

func mustLoadAccusedLexicon() *accusedLexicon {
	l, err := loadAccusedLexicon()
	if err != nil {
		panic(err)
	}
	return l
}

func loadAccusedLexicon() (*accusedLexicon, error) {
	l := &accusedLexicon{}
	for _, f := range []struct {
		file, section string
		set           *wordSet
	}{
		{"accused", "assessment", &l.assessment},
		{"accused", "evidence", &l.evidence},
		{"accused", "shows", &l.shows},
		{"accused", "time", &l.time},
		{"accused", "legal", &l.legal},
		{"accused", "legalnoun", &l.legalNoun},
		{"accused", "label", &l.label},
		{"accused", "launch", &l.launch},
		{"accused", "assault", &l.assault},
		{"accused", "make", &l.make},
		{"accused", "holdresponsible", &l.holdResponsible},
		{"accused", "responsible", &l.responsible},
		{"accused", "forces", &l.forces},
		{"accused", "trade", &l.trade},
		{"accused", "blamenoun", &l.blameNoun},
	} {
		sections, err := readSections(f.file + ".txt")
		if err != nil {
			return nil, err
		}
		s, ok := sections[f.section]
		if !ok || len(s) == 0 {
			return nil, fmt.Errorf("lexicon %s: no words in section %q", f.file, f.section)
		}
		*f.set = s
	}
	return l, nil
}
