package extract

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
// names exactly one country's armed forces.

// forcesKey is the body key shared by the words for a state's armed forces.
const forcesKey = "military"

// bodyKey returns the key under which a country's body is one organization: the armed
// forces go by one key whatever word names them ("army", "military", "forces").
func bodyKey(name string) string {
	switch l := strings.ToLower(name); l {
	case "army", "military", "armed forces", "forces", "troops", "soldiers":
		return forcesKey
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
	orgEnd := map[int]bool{}
	for _, sp := range ss.spans {
		if sp.kind == spanOrg || sp.kind == spanCountry {
			for k := sp.start; k < sp.end; k++ {
				covered[k] = true
			}
		}
		if sp.kind == spanOrg {
			orgEnd[sp.end] = true
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
		case kind == gazetteer.BodyGroup && !orgEnd[k]:
			// "Hamas militants" are Hamas, not another group.
			a.bareGroup(ss, k, end)
		case kind == gazetteer.BodyOrg && bodyKey(name) == forcesKey:
			a.bareForces(ss, k, end)
		}
		k = end - 1
	}
}

// bareGroup links the group noun at [k, end) to the document's group, or makes one
// when a country named as a place after it says where the group acts.
func (a *annotation) bareGroup(ss *sentState, k, end int) {
	var o *orgInfo
	for _, x := range a.orgs {
		if x.generic {
			o = x
		}
	}
	if o == nil {
		text := ss.s.Text[ss.s.Tokens[k].Start:ss.s.Tokens[end-1].End]
		country := ""
		for _, p := range ss.spans {
			if p.kind == spanCountry && !p.drop && p.place && p.start >= end {
				country = a.g.Countries[p.country].Code
				break
			}
		}
		if country == "" {
			return
		}
		o = a.org("g:"+strings.ToLower(text), text, country)
		o.group, o.generic = true, true
	}
	a.orgMention(ss, k, end, o)
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
	if o != nil {
		a.orgMention(ss, start, end, o)
	}
}
