package syntax_test

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract/syntax"
)

func load(t testing.TB) (*syntax.Tagger, *syntax.Parser) {
	t.Helper()
	tg, err := syntax.LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	p, err := syntax.LoadParser()
	if err != nil {
		t.Fatal(err)
	}
	return tg, p
}

// parse returns, for each word, "head-word/relation", with ROOT for the root.
func parse(t *testing.T, sentence string) map[string]string {
	t.Helper()
	tg, p := load(t)
	words := strings.Fields(sentence)
	heads, rels := p.Parse(words, tg.Tag(words), nil)
	out := map[string]string{}
	roots := 0
	for i, w := range words {
		head := "ROOT"
		if heads[i] > 0 {
			head = words[heads[i]-1]
		} else {
			roots++
		}
		out[w] = head + "/" + rels[i]
	}
	if roots != 1 {
		t.Errorf("%q has %d roots", sentence, roots)
	}
	return out
}

func TestEmbeddedParserReadsSubjectsObjectsAndClauses(t *testing.T) {
	cases := []struct {
		sentence string
		want     map[string]string
	}{
		{"The foreign minister met his counterpart on Monday .", map[string]string{
			"met": "ROOT/root", "minister": "met/nsubj", "counterpart": "met/obj", "foreign": "minister/amod", "his": "counterpart/nmod:poss",
		}},
		{"The ambassador was summoned by the ministry .", map[string]string{
			"summoned": "ROOT/root", "ambassador": "summoned/nsubj:pass", "ministry": "summoned/obl:agent", "was": "summoned/aux:pass",
		}},
		{"The government denied that its troops had crossed the border .", map[string]string{
			"denied": "ROOT/root", "government": "denied/nsubj", "crossed": "denied/ccomp", "troops": "crossed/nsubj", "that": "crossed/mark",
		}},
		{"Both countries agreed to reopen their embassies .", map[string]string{
			"agreed": "ROOT/root", "countries": "agreed/nsubj", "reopen": "agreed/xcomp", "embassies": "reopen/obj",
		}},
		{"\u201c We are ready to resume the talks , \u201d the envoy told reporters in Oslo on Tuesday .", map[string]string{
			"told": "ROOT/root", "envoy": "told/nsubj", "ready": "told/ccomp", "reporters": "told/iobj", "resume": "ready/xcomp",
		}},
		{"\" Why should we wait ? \" the minister asked .", map[string]string{
			"asked": "ROOT/root", "minister": "asked/nsubj", "wait": "asked/ccomp",
		}},
		{"The 2030 accord -- between Chile , the Netherlands , Peru and Norway -- lifted the fishing quotas .", map[string]string{
			"lifted": "ROOT/root", "accord": "lifted/nsubj", "Chile": "accord/nmod", "quotas": "lifted/obj",
		}},
		{"The envoy -- a veteran of three wars -- signed the truce on Monday .", map[string]string{
			"signed": "ROOT/root", "envoy": "signed/nsubj", "veteran": "envoy/appos", "truce": "signed/obj",
		}},
		// "stand trial" is a verb and its object, never a compound noun
		{"The court asked that the former governor stand trial over the killings and issued a warrant for him .", map[string]string{
			"asked": "ROOT/root", "stand": "asked/ccomp", "governor": "stand/nsubj", "trial": "stand/obj", "issued": "asked/conj",
		}},
	}
	for _, c := range cases {
		got := parse(t, c.sentence)
		for w, want := range c.want {
			if got[w] != want {
				t.Errorf("%q: %s is %s, want %s", c.sentence, w, got[w], want)
			}
		}
	}
}

