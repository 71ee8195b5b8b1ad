package relations

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
)

// statement is what a reporting verb reports: "A said B did C", "B did C, A said".
type statement struct {
	speaker []string
	// actor is the party the statement is about: the subject of its clause.
	actor []string
	// from and end bound the statement after its subject, the claim.
	from, end int
	// passive marks a statement whose party is the agent of a wrongful act in the
	// passive ("the plane was shot down by an Iranian missile"); from then starts the
	// whole clause.
	passive bool
}

// reportedAt reads the statement of the reporting verb at k, within tokens before to.
// It reports false when k is not an asserted reporting verb with a speaker, or the
// statement has no party as its subject or is itself an accusation.
func (v *view) reportedAt(k, to int) (statement, bool) {
	if !lexicon.Words.Reporting[v.low[k]] || !strings.HasPrefix(v.tag(k), "VB") || v.ment[k] >= 0 {
		return statement{}, false
	}
	g := v.verbGroupStart(k)
	speaker := v.subject(g)
	if len(speaker) == 0 || v.eventStatus(g, k) != happened {
		return statement{}, false
	}
	var from, end int
	if next := v.word(k + 1); next == "," || next == "." || next == "\"" || k+1 >= to {
		// "B did C, A said": the statement is the clause before the attribution
		c := -1
		for x := g - 1; x >= 0; x-- {
			if v.low[x] == "," {
				c = x
				break
			}
		}
		if c < 0 {
			return statement{}, false
		}
		for x := c - 1; x >= 0; x-- {
			if w := v.low[x]; w == "--" || w == "\u2013" || w == "\u2014" || w == ":" || w == ";" || w == "\"" {
				from = x + 1
				break
			}
		}
		end = c
		from = v.assessed(from, end)
	} else {
		from = v.afterSetting(k+1, to)
		if v.word(from) == "that" {
			from++
		}
		// "A said it is highly likely that B did C": the assessment is A's statement
		from = v.assessed(from, to)
		end = v.clauseEnd(from, v.claimEnd(from))
	}
	end = min(end, to)
	for x := from; x < end; x++ {
		if w := v.low[x]; lexicon.Words.Accuse[w] || lexicon.Words.Blame[w] || lexicon.Words.Charge[w] || lexicon.Words.Allege[w] || lexicon.Words.Condemn[w] {
			// the statement is itself an accusation, which its own rule reads
			return statement{}, false
		}
	}
	if pv, ok := v.passiveWrong(from, end); ok {
		// "A said the truce was violated by B", "the plane was shot down by a B missile"
		return statement{speaker: speaker, actor: pv, from: from, end: end, passive: true}, true
	}
	var actor []string
	claimFrom := -1
	for x := from; x < end && x < from+6; x++ {
		if m, ok := v.mention(x); ok {
			if p, isPerson := v.personAfter(m); isPerson {
				m = p
			}
			if isActor(m) || v.modifierActor(m, m.End+1) {
				var cEnd int
				actor, cEnd = v.coordinatedRight(m)
				claimFrom = max(m.End, cEnd)
				// "Russian jets violated C", "Syrian government forces used C": the claim
				// starts after the nouns of the subject
				claimFrom = v.nounEnd(claimFrom, end)
				for claimFrom < end && v.ment[claimFrom] >= 0 {
					claimFrom++
				}
				if more, after := v.parenthetical(claimFrom, to); after > claimFrom {
					actor = uniq(append(actor, more...))
					claimFrom = after
					end = min(v.clauseEnd(after, v.claimEnd(after)), to)
				}
			}
			break
		}
	}
	if len(actor) == 0 {
		return statement{}, false
	}
	for claimFrom < end && (strings.HasPrefix(v.tag(claimFrom), "RB") || v.low[claimFrom] == "yesterday" || v.low[claimFrom] == "today") {
		claimFrom++
	}
	return statement{speaker: speaker, actor: actor, from: claimFrom, end: end}, true
}

// accusationsOf returns the statement as accusations by its speaker against its
// actor, or nil when a speaker is one of deniers or the claim is too short.
func (v *view) accusationsOf(st statement, rule string, deniers []string) []Found {
	claim := v.span(st.from, st.end)
	if claim == "" || len(strings.Fields(claim)) < 2 {
		return nil
	}
	var out []Found
	for _, s := range st.speaker {
		if contains(deniers, s) {
			return nil
		}
		for _, a := range st.actor {
			if a != s {
				out = append(out, v.emit(diplograph.Accused, rule, happened, s, a, nil, claim))
			}
		}
	}
	return out
}

