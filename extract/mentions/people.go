package mentions

import (
	"github.com/diplograph/diplograph/extract/identity"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/parse"
)

// People are found among the capitalised name runs of the scan. A run is a person's
// name when a title or a courtesy title stands before it ("Foreign Minister Pavel
// Orlov", "Mr Lee"), when it begins with a given name or with a family name written
// first ("Anna Weber", "Zhao Mingyu"), or when it is a run of proper nouns that says
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
		if !(e.Kind == gazetteer.KindCountry && a.g.AmbiguousName(ss.keys[j]) && !ss.headline) {
			return false
		}
	}
	if j == firstWordIndex(toks) && !strings.HasPrefix(toks[j].Tag, "NN") && !strings.HasPrefix(toks[j].Tag, "JJ") &&
		!a.g.GivenName(ss.keys[j]) && !a.g.FamilyFirst(ss.keys[j]) {
		// A sentence's first word is capitalised anyway: "But", "Asked".
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

func nextIsDigit(toks []parse.Token, j int) bool {
	return j+1 < len(toks) && isDigitStart(toks[j+1].Text)
}

func isDigitStart(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// firstWordIndex returns the index of a sentence's first word, after opening quotes and
// brackets.
func firstWordIndex(toks []parse.Token) int {
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
	if gluedName(toks[i].Text) != "" {
		return i
	}
	j := i + 1
	for j < n {
		if strings.ContainsAny(ss.s.Text[toks[j-1].End:toks[j].Start], "\n\r") {
			// A name does not go on across a line break.
			return j
		}
		if g := gluedName(toks[j].Text); g != "" {
			// "Donald John TrumpTrump faces ...": a link's name glued to the headline
			// after it; the name ends inside the token when its first part repeats a
			// word of the run, and before the token otherwise.
			for k := i; k < j; k++ {
				if strings.EqualFold(toks[k].Text, g) {
					return j + 1
				}
			}
			return j
		}
		switch {
		case a.nameToken(ss, j):
			j++
		case toks[j].Text == "." && isNameInitial(toks[j-1].Text) && a.nameToken(ss, j+1):
			// "John Q . Public"
			j++
		case isNameInitial(toks[j].Text) && (a.nameToken(ss, j+1) || (j+2 < n && toks[j+1].Text == "." && a.nameToken(ss, j+2))):
			// "Jane A. Roe", where "A" is also a word.
			j++
		case a.g.Is(gazetteer.CueParticle, ss.lower[j]) && !isCap(toks[j].Text):
			// "Staffan de Mistura", "Maria de la Vega".
			k := j
			for k < n && a.g.Is(gazetteer.CueParticle, ss.lower[k]) && !isCap(toks[k].Text) {
				k++
			}
			if !a.nameToken(ss, k) {
				return j
			}
			j = k + 1
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

// gluedName returns the first part of a token in which a capitalised word runs into
// another ("TrumpTrump", "MnuchinNew"), or "". Names with a capital inside ("McConnell",
// "MacArthur", "DeSantis", "FitzGerald") have a short first part and are not glued.
func gluedName(t string) string {
	rs := []rune(t)
	if len(rs) < 6 || !unicode.IsUpper(rs[0]) {
		return ""
	}
	for k := 4; k < len(rs)-1; k++ {
		if unicode.IsUpper(rs[k]) && unicode.IsLower(rs[k-1]) && unicode.IsLetter(rs[k+1]) {
			first := string(rs[:k])
			for _, r := range rs[1:k] {
				if !unicode.IsLower(r) {
					return ""
				}
			}
			if first == "Fitz" {
				return ""
			}
			return first
		}
	}
	return ""
}

// runText returns the text of tokens [start, end), without the glued part of a last
// token ("Donald John Trump" of "Donald John TrumpTrump").
func runText(ss *sentState, start, end int) string {
	toks := ss.s.Tokens
	stop := toks[end-1].End
	if end-start > 1 {
		if g := gluedName(toks[end-1].Text); g != "" {
			stop = toks[end-1].Start + len(g)
		}
	}
	return ss.s.Text[toks[start].Start:stop]
}

// repeatedRun splits a run whose first word comes again ("Trump Donald John Trump",
// "Steven Mnuchin Steven Terner Mnuchin"): a name followed by the same person's longer
// name, as link lines print them. It returns where the name to keep starts and ends:
// the second when the two are one person, else the first.
func (a *annotation) repeatedRun(ss *sentState, start, end int) (int, int) {
	toks := ss.s.Tokens
	for k := start + 1; k < end; k++ {
		if !strings.EqualFold(toks[k].Text, toks[start].Text) {
			if k == end-1 && strings.EqualFold(gluedName(toks[k].Text), toks[start].Text) && k-start >= 2 {
				// "Trump Donald John TrumpTrump": a surname, then the full name.
				return start + 1, end
			}
			continue
		}
		if k == end-1 && k-start >= 2 {
			return start + 1, end
		}
		left, right := NameWords(runText(ss, start, k)), NameWords(runText(ss, k, end))
		if a.samePerson(left, right) {
			return k, end
		}
		return start, k
	}
	if end-start >= 3 && end < len(toks) && toks[end].Text == "(" && a.g.GivenName(ss.keys[end-1]) {
		// "Mike Pompeo Michael (Mike) Richard Pompeo": a name, then the first word of the
		// same person's full name with a nickname in brackets, as link lines print them
		return start, end - 1
	}
	// "Mike Pompeo Michael Richard Pompeo": the surname comes again at the end.
	lt := toks[end-1].Text
	if g := gluedName(lt); g != "" {
		lt = g
	}
	last := NameWords(lt)
	if len(last) != 1 || end-start < 4 {
		return start, end
	}
	for k := start + 1; k < end-2; k++ {
		if w := NameWords(toks[k].Text); len(w) == 1 && w[0] == last[0] {
			left, right := NameWords(runText(ss, start, k+1)), NameWords(runText(ss, k+1, end))
			if a.samePerson(left, right) {
				return k + 1, end
			}
			return start, k + 1
		}
	}
	return start, end
}

func isNameInitial(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && (size == len(s) || (size+1 == len(s) && s[size] == '.'))
}

// person is one person of the document.
type person struct {
	id      string
	name    string
	title   string
	country string
	aliases []string
	// words and aliasWords are nameWords of the name and of each alias.
	words      []string
	aliasWords [][]string
	// styled is set when the person is named after "Lord", "Lady", "Sir" or "Dame".
	styled bool
}

func (p *person) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" || s == p.name || containsString(p.aliases, s) || len(p.aliases) >= 12 {
		return
	}
	p.aliases = append(p.aliases, s)
	p.aliasWords = append(p.aliasWords, NameWords(s))
}

// setName makes s the person's name.
func (p *person) setName(s string, words []string) {
	p.name, p.words = s, words
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
		a.nameLists(ss)
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
	if s, e := a.repeatedRun(ss, sp.start, sp.end); s != sp.start || e != sp.end {
		sp.start, sp.at, sp.end = s, s, e
	}
	start, end := sp.start, sp.end
	for k := end - 1; k >= start; k-- {
		if !a.g.NameHead(ss.lower[k]) {
			continue
		}
		split := -1
		for m := k + 1; m < end-1 && m <= k+2; m++ {
			if a.g.GivenName(ss.keys[m]) || a.g.FamilyFirst(ss.keys[m]) {
				split = m
				break
			}
		}
		if split < 0 {
			return
		}
		// "the Joint Forces Operation Jane Roe": a body's name, then a person's.
		sp.start, sp.at, start = split, split, split
		break
	}
	if start >= 2 && ss.lower[start-1] == "of" && isCap(toks[start-2].Text) && a.g.NameHead(ss.lower[start-2]) {
		// "the Ministry of External Affairs": the name of a body.
		return
	}
	if end < len(toks) {
		// "Ben Gurion airport", "Charles de Gaulle airport".
		if nx := ss.lower[end]; a.g.NameHead(nx) && nx != "administration" && nx != "government" && !isCap(toks[end].Text) {
			return
		}
	}
	prev := a.adjacentBefore(ss, si)
	if prev >= 0 && ss.spans[prev].kind == spanHonorific && end-start == 1 {
		// "Sir Alan" after "Alan Crowe": a knight goes by the given name.
		if h := ss.lower[ss.spans[prev].start]; h == "sir" || h == "dame" {
			w := NameWords(toks[start].Text)
			for _, p := range a.people {
				if len(p.words) > 1 && len(w) == 1 && p.words[0] == w[0] {
					sp.person = p
					return
				}
			}
		}
	}
	titled := (prev >= 0 && (ss.spans[prev].kind == spanTitle || ss.spans[prev].kind == spanHonorific)) ||
		(nameHonorific(ss.lower[start]) && end-start >= 2)
	if !titled && si > 0 && start > 0 && toks[start-1].Text == "," && ss.spans[si-1].kind == spanTitle &&
		ss.spans[si-1].end == start-1 && (end == len(toks) || toks[end].Text == "," || toks[end].Text == ".") {
		// "the North's Vice-Foreign Minister, Ri Song-chol, said".
		titled = true
	}
	long := end-start >= 2
	if ss.headline {
		// Headlines are in title case: only a title, or a leader in office known by the
		// surname, makes a new name plain, and a run that holds a known name is that name.
		if !titled && !(end-start == 1 && a.leaderSurname(ss, start)) || end-start > 3 || a.holdsKnownName(ss, sp) {
			return
		}
		sp.at = start
		sp.person = a.register(ss, start, end)
		a.describe(ss, si, sp.person)
		return
	}
	given := a.g.GivenName(ss.keys[start]) || a.g.FamilyFirst(ss.keys[start])
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
	if !ok && long {
		ok = a.personContext(ss, si)
	}
	if !ok && end-start == 1 && a.leaderSurname(ss, start) {
		// "Putin and Erdogan discussed C": a leader in office goes by the surname
		ok = true
	}
	if !ok && end-start <= 3 && end < len(toks) && (ss.lower[end] == "administration" || ss.lower[end] == "presidency") {
		// "the Crowe administration".
		ok = true
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

// leaderSurname reports whether the word at k is the surname of a leader in office on the
// article's date, and no word of the lexicon's lists of other things.
func (a *annotation) leaderSurname(ss *sentState, k int) bool {
	w := ss.s.Tokens[k].Text
	if a.g.GivenName(ss.keys[k]) || a.g.NameHead(ss.lower[k]) || a.g.TitleHead(ss.lower[k]) ||
		a.g.NotName(ss.lower[k]) || a.g.Month(ss.lower[k]) {
		return false
	}
	return identity.Default().Leader(w, a.doc.Article.Date)
}

// personContext reports whether a run of proper nouns stands where a person does:
// before a verb of saying, or before an apposition ("Jane Roe, the head of ...").
func (a *annotation) personContext(ss *sentState, si int) bool {
	sp := ss.spans[si]
	toks := ss.s.Tokens
	for k := sp.start; k < sp.end; k++ {
		if toks[k].Tag != "NNP" && toks[k].Tag != "NNPS" && !a.g.Is(gazetteer.CueParticle, ss.lower[k]) {
			return false
		}
	}
	if sp.start > 0 && a.g.Is(gazetteer.CueLocative, ss.lower[sp.start-1]) {
		// "in Vila Nova, the port city": a place; but "bail to Jane Roe" or "a letter
		// from Jane Roe" are people.
		switch ss.lower[sp.start-1] {
		case "to", "from", "on", "about", "over", "toward", "towards", "onto":
		default:
			return false
		}
	}
	if sp.start > 0 && a.g.Is(gazetteer.CueSpeech, ss.lower[sp.start-1]) {
		// "said Jane Roe", "told Jane Roe on the radio".
		return true
	}
	if sp.end >= len(toks) {
		return false
	}
	next := ss.lower[sp.end]
	if a.g.Is(gazetteer.CueSpeech, next) {
		return true
	}
	if next == "of" && sp.end+2 < len(toks) && ss.lower[sp.end+1] == "the" && a.orgNameAt(ss, sp.end+2) {
		// "Jane Roe of the Brookings Institution".
		return true
	}
	if next != "," {
		return false
	}
	// An apposition: "Jane Roe, the head of ...", "Jane Roe, US envoy for ...", but not
	// "Vila Nova, the port city".
	for k := sp.end + 1; k < len(toks) && k <= sp.end+6 && toks[k].Text != ","; k++ {
		if a.g.Is(gazetteer.CuePlace, ss.lower[k]) {
			return false
		}
		if a.g.TitleHead(ss.lower[k]) {
			break
		}
	}
	for k := sp.end + 1; k < len(toks) && k <= sp.end+4; k++ {
		w := ss.lower[k]
		switch w {
		case "the", "a", "an", "who", "whose", "another", "one", "his", "her", "its", "their", "now", "then", "also", "currently":
			return true
		}
		if a.g.TitleHead(w) || a.g.TitleModifier(w) {
			return true
		}
		if w == "where" || w == "which" || w == "when" {
			// "Vila Nova, where ...": a place or a thing.
			return false
		}
		if tag := toks[k].Tag; tag == "JJ" || tag == "NN" || tag == "NNS" {
			// "Jane Roe, international trade economist at ...".
			continue
		}
		if !isPossessive(toks[k].Text) && !a.inCountrySpan(ss, k) {
			return false
		}
	}
	return false
}

// orgNameAt reports whether the capitalised words at j name an organization: a known
// one, or a run that ends in a head such as "Institution" or "University".
func (a *annotation) orgNameAt(ss *sentState, j int) bool {
	if _, e, ok := a.g.Match(ss.keys, j); ok && e.Kind == gazetteer.KindOrg {
		return true
	}
	toks := ss.s.Tokens
	k := j
	for k < len(toks) && isCap(toks[k].Text) {
		k++
	}
	return k > j && a.g.NameHead(ss.lower[k-1]) && !a.g.Is(gazetteer.CuePlace, ss.lower[k-1])
}

// inCountrySpan reports whether token k is part of a country mention.
func (a *annotation) inCountrySpan(ss *sentState, k int) bool {
	for _, sp := range ss.spans {
		if sp.kind == spanCountry && sp.start <= k && k < sp.end {
			return true
		}
	}
	return false
}

// holdsKnownName reports whether a word of a name run is a known person's name.
func (a *annotation) holdsKnownName(ss *sentState, sp *span) bool {
	for k := sp.start; k < sp.end; k++ {
		if w := NameWords(ss.s.Tokens[k].Text); len(w) == 1 && a.findPerson(w) != nil {
			return true
		}
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
