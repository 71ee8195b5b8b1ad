package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/gazetteer"
)

// Entity recognition finds the countries, people and organizations of a document in
// four steps over its sentences: a scan that marks the gazetteer phrases, titles and
// capitalised name runs of each sentence; the people among the name runs (by titles,
// given names and context) and the later mentions that refer back to them; the checks
// and actor/place roles of the country mentions; and the organizations, named or made
// of a country and a body ("Ukraine's military"). Every step is linear in the tokens.

// entityRecognizer finds entities with the embedded gazetteers. It is built once and is
// safe for concurrent use: annotate keeps all its state in the document being read.
type entityRecognizer struct {
	g *gazetteer.Gazetteer
}

// newEntityRecognizer loads the gazetteers.
func newEntityRecognizer() (*entityRecognizer, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("load gazetteers: %w", err)
	}
	return &entityRecognizer{g: g}, nil
}

// annotate fills doc.Entities with the document's countries ("c:<ISO3>"), people
// ("p:<n>") and organizations ("o:<n>"), and every sentence's Mentions, title included.
// A country mention has Place set where the country is only a location or a modifier.
// An organization made of a country and a body ("Ukraine's military") is one mention
// over both, and the country mention inside it is a place.
func (r *entityRecognizer) annotate(doc *Document) {
	a := &annotation{g: r.g, doc: doc, countries: map[int]*countryInfo{}, orgByKey: map[string]*orgInfo{}}
	for _, s := range doc.All() {
		ss := &sentState{s: s, title: s == doc.Title}
		a.sents = append(a.sents, ss)
		a.scan(ss)
	}
	a.findPeople()
	a.checkCountries()
	a.findOrgs()
	a.emit()
}

// spanKind is what a marked span of a sentence is.
type spanKind uint8

const (
	spanCountry spanKind = iota + 1
	spanOrg
	spanBlocked
	spanTitle
	spanHonorific
	spanName
)

// span is a marked run of tokens [start, end) of a sentence.
type span struct {
	kind       spanKind
	start, end int
	// country (gazetteer index), form and contextual for spanCountry.
	country    int
	form       gazetteer.Form
	contextual bool
	// compound is set on parts of a hyphenated token ("Russia" of "Russia-Ukraine").
	compound bool
	// pro is set on the country of "pro-Russian".
	pro bool
	// org is the gazetteer index for spanOrg.
	org int
	// credit is set on a name in a photo credit ("REUTERS/Jane Doe").
	credit bool
	place  bool
	drop   bool
	// person is the person a name span refers to; at is the token where the name
	// starts within the span (a run can begin with a word that is not part of it).
	person *person
	at     int
	// stateEnd extends a country mention over a body that is the state itself ("the
	// Iranian government").
	stateEnd int
}

// sentState is one sentence being annotated.
type sentState struct {
	s     *Sentence
	title bool
	// headline is set on the title and on body lines written in title case like one.
	headline    bool
	keys, lower []string
	spans       []span
	byline      bool
	orgMentions []Mention
}

// countryInfo collects the mentions of one country in the document.
type countryInfo struct {
	idx     int
	aliases []string
}

// annotation is the state of one annotate call.
type annotation struct {
	g         *gazetteer.Gazetteer
	doc       *Document
	sents     []*sentState
	countries map[int]*countryInfo
	people    []*person
	orgs      []*orgInfo
	orgByKey  map[string]*orgInfo
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isPossessive(s string) bool {
	switch s {
	case "'s", "\u2019s", "'", "\u2019", "'S":
		return true
	}
	return false
}

// allCaps reports whether s has two or more letters, all upper case.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 1
}

func isHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011' || r == '\u2013'
}

