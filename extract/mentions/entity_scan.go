package mentions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/parse"
)

// The scan of a sentence marks, left to right and longest first, the phrases of the
// gazetteer (countries, organizations, blocked names), the titles, and the runs of
// capitalised words that may be names; it also tells bylines, credits and headline-
// style lines, whose capitalised words are not names of people of the article.

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
	creditAt := -1
	for i := 0; i < n; {
		t := toks[i].Text
		if strings.ContainsRune(t, '/') {
			// "WASHINGTON/PARIS" names places; after "REUTERS/Jane" a credit follows.
			a.compound(ss, i)
			if creditSlash(t) {
				creditAt = i + 1
			}
			i++
			continue
		}
		end, e, ok := a.g.Match(ss.keys, i)
		if ok && ss.keys[i] == "the" && i+1 < n {
			// "the South Korean president" is not "the South".
			if end2, _, ok2 := a.g.Match(ss.keys, i+1); ok2 && end2 > end {
				i++
				continue
			}
		}
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
			ss.spans = append(ss.spans, span{kind: spanName, start: i, end: end, at: i, credit: i == creditAt})
			i = end
			continue
		}
		i++
	}
}

// titleCase reports whether a sentence is written in title case, as a headline is:
// most of its words, other than short function words, are capitalised, and it does
// not end as a sentence does.
func titleCase(toks []parse.Token) bool {
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
	rest := t[k+1:]
	return strings.HasSuffix(head, "Photo") || strings.HasSuffix(head, "Photos") ||
		(allCaps(head) && isCap(rest) && !allCaps(rest))
}

func (a *annotation) addTitle(ss *sentState, start, end int) int {
	if end == start+1 && nameHonorific(ss.lower[start]) && isCap(ss.s.Tokens[start].Text) && a.nameToken(ss, end) {
		// "Prime Minister Sheikh Jane Roe": "Sheikh" is part of the name.
		e := a.nameRun(ss, end)
		ss.spans = append(ss.spans, span{kind: spanName, start: start, end: e, at: start})
		return e
	}
	if ss.lower[start] == "under" && end > start+1 && !isCap(ss.s.Tokens[start].Text) && isCap(ss.s.Tokens[start+1].Text) {
		// "the capital under Prime Minister Jane Roe": "under" is a preposition.
		start++
	}
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

// nameHonorific reports whether a title word is written as part of the name it stands
// before: "Prime Minister Sheikh Jane Roe" is Sheikh Jane Roe.
func nameHonorific(l string) bool {
	switch l {
	case "sheikh", "sheikha", "shaikh", "shaikha":
		return true
	}
	return false
}
