package extract

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
)

// statement is what a reporting verb reports: "A said B did C", "B did C, A said".
type statement struct {
	speaker []string
	// actor is the party the statement is about: the subject of its clause.
	actor []string
	// from and end bound the statement after its subject, the claim.
	from, end int
}

// reportedAt reads the statement of the reporting verb at k, within tokens before to.
// It reports false when k is not an asserted reporting verb with a speaker, or the
// statement has no party as its subject or is itself an accusation.
func (v *view) reportedAt(k, to int) (statement, bool) {
	if !lex.reporting[v.low[k]] || !strings.HasPrefix(v.tag(k), "VB") || v.ment[k] >= 0 {
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
	} else {
		from = k + 1
		if v.word(from) == "that" {
			from++
		}
		end = v.clauseEnd(from, v.claimEnd(from))
	}
	end = min(end, to)
	for x := from; x < end; x++ {
		if w := v.low[x]; lex.accuse[w] || lex.blame[w] || lex.charge[w] || lex.allege[w] || lex.condemn[w] {
			// the statement is itself an accusation, which its own rule reads
			return statement{}, false
		}
	}
	var actor []string
	claimFrom := -1
	for x := from; x < end && x < from+6; x++ {
		if m, ok := v.mention(x); ok {
			if p, isPerson := v.personAfter(m); isPerson {
				m = p
			}
			if isActor(m) || v.modifierActor(m, m.End+1) {
				actor, _ = v.coordinatedRight(m)
				claimFrom = m.End
				for claimFrom < end && v.ment[claimFrom] >= 0 {
					claimFrom++
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
func (v *view) accusationsOf(st statement, rule string, deniers []string) []found {
	claim := v.span(st.from, st.end)
	if claim == "" || len(strings.Fields(claim)) < 2 {
		return nil
	}
	var out []found
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
func (v *view) reportedAccusation(to int, deniers []string) []found {
	for k := to - 1; k > 0; k-- {
		if !lex.reporting[v.low[k]] || !strings.HasPrefix(v.tag(k), "VB") || v.ment[k] >= 0 {
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

// reportedWrongs: "A said B had violated the truce", "B shelled the town, A said": a
// statement whose party did a wrongful act, as its speaker tells it, is an accusation.
// The act must be asserted: "A said B had not violated" and "B may have" are not.
func (v *view) reportedWrongs() []found {
	var out []found
	for k := 1; k < v.n(); k++ {
		st, ok := v.reportedAt(k, v.n())
		if !ok {
			continue
		}
		x := st.from
		for x < st.end && (auxiliaries[v.low[x]] || strings.HasPrefix(v.tag(x), "RB")) {
			if lex.negators[v.low[x]] {
				break
			}
			x++
		}
		if x >= st.end || !lex.wrong[v.low[x]] || !strings.HasPrefix(v.tag(x), "VB") {
			continue
		}
		if v.eventStatus(st.from, x) != happened {
			continue
		}
		out = append(out, v.accusationsOf(st, "reported-wrong", nil)...)
	}
	return out
}
