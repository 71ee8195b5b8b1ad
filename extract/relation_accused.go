package extract

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
)

// targetStop ends the search for the accused after an accusing verb.
var targetStop = wordSet{"of": true, "for": true, "with": true, "over": true, "that": true, ",": true,
	";": true, ".": true, "\"": true, "on": true, "in": true}

// accused finds accusations in the sentence.
func (v *view) accused() []found {
	var out []found
	for i := 0; i < v.n(); i++ {
		w := v.low[i]
		if _, ok := v.mention(i); ok {
			continue
		}
		if !v.verb(i) {
			if strings.HasPrefix(v.tag(i), "NN") {
				out = append(out, v.accusationNoun(i)...)
				out = append(out, v.legalNoun(i)...)
			}
			continue
		}
		switch {
		case lex.accuse[w]:
			out = append(out, v.accuseVerb(i, "accused-of", wordSet{"of": true})...)
		case lex.blame[w]:
			out = append(out, v.blameVerb(i)...)
		case lex.charge[w]:
			if v.word(i+1) == "that" {
				out = append(out, v.alleged(i, "charged-that")...)
			} else {
				out = append(out, v.accuseVerb(i, "charged-with", wordSet{"with": true})...)
			}
		case lex.condemn[w]:
			out = append(out, v.accuseVerb(i, "condemned-for", wordSet{"for": true, "over": true})...)
		case lex.allege[w] && v.tag(i) != "VBN" && v.tag(i) != "JJ":
			out = append(out, v.alleged(i, "alleged-that")...)
		case (w == "singled" || w == "singles" || w == "singling") && v.word(i+1) == "out":
			out = append(out, v.accuseVerb(i+1, "singled-out-for", wordSet{"for": true})...)
		case lex.layBlame[w]:
			out = append(out, v.laidBlame(i)...)
		case lex.legal[w]:
			out = append(out, v.accuseVerb(i, "indicted-for", wordSet{"for": true, "over": true, "on": true})...)
		case lex.label[w]:
			out = append(out, v.labelled(i)...)
		case lex.holdResponsible[w]:
			out = append(out, v.heldResponsible(i)...)
		case lex.trade[w]:
			out = append(out, v.tradedAccusations(i)...)
		}
	}
	return out
}

// accusationNoun: "A's accusation that B did C", "accusations by A that B did C".
func (v *view) accusationNoun(i int) []found {
	if !lex.accusationNoun[v.low[i]] {
		return nil
	}
	var src []string
	that := i + 1
	switch {
	case v.word(i-1) == "'s" || v.word(i-1) == "'":
		if m, ok := v.mention(i - 2); ok && (isActor(m) || m.Type == diplograph.TypeCountry) {
			src = []string{m.Entity}
		}
	case v.word(i+1) == "by" || v.word(i+1) == "from":
		var end int
		src, end = v.objects(i+2, 6, targetStop)
		that = end
		if v.word(that) == "'s" && v.word(that+2) == "that" {
			// "by Chile's president that ...": the state speaks through its office
			that += 2
		}
	}
	if v.word(that) != "that" {
		return nil
	}
	st := v.accusationStatus(i)
	claim, end := v.thatClause(that)
	if len(src) == 0 && !strings.HasPrefix(v.low[i], "suggestion") {
		// a suggestion made is a proposal as often as an accusation
		src, st = v.accusationMaker(i, end)
	}
	if len(src) == 0 {
		return nil
	}
	targets := v.clauseParty(that+1, end, src)
	if claim == "" || len(targets) == 0 {
		return nil
	}
	return v.accusations("accusation-that", st, src, targets, claim)
}

// accusationMaker returns who made the accusation named by the noun at i, whose
// that-clause ends at end, and the status of making it: the party of a verb of making
// before the noun ("A has made accusations that C") or the agent of one after the clause
// ("The accusation that C was made by A").
func (v *view) accusationMaker(i, end int) ([]string, status) {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if lex.make[v.low[k]] && strings.HasPrefix(v.tag(k), "VB") {
			src, st, _ := v.accuser(k)
			return src, st
		}
		if t := v.tag(k); t != "DT" && !strings.HasPrefix(t, "JJ") && t != "PRP$" {
			break
		}
	}
	k := end
	if !isBe(v.word(k)) {
		return nil, happened
	}
	g := k
	for k < v.n() && (isBe(v.low[k]) || auxiliaries[v.low[k]] || strings.HasPrefix(v.tag(k), "RB")) {
		k++
	}
	if !lex.make[v.word(k)] || v.word(k+1) != "by" {
		return nil, happened
	}
	st := v.eventStatus(g, k)
	src, _ := v.objects(k+2, 4, targetStop)
	return src, st
}

