package extract

import diplograph "github.com/diplograph/diplograph"

// Token is one word or punctuation mark of a sentence, with its part-of-speech tag.
type Token struct {
	Text string
	// Tag is the Penn Treebank tag from prose's tagger ("NNP", "VBD", ...).
	Tag string
	// Start and End are byte offsets of the token in its Sentence.Text.
	Start, End int
}

// Mention is a span of tokens that names an entity.
type Mention struct {
	// Start and End are token indexes in the sentence: Tokens[Start:End].
	Start, End int
	// Text is the mention as written.
	Text string
	// Entity is the id of the mentioned entity in Document.Entities.
	Entity string
	// Type is the mentioned entity's type.
	Type diplograph.EntityType
	// Place is true where a country or capital is only a location ("talks in Beijing",
	// "in eastern Ukraine") or a modifier ("Russian tanks"), not an acting party.
	Place bool
}

// Sentence is one sentence of the title or body.
type Sentence struct {
	// Index is the 0-based body sentence index; the title is -1.
	Index    int
	Text     string
	Tokens   []Token
	Mentions []Mention
}

// Document is an article being extracted: its sentences, and the entities found so far.
type Document struct {
	Article   diplograph.Article
	Title     *Sentence
	Sentences []*Sentence
	Entities  []diplograph.Entity
}

// All returns the title (when there is one) followed by the body sentences.
func (d *Document) All() []*Sentence {
	if d.Title == nil {
		return d.Sentences
	}
	return append([]*Sentence{d.Title}, d.Sentences...)
}
