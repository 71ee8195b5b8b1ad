package relations

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
)

// denied finds denials in the sentence. prior holds the relations found before it, from
// which a denial of "the accusations" takes the claim it answers.
func (v *view) denied(prior []Found) []Found {
	var out []Found
	for i := 0; i < v.n(); i++ {
		w := v.low[i]
		if _, ok := v.mention(i); ok {
			continue
		}
		if !v.verb(i) {
			continue
		}
		switch {
		case lexicon.Words.Dispute[w]:
			out = append(out, v.disputedThis(i, prior)...)
		case lexicon.Words.Term[w]:
			out = append(out, v.termedFalse(i, prior)...)
		}
	}
	for i := 1; i+2 < v.n(); i++ {
		if lexicon.Words.Reporting[v.low[i]] && strings.HasPrefix(v.tag(i), "VB") && v.ment[i] < 0 {
			out = append(out, v.saidFalse(i)...)
		}
	}
	return out
}

// answeredHere resolves what a denial of "the accusation" at token i answers: an
// accusation made earlier in the sentence, a statement reported before the denial ("B
// breached the truce, A said, but B denied the accusation"), which the denial shows to be
// an accusation by its speaker, an accusation or such a statement in the sentence
// before, or the latest accusation against the denier. extra holds the accusations
// found in reported statements.
func (v *view) answeredHere(i int, src []string, prior []Found) (claim, target string, extra []Found) {
	for k := len(prior) - 1; k >= 0; k-- {
		r := prior[k].rel
		if r.Sentence != v.s.Index {
			break
		}
		if r.Type == diplograph.Accused && prior[k].status != negated && !contains(src, r.Source) {
			// (not the denier's own charge in reply: "rejected the accusation and said B
			// had entered its waters illegally")
			return r.Claim, r.Target, nil
		}
	}
	if acc := v.reportedAccusation(v.verbGroupStart(i), src); len(acc) > 0 {
		return acc[0].rel.Claim, acc[0].rel.Target, acc
	}
	if c := recentAccusation(prior, v.s.Index); c != "" {
		return c, "", nil
	}
	if v.pos > 0 && v.all[v.pos-1].Index >= 0 {
		pv := newView(v.doc, v.all, v.pos-1)
		if acc := pv.reportedAccusation(pv.n(), src); len(acc) > 0 {
			return acc[0].rel.Claim, acc[0].rel.Target, acc
		}
	}
	claim, target = answered(prior, src[0])
	return claim, target, nil
}

// answered returns the claim and accuser of the latest accusation against party, or of
// the latest accusation at all, for a denial that names no content of its own.
func answered(prior []Found, party string) (string, string) {
	for i := len(prior) - 1; i >= 0; i-- {
		r := prior[i].rel
		if r.Type == diplograph.Accused && r.Target == party {
			return r.Claim, r.Target
		}
	}
	for i := len(prior) - 1; i >= 0; i-- {
		r := prior[i].rel
		if r.Type == diplograph.Accused {
			return r.Claim, r.Target
		}
	}
	return "", ""
}

// disputedThis: "C, although A disputes this", "C. A denies it.": the claim is the clause
// or sentence before.
func (v *view) disputedThis(i int, prior []Found) []Found {
	obj := v.word(i + 1)
	if obj != "this" && obj != "that" && obj != "it" {
		return nil
	}
	if next := v.word(i + 2); next != "" && next != "." && next != "," && next != ";" {
		return nil
	}
	src, st, j := v.accuser(i)
	if len(src) == 0 {
		return nil
	}
	var claim string
	if c := v.find(0, j, lexicon.WordSet{",": true, ";": true}); c > 0 {
		claim = v.span(0, c)
	} else if c := recentAccusation(prior, v.s.Index); c != "" {
		// "A accused B of C. B denied this.": the accusation is what is denied
		claim = c
	} else if v.pos > 0 && v.all[v.pos-1].Index >= 0 {
		pv := newView(v.doc, v.all, v.pos-1)
		if acc := pv.reportedAccusation(pv.n(), src); len(acc) > 0 {
			// "A said B had done C. B denied this.": the statement was an accusation
			return append(acc, v.emit(diplograph.Denied, "disputed-this", st, src[0], "", nil, acc[0].rel.Claim))
		}
		claim = reportedContent(pv)
	}
	if claim == "" {
		return nil
	}
	return []Found{v.emit(diplograph.Denied, "disputed-this", st, src[0], "", nil, claim)}
}

// recentAccusation returns the claim of the latest accusation made in the sentence
// before sentence index, or "".
func recentAccusation(prior []Found, index int) string {
	for i := len(prior) - 1; i >= 0; i-- {
		r := prior[i].rel
		if r.Sentence < index-1 {
			break
		}
		if r.Type == diplograph.Accused && r.Sentence == index-1 && prior[i].status != negated {
			return r.Claim
		}
	}
	return ""
}

