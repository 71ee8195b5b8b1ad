package relations

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
)

// partyStop ends the search for the other parties of an agreement.
var partyStop = lexicon.WordSet{";": true, ".": true, "\"": true, "to": true, "on": true, "that": true}

// agreed finds agreements in the sentence.
func (v *view) agreed() []Found {
	var out []Found
	for i := 0; i < v.n(); i++ {
		w := v.low[i]
		if _, ok := v.mention(i); !ok && lexicon.Words.Deal[w] {
			from := len(out)
			out = append(out, v.possessedDeal(i)...)
			if v.deniedContent(i) {
				for k := from; k < len(out); k++ {
					out[k].status = negated
					out[k].rel.Status = ""
				}
			}
		}
		if _, ok := v.mention(i); ok || !v.verb(i) {
			continue
		}
		from := len(out)
		switch {
		case lexicon.Words.Sign[w] || lexicon.Words.Reach[w] && (v.dealAfter(i) >= 0 || v.passive(v.verbGroupStart(i), i)) || lexicon.Words.Accept[w] && v.dealAfter(i) >= 0:
			out = append(out, v.signVerb(i)...)
		case lexicon.Words.Reach[w] && v.dealBeforeSubject(i) >= 0:
			out = append(out, v.reachedRelative(i)...)
		case lexicon.Words.Reach[w] && v.planAfter(i) >= 0:
			out = append(out, v.jointPlan(i)...)
		case (lexicon.Words.Sign[w] || lexicon.Words.Reach[w] || w == "negotiated" || w == "brokered" || w == "agreed") && v.word(i+1) == "between":
			out = append(out, v.signedPassive(i, i)...)
		}
		if v.deniedContent(i) {
			for k := from; k < len(out); k++ {
				out[k].status = negated
				out[k].rel.Status = ""
			}
		}
	}
	return out
}

// possessedDeal: "A's deal with B", "A's trade pact with B": the agreement of A and B
// that the article takes as made. The claim is the deal with what the sentence says of
// it.
func (v *view) possessedDeal(i int) []Found {
	if !lexicon.Words.Deal[v.low[i]] || !strings.HasPrefix(v.tag(i), "NN") || v.word(i+1) != "with" {
		return nil
	}
	p := i - 1
	for p >= 0 && i-p < 4 && v.ment[p] < 0 && (strings.HasPrefix(v.tag(p), "JJ") || strings.HasPrefix(v.tag(p), "NN")) {
		p--
	}
	if v.word(p) != "'s" && v.word(p) != "'" && v.word(p) != "’s" {
		return nil
	}
	m, ok := v.mention(p - 1)
	if !ok || m.Place || !(isActor(m) || m.Type == diplograph.TypeCountry) {
		return nil
	}
	with, _ := v.objects(i+2, 3, partyStop)
	if len(with) == 0 {
		return nil
	}
	claim, _ := v.claimFrom(i)
	if claim == "" {
		return nil
	}
	return v.agreement("possessed-deal", v.nounStatus(i), append([]string{m.Entity}, with...), claim)
}

// deniedContent reports whether the trigger at i sits in the content of something
// denied: "denied that C", "dismissed a report that C", "rejected claims that C".
func (v *view) deniedContent(i int) bool {
	for k := i - 1; k > 0; k-- {
		w := v.low[k]
		if w == ";" || w == "\"" && k < i-1 {
			return false
		}
		if w != "that" {
			continue
		}
		if lexicon.Words.Deny[v.low[k-1]] {
			return true
		}
		if !lexicon.Words.ClaimNoun[v.low[k-1]] {
			continue
		}
		for x := k - 2; x >= 0 && x >= k-8; x-- {
			if lexicon.Words.Deny[v.low[x]] || lexicon.Words.Reject[v.low[x]] || lexicon.Words.Dispute[v.low[x]] || lexicon.Words.Falsity[v.low[x]] {
				return true
			}
		}
	}
	return false
}

