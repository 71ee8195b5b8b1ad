package extract

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
)

// Limits bound what the extraction of one article may give, so that no article, however
// hostile its text, produces output out of proportion to what a news article says. Zero
// fields take the default.
type Limits struct {
	// Entities is the most people, countries, organizations and meetings kept per
	// article, in the order the extractor found them.
	Entities int
	// Meetings is the most named meetings kept per article.
	Meetings int
	// Relations is the most relations kept per article.
	Relations int
	// RelationsPerSentence is the most relations kept from one sentence.
	RelationsPerSentence int
	// NameChars is the longest name, title, alias or place kept, in characters; longer
	// ones are cut and end in "…".
	NameChars int
	// Aliases is the most aliases kept per entity.
	Aliases int
	// ClaimChars is the longest claim kept, in characters.
	ClaimChars int
	// EvidenceChars is the longest evidence sentence kept, in characters; a longer one
	// keeps the stretch around the claim.
	EvidenceChars int
	// TitleChars is the longest article title given back with the extraction.
	TitleChars int
}

// DefaultLimits are the limits of an extractor built by New.
func DefaultLimits() Limits {
	return Limits{
		Entities:             300,
		Meetings:             30,
		Relations:            300,
		RelationsPerSentence: 20,
		NameChars:            120,
		Aliases:              20,
		ClaimChars:           500,
		EvidenceChars:        1000,
		TitleChars:           500,
	}
}

// withDefaults fills the zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	for _, f := range []struct{ v, d *int }{
		{&l.Entities, &d.Entities}, {&l.Meetings, &d.Meetings}, {&l.Relations, &d.Relations},
		{&l.RelationsPerSentence, &d.RelationsPerSentence}, {&l.NameChars, &d.NameChars},
		{&l.Aliases, &d.Aliases}, {&l.ClaimChars, &d.ClaimChars}, {&l.EvidenceChars, &d.EvidenceChars},
		{&l.TitleChars, &d.TitleChars},
	} {
		if *f.v <= 0 {
			*f.v = *f.d
		}
	}
	return l
}

// apply bounds an extraction in place: names cleaned of control and invisible
// characters and cut, entities and relations counted, claims and evidence cut.
// Relations whose parties were dropped are dropped with them.
func (l Limits) apply(x *diplograph.Extraction) {
	l = l.withDefaults()
	x.Article.Title = diplograph.CleanText(x.Article.Title, l.TitleChars)
	kept := map[string]bool{}
	ents := x.Entities[:0]
	meetings := 0
	for _, e := range x.Entities {
		if len(ents) >= l.Entities {
			break
		}
		if e.Type == diplograph.TypeMeeting {
			if meetings >= l.Meetings {
				continue
			}
			meetings++
		}
		e.Name = diplograph.CleanText(e.Name, l.NameChars)
		e.Title = diplograph.CleanText(e.Title, l.NameChars)
		e.Location = diplograph.CleanText(e.Location, l.NameChars)
		if len(e.Aliases) > 0 {
			aliases := make([]string, 0, min(len(e.Aliases), l.Aliases))
			for _, a := range e.Aliases {
				if a = diplograph.CleanText(a, l.NameChars); a != "" && len(aliases) < l.Aliases {
					aliases = append(aliases, a)
				}
			}
			e.Aliases = aliases
		}
		ents = append(ents, e)
		kept[e.ID] = true
	}
	x.Entities = ents
	for i := range x.Entities {
		if ps := x.Entities[i].Participants; len(ps) > 0 {
			x.Entities[i].Participants = keptIDs(ps, kept)
		}
	}

	perSentence := map[int]int{}
	rels := x.Relations[:0]
	for _, r := range x.Relations {
		if len(rels) >= l.Relations {
			break
		}
		if !kept[r.Source] || r.Target != "" && !kept[r.Target] || perSentence[r.Sentence] >= l.RelationsPerSentence {
			continue
		}
		perSentence[r.Sentence]++
		r.With = keptIDs(r.With, kept)
		r.Evidence = evidenceAround(r.Evidence, r.Claim, l.EvidenceChars)
		r.Claim = diplograph.CleanText(r.Claim, l.ClaimChars)
		rels = append(rels, r)
	}
	x.Relations = rels
}

func keptIDs(ids []string, kept map[string]bool) []string {
	if len(ids) == 0 {
		return ids
	}
	out := ids[:0:0]
	for _, id := range ids {
		if kept[id] {
			out = append(out, id)
		}
	}
	return out
}

// evidenceAround returns the sentence cleaned and, when it is longer than max
// characters, cut to the stretch that starts a little before the claim.
func evidenceAround(sentence, claim string, max int) string {
	s := diplograph.CleanText(sentence, 0)
	if len([]rune(s)) <= max {
		return s
	}
	if c := diplograph.CleanText(claim, 0); c != "" {
		if i := strings.Index(s, c[:min(len(c), 40)]); i > 0 {
			from := max / 4
			r := []rune(s[:i])
			if len(r) > from {
				s = "…" + string(r[len(r)-from:]) + s[i:]
			}
		}
	}
	return diplograph.CleanText(s, max)
}
