package mentions

import (
	"strconv"
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/parse"
)

// Organizations are the named bodies of the gazetteer (NATO, the State Department,
// Hamas) and the bodies a country's name or adjective makes: its ministries and armed
// forces ("Ukraine's military", "the Russian Defence Ministry"), and armed or political
// groups ("pro-Russian rebels", "Syrian rebels"). A group takes the country where it
// acts: the country of "pro-Russian rebels in eastern Ukraine" is Ukraine. A body that
// is the state itself ("the Iranian government") is a mention of the country.

// orgInfo is one organization of the document.
type orgInfo struct {
	id, name, country string
	aliases           []string
	// group is set on armed and political groups; generic on those named by a
	// common noun ("pro-Russian rebels"), which "the rebels" refers back to.
	group, generic bool
	// media is set on news organizations.
	media bool
	// body is the generic body a country's organization is ("foreign ministry").
	body string
}

func (o *orgInfo) addAlias(s string) {
	if s == "" || s == o.name || containsString(o.aliases, s) || len(o.aliases) >= 12 {
		return
	}
	o.aliases = append(o.aliases, s)
}

// entity returns the organization as a document entity.
func (o *orgInfo) entity() diplograph.Entity {
	return diplograph.Entity{ID: o.id, Type: diplograph.TypeOrganization, Name: o.name, Country: o.country, Aliases: o.aliases}
}

// org returns the document's organization with the key, creating it.
func (a *annotation) org(key, name, country string) *orgInfo {
	if o := a.orgByKey[key]; o != nil {
		return o
	}
	if o := a.orgByKey["n:"+strings.ToLower(name)]; o != nil && o.country == country {
		// "US Senate" as a known body and as a country's senate.
		a.orgByKey[key] = o
		return o
	}
	o := &orgInfo{id: "o:" + strconv.Itoa(len(a.orgs)+1), name: name, country: country}
	a.orgs = append(a.orgs, o)
	a.orgByKey[key] = o
	a.orgByKey["n:"+strings.ToLower(name)] = o
	return o
}

func (a *annotation) orgMention(ss *sentState, start, end int, o *orgInfo) {
	toks := ss.s.Tokens
	text := ss.s.Text[toks[start].Start:toks[end-1].End]
	o.addAlias(text)
	ss.orgMentions = append(ss.orgMentions, parse.Mention{Start: start, End: end, Text: text, Entity: o.id, Type: diplograph.TypeOrganization, Media: o.media})
}

// findOrgs finds the organizations of every sentence.
func (a *annotation) findOrgs() {
	for _, ss := range a.sents {
		covered := make(map[int]bool)
		for i := 0; i < len(ss.spans); i++ {
			sp := ss.spans[i]
			switch sp.kind {
			case spanOrg:
				g := a.g.Orgs[sp.org]
				key, name, country := "k:"+g.Name, g.Name, g.Country
				if g.Kind == gazetteer.OrgParty || g.Kind == gazetteer.OrgGovernment {
					if c := a.ownerBefore(ss, i); c != "" && c != country {
						// "South Korea's main opposition Democratic Party" is not the
						// American one, nor "Pakistan's Foreign Office" the British.
						key, name, country = "k:"+g.Name+":"+c, ss.s.Text[ss.s.Tokens[sp.start].Start:ss.s.Tokens[sp.end-1].End], c
					}
				}
				o := a.org(key, name, country)
				o.group = g.Kind == gazetteer.OrgGroup
				o.media = g.Kind == gazetteer.OrgMedia
				a.orgMention(ss, sp.start, sp.end, o)
			case spanCountry:
				if !sp.drop {
					a.countryBody(ss, i, covered)
				}
			}
		}
		ss.covered = covered
		a.administrations(ss)
	}
	// Bare group and force nouns refer to the groups and forces the whole document
	// names: the body first, since a headline says in short what it tells.
	for _, ss := range a.sents {
		if !ss.title {
			a.groupWords(ss, ss.covered)
		}
	}
	for _, ss := range a.sents {
		if ss.title {
			a.groupWords(ss, ss.covered)
		}
	}
	a.acronyms()
	a.bodyCountries()
}

// bodyCountries gives a person whose title names a body of no stated country
// ("Foreign Ministry spokeswoman"), or heads one ("Foreign Minister"), the country of
// the one such body the document names ("China's Foreign Ministry").
func (a *annotation) bodyCountries() {
	for _, p := range a.people {
		if p.country != "" || p.title == "" {
			continue
		}
		title := strings.ToLower(p.title)
		country := ""
		for _, o := range a.orgs {
			if o.body == "" || !(strings.Contains(title, o.body) || headsBody(title, o.body)) {
				continue
			}
			if country != "" && country != o.country {
				country = ""
				break
			}
			country = o.country
		}
		p.country = country
	}
}

// ownerBefore returns the country named right before span si, across a possessive
// and up to three lower-case words ("South Korea's main opposition Democratic Party"),
// or "".
func (a *annotation) ownerBefore(ss *sentState, si int) string {
	if si == 0 {
		return ""
	}
	b := ss.spans[si-1]
	if b.kind != spanCountry || b.drop || b.compound {
		return ""
	}
	toks := ss.s.Tokens
	gap := 0
	for j := b.end; j < ss.spans[si].start; j++ {
		if isPossessive(toks[j].Text) && j == b.end {
			continue
		}
		if isCap(toks[j].Text) || strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "IN" || toks[j].Tag == "CC" {
			return ""
		}
		gap++
	}
	if gap > 3 {
		return ""
	}
	return a.g.Countries[b.country].Code
}

