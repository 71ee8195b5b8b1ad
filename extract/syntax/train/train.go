// Package train trains the dependency parser of package syntax on a Universal
// Dependencies treebank: a greedy arc-eager parser whose averaged perceptron learns
// from a dynamic oracle with exploration (Goldberg and Nivre 2012), on the tags the
// run-time tagger predicts rather than the treebank's own, so that training sees what
// parsing will see. It takes treebank sentences and returns a syntax.ModelFile.
package train

import (
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"strconv"
	"time"

	"github.com/diplograph/diplograph/extract/syntax"
	"github.com/diplograph/diplograph/extract/syntax/internal/arceager"
)

// Options are the training settings.
type Options struct {
	// Epochs is the number of passes over the training sentences.
	Epochs int
	// Seed fixes the order of sentences in each pass and the exploration choices, so that
	// a run is reproducible.
	Seed int64
	// ExploreFrom is the first pass (0-based) in which the trainer follows its own
	// predictions, right or wrong, instead of the oracle's.
	ExploreFrom int
	// FollowOracle is the chance of following the oracle anyway once exploring.
	FollowOracle float64
	// MinWeight drops averaged weights smaller than this from the stored model.
	MinWeight float64
	// TagPasses is the number of passes of the parser's own tagger; TagFolds the number
	// of parts the training set is cut into so that each part is tagged by a tagger
	// trained on the others, with the errors a tagger makes on unseen text.
	TagPasses, TagFolds int
	// Log receives one line per pass; nil for none.
	Log io.Writer
}

// DefaultOptions are the settings the committed model was trained with.
func DefaultOptions() Options {
	return Options{Epochs: 15, Seed: 1, ExploreFrom: 1, FollowOracle: 0.1, MinWeight: 0.5, TagPasses: 8, TagFolds: 10}
}

type example struct {
	words, given, tags []string
	gold               []int // the treebank's tag of each word, by index in the tag set
	heads, labels      []int // indexed by word, 1-based; entry 0 unused
}

// Train learns a parsing model from train, keeping the pass that scores best on dev.
func Train(trainSet, dev []syntax.Sentence, tagger *syntax.Tagger, opts Options) (*syntax.ModelFile, error) {
	labels, index := labelSet(trainSet)
	if len(labels) > arceager.MaxLabels {
		return nil, fmt.Errorf("treebank has %d relations; the parser holds at most %d", len(labels), arceager.MaxLabels)
	}
	tags, tagIndex := tagSet(trainSet)
	if len(tags) > 256 {
		return nil, fmt.Errorf("treebank has %d tags; the tagger holds at most 256", len(tags))
	}
	var examples []example
	for _, s := range trainSet {
		if ex, ok := newExample(s, tagger, index, tagIndex); ok {
			examples = append(examples, ex)
		}
	}
	if len(examples) == 0 {
		return nil, fmt.Errorf("no training sentences")
	}
	rng := rand.New(rand.NewSource(opts.Seed))
	tagTable, err := trainTagger(examples, tags, rng, opts)
	if err != nil {
		return nil, err
	}
	p := newPerceptron(arceager.Actions(len(labels)))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	var best *syntax.ModelFile
	bestLAS := -1.0
	st := arceager.NewState(0)
	var x arceager.Sentence
	var feats []uint64
	costs := make([]int, p.classes)
	scores := make([]float32, p.classes)
	for epoch := 0; epoch < opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var states, errors int
		for _, k := range order {
			ex := &examples[k]
			st.Reset(len(ex.words))
			x.Reset(ex.words, ex.tags, ex.given)
			for !st.Terminal() {
				feats = x.Features(st, feats[:0])
				p.score(feats, scores)
				minCost := st.Costs(ex.heads, ex.labels, len(labels), costs)
				pred, gold := -1, -1
				for a, c := range costs {
					if c < 0 {
						continue
					}
					if pred < 0 || scores[a] > scores[pred] {
						pred = a
					}
					if c == minCost && (gold < 0 || scores[a] > scores[gold]) {
						gold = a
					}
				}
				states++
				if costs[pred] > minCost {
					errors++
					p.update(feats, gold, pred)
				}
				p.tick()
				next := gold
				if epoch >= opts.ExploreFrom && rng.Float64() >= opts.FollowOracle {
					next = pred
				}
				st.Apply(arceager.Move(next))
			}
		}
		m := &syntax.ModelFile{Tags: tags, Labels: labels, Tagger: *tagTable, Parser: *p.table(opts.MinWeight)}
		score, err := evaluate(m, tagger, dev)
		if err != nil {
			return nil, err
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "pass %2d: %d states, %.2f%% wrong moves, %d features; dev UAS %.4f LAS %.4f (%s)\n",
				epoch+1, states, 100*float64(errors)/float64(states), len(m.Parser.Keys), score.UAS(), score.LAS(),
				time.Since(start).Round(time.Second))
		}
		if score.LAS() > bestLAS {
			bestLAS, best = score.LAS(), m
			best.Meta = map[string]string{
				"pass": strconv.Itoa(epoch + 1), "passes": strconv.Itoa(opts.Epochs),
				"seed": strconv.FormatInt(opts.Seed, 10), "train sentences": strconv.Itoa(len(examples)),
				"dev UAS": fmt.Sprintf("%.4f", score.UAS()), "dev LAS": fmt.Sprintf("%.4f", score.LAS()),
				"min weight": strconv.FormatFloat(opts.MinWeight, 'g', -1, 64),
			}
		}
	}
	if best == nil {
		return nil, fmt.Errorf("no training passes")
	}
	return best, nil
}

