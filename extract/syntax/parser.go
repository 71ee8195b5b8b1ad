package syntax

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/diplograph/diplograph/extract/syntax/internal/arceager"
	"github.com/diplograph/diplograph/extract/syntax/internal/tagging"
)

// Parser is a greedy arc-eager dependency parser scored by an averaged perceptron. It
// only reads its model, so one Parser serves every goroutine.
type Parser struct {
	labels  []string
	tags    []string
	tagHash []uint64
	tagger  *weights
	w       *weights
	actions int
	// labels the parser gives words it leaves without a head
	rootLabel, restLabel, punctLabel int
	scratch                          sync.Pool
	meta                             map[string]string
}

type scratch struct {
	st     arceager.State
	x      arceager.Sentence
	tx     tagging.Sentence
	own    []string
	feats  []uint64
	rows   []uint32
	scores []int32
}

// NewParser builds a parser from a stored model.
func NewParser(m *ModelFile) (*Parser, error) {
	p := &Parser{labels: m.Labels, tags: m.Tags, tagger: newWeights(&m.Tagger), w: newWeights(&m.Parser),
		actions: arceager.Actions(len(m.Labels)), meta: m.Meta}
	find := func(name string) (int, error) {
		for i, l := range m.Labels {
			if l == name {
				return i, nil
			}
		}
		return 0, fmt.Errorf("parsing model has no relation %q", name)
	}
	var err error
	if p.rootLabel, err = find("root"); err != nil {
		return nil, err
	}
	if p.restLabel, err = find("dep"); err != nil {
		return nil, err
	}
	if p.punctLabel, err = find("punct"); err != nil {
		return nil, err
	}
	if len(m.Tags) == 0 {
		return nil, errors.New("parsing model has no tags")
	}
	for _, t := range m.Tags {
		p.tagHash = append(p.tagHash, tagging.TagHash(t))
	}
	p.scratch.New = func() any { return &scratch{} }
	return p, nil
}

// Labels returns the dependency relations the parser predicts.
func (p *Parser) Labels() []string { return p.labels }

// Meta returns what the model records about its training.
func (p *Parser) Meta() map[string]string { return p.meta }

// Parse returns, for each word of a sentence with its Penn Treebank tag, the position of
// its head (1-based; 0 for the root word) and its Universal Dependencies relation. The
// parser first tags the words again with its own tagger, trained on the treebank's
// tags with the given tags as one of its clues, and reads both. Where names is not nil,
// the words it marks belong to names found in the text and are tagged as proper nouns
// (adjectives such as "Chilean" stay adjectives).
func (p *Parser) Parse(words, tags []string, names []bool) (heads []int, rels []string) {
	if len(words) != len(tags) {
		panic("syntax: Parse needs one tag per word")
	}
	heads = make([]int, len(words))
	rels = make([]string, len(words))
	if len(words) == 0 {
		return heads, rels
	}
	sc := p.scratch.Get().(*scratch)
	defer p.scratch.Put(sc)
	p.parseWhole(sc, words, tags, names, heads, rels)
	repair(words, sc.own, heads, rels)
	return heads, rels
}

// parseWhole parses a sentence into heads and rels with the parts a quotation's
// attribution or a pair of dashes set apart, as Parse does before its repairs; the
// parser's own tags are left in sc.own.
func (p *Parser) parseWhole(sc *scratch, words, tags []string, names []bool, heads []int, rels []string) {
	tags = NormalizeTags(words, tags)
	sc.own = p.retagUnquoted(sc, words, tags, names)
	if cap(sc.scores) < max(p.actions, len(p.tags)) {
		sc.scores = make([]int32, max(p.actions, len(p.tags)))
	}
	own := sc.own
	if i, j := dashPair(words); i >= 0 {
		p.parseAround(sc, words, own, tags, heads, rels, i, j)
		return
	}
	q := attributionStart(words)
	if q < 0 {
		p.parseSpan(sc, words, own, tags, heads, rels, 0)
		return
	}
	// "“Quotation,” A said.": the quotation and its attribution are parsed apart, and the
	// attribution's verb governs what was said
	p.parseSpan(sc, words[:q], own[:q], tags[:q], heads[:q], rels[:q], 0)
	p.parseSpan(sc, words[q:], own[q:], tags[q:], heads[q:], rels[q:], q)
	quoted, verb := -1, -1
	for i, h := range heads {
		if h == 0 && i < q && quoted < 0 {
			quoted = i
		}
		if h == 0 && i >= q && verb < 0 {
			verb = i
		}
	}
	if quoted >= 0 && verb >= 0 {
		heads[quoted], rels[quoted] = verb+1, "ccomp"
	}
}