// scan marks a sentence's gazetteer phrases, titles and name runs.
func (a *annotation) scan(ss *sentState) {
	toks := ss.s.Tokens
	n := len(toks)
	ss.keys = make([]string, n)
	ss.lower = make([]string, n)
	for i, t := range toks {
		k := gazetteer.Key(t.Text)
		ss.keys[i] = k
		ss.lower[i] = gazetteer.Lower(k)
	}
	ss.byline = a.isByline(ss)
	ss.headline = ss.title || titleCase(toks)
	credit := false
	for i := 0; i < n; {
		t := toks[i].Text
		if strings.ContainsRune(t, '/') {
			// "WASHINGTON/PARIS" names places; after "REUTERS/Jane" a credit follows.
			a.compound(ss, i)
			credit = credit || creditSlash(t)
			i++
			continue
		}
		end, e, ok := a.g.Match(ss.keys, i)
		if tend, tok := a.g.TitlePhrase(ss.lower, i); tok && tend > end {
			i = a.addTitle(ss, i, tend)
			continue
		}
		if ok && e.Kind == gazetteer.KindCountry && end == i+1 && !ss.headline &&
			a.g.AmbiguousName(ss.keys[i]) && i+1 < n && a.nameToken(ss, i+1) {
			// "Chad Smith", "Washington Nationals": part of a longer name.
			ok = false
		}
		if ok {
			switch e.Kind {
			case gazetteer.KindCountry:
				ss.spans = append(ss.spans, span{kind: spanCountry, start: i, end: end, country: e.Country, form: e.Form, contextual: e.Contextual})
			case gazetteer.KindOrg:
				ss.spans = append(ss.spans, span{kind: spanOrg, start: i, end: end, org: e.Org})
			case gazetteer.KindBlocked:
				ss.spans = append(ss.spans, span{kind: spanBlocked, start: i, end: end})
			}
			i = end
			continue
		}
		if a.compound(ss, i) {
			i++
			continue
		}
		if a.g.Honorific(ss.lower[i]) && isCap(t) {
			j := i + 1
			if j < n && toks[j].Text == "." {
				j++
			}
			if j < n && a.nameToken(ss, j) {
				ss.spans = append(ss.spans, span{kind: spanHonorific, start: i, end: j})
				i = j
				continue
			}
		}
		if tend := a.titleAt(ss, i); tend > i {
			i = a.addTitle(ss, i, tend)
			continue
		}
		if end := a.nameRun(ss, i); end > i {
			ss.spans = append(ss.spans, span{kind: spanName, start: i, end: end, at: i, credit: credit})
			credit = false
			i = end
			continue
		}
		i++
	}
}

// titleCase reports whether a sentence is written in title case, as a headline is:
// most of its words, other than short function words, are capitalised, and it does
// not end as a sentence does.
func titleCase(toks []Token) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k].Text
		if t == "." || t == "!" || t == "?" {
			return false
		}
		if t != "\"" && t != "'" && t != "\u201d" && t != "\u2019" && t != ")" {
			break
		}
	}
	words, caps := 0, 0
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		switch strings.ToLower(t.Text) {
		case "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "as", "by", "vs":
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 4 && caps*5 >= words*4
}

// creditSlash reports whether a token with a slash opens a photo credit: "REUTERS/Jane",
// "Photo/", "AFP/".
func creditSlash(t string) bool {
	k := strings.LastIndexByte(t, '/')
	head := t[:k]
	if j := strings.LastIndexByte(head, '/'); j >= 0 {
		head = head[j+1:]
	}
	return strings.HasSuffix(head, "Photo") || strings.HasSuffix(head, "Photos") || (allCaps(head) && len(head) > 1 && k+1 < len(t) && isCap(t[k+1:]))
}

func (a *annotation) addTitle(ss *sentState, start, end int) int {
	if k := len(ss.spans) - 1; k >= 0 && ss.spans[k].kind == spanTitle && ss.spans[k].end == start {
		// "Prime Minister Sheikh", "Supreme Leader Ayatollah": one title.
		ss.spans[k].end = end
		return end
	}
	ss.spans = append(ss.spans, span{kind: spanTitle, start: start, end: end})
	return end
}