// thatClause returns the content of the that-clause opened at token that, and its end.
func (v *view) thatClause(that int) (string, int) {
	end := v.clauseEnd(that+1, v.claimEnd(that+1))
	return v.span(that+1, end), end
}

// clauseParty returns the party acting in the clause [from, end): its first actor, a
// state modifying its subject ("Chilean agents were involved"), or, for a pronoun
// subject, the party in the sentence before the clause that is not one of src ("A
// denied claims by B that it had ...").
func (v *view) clauseParty(from, end int, src []string) []string {
	if subjectPronouns[v.word(from)] && v.word(from) != "i" && v.word(from) != "we" && v.word(from) != "you" {
		for x := 0; x < from; x++ {
			if m, ok := v.mention(x); ok {
				if isActor(m) && !contains(src, m.Entity) {
					return []string{m.Entity}
				}
				x = m.End - 1
			}
		}
		return nil
	}
	if ids := v.firstActor(from, end); len(ids) > 0 {
		return ids
	}
	for x := from; x < end && x < from+4; x++ {
		if m, ok := v.mention(x); ok {
			if v.headedBy(m) {
				return []string{m.Entity}
			}
			return nil
		}
	}
	return nil
}

// headedBy reports whether a state mention modifies or possesses the noun phrase it
// opens ("Chilean agents", "Peru's involvement"), which then stands for the state.
func (v *view) headedBy(m Mention) bool {
	if m.Type != diplograph.TypeCountry || locatives[v.word(m.Start-1)] {
		return false
	}
	k := m.End
	for k < v.n() && v.ment[k] < 0 && (strings.HasPrefix(v.tag(k), "NN") || strings.HasPrefix(v.tag(k), "JJ") || v.tag(k) == "POS") {
		k++
	}
	return k > m.End && strings.HasPrefix(v.tag(k-1), "NN")
}

// accusationStatus is the status of an accusation named by the noun at i. A denial that
// governs the noun ("rejected the allegations by A that ...") answers the accusation;
// it does not undo that the accusation was made.
func (v *view) accusationStatus(i int) status {
	st := v.nounStatus(i)
	if st != negated {
		return st
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := v.low[k]
		if lex.negators[w] || lex.cancel[w] {
			return negated
		}
		if lex.deny[w] || lex.reject[w] {
			return happened
		}
	}
	return st
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// clauseEnd returns where the clause from start ends before end: at a second finite verb
// that is not joined to the first ("that B jammed signals were repeated" ends before
// "were"), which is the verb of the sentence the clause is part of.
func (v *view) clauseEnd(start, end int) int {
	finite := false
	for k := start; k < end; k++ {
		t := v.tag(k)
		if v.low[k] == "\"" {
			// a quotation mark the tagger took for a verb
			continue
		}
		if t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			prev := k - 1
			if v.word(prev) == "\"" {
				prev--
			}
			if finite {
				switch v.word(prev) {
				case "and", "or", "that", "who", "which", ",":
				default:
					if !auxiliaries[v.word(prev)] && v.tag(prev) != "MD" {
						return k
					}
				}
			}
			finite = true
		}
	}
	return end
}

// accuser returns the party of the verb at i and the event's status: the subject of
// its verb group, or of the sentence for a participle (", accusing B of").
func (v *view) accuser(i int) ([]string, status, int) {
	if subj, ok := v.participle(i); ok {
		return subj, happened, i
	}
	j := v.verbGroupStart(i)
	return v.subject(j), v.eventStatus(j, i), j
}

// accuseVerb: "A accused B of C", "B was accused by A of C", ", accusing B of C".
func (v *view) accuseVerb(i int, rule string, preps wordSet) []found {
	var src, targets []string
	var st status
	j := v.verbGroupStart(i)
	var after int
	if v.passive(j, i) || v.word(i+1) == "by" {
		st = v.eventStatus(j, i)
		targets = v.subject(j)
		by := v.find(i+1, v.n(), wordSet{"by": true})
		if by < 0 {
			return nil
		}
		src, after = v.objects(by+1, 3, targetStop)
		if p := v.find(i+1, by, preps); p >= 0 {
			after = i + 1
		}
		rule += "-passive"
	} else {
		src, st, _ = v.accuser(i)
		if v.word(i+1) == "each" && v.word(i+2) == "other" || v.word(i+1) == "one" && v.word(i+2) == "another" {
			// "A and B accused each other of C": each party accuses the others
			targets, after = src, i+3
		} else {
			targets, after = v.objects(i+1, 6, targetStop)
		}
	}
	if len(src) == 0 || len(targets) == 0 {
		return nil
	}
	p := -1
	for k := after; k < v.n() && k <= after+5; k++ {
		if preps[v.low[k]] {
			p = k
			break
		}
		if v.low[k] == "," || v.low[k] == ";" {
			break
		}
	}
	if p < 0 {
		return nil
	}
	claim, _ := v.claimFrom(p + 1)
	if by := strings.Index(claim, " by "); by > 0 && strings.HasSuffix(rule, "-passive") {
		// "B was accused of C by A": the agent is not part of the claim.
		claim = claim[:by]
	}
	if claim == "" {
		return nil
	}
	return v.accusations(rule, st, src, targets, claim)
}