// pairDashes are the marks that set off a parenthetical phrase in pairs: the dashes,
// and a hyphen standing for one.
var pairDashes = map[string]bool{"--": true, "\u2013": true, "\u2014": true}

// dashPair returns the positions of two dashes that set off a phrase of at least two
// words inside a sentence ("The deal - between A, B and C - lifted sanctions"), with
// words before and after; -1, -1 when there are none or more than two dashes.
func dashPair(words []string) (int, int) {
	i, j := -1, -1
	for k, w := range words {
		if !pairDashes[w] {
			continue
		}
		switch {
		case i < 0:
			i = k
		case j < 0:
			j = k
		default:
			return -1, -1
		}
	}
	if i < 1 || j < 0 || j-i-1 < 2 || j+2 >= len(words) || words[i] != words[j] {
		return -1, -1
	}
	return i, j
}

// parseAround parses a sentence without the phrase its dashes at i and j set off, then
// the phrase apart, and hangs the phrase on the word before the first dash: a clause as
// parataxis of the sentence's root, a phrase opened by a preposition as its modifier, a
// noun phrase in apposition. The dashes are the phrase's punctuation.
func (p *Parser) parseAround(sc *scratch, words, own, given []string, heads []int, rels []string, i, j int) {
	n := len(words)
	outer := func(o int) int { // position in the sentence of the outer sentence's word o
		if o < i {
			return o
		}
		return o + j - i + 1
	}
	ow := append(append(make([]string, 0, n), words[:i]...), words[j+1:]...)
	oo := append(append(make([]string, 0, n), own[:i]...), own[j+1:]...)
	og := append(append(make([]string, 0, n), given[:i]...), given[j+1:]...)
	oh, or := make([]int, len(ow)), make([]string, len(ow))
	p.parseSpan(sc, ow, oo, og, oh, or, 0)
	root := -1
	for o := range ow {
		h := oh[o]
		if h > 0 {
			h = outer(h-1) + 1
		} else if root < 0 {
			root = outer(o)
		}
		heads[outer(o)], rels[outer(o)] = h, or[o]
	}
	p.parseSpan(sc, words[i+1:j], own[i+1:j], given[i+1:j], heads[i+1:j], rels[i+1:j], i+1)
	inner := -1
	for k := i + 1; k < j; k++ {
		if heads[k] == 0 {
			inner = k
			break
		}
	}
	if inner < 0 || root < 0 {
		return
	}
	before := i - 1
	switch t := own[inner]; {
	case strings.HasPrefix(t, "VB") || t == "MD":
		heads[inner], rels[inner] = root+1, "parataxis"
	case own[i+1] == "IN" && !strings.HasPrefix(own[before], "VB"):
		heads[inner], rels[inner] = before+1, "nmod"
	case own[i+1] == "IN":
		heads[inner], rels[inner] = before+1, "obl"
	default:
		heads[inner], rels[inner] = before+1, "appos"
	}
	heads[i], rels[i] = inner+1, "punct"
	heads[j], rels[j] = inner+1, "punct"
}