// reportedAccusation finds the statement reported last before token to and returns it as
// accusations by the speaker against the party acting in it, when a later denial by one
// of deniers calls it an accusation ("B breached the truce, A said, but B denied the
// accusation"). The claim is the statement without its subject.
func (v *view) reportedAccusation(to int, deniers []string) []Found {
	for k := to - 1; k > 0; k-- {
		if !lexicon.Words.Reporting[v.low[k]] || !strings.HasPrefix(v.tag(k), "VB") || v.ment[k] >= 0 {
			continue
		}
		st, ok := v.reportedAt(k, to)
		if !ok {
			return nil
		}
		return v.accusationsOf(st, "reported-accusation", deniers)
	}
	return nil
}

// assessed returns where the content of an assessment frame opened at from begins: "it
// is (highly) likely that C", "it was clear that C", "the evidence indicates that C",
// "there is evidence that C" give the start of C. Without such a frame it returns from.
// A time word after the reporting verb ("said Thursday it is likely") is skipped.
func (v *view) assessed(from, end int) int {
	k := from
	if lexicon.Words.Time[v.word(k)] {
		k++
	}
	quoteOrAdverb := func() {
		for k < end && (v.word(k) == "\"" || v.word(k) == "'" || strings.HasPrefix(v.tag(k), "RB") && !lexicon.Words.Negators[v.word(k)]) {
			k++
		}
	}
	switch {
	case v.word(k) == "it" && isBe(v.word(k+1)):
		k += 2
		quoteOrAdverb()
		if !lexicon.Words.Assessment[v.word(k)] {
			return from
		}
		k++
	case v.word(k) == "there" && isBe(v.word(k+1)):
		k += 2
		for n := 0; n < 3 && k < end && (strings.HasPrefix(v.tag(k), "JJ") || v.word(k) == "\""); n++ {
			k++
		}
		if !lexicon.Words.Evidence[v.word(k)] {
			return from
		}
		k++
	default:
		if t := v.tag(k); t == "DT" || t == "PRP$" {
			k++
		}
		for n := 0; n < 2 && k < end && strings.HasPrefix(v.tag(k), "JJ"); n++ {
			k++
		}
		if !lexicon.Words.Evidence[v.word(k)] || !lexicon.Words.Shows[v.word(k+1)] {
			return from
		}
		k += 2
	}
	quoteOrAdverb()
	if v.word(k) != "that" || k+1 >= end {
		return from
	}
	return k + 1
}

// passiveWrong reads a clause in [from, end) that tells of a wrongful act in the
// passive with its agent: "the plane was shot down by an Iranian missile" gives the
// state that modifies the agent, "the truce was violated by B" gives B.
func (v *view) passiveWrong(from, end int) ([]string, bool) {
	be := -1
	for k := from; k < end && k < from+8; k++ {
		if isBe(v.low[k]) {
			be = k
			break
		}
		if v.low[k] == "," || v.ment[k] >= 0 || lexicon.Words.Negators[v.low[k]] {
			return nil, false
		}
	}
	if be < 0 {
		return nil, false
	}
	x := be + 1
	for x < end && (isBe(v.low[x]) || strings.HasPrefix(v.tag(x), "RB") && !lexicon.Words.Negators[v.low[x]]) {
		x++
	}
	if !lexicon.Words.Wrong[v.word(x)] || v.tag(x) != "VBN" && v.tag(x) != "VBD" {
		return nil, false
	}
	if v.eventStatus(from, x) != happened {
		return nil, false
	}
	x++
	if v.tag(x) == "RP" {
		x++
	}
	if v.word(x) != "by" {
		return nil, false
	}
	if v.word(x+1) == "the" {
		if id := v.governmentReference(x + 2); id != "" {
			// "violated by the regime"
			return []string{id}, true
		}
	}
	for k := x + 1; k < end && k <= x+4; k++ {
		m, ok := v.mention(k)
		if !ok {
			continue
		}
		if isActor(m) {
			ids, _ := v.coordinatedRight(m)
			return ids, true
		}
		if v.headedBy(m) || v.modifierActor(m, v.nounEnd(m.End, end)) {
			return []string{m.Entity}, true
		}
		return nil, false
	}
	return nil, false
}

