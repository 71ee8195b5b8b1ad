package mentions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/gazetteer"
)

// A country mention stands for the acting state ("Russia denied", "Washington said",
// "the Kremlin said") unless it is only a location ("talks in Beijing", "in eastern
// Ukraine", "Minsk, Belarus") or a modifier ("Russian tanks", "the Ukraine crisis",
// "Ukraine's military"), where its Place flag is set.

// checkCountries drops country mentions that the text does not support and sets the
// place flag of the others.
func (a *annotation) checkCountries() {
	// What forms each country is named by in the document.
	type seen struct{ plain, supported bool }
	forms := map[int]*seen{}
	for _, ss := range a.sents {
		for i := range ss.spans {
			sp := &ss.spans[i]
			if sp.kind != spanCountry {
				continue
			}
			f := forms[sp.country]
			if f == nil {
				f = &seen{}
				forms[sp.country] = f
			}
			if !sp.contextual {
				f.plain = true
				if sp.compound || !a.g.NeedsSupport(ss.keys[sp.start]) || sp.end-sp.start > 1 {
					f.supported = true
				}
			}
		}
	}
	for _, ss := range a.sents {
		for i := range ss.spans {
			sp := &ss.spans[i]
			if sp.kind != spanCountry {
				continue
			}
			f := forms[sp.country]
			switch {
			case a.g.Countries[sp.country].Territory:
				sp.drop = true
			case sp.contextual && !f.plain:
				sp.drop = true
			case !sp.compound && sp.end-sp.start == 1 && a.g.NeedsSupport(ss.keys[sp.start]) && !f.supported:
				sp.drop = true
			case inCompanyName(ss, sp.start, sp.end, sp.form == gazetteer.FormName):
				// "Dynamics Corp of America", "Aetna Life of Canada Ltd"
				sp.drop = true
			}
			if sp.drop || sp.compound {
				continue
			}
			sp.place = a.isPlace(ss, i)
		}
	}
}

// isPlace decides whether a country mention is only a location or a modifier.
func (a *annotation) isPlace(ss *sentState, si int) bool {
	sp := &ss.spans[si]
	toks := ss.s.Tokens
	n := len(toks)
	next := ""
	if sp.end < n {
		next = toks[sp.end].Text
	}
	if isPossessive(next) {
		return true
	}
	if sp.form == gazetteer.FormAdjective {
		// "Russians said" acts; "Russian tanks" is a modifier.
		w := ss.keys[sp.start+(sp.end-sp.start)-1]
		if strings.HasSuffix(w, "s") && sp.end < n && (strings.HasPrefix(toks[sp.end].Tag, "VB") || toks[sp.end].Tag == "MD") {
			return false
		}
		return true
	}
	// A dateline: "MOSCOW (Reuters) -", "Doha, Qatar -".
	if sp.start == 0 && (next == "(" || next == "-" || next == "\u2014" || next == "\u2013" || (allCaps(toks[0].Text) && next == ",")) {
		return true
	}
	// After a preposition of place, possibly with "the" or a direction between.
	for j := sp.start - 1; j >= 0; j-- {
		l := ss.lower[j]
		if a.g.Is(gazetteer.CueLocative, l) {
			return true
		}
		if a.g.Is(gazetteer.CueDirection, l) || l == "the" {
			continue
		}
		break
	}
	// "Minsk, Belarus": a country after a city.
	if sp.start >= 2 && toks[sp.start-1].Text == "," && isCap(toks[sp.start-2].Text) && sp.form == gazetteer.FormName {
		for k := range ss.spans[:si] {
			p := ss.spans[k]
			if p.end == sp.start-1 && p.kind == spanCountry && p.form == gazetteer.FormCapital {
				return true
			}
		}
		if sp.start-2 == 0 || (sp.end < n && (toks[sp.end].Text == "," || toks[sp.end].Text == "-" || toks[sp.end].Text == "\u2014")) {
			return true
		}
	}
	// A modifier of a noun that follows: "Ukraine crisis", "Beijing talks".
	if sp.end < n {
		t := toks[sp.end]
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLower(r) && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ") {
			return true
		}
	}
	return false
}

// companyWords are the words of a company's name around a country's name in it.
var companyWords = map[string]bool{"corp": true, "corporation": true, "co": true, "company": true, "inc": true,
	"ltd": true, "plc": true, "llc": true, "holdings": true, "bancorp": true, "insurance": true, "casualty": true}

// brandWords are the words after a country's name (not its adjective) in a company's name:
// "US Airways", "China Telecom"; "Malaysian Airlines" still names the country.
var brandWords = map[string]bool{"airways": true, "airlines": true, "motors": true, "petroleum": true,
	"railways": true, "telecom": true, "steel": true, "tobacco": true, "electric": true}

// inCompanyName reports whether the country name at [start, end) is part of a company's
// name: after "Corp of", or before "Ltd" or "Inc".
func inCompanyName(ss *sentState, start, end int, name bool) bool {
	word := func(k int) string {
		if k < 0 || k >= len(ss.lower) {
			return ""
		}
		return strings.TrimSuffix(ss.lower[k], ".")
	}
	if word(start-1) == "of" && companyWords[word(start-2)] && isCap(ss.s.Tokens[start-2].Text) {
		return true
	}
	return end < len(ss.lower) && (companyWords[word(end)] || name && brandWords[word(end)]) && isCap(ss.s.Tokens[end].Text)
}
