package syntax

import (
	"errors"
	"fmt"
	"sync"
	"unicode"

	"github.com/diplograph/diplograph/extract/syntax/internal/arceager"
)

// Parser is a greedy arc-eager dependency parser scored by an averaged perceptron. It
// only reads its model, so one Parser serves every goroutine.
type Parser struct {
	labels  []string
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
	feats  []uint64
	scores []float32
}

// NewParser builds a parser from a stored model.
func NewParser(m *ModelFile) (*Parser, error) {
	p := &Parser{labels: m.Labels, w: newWeights(m), actions: arceager.Actions(len(m.Labels)), meta: m.Meta}
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
	for _, a := range m.Actions {
		if int(a) >= p.actions {
			return nil, errors.New("parsing model has an action beyond its relations")
		}
	}
	p.scratch.New = func() any { return &scratch{} }
	return p, nil
}

// Labels returns the dependency relations the parser predicts.
func (p *Parser) Labels() []string { return p.labels }

// Meta returns what the model records about its training.
func (p *Parser) Meta() map[string]string { return p.meta }

// Parse returns, for each word of a sentence with its Penn Treebank tag, the position of
// its head (1-based; 0 for the root word) and its Universal Dependencies relation.
func (p *Parser) Parse(words, tags []string) (heads []int, rels []string) {
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
	st, x := &sc.st, &sc.x
	st.Reset(len(words))
	x.Reset(words, tags)
	if cap(sc.scores) < p.actions {
		sc.scores = make([]float32, p.actions)
	}
	scores := sc.scores[:p.actions]
	for !st.Terminal() {
		sc.feats = x.Features(st, sc.feats[:0])
		for i := range scores {
			scores[i] = 0
		}
		p.w.score(sc.feats, scores)
		move, label := p.best(st, scores)
		st.Apply(move, label)
	}
	st.Finish(p.rootLabel, p.restLabel, p.punctLabel, func(i int) bool { return isPunct(words[i-1]) })
	for i := range words {
		heads[i] = st.Heads[i+1]
		rels[i] = p.labels[st.Labels[i+1]]
	}
	return heads, rels
}

// best returns the legal move with the highest score.
func (p *Parser) best(st *arceager.State, scores []float32) (move, label int) {
	legal := [4]bool{}
	for m := arceager.Shift; m <= arceager.Right; m++ {
		legal[m] = st.Legal(m)
	}
	bestAction, bestScore := -1, float32(0)
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

// isPunct reports whether a word is made only of punctuation and symbols.
func isPunct(w string) bool {
	for _, r := range w {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return w != ""
}
