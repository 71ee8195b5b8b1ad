package extract

import (
	"fmt"

	diplograph "github.com/diplograph/diplograph"
)

// Version is the extractor's version, recorded on every article written to the graph;
// it changes whenever the rules or lexicons change what is extracted.
const Version = "1.0.0"

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
	doc := newDocument(a, e.tagger)
	e.entities.annotate(doc)
	found := findRelations(doc)
	x = &diplograph.Extraction{Article: a, Entities: doc.Entities}
	if x.Entities == nil {
		x.Entities = []diplograph.Entity{}
	}
	var rels []diplograph.Relation
	for _, f := range found {
		if f.status == negated || f.status != happened && !e.Unasserted {
			continue
		}
		rels = append(rels, f.rel)
	}
	x.Relations = dedupe(dropRepeatedHeadline(rels, doc.Entities))
	if x.Relations == nil {
		x.Relations = []diplograph.Relation{}
	}
	x.Entities = append(x.Entities, findMeetings(doc, found)...)
	for _, s := range doc.Sentences {
		x.Sentences = append(x.Sentences, s.Text)
	}
	return x, nil
}

// findRelations runs every relation rule over the title and body sentences in reading
// order, so that a denial can answer an accusation made before it.
func findRelations(doc *Document) []found {
	all := doc.All()
	var out []found
	for pos := range all {
		v := newView(doc, all, pos)
		out = append(out, v.metWith()...)
		out = append(out, v.accused()...)
		out = append(out, v.behind()...)
		out = append(out, v.denied(out)...)
		out = append(out, v.agreed()...)
	}
	return out
}
