package relations

import (
	"fmt"
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/parse"
)

// tree builds a sentence from "word/TAG>head:rel" items, heads 0-based (-1 for the root).
func tree(t *testing.T, spec string) *parse.Sentence {
	t.Helper()
	s := &parse.Sentence{}
	for _, item := range strings.Fields(spec) {
		var word, tag, dep string
		var head int
		slash, gt, colon := strings.Index(item, "/"), strings.Index(item, ">"), strings.Index(item, ":")
		word, tag = item[:slash], item[slash+1:gt]
		if _, err := fmt.Sscan(item[gt+1:colon], &head); err != nil {
			t.Fatalf("bad item %q", item)
		}
		dep = item[colon+1:]
		s.Tokens = append(s.Tokens, parse.Token{Text: word, Tag: tag, Head: head, Dep: dep})
	}
	return s
}

// lowerWords returns the sentence's words in lower case, as the matcher reads them.
func lowerWords(s *parse.Sentence) []string {
	low := make([]string, len(s.Tokens))
	for i, tok := range s.Tokens {
		low[i] = strings.ToLower(tok.Text)
	}
	return low
}

func TestPatternFilesLoad(t *testing.T) {
	ps, err := loadPatterns()
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < 10 {
		t.Fatalf("%d patterns", len(ps))
	}
	for _, p := range ps {
		if p.line == "" || len(p.triggers) == 0 {
			t.Errorf("pattern %s has no line or trigger", p.name)
		}
	}
}

