package mentions

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A body named in full is often named again by its initials: "Pakistan's Foreign
// Office" and then "the FO", "FO Spokesman". An upper-case word that no gazetteer names
// and that spells the initials of one of the document's organizations (of two or more
// capitalised words) is a mention of it, and a person whose title begins with it belongs
// to its country.

// initials returns the upper-case initials of an organization's name of two or more
// capitalised words after any possessive country ("Pakistan's Foreign Office" -> "FO"),
// or "". With anyCase the words need not be capitalised: a lexicon's body names are
// lower case ("ministry of external affairs" -> "MEA").
func initials(name string, anyCase bool) string {
	if i := strings.LastIndex(name, "'s "); i >= 0 {
		name = name[i+3:]
	} else if i := strings.LastIndex(name, "\u2019s "); i >= 0 {
		name = name[i+len("\u2019s "):]
	}
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		switch strings.ToLower(w) {
		case "of", "for", "and", "the", "on":
			continue
		}
		if !unicode.IsUpper(r) && !anyCase {
			return ""
		}
		b.WriteRune(unicode.ToUpper(r))
		n++
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// acronyms links the upper-case initials of the document's organizations to them and
// gives the people whose title begins with such initials the organization's country.
func (a *annotation) acronyms() {
	var byInit map[string]*orgInfo
	add := func(ini string, o *orgInfo) {
		if ini == "" {
			return
		}
		if byInit == nil {
			byInit = map[string]*orgInfo{}
		}
		if x, ok := byInit[ini]; ok && x != o {
			byInit[ini] = nil
			return
		}
		byInit[ini] = o
	}
	for _, o := range a.orgs {
		add(initials(o.name, false), o)
		if ini := initials(o.body, true); len(ini) >= 3 {
			// "MEA" of "the Indian Ministry of External Affairs"; two letters of a
			// lexicon body ("FM", "SF") are too often something else.
			add(ini, o)
		}
	}
	if byInit == nil {
		return
	}
	for _, ss := range a.sents {
		toks := ss.s.Tokens
		for k, t := range toks {
			if !allCaps(t.Text) || len(t.Text) > 6 || ss.covered[k] || a.inAnySpan(ss, k) {
				continue
			}
			if o := byInit[t.Text]; o != nil {
				a.orgMention(ss, k, k+1, o)
			}
		}
	}
	for _, p := range a.people {
		if p.country != "" || p.title == "" {
			continue
		}
		head, _, _ := strings.Cut(p.title, " ")
		if o := byInit[head]; o != nil {
			p.country = o.country
		}
	}
}

// inAnySpan reports whether token k is inside a country, organization or blocked span,
// or inside the title of a named person ("FO Spokesman Jane Roe" speaks as a person).
func (a *annotation) inAnySpan(ss *sentState, k int) bool {
	for _, sp := range ss.spans {
		if sp.start > k || k >= sp.end {
			continue
		}
		switch sp.kind {
		case spanCountry, spanOrg, spanBlocked:
			return true
		case spanTitle:
			for _, n := range ss.spans {
				if n.kind == spanName && n.person != nil && n.at == sp.end {
					return true
				}
			}
		}
	}
	return false
}