// dealAfter returns the agreement noun that is the object of the verb at i ("reached a
// deal", "accepted the ceasefire"), or -1.
func (v *view) dealAfter(i int) int {
	for k := i + 1; k < v.n() && k <= i+5; k++ {
		w := v.low[k]
		if lexicon.Words.Deal[w] || strings.HasSuffix(w, "-fire") {
			return k
		}
		if w == "," || w == "." || w == "that" || strings.HasPrefix(v.tag(k), "VB") {
			return -1
		}
	}
	return -1
}

// dealIn returns the first agreement noun in tokens [from, to), or -1.
func (v *view) dealIn(from, to int) int {
	for k := max(from, 0); k < to && k < v.n(); k++ {
		if lexicon.Words.Deal[v.low[k]] || strings.HasSuffix(v.low[k], "-fire") {
			return k
		}
	}
	return -1
}

// clauseComplement reports whether the parse gives verb i a clause with its own subject
// as complement ("agreed the plan was fair").
func (v *view) clauseComplement(i int) bool {
	for _, c := range v.s.Children(i) {
		if v.s.Tokens[c].Dep != "ccomp" {
			continue
		}
		for _, x := range v.s.Children(c) {
			if relMatches(v.s.Tokens[x].Dep, "nsubj") {
				return true
			}
		}
	}
	return false
}

// occasions are the prepositions of a meeting in which an agreement was made: "during
// phone talks", "after months of negotiations", "at talks in Oslo".
var occasions = lexicon.WordSet{"during": true, "after": true, "following": true, "at": true}

// talksAdjunct: "A and B agreed to C during phone talks", "A and B signed a deal after
// months of negotiations": the agreement was made in a meeting of its parties.
func (v *view) talksAdjunct(i int, st status, parties []string) []Found {
	parties = uniq(append([]string(nil), parties...))
	if len(parties) != 2 {
		return nil
	}
	for k := i + 1; k+1 < v.n(); k++ {
		if !occasions[v.low[k]] && !(v.low[k] == "in" && v.word(k+1) == "a") {
			continue
		}
		for x := k + 1; x < v.n() && x <= k+4; x++ {
			if lexicon.Words.MeetNoun[v.low[x]] && strings.HasPrefix(v.tag(x), "NN") {
				if v.word(x+1) == "with" || v.word(x+1) == "between" {
					return nil
				}
				return v.pairs("agreed-during-talks", st, parties)
			}
			if _, ok := v.mention(x); ok || v.low[x] == "," {
				break
			}
		}
	}
	return nil
}

// byAgent returns the "by" of a passive or participle agreement ("was agreed last week
// by A", "the plan agreed by A and B"), or -1.
func (v *view) byAgent(i int) int {
	j := v.verbGroupStart(i)
	if !v.passive(j, i) && !(strings.HasPrefix(v.tag(i-1), "NN") && v.ment[max(i-1, 0)] < 0) {
		return -1
	}
	for k := i + 1; k < v.n() && k <= i+4; k++ {
		if v.low[k] == "by" {
			return k
		}
		if t := v.tag(k); !(strings.HasPrefix(t, "RB") || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") || t == "CD") {
			return -1
		}
	}
	return -1
}

// delegates are the heads of a by-agent that stand for the parties they come from:
// "negotiators from A, B and C".
var delegates = lexicon.WordSet{"negotiators": true, "representatives": true, "delegates": true, "delegations": true,
	"officials": true, "envoys": true, "diplomats": true, "leaders": true, "ministers": true, "mediators": true}

