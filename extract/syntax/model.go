package syntax

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"

	"github.com/diplograph/diplograph/extract/syntax/internal/arceager"
)

// modelFormat is the version of the stored model's layout.
const modelFormat = 1

//go:embed model/parser.gob.gz
var embeddedModel []byte

// Table is one classifier's weights in the form they are stored: for every feature key
// (sorted), the classes it votes for and their weights, quantised to int16 with one
// scale.
type Table struct {
	Keys    []uint64
	Offsets []uint32
	Classes []uint8
	Weights []int16
	Scale   float32
}

// ModelFile is a trained model as it is stored: the parser's own tagger (Tags are its
// classes) and the parser (its classes are the actions of the transition system over
// Labels). Meta records how the model was trained and what it scored on the dev set.
type ModelFile struct {
	Format int
	Tags   []string
	Labels []string
	Tagger Table
	Parser Table
	Meta   map[string]string
}

func (t *Table) valid(classes int) bool {
	if len(t.Offsets) != len(t.Keys)+1 || len(t.Classes) != len(t.Weights) || int(t.Offsets[len(t.Keys)]) != len(t.Weights) {
		return false
	}
	for _, c := range t.Classes {
		if int(c) >= classes {
			return false
		}
	}
	return true
}

// stored is a ModelFile as it is encoded: Meta as sorted pairs, so that the same model
// is always the same bytes.
type stored struct {
	Format       int
	Tags, Labels []string
	Tagger       Table
	Parser       Table
	Meta         [][2]string
}

// WriteModel stores m gzip-compressed.
func WriteModel(w io.Writer, m *ModelFile) error {
	st := stored{Format: modelFormat, Tags: m.Tags, Labels: m.Labels, Tagger: m.Tagger, Parser: m.Parser}
	for _, k := range SortedStrings(m.Meta) {
		st.Meta = append(st.Meta, [2]string{k, m.Meta[k]})
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&st); err != nil {
		return fmt.Errorf("encode parsing model: %w", err)
	}
	return zw.Close()
}

// ReadModel reads a model stored by WriteModel.
func ReadModel(r io.Reader) (*ModelFile, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read parsing model: %w", err)
	}
	var st stored
	if err := gob.NewDecoder(zr).Decode(&st); err != nil {
		return nil, fmt.Errorf("decode parsing model: %w", err)
	}
	m := ModelFile{Format: st.Format, Tags: st.Tags, Labels: st.Labels, Tagger: st.Tagger, Parser: st.Parser,
		Meta: map[string]string{}}
	for _, kv := range st.Meta {
		m.Meta[kv[0]] = kv[1]
	}
	if m.Format != modelFormat {
		return nil, fmt.Errorf("parsing model has format %d, want %d", m.Format, modelFormat)
	}
	if len(m.Labels) > arceager.MaxLabels || len(m.Tags) > 256 ||
		!m.Tagger.valid(len(m.Tags)) || !m.Parser.valid(arceager.Actions(len(m.Labels))) {
		return nil, errors.New("parsing model is inconsistent")
	}
	return &m, nil
}

// Quantize turns float weights into the stored int16 form and returns the scale that
// maps them back.
func Quantize(ws []float32) ([]int16, float32) {
	var maxAbs float64
	for _, w := range ws {
		maxAbs = math.Max(maxAbs, math.Abs(float64(w)))
	}
	if maxAbs == 0 {
		return make([]int16, len(ws)), 1
	}
	scale := maxAbs / 32767
	out := make([]int16, len(ws))
	for i, w := range ws {
		out[i] = int16(math.Round(float64(w) / scale))
	}
	return out, float32(scale)
}

// weights is a classifier ready to score: an open-addressing table from feature key to
// the feature's row. A slot holds the key's upper 32 bits (its lower bits chose the
// slot) and where its row starts in pairs; a row is its length followed by (class,
// weight) pairs packed in a uint32 each (class in the top byte, the quantised weight
// below). Scores are sums of quantised weights: one scale serves the whole table, so it
// does not change which class wins.
type weights struct {
	slots []slot
	pairs []uint32
	mask  uint64
}

type slot struct {
	fingerprint, start uint32
}

func newWeights(m *Table) *weights {
	size := uint64(1)
	for size < uint64(len(m.Keys))*3/2 {
		size <<= 1
	}
	w := &weights{slots: make([]slot, size), pairs: make([]uint32, 0, len(m.Weights)+len(m.Keys)), mask: size - 1}
	for i, k := range m.Keys {
		j := k & w.mask
		for w.slots[j].start != 0 {
			j = (j + 1) & w.mask
		}
		lo, hi := m.Offsets[i], m.Offsets[i+1]
		w.slots[j] = slot{fingerprint: uint32(k >> 32), start: uint32(len(w.pairs)) + 1}
		w.pairs = append(w.pairs, hi-lo)
		for p := lo; p < hi; p++ {
			w.pairs = append(w.pairs, uint32(m.Classes[p])<<24|uint32(uint16(m.Weights[p])))
		}
	}
	return w
}

// score adds the weights of every feature to scores. It finds every feature's row first
// and adds the rows after, so that the memory reads of one phase do not wait on each
// other.
func (w *weights) score(feats []uint64, scores []int32, rows []uint32) []uint32 {
	rows = rows[:0]
	for _, k := range feats {
		j := k & w.mask
		fp := uint32(k >> 32)
		for {
			sl := w.slots[j]
			if sl.start == 0 {
				break
			}
			if sl.fingerprint == fp {
				rows = append(rows, sl.start-1)
				break
			}
			j = (j + 1) & w.mask
		}
	}
	for _, start := range rows {
		row := w.pairs[start:]
		for _, pr := range row[1 : 1+row[0]] {
			scores[pr>>24] += int32(int16(uint16(pr)))
		}
	}
	return rows
}

// SortedKeys returns the keys of a feature map in increasing order, the order a
// ModelFile stores them in.
func SortedKeys[V any](m map[uint64]V) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// SortedStrings returns the keys of a string map in increasing order.
func SortedStrings(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

var (
	embeddedOnce   sync.Once
	embeddedParser *Parser
	embeddedErr    error
)

// LoadParser returns the parser of the embedded model, loaded once per process.
func LoadParser() (*Parser, error) {
	embeddedOnce.Do(func() { embeddedParser, embeddedErr = NewParserFromEmbedded() })
	return embeddedParser, embeddedErr
}

// NewParserFromEmbedded decodes the embedded model into a new parser; LoadParser
// shares one.
func NewParserFromEmbedded() (*Parser, error) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("embedded parsing model: %w", err)
	}
	return NewParser(m)
}
