package relations

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
)

// status is what the text says of an event: that it happened, that it did not, or that
// it is only planned or hypothetical.
type status int

const (
	happened status = iota
	negated
	planned
	hypothetical
)

// relationStatus maps a status to the one a relation carries; negated events have none.
func (s status) relationStatus() diplograph.Status {
	switch s {
	case planned:
		return diplograph.Planned
	case hypothetical:
		return diplograph.Hypothetical
	}
	return diplograph.Asserted
}

// auxiliaries are the words of a verb group before its main verb.
var auxiliaries = lexicon.WordSet{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "am": true, "'s": true, "has": true, "have": true, "had": true, "having": true, "'ve": true,
	"do": true, "does": true, "did": true, "get": true, "got": true, "also": true, "reportedly": true,
	"allegedly": true, "already": true, "finally": true, "again": true, "formally": true, "officially": true,
	"jointly": true, "repeatedly": true, "strongly": true, "publicly": true, "flatly": true, "firmly": true,
	"vehemently": true, "categorically": true, "previously": true, "earlier": true, "then": true,
	"now": true, "just": true, "recently": true, "initially": true, "tentatively": true, "apparently": true,
	"even": true}

// verbGroupStart returns the first token of the verb group that ends with the trigger at
// i: auxiliaries, modals, adverbs, negators and governing verbs joined by "to"
// ("has not yet", "had been expected to", "refused to").
func (v *view) verbGroupStart(i int) int {
	j := i
	for j > 0 {
		if _, ok := v.mention(j - 1); ok {
			return j
		}
		w, t := v.low[j-1], v.tag(j-1)
		switch {
		case auxiliaries[w] || lexicon.Words.Negators[w] || t == "MD" || w == "yet" || w == "'ll" || w == "'d":
			j--
		case w == "to" && j-2 >= 0 && v.governsTo(j-2):
			j -= 2
		case strings.HasPrefix(t, "RB") && !locatives[w] && w != "not" && v.word(j-2) != ",":
			j--
		default:
			return j
		}
	}
	return j
}

// governsTo reports whether token k can govern an infinitive: a verb, an adjective or
// a noun of intent ("refused to", "ready to", "plans to").
func (v *view) governsTo(k int) bool {
	t, w := v.tag(k), v.low[k]
	if _, ok := v.mention(k); ok {
		return false
	}
	return strings.HasPrefix(t, "VB") || strings.HasPrefix(t, "JJ") || lexicon.Words.Planned[w] || lexicon.Words.Hypothetical[w] ||
		lexicon.Words.Blockers[w] || w == "agreed"
}

// eventStatus says whether the verb trigger at i, whose verb group starts at j, is
// asserted. What the tree says of it (treeStatus), negators, blocking verbs ("refused
// to"), future and modal cues in the verb group, a condition opening the clause, or a
// question make it not so.
func (v *view) eventStatus(j, i int) status {
	st := v.treeStatus(i)
	for k := j; k < i; k++ {
		st = worse(st, v.cue(k))
	}
	if st == happened && strings.HasSuffix(v.s.Text, "?") {
		st = hypothetical
	}
	if st == happened && v.word(j-1) == "to" && !lexicon.Words.Asserting[v.word(j-2)] {
		// an infinitive no verb governs ("a deadline to strike a deal", "efforts to reach")
		st = hypothetical
	}
	if st == happened && v.conditional(j) {
		st = hypothetical
	}
	if st == happened && !strings.HasPrefix(v.tag(i), "VBD") && !strings.HasPrefix(v.tag(i), "VBN") {
		for k := i + 1; k < v.n() && k < i+8; k++ {
			if v.low[k] == "," || v.low[k] == "." {
				break
			}
			if lexicon.Words.Later[v.low[k]] {
				st = planned
			}
		}
	}
	return st
}

