package extract

import (
	"fmt"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/mentions"
	"github.com/diplograph/diplograph/extract/parse"
	"github.com/diplograph/diplograph/extract/relations"
)

// Version is the extractor's version, recorded on every article written to the graph;
// it changes whenever the rules or lexicons change what is extracted.
const Version = "1.10.0"

// Document is an article as the stages read it: its title and body sentences, their
// tokens, tags and parse, and the entities whose mentions are marked in them.
type Document = parse.Document

// annotator finds the entities of a document and marks their mentions in its sentences.
type annotator interface {
	Annotate(doc *parse.Document)
}

// Extractor turns articles into entities and relations. It is built once, holds only
// read-only models and lexicons, and is safe for concurrent use.
type Extractor struct {
	tagger   *parse.Tagger
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
	t, err := parse.NewTagger()
	if err != nil {
		return nil, fmt.Errorf("new extractor: %w", err)
	}
	r, err := mentions.NewRecognizer()
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
	doc := e.Parse(parse.BoundArticle(a))
	found := relations.Find(doc)
	x = &diplograph.Extraction{Article: a, Entities: doc.Entities}
	if x.Entities == nil {
		x.Entities = []diplograph.Entity{}
	}
	x.Relations = relations.Reported(found, e.Unasserted, doc.Entities)
	if x.Relations == nil {
		x.Relations = []diplograph.Relation{}
	}
	x.Entities = append(x.Entities, relations.FindMeetings(doc, found)...)
	for _, s := range doc.Sentences {
		x.Sentences = append(x.Sentences, s.Text)
	}
	e.Limits.apply(x)
	return x, nil
}

// Parse splits an article into its title and body sentences, tokenizes and tags them,
// finds the names in them and parses them: the document every relation rule reads.
func (e *Extractor) Parse(a diplograph.Article) *Document {
	doc := parse.NewDocument(a, e.tagger)
	e.entities.Annotate(doc)
	for _, s := range doc.All() {
		e.tagger.Parse(s)
	}
	return doc
}
