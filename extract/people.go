package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/gazetteer"
)

// People are found among the capitalised name runs of the scan. A run is a person's
// name when a title or a courtesy title stands before it ("Foreign Minister Sergei
// Lavrov", "Mr Moon"), when it begins with a given name or with a family name written
// first ("Angela Merkel", "Xi Jinping"), or when it is a run of proper nouns that says
// something or stands in apposition ("Jane Roe said", "Jane Roe, the head of ...").
// Headlines, written in title case, only take names the body gives or a title makes
// plain. Runs that match none of this can still be a later mention of a known person
// by surname (see coref.go).

// nameToken reports whether token j can be part of a personal name.
func (a *annotation) nameToken(ss *sentState, j int) bool {
	toks := ss.s.Tokens
	if j >= len(toks) {
		return false
	}
	t := toks[j].Text
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return prefixedName(t)
	}
	if allCaps(t) || strings.ContainsAny(t, "/0123456789@#&") {
		return false
	}
	l := ss.lower[j]
	if a.g.NotName(l) || a.g.Honorific(l) || a.g.TitleHead(l) {
		return false
	}
	if a.g.Month(l) && (nextIsDigit(toks, j) || (j > 0 && isDigitStart(toks[j-1].Text))) {
		return false
	}
	if _, ok := a.g.TitlePhrase(ss.lower, j); ok {
		return false
	}
	if _, e, ok := a.g.Match(ss.keys, j); ok {
		if !(e.Kind == gazetteer.KindCountry && a.g.AmbiguousName(ss.keys[j]) && !ss.title) {
			return false
		}
	}
	if j == firstWord(toks) && toks[j].Tag != "NNP" && toks[j].Tag != "NNPS" &&
		!a.g.GivenName(ss.keys[j]) && !a.g.FamilyFirst(ss.keys[j]) {
		// A sentence's first word is capitalised anyway.
		return false
	}
	return true
}

