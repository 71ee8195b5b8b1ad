package parse

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/syntax"
)

// Tagger tokenizes sentences, tags them with prose's averaged perceptron model and
// parses them with the embedded dependency parser. The models are loaded once and only
// read, so one tagger serves every goroutine.
type Tagger struct {
	model  *syntax.Tagger
	parser *syntax.Parser
}

// NewTagger loads the tagging and parsing models.
func NewTagger() (*Tagger, error) {
	m, err := syntax.LoadTagger()
	if err != nil {
		return nil, fmt.Errorf("load tagging model: %w", err)
	}
	p, err := syntax.LoadParser()
	if err != nil {
		return nil, err
	}
	return &Tagger{model: m, parser: p}, nil
}

// QuoteFolder maps typographic quotes to ASCII ones.
var QuoteFolder = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'")

// tokens splits text into tagged tokens whose Start and End are byte offsets into text.
// They are parsed later, once the names in them are known (parse).
// Words are split the way prose's tokenizer splits them (the tagging model was trained
// on that), on the text with curly quotes folded to ASCII and a map back to the
// original offsets.
func (t *Tagger) tokens(text string) []Token {
	folded, offsets := foldQuotes(text)
	spans := splitTokens(folded)
	words := make([]string, len(spans))
	for i, sp := range spans {
		words[i] = folded[sp[0]:sp[1]]
	}
	tags := t.model.Tag(words)
	out := make([]Token, len(spans))
	for i, sp := range spans {
		start, end := offsets[sp[0]], offsets[sp[1]]
		out[i] = Token{Text: text[start:end], Tag: tags[i], Start: start, End: end, Head: -1}
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

// NewDocument splits an article into its title and body sentences and tokenizes them.
// The title is Sentence -1; body sentences are numbered from 0 in reading order.
func NewDocument(a diplograph.Article, t *Tagger) *Document {
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
	if doc.Title != nil && headlineCase(doc.Title.Tokens) {
		t.retagHeadline(doc.Title, doc.Sentences)
	}
	return doc
}

// headlineCase reports whether a title capitalises its words the way headlines do ("U.S.
// and Mexico Agree to Preliminary Deal"): most of its longer words start upper case.
func headlineCase(toks []Token) bool {
	long, upper := 0, 0
	for _, tok := range toks {
		r, _ := utf8.DecodeRuneInString(tok.Text)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(tok.Text) < 4 {
			continue
		}
		long++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return long >= 3 && upper*4 >= long*3
}

// retagHeadline tags a headline-case title again with its words in the case the body
// writes them: a word the body never capitalises inside a sentence is tagged lower case
// ("Agree", "Meets", "Summit"), while names, which the body capitalises, stay as they
// are. Only the tags change; the words keep their text.
func (t *Tagger) retagHeadline(title *Sentence, body []*Sentence) {
	named := map[string]bool{}
	for _, s := range body {
		for i, tok := range s.Tokens {
			r, _ := utf8.DecodeRuneInString(tok.Text)
			if i > 0 && unicode.IsUpper(r) && !isPunctWord(s.Tokens[i-1].Text) {
				named[strings.ToLower(tok.Text)] = true
			}
		}
	}
	words := make([]string, len(title.Tokens))
	for i, tok := range title.Tokens {
		w := QuoteFolder.Replace(tok.Text)
		lw := strings.ToLower(w)
		if w != strings.ToUpper(w) && !named[lw] {
			w = lw
		}
		words[i] = w
	}
	for i, tag := range t.model.Tag(words) {
		title.Tokens[i].Tag = tag
	}
	title.forms = words
}

// Parse gives every token of the sentence its head and relation. Words inside the name of
// a person, country or organization are given to the parser as proper nouns whatever
// the tagger made of them ("Norway" read as an adverb at the start of a sentence), so
// that what the gazetteers know shapes the tree; adjectives of nationality stay
// adjectives.
func (t *Tagger) Parse(s *Sentence) {
	words := make([]string, len(s.Tokens))
	tags := make([]string, len(s.Tokens))
	for i, tok := range s.Tokens {
		words[i] = QuoteFolder.Replace(tok.Text)
		if s.forms != nil {
			words[i] = s.forms[i]
		}
		if words[i] == "-" {
			// a hyphen between spaces is a dash; the treebank's lone "-" is mostly a
			// hyphen it split off a word
			words[i] = "--"
		}
		tags[i] = tok.Tag
	}
	names := make([]bool, len(words))
	for _, m := range s.Mentions {
		for k := max(m.Start, 0); k < m.End && k < len(tags); k++ {
			if r, _ := utf8.DecodeRuneInString(s.Tokens[k].Text); unicode.IsUpper(r) && tags[k] != "JJ" {
				// a headline's capitals mislead the parser's own tagger too, so there
				// a name's words are proper nouns for it as well
				names[k] = s.forms != nil
				if tags[k] != "NNP" && tags[k] != "NNPS" {
					tags[k] = "NNP"
				}
			}
		}
	}
	d := datelineEnd(words)
	if d < 0 && s.Index == 0 {
		d = placeDateline(words, s.Mentions)
	}
	heads, rels := t.parser.Parse(words[d+1:], tags[d+1:], names[d+1:])
	root := -1
	for i := range heads {
		s.Tokens[d+1+i].Head, s.Tokens[d+1+i].Dep = heads[i]-1, rels[i]
		if heads[i] > 0 {
			s.Tokens[d+1+i].Head += d + 1
		} else {
			root = d + 1 + i
		}
	}
	// a dateline ("MANILA —", "BRUSSELS/LONDON (Reuters) -") hangs from the root of the
	// sentence it opens, which is parsed without it
	for i := 0; i <= d; i++ {
		s.Tokens[i].Head, s.Tokens[i].Dep = root, "dep"
		if isPunctWord(words[i]) {
			s.Tokens[i].Dep = "punct"
		}
	}
	s.children = nil
}

// datelineEnd returns the index of the dash that ends a dateline opening the sentence
// ("MANILA —", "NEW DELHI —", "BRUSSELS/LONDON (Reuters) -"): a few words in capitals,
// perhaps with a news agency in brackets, then a dash, with a sentence after it; -1 when
// the sentence has none.
func datelineEnd(words []string) int {
	caps, bracket := 0, false
	for i, w := range words {
		if i > 8 {
			return -1
		}
		switch {
		case w == "-" || w == "--" || w == "\u2014" || w == "\u2013":
			if caps == 0 || len(words)-i < 4 {
				return -1
			}
			return i
		case w == "(":
			bracket = true
		case w == ")":
			bracket = false
		case bracket, w == ",":
		case upperWord(w):
			caps++
		default:
			return -1
		}
	}
	return -1
}

// placeDateline returns the index of the dash that ends a dateline of names in title
// case opening the first sentence of the body ("Doha, Qatar - US officials signed"): up
// to four capitalised words, each inside a name the gazetteers know, and commas; -1 when
// the sentence has none.
func placeDateline(words []string, mentions []Mention) int {
	named := func(i int) bool {
		for _, m := range mentions {
			if m.Start <= i && i < m.End {
				return true
			}
		}
		return false
	}
	names := 0
	for i, w := range words {
		switch {
		case i > 6:
			return -1
		case w == "-" || w == "--" || w == "\u2014" || w == "\u2013":
			if names == 0 || len(words)-i < 4 {
				return -1
			}
			return i
		case w == ",":
		case unicode.IsUpper(firstRune(w)) && named(i) && names < 4:
			names++
		default:
			return -1
		}
	}
	return -1
}

func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// upperWord reports whether w has two letters or more and no lower-case letter.
func upperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isPunctWord reports whether w is made only of punctuation and symbols.
func isPunctWord(w string) bool {
	for _, r := range w {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return w != ""
}