// parseSpan parses words (tagged own by the parser's tagger, given by the input) into
// heads and rels, whose heads count from 1 and are moved by off; the span's root gets
// head 0.
func (p *Parser) parseSpan(sc *scratch, words, own, given []string, heads []int, rels []string, off int) {
	st, x := &sc.st, &sc.x
	st.Reset(len(words))
	x.Reset(words, own, given)
	scores := sc.scores[:p.actions]
	for !st.Terminal() {
		sc.feats = x.Features(st, sc.feats[:0])
		for i := range scores {
			scores[i] = 0
		}
		sc.rows = p.w.score(sc.feats, scores, sc.rows)
		move, label := p.best(st, scores)
		st.Apply(move, label)
	}
	st.Finish(p.rootLabel, p.restLabel, p.punctLabel, func(i int) bool { return isPunct(words[i-1]) })
	// marks that end or divide clauses head nothing in the treebank: a word the parser hung
	// from one goes to the mark's own head
	for i := 1; i <= st.N; i++ {
		if h := st.Heads[i]; h > 0 && clausePunct[words[h-1]] && st.Heads[h] > 0 {
			st.Heads[i] = st.Heads[h]
		}
	}
	for i := range words {
		heads[i] = st.Heads[i+1]
		if heads[i] > 0 {
			heads[i] += off
		}
		rels[i] = p.labels[st.Labels[i+1]]
	}
}

// retagUnquoted tags the words as retag does, with quotation marks kept out of the
// tagger's sight (a mark inside a clause misleads it about its neighbours: "had
// “undermined”" read "had" as the verb); the marks keep their given tags.
func (p *Parser) retagUnquoted(sc *scratch, words, tags []string, names []bool) []string {
	keep := withoutQuotes(words)
	if keep == nil {
		return p.retag(&sc.tx, words, tags, names, sc.own[:0], sc)
	}
	kw, kg := make([]string, len(keep)), make([]string, len(keep))
	var kn []bool
	if names != nil {
		kn = make([]bool, len(keep))
	}
	for j, i := range keep {
		kw[j], kg[j] = words[i], tags[i]
		if names != nil {
			kn[j] = names[i]
		}
	}
	kt := p.retag(&sc.tx, kw, kg, kn, nil, sc)
	own := append(sc.own[:0], tags...)
	for j, i := range keep {
		own[i] = kt[j]
	}
	return own
}

// withoutQuotes returns the positions of the words that are not quotation marks, or nil
// when there are no marks or only marks.
func withoutQuotes(words []string) []int {
	n := 0
	for _, w := range words {
		if openQuotes[w] || closeQuotes[w] {
			n++
		}
	}
	if n == 0 || n == len(words) {
		return nil
	}
	keep := make([]int, 0, len(words)-n)
	for i, w := range words {
		if !openQuotes[w] && !closeQuotes[w] {
			keep = append(keep, i)
		}
	}
	return keep
}

// speechForms are the forms of the verbs that attribute a quotation.
var speechForms = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true,
	"asked": true, "asks": true, "warned": true, "warns": true, "insisted": true, "insists": true,
	"declared": true, "stated": true, "wrote": true, "writes": true, "tweeted": true,
	"explained": true, "argued": true, "noted": true, "replied": true, "responded": true,
	"continued": true, "recalled": true, "acknowledged": true, "admitted": true,
	"claimed": true, "stressed": true, "cautioned": true, "concluded": true, "announced": true,
	"reported": true, "reports": true,
}

// openQuotes and closeQuotes are the marks that open and close a quotation.
var (
	openQuotes  = map[string]bool{"\"": true, "\u201c": true, "``": true}
	closeQuotes = map[string]bool{"\"": true, "\u201d": true, "''": true}
)

// attributionStart returns where the attribution of a sentence that opens with a
// quotation begins ("“We will sign,” the minister said on Monday."): the word after the
// closing mark, when a comma, question or exclamation mark ends the quotation and the
// rest holds a verb of saying and no other quotation. It returns -1 otherwise.
func attributionStart(words []string) int {
	n := len(words)
	if n < 5 || !openQuotes[words[0]] {
		return -1
	}
	c := -1
	for i := 1; i < n; i++ {
		if closeQuotes[words[i]] || openQuotes[words[i]] {
			c = i
			break
		}
	}
	if c < 2 || c+2 >= n || words[c-1] != "," && words[c-1] != "?" && words[c-1] != "!" {
		return -1
	}
	speech := false
	for i := c + 1; i < n; i++ {
		if closeQuotes[words[i]] || openQuotes[words[i]] {
			return -1
		}
		speech = speech || speechForms[words[i]]
	}
	if !speech || n-c-1 > 30 {
		return -1
	}
	return c + 1
}