// compound marks the countries and organizations inside a hyphenated or slashed token
// ("Russia-Ukraine", "pro-Russian", "U.S.-led", "WASHINGTON/PARIS"). It reports whether
// any part was one.
func (a *annotation) compound(ss *sentState, i int) bool {
	t := ss.s.Tokens[i].Text
	if !strings.ContainsAny(t, "-/\u2010\u2011\u2013") {
		return false
	}
	found := false
	pro := false
	start := 0
	emit := func(part string) {
		if part == "" {
			return
		}
		if strings.EqualFold(part, "pro") || strings.EqualFold(part, "anti") {
			pro = strings.EqualFold(part, "pro")
			return
		}
		switch strings.ToLower(part) {
		case "backed", "supported", "sponsored", "aligned", "allied", "funded", "armed":
			// "Moscow-backed separatists" are supported, like "pro-Russian" ones.
			if k := len(ss.spans) - 1; k >= 0 && ss.spans[k].compound && ss.spans[k].start == i && ss.spans[k].kind == spanCountry {
				ss.spans[k].pro = true
			}
			return
		}
		e, ok := a.g.Word(gazetteer.Key(part))
		if !ok {
			pro = false
			return
		}
		switch e.Kind {
		case gazetteer.KindCountry:
			if e.Contextual {
				return
			}
			ss.spans = append(ss.spans, span{kind: spanCountry, start: i, end: i + 1, country: e.Country, form: e.Form, compound: true, place: true, pro: pro})
			found = true
		case gazetteer.KindOrg:
			ss.spans = append(ss.spans, span{kind: spanOrg, start: i, end: i + 1, org: e.Org, compound: true})
			found = true
		}
		pro = false
	}
	for j, r := range t {
		if r == '/' || isHyphen(r) {
			emit(t[start:j])
			start = j + utf8.RuneLen(r)
		}
	}
	emit(t[start:])
	return found
}

// isByline reports whether a sentence is a byline or a credit line, whose names are not
// people of the article: "By Jane Doe", "Reporting by ...; Editing by ...", "... contributed
// to this report", or an author line of names alone at the top of the body.
func (a *annotation) isByline(ss *sentState) bool {
	if ss.title {
		return false
	}
	toks := ss.s.Tokens
	n := len(toks)
	if n == 0 {
		return false
	}
	for i := 0; i+1 < n; i++ {
		if a.g.Is(gazetteer.CueCredit, ss.lower[i]) && ss.lower[i+1] == "by" {
			return true
		}
		if ss.lower[i] == "contributed" && (ss.lower[i+1] == "to" || ss.lower[i+1] == "reporting" || i+2 == n) {
			return true
		}
		if ss.lower[i] == "reported" && ss.lower[i+1] == "from" && i > 0 && isCap(toks[i-1].Text) {
			return true
		}
	}
	if toks[0].Text == "By" && n > 1 && isCap(toks[1].Text) {
		verb := false
		for _, t := range toks[1:] {
			if strings.HasPrefix(t.Tag, "VB") {
				verb = true
				break
			}
		}
		return !verb || n <= 8
	}
	if a.authorLine(ss) {
		return true
	}
	if ss.s.Index <= 2 && n <= 8 {
		// "Jane Doe" or "Jane Doe and John Roe" on a line of its own.
		for _, t := range toks {
			switch {
			case t.Text == "and" || t.Text == "," || t.Text == "&":
			case isCap(t.Text) && (t.Tag == "NNP" || t.Tag == "NNPS"):
			default:
				return false
			}
		}
		return true
	}
	return false
}

// authorLine reports whether a sentence presents the author: "Jane Roe, Moscow
// correspondent" without a verb, or at the end of the body "Jane Roe is the paper's
// correspondent in Moscow".
func (a *annotation) authorLine(ss *sentState) bool {
	toks := ss.s.Tokens
	n := len(toks)
	if n < 3 || !isCap(toks[0].Text) {
		return false
	}
	run := 0
	for run < n && isCap(toks[run].Text) && !a.g.Is(gazetteer.CueJournalist, ss.lower[run]) {
		run++
	}
	if run == 0 || run >= n {
		return false
	}
	trade := false
	verb := false
	for i, t := range toks {
		if a.g.Is(gazetteer.CueJournalist, ss.lower[i]) {
			trade = true
		}
		if strings.HasPrefix(t.Tag, "VB") {
			verb = true
		}
	}
	if !trade {
		return false
	}
	if toks[run].Text == "," && !verb && n <= 12 {
		return true
	}
	last := len(a.doc.Sentences) - ss.s.Index
	return (ss.lower[run] == "is" || ss.lower[run] == "was") && last <= 3
}

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

