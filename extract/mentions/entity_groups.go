package mentions

import (
	"strings"

	"github.com/diplograph/diplograph/extract/gazetteer"
)

// A group or a force is often named by a bare common noun: "the separatists", "rebels",
// "the army", "government forces". Such a noun refers back to the group or the armed
// force the document names with its country ("pro-Russian rebels", "the Ukrainian
// army"), so that all its mentions are one organization. A bare group noun with no such
// group in the document is a group only where the sentence places it in a country
// ("rebels in eastern Ukraine"); a bare force noun is linked only when the document
// names exactly one country's armed forces, or none and the sentence a state's body before
// it ("the foreign ministry said C, while the military said D"). "The government" is the state the sentence
// places it in ("the government in Kabul"), or else the state of the dateline.

// forcesKey is the body key shared by the words for a state's armed forces.
const forcesKey = "military"

// bodyKey returns the key under which a country's body is one organization: the armed
// forces go by one key whatever word names them ("army", "military", "forces"), and so
// do a mission and its diplomats.
func bodyKey(name string) string {
	switch l := strings.ToLower(name); l {
	case "army", "military", "armed forces", "forces", "troops", "soldiers":
		return forcesKey
	case "mission", "diplomatic mission", "diplomats":
		// A country's diplomats abroad are the staff of its mission.
		return "mission"
	default:
		return l
	}
}

// groupWords links the bare group and force nouns of a sentence to the document's
// organizations, or makes a group of a bare group noun that the sentence places.
func (a *annotation) groupWords(ss *sentState, covered map[int]bool) {
	if covered == nil {
		covered = map[int]bool{}
	}
	for _, sp := range ss.spans {
		if sp.kind == spanOrg || sp.kind == spanCountry {
			for k := sp.start; k < sp.end; k++ {
				covered[k] = true
			}
		}
	}
	toks := ss.s.Tokens
	first := firstWordIndex(toks)
	for k := 0; k < len(ss.lower); k++ {
		if covered[k] || (isCap(toks[k].Text) && k != first && !ss.headline) {
			continue
		}
		end, kind, name := a.g.Body(ss.lower, k)
		if end == k {
			continue
		}
		switch {
		case kind == gazetteer.BodyGroup && !orgEndsAt(ss, k):
			// "Hamas militants" are Hamas, not another group.
			a.bareGroup(ss, k, end)
		case kind == gazetteer.BodyOrg && bodyKey(name) == forcesKey:
			a.bareForces(ss, k, end)
		case kind == gazetteer.BodyState && name == "government" && !ss.headline:
			a.bareGovernment(ss, k, end)
		case kind == gazetteer.BodyState && name == "regime" && !ss.headline:
			a.bareRegime(ss, k, end)
		case kind == gazetteer.BodyOrg && domesticBodies[bodyKey(name)]:
			a.bodyIn(ss, k, end)
		case kind == gazetteer.BodyOrg && !placeBodies[bodyKey(name)]:
			a.bareBody(ss, k, end, name)
		}
		k = end - 1
	}
}

// bareGroup links the group noun at [k, end) to the document's group of its kind (armed
// or political opposition) that acts in the country the sentence places it in, or makes
// one when a country named as a place after it says where the group acts.
func (a *annotation) bareGroup(ss *sentState, k, end int) {
	text := ss.s.Text[ss.s.Tokens[k].Start:ss.s.Tokens[end-1].End]
	political := isOpposition(text)
	country := ""
	for _, p := range ss.spans {
		if p.kind == spanCountry && !p.drop && p.place && p.start >= end {
			country = a.g.Countries[p.country].Code
			break
		}
	}
	var o *orgInfo
	for _, x := range a.orgs {
		if x.generic && isOpposition(x.name) == political && (country == "" || x.country == country) {
			o = x
		}
	}
	if o == nil {
		// "rebels in eastern Moldova" where no such group is named yet, or a group of
		// another conflict than the document's group.
		if country == "" {
			return
		}
		o = a.org("g:"+country+":"+strings.ToLower(text), text, country)
		o.group, o.generic = true, true
	}
	a.orgMention(ss, k, end, o)
}

// domesticBodies are the bodies that serve the state they sit in, so that "prosecutors
// in Sudan" are Sudan's prosecutors (an embassy or a mission in a country is another
// state's).
var domesticBodies = map[string]bool{"prosecutors": true, "prosecutor's office": true, "police": true, "court": true,
	"supreme court": true, "constitutional court": true, "high court": true, "parliament": true, "legislature": true,
	"election commission": true, "central bank": true, "state media": true, "state television": true, "state tv": true}

// bodyIn makes an organization of a state of a domestic body at [k, end) that the
// sentence places in a country right after it: "prosecutors in Sudan", "a court in
// Moscow".
func (a *annotation) bodyIn(ss *sentState, k, end int) {
	if end+1 >= len(ss.lower) || ss.lower[end] != "in" || orgEndsAt(ss, k) {
		// "ICC prosecutors in The Hague" are the court's
		return
	}
	for _, p := range ss.spans {
		if p.kind != spanCountry || p.drop || p.compound || p.start != end+1 {
			continue
		}
		code := a.g.Countries[p.country].Code
		toks := ss.s.Tokens
		text := ss.s.Text[toks[k].Start:toks[p.end-1].End]
		name := strings.ToLower(ss.s.Text[toks[k].Start:toks[end-1].End])
		o := a.org("b:"+code+":"+bodyKey(name), text, code)
		if o.body == "" {
			o.body = name
		}
		a.orgMention(ss, k, end, o)
		return
	}
}

