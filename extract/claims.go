package extract

import "strings"

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
		case ";", "--", "\u2014", "\u2013", ":", "(", "[":
			return k
		case ".", "?", "!":
			if k == v.n()-1 || v.word(k+1) == "\"" {
				return k
			}
		case ",":
			next := v.word(k + 1)
			if next == "but" || next == "while" || next == "whereas" || next == "although" || next == "though" ||
				next == "which" || next == "saying" || next == "according" || next == "adding" || next == "as" ||
				next == "and" && (v.attributionAhead(k+2) || strings.HasPrefix(v.tag(k+2), "VB") || lex.reporting[v.word(k+2)]) {
				return k
			}
			if v.attributionAhead(k + 1) {
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
			if t := v.tag(k + 1); k-from >= 2 && (t == "VBD" || t == "VBZ") && v.ment[k+1] < 0 {
				// "... and said", "... and called for": a second predicate of the subject
				return k
			}
		case "according":
			if v.word(k+1) == "to" {
				return k
			}
		case "to":
			// "... a deal for a truce with B to end the conflict": after a long claim, an
			// infinitive after a party or an agreement gives its purpose, not its content
			if k-from >= 8 && v.tag(k+1) == "VB" && (v.ment[k-1] >= 0 || lex.deal[v.low[k-1]]) {
				return k
			}
		case "during":
			// "... during phone talks": the occasion of the claim, not its content
			if k-from >= 2 && v.find(k+1, k+5, lex.meetNoun) >= 0 {
				return k
			}
		}
		if lex.reporting[w] && strings.HasPrefix(v.tag(k), "VB") && k > from && v.attributionBefore(k) {
			return k
		}
	}
	return k
}

// claimSubordinators open a clause that is the circumstance of a claim, not its content
// ("... had broken down after talks failed").
var claimSubordinators = wordSet{"after": true, "before": true, "because": true, "while": true, "when": true,
	"although": true, "though": true, "since": true, "despite": true, "amid": true, "until": true, "unless": true,
	"whereas": true, "following": true}

// attributionAhead reports whether the tokens from k are an attribution: a few words
// ending in a reporting verb ("the ministry said", "he told reporters").
func (v *view) attributionAhead(k int) bool {
	for x := k; x < v.n() && x < k+7; x++ {
		if lex.reporting[v.low[x]] && strings.HasPrefix(v.tag(x), "VB") {
			return true
		}
		if v.low[x] == "," || v.low[x] == "." || strings.HasPrefix(v.tag(x), "VB") && !lex.reporting[v.low[x]] {
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

// span returns the sentence text of tokens [from, to), trimmed of a leading "that" and of
// punctuation at either end.
func (v *view) span(from, to int) string {
	for from < to && (v.low[from] == "that" || v.low[from] == "," || v.low[from] == "\"") {
		from++
	}
	for to > from && strings.ContainsAny(v.low[to-1], ",.;:\"'") && len(v.low[to-1]) <= 2 && v.low[to-1] != "'s" {
		to--
	}
	if from >= to {
		return ""
	}
	return strings.TrimSpace(v.s.Text[v.s.Tokens[from].Start:v.s.Tokens[to-1].End])
}

// claimFrom returns the claim that starts at token from, and the token after it.
func (v *view) claimFrom(from int) (string, int) {
	end := v.claimEnd(from)
	return v.span(from, end), end
}
