package relations

import (
	"github.com/diplograph/diplograph/extract/lexicon"
	"strings"
	"unicode"
)

// maxClaimTokens bounds a claim: the scorer and the reader both want the content, not the
// rest of the sentence.
const maxClaimTokens = 40

// claimEnd returns the token after the claim that starts at from: the claim runs to the
// end of its clause, and stops before an attribution (", the ministry said"), a quotation
// mark, a semicolon or dash, or a new clause joined by ", but" / ", while".
func (v *view) claimEnd(from int) int {
	quoted := false
	for k := 0; k < from && k < v.n(); k++ {
		if v.low[k] == "\"" {
			quoted = !quoted
		}
	}
	k := from
	for ; k < v.n() && k-from < maxClaimTokens; k++ {
		w := v.low[k]
		if k-from >= 3 && claimSubordinators[w] || k-from >= 2 && w == "but" {
			return k
		}
		switch w {
		case "\"":
			// the end of a quotation the claim sits in ends the claim; a quoted phrase
			// inside the claim is part of it
			if quoted {
				return k
			}
		case "-", "--", "\u2014", "\u2013":
			if c := v.closingDash(k); c > 0 && k > from {
				// "that the money - part of a plan - is state aid": a phrase set off
				k = c
				continue
			}
			return k
		case ";", ":", "(", "[":
			return k
		case ".", "?", "!":
			if k == v.n()-1 || v.word(k+1) == "\"" || k > from && k+1 < v.n() && startsUpper(v.s.Tokens[k+1].Text) {
				// the end of the sentence, of a quotation, or of one sentence of a quotation
				// that goes on ("... any knowledge of it. He didn't know")
				return k
			}
		case ",":
			next := v.word(k + 1)
			if next == "but" || next == "while" || next == "whereas" || next == "although" || next == "though" ||
				next == "which" || next == "saying" || next == "according" || next == "adding" || next == "as" ||
				next == "and" && (v.attributionAhead(k+2) || strings.HasPrefix(v.tag(k+2), "VB") || lexicon.Words.Reporting[v.word(k+2)]) {
				return k
			}
			if v.attributionAhead(k+1) || (next == "a" || next == "an") && remarkNouns[lemmaOf(v.word(k+2))] {
				// ", the ministry said"; ", a charge B denies"
				return k
			}
			if k-from >= 2 && v.newClauseAt(k+1) {
				// "..., it committed C": the main clause after a subordinate one
				return k
			}
			if strings.HasPrefix(v.tag(k+1), "VB") && v.ment[min(k+1, v.n()-1)] < 0 && k-from >= 2 {
				// ", calling the charge a fabrication": a participle of the main clause
				return k
			}
			if k-from >= 8 && next != "and" && next != "or" {
				// a long claim ends at its first clause; what follows is its circumstance
				return k
			}
		case "and":
			if k-from >= 2 && v.word(k+1) == "that" {
				// "... had abused C and that B had failed D": a second reported clause
				return k
			}
			next := k + 1
			if strings.HasPrefix(v.tag(next), "RB") {
				// "... and also said"
				next++
			}
			if t := v.tag(next); k-from >= 2 && (t == "VBD" || t == "VBZ") && v.ment[next] < 0 {
				// "... and said", "... and called for": a second predicate of the subject
				return k
			}
			if k-from >= 2 && v.newClauseAt(k+1) {
				// "... signed a deal and the two countries restored ties": a second clause
				return k
			}
		case "according":
			if v.word(k+1) == "to" {
				return k
			}
		case "to":
			// "... a deal for a truce with B to end the conflict": after a long claim, an
			// infinitive after a party or an agreement gives its purpose, not its content
			if k-from >= 8 && v.tag(k+1) == "VB" && (v.ment[k-1] >= 0 || lexicon.Words.Deal[v.low[k-1]]) {
				return k
			}
		case "during":
			// "... during phone talks": the occasion of the claim, not its content
			if k-from >= 2 && v.find(k+1, k+5, lexicon.Words.MeetNoun) >= 0 {
				return k
			}
		}
		if lexicon.Words.Reporting[w] && strings.HasPrefix(v.tag(k), "VB") && k > from && v.attributionBefore(k) {
			return k
		}
	}
	return k
}

// claimSubordinators open a clause that is the circumstance of a claim, not its content
// ("... had broken down after talks failed").
var claimSubordinators = lexicon.WordSet{"after": true, "before": true, "because": true, "while": true, "when": true,
	"although": true, "though": true, "since": true, "despite": true, "amid": true, "until": true, "unless": true,
	"whereas": true, "following": true}