// agreedBy: "C had been agreed by negotiators from A, B and D", "under the plan agreed by
// the two countries, D": the parties are the agents, the claim what was agreed.
func (v *view) agreedBy(i, by int) []Found {
	j := v.verbGroupStart(i)
	st := v.eventStatus(j, i)
	var parties []string
	end := by + 1
	if k := by + 1; delegates[v.word(k)] || delegates[v.word(k+1)] {
		for x := k; x < v.n() && x <= k+3; x++ {
			if v.low[x] == "from" || v.low[x] == "of" {
				if m, ok := v.mention(x + 1); ok && (isActor(m) || m.Type == diplograph.TypeCountry) {
					parties, end = v.coordinatedRight(m)
				}
				break
			}
		}
	}
	if len(parties) == 0 {
		parties, end = v.objects(by+1, 4, partyStop)
	}
	if len(parties) < 2 {
		return nil
	}
	var claim string
	if v.passive(j, i) {
		d := v.dealIn(0, j)
		if d < 0 {
			return nil
		}
		claim = v.nounPhrase(d)
	} else {
		// the participle modifies the noun before it
		claim = v.nounPhrase(i - 1)
		if !lexicon.Words.Deal[v.low[i-1]] && !lexicon.Words.Plan[v.low[i-1]] {
			return nil
		}
		if v.word(end) == "," {
			// "Under the plan agreed by A and B, C": the main clause says what the plan is
			if rest, _ := v.claimFrom(end + 1); rest != "" {
				claim += " " + rest
			}
		}
	}
	if claim == "" {
		return nil
	}
	return v.agreement("agreed-by", st, parties, claim)
}

// nounPhrase returns the noun phrase whose head is the noun at h: its determiner,
// adjectives and nouns before it.
func (v *view) nounPhrase(h int) string {
	start := h
	for start > 0 && h-start < 5 {
		t := v.tag(start - 1)
		if strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "CD" || t == "PRP$" || t == "HYPH" {
			start--
			continue
		}
		break
	}
	return v.span(start, h+1)
}

// signVerb: "A signed C (with B)", "A and B reached a deal on C", "A accepted a
// ceasefire"; passive "C was signed between A and B", "C was reached by A and B".
func (v *view) signVerb(i int) []Found {
	if h := v.s.Tokens[i].Head; h >= 0 && v.s.Tokens[i].Dep == "xcomp" && helpVerbs[v.low[h]] {
		// "B helped both sides reach agreement": the tree reads who agreed
		return nil
	}
	j := v.verbGroupStart(i)
	if v.passive(j, i) {
		return v.signedPassive(j, i)
	}
	if by := v.byAgent(i); by >= 0 && lexicon.Words.Sign[v.low[i]] {
		// "the accord signed by A and B"
		return v.agreedBy(i, by)
	}
	if v.word(i+1) == "between" && (v.tag(i) == "VBN" || v.tag(i) == "VBD") && !v.verb(i-1) {
		return v.signedPassive(i, i)
	}
	parties, st, _ := v.accuser(i)
	if len(parties) == 0 {
		return nil
	}
	claim, end := v.claimFrom(i + 1)
	if claim == "" {
		return nil
	}
	withParty := false
	if w := v.find(i+1, end, lexicon.WordSet{"with": true}); w >= 0 {
		if with, after := v.objects(w+1, 3, partyStop); len(with) > 0 && v.word(after) != "'s" && v.word(after) != "'" {
			withParty = true
			parties = append(parties, with...)
			if v.word(w-1) == "along" || v.word(w-1) == "together" {
				w--
			}
			claim = strings.TrimSpace(v.span(i+1, w) + " " + v.span(after, end))
		}
	}
	if claim == "" {
		// "the accord it had signed with B": what was signed comes before the verb
		return nil
	}
	if !withParty && v.dealIn(i+1, end) < 0 {
		// "signed the bill", "signed a decree": a signature, not an agreement between parties
		return nil
	}
	return append(v.agreement(v.ruleName(i), st, parties, claim), v.talksAdjunct(i, st, parties)...)
}

// ruleName names the agreement rule for the verb at i.
func (v *view) ruleName(i int) string {
	switch w := v.low[i]; {
	case lexicon.Words.Sign[w]:
		return "signed"
	case lexicon.Words.Reach[w]:
		return "reached-deal"
	}
	return "accepted"
}