func TestParseGivesEveryWordAHeadInsideTheSentence(t *testing.T) {
	tg, p := load(t)
	for _, s := range []string{"", "Yes", ". . . .", strings.Repeat("talks and ", 300) + "peace"} {
		words := strings.Fields(s)
		heads, rels := p.Parse(words, tg.Tag(words), nil)
		if len(heads) != len(words) || len(rels) != len(words) {
			t.Fatalf("%d words, %d heads, %d relations", len(words), len(heads), len(rels))
		}
		roots := 0
		for i, h := range heads {
			if h < 0 || h > len(words) || h == i+1 || rels[i] == "" {
				t.Fatalf("word %d: head %d relation %q", i+1, h, rels[i])
			}
			if h == 0 {
				roots++
			}
		}
		if len(words) > 0 && roots != 1 {
			t.Errorf("%d roots in a sentence of %d words", roots, len(words))
		}
	}
}

// readmeLAS returns the LAS the README gives for a treebank file.
func readmeLAS(t *testing.T, file string) float64 {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	row := regexp.MustCompile(`^\| ` + "`" + regexp.QuoteMeta(file) + "`" + ` \| [0-9.]+ \| ([0-9.]+) \|`)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := row.FindStringSubmatch(sc.Text()); m != nil {
			v, err := strconv.ParseFloat(m[1], 64)
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
	}
	t.Fatalf("README.md gives no LAS for %s", file)
	return 0
}

// TestEmbeddedModelScoresWhatTheREADMESays parses the EWT dev set from its words alone
// and checks LAS against the README's figure.
func TestEmbeddedModelScoresWhatTheREADMESays(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "treebank", "en_ewt-ud-dev.conllu")
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the treebank must be beside the project in CI: %v", err)
		}
		t.Skipf("no treebank beside the project: %v", err)
	}
	defer f.Close()
	gold, err := syntax.ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	tg, p := load(t)
	pred := syntax.Annotate(tg, p, gold)
	var s syntax.Score
	for i := range gold {
		if err := s.Add(&gold[i], &pred[i]); err != nil {
			t.Fatal(err)
		}
	}
	want := readmeLAS(t, "en_ewt-ud-dev.conllu")
	if d := s.LAS() - want; d > 0.005 || d < -0.005 {
		t.Errorf("LAS on EWT dev is %.4f; the README says %.4f", s.LAS(), want)
	}
	t.Logf("EWT dev: UAS %.4f LAS %.4f over %d words", s.UAS(), s.LAS(), s.Words)
}

// A sentence the tagger leaves without a finite verb gets its verb in -ed after the name
// that opens it; a sentence with a verb keeps its tags.
func TestVerblessSentenceGetsItsVerb(t *testing.T) {
	tg, _ := load(t)
	words := strings.Fields("Chile imposed sanctions on Peru for its support of the rebels .")
	if tags := tg.Tag(words); tags[1] != "VBD" {
		t.Errorf("imposed tagged %s in %v", tags[1], tags)
	}
	words = strings.Fields("The wounded soldiers were flown home .")
	if tags := tg.Tag(words); tags[1] == "VBD" {
		t.Errorf("wounded tagged VBD in %v", tags)
	}
}

func TestQuotationMarksDoNotChangeTheTagsOfTheWordsTheyQuote(t *testing.T) {
	tg, p := load(t)
	for _, sentence := range []string{
		`Officials said Thursday it is " highly likely " that Iran shot down the plane .`,
		`The ministry said that Chile had " undermined regional stability . "`,
	} {
		quoted := strings.Fields(sentence)
		var plain []string
		for _, w := range quoted {
			if w != `"` {
				plain = append(plain, w)
			}
		}
		// the same clues from the input's tags, the marks' own aside
		given := tg.Tag(plain)
		var qGiven []string
		j := 0
		for _, w := range quoted {
			if w == `"` {
				qGiven = append(qGiven, "``")
				continue
			}
			qGiven = append(qGiven, given[j])
			j++
		}
		q, u := p.Tags(quoted, qGiven), p.Tags(plain, given)
		var got, want []string
		for i, w := range quoted {
			if w != `"` {
				got = append(got, w+"/"+q[i])
			}
		}
		for i, w := range plain {
			want = append(want, w+"/"+u[i])
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("quoted: %v\nplain:  %v", got, want)
		}
	}
}