// accusations returns one ACCUSED per accuser and accused.
func (v *view) accusations(rule string, st status, src, targets []string, claim string) []found {
	var out []found
	for _, s := range src {
		for _, t := range targets {
			if s != t {
				out = append(out, v.emit(diplograph.Accused, rule, st, s, t, nil, claim))
			}
		}
	}
	return out
}

// blameVerb: "A blamed B for C", "A blamed C on B".
func (v *view) blameVerb(i int) []found {
	src, st, _ := v.accuser(i)
	if len(src) == 0 {
		return nil
	}
	if targets, after := v.objects(i+1, 3, targetStop); len(targets) > 0 {
		if v.word(after) == "'s" || v.word(after) == "'" {
			// "blamed B's recklessness": the possessed is what B is blamed for
			claim, _ := v.claimFrom(after + 1)
			if claim == "" {
				return nil
			}
			return v.accusations("blamed-possessive", st, src, targets, claim)
		}
		f := -1
		for k := after; k < v.n() && k <= after+10; k++ {
			// "blamed B and its agency for C": the for-phrase may follow the rest of the object
			if v.low[k] == "for" {
				f = k
				break
			}
			if v.low[k] == "," || v.low[k] == ";" || strings.HasPrefix(v.tag(k), "VB") {
				break
			}
		}
		if f < 0 {
			return nil
		}
		claim, _ := v.claimFrom(f + 1)
		if claim == "" {
			return nil
		}
		return v.accusations("blamed-for", st, src, targets, claim)
	}
	end := v.claimEnd(i + 1)
	on := v.find(i+1, end, wordSet{"on": true})
	if on < 0 {
		return nil
	}
	// "on" makes the party a place to the recognizer; here it is the blamed one.
	var targets []string
	if m, ok := v.mention(on + 1); ok && m.Start == on+1 {
		targets, _ = v.coordinatedRight(m)
	}
	claim := v.span(i+1, on)
	if claim == "" {
		// "the attacks, which A blames on B": what is blamed is the antecedent
		claim = v.antecedent(v.verbGroupStart(i))
	}
	if len(targets) == 0 || claim == "" {
		return nil
	}
	return v.accusations("blamed-on", st, src, targets, claim)
}

// antecedent returns the noun phrase a relative clause before token j refers back to
// ("the attacks, which A blames on B" gives "the attacks"), or "".
func (v *view) antecedent(j int) string {
	rel := -1
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if v.low[k] == "which" || v.low[k] == "that" {
			rel = k
			break
		}
	}
	if rel < 1 {
		return ""
	}
	end := rel
	if v.word(end-1) == "," {
		end--
	}
	start := end
	for start > 0 && end-start < 6 {
		t := v.tag(start - 1)
		if strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "CD" || t == "PRP$" || t == "POS" {
			start--
			continue
		}
		break
	}
	if start == end || !strings.HasPrefix(v.tag(end-1), "NN") {
		return ""
	}
	return v.span(start, end)
}

// laidBlame: "A put the blame on B for C", "A pinned the blame squarely on B".
func (v *view) laidBlame(i int) []found {
	b := v.find(i+1, i+4, wordSet{"blame": true})
	if b < 0 {
		return nil
	}
	on := v.find(b+1, b+3, wordSet{"on": true})
	if on < 0 {
		return nil
	}
	src, st, _ := v.accuser(i)
	var targets []string
	end := on + 1
	if m, ok := v.mention(on + 1); ok && m.Start == on+1 {
		targets, end = v.coordinatedRight(m)
	}
	if len(src) == 0 || len(targets) == 0 {
		return nil
	}
	switch v.word(end) {
	case "for", "'s", "'":
		// "put the blame on B for C", "put the blame on B's recklessness"
	default:
		// "pinned the blame on B, after ...": no content of the accusation
		return nil
	}
	claim, _ := v.claimFrom(end + 1)
	if claim == "" {
		return nil
	}
	return v.accusations("put-blame-on", st, src, targets, claim)
}

