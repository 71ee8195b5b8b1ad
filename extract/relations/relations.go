package relations

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
)

// Found is a relation a rule found, with what the text says of it.
type Found struct {
	rel    diplograph.Relation
	status status
}

// audience is the trailing phrase that says whom a statement was made to ("denied the
// accusations to reporters"): not part of what was said.
var audience = regexp.MustCompile(`(?i),?\s+(?:to|in an interview with|in remarks to)\s+(?:the\s+)?(?:reporters|journalists|press|media|lawmakers)$`)

// emit builds a relation found in this sentence by the named rule.
func (v *view) emit(t diplograph.RelationType, rule string, st status, source, target string, with []string, claim string) Found {
	claim = audience.ReplaceAllString(claim, "")
	return Found{status: st, rel: diplograph.Relation{
		Type: t, Source: source, Target: target, With: with, Claim: claim,
		Sentence: v.s.Index, Evidence: v.s.Text, Rule: rule, Status: st.relationStatus(),
	}}
}

// agreement returns one AGREED_TO per party, each naming the others in With.
func (v *view) agreement(rule string, st status, parties []string, claim string) []Found {
	parties = uniq(append([]string(nil), parties...))
	var out []Found
	for _, p := range parties {
		var with []string
		for _, q := range parties {
			if q != p {
				with = append(with, q)
			}
		}
		out = append(out, v.emit(diplograph.AgreedTo, rule, st, p, "", with, claim))
	}
	return out
}

// meetings returns a MET_WITH for every pair of a party in a and a different one in b.
// A person does not meet the state he or she represents ("A welcomed home the freed
// Americans" is no meeting of A with his own country).
func (v *view) meetings(rule string, st status, a, b []string) []Found {
	var out []Found
	for _, x := range a {
		for _, y := range b {
			if x != y && !v.ownState(x, y) && !v.ownState(y, x) {
				out = append(out, v.emit(diplograph.MetWith, rule, st, x, y, nil, ""))
			}
		}
	}
	return out
}

// ownState reports whether country entity c is the state person entity p represents.
func (v *view) ownState(p, c string) bool {
	var country, code string
	for _, e := range v.doc.Entities {
		if e.ID == p && e.Type == diplograph.TypePerson {
			country = e.Country
		}
		if e.ID == c && e.Type == diplograph.TypeCountry {
			code = e.Code
		}
	}
	return country != "" && country == code
}

// pairs returns a MET_WITH for every pair of coordinated parties ("A and B met").
func (v *view) pairs(rule string, st status, ids []string) []Found {
	var out []Found
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			out = append(out, v.emit(diplograph.MetWith, rule, st, ids[i], ids[j], nil, ""))
		}
	}
	return out
}

// relationKey identifies a relation within an article: its type, its parties (in order
// only where the relation is directed) and the content words of its claim.
func relationKey(r diplograph.Relation) string {
	return partiesKey(r) + "|" + diplograph.ClaimKey(r.Claim)
}

// dedupe keeps the first relation of every key, merging the With lists of agreements. A
// relation whose claim says mostly the same as an earlier one between the same parties
// (the article repeating itself in other words) is the same relation.
func dedupe(rels []diplograph.Relation) []diplograph.Relation {
	seen := map[string]int{}
	byParties := map[string][]int{}
	var out []diplograph.Relation
	for _, r := range rels {
		k := relationKey(r)
		i, ok := seen[k]
		if !ok {
			for _, j := range byParties[partiesKey(r)] {
				if sameClaim(out[j].Claim, r.Claim) || out[j].Sentence == r.Sentence && nestedClaim(out[j].Claim, r.Claim) {
					i, ok = j, true
					break
				}
			}
		}
		if ok {
			out[i].With = uniq(append(out[i].With, r.With...))
			continue
		}
		seen[k] = len(out)
		byParties[partiesKey(r)] = append(byParties[partiesKey(r)], len(out))
		out = append(out, r)
	}
	return out
}

// sameClaim reports whether two claims share at least half of the content words of the
// longer one, or, when one restates the other with more detail, all of the shorter one's
// words (at least two) or all but one (at least three); two empty claims are the same.
func sameClaim(a, b string) bool {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return len(wa) == len(wb)
	}
	common := 0
	for w := range wa {
		if wb[w] {
			common++
		}
	}
	if 2*common >= max(len(wa), len(wb)) {
		return true
	}
	short := min(len(wa), len(wb))
	return common >= 2 && (common == short || common >= 3 && common >= short-1)
}

// nestedClaim reports whether the content words of one claim are all words of the other:
// two readings of the same sentence, one cut shorter ("continue" and "continue talks").
func nestedClaim(a, b string) bool {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return false
	}
	for w := range wa {
		if !wb[w] {
			return false
		}
	}
	return true
}

// contentWords returns the lower-cased words of a claim that are not stop words.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) > 1 && !lexicon.Words.ClaimStop[w] {
			out[w] = true
		}
	}
	return out
}