// reportedContent returns what a sentence reports ("A said C" gives C), or the whole
// sentence when it reports nothing.
func reportedContent(p *view) string {
	for k := 0; k < p.n(); k++ {
		if lexicon.Words.Reporting[p.low[k]] && strings.HasPrefix(p.tag(k), "VB") && k > 0 {
			if c, _ := p.claimFrom(k + 1); c != "" && k+1 < p.n()/2+k {
				return c
			}
		}
	}
	return strings.TrimRight(p.s.Text, ".!?\"' ")
}

// termedFalse: "A termed the allegations baseless", "A called the reports false": a
// denial of the accusation the description refers back to.
func (v *view) termedFalse(i int, prior []Found) []Found {
	k := i + 1
	if w := v.word(k); w == "the" || w == "these" || w == "those" || w == "such" || w == "all" || w == "this" {
		k++
	}
	for n := 0; n < 2 && strings.HasPrefix(v.tag(k), "JJ") && !lexicon.Words.Falsity[v.word(k)]; n++ {
		k++
	}
	if !lexicon.Words.ClaimNoun[v.word(k)] {
		return nil
	}
	f := k + 1
	if v.word(f) == "as" {
		f++
	}
	for n := 0; n < 2 && (v.word(f) == "\"" || strings.HasPrefix(v.tag(f), "RB")); n++ {
		f++
	}
	if !lexicon.Words.Falsity[v.word(f)] {
		return nil
	}
	src, st, _ := v.accuser(i)
	if len(src) == 0 {
		return nil
	}
	claim, target, out := v.answeredHere(i, src, prior)
	if claim == "" {
		return nil
	}
	for _, s := range src {
		out = append(out, v.emit(diplograph.Denied, "termed-false", st, s, target, nil, claim))
	}
	return out
}

// saidFalse: "A said the report was false", "A tweeted that the reports were untrue": a
// denial of what the report said, told in one of the sentences before ("a report said
// C" gives C). Without such a sentence nothing is found.
func (v *view) saidFalse(k int) []Found {
	from := v.afterSetting(k+1, v.n())
	if v.word(from) == "that" {
		from++
	}
	x := from
	if w := v.word(from); w == "the" || w == "these" || w == "those" || w == "such" || w == "this" {
		x++
	} else if !strings.HasSuffix(w, "s") {
		// a bare noun only in the plural: "claims that C were absurd"
		return nil
	}
	for n := 0; n < 4 && x < v.n() && !lexicon.Words.ClaimNoun[v.low[x]] && (strings.HasPrefix(v.tag(x), "NN") || strings.HasPrefix(v.tag(x), "JJ") || v.ment[x] >= 0); n++ {
		x++
	}
	if !lexicon.Words.ClaimNoun[v.word(x)] {
		return nil
	}
	noun := v.low[x]
	// the copula, right after the noun or after what the noun says ("claims that C were
	// absurd", "reports of C were lies")
	be, content := x+1, ""
	if w := v.word(x + 1); !isBe(w) && (w == "that" || w == "of") {
		for y := x + 2; y < v.n() && y <= x+25; y++ {
			if isBe(v.low[y]) {
				be, content = y, v.span(x+2, y)
				break
			}
		}
	}
	if !isBe(v.word(be)) {
		return nil
	}
	f := be + 1
	for f < v.n() && (strings.HasPrefix(v.tag(f), "RB") && !lexicon.Words.Negators[v.low[f]] || v.low[f] == "\"") {
		f++
	}
	if !lexicon.Words.Falsity[v.word(f)] {
		return nil
	}
	src, st, _ := v.accuser(k)
	if len(src) == 0 {
		return nil
	}
	claim, target := content, ""
	for p := v.pos - 1; p >= 0 && p >= v.pos-3 && claim == ""; p-- {
		if v.all[p].Index < 0 {
			break
		}
		claim = reportSaid(newView(v.doc, v.all, p), noun)
	}
	if claim == "" {
		// "A accused B of C. B said the accusation was false."
		claim, target = answered(v.prior, src[0])
	}
	if claim == "" {
		return nil
	}
	var out []Found
	for _, s := range src {
		out = append(out, v.emit(diplograph.Denied, "said-false", st, s, target, nil, claim))
	}
	return out
}

// reportSaid returns what the claim noun (a "report") says in the sentence: "a report
// ... said C" gives C, or "".
func reportSaid(p *view, noun string) string {
	for k := 0; k < p.n(); k++ {
		if p.low[k] != noun {
			continue
		}
		for r := k + 1; r < p.n() && r <= k+20; r++ {
			if lexicon.Words.Reporting[p.low[r]] && strings.HasPrefix(p.tag(r), "VB") {
				from := p.afterSetting(r+1, p.n())
				if p.word(from) == "that" {
					from++
				}
				c, _ := p.claimFrom(from)
				return c
			}
		}
	}
	return ""
}
