package extract

import (
	"fmt"
	"strings"

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
	var rels []diplograph.Relation
	for _, f := range found {
		if f.status == negated || f.status != happened && !e.Unasserted {
			continue
		}
		r := f.rel
		if !sayingClaim(r.Claim) {
			// "denied on Tuesday", "told the news agency": when and to whom, not what
			r.Claim = ""
		}
		if !readableClaim(r) {
			continue
		}
		rels = append(rels, r)
	}
	x.Relations = dedupe(dropRepeatedHeadline(rels, doc.Entities))
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

// findRelations runs every relation rule over the title and body sentences in reading
// order, so that a denial can answer an accusation made before it.
func findRelations(doc *Document) []found {
	all := doc.All()
	var out []found
	for pos := range all {
		if len(out) >= maxFoundPerArticle {
			break
		}
		v := newView(doc, all, pos)
		v.prior = out
		var here []found
		here = append(here, v.metWith()...)
		here = append(here, v.treeMeetings()...)
		here = append(here, v.treeAccusations()...)
		here = append(here, v.behind()...)
		here = append(here, v.reportedWrongs()...)
		here = append(here, v.denied(append(out, here...))...)
		here = append(here, v.treeDenials()...)
		v.prior = append(append([]found(nil), out...), here...)
		here = append(here, v.agreed()...)
		here = append(here, v.treeAgreements()...)
		out = append(out, deniedWithin(here)...)
	}
	return out
}

// deniedWithin marks as negated the events of a sentence that sit inside what the
// sentence denies: in "Peru denied that it had agreed to the plan" the agreement is the
// claim denied, not a fact.
func deniedWithin(rels []found) []found {
	for _, d := range rels {
		if d.rel.Type != diplograph.Denied || d.rel.Claim == "" {
			continue
		}
		denied := strings.ToLower(d.rel.Claim)
		for i := range rels {
			r := &rels[i].rel
			if r.Type == diplograph.Denied || r.Type == diplograph.Accused && r.Source != d.rel.Source {
				// another party's accusation inside what is denied ("rejected reports
				// alleging C") is what the denial answers: it was made
				continue
			}
			inside := r.Claim != "" && strings.Contains(denied, strings.ToLower(r.Claim))
			if r.Type == diplograph.MetWith {
				for _, w := range strings.Fields(denied) {
					if lex.meet[w] || lex.meetNoun[w] || lex.talk[w] {
						inside = true
					}
				}
			}
			if inside {
				rels[i].status = negated
				r.Status = ""
			}
		}
	}
	return rels
}

// contentless are claim words that say nothing of their own ("agreed to this").
var contentless = wordSet{"this": true, "that": true, "it": true, "these": true, "those": true, "them": true,
	"so": true, "one": true}

// readableClaim reports whether a relation's claim says what it is about: an accusation
// or an agreement whose claim has no content word of its own ("agreed to this") tells an
// analyst nothing and is left out; a denial may stand without one ("B denied it").
func readableClaim(r diplograph.Relation) bool {
	if r.Type != diplograph.Accused && r.Type != diplograph.AgreedTo {
		return true
	}
	for w := range contentWords(r.Claim) {
		if !contentless[w] {
			return true
		}
	}
	return false
}

// occasionWords say when or to whom something was said, not what.
var occasionWords = wordSet{"today": true, "yesterday": true, "tomorrow": true, "week": true, "weekend": true,
	"month": true, "year": true, "morning": true, "afternoon": true, "evening": true, "night": true, "last": true,
	"earlier": true, "later": true, "news": true, "agency": true, "reporters": true, "journalists": true,
	"statement": true, "interview": true, "television": true, "radio": true, "briefing": true, "press": true}

// sayingClaim reports whether a claim has a word beyond the time and the audience of
// what was said.
func sayingClaim(claim string) bool {
	for w := range contentWords(claim) {
		if !occasionWords[w] && !timeNames[w] && !contentless[w] {
			return true
		}
	}
	return false
}