// cue classifies a single word of a verb group or of a noun's context.
func (v *view) cue(k int) status {
	w := v.low[k]
	switch {
	case lexicon.Words.Negators[w] || lexicon.Words.Blockers[w] || lexicon.Words.Cancel[w]:
		return negated
	case lexicon.Words.Planned[w]:
		return planned
	case lexicon.Words.Hypothetical[w]:
		return hypothetical
	case w == "to" && k > 0 && !lexicon.Words.Asserting[v.low[k-1]]:
		// an event governed by another verb ("seemed to agree", "agreed to meet") is not
		// itself stated as having happened.
		if lexicon.Words.Planned[v.low[k-1]] || v.low[k-1] == "agreed" || v.low[k-1] == "agree" {
			return planned
		}
		return hypothetical
	}
	return happened
}

// worse returns the status that asserts less: negated beats planned beats hypothetical.
func worse(a, b status) status {
	rank := map[status]int{happened: 0, hypothetical: 1, planned: 2, negated: 3}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

// conditional reports whether the clause holding token j opens with a condition ("if",
// "unless", "whether") between the last clause boundary and j.
func (v *view) conditional(j int) bool {
	for k := j - 1; k >= 0; k-- {
		w := v.low[k]
		if lexicon.Words.Clause[w] {
			return true
		}
		if w == ";" || w == "\"" || w == "but" {
			return false
		}
		if clauseAfterComma[w] && v.word(k-1) == "," {
			// "..., as the two ended their talks": a clause of its own, not the condition's
			return false
		}
	}
	return false
}

// clauseAfterComma are the conjunctions that, after a comma, open a clause a condition
// before them does not govern.
var clauseAfterComma = lexicon.WordSet{"as": true, "when": true, "while": true, "after": true, "before": true,
	"though": true, "although": true, "whereas": true}

// nounStatus says whether a meeting or agreement named by the noun at i is asserted:
// "no talks", "talks are scheduled", "plans for talks", "ahead of talks", "the talks
// were cancelled" are not; "held talks" is.
func (v *view) nounStatus(i int) status {
	st := v.nounTreeStatus(i)
	// left: the words of the phrase and the verb group governing it
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := v.low[k]
		if w == "," || w == ";" {
			break
		}
		if _, ok := v.mention(k); ok || w == "\"" || w == "'" {
			continue
		}
		if w == "ahead" || w == "for" && k > 0 && (lexicon.Words.Planned[v.low[k-1]] || lexicon.Words.Hypothetical[v.low[k-1]] || strings.HasPrefix(v.low[k-1], "call")) {
			st = worse(st, planned)
		}
		if lexicon.Words.Later[w] {
			// "the upcoming meeting", "next week's talks"
			st = worse(st, planned)
		}
		if t := v.tag(k); lexicon.Words.Negators[w] || strings.HasPrefix(t, "VB") || t == "MD" || t == "TO" || strings.HasPrefix(t, "JJ") {
			// nouns of the phrase ("press conference") are not cues
			st = worse(st, v.cue(k))
		}
	}
	// right: "talks ... are scheduled", "were called off"
	for k := i + 1; k < v.n() && k <= i+10; k++ {
		w := v.low[k]
		if w == ";" || w == "." || w == "but" || w == "though" || w == "although" || w == "and" && v.word(k-1) == "," {
			break
		}
		if w == "without" {
			// "the talks ended without a deal": what is missing is the deal, not the talks
			break
		}
		if lexicon.Words.Negators[w] || lexicon.Words.Cancel[w] || lexicon.Words.Planned[w] || lexicon.Words.Clause[w] || (lexicon.Words.Hypothetical[w] && v.tag(k) == "MD") {
			st = worse(st, v.cue(k))
		}
		if w == "off" && v.word(k-1) == "called" {
			st = worse(st, negated)
		}
	}
	if st == happened && (strings.HasSuffix(v.s.Text, "?") || v.conditional(i)) {
		st = hypothetical
	}
	return st
}
