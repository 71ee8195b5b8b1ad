package extract

import (
	"fmt"
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/jdkato/prose/v2"
)

// tagger tokenizes and part-of-speech tags sentences with prose's averaged perceptron
// model. The model is loaded once; tagging only reads it, so one tagger serves every
// goroutine.
type tagger struct {
	model *prose.Model
}

// newTagger loads prose's tagging model.
func newTagger() (*tagger, error) {
	d, err := prose.NewDocument("x", prose.WithExtraction(false), prose.WithSegmentation(false))
	if err != nil {
		return nil, fmt.Errorf("load tagging model: %w", err)
	}
	return &tagger{model: d.Model}, nil
}

// quoteFolder maps typographic quotes to the ASCII ones prose's tokenizer expects.
var quoteFolder = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'")

// tokens splits text into tagged tokens whose Start and End are byte offsets into text.
// prose folds curly quotes to ASCII before it tokenizes, so the text is folded the same
// way here with a map back to the original offsets, and each of prose's tokens is found
// in order in the folded text.
func (t *tagger) tokens(text string) []Token {
	folded, offsets := foldQuotes(text)
	d, err := prose.NewDocument(folded, prose.UsingModel(t.model),
		prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	pt := d.Tokens()
	out := make([]Token, 0, len(pt))
	cursor := 0
	for _, tok := range pt {
		i := strings.Index(folded[cursor:], tok.Text)
		if i < 0 {
			continue
		}
		start := cursor + i
		end := start + len(tok.Text)
		cursor = end
		out = append(out, Token{
			Text:  text[offsets[start]:offsets[end]],
			Tag:   tok.Tag,
			Start: offsets[start],
			End:   offsets[end],
		})
	}
	return out
}

// foldQuotes returns text with curly quotes made ASCII and, for every byte offset of the
// folded text (and its end), the offset of the same place in text.
func foldQuotes(text string) (string, []int) {
	if !strings.ContainsAny(text, "\u201c\u201d\u2018\u2019") {
		offsets := make([]int, len(text)+1)
		for i := range offsets {
			offsets[i] = i
		}
		return text, offsets
	}
	var b strings.Builder
	offsets := make([]int, 0, len(text)+1)
	for i, r := range text {
		s := quoteFolder.Replace(string(r))
		for range len(s) {
			offsets = append(offsets, i)
		}
		b.WriteString(s)
	}
	offsets = append(offsets, len(text))
	return b.String(), offsets
}

// newDocument splits an article into its title and body sentences and tokenizes them.
// The title is Sentence -1; body sentences are numbered from 0 in reading order.
func newDocument(a diplograph.Article, t *tagger) *Document {
	doc := &Document{Article: a}
	if title := strings.Join(strings.Fields(a.Title), " "); title != "" {
		doc.Title = &Sentence{Index: -1, Text: title, Tokens: t.tokens(title)}
	}
	n := 0
	for _, p := range paragraphs(a.Body) {
		for _, s := range splitSentences(p) {
			doc.Sentences = append(doc.Sentences, &Sentence{Index: n, Text: s, Tokens: t.tokens(s)})
			n++
		}
	}
	return doc
}