// prefixedName reports whether a lower-case token is a name with an article prefix:
// "al-Assad", "el-Sisi".
func prefixedName(t string) bool {
	for _, p := range [...]string{"al-", "el-", "ul-", "ad-", "as-", "ash-", "bin-", "ibn-"} {
		if strings.HasPrefix(t, p) && len(t) > len(p) {
			r, _ := utf8.DecodeRuneInString(t[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

func nextIsDigit(toks []Token, j int) bool {
	return j+1 < len(toks) && isDigitStart(toks[j+1].Text)
}

func isDigitStart(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// firstWord returns the index of a sentence's first word, after opening quotes and
// brackets.
func firstWord(toks []Token) int {
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i
		}
	}
	return 0
}

// nameRun returns the end of the capitalised name run that starts at i, or i.
func (a *annotation) nameRun(ss *sentState, i int) int {
	if !a.nameToken(ss, i) {
		return i
	}
	toks := ss.s.Tokens
	n := len(toks)
	j := i + 1
	for j < n {
		switch {
		case a.nameToken(ss, j):
			j++
		case toks[j].Text == "." && isInitial(toks[j-1].Text) && a.nameToken(ss, j+1):
			// "Joseph R . Biden"
			j++
		case a.g.Is(gazetteer.CueParticle, ss.lower[j]) && !isCap(toks[j].Text) && a.nameToken(ss, j+1):
			j += 2
		case a.g.NameEnder(ss.lower[j]) && isCap(toks[j].Text):
			j++
			if j < n && toks[j].Text == "." {
				j++
			}
			return j
		default:
			return j
		}
	}
	return j
}

func isInitial(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && (size == len(s) || (size+1 == len(s) && s[size] == '.'))
}

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
		if a.g.TitleHead(l) {
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

// person is one person of the document.
type person struct {
	id      string
	name    string
	title   string
	country string
	aliases []string
	// merged points at the person this one turned out to be.
	merged *person
}

func (p *person) root() *person {
	for p.merged != nil {
		p = p.merged
	}
	return p
}

func (p *person) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" || s == p.name || containsString(p.aliases, s) || len(p.aliases) >= 12 {
		return
	}
	p.aliases = append(p.aliases, s)
}

// findPeople decides which name runs are people and links every mention to its person.
func (a *annotation) findPeople() {
	// Body first: a headline names people the body introduces.
	order := make([]*sentState, 0, len(a.sents))
	for _, ss := range a.sents {
		if !ss.title {
			order = append(order, ss)
		}
	}
	for _, ss := range a.sents {
		if ss.title {
			order = append(order, ss)
		}
	}
	for _, ss := range order {
		for i := range ss.spans {
			if ss.spans[i].kind == spanName {
				a.strongName(ss, i)
			}
		}
	}
	for _, ss := range order {
		for i := 0; i < len(ss.spans); i++ {
			sp := &ss.spans[i]
			if sp.kind == spanName && sp.person == nil && !sp.credit && !ss.byline {
				a.resolveName(ss, i)
			}
		}
	}
}

// strongName makes a person of name span si when the text plainly says it is one.
func (a *annotation) strongName(ss *sentState, si int) {
	sp := &ss.spans[si]
	if sp.credit || ss.byline {
		return
	}
	toks := ss.s.Tokens
	start, end := sp.start, sp.end
	for k := start; k < end; k++ {
		if a.g.NameHead(ss.lower[k]) {
			return
		}
	}
	prev := a.adjacentBefore(ss, si)
	titled := prev >= 0 && (ss.spans[prev].kind == spanTitle || ss.spans[prev].kind == spanHonorific)
	long := end-start >= 2
	given := a.g.GivenName(ss.keys[start]) || a.g.FamilyFirst(ss.keys[start]) || prefixedName(toks[start].Text)
	ok := titled || (long && given)
	if !ok && long {
		// A given name inside the run: "Meanwhile Jane Roe", a title's domain before it.
		for k := start + 1; k < end-1; k++ {
			if a.g.GivenName(ss.keys[k]) {
				start, ok = k, true
				break
			}
		}
	}
	if !ok && long && !ss.title {
		ok = a.personContext(ss, si)
	}
	if !ok && long && prev >= 0 && ss.spans[prev].kind == spanCountry && sp.start > 0 && isPossessive(toks[sp.start-1].Text) {
		ok = true
	}
	if !ok {
		return
	}
	sp.at = start
	p := a.register(ss, start, end)
	sp.person = p
	a.describe(ss, si, p)
}

// personContext reports whether a run of proper nouns stands where a person does:
// before a verb of saying, or before an apposition ("Jane Roe, the head of ...").
func (a *annotation) personContext(ss *sentState, si int) bool {
	sp := ss.spans[si]
	toks := ss.s.Tokens
	for k := sp.start; k < sp.end; k++ {
		if toks[k].Tag != "NNP" && toks[k].Tag != "NNPS" {
			return false
		}
	}
	if sp.end >= len(toks) {
		return false
	}
	next := ss.lower[sp.end]
	if a.g.Is(gazetteer.CueSpeech, next) {
		return true
	}
	if sp.start > 0 && a.g.Is(gazetteer.CueSpeech, ss.lower[sp.start-1]) && (next == "." || next == ",") {
		return true
	}
	if next == "," && sp.end+1 < len(toks) {
		w := ss.lower[sp.end+1]
		switch w {
		case "the", "a", "an", "who", "whose":
			return true
		}
		return a.g.TitleHead(w) || a.g.TitleModifier(w)
	}
	return false
}

// adjacentBefore returns the index of the span that ends where span si starts (or one
// possessive token before), or -1.
func (a *annotation) adjacentBefore(ss *sentState, si int) int {
	start := ss.spans[si].start
	for k := si - 1; k >= 0; k-- {
		p := ss.spans[k]
		if p.end == start {
			return k
		}
		if p.end == start-1 && isPossessive(ss.s.Tokens[start-1].Text) {
			return k
		}
		if p.end < start-1 {
			break
		}
	}
	return -1
}

// describe fills a person's title and country from what stands around a mention:
// "Russian Foreign Minister", "Ukraine's President", "State Department spokeswoman",
// "Kremlin spokesman", or an apposition after the name ("..., Iran's foreign minister").
func (a *annotation) describe(ss *sentState, si int, p *person) {
	p = p.root()
	sp := ss.spans[si]
	toks := ss.s.Tokens
	prev := a.adjacentBefore(ss, si)
	if prev >= 0 && ss.spans[prev].kind == spanTitle {
		t := ss.spans[prev]
		tstart := t.start
		if before := a.adjacentBefore(ss, prev); before >= 0 {
			b := ss.spans[before]
			if code := a.spanCountry(b); code != "" && p.country == "" {
				p.country = code
			}
			if (b.kind == spanOrg || (b.kind == spanCountry && b.form == gazetteer.FormCapital)) && b.end == t.start && !b.compound {
				tstart = b.start
			}
		}
		if p.title == "" {
			title := ss.s.Text[toks[tstart].Start:toks[t.end-1].End]
			title = strings.TrimPrefix(strings.TrimPrefix(title, "the "), "The ")
			p.title = title
		}
		return
	}
	if prev >= 0 && p.country == "" {
		if code := a.spanCountry(ss.spans[prev]); code != "" && sp.start > 0 && isPossessive(toks[sp.start-1].Text) {
			p.country = code
		}
	}
	// An apposition: "Jane Roe, the head of Iran's aviation agency, said".
	if sp.end+1 < len(toks) && toks[sp.end].Text == "," {
		end := sp.end + 1
		for end < len(toks) && end < sp.end+14 && toks[end].Text != "," && toks[end].Text != "." && toks[end].Text != ";" {
			end++
		}
		head := false
		for k := sp.end + 1; k < end; k++ {
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
				if code := a.spanCountry(ss.spans[k]); code != "" {
					p.country = code
					break
				}
			}
		}
		if p.title == "" && end > sp.end+1 {
			from := sp.end + 1
			if l := ss.lower[from]; (l == "the" || l == "a" || l == "an") && from+1 < end {
				from++
			}
			p.title = ss.s.Text[toks[from].Start:toks[end-1].End]
		}
	}
}

// spanCountry returns the country a span stands for: a country's code, or the country
// of a known organization.
func (a *annotation) spanCountry(sp span) string {
	switch sp.kind {
	case spanCountry:
		if sp.drop || sp.contextual {
			return ""
		}
		return a.g.Countries[sp.country].Code
	case spanOrg:
		return a.g.Orgs[sp.org].Country
	}
	return ""
}
