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

// ModelFile is a trained parsing model in the form it is stored: for every feature key
// (sorted), the actions it votes for and their weights, quantised to int16 with one
// scale. Meta records how the model was trained and what it scored on the dev set.
type ModelFile struct {
	Format  int
	Labels  []string
	Keys    []uint64
	Offsets []uint32
	Actions []uint8
	Weights []int16
	Scale   float32
	Meta    map[string]string
}

// WriteModel stores m gzip-compressed.
func WriteModel(w io.Writer, m *ModelFile) error {
	m.Format = modelFormat
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(m); err != nil {
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
	var m ModelFile
	if err := gob.NewDecoder(zr).Decode(&m); err != nil {
		return nil, fmt.Errorf("decode parsing model: %w", err)
	}
	if m.Format != modelFormat {
		return nil, fmt.Errorf("parsing model has format %d, want %d", m.Format, modelFormat)
	}
	if len(m.Offsets) != len(m.Keys)+1 || len(m.Actions) != len(m.Weights) ||
		int(m.Offsets[len(m.Keys)]) != len(m.Weights) || len(m.Labels) > arceager.MaxLabels {
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

// weights is a model ready to score: an open-addressing table from feature key to the
// feature's row of (action, weight) pairs.
type weights struct {
	slots   []uint64
	rows    []uint32 // row index + 1 for each slot; 0 where the slot is empty
	offsets []uint32
	actions []uint8
	values  []float32
	mask    uint64
}

func newWeights(m *ModelFile) *weights {
	size := uint64(1)
	for size < uint64(len(m.Keys))*2 {
		size <<= 1
	}
	w := &weights{
		slots:   make([]uint64, size),
		rows:    make([]uint32, size),
		offsets: m.Offsets,
		actions: m.Actions,
		values:  make([]float32, len(m.Weights)),
		mask:    size - 1,
	}
	for i, q := range m.Weights {
		w.values[i] = float32(q) * m.Scale
	}
	for i, k := range m.Keys {
		j := k & w.mask
		for w.rows[j] != 0 {
			j = (j + 1) & w.mask
		}
		w.slots[j] = k
		w.rows[j] = uint32(i + 1)
	}
	return w
}

// score adds the weights of every feature to scores.
func (w *weights) score(feats []uint64, scores []float32) {
	for _, k := range feats {
		j := k & w.mask
		for {
			r := w.rows[j]
			if r == 0 {
				break
			}
			if w.slots[j] == k {
				lo, hi := w.offsets[r-1], w.offsets[r]
				acts, vals := w.actions[lo:hi], w.values[lo:hi]
				for i, a := range acts {
					scores[a] += vals[i]
				}
				break
			}
			j = (j + 1) & w.mask
		}
	}
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

var (
	embeddedOnce   sync.Once
	embeddedParser *Parser
	embeddedErr    error
)

// LoadParser returns the parser of the embedded model, loaded once per process.
func LoadParser() (*Parser, error) {
	embeddedOnce.Do(func() {
		m, err := ReadModel(bytes.NewReader(embeddedModel))
		if err != nil {
			embeddedErr = fmt.Errorf("embedded parsing model: %w", err)
			return
		}
		embeddedParser, embeddedErr = NewParser(m)
	})
	return embeddedParser, embeddedErr
}
