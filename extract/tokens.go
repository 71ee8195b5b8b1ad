package extract

import (
	"fmt"
	"strings"

	diplograph "github.com/diplograph/diplograph"
)

// tagger tokenizes sentences and tags them with prose's averaged perceptron model. The
// model is loaded once; tagging only reads it, so one tagger serves every goroutine.
type tagger struct {
	model *perceptron
}

// newTagger loads the tagging model.
func newTagger() (*tagger, error) {
	m, err := loadPerceptron()
	if err != nil {
		return nil, fmt.Errorf("load tagging model: %w", err)
	}
	return &tagger{model: m}, nil
}

// quoteFolder maps typographic quotes to ASCII ones.
var quoteFolder = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'")

// tokens splits text into tagged tokens whose Start and End are byte offsets into text.
// Words are split the way prose's tokenizer splits them (the tagging model was trained
// on that), on the text with curly quotes folded to ASCII and a map back to the
// original offsets.
func (t *tagger) tokens(text string) []Token {
	folded, offsets := foldQuotes(text)
	spans := splitTokens(folded)
	words := make([]string, len(spans))
	for i, sp := range spans {
		words[i] = folded[sp[0]:sp[1]]
	}
	tags := t.model.tag(words)
	out := make([]Token, len(spans))
	for i, sp := range spans {
		start, end := offsets[sp[0]], offsets[sp[1]]
		out[i] = Token{Text: text[start:end], Tag: tags[i], Start: start, End: end}
	}
	return out
}

// foldQuotes returns text with curly quotes made ASCII and, for every byte offset of the
// folded text (and its end), the offset of the same place in text.
func foldQuotes(text string) (string, []int) {
	offsets := make([]int, 0, len(text)+1)
	if !strings.Contains(text, "\u201c") && !strings.Contains(text, "\u201d") &&
		!strings.Contains(text, "\u2018") && !strings.Contains(text, "\u2019") {
		for i := 0; i <= len(text); i++ {
			offsets = append(offsets, i)
		}
		return text, offsets
	}
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		if strings.HasPrefix(text[i:], "\u201c") || strings.HasPrefix(text[i:], "\u201d") {
			b = append(b, '"')
			offsets = append(offsets, i)
			i += 3
			continue
		}
		if strings.HasPrefix(text[i:], "\u2018") || strings.HasPrefix(text[i:], "\u2019") {
			b = append(b, '\'')
			offsets = append(offsets, i)
			i += 3
			continue
		}
		b = append(b, text[i])
		offsets = append(offsets, i)
		i++
	}
	offsets = append(offsets, len(text))
	return string(b), offsets
}

// newDocument splits an article into its title and body sentences and tokenizes them.
// The title is Sentence -1; body sentences are numbered from 0 in reading order.
func newDocument(a diplograph.Article, t *tagger) *Document {
	doc := &Document{Article: a}
	if title := boundTitle(strings.Join(strings.Fields(a.Title), " ")); title != "" {
		doc.Title = &Sentence{Index: -1, Text: title, Tokens: t.tokens(title)}
	}
	n := 0
	for _, p := range paragraphs(a.Body) {
		for _, s := range boundSentences(splitSentences(p), MaxSentenceTokens) {
			doc.Sentences = append(doc.Sentences, &Sentence{Index: n, Text: s, Tokens: t.tokens(s)})
			n++
		}
	}
	return doc
}
