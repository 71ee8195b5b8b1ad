package parse

import (
	"strings"
	"sync"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/internal/testcorpus"
	"github.com/jdkato/prose/v2"
)

var (
	testTaggerOnce sync.Once
	testTagger     *Tagger
)

// mustTagger returns the tagger the tests share, loaded once.
func mustTagger(t testing.TB) *Tagger {
	t.Helper()
	testTaggerOnce.Do(func() {
		tg, err := NewTagger()
		if err != nil {
			t.Fatalf("new tagger: %v", err)
		}
		testTagger = tg
	})
	return testTagger
}

func TestTokensKeepOffsets(t *testing.T) {
	tg := mustTagger(t)
	for _, text := range []string{
		"Berg\u2019s team said \u201cno\u201d to Peru\u2019s offer.",
		"The U.S. and Chile's navy (not Peru's) met on Nov. 7, officials said.",
		"Z\u00fcrich hosted S\u00e3o Paulo's mayor \u2014 briefly.",
	} {
		toks := tg.tokens(text)
		if len(toks) == 0 {
			t.Fatalf("no tokens for %q", text)
		}
		last := 0
		for _, tok := range toks {
			if tok.Start < last || tok.End <= tok.Start || text[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %+v does not sit at its offsets", text, tok)
			}
			if tok.Tag == "" {
				t.Errorf("%q: token %q has no tag", text, tok.Text)
			}
			last = tok.End
		}
	}
}

func TestTokensTags(t *testing.T) {
	toks := mustTagger(t).tokens("Chile accused Peru of spying.")
	var got []string
	for _, tok := range toks {
		got = append(got, tok.Text+"/"+tok.Tag)
	}
	want := "Chile/NNP accused/VBD Peru/NNP of/IN spying/VBG ./."
	if strings.Join(got, " ") != want {
		t.Errorf("tags: got %q, want %q", strings.Join(got, " "), want)
	}
}

func TestNewDocument(t *testing.T) {
	a := diplograph.Article{
		Title: "Chile and Peru Meet",
		Body:  "Chile met Peru. Both sides\nspoke.\n\nLater, Peru left.",
	}
	doc := NewDocument(a, mustTagger(t))
	if doc.Title == nil || doc.Title.Index != -1 || doc.Title.Text != "Chile and Peru Meet" {
		t.Fatalf("title: %+v", doc.Title)
	}
	var got []string
	for i, s := range doc.Sentences {
		if s.Index != i {
			t.Errorf("sentence %d has index %d", i, s.Index)
		}
		got = append(got, s.Text)
	}
	want := []string{"Chile met Peru.", "Both sides spoke.", "Later, Peru left."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences: got %q, want %q", got, want)
	}
	if all := doc.All(); len(all) != 4 || all[0] != doc.Title {
		t.Errorf("All() = %d sentences, want title first and 4 in all", len(all))
	}
}

// TestTaggerMatchesProse checks that the tagger reads prose's model the way prose does:
// the tags agree with prose's own tagging of the same text.
func TestTaggerMatchesProse(t *testing.T) {
	tg := mustTagger(t)
	ref, err := prose.NewDocument("x", prose.WithExtraction(false), prose.WithSegmentation(false))
	if err != nil {
		t.Fatal(err)
	}
	same, total := 0, 0
	for _, a := range testcorpus.Generated(20, 20) {
		for _, p := range paragraphs(a.Body) {
			for _, s := range splitSentences(p) {
				d, err := prose.NewDocument(s, prose.UsingModel(ref.Model), prose.WithExtraction(false), prose.WithSegmentation(false))
				if err != nil {
					t.Fatal(err)
				}
				want := d.Tokens()
				got := tg.tokens(s)
				if len(got) != len(want) {
					t.Fatalf("%q: %d tokens, prose has %d", s, len(got), len(want))
				}
				for i := range got {
					total++
					if got[i].Tag == want[i].Tag {
						same++
					}
				}
			}
		}
	}
	if total == 0 || float64(same) < 0.995*float64(total) {
		t.Errorf("tags agree with prose on %d of %d tokens", same, total)
	}
}

func TestSentencesCarryTheirParse(t *testing.T) {
	tg, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	s := &Sentence{Text: "The envoy met the minister of Chile in Lima."}
	s.Tokens = tg.tokens(s.Text)
	tg.Parse(s)
	root := s.Root()
	if root < 0 || s.Tokens[root].Text != "met" {
		t.Fatalf("root %d in %+v", root, s.Tokens)
	}
	roots := 0
	for i, tok := range s.Tokens {
		if tok.Head == -1 {
			roots++
		}
		if tok.Head < -1 || tok.Head >= len(s.Tokens) || tok.Head == i || tok.Dep == "" {
			t.Fatalf("token %d %q: head %d relation %q", i, tok.Text, tok.Head, tok.Dep)
		}
	}
	if roots != 1 {
		t.Errorf("%d roots", roots)
	}
	subj, obj := -1, -1
	for _, c := range s.Children(root) {
		switch s.Tokens[c].Dep {
		case "nsubj":
			subj = c
		case "obj":
			obj = c
		}
	}
	if subj < 0 || s.Tokens[subj].Text != "envoy" || obj < 0 || s.Tokens[obj].Text != "minister" {
		t.Fatalf("subject %d object %d of %q", subj, obj, s.Text)
	}
	if start, end := s.Subtree(subj); start != 0 || end != 2 {
		t.Errorf("subject subtree [%d,%d), want [0,2)", start, end)
	}
	if start, end := s.Subtree(root); start != 0 || end != len(s.Tokens) {
		t.Errorf("root subtree [%d,%d), want the whole sentence", start, end)
	}
}