// emit writes the entities and mentions into the document.
func (a *annotation) emit() {
	var ents []diplograph.Entity
	countryOrder := []*countryInfo{}
	for _, ss := range a.sents {
		for i := range ss.spans {
			sp := &ss.spans[i]
			if sp.kind != spanCountry || sp.drop {
				continue
			}
			ci := a.countries[sp.country]
			if ci == nil {
				ci = &countryInfo{idx: sp.country}
				a.countries[sp.country] = ci
				countryOrder = append(countryOrder, ci)
			}
			c := a.g.Countries[sp.country]
			text := ss.s.Tokens[sp.start].Text
			if !sp.compound {
				text = ss.s.Text[ss.s.Tokens[sp.start].Start:ss.s.Tokens[sp.end-1].End]
			}
			text = strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The ")
			if text != c.Name && !containsString(ci.aliases, text) && len(ci.aliases) < 12 {
				ci.aliases = append(ci.aliases, text)
			}
			end := sp.end
			place := sp.place
			if sp.stateEnd > end {
				end = sp.stateEnd
				place = false
			}
			ss.s.Mentions = append(ss.s.Mentions, Mention{
				Start: sp.start, End: end, Text: ss.s.Text[ss.s.Tokens[sp.start].Start:ss.s.Tokens[end-1].End],
				Entity: "c:" + c.Code, Type: diplograph.TypeCountry, Place: place,
			})
		}
	}
	for _, ci := range countryOrder {
		c := a.g.Countries[ci.idx]
		ents = append(ents, diplograph.Entity{ID: "c:" + c.Code, Type: diplograph.TypeCountry, Name: c.Name, Code: c.Code, Aliases: ci.aliases})
	}
	// People, numbered in order of first mention.
	n := 0
	for _, ss := range a.sents {
		for i := range ss.spans {
			sp := &ss.spans[i]
			if sp.kind != spanName || sp.person == nil {
				continue
			}
			p := sp.person.root()
			if p.id == "" {
				n++
				p.id = "p:" + strconv.Itoa(n)
			}
			text := ss.s.Text[ss.s.Tokens[sp.at].Start:ss.s.Tokens[sp.end-1].End]
			if !sp.compound {
				p.addAlias(text)
			}
			ss.s.Mentions = append(ss.s.Mentions, Mention{
				Start: sp.at, End: sp.end, Text: text, Entity: p.id, Type: diplograph.TypePerson,
			})
		}
	}
	for _, p := range a.people {
		if p.merged != nil || p.id == "" {
			continue
		}
		ents = append(ents, p.entity())
	}
	sort.SliceStable(ents[len(countryOrder):], func(i, j int) bool {
		x, y := ents[len(countryOrder)+i].ID, ents[len(countryOrder)+j].ID
		xi, _ := strconv.Atoi(x[2:])
		yi, _ := strconv.Atoi(y[2:])
		return xi < yi
	})
	// Organizations.
	for _, ss := range a.sents {
		ss.s.Mentions = append(ss.s.Mentions, ss.orgMentions...)
	}
	for _, o := range a.orgs {
		ents = append(ents, o.entity())
	}
	for _, ss := range a.sents {
		sort.SliceStable(ss.s.Mentions, func(i, j int) bool {
			mi, mj := ss.s.Mentions[i], ss.s.Mentions[j]
			if mi.Start != mj.Start {
				return mi.Start < mj.Start
			}
			return mi.End > mj.End
		})
	}
	a.doc.Entities = append(a.doc.Entities, ents...)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
