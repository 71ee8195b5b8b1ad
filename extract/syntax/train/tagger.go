package train

import (
	"fmt"
	"math/rand"

	"github.com/diplograph/diplograph/extract/syntax"
	"github.com/diplograph/diplograph/extract/syntax/internal/tagging"
)

// trainTagger trains the parser's own tagger and sets every example's tags the way the
// parser will see them on new text: each of opts.TagFolds parts of the examples is
// tagged by a tagger trained on the other parts. The tagger trained on all examples is
// returned for the stored model.
func trainTagger(examples []example, tags []string, rng *rand.Rand, opts Options) (*syntax.Table, error) {
	if opts.TagFolds < 2 {
		return nil, fmt.Errorf("the tagger needs at least 2 folds, not %d", opts.TagFolds)
	}
	hashes := make([]uint64, len(tags))
	for i, t := range tags {
		hashes[i] = tagging.TagHash(t)
	}
	var correct, total int
	for fold := 0; fold < opts.TagFolds; fold++ {
		var trainOn, held []int
		for i := range examples {
			if i%opts.TagFolds == fold {
				held = append(held, i)
			} else {
				trainOn = append(trainOn, i)
			}
		}
		p := fitTagger(examples, trainOn, len(tags), hashes, rng, opts.TagPasses)
		avg := p.averaged()
		for _, i := range held {
			ex := &examples[i]
			ex.tags = tagWith(avg, tags, hashes, ex.words, ex.given)
			for j, t := range ex.tags {
				if t == tags[ex.gold[j]] {
					correct++
				}
				total++
			}
		}
	}
	if opts.Log != nil {
		fmt.Fprintf(opts.Log, "tagger: %.2f%% of training words tagged right by taggers that did not see them\n",
			100*float64(correct)/float64(total))
	}
	all := make([]int, len(examples))
	for i := range all {
		all[i] = i
	}
	return fitTagger(examples, all, len(tags), hashes, rng, opts.TagPasses).table(opts.MinWeight), nil
}

// fitTagger trains a tagger on the given examples, reading left to right with its own
// previous choices, as it runs.
func fitTagger(examples []example, use []int, classes int, hashes []uint64, rng *rand.Rand, passes int) *perceptron {
	p := newPerceptron(classes)
	order := append([]int(nil), use...)
	var x tagging.Sentence
	var feats []uint64
	scores := make([]float32, classes)
	for pass := 0; pass < passes; pass++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			ex := &examples[k]
			x.Reset(ex.words, ex.given)
			prev1, prev2 := uint64(tagging.Start), uint64(tagging.Start)
			for i := range ex.words {
				feats = x.Features(i, prev1, prev2, feats[:0])
				p.score(feats, scores)
				best := argmax(scores)
				if best != ex.gold[i] {
					p.update(feats, ex.gold[i], best)
				}
				p.tick()
				prev2, prev1 = prev1, hashes[best]
			}
		}
	}
	return p
}

func argmax(scores []float32) int {
	best := 0
	for c, s := range scores {
		if s > scores[best] {
			best = c
		}
	}
	return best
}

// tagWith tags words with averaged weights.
func tagWith(avg map[uint64]row, tags []string, hashes []uint64, words, given []string) []string {
	var x tagging.Sentence
	x.Reset(words, given)
	out := make([]string, len(words))
	scores := make([]float32, len(tags))
	var feats []uint64
	prev1, prev2 := uint64(tagging.Start), uint64(tagging.Start)
	for i := range words {
		feats = x.Features(i, prev1, prev2, feats[:0])
		for c := range scores {
			scores[c] = 0
		}
		for _, f := range feats {
			r, ok := avg[f]
			if !ok {
				continue
			}
			for j, a := range r.actions {
				scores[a] += r.w[j]
			}
		}
		best := argmax(scores)
		out[i] = tags[best]
		prev2, prev1 = prev1, hashes[best]
	}
	return out
}

// averaged returns the averaged weights of every feature.
func (p *perceptron) averaged() map[uint64]row {
	out := make(map[uint64]row, len(p.index))
	for k, r := range p.index {
		src := &p.rows[r]
		avg := row{actions: src.actions, w: make([]float32, len(src.w))}
		for i := range src.w {
			avg.w[i] = float32(float64(src.w[i]) - src.u[i]/p.now)
		}
		out[k] = avg
	}
	return out
}