// alleged: "A alleged that C", "A charged that C": the accused is the party acting in C.
func (v *view) alleged(i int, rule string) []found {
	src, st, _ := v.accuser(i)
	if len(src) == 0 {
		return nil
	}
	claim, end := v.claimFrom(i + 1)
	k := i + 1
	if v.word(k) == "that" {
		k++
	}
	targets := v.clauseParty(k, end, src)
	if claim == "" || len(targets) == 0 {
		return nil
	}
	return v.accusations(rule, st, src, targets, claim)
}

// behind: "A said B was behind C", "A said B was responsible for C"; "A said it was not
// behind C" is a denial by A.
func (v *view) behind() []found {
	var out []found
	for i := 1; i < v.n(); i++ {
		w := v.low[i]
		toBlame := w == "blame" && v.word(i-1) == "to" && v.word(i+1) == "for"
		if !lex.behind[w] && !lex.tie[w] && !toBlame {
			continue
		}
		j := v.verbGroupStart(i)
		if j == i || !v.beIn(j, i) {
			continue
		}
		st := v.eventStatus(j, i)
		if toBlame {
			// "B was to blame for C": "to" is part of the predicate, not a plan
			st = v.eventStatus(j, i-1)
		}
		accusedParty := v.subject(j)
		if len(accusedParty) == 0 {
			continue
		}
		start := i + 1
		switch {
		case lex.tie[w]:
			if _, ok := v.after(i+1, "to", "in", "with"); !ok {
				continue
			}
			start = i
		case toBlame:
			start = i + 2
		case w == "responsible":
			var ok bool
			if start, ok = v.after(i+1, "for"); !ok {
				continue
			}
		}
		claim, end := v.claimFrom(start)
		if claim == "" {
			continue
		}
		speaker, sst := v.speaker(j, end)
		if len(speaker) == 0 && subjectPronouns[v.word(j-1)] && lex.reporting[v.word(j-2)] {
			// "The 70-year-old says he is not linked to C": the speaker is the referent
			speaker = accusedParty
		}
		if len(speaker) == 0 {
			continue
		}
		switch {
		case sst != happened:
		case st == negated && len(accusedParty) == 1 && speaker[0] == accusedParty[0]:
			out = append(out, v.emit(diplograph.Denied, "said-not-behind", happened, speaker[0], "", nil, claim))
		case !lex.tie[w]:
			out = append(out, v.accusations("said-behind", st, speaker, accusedParty, claim)...)
		}
	}
	return out
}

// beIn reports whether tokens [j, i) hold a form of "to be".
func (v *view) beIn(j, i int) bool {
	for k := j; k < i; k++ {
		if isBe(v.low[k]) {
			return true
		}
	}
	return false
}

// speaker finds who reports the clause whose verb group starts at j: "A said (that) ...",
// or ", A said" after the clause ending at end. It returns the speaker and the status of
// the reporting verb.
func (v *view) speaker(j, end int) ([]string, status) {
	for k := j - 1; k >= 0; k-- {
		if lex.reporting[v.low[k]] && strings.HasPrefix(v.tag(k), "VB") {
			g := v.verbGroupStart(k)
			return v.subject(g), v.eventStatus(g, k)
		}
	}
	for k := end; k < v.n() && k < end+8; k++ {
		if lex.reporting[v.low[k]] && strings.HasPrefix(v.tag(k), "VB") {
			g := v.verbGroupStart(k)
			if subj := v.subject(g); len(subj) > 0 {
				return subj, v.eventStatus(g, k)
			}
			if ids, _ := v.objects(k+1, 4, wordSet{".": true, ",": true}); len(ids) > 0 {
				return ids, happened
			}
		}
	}
	return nil, happened
}

// tradedAccusations: "A and B traded accusations over C", "A and B exchanged blame for C":
// each party accuses the others of C.
func (v *view) tradedAccusations(i int) []found {
	n := i + 1
	for n < v.n() && n <= i+2 && !lex.blameNoun[v.low[n]] {
		n++
	}
	if !lex.blameNoun[v.word(n)] {
		return nil
	}
	src, st, _ := v.accuser(i)
	if len(src) < 2 {
		return nil
	}
	p := n + 1
	switch v.word(p) {
	case "of", "over", "for", "about", "that":
	default:
		return nil
	}
	claim, _ := v.claimFrom(p + 1)
	if claim == "" {
		return nil
	}
	return v.accusations("traded-accusations", st, src, src, claim)
}
