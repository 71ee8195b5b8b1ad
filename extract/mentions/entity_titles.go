package mentions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/gazetteer"
)

// Titles stand before names ("Russian Foreign Minister Pavel Orlov", "State
// Department spokeswoman Jane Roe") or in an apposition after them ("Jane Roe, the head
// of Iran's aviation agency"). A title is a run of modifiers ending in a head word, and
// the country or body before it, or the country in the apposition, is the state the
// person represents.

// titleAt returns the end of a title of modifiers and heads that starts at i
// ("Foreign Minister", "State Department spokeswoman", "Under Secretary of Commerce
// for Trade"), or i.
func (a *annotation) titleAt(ss *sentState, i int) int {
	toks := ss.s.Tokens
	n := len(toks)
	last := -1
	j := i
	for j < n {
		if end, ok := a.g.TitlePhrase(ss.lower, j); ok {
			last = end - 1
			j = end
			continue
		}
		l := ss.lower[j]
		if a.g.TitleHead(l) || (strings.HasPrefix(l, "ex-") && a.g.TitleHead(l[3:])) {
			// "President", "ex-President".
			last = j
			j++
			continue
		}
		if a.g.TitleModifier(l) {
			if _, _, ok := a.g.Match(ss.keys, j); !ok {
				j++
				continue
			}
		}
		if (a.domainWord(ss, j) && a.g.TitleHead(ss.lower[j+1])) ||
			(a.domainWord(ss, j) && a.domainWord(ss, j+1) && a.g.TitleHead(ss.lower[j+2])) {
			// A domain before the head: "Chief Agricultural Negotiator", "External
			// Affairs Minister".
			if _, _, ok := a.g.Match(ss.keys, j); !ok {
				j++
				continue
			}
		}
		break
	}
	if last < 0 {
		return i
	}
	// "Secretary of Commerce for Trade": an office's domain, up to the name after it.
	k := last + 1
	for k+1 < n && (ss.lower[k] == "of" || ss.lower[k] == "for" || ss.lower[k] == "and") && isCap(toks[k+1].Text) {
		m := k + 1
		for m < n && isCap(toks[m].Text) && !a.g.GivenName(ss.keys[m]) && !a.g.FamilyFirst(ss.keys[m]) {
			if _, _, ok := a.g.Match(ss.keys, m); ok {
				break
			}
			m++
		}
		if m == k+1 {
			break
		}
		last = m - 1
		k = m
	}
	return last + 1
}

// describe fills a person's title and country from what stands around a mention:
// "Russian Foreign Minister", "Ukraine's President", "State Department spokeswoman",
// "Kremlin spokesman", or an apposition after the name ("..., Iran's foreign minister").
func (a *annotation) describe(ss *sentState, si int, p *person) {
	sp := ss.spans[si]
	toks := ss.s.Tokens
	ti := a.adjacentBefore(ss, si)
	if ti >= 0 && ss.spans[ti].kind != spanTitle {
		ti = -1
	}
	if ti < 0 && si > 0 && sp.start > 0 && toks[sp.start-1].Text == "," && ss.spans[si-1].kind == spanTitle && ss.spans[si-1].end == sp.start-1 {
		// "France's foreign minister, Jane Roe, said".
		ti = si - 1
	}
	if ti >= 0 {
		t := ss.spans[ti]
		tstart := t.start
		if b := a.countryBefore(ss, ti); b >= 0 {
			bs := ss.spans[b]
			code := a.spanCountry(bs)
			if code == "" {
				// "Britain's U.N. Ambassador": the state before the body.
				if c := a.adjacentBefore(ss, b); c >= 0 {
					code = a.spanCountry(ss.spans[c])
				}
			}
			if p.country == "" && code != "" {
				p.country = code
			}
			if (bs.kind == spanOrg || (bs.kind == spanCountry && bs.form == gazetteer.FormCapital)) && bs.end == t.start && !bs.compound {
				// "State Department spokeswoman", "Kremlin spokesman".
				tstart = bs.start
			}
		}
		if o := a.officeTo(ss, ti, tstart); o >= 0 {
			// "Adviser to the Prime Minister Jane Roe": she is the adviser.
			tstart = o
		}
		if p.title == "" {
			title := ss.s.Text[toks[tstart].Start:toks[t.end-1].End]
			p.title = strings.TrimPrefix(strings.TrimPrefix(title, "the "), "The ")
		}
	} else if prev := a.adjacentBefore(ss, si); prev >= 0 && p.country == "" {
		if code := a.spanCountry(ss.spans[prev]); code != "" && sp.start > 0 && isPossessive(toks[sp.start-1].Text) {
			// "Hungary's Jane Roe".
			p.country = code
		}
	}
	// "King Jane of Jordan".
	if p.country == "" && sp.end+1 < len(toks) && ss.lower[sp.end] == "of" && si+1 < len(ss.spans) {
		if n := ss.spans[si+1]; n.start == sp.end+1 && n.kind == spanCountry && n.form == gazetteer.FormName {
			p.country = a.spanCountry(n)
		}
	}
	if ti >= 0 {
		return
	}
	// An apposition: "Jane Roe, the head of Iran's aviation agency, said".
	if sp.end+1 < len(toks) && toks[sp.end].Text == "," && !strings.HasPrefix(toks[sp.end+1].Tag, "VB") {
		end := sp.end + 1
		for end < len(toks) && end < sp.end+14 && toks[end].Text != "," && toks[end].Text != "." && toks[end].Text != ";" {
			end++
		}
		head := false
		for k := sp.end + 1; k < end; k++ {
			if l := ss.lower[k]; l == "who" || l == "whose" || l == "which" || l == "that" || strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" {
				// "Trump, who's said positive things about the Russian leader": a clause
				// about the person, not an apposition naming the office.
				break
			}
			if a.g.TitleHead(ss.lower[k]) {
				head = true
				break
			}
		}
		if !head {
			return
		}
		if p.country == "" {
			for k := si + 1; k < len(ss.spans) && ss.spans[k].start < end; k++ {
				if code := a.spanCountry(ss.spans[k]); code != "" && a.beforeHead(ss, ss.spans[k].end, end) {
					p.country = code
					break
				}
			}
		}
		if p.country == "" {
			p.country = a.memberOf(ss, si, end)
		}
		if p.title == "" && end > sp.end+1 {
			from := sp.end + 1
			if l := ss.lower[from]; (l == "the" || l == "a" || l == "an") && from+1 < end {
				from++
			}
			for k := from + 1; k < end; k++ {
				if l := ss.lower[k]; l == "who" || l == "which" || l == "whose" {
					// "a former diplomat who heads ...".
					end = k
					break
				}
			}
			p.title = ss.s.Text[toks[from].Start:toks[end-1].End]
		}
	}
}

