package relations

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/parse"
)

// metStop ends the search for the other party of a meeting.
var metStop = lexicon.WordSet{",": true, ";": true, "that": true, "about": true, "to": true, "\"": true, ".": true,
	"and": true, "after": true, "before": true, "but": true, "said": true}

// metWith finds meetings and talks between two parties in the sentence.
func (v *view) metWith() []Found {
	var out []Found
	used := map[int]bool{}
	for i := 0; i < v.n(); i++ {
		w := v.low[i]
		if _, ok := v.mention(i); ok {
			continue
		}
		switch {
		case lexicon.Words.Phrasal[w] && lexicon.Words.Particle[v.word(i+1)] && v.verb(i):
			out = append(out, v.meetVerb(i, "met-phrasal")...)
		case w == "talks" && v.tag(i) == "VBZ" && !v.hasChildRel(i, "nsubj"):
			// "Chile's talks with Peru": a noun the tagger read as a verb
			out = append(out, v.meetingNoun(i)...)
		case (w == "told" || w == "tells" || w == "called" || w == "phoned" || w == "telephoned") && v.verb(i):
			out = append(out, v.toldByPhone(i)...)
		case lexicon.Words.Hold[w] && v.verb(i):
			if n := v.heldNoun(i); n >= 0 {
				used[n] = true
				out = append(out, v.heldTalks(i, n)...)
			}
		case joinForms[w] && v.verb(i) && v.personNext(i+1):
			// "A joined B to open the plant": two people together; "joined NATO" is not
			out = append(out, v.meetVerb(i, "joined")...)
		case lexicon.Words.Alongside[w] && (lexicon.Words.Appear[v.word(i-1)] || v.word(i-1) == "next" && lexicon.Words.Appear[v.word(i-2)]):
			out = append(out, v.appearedAlongside(i)...)
		case v.verb(i) && v.phoneObject(i):
			out = append(out, v.toldByPhone(i)...)
		case lexicon.Words.MeetNoun[w] && strings.HasPrefix(v.tag(i), "NN") && !used[i]:
			out = append(out, v.meetingNoun(i)...)
		}
	}
	return out
}

// meetVerb: "A met B", "A met with B", "A and B met", "Before meeting B, A ...".
func (v *view) meetVerb(i int, rule string) []Found {
	for _, c := range v.s.Children(i) {
		if v.s.Tokens[c].Dep == "obj" && metNoParty[lemmaOf(v.low[c])] {
			// "met the targets", "met a cool reception": met as satisfied or received
			return nil
		}
	}
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
		if pair := v.theTwo(j - 1); pair != nil {
			subj = pair
		}
		subj = v.pronounPartner(subj, j)
	}
	if len(subj) == 0 {
		return nil
	}
	first := i + 1
	if lexicon.Words.Phrasal[v.low[i]] {
		// "sat down with B", "shook hands with B"
		first++
	}
	k, with := v.after(first, "with")
	if w := v.word(k); w == "at" || w == "in" || w == "on" || w == "during" {
		// "A and B met at the G20 summit": where, not whom
		k = -1
	}
	var objs []string
	end := k
	if k >= 0 {
		objs, end = v.objects(k, 7, metStop)
	}
	if m, ok := v.mention(v.firstMention(k, end)); ok && v.citizens(m) {
		// "A met Americans freed by B": people of a state, not the state
		return nil
	}
	if (v.word(end) == "'s" || v.word(end) == "'") && v.find(end+1, end+4, lexicon.Words.Office) < 0 {
		// "met Peru's demands"; "met Peru's foreign minister" is a meeting with Peru
		if len(objs) < 2 {
			return nil
		}
		objs = objs[:len(objs)-1]
	}
	if len(objs) == 0 && k >= 0 {
		objs = v.guestParty(k)
	}
	if len(objs) == 0 {
		if with || k >= 0 && v.metSomeone(k) {
			// "A and B met with chief executives": they met others, not each other
			return nil
		}
		return v.pairs(rule, st, subj)
	}
	return v.meetings(rule, st, subj, objs)
}

