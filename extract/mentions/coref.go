package mentions

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/identity"
)

// Coreference of people: every name a document gives is compared, as folded words, with
// the people already known. The same words, or the last words of a known name ("de la
// Vega" of "Maria de la Vega", "Orlov" of "Pavel Orlov"), or the first word of a name
// written family name first ("Zhao" of "Zhao Mingyu"), are the same person. A fuller name
// found after a shorter one ("President Crowe", then "Alan Crowe") replaces it.

// NameWords folds a name to lower-case words without accents, periods and hyphens:
// "Jean-Marc de la Vega" -> [jean marc de la vega].
func NameWords(name string) []string {
	f := strings.ToLower(gazetteer.Fold(name))
	f = strings.Map(func(r rune) rune {
		switch {
		case r == '.' || r == '\'':
			return -1
		case isHyphen(r) || r == ',':
			return ' '
		}
		return r
	}, f)
	words := strings.Fields(f)
	// Generational suffixes are not the surname: "Hale Jr." -> hale.
	for len(words) > 1 {
		switch words[len(words)-1] {
		case "jr", "sr", "ii", "iii", "iv":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	return words
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// hasSuffix reports whether the words end with the suffix words.
func hasSuffix(words, suffix []string) bool {
	return len(suffix) <= len(words) && equalWords(words[len(words)-len(suffix):], suffix)
}

// samePerson reports whether the name words w are a form of the known name words k.
func (a *annotation) samePerson(k, w []string) bool {
	switch {
	case len(k) == 0 || len(w) == 0:
		return false
	case equalWords(k, w):
		return true
	case hasSuffix(k, w) && !afterPatronymic(k, w) || hasSuffix(w, k) && !afterPatronymic(w, k):
		// "Orlov" and "Pavel Orlov"; "de la Vega" and "Maria de la Vega".
		return true
	case len(w) == 1 && spellings(k[len(k)-1], w[0]):
		// "Kovalenko" and "Oleksandr Kovalenkov".
		return true
	}
	// "Zhao" and "Zhao Mingyu": a family name written first.
	short, long := k, w
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) == 1 && a.g.FamilyFirst(strings.ToUpper(long[0][:1])+long[0][1:]) && short[0] == long[0] {
		return true
	}
	// "Jane Q. Roe" and "Jane Roe".
	if len(k) >= 2 && len(w) >= 2 && k[0] == w[0] && k[len(k)-1] == w[len(w)-1] {
		return true
	}
	// "Nick Adler" and "Nicholas Adler".
	if len(k) == len(w) && len(k) >= 2 && k[len(k)-1] == w[len(w)-1] {
		x, y := k[0], w[0]
		if len(x) >= 3 && len(y) >= 3 && (strings.HasPrefix(x, y) || strings.HasPrefix(y, x)) {
			return true
		}
	}
	return false
}

// afterPatronymic reports whether the suffix words of name words are the father's name
// of a patronymic: "Salman" of "Mohammed bin Salman" is King Salman, not his son.
func afterPatronymic(words, suffix []string) bool {
	if i := len(words) - len(suffix) - 1; i >= 0 {
		switch words[i] {
		case "bin", "ibn", "bint", "ben":
			return true
		}
	}
	return false
}

// spellings reports whether two long surnames are spellings of one name: one is the
// other with up to two more letters at the end ("Kovalenko", "Kovalenkov").
func spellings(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(x) >= 6 && len(y)-len(x) <= 2 && len(y) > len(x) && strings.HasPrefix(y, x)
}

// findPerson returns the known person the name words refer to, or nil.
func (a *annotation) findPerson(w []string) *person {
	// The same name first, then the other forms.
	for _, p := range a.people {
		if equalWords(p.words, w) {
			return p
		}
	}
	for _, p := range a.people {
		if a.samePerson(p.words, w) {
			return p
		}
		for _, aw := range p.aliasWords {
			if len(aw) == 1 && len(w) > 1 {
				// "Park" of "Park Min-ho" does not make "Park Ji-woo" the same person.
				continue
			}
			if a.samePerson(aw, w) {
				return p
			}
		}
	}
	return nil
}

// register returns the person named by tokens [start, end), creating it when the name
// is new and keeping the fullest name the document gives.
func (a *annotation) register(ss *sentState, start, end int) *person {
	text := runText(ss, start, end)
	w := NameWords(text)
	if p := a.findPerson(w); p != nil {
		if len(w) > len(p.words) {
			old := p.name
			p.setName(text, w)
			p.addAlias(old)
		} else {
			p.addAlias(text)
		}
		return p
	}
	p := &person{}
	p.setName(text, w)
	a.people = append(a.people, p)
	return p
}

// resolveName links a name run that is not by itself a person to a known person it
// names: the whole run, or one of its words ("Crowe" of the headline "Crowe Meets Press"),
// or the parts of a hyphenated token ("Crowe-Orlov").
func (a *annotation) resolveName(ss *sentState, si int) {
	sp := ss.spans[si]
	toks := ss.s.Tokens
	if sp.end-sp.start == 1 && a.g.Month(ss.lower[sp.start]) && sp.start > 0 {
		switch ss.lower[sp.start-1] {
		case "in", "since", "until", "till", "by", "last", "next", "early", "late", "mid", "from", "through", "before", "after", "of", "this":
			// "In May" is a month, not Theresa May.
			return
		}
	}
	if p := a.findPerson(NameWords(runText(ss, sp.start, sp.end))); p != nil && sp.end-sp.start <= len(p.words) {
		ss.spans[si].person = p
		// "Venezuela's Roe" in a headline still says whom Roe represents.
		a.describe(ss, si, p)
		return
	}
	first := true
	for k := sp.start; k < sp.end; k++ {
		for _, part := range splitHyphens(toks[k].Text) {
			w := NameWords(part)
			if len(w) != 1 || !isCap(part) || a.g.Is(gazetteer.CueParticle, w[0]) {
				continue
			}
			p := a.findPerson(w)
			if p == nil {
				continue
			}
			compound := part != toks[k].Text
			if first {
				ss.spans[si].at, ss.spans[si].end, ss.spans[si].person = k, k+1, p
				ss.spans[si].compound = compound
				first = false
				continue
			}
			ss.spans = append(ss.spans, span{kind: spanName, start: k, end: k + 1, at: k, person: p, compound: compound})
		}
	}
}

// splitHyphens returns the parts of a hyphenated token, or the token.
func splitHyphens(t string) []string {
	if !strings.ContainsAny(t, "-\u2010\u2011\u2013") {
		return []string{t}
	}
	return strings.FieldsFunc(t, isHyphen)
}

// entity returns the person as a document entity, with its identity across articles:
// the article's date and the states it names (codes) tell which known actor a surname
// stands for; lone says that a lone name is no surname to resolve: a given name, or the
// name of a peer or a judge ("Lord Osborne").
func (p *person) entity(date string, codes []string, lone bool) diplograph.Entity {
	var aliases []string
	for _, al := range p.aliases {
		if al != p.name {
			aliases = append(aliases, al)
		}
	}
	r := identity.Default().Resolve(identity.Mention{Name: p.name, Country: p.country, Date: date, Countries: codes,
		Title: p.title, NotSurname: lone})
	return diplograph.Entity{ID: p.id, Type: diplograph.TypePerson, Name: p.name, Title: p.title, Country: p.country, Aliases: aliases,
		Canonical: r.Key, CanonicalName: r.Name, ResolvedFrom: r.Basis, Candidates: r.Candidates}
}