func TestParsePatternErrors(t *testing.T) {
	for _, bad := range []string{
		"ACCUSED x | accuse | verb | nsubj | obj",
		"BLAMED x | accuse | verb | nsubj | obj | obl",
		"ACCUSED x |  | verb | nsubj | obj | obl",
		"ACCUSED x | accuse | adverb | nsubj | obj | obl",
		"ACCUSED x | accuse | verb | nsubj | obj | obl(of",
		"ACCUSED x | accuse | verb | nsubj>>obj | obj | obl",
	} {
		if _, err := parsePattern(bad); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
	p, err := parsePattern("ACCUSED x | accuse, blame | noun+wrongful | ^obj>nsubj! | ~nmod(on) | obj[charge]>acl")
	if err != nil {
		t.Fatal(err)
	}
	if !p.wrongful || p.pos != "noun" || !p.triggers["blame"] {
		t.Errorf("parsed %+v", p)
	}
	st := p.source[0]
	if len(st) != 2 || !st[0].up || st[0].rel != "obj" || !st[1].exact || st[1].rel != "nsubj" {
		t.Errorf("source path %+v", st)
	}
	if c := p.claim[0]; !c[0].lemma["charge"] || c[1].rel != "acl" {
		t.Errorf("claim path %+v", c)
	}
	if tg := p.target[0][0]; !tg.deep || !tg.words["on"] {
		t.Errorf("target path %+v", tg)
	}
}

func TestFollowPaths(t *testing.T) {
	// "Envoys accused the navy of spying ."
	s := tree(t, "Envoys/NNS>1:nsubj accused/VBD>-1:root the/DT>3:det navy/NN>1:obj of/IN>5:mark spying/VBG>1:advcl ./.>1:punct")
	paths := func(p string) []treePath {
		ps, err := parsePaths(p)
		if err != nil {
			t.Fatal(err)
		}
		return ps
	}
	if got := firstPath(s, 1, paths("nsubj")); len(got) != 1 || got[0] != 0 {
		t.Errorf("nsubj: %v", got)
	}
	if got := firstPath(s, 1, paths("obl(of) advcl(of)")); len(got) != 1 || got[0] != 5 {
		t.Errorf("claim: %v", got)
	}
	if got := firstPath(s, 1, paths("advcl(for)")); got != nil {
		t.Errorf("a path with the wrong marker led to %v", got)
	}
	if got := firstPath(s, 3, paths("^obj>nsubj")); len(got) != 1 || got[0] != 0 {
		t.Errorf("up and down: %v", got)
	}
	if got := firstPath(s, 1, paths("~det")); len(got) != 1 || got[0] != 2 {
		t.Errorf("descendant: %v", got)
	}
	if passiveVoice(s, 1) {
		t.Error("an active verb reads as passive")
	}
}

func TestInflections(t *testing.T) {
	for lemma, forms := range map[string][]string{
		"accuse":  {"accuses", "accused", "accusing"},
		"blame":   {"blamed", "blaming"},
		"deny":    {"denies", "denied", "denying"},
		"ban":     {"banned", "banning"},
		"attack":  {"attacked", "attacks"},
		"breach":  {"breaches", "breached"},
		"sponsor": {"sponsored", "sponsoring"},
	} {
		have := map[string]bool{}
		for _, f := range inflections(lemma) {
			have[f] = true
		}
		for _, f := range forms {
			if !have[f] {
				t.Errorf("%s: no form %s in %v", lemma, f, inflections(lemma))
			}
		}
	}
	if lemmaOf("labelled") != "label" {
		t.Errorf("lemma of labelled: %q", lemmaOf("labelled"))
	}
	if lemmaOf("said") != "say" {
		t.Errorf("lemma of said: %q", lemmaOf("said"))
	}
	if lemmaOf("accusing") != "accuse" {
		t.Errorf("lemma of accusing: %q", lemmaOf("accusing"))
	}
}

// TestFaultedForGerundSubject: "A faulted B for not stopping C", parsed with B as the
// subject of the gerund, still has B as the one accused.
func TestFaultedForGerundSubject(t *testing.T) {
	s := tree(t, "Berg/NNP>1:nsubj faulted/VBD>-1:root Lind/NNP>5:nsubj for/IN>5:mark not/RB>5:advmod stopping/VBG>1:advcl attacks/NNS>5:obj ./.>1:punct")
	low := lowerWords(s)
	for _, m := range matchPatterns(s, low, diplograph.Accused) {
		if m.pattern.name != "criticize-for" {
			continue
		}
		if len(m.source) != 1 || m.source[0] != 0 || len(m.target) != 1 || m.target[0] != 2 || len(m.claims) != 1 || m.claims[0] != 5 {
			t.Errorf("criticize-for matched source %v target %v claims %v; want [0] [2] [5]", m.source, m.target, m.claims)
		}
		return
	}
	t.Error("criticize-for did not match")
}

// The nearest ancestor attached by a relation: from "denies" in "A says B broke C - a
// charge it denies" to the reported clause.
func TestAncestorStep(t *testing.T) {
	s := tree(t, "Chile/NNP>1:nsubj says/VBZ>-1:root Peru/NNP>3:nsubj broke/VBD>1:ccomp the/DT>5:det truce/NN>3:obj -/HYPH>8:punct a/DT>8:det charge/NN>5:appos it/PRP>10:nsubj denies/VBZ>8:acl:relcl ./.>1:punct")
	ps, err := parsePaths("^acl:relcl[charge]>^~ccomp")
	if err != nil {
		t.Fatal(err)
	}
	if got := firstPath(s, 10, ps); len(got) != 1 || got[0] != 3 {
		t.Errorf("^~ccomp from denies led to %v, want [3]", got)
	}
	if got := firstPath(s, 3, ps); got != nil {
		t.Errorf("a path from a token with no such parent led to %v", got)
	}
}

// Parses that lose a subject: "A, meeting in B, condemned C" with the verb hung on the
// subject, and a participle of a participle ("After cancelling C, blaming D, A ...").
func TestAccuserThroughMisparsedSubject(t *testing.T) {
	cases := []struct {
		name, spec      string
		trigger, source int
	}{
		{"verb hung on its subject", "Chile/NNP>-1:root ,/,>2:punct meeting/VBG>0:appos ,/,>0:punct condemned/VBD>0:dep Peru/NNP>7:nmod:poss 's/POS>5:case tests/NNS>4:obj ./.>4:punct", 4, 0},
		{"participle of a participle", "After/IN>1:mark cancelling/VBG>9:advcl talks/NNS>1:obj ,/,>4:punct blaming/VBG>1:advcl Peru/NNP>6:nmod:poss hostility/NN>4:obj ,/,>9:punct Chile/NNP>9:nsubj left/VBD>-1:root ./.>9:punct", 4, 8},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := tree(t, c.spec)
			low := lowerWords(s)
			for _, m := range matchPatterns(s, low, diplograph.Accused) {
				if m.trigger == c.trigger && len(m.source) > 0 {
					if m.source[0] != c.source {
						t.Errorf("%s matched source %v, want [%d]", m.pattern.name, m.source, c.source)
					}
					return
				}
			}
			t.Errorf("no accusation pattern found the accuser of token %d", c.trigger)
		})
	}
}

// A noun the tagger read as a verb in -s is still a noun trigger where the parse made it
// an argument: "Peru denied US claims that it sponsors groups".
func TestNounTriggerTaggedAsVerb(t *testing.T) {
	s := tree(t, "Peru/NNP>1:nsubj denied/VBD>-1:root US/NNP>3:nsubj claims/VBZ>1:obj that/IN>6:mark it/PRP>6:nsubj sponsors/VBZ>3:ccomp groups/NNS>6:obj ./.>1:punct")
	low := lowerWords(s)
	for _, m := range matchPatterns(s, low, diplograph.Accused) {
		if m.trigger == 3 && m.pattern.name == "claim-that" {
			if len(m.source) != 1 || m.source[0] != 2 || len(m.claims) == 0 || m.claims[0] != 6 {
				t.Errorf("claim-that matched source %v claims %v; want [2] [6 ...]", m.source, m.claims)
			}
			return
		}
	}
	t.Error("claim-that did not match the noun tagged VBZ")
}

