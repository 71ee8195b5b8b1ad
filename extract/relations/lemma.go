package relations

import (
	"bufio"
	"github.com/diplograph/diplograph/extract/lexicon"
	"sort"
	"strings"
)

// Lemmas of the words the tree patterns read: every trigger of a pattern file and every
// word of patterns/wrongful.txt and wrongful-acts.txt, with their regular inflections generated here and the
// irregular ones read from patterns/lemmas.txt ("said say"). A word no pattern names
// is its own lemma.

var lemmas = mustLoadLemmas()

// wrongfulActs are the nouns that name a wrongful act, by lemma.
var wrongfulActs = mustLoadWordFile("patterns/wrongful-acts.txt")

// wrongful is the lexicon of predicates and nouns that name a wrongful act, by lemma:
// a statement that an actor did one of them is an accusation.
var wrongful = union(wrongfulVerbs, wrongfulActs)

// wrongfulVerbs are the predicates that name a wrongful act, by lemma.
var wrongfulVerbs = mustLoadWordFile("patterns/wrongful.txt")

// wrongfulVerbForms are the regular forms of wrongfulVerbs: "meddling" is a form of
// "meddle" even where the noun "meddling" is a lemma of its own.
var wrongfulVerbForms = func() lexicon.WordSet {
	out := lexicon.WordSet{}
	for w := range wrongfulVerbs {
		for _, f := range inflections(w) {
			out[f] = true
		}
	}
	return out
}()

// union returns the words of both sets.
func union(a, b lexicon.WordSet) lexicon.WordSet {
	out := lexicon.WordSet{}
	for _, set := range []lexicon.WordSet{a, b} {
		for w := range set {
			out[w] = true
		}
	}
	return out
}

func mustLoadWordFile(name string) lexicon.WordSet {
	b, err := patternFiles.ReadFile(name)
	if err != nil {
		panic(err)
	}
	out := lexicon.WordSet{}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		for _, w := range strings.Fields(line) {
			out[w] = true
		}
	}
	return out
}

func mustLoadLemmas() map[string]string {
	// the words are gathered first, so that a form two words share ("meddling" of
	// "meddle" and of itself) always goes to the same one, whatever the order of the sets
	listed := map[string]bool{}
	add := func(lemma string) { listed[lemma] = true }
	for _, p := range patterns {
		for t := range p.triggers {
			add(t)
		}
		for _, paths := range [][]treePath{p.source, p.target, p.claim} {
			for _, path := range paths {
				for _, st := range path {
					for l := range st.lemma {
						add(l)
					}
				}
			}
		}
	}
	for w := range wrongful {
		add(w)
	}
	for w := range speechVerbs {
		add(w)
	}
	for w := range wrongfulNoun {
		add(w)
	}
	for w := range stanceVerbs {
		add(w)
	}
	for w := range againstVerbs {
		add(w)
	}
	for w := range supportVerbs {
		add(w)
	}
	for w := range callOff {
		add(w)
	}
	for _, set := range []lexicon.WordSet{armsVerbs, arms, dealMakers} {
		for w := range set {
			add(w)
		}
	}
	words := make([]string, 0, len(listed))
	for w := range listed {
		words = append(words, w)
	}
	sort.Strings(words)
	// a word listed is its own lemma ("meeting", "bombing"); the other forms go to the
	// first word, in sorted order, that inflects to them
	out := make(map[string]string, 4*len(words))
	for _, w := range words {
		out[w] = w
	}
	for _, lemma := range words {
		for _, f := range inflections(lemma) {
			if _, ok := out[f]; !ok {
				out[f] = lemma
			}
		}
	}
	b, err := patternFiles.ReadFile("patterns/lemmas.txt")
	if err != nil {
		panic(err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 && !strings.HasPrefix(f[0], "#") {
			out[f[0]] = f[1]
		}
	}
	return out
}

// lemmaOf returns the lemma of a lower-case word.
func lemmaOf(w string) string {
	if l, ok := lemmas[w]; ok {
		return l
	}
	return w
}

// inflections returns a lemma with the regular forms of an English verb or noun:
// -s/-es/-ies, -ed/-d/-ied, -ing (dropping a final e), with the final consonant doubled
// too for short words ("ban", "banned", "banning").
func inflections(l string) []string {
	out := []string{l}
	n := len(l)
	if n < 2 {
		return out
	}
	last := l[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == 'y' && !vowel(l[n-2]):
		stem := l[:n-1]
		out = append(out, stem+"ies", stem+"ied", l+"ing")
	case last == 'e':
		out = append(out, l+"s", l+"d", l[:n-1]+"ing")
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z") ||
		strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh"):
		out = append(out, l+"es", l+"ed", l+"ing")
	default:
		out = append(out, l+"s", l+"ed", l+"ing")
		if n >= 3 && !vowel(last) && vowel(l[n-2]) && !vowel(l[n-3]) && last != 'w' && last != 'x' && last != 'y' {
			out = append(out, l+string(last)+"ed", l+string(last)+"ing")
		}
	}
	return out
}
