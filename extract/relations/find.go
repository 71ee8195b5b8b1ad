package relations

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/parse"
)

// maxFoundPerArticle is the number of relations, of any status, after which the rules
// stop reading an article: every sentence's rules look back at what was found before
// it, so the work per article would otherwise grow with the square of its relations.
// News articles state a few dozen.
const maxFoundPerArticle = 1000

// Reported returns the relations found in an article as the extraction gives them:
// negated ones dropped, planned and hypothetical ones only when unasserted is set, claims
// that say only when or to whom something was said emptied, accusations and agreements
// without a readable claim left out, and repeats merged.
func Reported(candidates []Found, unasserted bool, entities []diplograph.Entity) []diplograph.Relation {
	var rels []diplograph.Relation
	for _, f := range candidates {
		if f.status == negated || f.status != happened && !unasserted {
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
	return dedupe(dropRepeatedHeadline(rels, entities))
}

// Find runs every relation rule over the title and body sentences in reading
// order, so that a denial can answer an accusation made before it.
func Find(doc *parse.Document) []Found {
	all := doc.All()
	var out []Found
	for pos := range all {
		if len(out) >= maxFoundPerArticle {
			break
		}
		v := newView(doc, all, pos)
		v.prior = out
		var here []Found
		here = append(here, v.metWith()...)
		here = append(here, v.treeMeetings()...)
		here = append(here, v.treeAccusations()...)
		here = append(here, v.denied(append(out, here...))...)
		here = append(here, v.treeDenials(append(out, here...))...)
		v.prior = append(append([]Found(nil), out...), here...)
		here = append(here, v.agreed()...)
		here = append(here, v.treeAgreements()...)
		out = append(out, deniedWithin(here)...)
	}
	return withoutInterviews(out, all)
}

// withoutInterviews drops the meetings with a news organization, and what it reports
// as its own statement: speaking to the BBC is an interview, not talks, and "the BBC said
// B seized C" is news, not an accusation.
func withoutInterviews(found []Found, all []*parse.Sentence) []Found {
	media := map[string]bool{}
	for _, s := range all {
		for _, m := range s.Mentions {
			if m.Media {
				media[m.Entity] = true
			}
		}
	}
	if len(media) == 0 {
		return found
	}
	out := found[:0]
	for _, f := range found {
		if f.rel.Type == diplograph.MetWith && (media[f.rel.Source] || media[f.rel.Target]) ||
			f.rel.Rule == "tree:reported-wrong" && media[f.rel.Source] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// deniedWithin marks as negated the events of a sentence that sit inside what the
// sentence denies: in "Peru denied that it had agreed to the plan" the agreement is the
// claim denied, not a fact.
func deniedWithin(rels []Found) []Found {
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
					if lexicon.Words.Meet[w] || lexicon.Words.MeetNoun[w] || lexicon.Words.Talk[w] {
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
var contentless = lexicon.WordSet{"this": true, "that": true, "it": true, "these": true, "those": true, "them": true,
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
var occasionWords = lexicon.WordSet{"today": true, "yesterday": true, "tomorrow": true, "week": true, "weekend": true,
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