// placeBodies are the bodies that are as often the places they sit in ("the embassy
// breach", "visited the consulate"): a bare noun of one is not linked.
var placeBodies = map[string]bool{"embassy": true, "consulate": true, "mission": true}

// bareBody links a body noun after "the" ("the coalition", "the delegation") to the one
// organization of the document that is such a body ("the Saudi-led coalition", "the
// Iranian delegation"). With two or more, or none, the noun names no one. Domestic bodies
// ("the court", "the prosecutors") and the bodies of placeBodies are left out: a court
// or an embassy named bare is as often another one.
func (a *annotation) bareBody(ss *sentState, k, end int, name string) {
	if k == 0 || ss.lower[k-1] != "the" || orgEndsAt(ss, k) {
		return
	}
	key := bodyKey(name)
	if key == forcesKey {
		return
	}
	var o *orgInfo
	for _, x := range a.orgs {
		if x.body == "" || bodyKey(x.body) != key {
			continue
		}
		if o != nil {
			return
		}
		o = x
	}
	if o != nil {
		a.orgMention(ss, k-1, end, o)
	}
}

// isOpposition reports whether a group's name makes it a political opposition rather
// than an armed group: "the opposition" is not "the rebels".
func isOpposition(name string) bool {
	return strings.Contains(strings.ToLower(name), "opposition")
}

// bareForces links "the army", "the military" or "government forces" at [k, end) to
// the armed forces of the one country whose forces the document names.
func (a *annotation) bareForces(ss *sentState, k, end int) {
	start := k
	switch {
	case k > 0 && ss.lower[k-1] == "government":
		start = k - 1
	case k > 0 && ss.lower[k-1] == "the":
	default:
		return
	}
	var o *orgInfo
	for _, x := range a.orgs {
		if x.body == "" || bodyKey(x.body) != forcesKey {
			continue
		}
		if o != nil && o.country != x.country {
			return
		}
		o = x
	}
	if o == nil {
		o = a.bodyStateForces(ss, start)
	}
	if o != nil {
		a.orgMention(ss, start, end, o)
	}
}

// bodyStateForces returns the armed forces of the state whose body the sentence names
// before token k, when the document names no armed forces: "China's foreign ministry
// accused B, while the military said C" are both China's.
func (a *annotation) bodyStateForces(ss *sentState, k int) *orgInfo {
	for i := len(ss.orgMentions) - 1; i >= 0; i-- {
		m := ss.orgMentions[i]
		if m.End > k {
			continue
		}
		for _, x := range a.orgs {
			if x.id != m.Entity || x.body == "" || x.country == "" {
				continue
			}
			c, ok := a.g.CountryIndex(x.country)
			if !ok {
				return nil
			}
			o := a.org("b:"+x.country+":"+forcesKey, a.g.Countries[c].Name+"'s military", x.country)
			o.body = forcesKey
			return o
		}
		return nil
	}
	return nil
}

// orgEndsAt reports whether a named organization ends right before token k.
func orgEndsAt(ss *sentState, k int) bool {
	for _, sp := range ss.spans {
		if sp.kind == spanOrg && sp.end == k {
			return true
		}
	}
	return false
}

// bareGovernment makes a mention of a state of "the government" or "the central
// government" at [k, end): the country after "in" or "of", or the dateline's country.
func (a *annotation) bareGovernment(ss *sentState, k, end int) {
	start := k
	if start > 0 {
		switch ss.lower[start-1] {
		case "central", "federal", "national":
			start--
		}
	}
	if start == 0 || ss.lower[start-1] != "the" {
		return
	}
	start--
	country := -1
	if end+1 < len(ss.lower) && (ss.lower[end] == "in" || ss.lower[end] == "of") {
		for _, p := range ss.spans {
			if p.kind == spanCountry && !p.drop && !p.compound && p.start == end+1 {
				country = p.country
				break
			}
		}
	}
	if country < 0 {
		country = a.datelineCountry()
	}
	if country < 0 {
		return
	}
	ss.spans = append(ss.spans, span{kind: spanCountry, start: start, end: end, country: country, form: gazetteer.FormName, bare: true})
}

// bareRegime makes a state mention of "the regime" when the document has named a regime
// with its state before ("the Iranian regime ... the regime's malign activities"): a
// regime named bare is the one the article is about.
func (a *annotation) bareRegime(ss *sentState, k, end int) {
	if k == 0 || ss.lower[k-1] != "the" || !a.regimeSet {
		return
	}
	if end+1 < len(ss.lower) && (ss.lower[end] == "in" || ss.lower[end] == "of") {
		// "the regime in Tehran", "the regime of Bashar al-Assad" name their own
		return
	}
	ss.spans = append(ss.spans, span{kind: spanCountry, start: k - 1, end: end, country: a.regime, form: gazetteer.FormName, bare: true})
}

// datelineCountry returns the country of the body's dateline ("KABUL (Reuters) -",
// "ISLAMABAD:"), or -1.
func (a *annotation) datelineCountry() int {
	for _, ss := range a.sents {
		if ss.title {
			continue
		}
		toks := ss.s.Tokens
		for _, p := range ss.spans {
			if p.kind != spanCountry || p.drop || p.compound || p.start != 0 || p.end >= len(toks) || !allCaps(toks[0].Text) {
				continue
			}
			switch toks[p.end].Text {
			case "(", "-", "\u2014", "\u2013", ",", ":":
				return p.country
			}
		}
		return -1
	}
	return -1
}