// Tags returns the parser's own tags of a sentence's words (the treebank's tag set),
// given the tags they came with.
func (p *Parser) Tags(words, given []string) []string {
	sc := p.scratch.Get().(*scratch)
	defer p.scratch.Put(sc)
	return append([]string(nil), p.retagUnquoted(sc, words, NormalizeTags(words, given), nil)...)
}

// NormalizeTags returns the tags with quotation marks and brackets given their Penn
// Treebank tags (prose's tagger reads a lone " as a noun or a verb about as often as
// as a quote), opening and closing double quotes told apart by their order.
func NormalizeTags(words, tags []string) []string {
	var out []string
	quotes := 0
	for i, w := range words {
		t := ""
		switch w {
		case "\"", "\u201c", "\u201d", "``", "''":
			t = "``"
			if w == "\u201d" || w == "''" || w == "\"" && quotes%2 == 1 {
				t = "''"
			}
			quotes++
		case "(", "[", "{":
			t = "-LRB-"
		case ")", "]", "}":
			t = "-RRB-"
		}
		if t == "" || t == tags[i] {
			continue
		}
		if out == nil {
			out = append([]string(nil), tags...)
		}
		out[i] = t
	}
	if out == nil {
		return tags
	}
	return out
}

// retag appends the parser's own tags of the words to out.
func (p *Parser) retag(tx *tagging.Sentence, words, given []string, names []bool, out []string, sc *scratch) []string {
	tx.Reset(words, given)
	if cap(sc.scores) < max(p.actions, len(p.tags)) {
		sc.scores = make([]int32, max(p.actions, len(p.tags)))
	}
	scores := sc.scores[:len(p.tags)]
	prev1, prev2 := uint64(tagging.Start), uint64(tagging.Start)
	for i := range words {
		sc.feats = tx.Features(i, prev1, prev2, sc.feats[:0])
		for c := range scores {
			scores[c] = 0
		}
		sc.rows = p.tagger.score(sc.feats, scores, sc.rows)
		best := 0
		for c, s := range scores {
			if s > scores[best] {
				best = c
			}
		}
		if dashes[words[i]] {
			// a dash between words is punctuation, whatever its neighbours suggest
			// ("MANILA — The Philippines accused ...")
			for c, t := range p.tags {
				if t == ":" {
					best = c
				}
			}
		}
		if names != nil && names[i] && p.tags[best] != "NNP" && p.tags[best] != "NNPS" && p.tags[best] != "JJ" {
			// a word of a name found in the text is a proper noun, however a headline's
			// capitals read ("U.S. and Mexico Agree to C")
			for c, t := range p.tags {
				if t == "NNP" {
					best = c
				}
			}
		}
		out = append(out, p.tags[best])
		prev2, prev1 = prev1, p.tagHash[best]
	}
	mendTags(words, out[len(out)-len(words):])
	return out
}

// best returns the legal move with the highest score.
func (p *Parser) best(st *arceager.State, scores []int32) (move, label int) {
	legal := [4]bool{}
	for m := arceager.Shift; m <= arceager.Right; m++ {
		legal[m] = st.Legal(m)
	}

	bestAction, bestScore := -1, int32(0)
	for a, s := range scores {
		m, _ := arceager.Move(a)
		if !legal[m] {
			continue
		}
		if bestAction < 0 || s > bestScore {
			bestAction, bestScore = a, s
		}
	}
	return arceager.Move(bestAction)
}

// clausePunct are the marks that end or divide clauses and never head a word.
var clausePunct = map[string]bool{".": true, ",": true, ";": true, ":": true, "!": true, "?": true, "...": true,
	"\u2014": true, "\u2013": true, "--": true}

// dashes are the words of a dash set between words: em dash, en dash, double hyphen
// (a lone hyphen is as often one within a word the treebank splits: "cease - fire").
var dashes = map[string]bool{"\u2014": true, "\u2013": true, "--": true}

// isPunct reports whether a word is made only of punctuation and symbols.
func isPunct(w string) bool {
	for _, r := range w {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return w != ""
}