// TestDatelineEnd: a dateline in capitals ending in a dash is parsed apart from its
// sentence.
func TestDatelineEnd(t *testing.T) {
	for text, want := range map[string]int{
		"MANILA \u2014 The Philippines accused China of ramming a boat .":  1,
		"NEW DELHI \u2014 India blamed Pakistan for the attack .":          2,
		"BRUSSELS/LONDON ( Reuters ) - Britain and the EU agreed a text .": 4,
		"The talks \u2014 the first in years \u2014 ended .":               -1,
		"NATO \u2014 .": -1,
		"U.S. and Mexico Agree to Preliminary Nafta Deal": -1,
	} {
		if got := datelineEnd(strings.Fields(text)); got != want {
			t.Errorf("datelineEnd(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestPlaceDateline: a dateline of known names in title case ends at its dash; a
// sentence opening with a name and a dash is no dateline when the words are not all names.
func TestPlaceDateline(t *testing.T) {
	names := []Mention{{Start: 0, End: 1}, {Start: 2, End: 3}, {Start: 4, End: 5}}
	for text, want := range map[string]int{
		"Lima , Peru - Chile and Peru signed a truce .": 3,
		"Lima - Chile and Peru signed a truce .":        1,
		"Lima , Today - Chile and Peru signed .":        -1,
		"Talks , Peru - went on .":                      -1,
		"Lima , Peru - ended .":                         -1,
	} {
		words := strings.Fields(text)
		ms := names
		if strings.HasPrefix(text, "Lima , Today") {
			ms = names[:1]
		}
		if strings.HasPrefix(text, "Talks") {
			ms = names[1:2]
		}
		if got := placeDateline(words, ms); got != want {
			t.Errorf("placeDateline(%q) = %d, want %d", text, got, want)
		}
	}
}

func TestShortNameBeforeFullStop(t *testing.T) {
	tg := mustTagger(t)
	for text, want := range map[string]string{
		"The envoy later met Mr. Ho.":      "The|envoy|later|met|Mr.|Ho|.",
		"Talks with Gen. Abe resume Sept.": "Talks|with|Gen.|Abe|resume|Sept.",
		// a contraction ends its word: "O'Reilly" keeps its "'Re"
		"They're meeting Bill O'Reilly today.": "They|'re|meeting|Bill|O'Reilly|today|.",
	} {
		var got []string
		for _, tok := range tg.tokens(text) {
			got = append(got, tok.Text)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: got %q, want %q", text, strings.Join(got, "|"), want)
		}
	}
}

func TestHeadlineTaggedInBodyCase(t *testing.T) {
	doc := NewDocument(diplograph.Article{
		Title: "Chile and Peru Agree to Preliminary Trade Deal",
		Body:  "Officials from Chile and Peru said the deal would be signed in Lima.",
	}, mustTagger(t))
	tags := map[string]string{}
	for _, tok := range doc.Title.Tokens {
		tags[tok.Text] = tok.Tag
	}
	if !strings.HasPrefix(tags["Agree"], "VB") || tags["Deal"] != "NN" {
		t.Errorf("headline tags: Agree/%s Deal/%s, want a verb and a common noun", tags["Agree"], tags["Deal"])
	}
	if tags["Peru"] != "NNP" {
		t.Errorf("headline tags: Peru/%s, want NNP (the body capitalises it)", tags["Peru"])
	}
	if headlineCase(NewDocument(diplograph.Article{Title: "Chile and Peru agree to a trade deal"}, mustTagger(t)).Title.Tokens) {
		t.Error("a title in sentence case is taken for a headline-case one")
	}
}

// "'ve" and "'d" end a word as contractions, the way the treebanks split them.
func TestFinalContractions(t *testing.T) {
	text := "They've agreed and he'd left, but O'Dowd stayed."
	var got []string
	for _, sp := range splitTokens(text) {
		got = append(got, text[sp[0]:sp[1]])
	}
	want := "They|'ve|agreed|and|he|'d|left|,|but|O'Dowd|stayed|."
	if strings.Join(got, "|") != want {
		t.Errorf("tokens %q, want %s", got, want)
	}
}

// A hyphen between spaces is a dash: the phrase a pair of them sets off hangs on the
// word before it, and the sentence keeps its subject.
func TestSpacedHyphensSetOffAPhrase(t *testing.T) {
	tg, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	s := &Sentence{Text: "The 2030 accord - between Chile, the Netherlands, Peru and Norway - lifted the fishing quotas."}
	s.Tokens = tg.tokens(s.Text)
	tg.Parse(s)
	root := s.Root()
	if root < 0 || s.Tokens[root].Text != "lifted" {
		t.Fatalf("root %d in %+v", root, s.Tokens)
	}
	for i, tok := range s.Tokens {
		if tok.Text == "accord" && (tok.Head != root || tok.Dep != "nsubj") {
			t.Errorf("accord hangs from %d as %s", tok.Head, tok.Dep)
		}
		if tok.Text == "Chile" && (tok.Head != i-3 || tok.Dep != "nmod") {
			t.Errorf("Chile hangs from %d as %s, want the accord's nmod", tok.Head, tok.Dep)
		}
	}
}
