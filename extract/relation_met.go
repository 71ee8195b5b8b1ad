package extract

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
)

// metStop ends the search for the other party of a meeting.
var metStop = wordSet{",": true, ";": true, "that": true, "about": true, "to": true, "\"": true, ".": true,
	"and": true, "after": true, "before": true, "but": true, "said": true}

// metWith finds meetings and talks between two parties in the sentence.
func (v *view) metWith() []found {
	var out []found
	used := map[int]bool{}
	for i := 0; i < v.n(); i++ {
		w := v.low[i]
		if _, ok := v.mention(i); ok {
			continue
		}
		switch {
		case lex.meet[w] && v.verb(i) && !(w == "meeting" && v.tag(i) != "VBG") || w == "meeting" && v.gerundAfterConjunction(i):
			out = append(out, v.meetVerb(i, "met-verb")...)
		case lex.talk[w] && v.verb(i) && !(w == "talks" && v.tag(i) != "VBZ"):
			out = append(out, v.talkVerb(i)...)
		case (w == "told" || w == "tells" || w == "called" || w == "phoned" || w == "telephoned") && v.verb(i):
			out = append(out, v.toldByPhone(i)...)
		case lex.hold[w] && v.verb(i):
			if n := v.heldNoun(i); n >= 0 {
				used[n] = true
				out = append(out, v.heldTalks(i, n)...)
			}
		case (lex.host[w] || lex.visit[w]) && v.verb(i):
			out = append(out, v.hosted(i)...)
		case lex.alongside[w] && (lex.appear[v.word(i-1)] || v.word(i-1) == "next" && lex.appear[v.word(i-2)]):
			out = append(out, v.appearedAlongside(i)...)
		case lex.meetNoun[w] && strings.HasPrefix(v.tag(i), "NN") && !used[i]:
			out = append(out, v.meetingNoun(i)...)
		}
	}
	return out
}

// meetVerb: "A met B", "A met with B", "A and B met", "Before meeting B, A ...".
func (v *view) meetVerb(i int, rule string) []found {
	subj, isPart := v.participle(i)
	st := happened
	if isPart {
		if v.word(i-1) == "without" {
			st = negated
		}
	} else {
		j := v.verbGroupStart(i)
		st = v.eventStatus(j, i)
		subj = v.subject(j)
		if len(subj) == 0 {
			subj = v.theyPair(j - 1)
		}
		if len(subj) == 0 {
			subj = v.groupReference(j - 1)
		}
	}
	if len(subj) == 0 {
		return nil
	}
	k, _ := v.after(i+1, "with")
	objs, end := v.objects(k, 7, metStop)
	if v.word(end) == "'s" || v.word(end) == "'" {
		// "met Peru's demands"
		return nil
	}
	if len(objs) == 0 {
		return v.pairs(rule, st, subj)
	}
	return v.meetings(rule, st, subj, objs)
}

// gerundAfterConjunction reports whether the "meeting" at i, which the tagger may read as
// a noun, is the gerund of "before meeting B", "after meeting with B".
func (v *view) gerundAfterConjunction(i int) bool {
	switch v.word(i - 1) {
	case "before", "after", "while", "since", "when":
	default:
		return false
	}
	_, named := v.mention(i + 1)
	return named || v.word(i+1) == "with"
}

// talkVerb: "A spoke with B", "A talked to B by phone", "A and B spoke by telephone".
func (v *view) talkVerb(i int) []found {
	next := i + 1
	if strings.HasPrefix(v.tag(next), "RB") {
		next++
	}
	k, ok := v.after(next, "with", "to")
	phone := v.phoneNear(i+1, i+8)
	if !ok && phone {
		// "spoke by phone with B", "talked on the telephone to B"
		if w := v.find(i+1, i+6, wordSet{"with": true, "to": true}); w >= 0 {
			k, ok = w+1, true
		}
	}
	if !ok && !phone {
		return nil
	}
	subj, isPart := v.participle(i)
	st := happened
	if !isPart {
		j := v.verbGroupStart(i)
		st = v.eventStatus(j, i)
		subj = v.subject(j)
	}
	if len(subj) == 0 {
		return nil
	}
	if ok {
		objs, _ := v.objects(k, 6, metStop)
		return v.meetings("talked-with", st, subj, objs)
	}
	return v.pairs("talked-by-phone", st, subj)
}

