package extract

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// wordSet is a set of lower-case words.
type wordSet map[string]bool

// lexicon holds the word lists the segmenter and the relation rules use, read from the
// data files in lexicon/.
type lexicon struct {
	// segmentation
	titleAbbrev, monthAbbrev, otherAbbrev, sentenceStarters wordSet
	// negation and modality
	negators, blockers, cancel                      wordSet
	planned, hypothetical, later, asserting         wordSet
	clause, reporting, personPron, bodyPron, office wordSet
	claimStop                                       wordSet
	// relation triggers
	meet, talk, hold, meetNoun, host, visit, phone          wordSet
	appear, alongside                                       wordSet
	phrasal, particle, discuss                              wordSet
	accuse, blame, charge, condemn, allege, behind, wrong   wordSet
	deny, reject, claimNoun, finding, tie, dispute, refusal wordSet
	term, falsity                                           wordSet
	agree, sign, reach, accept, deal, plan                  wordSet
	// accusation and denial rules of relation_accused.go and relation_reported.go
	// assessment: "it is likely that C"; evidence and shows: "the evidence shows that C".
	assessment, evidence, shows, time wordSet
	// launch and assault: "B launched an offensive on C".
	launch, assault wordSet
	// forces: the words naming a state's own armed forces.
	forces wordSet
}

// lex is the lexicon built from the embedded data files.
var lex = mustLoadLexicon()

func mustLoadLexicon() *lexicon {
	l, err := loadLexicon()
	if err != nil {
		panic(err)
	}
	return l
}

func loadLexicon() (*lexicon, error) {
	l := &lexicon{}
	for _, f := range []struct {
		file, section string
		set           *wordSet
	}{
		{"abbreviations", "title", &l.titleAbbrev},
		{"abbreviations", "month", &l.monthAbbrev},
		{"abbreviations", "other", &l.otherAbbrev},
		{"abbreviations", "starter", &l.sentenceStarters},
		{"negators", "", &l.negators},
		{"blockers", "", &l.blockers},
		{"blockers", "cancel", &l.cancel},
		{"modals", "planned", &l.planned},
		{"modals", "hypothetical", &l.hypothetical},
		{"modals", "later", &l.later},
		{"modals", "asserting", &l.asserting},
		{"modals", "clause", &l.clause},
		{"reporting", "", &l.reporting},
		{"pronouns", "person", &l.personPron},
		{"pronouns", "body", &l.bodyPron},
		{"pronouns", "office", &l.office},
		{"stopwords", "", &l.claimStop},
		{"accused", "assessment", &l.assessment},
		{"accused", "evidence", &l.evidence},
		{"accused", "shows", &l.shows},
		{"accused", "time", &l.time},
		{"accused", "launch", &l.launch},
		{"accused", "assault", &l.assault},
		{"accused", "forces", &l.forces},
		{"met", "meet", &l.meet},
		{"met", "talk", &l.talk},
		{"met", "hold", &l.hold},
		{"met", "noun", &l.meetNoun},
		{"met", "host", &l.host},
		{"met", "visit", &l.visit},
		{"met", "phone", &l.phone},
		{"met", "appear", &l.appear},
		{"met", "alongside", &l.alongside},
		{"met", "phrasal", &l.phrasal},
		{"met", "particle", &l.particle},
		{"met", "discuss", &l.discuss},
		{"accused", "accuse", &l.accuse},
		{"accused", "blame", &l.blame},
		{"accused", "charge", &l.charge},
		{"accused", "condemn", &l.condemn},
		{"accused", "allege", &l.allege},
		{"accused", "behind", &l.behind},
		{"accused", "wrong", &l.wrong},
		{"denied", "finding", &l.finding},
		{"denied", "tie", &l.tie},
		{"denied", "dispute", &l.dispute},
		{"denied", "refusal", &l.refusal},
		{"denied", "deny", &l.deny},
		{"denied", "reject", &l.reject},
		{"denied", "claimnoun", &l.claimNoun},
		{"denied", "term", &l.term},
		{"denied", "falsity", &l.falsity},
		{"agreed", "agree", &l.agree},
		{"agreed", "sign", &l.sign},
		{"agreed", "reach", &l.reach},
		{"agreed", "accept", &l.accept},
		{"agreed", "deal", &l.deal},
		{"agreed", "plan", &l.plan},
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

// readSections reads a lexicon file of white-space separated words, grouped under
// "[section]" lines; words before any section line belong to section "". Lines starting
// with '#' are comments.
func readSections(name string) (map[string]wordSet, error) {
	f, err := lexiconFiles.Open("lexicon/" + name)
	if err != nil {
		return nil, fmt.Errorf("open lexicon %s: %w", name, err)
	}
	defer func() { _ = f.Close() }()
	out := map[string]wordSet{"": {}}
	section := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			if out[section] == nil {
				out[section] = wordSet{}
			}
		default:
			for _, w := range strings.Fields(line) {
				out[section][strings.ToLower(w)] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read lexicon %s: %w", name, err)
	}
	return out, nil
}