// countryBody makes an organization (or a state mention) of a country mention and the
// body after it: "Ukraine's military", "Russian Defence Ministry", "pro-Russian rebels",
// "the Kiev government".
func (a *annotation) countryBody(ss *sentState, si int, covered map[int]bool) {
	sp := ss.spans[si]
	toks := ss.s.Tokens
	j := sp.end
	if j < len(toks) && isPossessive(toks[j].Text) && !sp.compound {
		j++
	}
	end, kind, name := a.g.Body(ss.lower, j)
	for skip := 0; end == j && skip < 2 && j+skip < len(toks); skip++ {
		// A modifier or two before the body: "Pakistani anti-terrorism court",
		// "Chinese state media".
		t := toks[j+skip]
		if isCap(t.Text) || (t.Tag != "JJ" && t.Tag != "NN" && ss.lower[j+skip] != "based") {
			// "Gaza based militants" act where they are based.
			break
		}
		if e, k, nm := a.g.Body(ss.lower, j+skip+1); e > j+skip+1 && (k == gazetteer.BodyOrg || (k == gazetteer.BodyGroup && ss.lower[j+skip] == "based")) {
			end, kind, name = e, k, nm
		}
	}
	if end <= j {
		if e := a.officeOf(ss, j); e > j {
			// "the Indian Ministry of External Affairs".
			end, kind = e, gazetteer.BodyOrg
			name = strings.ToLower(ss.s.Text[toks[j].Start:toks[e-1].End])
		}
	}
	if end <= j {
		return
	}
	code := a.g.Countries[sp.country].Code
	switch kind {
	case gazetteer.BodyState:
		if sp.compound || sp.pro {
			return
		}
		ss.spans[si].stateEnd = end
		a.coordinatedStates(ss, si)
		if strings.EqualFold(name, "regime") {
			a.regime, a.regimeSet = sp.country, true
		}
	case gazetteer.BodyOrg:
		if sp.pro {
			return
		}
		text := ss.s.Text[toks[sp.start].Start:toks[end-1].End]
		o := a.org("b:"+code+":"+bodyKey(name), strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The "), code)
		if o.body == "" {
			o.body = strings.ToLower(name)
		}
		a.orgMention(ss, sp.start, end, o)
	case gazetteer.BodyGroup:
		text := ss.s.Text[toks[sp.start].Start:toks[end-1].End]
		country, key := code, "g:"+code
		if sp.pro {
			// One group for "pro-Russian rebels" and "pro-Russian separatists".
			country = a.whereActs(ss, si, end)
			key = "g:pro:" + code + ":" + country
		}
		o := a.org(key, text, country)
		o.group, o.generic = true, true
		a.orgMention(ss, sp.start, end, o)
	}
	for k := j; k < end; k++ {
		covered[k] = true
	}
}

// coordinatedStates makes actors of the countries coordinated with the country of a
// state body: in "U.S., Canadian and British officials said" all three states speak.
func (a *annotation) coordinatedStates(ss *sentState, si int) {
	toks := ss.s.Tokens
	cur := ss.spans[si]
	for k := si - 1; k >= 0; k-- {
		p := ss.spans[k]
		if p.kind != spanCountry || p.drop || p.compound || p.form == gazetteer.FormCapital {
			return
		}
		gap := toks[p.end:cur.start]
		ok := len(gap) >= 1 && len(gap) <= 2
		for _, t := range gap {
			if t.Text != "," && t.Text != "and" && t.Text != "or" {
				ok = false
			}
		}
		if !ok {
			return
		}
		ss.spans[k].place = false
		cur = p
	}
}

// administrations makes an organization of a person's administration ("the Crowe
// administration"), belonging to the person's country.
func (a *annotation) administrations(ss *sentState) {
	toks := ss.s.Tokens
	for _, sp := range ss.spans {
		if sp.kind != spanName || sp.person == nil || sp.end >= len(toks) || ss.lower[sp.end] != "administration" {
			continue
		}
		p := sp.person
		text := ss.s.Text[toks[sp.at].Start:toks[sp.end].End]
		o := a.org("a:"+strings.ToLower(p.name), text, p.country)
		a.orgMention(ss, sp.at, sp.end+1, o)
	}
}

// whereActs returns the country where a group supported by another country acts: the
// first other country named as a place after it in the sentence ("pro-Russian rebels in
// eastern Ukraine"), else the other country the document names most.
func (a *annotation) whereActs(ss *sentState, si, after int) string {
	sp := ss.spans[si]
	for _, p := range ss.spans {
		if p.kind == spanCountry && !p.drop && p.start >= after && p.country != sp.country && p.place {
			return a.g.Countries[p.country].Code
		}
	}
	counts := map[int]int{}
	best, bestN := -1, 0
	for _, s := range a.sents {
		for _, p := range s.spans {
			if p.kind == spanCountry && !p.drop && p.country != sp.country {
				counts[p.country]++
				if counts[p.country] > bestN {
					best, bestN = p.country, counts[p.country]
				}
			}
		}
	}
	if best < 0 {
		return ""
	}
	return a.g.Countries[best].Code
}

// headsBody reports whether a lower-case title is the minister of a "... ministry"
// body: "foreign minister" of "foreign ministry".
func headsBody(title, body string) bool {
	dom, ok := strings.CutSuffix(body, " ministry")
	return ok && title == dom+" minister"
}