// signedPassive: "C has been signed between A and B", "C was signed by A and B". The
// claim is the subject with its verb.
func (v *view) signedPassive(j, i int) []Found {
	st := v.eventStatus(j, i)
	var parties []string
	for k := i + 1; k < v.n() && k <= i+6; k++ {
		if v.low[k] == "between" || v.low[k] == "by" {
			parties, _ = v.objects(k+1, 4, partyStop)
			break
		}
		if v.low[k] == "," || strings.HasPrefix(v.tag(k), "VB") {
			break
		}
	}
	agentless := false
	if len(parties) == 0 {
		// "agreement was reached to C" after a reported call: its parties agreed
		parties, agentless = v.latestMeeting(2), true
	}
	if len(parties) == 0 {
		return nil
	}
	start := j - 1
	for start > 0 {
		w := v.low[start-1]
		if w == "," || w == "\"" || w == "that" || w == ";" || lexicon.Words.Reporting[w] {
			break
		}
		start--
	}
	if v.dealIn(start, j) < 0 {
		// what was signed or reached is not an agreement ("a bill signed by", "made
		// possible by")
		return nil
	}
	claim := v.span(start, i+1)
	if agentless {
		k := i + 1
		for k < v.n() && (v.low[k] == "\"" || v.low[k] == "'") {
			k++
		}
		if v.word(k) != "to" && v.word(k) != "on" {
			return nil
		}
		claim, _ = v.claimFrom(k + 1)
	}
	if claim == "" {
		return nil
	}
	return v.agreement(v.ruleName(i)+"-passive", st, parties, claim)
}

// dealBeforeSubject returns the agreement noun that is the object of the verb at i in a
// relative clause ("the consensus they reached", "a deal the two sides struck"), or -1.
func (v *view) dealBeforeSubject(i int) int {
	k := v.verbGroupStart(i) - 1
	if m, ok := v.mention(k); ok {
		k = m.Start - 1
	} else if v.word(k) == "they" {
		k--
	} else {
		return -1
	}
	if v.word(k) == "that" {
		k--
	}
	if lexicon.Words.Deal[v.word(k)] && strings.HasPrefix(v.tag(k), "NN") {
		return k
	}
	return -1
}

// reachedRelative: "the consensus A and B reached last month": the subject of the
// relative clause are the parties, the noun phrase with the clause the claim.
func (v *view) reachedRelative(i int) []Found {
	d := v.dealBeforeSubject(i)
	j := v.verbGroupStart(i)
	parties := v.subject(j)
	if len(parties) == 0 {
		parties = v.theyPair(j - 1)
	}
	if len(parties) == 0 && v.word(j-1) == "they" {
		// "the consensus they reached": the two states the article is about
		parties = v.pairOf(j-1, pairNouns["countries"], -1)
	}
	if len(uniq(append([]string(nil), parties...))) < 2 {
		return nil
	}
	claim := v.nounPhrase(d)
	if rest, _ := v.claimFrom(d + 1); rest != "" {
		claim = strings.TrimSpace(claim + " " + rest)
	}
	return v.agreement("reached-relative", v.eventStatus(j, i), parties, claim)
}

// planAfter returns the plan noun that is the object of the verb at i ("announced a
// plan"), or -1.
func (v *view) planAfter(i int) int {
	for k := i + 1; k < v.n() && k <= i+4; k++ {
		if lexicon.Words.Plan[v.low[k]] && strings.HasPrefix(v.tag(k), "NN") {
			return k
		}
		if t := v.tag(k); !(t == "DT" || strings.HasPrefix(t, "JJ") || t == "CD" || t == "PRP$") {
			return -1
		}
	}
	return -1
}

// jointPlan: "A and B announced a plan to C": a plan two parties put out together is
// one they agreed on. A plan of one party is only a proposal.
func (v *view) jointPlan(i int) []Found {
	parties, st, _ := v.accuser(i)
	if len(uniq(append([]string(nil), parties...))) < 2 {
		return nil
	}
	claim, _ := v.claimFrom(i + 1)
	if claim == "" {
		return nil
	}
	return v.agreement("joint-plan", st, parties, claim)
}
