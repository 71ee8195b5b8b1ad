package parse

import diplograph "github.com/diplograph/diplograph"

// Token is one word or punctuation mark of a sentence, with its part-of-speech tag.
type Token struct {
	Text string
	// Tag is the Penn Treebank tag from prose's tagger ("NNP", "VBD", ...).
	Tag string
	// Start and End are byte offsets of the token in its Sentence.Text.
	Start, End int
	// Head is the index of the token's syntactic head in the sentence, -1 for the root
	// of the sentence; Dep is the Universal Dependencies relation to it ("nsubj",
	// "obj", "nsubj:pass", ...; "root" for the root).
	Head int
	Dep  string
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
	// Media is true for a news organization, which reports and interviews rather than
	// meets.
	Media bool
}

// Sentence is one sentence of the title or body.
type Sentence struct {
	// Index is the 0-based body sentence index; the title is -1.
	Index    int
	Text     string
	Tokens   []Token
	Mentions []Mention
	// forms are the words as tagged and parsed when they differ from the text: a
	// headline-case title's words in the case the body writes them. Nil otherwise.
	forms []string
	// children[k] lists the tokens whose head is token k; built on first use.
	children [][]int
}

// Children returns the indexes of the tokens whose head is token i, in order.
func (s *Sentence) Children(i int) []int {
	if s.children == nil {
		s.children = make([][]int, len(s.Tokens))
		for j, t := range s.Tokens {
			if t.Head >= 0 && t.Head < len(s.Tokens) {
				s.children[t.Head] = append(s.children[t.Head], j)
			}
		}
	}
	return s.children[i]
}

// Subtree returns the span [start, end) of tokens that token i heads, itself included.
// Parses are projective, so the span holds exactly the subtree.
func (s *Sentence) Subtree(i int) (start, end int) {
	start, end = i, i+1
	stack := []int{i}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		start, end = min(start, k), max(end, k+1)
		stack = append(stack, s.Children(k)...)
	}
	return start, end
}

// Root returns the index of the sentence's root token, or -1 for an empty sentence.
func (s *Sentence) Root() int {
	for i, t := range s.Tokens {
		if t.Head < 0 {
			return i
		}
	}
	return -1
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
