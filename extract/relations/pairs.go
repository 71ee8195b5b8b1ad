package relations

import (
	"sort"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
)

// pairNouns are the nouns of "the two sides", "both countries", "the two leaders": a
// reference to the pair of parties the article is about.
var pairNouns = map[string]func(diplograph.EntityType) bool{
	"sides":       func(diplograph.EntityType) bool { return true },
	"countries":   func(t diplograph.EntityType) bool { return t == diplograph.TypeCountry },
	"nations":     func(t diplograph.EntityType) bool { return t == diplograph.TypeCountry },
	"governments": func(t diplograph.EntityType) bool { return t == diplograph.TypeCountry },
	"leaders":     func(t diplograph.EntityType) bool { return t == diplograph.TypePerson },
	"men":         func(t diplograph.EntityType) bool { return t == diplograph.TypePerson },
}

// entityType returns the type of the document's entity with the given id.
func (v *view) entityType(id string) diplograph.EntityType {
	for _, e := range v.doc.Entities {
		if e.ID == id {
			return e.Type
		}
	}
	return ""
}

// pairReference resolves "the two sides" (or "both countries", ...) ending at token k to
// the two parties it names: the latest pair of coordinated parties before it ("A and B",
// "between A and B"), else the two parties of that kind the article names most often.
// It returns nil when k is not such a phrase or it cannot be resolved.
func (v *view) pairReference(k int) []string {
	want, ok := pairNouns[v.word(k)]
	if !ok || !(v.word(k-1) == "two" || v.word(k-1) == "both") {
		return nil
	}
	if v.word(k) == "sides" {
		if pair := v.pairOf(k, pairNouns["countries"], -1); pair != nil {
			return pair
		}
	}
	return v.pairOf(k, want, -1)
}

// theyPair resolves "they" at token k, as the subject of a meeting or an agreement, to
// the pair of parties named together ("A and B") in this sentence before it or in the
// sentence before, or nil.
func (v *view) theyPair(k int) []string {
	if w := v.word(k); (w == "pair" || w == "duo") && v.word(k-1) == "the" {
		// "A met B and the pair signed C"
		return v.metPair(k)
	}
	if v.word(k) != "they" {
		return nil
	}
	return v.pairOf(k, pairNouns["sides"], 1)
}

// metPair returns the two people of the latest clause before token k whose subject and
// object are both people ("A met B", "A hosted B"), or nil.
func (v *view) metPair(k int) []string {
	var pair []string
	for h := 0; h < k; h++ {
		var subj, obj string
		for _, c := range v.s.Children(h) {
			if c >= k {
				continue
			}
			m, ok := v.mention(c)
			if !ok || m.Type != diplograph.TypePerson || !isActor(m) {
				continue
			}
			switch v.s.Tokens[c].Dep {
			case "nsubj":
				subj = m.Entity
			case "obj":
				obj = m.Entity
			}
		}
		if subj != "" && obj != "" && subj != obj {
			pair = []string{subj, obj}
		}
	}
	return pair
}

// pairOf returns the two parties of the wanted kind that a pair reference at k names,
// looking back at most back sentences for a coordinated pair (without limit when back
// is negative) and then, without limit, at the parties named most often.
func (v *view) pairOf(k int, want func(diplograph.EntityType) bool, back int) []string {
	// the latest coordinated pair, in this sentence before k or in earlier sentences
	var pair []string
	v.sentencesBack(k, back, func(pv *view, limit int) bool {
		for x := 0; x < limit; x++ {
			m, ok := pv.mention(x)
			if !ok {
				continue
			}
			if m.Place && locatives[pv.word(m.Start-1)] || compass[pv.word(m.Start-1)] {
				x = m.End - 1
				continue
			}
			if (isActor(m) || m.Type == diplograph.TypeCountry) && want(m.Type) && !(pv == v && v.agentOver(m.Start, k)) {
				ids, end := pv.coordinatedRight(m)
				if len(ids) == 2 && end <= limit && want(v.entityType(ids[1])) {
					pair = ids
				}
			}
			x = m.End - 1
		}
		return pair != nil
	})
	if pair != nil {
		return pair
	}
	if back >= 0 {
		return nil
	}
	// the two parties of that kind named most often before k
	count := map[string]int{}
	first := map[string]int{}
	n := 0
	for p := 0; p <= v.pos; p++ {
		pv := v
		if p != v.pos {
			pv = newView(v.doc, v.all, p)
		}
		for _, m := range v.all[p].Mentions {
			if p == v.pos && m.Start >= k {
				break
			}
			if m.Place && locatives[pv.word(m.Start-1)] || compass[pv.word(m.Start-1)] {
				// where something happens ("talks in Lima", "east Peru") is not a party
				continue
			}
			if want(m.Type) && (isActor(m) || m.Type == diplograph.TypeCountry) {
				if _, seen := first[m.Entity]; !seen {
					first[m.Entity] = n
				}
				count[m.Entity]++
				n++
			}
		}
	}
	if len(count) < 2 {
		return nil
	}
	ids := make([]string, 0, len(count))
	for id := range count {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool {
		if count[ids[a]] != count[ids[b]] {
			return count[ids[a]] > count[ids[b]]
		}
		return first[ids[a]] < first[ids[b]]
	})
	return ids[:2]
}

// agentOver reports whether token x, in the sentence of a pair reference at k, is the
// subject of a verb the reference hangs from: in "B and C helped both sides reach a
// deal" the helpers are not the sides.
func (v *view) agentOver(x, k int) bool {
	if !relMatches(v.s.Tokens[x].Dep, "nsubj") {
		return false
	}
	h := v.s.Tokens[x].Head
	return h >= 0 && descendsFrom(v.s, k, h)
}

// compass are the words of a region before a place name: "east Peru", "northern Chile".
var compass = lexicon.WordSet{"east": true, "west": true, "north": true, "south": true, "eastern": true,
	"western": true, "northern": true, "southern": true, "central": true}

// sentencesBack calls fn on this sentence, with limit k (the tokens before k), and then
// on the sentences before it, whole, at most back of them (all when back is negative),
// until fn reports it has found what it looks for.
func (v *view) sentencesBack(k, back int, fn func(pv *view, limit int) bool) {
	for p := v.pos; p >= 0 && (back < 0 || v.pos-p <= back); p-- {
		pv, limit := v, k
		if p != v.pos {
			pv = newView(v.doc, v.all, p)
			limit = pv.n()
		}
		if fn(pv, limit) {
			return
		}
	}
}