// nounEnd returns the end of the run of nouns, adjectives and hyphenated modifiers from
// k, before end.
func (v *view) nounEnd(k, end int) int {
	for k < end && v.ment[k] < 0 && (strings.HasPrefix(v.tag(k), "NN") || strings.HasPrefix(v.tag(k), "JJ") || v.low[k] == "-") {
		k++
	}
	return k
}

// afterSetting skips the setting of a reporting verb before its that-clause, "said in a
// statement that", "said on Friday that", "said Thursday that", and returns where the
// that-clause starts; without such a setting it returns from.
func (v *view) afterSetting(from, to int) int {
	if lexicon.Words.Time[v.word(from)] && v.word(from+1) == "that" {
		return from + 1
	}
	if w := v.word(from); w != "in" && w != "on" && w != "at" && w != "during" {
		return from
	}
	for k := from + 1; k < to && k <= from+8; k++ {
		if v.low[k] == "that" {
			return k
		}
		if t := v.tag(k); t != "DT" && t != "CD" && t != "POS" && t != "IN" && !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") {
			return from
		}
	}
	return from
}

// armedAct reports whether the verb at x fires or uses arms: "fired rockets at C",
// "launched missiles", "used chemical weapons".
func (v *view) armedAct(x int) bool {
	verb := lemmaOf(v.low[x])
	if !armsVerbs[verb] {
		return false
	}
	for _, k := range v.s.Children(x) {
		if v.s.Tokens[k].Dep != "obj" {
			continue
		}
		switch obj := lemmaOf(v.low[k]); {
		case arms[obj]:
			return verb != "use" && verb != "deploy" || v.hasChildIn(k, bannedArms)
		case obj == "weapon" || obj == "weapons" || obj == "gas" || obj == "munitions":
			return v.hasChildIn(k, bannedArms)
		}
	}
	return false
}

// armsVerbs are the verbs of firing or using arms; arms the arms fired; bannedArms the
// words of arms whose use is itself a wrong.
var (
	armsVerbs  = mustLoadWordFile("patterns/arms-verbs.txt")
	arms       = mustLoadWordFile("patterns/arms.txt")
	bannedArms = mustLoadWordFile("patterns/banned-arms.txt")
)

// parenthetical skips a phrase set off by commas after the subject of a statement at
// from, "B, a close ally, has ...", and returns the parties it adds to the subject
// ("B, and to a lesser extent C, have ...", "B, along with C, has ...") and where the
// statement goes on. Without such a phrase it returns from.
func (v *view) parenthetical(from, end int) ([]string, int) {
	if v.word(from) != "," {
		return nil, from
	}
	c := -1
	for k := from + 1; k < end && k <= from+10; k++ {
		if v.low[k] == "," {
			c = k
			break
		}
		if strings.HasPrefix(v.tag(k), "VB") && v.ment[k] < 0 || v.low[k] == "who" || v.low[k] == "which" {
			return nil, from
		}
	}
	if c < 0 || c == from+1 {
		return nil, from
	}
	w := v.word(from + 1)
	adds := w == "and" || w == "along" || w == "together" || w == "as" && v.word(from+2) == "well"
	var ids []string
	if adds {
		for k := from + 1; k < c; k++ {
			if m, ok := v.mention(k); ok && isActor(m) {
				ids = append(ids, m.Entity)
				k = m.End - 1
			}
		}
	}
	return ids, c + 1
}

// sameState reports whether the statement's actors are the armed forces of the one known
// state all its speakers belong to ("the ministry said the country's navy shelled ...").
func (v *view) sameState(st statement) bool {
	state := ""
	for _, id := range append(append([]string(nil), st.speaker...), st.actor...) {
		c, _ := v.stateOf(id)
		if c == "" || state != "" && c != state {
			return false
		}
		state = c
	}
	for _, id := range st.actor {
		if _, forces := v.stateOf(id); !forces {
			return false
		}
	}
	return state != ""
}

// stateOf returns the code of the state the entity is or belongs to, or "", and whether
// it is an organization named as armed forces.
func (v *view) stateOf(id string) (string, bool) {
	for _, e := range v.doc.Entities {
		if e.ID != id {
			continue
		}
		if e.Type == diplograph.TypeCountry {
			return e.Code, false
		}
		forces := false
		if e.Type == diplograph.TypeOrganization {
			for _, w := range strings.Fields(strings.ToLower(e.Name)) {
				forces = forces || lexicon.Words.Forces[w]
			}
		}
		return e.Country, forces
	}
	return "", false
}
