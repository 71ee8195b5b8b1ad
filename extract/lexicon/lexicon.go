package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:embed *.txt
var lexiconFiles embed.FS

// WordSet is a set of lower-case words.
type WordSet map[string]bool

// Lists holds the word lists the segmenter and the relation rules use, read from the
// data files of this package (*.txt).
type Lists struct {
	// segmentation
	TitleAbbrev, MonthAbbrev, OtherAbbrev, SentenceStarters WordSet
	// negation and modality
	Negators, Blockers, Cancel                      WordSet
	Planned, Hypothetical, Later, Asserting         WordSet
	Clause, Reporting, PersonPron, BodyPron, Office WordSet
	ClaimStop                                       WordSet
	// relation triggers
	Meet, Talk, Hold, MeetNoun, Phone                       WordSet
	Appear, Alongside                                       WordSet
	Phrasal, Particle                                       WordSet
	Accuse, Blame, Charge, Condemn, Allege, Wrong           WordSet
	Deny, Reject, ClaimNoun, Finding, Tie, Dispute, Refusal WordSet
	Term, Falsity                                           WordSet
	Agree, Sign, Reach, Accept, Deal, Plan                  WordSet
	// accusation and denial rules of package relations (relation_accused.go, relation_reported.go)
	// assessment: "it is likely that C"; evidence and shows: "the evidence shows that C".
	Assessment, Evidence, Shows, Time WordSet
	// forces: the words naming a state's own armed forces.
	Forces WordSet
}

// Words is the lexicon built from the embedded data files. The stages share it and only
// read it.
var Words = mustLoadLexicon()

func mustLoadLexicon() *Lists {
	l, err := loadLexicon()
	if err != nil {
		panic(err)
	}
	return l
}

func loadLexicon() (*Lists, error) {
	l := &Lists{}
	for _, f := range []struct {
		file, section string
		set           *WordSet
	}{
		{"abbreviations", "title", &l.TitleAbbrev},
		{"abbreviations", "month", &l.MonthAbbrev},
		{"abbreviations", "other", &l.OtherAbbrev},
		{"abbreviations", "starter", &l.SentenceStarters},
		{"negators", "", &l.Negators},
		{"blockers", "", &l.Blockers},
		{"blockers", "cancel", &l.Cancel},
		{"modals", "planned", &l.Planned},
		{"modals", "hypothetical", &l.Hypothetical},
		{"modals", "later", &l.Later},
		{"modals", "asserting", &l.Asserting},
		{"modals", "clause", &l.Clause},
		{"reporting", "", &l.Reporting},
		{"pronouns", "person", &l.PersonPron},
		{"pronouns", "body", &l.BodyPron},
		{"pronouns", "office", &l.Office},
		{"stopwords", "", &l.ClaimStop},
		{"accused", "assessment", &l.Assessment},
		{"accused", "evidence", &l.Evidence},
		{"accused", "shows", &l.Shows},
		{"accused", "time", &l.Time},
		{"accused", "forces", &l.Forces},
		{"met", "meet", &l.Meet},
		{"met", "talk", &l.Talk},
		{"met", "hold", &l.Hold},
		{"met", "noun", &l.MeetNoun},
		{"met", "phone", &l.Phone},
		{"met", "appear", &l.Appear},
		{"met", "alongside", &l.Alongside},
		{"met", "phrasal", &l.Phrasal},
		{"met", "particle", &l.Particle},
		{"accused", "accuse", &l.Accuse},
		{"accused", "blame", &l.Blame},
		{"accused", "charge", &l.Charge},
		{"accused", "condemn", &l.Condemn},
		{"accused", "allege", &l.Allege},
		{"accused", "wrong", &l.Wrong},
		{"denied", "finding", &l.Finding},
		{"denied", "tie", &l.Tie},
		{"denied", "dispute", &l.Dispute},
		{"denied", "refusal", &l.Refusal},
		{"denied", "deny", &l.Deny},
		{"denied", "reject", &l.Reject},
		{"denied", "claimnoun", &l.ClaimNoun},
		{"denied", "term", &l.Term},
		{"denied", "falsity", &l.Falsity},
		{"agreed", "agree", &l.Agree},
		{"agreed", "sign", &l.Sign},
		{"agreed", "reach", &l.Reach},
		{"agreed", "accept", &l.Accept},
		{"agreed", "deal", &l.Deal},
		{"agreed", "plan", &l.Plan},
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
func readSections(name string) (map[string]WordSet, error) {
	f, err := lexiconFiles.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open lexicon %s: %w", name, err)
	}
	defer func() { _ = f.Close() }()
	out := map[string]WordSet{"": {}}
	section := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			if out[section] == nil {
				out[section] = WordSet{}
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
