package extract

import (
	"fmt"

	diplograph "github.com/diplograph/diplograph"
)

// Version is the extractor's version, recorded on every article written to the graph;
// it changes whenever the rules or lexicons change what is extracted.
const Version = "1.4.0"

// annotator finds the entities of a document and marks their mentions in its sentences.
type annotator interface {
	annotate(doc *Document)
}

// Extractor turns articles into entities and relations. It is built once, holds only
// read-only models and lexicons, and is safe for concurrent use.
type Extractor struct {
	tagger   *tagger
	entities annotator
	// Unasserted makes Extract also return planned and hypothetical relations, marked
	// with their Status. Negated relations are never returned.
	Unasserted bool
	// Limits bound what one article may give; zero fields take DefaultLimits.
	Limits Limits
}

var _ diplograph.Extractor = (*Extractor)(nil)

// New loads the tagging model, the gazetteers and the lexicons.
func New() (*Extractor, error) {
	t, err := newTagger()
	if err != nil {
		return nil, fmt.Errorf("new extractor: %w", err)
	}
	r, err := newEntityRecognizer()
	if err != nil {
		return nil, fmt.Errorf("new extractor: %w", err)
	}
	return &Extractor{tagger: t, entities: r}, nil
}

// Extract finds the entities, meetings and relations of one article. A fault in a rule
// is returned as the article's error rather than ending the whole run.
func (e *Extractor) Extract(a diplograph.Article) (x *diplograph.Extraction, err error) {
	defer func() {
		if p := recover(); p != nil {
			x, err = nil, fmt.Errorf("extract article %s: internal error: %v", a.ID, p)
		}
	}()
	doc := e.Parse(boundArticle(a))
	found := findRelations(doc)
	x = &diplograph.Extraction{Article: a, Entities: doc.Entities}
	if x.Entities == nil {
		x.Entities = []diplograph.Entity{}
	}
	x.Relations = reported(found, e.Unasserted, doc.Entities)
	if x.Relations == nil {
		x.Relations = []diplograph.Relation{}
	}
	x.Entities = append(x.Entities, findMeetings(doc, found)...)
	for _, s := range doc.Sentences {
		x.Sentences = append(x.Sentences, s.Text)
	}
	e.Limits.apply(x)
	return x, nil
}

// Parse splits an article into its title and body sentences, tokenizes and tags them,
// finds the names in them and parses them: the document every relation rule reads.
func (e *Extractor) Parse(a diplograph.Article) *Document {
	doc := newDocument(a, e.tagger)
	e.entities.annotate(doc)
	for _, s := range doc.All() {
		e.tagger.parse(s)
	}
	return doc
}