// phoneNear reports whether a word of telephoning appears in tokens [from, to).
func (v *view) phoneNear(from, to int) bool {
	for k := max(from, 0); k < to && k < v.n(); k++ {
		if lex.phone[v.low[k]] && v.low[k] != "call" || v.low[k] == "call" && (v.word(k-1) == "a" || v.word(k-1) == "the" || lex.phone[v.word(k-1)]) {
			return true
		}
	}
	return false
}

// toldByPhone: "A told B by phone", "A told B in a call", "A called B".
func (v *view) toldByPhone(i int) []found {
	objs, end := v.objects(i+1, 6, metStop)
	if len(objs) == 0 {
		return nil
	}
	calledOut := v.low[i] != "told" && v.low[i] != "tells"
	if !calledOut && !v.phoneNear(end, end+6) {
		return nil
	}
	if calledOut {
		if _, named := v.mention(v.firstMention(i+1, i+2)); !named && !strings.HasPrefix(v.tag(i+1), "NNP") {
			// "called it a crisis", "called for talks", "called on B to": not a call
			return nil
		}
		if t, w := v.tag(end), v.word(end); t == "DT" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") && w != "monday" || w == "\"" || w == "for" {
			// "called B a liar", "called B \"reckless\"": naming, not calling
			return nil
		}
	}
	j := v.verbGroupStart(i)
	subj := v.subject(j)
	if len(subj) == 0 {
		return nil
	}
	return v.meetings("told-by-phone", v.eventStatus(j, i), subj, objs)
}

// heldNoun returns the meeting noun that the verb at i holds ("held talks", "had a
// phone call", "held a meeting"), or -1.
func (v *view) heldNoun(i int) int {
	for k := i + 1; k < v.n() && k <= i+4; k++ {
		w := v.low[k]
		if lex.meetNoun[w] {
			return k
		}
		if _, ok := v.mention(k); ok || w == "," || w == "." || strings.HasPrefix(v.tag(k), "VB") {
			return -1
		}
	}
	return -1
}

// heldTalks: "A held talks with B", "A and B held talks", "A had a phone call with B".
func (v *view) heldTalks(i, n int) []found {
	if (v.low[n] == "call" || v.low[n] == "calls") && !v.phoneNear(i+1, n+1) && v.word(n+1) != "with" {
		return nil
	}
	subj, isPart := v.participle(i)
	st := happened
	if !isPart {
		j := v.verbGroupStart(i)
		st = v.eventStatus(j, i)
		subj = v.subject(j)
	}
	if st == happened {
		st = worse(st, v.nounStatus(n))
	}
	var objs []string
	if k, ok := v.after(n+1, "with", "between"); ok {
		objs, _ = v.objects(k, 3, metStop)
	} else if k := v.find(n+1, n+8, wordSet{"with": true}); k >= 0 {
		objs, _ = v.objects(k+1, 3, metStop)
	}
	if v.word(n+1) == "between" && len(objs) >= 2 {
		return v.pairs("talks-between", st, objs)
	}
	if len(subj) == 0 {
		return nil
	}
	if len(objs) == 0 {
		return v.pairs("held-talks", st, subj)
	}
	return v.meetings("held-talks", st, subj, objs)
}

