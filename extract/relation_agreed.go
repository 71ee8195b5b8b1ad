package extract

import "strings"

// partyStop ends the search for the other parties of an agreement.
var partyStop = wordSet{";": true, ".": true, "\"": true, "to": true, "on": true, "that": true}

// agreed finds agreements in the sentence.
func (v *view) agreed() []found {
	var out []found
	for i := 0; i < v.n(); i++ {
		w := v.low[i]
		if _, ok := v.mention(i); ok || !v.verb(i) {
			continue
		}
		switch {
		case lex.agree[w]:
			out = append(out, v.agreeVerb(i)...)
		case lex.sign[w] || lex.reach[w] && (v.dealAfter(i) >= 0 || v.passive(v.verbGroupStart(i), i)) || lex.accept[w] && v.dealAfter(i) >= 0:
			out = append(out, v.signVerb(i)...)
		case (lex.sign[w] || lex.reach[w] || w == "negotiated" || w == "brokered" || w == "agreed") && v.word(i+1) == "between":
			out = append(out, v.signedPassive(i, i)...)
		}
	}
	return out
}

// dealAfter returns the agreement noun that is the object of the verb at i ("reached a
// deal", "accepted the ceasefire"), or -1.
func (v *view) dealAfter(i int) int {
	for k := i + 1; k < v.n() && k <= i+5; k++ {
		w := v.low[k]
		if lex.deal[w] || strings.HasSuffix(w, "-fire") {
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
		if lex.deal[v.low[k]] || strings.HasSuffix(v.low[k], "-fire") {
			return k
		}
	}
	return -1
}

// agreeVerb: "A agreed to C", "A and B agreed on C", "A agreed with B to C", "A agreed
// that C"; reported ("K said A and B had agreed to C") the same.
func (v *view) agreeVerb(i int) []found {
	parties, st, j := v.accuser(i)
	if len(parties) == 0 {
		parties = v.theyPair(j - 1)
	}
	if len(parties) == 0 {
		return nil
	}
	k := i + 1
	if v.word(k) == "in" && v.word(k+1) == "principle" {
		k += 2
	}
	if v.word(k) == "with" {
		with, end := v.objects(k+1, 3, partyStop)
		parties = append(parties, with...)
		k = end
		if len(with) == 0 || v.word(end) == "'s" || v.word(end) == "'" {
			// "agreed with the proposal": an opinion shared, not an agreement made
			return nil
		}
	}
	switch v.word(k) {
	case "that":
		if len(uniq(parties)) < 2 {
			// "A agreed that the situation was serious": an opinion shared, not a deal
			return nil
		}
		k++
	case "to", "on", "upon":
		k++
	case ",", ".", "":
		return nil
	}
	claim, _ := v.claimFrom(k)
	if claim == "" {
		return nil
	}
	return v.agreement("agreed-to", st, parties, claim)
}

// signVerb: "A signed C (with B)", "A and B reached a deal on C", "A accepted a
// ceasefire"; passive "C was signed between A and B", "C was reached by A and B".
func (v *view) signVerb(i int) []found {
	j := v.verbGroupStart(i)
	if v.passive(j, i) {
		return v.signedPassive(j, i)
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
	if w := v.find(i+1, end, wordSet{"with": true}); w >= 0 {
		if with, after := v.objects(w+1, 3, partyStop); len(with) > 0 {
			withParty = true
			parties = append(parties, with...)
			if v.word(w-1) == "along" || v.word(w-1) == "together" {
				w--
			}
			claim = strings.TrimSpace(v.span(i+1, w) + " " + v.span(after, end))
		}
	}
	if !withParty && v.dealIn(i+1, end) < 0 {
		// "signed the bill", "signed a decree": a signature, not an agreement between parties
		return nil
	}
	return v.agreement(v.ruleName(i), st, parties, claim)
}

// ruleName names the agreement rule for the verb at i.
func (v *view) ruleName(i int) string {
	switch w := v.low[i]; {
	case lex.sign[w]:
		return "signed"
	case lex.reach[w]:
		return "reached-deal"
	}
	return "accepted"
}

// signedPassive: "C has been signed between A and B", "C was signed by A and B". The
// claim is the subject with its verb.
func (v *view) signedPassive(j, i int) []found {
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
	if len(parties) == 0 {
		return nil
	}
	start := j - 1
	for start > 0 {
		w := v.low[start-1]
		if w == "," || w == "\"" || w == "that" || w == ";" || lex.reporting[w] {
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
	if claim == "" {
		return nil
	}
	return v.agreement(v.ruleName(i)+"-passive", st, parties, claim)
}