// "the accord between Chile, the Netherlands and Peru" read with "the Netherlands" as an
// unclassified dependent of Chile heading the rest of the list: all three are parties.
func TestListUnderAnUnclassifiedDependent(t *testing.T) {
	doc := testDocument(t, "", "The accord between Chile, the Netherlands and Peru was signed.")
	s := doc.Sentences[0]
	// between(2) Chile(3) ,(4) the(5) Netherlands(6) and(7) Peru(8)
	s.Tokens[6].Head, s.Tokens[6].Dep = 3, "dep"
	s.Tokens[8].Head, s.Tokens[8].Dep = 6, "conj"
	v := newView(doc, doc.All(), 0)
	if got := len(v.actorsOf([]int{3})); got != 2 {
		// the test entities know Chile and Peru, not the Netherlands
		t.Errorf("%d parties from Chile, want Chile and Peru", got)
	}
	s.Tokens[4].Text = ";"
	v = newView(doc, doc.All(), 0)
	v.low[4] = "and"
	if got := len(v.actorsOf([]int{3})); got != 1 {
		t.Errorf("%d parties without a list, want 1", got)
	}
}

// "B's agreement to C" is an agreement; "B's pledge to C" is one side's word.
func TestAgreementNounNotPledge(t *testing.T) {
	for word, want := range map[string]bool{"agreement": true, "pledge": false, "promise": false} {
		s := tree(t, "Critics/NNS>1:nsubj mocked/VBD>-1:root Peru/NNP>4:nmod:poss 's/POS>2:case "+word+"/NN>1:obj to/TO>6:mark reopen/VB>4:acl the/DT>8:det border/NN>6:obj ./.>1:punct")
		low := lowerWords(s)
		got := false
		for _, m := range matchPatterns(s, low, diplograph.AgreedTo) {
			got = got || m.trigger == 4
		}
		if got != want {
			t.Errorf("%s: agreement pattern matched %v, want %v", word, got, want)
		}
	}
}

// A state's adjective makes the state of "officials", not of a company, and "B's critics"
// are not B.
func TestActorOfANounWithModifiers(t *testing.T) {
	doc := testDocument(t, "", "Chilean officials, the Chilean firm, Chilean miner Cobre and Peru's critics met.")
	s := doc.Sentences[0]
	v := newView(doc, doc.All(), 0)
	for word, want := range map[string]int{"officials": 1, "firm": 0, "Cobre": 0, "critics": 0} {
		k := -1
		for i, tok := range s.Tokens {
			if tok.Text == word {
				k = i
			}
		}
		if got := v.actorAt(k); len(got) != want {
			t.Errorf("%s stands for %v, want %d parties", word, got, want)
		}
	}
}

// A marker right before a phrase counts for it wherever the parse hung it.
func TestStrayMarker(t *testing.T) {
	s := tree(t, "Envoys/NNS>1:nsubj accused/VBD>-1:root the/DT>3:det navy/NN>1:obj of/IN>1:case spying/VBG>1:advcl ./.>1:punct")
	ps, err := parsePaths("advcl(of)")
	if err != nil {
		t.Fatal(err)
	}
	if got := firstPath(s, 1, ps); len(got) != 1 || got[0] != 5 {
		t.Errorf("advcl(of) led to %v, want [5]", got)
	}
	ps, _ = parsePaths("advcl(for)")
	if got := firstPath(s, 1, ps); got != nil {
		t.Errorf("advcl(for) led to %v", got)
	}
}

// TestTimesAreNeitherPartiesNorClaims: a path that reaches only a time ("met Monday with
// B", "agreed a truce on Monday") goes on to the next one, unless the time heads a
// phrase with content of its own ("agreed to a cease-fire Wednesday night").
func TestTimesAreNeitherPartiesNorClaims(t *testing.T) {
	paths := func(p string) []treePath {
		ps, err := parsePaths(p)
		if err != nil {
			t.Fatal(err)
		}
		return ps
	}
	// Berg met Monday with Lind .
	s := tree(t, "Berg/NNP>1:nsubj met/VBD>-1:root Monday/NNP>1:obj with/IN>4:case Lind/NNP>1:obl ./.>1:punct")
	if got := firstPath(s, 1, paths("obj obl(with)")); len(got) != 1 || got[0] != 4 {
		t.Errorf("party path = %v, want [4]", got)
	}
	// Chile agreed a truce on Monday .
	s = tree(t, "Chile/NNP>1:nsubj agreed/VBD>-1:root a/DT>3:det truce/NN>1:obj on/IN>5:case Monday/NNP>1:obl ./.>1:punct")
	if got := claimPath(s, 1, paths("obl(on) obj")); len(got) != 1 || got[0] != 3 {
		t.Errorf("claim path = %v, want [3]", got)
	}
	// they agreed to a cease-fire Wednesday night .
	s = tree(t, "they/PRP>1:nsubj agreed/VBD>-1:root to/IN>6:case a/DT>6:det cease-fire/NN>6:compound Wednesday/NNP>6:compound night/NN>1:obl ./.>1:punct")
	if got := claimPath(s, 1, paths("obl(to)")); len(got) != 1 || got[0] != 6 {
		t.Errorf("claim path = %v, want [6]", got)
	}
}