// metSomeone reports whether the words from k name someone met who is no party: a noun
// phrase of people right after the verb ("met business leaders", "met reporters").
func (v *view) metSomeone(k int) bool {
	for x := k; x < v.n() && x < k+4; x++ {
		t := v.tag(x)
		if t == "NNS" || t == "NNPS" {
			return true
		}
		if t != "DT" && !strings.HasPrefix(t, "JJ") && t != "CD" && !strings.HasPrefix(t, "NN") && t != "PRP$" {
			return false
		}
	}
	return false
}

// metNoParty are the objects of "meet" in its senses of satisfying and receiving, which
// name no party met.
var metNoParty = lexicon.WordSet{"target": true, "targets": true, "goal": true, "goals": true, "deadline": true,
	"demand": true, "demands": true, "need": true, "needs": true, "criteria": true, "criterion": true,
	"condition": true, "conditions": true, "requirement": true, "requirements": true, "expectation": true,
	"expectations": true, "standard": true, "standards": true, "obligation": true, "obligations": true,
	"reception": true, "response": true, "resistance": true, "opposition": true, "criticism": true,
	"threshold": true, "quota": true, "cost": true, "costs": true, "challenge": true, "end": true, "fate": true,
	"agenda": true}

// guestParty returns the party of the envoys named from token k: "a delegation from B",
// "officials of B", "two envoys from B and C"; nil otherwise.
func (v *view) guestParty(k int) []string {
	x := k
	for n := 0; n < 3 && v.ment[min(x, v.n()-1)] < 0 && (v.tag(x) == "DT" || v.tag(x) == "CD" || strings.HasPrefix(v.tag(x), "JJ")); n++ {
		x++
	}
	if !guests[v.word(x)] || v.word(x+1) != "from" && v.word(x+1) != "of" {
		return nil
	}
	m, ok := v.mention(x + 2)
	if !ok || !(isActor(m) || m.Type == diplograph.TypeCountry) {
		return nil
	}
	ids, _ := v.coordinatedRight(m)
	return ids
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

// theTwo resolves "the two" ending at token k, as a subject, to the pair of parties the
// article is about, or nil.
func (v *view) theTwo(k int) []string {
	if v.word(k) != "two" || v.word(k-1) != "the" {
		return nil
	}
	return v.pairOf(k, pairNouns["sides"], -1)
}

// pronounPartner adds to the subject of the verb group at j the person a pronoun
// coordinated with it names: "she and B met", "he and the president met with C".
func (v *view) pronounPartner(subj []string, j int) []string {
	for k := j - 1; k > 0 && k >= j-12; k-- {
		w := v.low[k]
		if w == "," || w == ";" || strings.HasPrefix(v.tag(k), "VB") && v.ment[k] < 0 {
			break
		}
		if w == "and" && (v.word(k-1) == "he" || v.word(k-1) == "she") {
			if id := v.pronoun(k - 1); id != "" {
				return uniq(append([]string{id}, subj...))
			}
			break
		}
	}
	return subj
}

// phoneNear reports whether a word of telephoning appears in tokens [from, to).
func (v *view) phoneNear(from, to int) bool {
	for k := max(from, 0); k < to && k < v.n(); k++ {
		if lexicon.Words.Phone[v.low[k]] && v.low[k] != "call" || v.low[k] == "call" && (v.word(k-1) == "a" || v.word(k-1) == "the" || lexicon.Words.Phone[v.word(k-1)]) {
			return true
		}
	}
	return false
}

// toldByPhone: "A told B by phone", "A told B in a call", "A called B".
func (v *view) toldByPhone(i int) []Found {
	objs, end := v.objects(i+1, 6, metStop)
	if len(objs) == 0 {
		return nil
	}
	calledOut := v.low[i] == "called" || v.low[i] == "phoned" || v.low[i] == "telephoned"
	if !calledOut && !v.phoneNear(end, end+6) {
		return nil
	}
	if calledOut {
		if _, named := v.mention(v.firstMention(i+1, i+2)); !named && !strings.HasPrefix(v.tag(i+1), "NNP") {
			// "called it a crisis", "called for talks", "called on B to": not a call
			return nil
		}
		if t, w := v.tag(end), v.word(end); t == "DT" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") && w != "monday" || w == "\"" || w == "for" ||
			w == "'s" || w == "'" {
			// "called B a liar", "called B \"reckless\"", "called B's response unacceptable":
			// naming, not calling
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

// phoneWays are the prepositions of a call a verb's object was reached in: "thanked B in a
// phone call", "assured B by telephone", "urged B during a call".
var phoneWays = lexicon.WordSet{"in": true, "during": true, "by": true, "over": true, "on": true}

// phoneObject reports whether the verb at i has a party as its object followed by the
// call it was done in: "A congratulated B in a phone call". A call "with" someone else
// ("praised B in a call with C") does not count.
func (v *view) phoneObject(i int) bool {
	if lexicon.Words.Reporting[v.low[i]] || isBe(v.low[i]) || lexicon.Words.Hold[v.low[i]] {
		return false
	}
	x := i + 1
	for n := 0; n < 4 && v.ment[min(x, v.n()-1)] < 0 && (v.tag(x) == "DT" || v.tag(x) == "NNP" || strings.HasPrefix(v.tag(x), "JJ")); n++ {
		x++
	}
	m, ok := v.mention(x)
	if !ok || m.Place || !isActor(m) {
		return false
	}
	_, end := v.coordinatedRight(m)
	if !phoneWays[v.word(end)] || !v.phoneNear(end+1, end+4) {
		return false
	}
	return v.find(end+1, end+5, lexicon.WordSet{"with": true, "between": true}) < 0
}

// heldNoun returns the meeting noun that the verb at i holds ("held talks", "had a
// phone call", "held a meeting"), or -1.
func (v *view) heldNoun(i int) int {
	for k := i + 1; k < v.n() && k <= i+5; k++ {
		w := v.low[k]
		if lexicon.Words.MeetNoun[w] {
			return k
		}
		if _, ok := v.mention(k); ok || w == "," || w == "." || strings.HasPrefix(v.tag(k), "VB") {
			return -1
		}
	}
	return -1
}

// heldTalks: "A held talks with B", "A and B held talks", "A had a phone call with B".
func (v *view) heldTalks(i, n int) []Found {
	if (v.low[n] == "call" || v.low[n] == "calls") && !v.phoneNear(i+1, n+1) && v.word(n+1) != "with" {
		return nil
	}
	subj, st, _ := v.meetingSubject(i)
	if st == happened {
		st = worse(st, v.nounStatus(n))
	}
	var objs []string
	if k, ok := v.after(n+1, "with", "between"); ok {
		objs, _ = v.objects(k, 3, metStop)
	} else if k := v.find(n+1, n+8, lexicon.WordSet{"with": true}); k >= 0 {
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

// guests are the nouns of a guest that comes from a party: "hosted an envoy from B".
// A meeting noun may come between the host and the guest too: "hosted a dinner for B".
var guests = lexicon.WordSet{"official": true, "officials": true, "envoy": true, "envoys": true, "delegation": true,
	"delegations": true, "representative": true, "representatives": true, "delegate": true, "delegates": true,
	"minister": true, "ministers": true, "leader": true, "leaders": true, "diplomat": true, "diplomats": true,
	"member": true, "members": true, "head": true, "chief": true, "negotiators": true}

// appearedAlongside: "A appeared alongside B", "Standing next to B, A said": two people
// who appear together in public have met.
func (v *view) appearedAlongside(i int) []Found {
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
	subj, st, _ := v.verbSubject(verb)
	return v.meetings("appeared-alongside", st, subj, []string{m.Entity})
}

// hyphenPair returns the parties a hyphenated modifier of the noun at i names ("the
// Chile-Peru talks", "the latest Chile-Peru trade talks"), or nil.
func (v *view) hyphenPair(i int) []string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if strings.Contains(v.s.Tokens[k].Text, "-") {
			var ids []string
			for _, m := range v.s.Mentions {
				if m.Start == k && m.End == k+1 && (isActor(m) || m.Type == diplograph.TypeCountry) {
					ids = append(ids, m.Entity)
				}
			}
			if len(ids) > 0 || v.ment[k] >= 0 {
				return uniq(ids)
			}
			// a word of its own with a hyphen: "the A-B cease-fire talks"
			continue
		}
		if v.ment[k] >= 0 || !(strings.HasPrefix(v.tag(k), "JJ") || strings.HasPrefix(v.tag(k), "NN")) {
			return nil
		}
	}
	return nil
}

// leaderTitles are the offices "the Chilean leader" refers to: heads of state and
// government.
var leaderTitles = []string{"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "leader"}

// leaderWords name the holder of a state's highest office without naming the office.
var leaderWords = lexicon.WordSet{"leader": true, "dictator": true, "strongman": true, "ruler": true, "autocrat": true}

// demonymOffice resolves "the Chilean president", "the Peruvian leader", "the Chilean
// foreign minister" or "Chile's foreign minister" ending at token k to the one person of
// that country whose stated title holds that office, and returns the token the phrase
// starts at; "" and -1 when there is no such person or more than one. Words between the
// country and the office narrow it: the title must hold them all ("foreign minister").
func (v *view) demonymOffice(k int) (string, int) {
	head := v.word(k)
	if !lexicon.Words.Office[head] && !leaderWords[head] || v.ment[k] >= 0 {
		return "", -1
	}
	office := []string{head}
	j := k - 1
	for ; j >= 0 && k-j <= 2 && v.ment[j] < 0 && (strings.HasPrefix(v.tag(j), "JJ") || strings.HasPrefix(v.tag(j), "NN")); j-- {
		office = append([]string{strings.ReplaceAll(v.word(j), "-", " ")}, office...)
	}
	possessive := false
	if v.word(j) == "'s" || v.word(j) == "\u2019s" {
		possessive = true
		j--
	}
	m, ok := v.mention(j)
	if !ok || m.End != j+1 || m.Type != diplograph.TypeCountry || !possessive && v.word(m.Start-1) != "the" {
		return "", -1
	}
	phrase := strings.Join(office, " ")
	if leaderWords[head] {
		phrase = "leader"
	}
	code := strings.TrimPrefix(m.Entity, "c:")
	for _, e := range v.doc.Entities {
		if e.ID == m.Entity && e.Code != "" {
			code = e.Code
		}
	}
	found := ""
	for _, e := range v.doc.Entities {
		if e.Type != diplograph.TypePerson || e.Country != code {
			continue
		}
		title := strings.ReplaceAll(strings.ToLower(e.Title), "-", " ")
		holds := phrase != "leader" && strings.Contains(title, phrase)
		for _, t := range leaderTitles {
			holds = holds || phrase == "leader" && strings.Contains(title, t)
		}
		if !holds {
			continue
		}
		if found != "" && found != e.ID {
			return "", -1
		}
		found = e.ID
	}
	if found == "" {
		return "", -1
	}
	if possessive {
		return found, m.Start
	}
	return found, m.Start - 1
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
func (v *view) meetingNoun(i int) []Found {
	w := v.low[i]
	if (w == "call" || w == "calls") && !v.phoneNear(i-2, i+1) {
		return nil
	}
	st := v.nounStatus(i)
	if b := v.find(i+1, i+6, lexicon.WordSet{"between": true}); b >= 0 && v.find(i+1, b, lexicon.WordSet{",": true, ".": true}) < 0 {
		objs, _ := v.objects(b+1, 8, metStop)
		if len(objs) >= 2 {
			return v.pairs("talks-between", st, objs)
		}
		return nil
	}
	// the other party: a possessor ("A's meeting with B", "his talks with B")
	p := i - 1
	for p >= 0 && (strings.HasPrefix(v.tag(p), "JJ") || lexicon.Words.Phone[v.low[p]] || v.low[p] == "first" || v.low[p] == "bilateral") {
		p--
	}
	if ids := v.hyphenPair(i); len(ids) == 2 && (!strings.HasSuffix(w, "s") || w == "talks" || w == "negotiations" || w == "discussions") {
		// "the Chile-Peru talks": a pair joined by a hyphen before the noun. A longer chain
		// or a plural ("A-B-C meetings") names a format, not a meeting that took place.
		return v.pairs("hyphen-meeting", st, ids)
	}
	k, ok := v.after(i+1, "with")
	if !ok && (v.word(i+1) == "in" || v.word(i+1) == "at") {
		// "A's talks in Oslo with B"
		if m, named := v.mention(i + 2); named && m.Place {
			k, ok = v.after(m.End, "with")
		}
	}
	if !ok {
		if v.word(p) == "'s" || v.word(p) == "'" {
			// "A and B's summit": the coordinated possessors met each other
			if m, named := v.mention(p - 1); named && (isActor(m) || m.Type == diplograph.TypeCountry) {
				return v.pairs("joint-meeting", st, v.coordinatedLeft(m))
			}
		}
		return nil
	}
	objs, _ := v.objects(k, 6, metStop)
	if len(objs) == 0 {
		return nil
	}
	var subj []string
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
			if c := v.find(k, v.n(), lexicon.WordSet{",": true}); c >= 0 && (p == 0 || v.word(p-1) == ",") {
				subj = v.firstActor(c+1, v.n())
			}
		}
	}
	if len(subj) == 0 {
		return nil
	}
	return v.meetings("meeting-with", st, subj, objs)
}

// meetingSubject returns the parties that did the meeting verb at i, the event's status,
// and whether the verb is a participle: the subject of a participle phrase ("...,
// meeting B"), or the verb's subject, with "the two" and a pronoun partner ("he and B")
// resolved.
func (v *view) meetingSubject(i int) ([]string, status, bool) {
	subj, st, isPart := v.verbSubject(i)
	if isPart {
		return subj, st, true
	}
	j := v.verbGroupStart(i)
	if pair := v.theTwo(j - 1); pair != nil {
		subj = pair
	}
	return v.pronounPartner(subj, j), st, false
}

// verbSubject returns the subject of the verb at i, the event's status, and whether the
// verb is a participle whose subject is the participle phrase's ("..., hosting B").
func (v *view) verbSubject(i int) ([]string, status, bool) {
	if subj, isPart := v.participle(i); isPart {
		return subj, happened, true
	}
	j := v.verbGroupStart(i)
	return v.subject(j), v.eventStatus(j, i), false
}

// citizens reports whether country mention m is a plural demonym ("Americans",
// "Iranians"): people of the state, not the state.
func (v *view) citizens(m parse.Mention) bool {
	if m.Type != diplograph.TypeCountry || m.End-m.Start != 1 || !strings.HasSuffix(m.Text, "s") {
		return false
	}
	for _, e := range v.doc.Entities {
		if e.ID == m.Entity {
			return !strings.EqualFold(e.Name, m.Text)
		}
	}
	return false
}

// joinForms are the forms of "join", a meeting only when a person is joined.
var joinForms = lexicon.WordSet{"joined": true, "joins": true, "joining": true}

// personNext reports whether the words from k name a person, after an optional title
// and the state or office before it ("Peruvian President B").
func (v *view) personNext(k int) bool {
	for x := k; x < v.n() && x < k+5; x++ {
		if m, ok := v.mention(x); ok {
			if m.Type == diplograph.TypePerson {
				return true
			}
			if m.Type != diplograph.TypeCountry {
				return false
			}
			x = m.End - 1
			continue
		}
		if v.tag(x) != "NNP" && v.tag(x) != "JJ" {
			return false
		}
	}
	return false
}
