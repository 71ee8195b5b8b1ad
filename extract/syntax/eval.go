package syntax

import (
	"fmt"
	"strings"
)

// Score counts attachment against a gold treebank the way the CoNLL 2018 shared task's
// evaluation does on gold tokenization: every word counts, punctuation included, and
// relations are compared by their universal part (subtypes after ':' ignored).
type Score struct {
	Words, Heads, Labelled int
}

// UAS is the share of words with the right head.
func (s Score) UAS() float64 { return ratio(s.Heads, s.Words) }

// LAS is the share of words with the right head and the right relation.
func (s Score) LAS() float64 { return ratio(s.Labelled, s.Words) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add counts one predicted sentence against its gold one; both must have the same words.
func (s *Score) Add(gold, pred *Sentence) error {
	if len(gold.Words) != len(pred.Words) {
		return fmt.Errorf("sentence has %d gold words and %d predicted", len(gold.Words), len(pred.Words))
	}
	for i, g := range gold.Words {
		p := pred.Words[i]
		s.Words++
		if g.Head == p.Head {
			s.Heads++
			if universal(g.Rel) == universal(p.Rel) {
				s.Labelled++
			}
		}
	}
	return nil
}

// universal returns a relation without its subtype: "nsubj" for "nsubj:pass".
func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// Annotate tags and parses the words of each sentence, from their forms alone, and
// returns copies with the predicted XPOS, HEAD and DEPREL; the gold columns that are
// not predicted (lemma, UPOS, features, enhanced dependencies) are left blank.
func Annotate(t *Tagger, p *Parser, sents []Sentence) []Sentence {
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		forms := s.Forms()
		tags := t.Tag(forms)
		heads, rels := p.Parse(forms, tags, nil)
		words := make([]Word, len(s.Words))
		for j, w := range s.Words {
			words[j] = Word{ID: w.ID, Form: w.Form, XPOS: tags[j], Head: heads[j], Rel: rels[j], Misc: w.Misc}
		}
		out[i] = Sentence{Comments: s.Comments, Words: words, Multiword: s.Multiword}
	}
	return out
}