// hosted: "A hosted B", "A received B", "A visited B" (B a party, not a place).
func (v *view) hosted(i int) []found {
	objs, end := v.objects(i+1, 8, metStop)
	if len(objs) == 0 || v.word(end) == "'s" || v.word(end) == "'" {
		// "received Peru's request": the possessor is not the guest
		return nil
	}
	if m, ok := v.mention(v.firstMention(i+1, i+3)); ok && m.Place {
		return nil
	}
	if lex.visit[v.low[i]] {
		// visiting a country is a trip; visiting a person or a body is a meeting
		if m, ok := v.mention(v.firstMention(i+1, i+9)); !ok || m.Type == diplograph.TypeCountry {
			return nil
		}
	}
	subj, isPart := v.participle(i)
	st := happened
	if !isPart {
		j := v.verbGroupStart(i)
		st = v.eventStatus(j, i)
		subj = v.subject(j)
	}
	return v.meetings("hosted", st, subj, objs)
}

// appearedAlongside: "A appeared alongside B", "Standing next to B, A said": two people
// who appear together in public have met.
func (v *view) appearedAlongside(i int) []found {
	verb := i - 1
	if v.word(verb) == "next" {
		verb--
	}
	k := i + 1
	if v.word(k) == "to" {
		k++
	}
	m, ok := v.mention(v.firstMention(k, k+5))
	if !ok {
		return nil
	}
	if p, isPerson := v.personAfter(m); isPerson {
		m = p
	}
	if m.Type != diplograph.TypePerson {
		return nil
	}
	subj, isPart := v.participle(verb)
	st := happened
	if !isPart {
		j := v.verbGroupStart(verb)
		st = v.eventStatus(j, verb)
		subj = v.subject(j)
	}
	return v.meetings("appeared-alongside", st, subj, []string{m.Entity})
}

// firstMention returns the first token in [from, to) inside a mention, or -1.
func (v *view) firstMention(from, to int) int {
	for k := from; k < to && k < v.n(); k++ {
		if v.ment[k] >= 0 {
			return k
		}
	}
	return -1
}

// meetingNoun: "talks between A and B", "A's meeting with B", "after talks with B, A".
func (v *view) meetingNoun(i int) []found {
	w := v.low[i]
	if (w == "call" || w == "calls") && !v.phoneNear(i-2, i+1) {
		return nil
	}
	st := v.nounStatus(i)
	if b := v.find(i+1, i+6, wordSet{"between": true}); b >= 0 && v.find(i+1, b, wordSet{",": true, ".": true}) < 0 {
		objs, _ := v.objects(b+1, 8, metStop)
		if len(objs) >= 2 {
			return v.pairs("talks-between", st, objs)
		}
		return nil
	}
	k, ok := v.after(i+1, "with")
	if !ok {
		return nil
	}
	objs, _ := v.objects(k, 6, metStop)
	if len(objs) == 0 {
		return nil
	}
	// the other party: a possessor ("A's meeting with B", "his talks with B")
	var subj []string
	p := i - 1
	for p >= 0 && (strings.HasPrefix(v.tag(p), "JJ") || lex.phone[v.low[p]] || v.low[p] == "first" || v.low[p] == "bilateral") {
		p--
	}
	switch {
	case v.word(p) == "'s" || v.word(p) == "'":
		if m, ok := v.mention(p - 1); ok && (isActor(m) || m.Type == diplograph.TypeCountry) {
			subj = []string{m.Entity}
		}
	case v.word(p) == "his" || v.word(p) == "her" || v.word(p) == "its":
		if id := v.pronoun(p); id != "" {
			subj = []string{id}
		}
	case v.word(p) == "my" || v.word(p) == "our":
		subj, _ = v.speaker(p, v.n())
	default:
		// "After talks with B, A said": the party is the subject after the phrase.
		for v.word(p) == "a" || v.word(p) == "the" || v.word(p) == "joint" || v.word(p) == "news" || v.word(p) == "press" {
			p--
		}
		if v.word(p) == "after" || v.word(p) == "following" || v.word(p) == "during" || v.word(p) == "in" || v.word(p) == "at" {
			if c := v.find(k, v.n(), wordSet{",": true}); c >= 0 && (p == 0 || v.word(p-1) == ",") {
				subj = v.firstActor(c+1, v.n())
			}
		}
	}
	if len(subj) == 0 {
		return nil
	}
	return v.meetings("meeting-with", st, subj, objs)
}
