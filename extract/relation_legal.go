package extract

import "strings"

// legalNoun: "A issued a warrant for B on charges of C", "A announced indictments of B
// for C", "A filed a lawsuit against B over C": the maker of the legal accusation is
// the party of the verb that governs the noun.
func (v *view) legalNoun(i int) []found {
	if !lex.legalNoun[v.low[i]] {
		return nil
	}
	prep := v.word(i + 1)
	if prep != "for" && prep != "of" && prep != "against" {
		return nil
	}
	gov := -1
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if v.ment[k] < 0 && strings.HasPrefix(v.tag(k), "VB") {
			gov = k
			break
		}
		if t := v.tag(k); t != "DT" && !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") && t != "CD" {
			return nil
		}
	}
	if gov < 0 {
		return nil
	}
	src, st, _ := v.accuser(gov)
	if len(src) == 0 && v.word(gov-1) == "and" {
		// "A requested that B stand trial and issued a warrant": the sentence's first party
		src = v.firstActor(0, gov)
	}
	targets, after := v.objects(i+2, 6, targetStop)
	if len(src) == 0 || len(targets) == 0 {
		return nil
	}
	p := -1
	for k := after; k < v.n() && k <= after+4; k++ {
		if w := v.low[k]; w == "for" || w == "on" || w == "over" {
			p = k
			break
		}
		if v.low[k] == "," || v.low[k] == ";" || strings.HasPrefix(v.tag(k), "VB") {
			break
		}
	}
	if p < 0 {
		return nil
	}
	claim, _ := v.claimFrom(p + 1)
	if claim == "" {
		return nil
	}
	return v.accusations("legal-noun", st, src, targets, claim)
}

// labelled: "A labelled B a sponsor of terrorism", "A branded B as the aggressor": the
// label is what B is accused of being.
func (v *view) labelled(i int) []found {
	targets, after := v.objects(i+1, 2, targetStop)
	if len(targets) == 0 {
		return nil
	}
	if m, ok := v.mention(i + 1); ok {
		if _, isPerson := v.personAfter(m); !isPerson && m.Start != i+1 {
			return nil
		}
	}
	if v.word(after) == "as" {
		after++
	}
	if w := v.word(after); w != "a" && w != "an" && w != "the" && w != "\"" {
		return nil
	}
	src, st, _ := v.accuser(i)
	if len(src) == 0 {
		return nil
	}
	claim, _ := v.claimFrom(after)
	if claim == "" {
		return nil
	}
	return v.accusations("labelled", st, src, targets, claim)
}

// heldResponsible: "A held B responsible for C", "A considers B guilty of C".
func (v *view) heldResponsible(i int) []found {
	targets, after := v.objects(i+1, 3, targetStop)
	if len(targets) == 0 {
		return nil
	}
	k := after
	if strings.HasPrefix(v.tag(k), "RB") {
		k++
	}
	if !lex.responsible[v.word(k)] {
		return nil
	}
	if p := v.word(k + 1); p != "for" && p != "of" {
		return nil
	}
	src, st, _ := v.accuser(i)
	if len(src) == 0 {
		return nil
	}
	claim, _ := v.claimFrom(k + 2)
	if claim == "" {
		return nil
	}
	return v.accusations("held-responsible", st, src, targets, claim)
}