// countryBefore returns the index of the span before title span ti that gives the
// title's country: a country or a body of one, right before it or across a possessive
// and up to two lower-case words ("Lebanese caretaker Prime Minister"); or an
// international body right before it ("U.N. Secretary-General"); or -1.
func (a *annotation) countryBefore(ss *sentState, ti int) int {
	t := ss.spans[ti]
	toks := ss.s.Tokens
	for k := ti - 1; k >= 0; k-- {
		b := ss.spans[k]
		if b.end > t.start {
			continue
		}
		gap := 0
		for j := b.end; j < t.start; j++ {
			tk := toks[j]
			if isPossessive(tk.Text) && j == b.end {
				continue
			}
			r, _ := utf8.DecodeRuneInString(tk.Text)
			if !unicode.IsLower(r) || strings.HasPrefix(tk.Tag, "VB") || tk.Tag == "IN" || tk.Tag == "CC" {
				return -1
			}
			gap++
		}
		if gap > 2 || (a.spanCountry(b) == "" && !(b.kind == spanOrg && b.end == t.start)) {
			return -1
		}
		return k
	}
	return -1
}

// beforeHead reports whether a title head follows token j (after a possessive and
// title modifiers) before end ("US envoy"), or the country is a possessive ("Iran's
// foreign minister").
func (a *annotation) beforeHead(ss *sentState, j, end int) bool {
	if j < end && isPossessive(ss.s.Tokens[j].Text) {
		// "the head of Spain's coast guard".
		return true
	}
	for ; j < end; j++ {
		l := ss.lower[j]
		if a.g.TitleHead(l) {
			return true
		}
		if !a.g.TitleModifier(l) && !isCap(ss.s.Tokens[j].Text) {
			return false
		}
	}
	return false
}

// spanCountry returns the country a span stands for: a country's code, or the country
// of a known organization.
func (a *annotation) spanCountry(sp span) string {
	switch sp.kind {
	case spanCountry:
		if sp.drop {
			return ""
		}
		return a.g.Countries[sp.country].Code
	case spanOrg:
		return a.g.Orgs[sp.org].Country
	}
	return ""
}

// officeTo returns the start of a title that the title span ti (starting at token
// from, or at its country before it) is the object of: in "Adviser to Bangladesh Prime
// Minister Jane Roe" the person is the adviser. It returns -1 when there is none.
func (a *annotation) officeTo(ss *sentState, ti, from int) int {
	q := from
	for k := ti - 1; k >= 0; k-- {
		b := ss.spans[k]
		if b.end > q {
			continue
		}
		if b.kind == spanCountry && (b.end == q || (b.end == q-1 && isPossessive(ss.s.Tokens[q-1].Text))) {
			q = b.start
		}
		break
	}
	if q > 0 && ss.lower[q-1] == "the" {
		q--
	}
	if q < 2 || ss.lower[q-1] != "to" {
		return -1
	}
	for k := ti - 1; k >= 0; k-- {
		b := ss.spans[k]
		if b.end == q-1 && b.kind == spanTitle {
			return b.start
		}
		if b.end < q-1 {
			break
		}
	}
	return -1
}

// memberOf returns the country of an organization that an apposition after name span si,
// up to token end, makes the person a member of: "Jane Roe, a spokeswoman for Hamas,".
// A country itself after "for" is what the office deals with ("envoy for Syria"), so
// only an organization counts. It returns "" when there is none.
func (a *annotation) memberOf(ss *sentState, si, end int) string {
	for k := si + 1; k < len(ss.spans) && ss.spans[k].start < end; k++ {
		b := ss.spans[k]
		if b.kind != spanOrg {
			continue
		}
		q := b.start
		if q > 0 && ss.lower[q-1] == "the" {
			q--
		}
		if q < 2 || !a.g.TitleHead(ss.lower[q-2]) {
			continue
		}
		switch ss.lower[q-1] {
		case "for", "of", "at", "with":
			return a.g.Orgs[b.org].Country
		}
	}
	return ""
}

// domainWord reports whether token j can be a word of an office's domain before a title
// head ("Agricultural", "External Affairs"): capitalised, and neither a name's first
// word, a possessive nor a gazetteer phrase.
func (a *annotation) domainWord(ss *sentState, j int) bool {
	toks := ss.s.Tokens
	if j+1 >= len(toks) || !isCap(toks[j].Text) || a.g.GivenName(ss.keys[j]) || a.g.FamilyFirst(ss.keys[j]) || isPossessive(toks[j].Text) {
		return false
	}
	_, _, ok := a.g.Match(ss.keys, j)
	return !ok
}