// dropRepeatedHeadline removes headline relations that a body sentence states between
// the same parties, or the same states ("Iraq denies" above "Iraq's military denied"):
// the body's wording of the claim is the one to keep.
func dropRepeatedHeadline(rels []diplograph.Relation, entities []diplograph.Entity) []diplograph.Relation {
	state := map[string]string{}
	for _, e := range entities {
		switch {
		case e.Type == diplograph.TypeCountry && e.Code != "":
			state[e.ID] = "c:" + e.Code
		case e.Country != "":
			state[e.ID] = "c:" + e.Country
		}
	}
	toState := func(r diplograph.Relation) diplograph.Relation {
		if s, ok := state[r.Source]; ok {
			r.Source = s
		}
		if s, ok := state[r.Target]; ok {
			r.Target = s
		}
		return r
	}
	body := map[string]bool{}
	for _, r := range rels {
		if r.Sentence >= 0 {
			body[partiesKey(r)] = true
			body[partiesKey(toState(r))] = true
		}
	}
	out := rels[:0]
	for _, r := range rels {
		if r.Sentence < 0 && (body[partiesKey(r)] || body[partiesKey(toState(r))]) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// partiesKey identifies a relation by type and parties, without its claim.
func partiesKey(r diplograph.Relation) string {
	parties := []string{r.Source, r.Target}
	if r.Type == diplograph.MetWith {
		sort.Strings(parties)
	}
	if r.Type == diplograph.AgreedTo || r.Type == diplograph.Denied {
		parties = parties[:1]
	}
	return string(r.Type) + "|" + strings.Join(parties, "|")
}

// isBe reports whether w is a form of "to be" (for passives).
func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "'s", "am":
		return true
	}
	return false
}

// passive reports whether the verb at i, with its group from j, is passive ("was accused").
func (v *view) passive(j, i int) bool {
	if t := v.tag(i); t != "VBN" && t != "VBD" && !strings.HasSuffix(v.low[i], "ed") && !pastForms[v.low[i]] && !v.title() {
		return false
	}
	for k := j; k < i; k++ {
		if isBe(v.low[k]) {
			return true
		}
	}
	return false
}

// title reports whether the sentence is the headline, whose capitalised words the tagger
// reads as proper nouns.
func (v *view) title() bool { return v.s.Index < 0 }

// verb reports whether token k is a verb: tagged as one, a capitalised word of a
// headline, or a past form the tagger took for a noun or adjective ("spoke", "agreed").
func (v *view) verb(k int) bool {
	t := v.tag(k)
	if p := v.tag(k - 1); p == "DT" || p == "PRP$" || p == "POS" {
		// "the agreed ceasefire", "its signed accord": a participle as an adjective
		return false
	}
	switch {
	case strings.HasPrefix(t, "VB"):
		return true
	case v.title() && strings.HasPrefix(t, "NN"):
		return true
	case t == "NN" || t == "JJ" || t == "NNP":
		w := v.word(k)
		return strings.HasSuffix(w, "ed") || pastForms[w]
	}
	return false
}

// pastForms are irregular past forms of trigger verbs.
var pastForms = lexicon.WordSet{"met": true, "spoke": true, "struck": true, "held": true, "told": true, "ate": true, "made": true}

// participle reports whether the trigger at i opens a participle phrase whose party is
// the sentence's subject: ", accusing B of", "Before meeting B, A ...". It returns the
// party, or nil when i is not such a participle.
func (v *view) participle(i int) ([]string, bool) {
	if v.tag(i) != "VBG" && !(v.low[i] == "meeting" && v.gerundAfterConjunction(i)) {
		return nil, false
	}
	prev := v.word(i - 1)
	if i == 0 || prev == "\"" && i == 1 {
		// "Standing alongside B, A said ...": the subject follows the phrase
		if c := v.find(i+1, v.n(), lexicon.WordSet{",": true}); c >= 0 {
			return v.firstActor(c+1, v.n()), true
		}
		return nil, true
	}
	if prev == "and" {
		if subj := v.firstActor(0, i); len(subj) > 0 {
			return subj, true
		}
	}
	if prev == "," || prev == "and" {
		for k := i - 2; k >= 0; k-- {
			if strings.HasPrefix(v.tag(k), "VB") && v.ment[k] < 0 {
				subj := v.subject(v.verbGroupStart(k))
				if len(subj) > 0 || v.tag(k) != "VBG" || isBe(v.word(k-1)) {
					return subj, true
				}
				// the verb is itself a participle ("After cancelling X, blaming B, A said")
				break
			}
		}
		if subj := v.firstActor(0, i); len(subj) > 0 {
			return subj, true
		}
		// "After X, blaming B for C, A said ...": the subject follows the phrase
		if c := v.find(i+1, v.n(), lexicon.WordSet{",": true}); c >= 0 {
			return v.firstActor(c+1, v.n()), true
		}
		return nil, true
	}
	if prev == "before" || prev == "after" || prev == "while" || prev == "since" || prev == "when" || prev == "by" {
		if i-1 == 0 || v.word(i-2) == "," || v.word(i-2) == "\"" {
			for k := i + 1; k < v.n(); k++ {
				if v.low[k] == "," {
					return v.firstActor(k+1, v.n()), true
				}
			}
		}
		return v.firstActor(0, i-1), true
	}
	return nil, false
}

// after returns the index after token k when it is one of words, else k.
func (v *view) after(k int, words ...string) (int, bool) {
	for _, w := range words {
		if v.word(k) == w {
			return k + 1, true
		}
	}
	return k, false
}

// find returns the first index in [from, to) whose word is in set, or -1.
func (v *view) find(from, to int, set lexicon.WordSet) int {
	for k := from; k < to && k < v.n(); k++ {
		if set[v.low[k]] {
			return k
		}
	}
	return -1
}