// attributionAhead reports whether the tokens from k are an attribution: a few words
// ending in a reporting verb ("the ministry said", "he told reporters").
func (v *view) attributionAhead(k int) bool {
	for x := k; x < v.n() && x < k+7; x++ {
		if lexicon.Words.Reporting[v.low[x]] && strings.HasPrefix(v.tag(x), "VB") {
			return true
		}
		if v.low[x] == "," || v.low[x] == "." || strings.HasPrefix(v.tag(x), "VB") && !lexicon.Words.Reporting[v.low[x]] {
			return false
		}
	}
	return false
}

// attributionBefore reports whether the reporting verb at k has its own subject right
// before it ("... Russia was behind it Lavrov said"), which ends a claim without a comma.
func (v *view) attributionBefore(k int) bool {
	m, ok := v.mention(k - 1)
	return ok && isActor(m) && m.Type == "Person"
}

// newClauseAt reports whether a clause with its own subject starts at token k: a
// determiner or pronoun, at most three more words of a noun phrase, then a finite verb
// ("the two countries restored", "they signed").
func (v *view) newClauseAt(k int) bool {
	t := v.tag(k)
	if t != "DT" && t != "PRP" && t != "CD" {
		return false
	}
	for x := k + 1; x < v.n() && x <= k+4; x++ {
		switch tx := v.tag(x); {
		case tx == "VBD" || tx == "VBZ" || tx == "VBP" || tx == "MD":
			return x > k+1 || t == "PRP"
		case strings.HasPrefix(tx, "NN") || strings.HasPrefix(tx, "JJ") || tx == "CD":
		default:
			return false
		}
	}
	return false
}

// timeWords are words of a time expression that is the circumstance of a claim, not its
// content: "on Tuesday", "four months ago", "last week".
var timeWords = lexicon.WordSet{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true, "on": true}

// agoUnits are the units of "N units ago".
var agoUnits = lexicon.WordSet{"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "decade": true, "decades": true, "hours": true}

// span returns the sentence text of tokens [from, to), trimmed of a leading "that", of a
// leading day ("Tuesday to restore ties"), of a trailing "N months ago" and of
// punctuation at either end.
func (v *view) span(from, to int) string {
	for from < to && (v.low[from] == "that" || v.low[from] == "," || v.low[from] == "\"" ||
		timeWords[v.low[from]] && from+1 < to && (v.low[from] != "on" || timeWords[v.low[from+1]])) {
		from++
		if timeWords[v.low[from-1]] && v.low[from] == "to" && v.tag(from+1) == "VB" {
			// "agreed Tuesday to restore ties": the infinitive's content, without "to"
			from++
		}
	}
	for to > from && (strings.ContainsAny(v.low[to-1], ",.;:\"'") && len(v.low[to-1]) <= 2 && v.low[to-1] != "'s" ||
		trailingJoins[v.low[to-1]]) {
		// punctuation, and a conjunction left before what the claim leaves out
		to--
	}
	if to-from > 3 && v.low[to-1] == "ago" && agoUnits[v.low[to-2]] {
		// "... signed a peace agreement four months ago"
		to -= 2
		for to > from+1 && (v.tag(to-1) == "CD" || v.low[to-1] == "a" || v.low[to-1] == "few" || v.low[to-1] == "several" || v.low[to-1] == "nearly" || v.low[to-1] == "about") {
			to--
		}
	}
	if from >= to {
		return ""
	}
	return strings.TrimSpace(v.s.Text[v.s.Tokens[from].Start:v.s.Tokens[to-1].End])
}

// trailingJoins are the words that join a claim to what follows it and never end one.
var trailingJoins = lexicon.WordSet{"and": true, "but": true, "or": true}

// claimFrom returns the claim that starts at token from, and the token after it.
func (v *view) claimFrom(from int) (string, int) {
	end := v.claimEnd(from)
	return v.span(from, end), end
}

// startsUpper reports whether w begins with a capital letter.
func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// closingDash returns the dash that closes the phrase the dash at k opens, within a few
// words and before the sentence ends, or -1.
func (v *view) closingDash(k int) int {
	for x := k + 2; x < v.n()-1 && x <= k+12; x++ {
		if v.low[x] == v.low[k] {
			return x
		}
		if v.low[x] == "." || v.low[x] == ";" {
			return -1
		}
	}
	return -1
}