// labelSet returns the relations of the treebank in sorted order, with the ones the
// parser needs for words it leaves unattached, and the index of each.
func labelSet(sents []syntax.Sentence) ([]string, map[string]int) {
	seen := map[string]bool{"root": true, "dep": true, "punct": true}
	for _, s := range sents {
		for _, w := range s.Words {
			seen[w.Rel] = true
		}
	}
	return indexed(seen)
}

// tagSet returns the treebank's XPOS tags in sorted order and the index of each.
func tagSet(sents []syntax.Sentence) ([]string, map[string]int) {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			seen[w.XPOS] = true
		}
	}
	return indexed(seen)
}

// indexed returns the members of a set in sorted order and the index of each.
func indexed(set map[string]bool) ([]string, map[string]int) {
	out := make([]string, 0, len(set))
	for v := range set {
		out = append(out, v)
	}
	sort.Strings(out)
	index := make(map[string]int, len(out))
	for i, v := range out {
		index[v] = i
	}
	return out, index
}

func newExample(s syntax.Sentence, tagger *syntax.Tagger, index, tagIndex map[string]int) (example, bool) {
	n := len(s.Words)
	if n == 0 {
		return example{}, false
	}
	ex := example{words: s.Forms(), heads: make([]int, n+1), labels: make([]int, n+1), gold: make([]int, n)}
	for i, w := range s.Words {
		if w.Head < 0 {
			return example{}, false
		}
		ex.heads[i+1] = w.Head
		ex.labels[i+1] = index[w.Rel]
		ex.gold[i] = tagIndex[w.XPOS]
	}
	ex.given = syntax.NormalizeTags(ex.words, tagger.Tag(ex.words))
	return ex, true
}

// evaluate parses dev with m and scores it.
func evaluate(m *syntax.ModelFile, tagger *syntax.Tagger, dev []syntax.Sentence) (syntax.Score, error) {
	var score syntax.Score
	parser, err := syntax.NewParser(m)
	if err != nil {
		return score, err
	}
	pred := syntax.Annotate(tagger, parser, dev)
	for i := range dev {
		if err := score.Add(&dev[i], &pred[i]); err != nil {
			return score, err
		}
	}
	return score, nil
}

// perceptron is a multi-class averaged perceptron over sparse rows: each feature keeps
// weights only for the actions it was ever updated for. Averaging uses the running sum
// of time-stamped updates (Daumé 2006), so no pass over all weights is needed per step.
type perceptron struct {
	classes int
	index   map[uint64]int32
	rows    []row
	now     float64
}

type row struct {
	actions []uint8
	w       []float32
	u       []float64
}

func newPerceptron(classes int) *perceptron {
	return &perceptron{classes: classes, index: map[uint64]int32{}, now: 1}
}

func (p *perceptron) score(feats []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			continue
		}
		row := &p.rows[r]
		for i, a := range row.actions {
			scores[a] += row.w[i]
		}
	}
}

func (p *perceptron) update(feats []uint64, good, bad int) {
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.rows))
			p.index[f] = r
			p.rows = append(p.rows, row{})
		}
		row := &p.rows[r]
		row.add(good, 1, p.now)
		row.add(bad, -1, p.now)
	}
}

func (r *row) add(action int, delta float32, now float64) {
	for i, a := range r.actions {
		if int(a) == action {
			r.w[i] += delta
			r.u[i] += now * float64(delta)
			return
		}
	}
	r.actions = append(r.actions, uint8(action))
	r.w = append(r.w, delta)
	r.u = append(r.u, now*float64(delta))
}

func (p *perceptron) tick() { p.now++ }

// table returns the averaged weights in their stored form, without weights under min.
func (p *perceptron) table(minWeight float64) *syntax.Table {
	m := &syntax.Table{Offsets: []uint32{0}}
	var ws []float32
	for _, k := range syntax.SortedKeys(p.index) {
		row := &p.rows[p.index[k]]
		n := 0
		order := make([]int, len(row.actions))
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(a, b int) bool { return row.actions[order[a]] < row.actions[order[b]] })
		for _, i := range order {
			avg := float64(row.w[i]) - row.u[i]/p.now
			if math.Abs(avg) < minWeight {
				continue
			}
			m.Classes = append(m.Classes, row.actions[i])
			ws = append(ws, float32(avg))
			n++
		}
		if n > 0 {
			m.Keys = append(m.Keys, k)
			m.Offsets = append(m.Offsets, uint32(len(ws)))
		}
	}
	m.Weights, m.Scale = syntax.Quantize(ws)
	return m
}
