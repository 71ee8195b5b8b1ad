package relations

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/parse"
)

// Relations read from the dependency tree: the patterns of patterns/*.patterns, and
// wrongful acts named as nouns ("A condemned B's aggression").

// wrongfulNoun are the nouns of wrongful acts whose author can be named by a modifier:
// "Russian aggression", "B's interference".
var wrongfulNoun = mustLoadWordFile("patterns/wrongful-nouns.txt")

// speechVerbs are the lemmas of verbs that report what someone says.
var speechVerbs = mustLoadWordFile("patterns/speech.txt")

// stanceVerbs are the verbs by which an actor takes a stand against a wrongful act named
// as a noun: "condemned B's aggression", "urged others to stand up to B's aggression".
var stanceVerbs = mustLoadWordFile("patterns/stance.txt")

// treeAccusations finds the accusations the patterns of type ACCUSED match, and those
// made by reported speech.
func (v *view) treeAccusations() []Found {
	var out []Found
	matches := matchPatterns(v.s, v.low, diplograph.Accused)
	triggers := map[int]bool{}
	for _, m := range matches {
		triggers[m.trigger] = true
	}
	for _, m := range matches {
		m.claims = v.withoutAffiliation(m)
		st := v.treeStatus(m.trigger)
		if h := v.s.Tokens[m.trigger].Head; m.pattern.demand && h >= 0 {
			// "A said B must stop C": C is what B does now, whatever B must do
			st = v.treeStatus(h)
		}
		sources := v.claimants(m.source)
		targets := v.actorsOf(m.target)
		if len(m.target) == 1 && eachOther(v, m.target[0]) {
			// "A and B accused each other of C"
			targets = sources
		} else if len(m.target) == 1 && len(targets) == 1 && contains(sources, targets[0]) {
			// "B denied A's claims that it did C": a pronoun the accuser cannot be
			if id := v.pronounBesides(m.target[0], sources); id != "" {
				targets = []string{id}
			}
		}
		for _, c := range m.claims {
			if m.pattern.wrongful && (!v.wrongfulAct(c) || v.saysNot(c)) || m.pattern.said && (!v.clauseHead(c) || hasMarker(v.s, c, likeness)) {
				// "A said B did not shell the town" accuses no one, nor does a comparison
				// ("as B calls its raids")
				continue
			}
			if m.pattern.wrongful && triggers[c] {
				// "A said B was responsible for C": the claim's own pattern reads it
				continue
			}
			cst := st
			if m.pattern.wrongful && c != m.trigger && !m.pattern.demand {
				// "A said B may have shelled the town" accuses no one yet
				cst = worse(st, v.treeStatus(c))
			}
			if m.pattern.said {
				cst = worse(cst, v.statementMood(m.trigger, c))
			}
			if containsToken(m.target, c) && (v.namesActor(c) || c != m.claims[len(m.claims)-1]) {
				// "A labelled B a sponsor of C": the second object is the claim
				continue
			}

			claimTargets := targets
			if m.pattern.said {
				// the accused is the one the statement is about: "A says B behaves well and
				// C is obstructing D" does not accuse B
				var in []int
				for _, t := range m.target {
					if sufferVerbs[v.low[c]] && v.s.Tokens[t].Head == c && relMatches(v.s.Tokens[t].Dep, "nsubj") {
						// "A said B suffered because of C": B suffered it
						continue
					}
					if v.argumentOf(t, c) {
						in = append(in, t)
					}
				}
				claimTargets = v.actorsOf(in)
			}
			if m.pattern.wrongful && v.sameState(statement{speaker: sources, actor: claimTargets}) {
				// "the ministry said its forces killed C": a state telling of its own acts
				continue
			}
			outside := v.outsideClaim(c, m.target, m.source)
			claimHead := c
			if m.pattern.said && (v.low[c] == "blame" || v.low[c] == "responsible") {
				// "A said B was to blame for C", "... responsible for C": C is the claim
				if f := follow(v.s, c, treePath{{rel: "obl", words: lexicon.WordSet{"for": true}}}); len(f) > 0 {
					claimHead = f[0]
					for _, x := range v.s.Children(f[0]) {
						if v.s.Tokens[x].Dep == "case" {
							outside[x] = true
						}
					}
				}
			}
			if m.pattern.said {
				v.leaveOutOfStatement(outside, c, m.target)
			}
			if !descendsFrom(v.s, c, m.trigger) {
				// "the girl, who he said was shot by B": the saying inside the claim
				for _, x := range subtreeTokens(v.s, m.trigger, nil) {
					outside[x] = true
				}
				if r := v.renamed(c); r >= 0 && v.s.Tokens[m.trigger].Head == c {
					// "hacking the ministry, an attack A blamed on B": the act the noun
					// renames
					for _, x := range subtreeTokens(v.s, c, nil) {
						outside[x] = true
					}
					claimHead = r
				}
			}
			for _, claim := range v.claimsAt(claimHead, outside) {
				out = append(out, v.accusations("tree:"+m.pattern.name, cst, sources, claimTargets, claim)...)
			}
		}
	}
	return append(out, v.wrongfulNouns()...)
}

// withoutAffiliation returns the claims of an accusation without a phrase set off by
// commas right after the accused, which says who the accused is ("accused B, of the C
// newspaper, of doorstepping him"): the claim is then the next one the pattern reaches.
func (v *view) withoutAffiliation(m treeMatch) []int {
	if len(m.claims) != 1 || len(m.target) == 0 {
		return m.claims
	}
	c := m.claims[0]
	start, end := v.s.Subtree(c)
	_, tEnd := v.s.Subtree(m.target[0])
	if v.low[start] == "," {
		start++
	}
	if start != tEnd+1 || v.word(tEnd) != "," || v.word(end-1) != "," && v.word(end) != "," {
		return m.claims
	}
	for _, p := range m.pattern.claim {
		for _, t := range follow(v.s, m.trigger, p) {
			if t > m.trigger && t != c {
				return []int{t}
			}
		}
	}
	return m.claims
}

// outsideClaim returns the tokens of the accused's phrase that are not part of the
// claim headed by c: "A blamed the collapse of C on B" leaves "on B" out, while an
// accused named inside the claim stays in it ("that B had funded C", "B's tests"); the
// accuser is always left out.
func (v *view) outsideClaim(c int, targets, sources []int) map[int]bool {
	inClaim := map[int]bool{}
	for _, x := range subtreeTokens(v.s, c, nil) {
		inClaim[x] = true
	}
	out := map[int]bool{}
	for _, a := range sources {
		// the accuser is never part of the claim: "B was accused of C by A"
		if a != c && inClaim[a] {
			for _, x := range subtreeTokens(v.s, a, nil) {
				out[x] = true
			}
		}
	}
	for _, t := range targets {
		if t == c {
			// "A put the blame on B's recklessness": the target phrase is the claim
			continue
		}
		if d := v.s.Tokens[t].Dep; inClaim[t] && (d == "nmod:poss" || relMatches(d, "nsubj") || d == "obl:agent" || d == "amod" || d == "compound" ||
			d == "nmod" && orderNouns[lemmaOf(v.low[v.s.Tokens[t].Head])] || v.causeOf(t, v.s.Tokens[t].Head)) {
			// the accused named inside the claim: "B's missile tests", "that B had funded C",
			// "C was killed on the orders of B", "C died because of B"
			continue
		}
		for _, x := range subtreeTokens(v.s, t, nil) {
			if !inClaim[x] || x == t {
				out[x] = true
			}
		}
	}
	return out
}

// namesActor reports whether token k is itself the name of an actor or a pronoun, not a
// noun whose modifier names one ("B's recklessness").
func (v *view) namesActor(k int) bool {
	if m, ok := v.mention(k); ok && (isActor(m) || m.Type == diplograph.TypeCountry) {
		return true
	}
	if lexicon.Words.Office[v.low[k]] || v.low[k] == "counterpart" {
		// "the Italian finance minister Domenico Siniscalco", the name in apposition
		for _, c := range v.s.Children(k) {
			if v.s.Tokens[c].Dep == "appos" {
				return v.namesActor(c)
			}
		}
	}
	return strings.HasPrefix(v.s.Tokens[k].Tag, "PRP")
}

// quoteSpeaker returns the person who says the clause token k stands in: the subject of
// the verb of saying the clause is the complement of ("“I agreed,” B said"), or "".
func (v *view) quoteSpeaker(k int) string {
	for a, below := v.s.Tokens[k].Head, k; a >= 0; a, below = v.s.Tokens[a].Head, a {
		if !speechVerbs[lemmaOf(v.low[a])] || !relMatches(v.s.Tokens[below].Dep, "ccomp") && v.s.Tokens[below].Dep != "parataxis" {
			continue
		}
		for _, c := range v.s.Children(a) {
			if v.s.Tokens[c].Dep != "nsubj" {
				continue
			}
			if m, ok := v.mention(c); ok && m.Type == diplograph.TypePerson && isActor(m) {
				return m.Entity
			}
			if lexicon.Words.PersonPron[v.low[c]] {
				// "..., he said"
				return v.pronoun(c)
			}
		}
		return ""
	}
	return ""
}

// claimants returns the actors the source tokens of an accusation or a denial stand
// for. "We" in a quotation is its speaker, who says it for those he speaks for ("“We
// believe B did C,” Berg said"); for a meeting or an agreement "we" is more than him.
func (v *view) claimants(toks []int) []string {
	if len(toks) == 1 {
		if k := toks[0]; v.low[k] == "we" && relMatches(v.s.Tokens[k].Dep, "nsubj") && v.inQuotation(k) {
			if id := v.quoteSpeaker(k); id != "" {
				return []string{id}
			}
		}
	}
	return v.actorsOf(toks)
}

// inQuotation reports whether token k stands between a pair of quotation marks.
func (v *view) inQuotation(k int) bool {
	t := v.s.Tokens[k]
	return parse.InsideQuote(v.s.Text[:t.Start], v.s.Text[t.End:])
}

// helpVerbs are the verbs of helping others do something: their subject is a mediator of
// what the others do.
var helpVerbs = lexicon.WordSet{"help": true, "helped": true, "helps": true, "helping": true, "assist": true,
	"assisted": true, "assists": true, "assisting": true}

// helperSource reports whether the source of an agreement is the subject of a verb of
// helping the agreement hangs from ("B helped forge the ceasefire").
func (v *view) helperSource(m treeMatch) bool {
	h := v.s.Tokens[m.trigger].Head
	if h < 0 || v.s.Tokens[m.trigger].Dep != "xcomp" || !helpVerbs[v.low[h]] {
		return false
	}
	for _, src := range m.source {
		if v.s.Tokens[src].Head == h && relMatches(v.s.Tokens[src].Dep, "nsubj") {
			return true
		}
	}
	return false
}

// dealMakers are the verbs by which a deal named as their object is made.
var dealMakers = lexicon.WordSet{"broker": true, "reach": true, "sign": true, "strike": true, "seal": true,
	"clinch": true, "conclude": true, "announce": true, "finalize": true, "finalise": true, "ink": true, "forge": true,
	"mediate": true, "secure": true}

// treeAgreements finds the agreements the patterns of type AGREED_TO match: every party
// the source and target paths lead to agreed to the claim with the others.
func (v *view) treeAgreements() []Found {
	out := v.hyphenDeals()
	for _, m := range matchPatterns(v.s, v.low, diplograph.AgreedTo) {
		var st status
		switch {
		case strings.HasPrefix(v.s.Tokens[m.trigger].Tag, "NN"):
			st = v.dealStatus(m.trigger)
		case v.hearsay(m.trigger):
			st = worse(v.treeStatus(m.trigger), hypothetical)
		default:
			st = v.treeStatus(m.trigger)
		}
		if v.helperSource(m) {
			// "B and C helped forge the ceasefire": mediators, not parties
			continue
		}
		parties := v.actorsOf(m.source)
		if len(parties) == 0 && len(m.source) > 0 {
			// "Rosneft signed a deal with China": a party the text names but no one knows;
			// the other side alone agreed to nothing
			continue
		}
		if len(parties) == 1 && len(m.target) == 0 && (v.clauseComplement(m.trigger) || v.word(m.trigger+1) == "that") {
			// "A agreed that inclusion creates buyers": an opinion shared, not a deal
			continue
		}
		for _, t := range m.target {
			if v.namesActor(t) {
				// "agreed with B": B itself, not the owner of what is agreed with ("B's plan")
				parties = append(parties, v.actorsOf([]int{t})...)
			}
		}
		parties = uniq(parties)
		if len(parties) == 0 || m.pattern.joint && len(parties) < 2 {
			continue
		}
		outside := map[int]bool{}
		// "agreed with B to C", C read as a modifier of B: B goes, C stays
		claimHeads := map[int]bool{}
		for _, c := range m.claims {
			claimHeads[c] = true
		}
		for i, t := range append(append([]int(nil), m.source...), m.target...) {
			if t == m.trigger || i >= len(m.source) && v.inClaim(t, m.claims) && hasMarker(v.s, t, lexicon.WordSet{"with": true}) {
				// "a deal with B": the other party stays in the claim that names it
				continue
			}
			for _, x := range subtreeTokens(v.s, t, claimHeads) {
				outside[x] = true
			}
		}
		if talks := v.talksOccasion(m.trigger, m.claims); talks >= 0 {
			// "A and B agreed to C during phone talks": C without the talks, which were a
			// meeting of the parties
			for _, x := range subtreeTokens(v.s, talks, nil) {
				outside[x] = true
			}
			if p := uniq(append([]string(nil), parties...)); len(p) == 2 {
				out = append(out, v.pairs("tree:agreed-during-talks", st, p)...)
			}
		}
		for _, c := range m.claims {
			if h := v.s.Tokens[c].Head; containsToken(m.target, h) && stanceObjects[lemmaOf(v.low[h])] {
				// "agreed with B's plan to C": what is agreed with is no party
				continue
			}
			if v.s.Tokens[m.trigger].Head == c {
				// "the roadmap agreed by A and B": the noun without the clause that says who agreed
				for _, x := range subtreeTokens(v.s, m.trigger, nil) {
					outside[x] = true
				}
			}
			if len(parties) < 2 && v.s.Tokens[c].Dep == "ccomp" {
				// "A agreed that C was serious": an opinion, not an agreement
				continue
			}
			cst := worse(worse(st, v.modifierStatus(m.trigger)), v.modifierStatus(c))
			if v.s.Tokens[m.trigger].Head == c && v.s.Tokens[m.trigger].Dep == "acl:relcl" {
				// "this will be the first deal that B has signed": as the deal is
				cst = worse(cst, v.nounTreeStatus(c))
				if v.hasChildRel(c, "cop") {
					cst = worse(cst, v.treeStatus(c))
				}
			}
			if v.deniedContent(m.trigger) {
				// "A dismissed a report that it had reached a deal with B"
				cst = negated
			}
			if v.hasNegatingDet(c) {
				cst = negated
			} else if v.hasChildIn(c, lexicon.WordSet{"any": true}) {
				// "any agreement reached between A and B"
				cst = worse(cst, hypothetical)
			}
			for _, claim := range v.claimAt(c, outside) {
				claim += v.underTerms(c, outside)
				out = append(out, v.agreement("tree:"+m.pattern.name, cst, parties, claim)...)
			}
		}
	}
	return out
}

// underTerms returns, for an agreement c the clause says something happens under ("under
// the roadmap agreed by A and B, the ministers meet monthly"), what happens, after a
// space; else "".
func (v *view) underTerms(c int, outside map[int]bool) string {
	g := v.s.Tokens[c].Head
	if g < 0 || !relMatches(v.s.Tokens[c].Dep, "obl") || !hasMarker(v.s, c, lexicon.WordSet{"under": true}) {
		return ""
	}
	skip := map[int]bool{}
	for x := range outside {
		skip[x] = true
	}
	for _, x := range subtreeTokens(v.s, c, nil) {
		skip[x] = true
	}
	rest := v.claimAt(g, skip)
	if len(rest) == 0 {
		return ""
	}
	return " " + rest[0]
}

// stanceObjects are what one agrees with as an opinion ("agreed with B's plan to C").
var stanceObjects = lexicon.WordSet{"plan": true, "proposal": true, "idea": true, "view": true,
	"assessment": true, "decision": true, "position": true, "approach": true, "suggestion": true,
	"call": true, "demand": true, "move": true, "policy": true, "stance": true, "analysis": true}

// counterpartOffices are the offices a counterpart of a state's official may hold.
var counterpartOffices = []string{"president", "prime minister", "premier", "chancellor", "minister", "secretary", "leader"}

// timeNouns name a time rather than what is agreed.
var timeNouns = lexicon.WordSet{"week": true, "weekend": true, "month": true, "year": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "yesterday": true,
	"january": true, "february": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// talksOccasion returns the talks an agreement was made at, an oblique of the trigger or
// of its claim ("agreed to C during phone talks", "signed C after months of
// negotiations"), or -1. Talks "with" or "between" someone name parties of their own.
func (v *view) talksOccasion(trigger int, claims []int) int {
	for _, h := range append([]int{trigger}, claims...) {
		for _, x := range v.s.Children(h) {
			if !relMatches(v.s.Tokens[x].Dep, "obl") || !hasMarker(v.s, x, occasions) {
				continue
			}
			talk := x
			if !lexicon.Words.MeetNoun[v.low[x]] {
				// "after months of negotiations"
				talk = -1
				for _, y := range v.s.Children(x) {
					if relMatches(v.s.Tokens[y].Dep, "nmod") && hasMarker(v.s, y, lexicon.WordSet{"of": true}) && lexicon.Words.MeetNoun[v.low[y]] {
						talk = y
					}
				}
			}
			if talk < 0 || !strings.HasPrefix(v.s.Tokens[talk].Tag, "NN") {
				continue
			}
			if len(follow(v.s, talk, treePath{{rel: "nmod", words: lexicon.WordSet{"with": true, "between": true}}})) > 0 {
				continue
			}
			return x
		}
	}
	return -1
}

// treeMeetings finds the meetings the patterns of type MET_WITH match: with a target
// path, every party of the source met every party of the target; without one, the
// parties of the source met each other.
func (v *view) treeMeetings() []Found {
	var out []Found
	for _, m := range matchPatterns(v.s, v.low, diplograph.MetWith) {
		st := worse(v.nounTreeStatus(m.trigger), v.modifierStatus(m.trigger))
		if strings.HasPrefix(v.s.Tokens[m.trigger].Tag, "VB") || v.hasChildRel(m.trigger, "nsubj") || v.hasChildRel(m.trigger, "obj") {
			// a verb, whatever the tagger made of it ("Berg meets Lind tomorrow")
			// "could not bring the two sides together"
			st = v.treeStatus(m.trigger)
		}
		if v.hearsay(m.trigger) {
			st = worse(st, hypothetical)
		}
		rule := "tree:" + m.pattern.name
		if lemmaOf(v.low[m.trigger]) == "meet" || strings.HasPrefix(v.s.Tokens[m.trigger].Tag, "VB") && v.low[m.trigger] == "meeting" {
			if v.metNoOne(m.trigger) {
				continue
			}
			if m.pattern.target == nil && (v.hasChildRel(m.trigger, "obj") || len(follow(v.s, m.trigger, treePath{{rel: "obl", words: lexicon.WordSet{"with": true}}})) > 0) {
				// "A and B met C": each met C, which says nothing of the two alone
				continue
			}
		}
		source := v.actorsOf(m.source)
		if len(source) == 0 {
			source = v.firstActors(m.trigger, m.pattern.source)
		}
		if hosting[m.pattern.name] && !v.anyGuestNamed(v.guestsOf(m), m.pattern.name == "visited") {
			if m.pattern.name == "visited" && v.twoVisitors(source, m.target) {
				out = append(out, v.pairs("tree:visited-together", st, source)...)
			}
			continue
		}
		if m.pattern.target == nil {
			out = append(out, v.pairs(rule, st, source)...)
			continue
		}
		out = append(out, v.meetings(rule, st, source, v.actorsOf(m.target))...)
	}
	return out
}

// metNoOne reports whether the verb "meet" at k meets no party: its object is a target,
// a demand or a reception ("met the targets", "met Peru's demands", "met a cool
// reception"), or the people of a state ("met Chileans freed by the rebels").
func (v *view) metNoOne(k int) bool {
	for _, c := range v.s.Children(k) {
		if v.s.Tokens[c].Dep != "obj" && !relMatches(v.s.Tokens[c].Dep, "obl") {
			continue
		}
		if v.s.Tokens[c].Dep == "obj" && metNoParty[lemmaOf(v.low[c])] {
			return true
		}
		if m, ok := v.mention(c); ok && v.s.Tokens[c].Dep == "obj" && v.citizens(m) {
			return true
		}
	}
	return false
}

// modifierStatus says what the modifiers of event noun k make of it: "the upcoming
// summit", "a proposed meeting", "possible talks" are not events that happened.
func (v *view) modifierStatus(k int) status {
	st := happened
	for _, c := range v.s.Children(k) {
		if d := v.s.Tokens[c].Dep; d != "amod" && d != "compound" {
			continue
		}
		w := v.low[c]
		switch {
		case lexicon.Words.Later[w] || lexicon.Words.Planned[w]:
			st = worse(st, planned)
		case lexicon.Words.Hypothetical[w] && !strings.HasPrefix(v.s.Tokens[c].Tag, "NN"):
			// "a possible summit", but a "press conference" is no pressing
			st = worse(st, hypothetical)
		}
	}
	return st
}

// treeDenials finds the denials the patterns of type DENIED match, and those made by
// reported speech: "A said it did not do C", "A said its forces never entered C".
func (v *view) treeDenials(prior []Found) []Found {
	var out []Found
	for _, m := range matchPatterns(v.s, v.low, diplograph.Denied) {
		verb := m.pattern.pos == "verb"
		st := v.nounTreeStatus(m.trigger)
		if verb {
			st = v.treeStatus(m.trigger)
		}
		if m.pattern.name == "no-truth" {
			// "no truth": the denial stands as the saying of it stands
			sp := v.sayingOf(m.trigger)
			if !v.hasNegatingDet(m.trigger) || sp < 0 {
				continue
			}
			st, verb = v.treeStatus(sp), true
		}
		if verb && v.withheld(m.trigger) {
			continue
		}
		sources := v.claimants(m.source)
		if len(sources) == 0 {
			continue
		}
		rule := "tree:" + m.pattern.name
		for _, c := range m.claims {
			if verb && v.s.Tokens[c].Dep == "acl" && speechVerbs[lemmaOf(v.low[c])] && v.s.Tokens[c].Tag == "VBG" {
				// "denied a report claiming that C": what the report claims
				if f := follow(v.s, c, treePath{{rel: "ccomp"}}); len(f) > 0 {
					c = f[0]
				}
			} else if verb && v.s.Tokens[c].Dep == "acl" && !v.saysContent(c) {
				// "denied the claims, made in a new book": a participle says where the
				// claims were made, not what they say
				c = v.s.Tokens[c].Head
			}
			if verb && v.s.Tokens[c].Dep == "advcl" && !hasMarker(v.s, c, lexicon.WordSet{"that": true}) &&
				(v.afterComma(c) || v.s.Tokens[c].Tag != "VBG") {
				// "denied it, saying C": the reason given, not what is denied
				continue
			}
			if verb && demonstratives[v.low[c]] && v.s.Tokens[c].Dep == "obj" {
				// "B denied this": the claim is what came before
				out = append(out, v.disputedThis(m.trigger, prior)...)
				continue
			}
			if x := v.contentRelative(c); verb && x >= 0 {
				// "dismissed a suggestion the vote was rigged", read as a relative clause
				c = x
			}
			if verb && lexicon.Words.ClaimNoun[v.low[c]] && !v.hasContent(c) {
				// "B denied the accusation": the accusation the denial answers, else the
				// words themselves ("denied all allegations against him")
				claim, target, extra := v.answeredHere(m.trigger, sources, prior)
				if cs := v.claimAt(c, nil); claim == "" && len(cs) > 0 && accusationNouns[lemmaOf(v.low[c])] {
					// "denied the accusations": an accusation whose content the article
					// does not give; "denied the reports" denies nothing known
					claim = cs[0]
				}
				if claim == "" {
					continue
				}
				out = append(out, extra...)
				for _, src := range sources {
					if target == src {
						target = ""
					}
					out = append(out, v.emit(diplograph.Denied, rule, st, src, target, nil, claim))
				}
				continue
			}
			for _, claim := range v.claimsAt(c, v.asides(c)) {
				for _, src := range sources {
					out = append(out, v.emit(diplograph.Denied, rule, st, src, "", nil, claim))
				}
			}
		}
	}
	return append(out, v.selfDenials()...)
}

// contentRelative returns the clause on claim noun k that the parse read as a relative
// clause though it has a subject of its own and no relative word ("a suggestion the vote
// was rigged"), or -1.
func (v *view) contentRelative(k int) int {
	if !lexicon.Words.ClaimNoun[v.low[k]] {
		return -1
	}
	for _, c := range v.s.Children(k) {
		if v.s.Tokens[c].Dep != "acl:relcl" || !v.hasSubject(c) {
			continue
		}
		relative := false
		for _, x := range subtreeTokens(v.s, c, nil) {
			relative = relative || relativePronouns[v.low[x]] && x < c
		}
		if !relative {
			return c
		}
	}
	return -1
}

// saysContent reports whether the clause c on a claim noun says what is claimed: a "that"
// clause, a clause with a subject of its own, or an infinitive ("claims to have C").
func (v *view) saysContent(c int) bool {
	return v.hasSubject(c) || hasMarker(v.s, c, lexicon.WordSet{"that": true, "to": true})
}

// accusationNouns name an accusation, denied as one even when its content is not known.
var accusationNouns = lexicon.WordSet{"accusation": true, "allegation": true, "charge": true, "claim": true}

// partySubject reports whether predicate h has a pronoun or a party for its subject
// ("this will be the first deal", "B was behind C"), which its claim leaves out; "the
// payment was a bribe" keeps its subject.
func (v *view) partySubject(h int) bool {
	for _, c := range v.s.Children(h) {
		if t := v.s.Tokens[c].Tag; relMatches(v.s.Tokens[c].Dep, "nsubj") && (strings.HasPrefix(t, "PRP") || t == "DT" || t == "EX" || v.namesActor(c)) {
			return true
		}
	}
	return false
}

// hosting are the patterns of hosting and visiting, whose guest must be named.
var hosting = map[string]bool{"hosted": true, "hosted-by": true, "visited": true}

// guestsOf returns the tokens of the guest of a hosting match: the object of "A hosted
// B", the subject of "B was hosted by A".
func (v *view) guestsOf(m treeMatch) []int {
	if m.pattern.name == "hosted-by" {
		return m.source
	}
	return m.target
}

// anyGuestNamed reports whether one of the tokens names the guest (guestNamed).
func (v *view) anyGuestNamed(toks []int, visit bool) bool {
	for _, t := range toks {
		if v.guestNamed(t, visit) {
			return true
		}
	}
	return false
}

// guestNamed reports whether token t names the party hosted or visited itself: a party's
// name, a person named with a noun ("President B"), an office of a state ("the Chilean
// leader") or officials of a party ("officials from B"); not a place, nor a state visited
// when visit is set, nor a state's citizens ("welcomed home three Americans"), nor what
// a party sent ("received a letter from B").
func (v *view) guestNamed(t int, visit bool) bool {
	if m, ok := v.mention(t); ok {
		if m.Place || v.citizens(m) || visit && m.Type == diplograph.TypeCountry {
			return false
		}
		return isActor(m) || m.Type == diplograph.TypeCountry
	}
	if visit {
		return len(v.namedInApposition(t)) > 0 || v.officeHolder(t) != ""
	}
	if len(v.namedInApposition(t)) > 0 || v.officeHolder(t) != "" || relativePronouns[v.low[t]] {
		return true
	}
	if id, _ := v.demonymOffice(t); id != "" {
		return true
	}
	if guests[v.low[t]] {
		// "officials from B", "a delegation of B"
		for _, c := range v.s.Children(t) {
			if v.s.Tokens[c].Dep == "nmod" && hasMarker(v.s, c, lexicon.WordSet{"from": true, "of": true}) && v.namesActor(c) {
				return true
			}
		}
	}
	return false
}

// twoVisitors reports whether the visitors are two people and what they visited is no
// person ("A and B visited C" meets C, by the rule for visits).
func (v *view) twoVisitors(visitors []string, visited []int) bool {
	if len(uniq(append([]string(nil), visitors...))) != 2 {
		return false
	}
	for _, id := range visitors {
		if v.entityType(id) != diplograph.TypePerson {
			return false
		}
	}
	for _, c := range visited {
		if m, ok := v.mention(c); ok && m.Type == diplograph.TypePerson {
			return false
		}
	}
	return true
}

// firstActors returns the actors of the first of the paths from token k that leads to
// any: "said the talks went well after speaking with B" reaches "the talks" first and
// the speaker after.
func (v *view) firstActors(k int, paths []treePath) []string {
	for _, p := range paths {
		if ids := v.actorsOf(firstPath(v.s, k, []treePath{p})); len(ids) > 0 {
			return ids
		}
	}
	return nil
}

// sayingOf returns the verb of saying that holds the clause of noun k ("said there was no
// truth to C", "there is no truth to C, A said"), or -1.
func (v *view) sayingOf(k int) int {
	h := v.s.Tokens[k].Head
	if h < 0 {
		return -1
	}
	if v.s.Tokens[h].Dep == "ccomp" && v.s.Tokens[h].Head >= 0 {
		return v.s.Tokens[h].Head
	}
	for _, c := range v.s.Children(h) {
		if v.s.Tokens[c].Dep == "parataxis" && speechVerbs[lemmaOf(v.low[c])] {
			return c
		}
	}
	return -1
}

// demonstratives are the pronouns by which a denial points back at a claim.
var demonstratives = lexicon.WordSet{"this": true, "that": true, "it": true}

// withheld reports whether the denying verb k withholds something rather than denying a
// claim: "denied them entry", "denied the request", "was denied a visa".
func (v *view) withheld(k int) bool {
	for _, c := range v.s.Children(k) {
		if d := v.s.Tokens[c].Dep; d == "iobj" || (d == "obj" || d == "ccomp") && lexicon.Words.Refusal[v.low[c]] {
			return true
		}
	}
	return false
}

// hasContent reports whether the claim noun k says what it claims or whom it is against:
// "the accusation that C", "claims of C", "reports about C", "allegations against him".
func (v *view) hasContent(k int) bool {
	for _, c := range v.s.Children(k) {
		switch d := v.s.Tokens[c].Dep; {
		case d == "acl" && v.saysContent(c) || d == "ccomp" || d == "acl:relcl" && hasMarker(v.s, c, lexicon.WordSet{"that": true}):
			return true
		case d == "nmod" && hasMarker(v.s, c, lexicon.WordSet{"of": true, "about": true, "that": true, "against": true}):
			return true
		}
	}
	return false
}

// selfDenials: "A said it did not do C", "A said his party received no funds": a speaker
// saying that it, or what is its own, did not do something denies it.
func (v *view) selfDenials() []Found {
	s := v.s
	var out []Found
	for k := range s.Tokens {
		if !speechVerbs[lemmaOf(v.low[k])] || !strings.HasPrefix(s.Tokens[k].Tag, "VB") {
			continue
		}
		speakers := v.actorsOf(firstPath(s, k, denierPaths))
		if v.treeStatus(k) != happened {
			continue
		}
		for _, c := range s.Children(k) {
			speakers := speakers
			if subj := firstPath(s, c, clauseSubjectPaths); len(speakers) == 0 && len(subj) == 1 && strings.HasPrefix(s.Tokens[subj[0]].Tag, "PRP") {
				// "The 70-year-old says he is not linked to C": the speaker is the one the
				// pronoun names
				speakers = v.actorsOf(subj)
			}
			if len(speakers) == 0 {
				continue
			}
			if !relMatches(s.Tokens[c].Dep, "ccomp") || !v.saysNot(c) || !v.wrongfulAct(c) && !lexicon.Words.Tie[v.low[c]] && !v.accusedBefore(speakers, c) {
				// only a denial of a wrongful act, of a tie to one ("A said he was not
				// linked to C"), or of what the speaker was accused of
				continue
			}
			subj := firstPath(s, c, clauseSubjectPaths)
			none := len(subj) == 1 && v.hasNegatingDet(subj[0]) && v.wrongfulAct(c) && !v.comparison(c)
			if len(subj) != 1 || !v.ownSide(subj[0]) && !none {
				// the speaker's own deeds, or a wrongful act said not to have happened at
				// all ("A said no civilians were killed")
				continue
			}
			var outside map[int]bool
			if none {
				// the claim is the act itself: "civilians were killed"
				outside = map[int]bool{}
				for _, x := range s.Children(subj[0]) {
					if s.Tokens[x].Dep == "det" {
						outside[x] = true
					}
				}
			}
			if tie := lexicon.Words.Tie[v.low[c]]; !none && (tie || hasMarker(v.s, c, behindWords)) {
				// "A said it was not behind C" denies C, "he is not linked to C" the tie
				outside = map[int]bool{}
				for _, x := range s.Children(c) {
					if d := s.Tokens[x].Dep; d == "case" && !tie || d == "cop" || relMatches(d, "nsubj") || relMatches(d, "aux") ||
						d == "advmod" && (lexicon.Words.Negators[v.low[x]] || v.hasChildWord(x, "no")) || d == "conj" || d == "cc" {
						for _, y := range subtreeTokens(s, x, nil) {
							outside[y] = true
						}
					}
				}
			}
			for _, claim := range v.claimsAt(c, outside) {
				for _, sp := range speakers {
					out = append(out, v.emit(diplograph.Denied, "tree:said-not", happened, sp, "", nil, claim))
				}
			}
		}
	}
	return out
}

// comparison reports whether clause c compares ("no state has suffered more than C"):
// a judgement, not a denial.
func (v *view) comparison(c int) bool {
	for _, x := range subtreeTokens(v.s, c, nil) {
		if v.low[x] == "than" {
			return true
		}
	}
	return false
}

var denierPaths = mustParsePaths("nsubj! ^advcl>nsubj! ^conj>nsubj! ^acl>^obj>nsubj!")

// clauseSubjectPaths lead to the subject of what a speaker says, active or passive ("it
// did not shell C", "he is not linked to C").
var clauseSubjectPaths = mustParsePaths("nsubj! nsubj:pass ^advcl>nsubj! ^conj>nsubj!")

// behindWords mark the act a party is said to be behind.
var behindWords = lexicon.WordSet{"behind": true}

func mustParsePaths(s string) []treePath {
	p, err := parsePaths(s)
	if err != nil {
		panic(err)
	}
	return p
}

// accusedBefore reports whether one of the actors was accused earlier in the article of
// something clause c speaks of: a word of the accusation's claim comes again in it.
func (v *view) accusedBefore(actors []string, c int) bool {
	start, end := v.s.Subtree(c)
	said := map[string]bool{}
	for k := start; k < end; k++ {
		said[lemmaOf(v.low[k])] = true
	}
	for _, f := range v.prior {
		if f.rel.Type != diplograph.Accused || f.status != happened {
			continue
		}
		for _, a := range actors {
			if f.rel.Target != a {
				continue
			}
			for w := range contentWords(f.rel.Claim) {
				if said[lemmaOf(w)] {
					return true
				}
			}
		}
	}
	return false
}

// saysNot reports whether clause c is negated: "did not collude", "never entered",
// "received no funds".
func (v *view) saysNot(c int) bool {
	for _, k := range v.s.Children(c) {
		if relMatches(v.s.Tokens[k].Dep, "aux") && (lexicon.Words.Planned[v.low[k]] || lexicon.Words.Hypothetical[v.low[k]]) {
			// "it would not allow C", "it could not happen": a stance, not a denial
			return false
		}
	}
	if v.treeStatus(c) == negated {
		return true
	}
	for _, k := range v.s.Children(c) {
		if v.s.Tokens[k].Dep == "obj" && v.hasNegatingDet(k) {
			return true
		}
	}
	return false
}

// ownSide reports whether the subject of a reported clause is the speaker's own side: a
// pronoun ("it", "they", "we", "he"), or a noun the speaker's pronoun owns ("his party",
// "its forces").
func (v *view) ownSide(k int) bool {
	switch v.low[k] {
	case "it", "they", "we", "he", "she", "i":
		return true
	}
	for _, c := range v.s.Children(k) {
		if v.s.Tokens[c].Dep == "nmod:poss" && strings.HasPrefix(v.s.Tokens[c].Tag, "PRP") {
			return true
		}
	}
	return false
}

// eachOther reports whether token k is "each other" or "one another".
func eachOther(v *view, k int) bool {
	switch v.low[k] {
	case "other", "another":
		return true
	case "each", "one":
		return v.hasChildWord(k, "other") || v.hasChildWord(k, "another")
	}
	return false
}

func containsToken(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// wrongfulNouns: "A urged leaders to stand up to B's aggression", "A condemned Russian
// attacks on C": a wrongful act named as a noun with its author as a modifier, in a
// clause whose subject is another actor, is that actor's accusation.
func (v *view) wrongfulNouns() []Found {
	s := v.s
	var out []Found
	for n := range s.Tokens {
		if !strings.HasPrefix(s.Tokens[n].Tag, "NN") ||
			!nounIn(wrongfulNoun, v.low[n]) && !v.wrongfulConduct(n) {
			// an act wrongful by name ("B's aggression") or by its quality ("B's malign
			// activities")
			continue
		}
		if _, ok := v.mention(n); ok {
			continue
		}
		h := v.overAmount(n)
		if h < 0 || !v.standAgainst(h) {
			// only a stand taken against the act accuses: "condemned B's aggression", not
			// "was told about B's interference"
			continue
		}
		var authors []string
		for _, c := range s.Children(n) {
			if d := s.Tokens[c].Dep; (d == "amod" || d == "nmod:poss" || d == "compound" ||
				d == "nmod" && hasMarker(s, c, lexicon.WordSet{"by": true, "from": true})) && v.namesActor(c) &&
				!strings.HasPrefix(s.Tokens[c].Tag, "PRP") {
				authors = append(authors, v.actorsOf([]int{c})...)
			}
		}
		if len(authors) == 0 {
			continue
		}
		inside := map[int]bool{}
		for _, x := range subtreeTokens(s, n, nil) {
			inside[x] = true
		}
		// the accuser: the actor subject of the nearest clause above the noun
		var speakers []string
		st := happened
		for k, steps := s.Tokens[n].Head, 0; k >= 0 && steps < 6; k, steps = s.Tokens[k].Head, steps+1 {
			if lexicon.Words.Deny[v.low[k]] || lexicon.Words.Reject[v.low[k]] {
				break
			}
			subj := -1
			for _, c := range s.Children(k) {
				if s.Tokens[c].Dep == "nsubj" && !inside[c] {
					subj = c
				}
			}
			if subj < 0 {
				continue
			}
			if ids := v.claimants([]int{subj}); len(ids) > 0 {
				speakers = ids
				if st = v.treeStatus(k); st != negated && k == h && !speechStances[lemmaOf(v.low[h])] {
					// acting against an act names it as done, whatever the mood of the
					// acting: "we will confront B's malign activities"
					st = happened
				}
				break
			}
			if v.namesActor(subj) {
				// a pronoun that names no known actor takes the stand itself; a thing ("the
				// deal that addresses C", "the sanctions will counter C") leaves it to the
				// speaker above
				break
			}
		}
		for _, claim := range v.claimsAt(n, nil) {
			out = append(out, v.accusations("tree:wrongful-noun", st, speakers, authors, claim)...)
		}
	}
	return out
}

// speechStances are the stance verbs that are themselves saying: a stand taken with them
// is only taken when they are ("may condemn B's aggression" condemns nothing yet).
var speechStances = lexicon.WordSet{"condemn": true, "denounce": true, "decry": true, "deplore": true,
	"protest": true, "criticize": true, "criticise": true, "blame": true, "cite": true, "warn": true,
	"accuse": true, "slam": true}

// overAmount returns the head of a noun, or of the noun of amount or kind it is named
// through: "addresses the full range of B's malign activities", "condemned a series of
// B's attacks".
func (v *view) overAmount(n int) int {
	h := v.s.Tokens[n].Head
	for h >= 0 && v.s.Tokens[n].Dep == "nmod" && amountNouns[lemmaOf(v.low[h])] && hasMarker(v.s, n, lexicon.WordSet{"of": true}) {
		n, h = h, v.s.Tokens[h].Head
	}
	return h
}

// amountNouns name an amount or a kind of what is named after "of".
var amountNouns = lexicon.WordSet{"range": true, "series": true, "host": true, "number": true, "array": true,
	"litany": true, "list": true, "spate": true, "wave": true, "string": true, "pattern": true, "kind": true,
	"sort": true, "type": true, "form": true, "all": true, "some": true, "any": true, "spectrum": true}

// standAgainst reports whether token h takes a stand against what hangs from it: a
// stance verb ("condemned B's aggression"), or its noun or "face" in a phrase of
// the clause ("in protest at B's aggression", "in the face of B's aggression").
func (v *view) standAgainst(h int) bool {
	tag, lemma := v.s.Tokens[h].Tag, lemmaOf(v.low[h])
	switch {
	case strings.HasPrefix(tag, "VB"):
		return stanceVerbs[lemma]
	case strings.HasPrefix(tag, "NN"):
		return (stanceVerbs[lemma] || lemma == "face" || lemma == "response" || lemma == "opposition" || lemma == "resistance") &&
			relMatches(v.s.Tokens[h].Dep, "obl")
	}
	return false
}

// wrongfulAct reports whether the clause headed by c names a wrongful act: its
// predicate, or the object of its predicate, is in the wrongful lexicon.
func (v *view) wrongfulAct(c int) bool {
	if v.namesWrong(c) {
		return true
	}
	// "the blockade prevented C", "B's interference was an effort to C": a wrongful act
	// as the subject (not "the annexation was justified")
	for _, k := range v.s.Children(c) {
		if v.s.Tokens[k].Dep == "nsubj" && nounIn(wrongfulNoun, v.low[k]) && !excusing[v.low[c]] {
			return true
		}
	}
	// "B broke the truce", "had broken its promise": a rule or a word broken
	if breakForms[v.low[c]] {
		for _, k := range v.s.Children(c) {
			if v.s.Tokens[k].Dep == "obj" && nounIn(brokenRules, v.low[k]) {
				return true
			}
		}
	}
	for _, k := range v.s.Children(c) {
		if v.causeOf(k, c) || relMatches(v.s.Tokens[k].Dep, "obl") && lemmaOf(v.low[k]) == "hand" && hasMarker(v.s, k, lexicon.WordSet{"at": true}) {
			// "C died because of B", "C suffered at the hands of B"
			return true
		}
	}
	// "B was behind C", "B was responsible for C", "B was to blame for C"
	forC := len(follow(v.s, c, treePath{{rel: "obl", words: lexicon.WordSet{"for": true}}})) > 0
	if hasMarker(v.s, c, behindWords) || v.low[c] == "responsible" && forC || v.low[c] == "blame" && forC && v.hasChildWord(c, "to") {
		return true
	}
	against := againstVerbs[lemmaOf(v.low[c])]
	for _, k := range v.s.Children(c) {
		d := v.s.Tokens[k].Dep
		switch {
		case !v.namesWrong(k):
		case d == "obj" && !against, d == "xcomp":
			// "B was planning attacks", "B continues to violate C" (not "fighting terrorism")
			return true
		case d == "advcl" && v.hasChildWord(k, "to") && strings.HasPrefix(v.s.Tokens[k].Tag, "VB"):
			// "B sought to hack C", the infinitive read as an adverbial
			return true
		case relMatches(d, "obl") && hasMarker(v.s, k, actInCases) && (v.clauseHead(c) && !strings.HasPrefix(v.s.Tokens[c].Tag, "VB") || supportVerbs[lemmaOf(v.low[c])]):
			// "B remains in breach of C", "B engaged in aggression", "B's past is full of
			// interference" (not "died in the attacks", "following the airstrikes")
			return true
		case relMatches(d, "obl") && hasMarker(v.s, k, lexicon.WordSet{"to": true}) && amountVerbs[v.low[c]]:
			// "B's strikes amounted to war crimes", "was tantamount to aggression"
			return true
		}
	}
	for _, k := range subtreeTokens(v.s, c, nil) {
		if d := v.s.Tokens[k].Dep; (relMatches(d, "obl") || d == "nmod") && ruleBreaking[lemmaOf(v.low[k])] &&
			hasMarker(v.s, k, lexicon.WordSet{"in": true}) && v.clauseOf(k) == c {
			// "B sold oil in violation of the sanctions", wherever the parse hung the phrase
			return true
		}
	}
	return v.armedAct(c)
}

// clauseOf returns the nearest verb or copular head above token k (k itself excluded).
func (v *view) clauseOf(k int) int {
	for h := v.s.Tokens[k].Head; h >= 0; h = v.s.Tokens[h].Head {
		if v.clauseHead(h) {
			return h
		}
	}
	return -1
}

// againstVerbs are the verbs whose object is a wrongful act they act against.
var againstVerbs = mustLoadWordFile("patterns/against.txt")

// supportVerbs carry a wrongful act named by their oblique: "remains in breach of C".
var supportVerbs = lexicon.WordSet{"be": true, "remain": true, "engage": true, "involve": true, "participate": true,
	"persist": true, "continue": true, "stay": true}

// breakForms are the forms of "break"; brokenRules what breaking is a wrong.
var breakForms, brokenRules = lexicon.WordSet{"break": true, "breaks": true, "broke": true, "broken": true, "breaking": true},
	lexicon.WordSet{"promise": true, "law": true, "rule": true, "truce": true, "ceasefire": true, "cease-fire": true,
		"agreement": true, "deal": true, "pledge": true, "commitment": true, "word": true, "sanction": true,
		"embargo": true, "spirit": true, "treaty": true, "accord": true, "armistice": true, "oath": true}

// excusing are predicates that say an act was no wrong: "the annexation was justified".
var excusing = lexicon.WordSet{"justified": true, "legal": true, "lawful": true, "legitimate": true,
	"justifiable": true, "defensive": true, "necessary": true, "understandable": true, "warranted": true}

// amountVerbs (their forms) equate what their subject did with the act their oblique
// with "to" names.
var amountVerbs = lexicon.WordSet{"amount": true, "amounts": true, "amounted": true, "amounting": true,
	"tantamount": true, "equivalent": true}

// actInCases introduce the act a support verb or a copula carries.
var actInCases = lexicon.WordSet{"in": true, "into": true, "of": true}

// ruleBreaking are the nouns of breaking a rule, which make any act done "in" them
// wrongful.
var ruleBreaking = lexicon.WordSet{"violation": true, "breach": true, "defiance": true, "contravention": true}

// conditionClause reports whether clause c is a condition: opened by "if" or "unless",
// and not "even if" or said to the reader ("if you remember").
func (v *view) conditionClause(c int) bool {
	for _, k := range v.s.Children(c) {
		if relMatches(v.s.Tokens[k].Dep, "nsubj") && v.low[k] == "you" {
			// "if you remember, A met B": a turn of speech, not a condition
			return false
		}
	}
	for _, k := range v.s.Children(c) {
		if v.s.Tokens[k].Dep == "mark" && (v.low[k] == "if" || v.low[k] == "unless") {
			return !(k > 0 && v.low[k-1] == "even")
		}
	}
	return false
}

// hearsay reports whether the event at k is told as what a report, claim or hope holds
// ("suggestions that they agreed to C", "reports of a A-B deal"): said to have happened,
// not told as fact.
func (v *view) hearsay(k int) bool {
	for up := 0; up < 4; up++ {
		h := v.s.Tokens[k].Head
		if h < 0 {
			return false
		}
		if d := v.s.Tokens[k].Dep; d != "acl" && d != "ccomp" && d != "nmod" && d != "conj" && d != "xcomp" {
			return false
		}
		if strings.HasPrefix(v.s.Tokens[h].Tag, "NN") && nounIn(hearsayNouns, v.low[h]) {
			return true
		}
		k = h
	}
	return false
}

// hearsayNouns are the nouns of what is said or thought to be so, not told as fact.
var hearsayNouns = lexicon.WordSet{"report": true, "suggestion": true, "rumour": true, "rumor": true,
	"speculation": true, "allegation": true, "claim": true, "hope": true, "prospect": true}

// dealNouns are the nouns of agreements a pair before them can be the parties of.
var dealNouns = lexicon.WordSet{"agreement": true, "deal": true, "accord": true, "pact": true, "treaty": true,
	"truce": true, "ceasefire": true, "cease-fire": true, "armistice": true}

// hyphenDeals: "the Hamas-Israel cease-fire deal", "the A-B trade pact": a pair joined
// by a hyphen before the noun of an agreement are its parties.
func (v *view) hyphenDeals() []Found {
	var out []Found
	for k, tok := range v.s.Tokens {
		if !strings.HasPrefix(tok.Tag, "NN") || !dealNouns[v.low[k]] {
			continue
		}
		ids := v.hyphenPair(k)
		if len(ids) != 2 {
			continue
		}
		st := v.dealStatus(k)
		outside := map[int]bool{}
		for _, c := range v.s.Children(k) {
			if v.s.Tokens[c].Dep == "det" || v.s.Tokens[c].Dep == "punct" {
				outside[c] = true
			}
		}
		for _, c := range subtreeTokens(v.s, k, nil) {
			// the parties' own word
			if strings.Contains(v.s.Tokens[c].Text, "-") && v.ment[c] >= 0 {
				outside[c] = true
			}
		}
		for _, claim := range v.claimsAt(k, outside) {
			if !v.saysWhatDeal(claim) {
				// "the A-B deal" alone says nothing of what was agreed
				continue
			}
			out = append(out, v.agreement("tree:hyphen-deal", st, ids, claim)...)
		}
	}
	return out
}

// statementMood returns what the frames between a verb of saying at k and the clause c
// it reports say of c: "A said it is not likely that B did C", "A said that if B tested
// C, B is threatening D" (the condition read as a clause of its own).
func (v *view) statementMood(k, c int) status {
	st := happened
	for a := v.s.Tokens[c].Head; a >= 0 && a != k && descendsFrom(v.s, a, k); a = v.s.Tokens[a].Head {
		st = worse(st, v.treeStatus(a))
	}
	for _, x := range v.s.Children(k) {
		if x < c && v.conditionClause(x) {
			st = worse(st, hypothetical)
		}
	}
	return st
}

// leaveOutOfStatement marks what the claim of the statement headed by c leaves out: the
// accused when it is the subject ("A said B had shelled C" claims "had shelled C"), and
// a joined clause with a subject of its own ("and that its navy seized D") or with no
// wrong or accused of its own ("B kept up its attacks and made boasts"; not "C was
// killed and burned on the orders of B").
func (v *view) leaveOutOfStatement(outside map[int]bool, c int, targets []int) {
	for _, t := range targets {
		if v.s.Tokens[t].Head == c && relMatches(v.s.Tokens[t].Dep, "nsubj") && !v.victimSubject(t, c, targets) {
			for _, x := range subtreeTokens(v.s, t, nil) {
				outside[x] = true
			}
		}
	}
	for _, k := range v.s.Children(c) {
		if v.s.Tokens[k].Dep == "conj" && (v.hasSubject(k) || !v.wrongfulAct(k) && !v.holdsAny(k, targets)) {
			for _, x := range subtreeTokens(v.s, k, nil) {
				outside[x] = true
			}
		}
	}
}

// dealStatus returns what the text says of the agreement named by the noun at k: made
// as far as a verb of making says ("B brokered a truce between A and C"), not made when
// any or one is meant ("any agreement reached", "hopes for a deal"), or only reported
// ("reports of the A-B deal").
func (v *view) dealStatus(k int) status {
	st := v.nounTreeStatus(k)
	if h := v.s.Tokens[k].Head; v.s.Tokens[k].Dep == "obj" && h >= 0 && dealMakers[lemmaOf(v.low[h])] &&
		!v.hasChildIn(k, lexicon.WordSet{"any": true}) {
		st = worse(st, v.treeStatus(h))
	} else if v.hasChildIn(k, lexicon.WordSet{"any": true, "a": true, "an": true}) {
		st = worse(st, hypothetical)
	}
	if v.hearsay(k) {
		st = worse(st, hypothetical)
	}
	return st
}

// saysWhatDeal reports whether a claim has a word beyond the noun of the agreement and
// its time: "cease-fire deal", not "deal on Monday".
func (v *view) saysWhatDeal(claim string) bool {
	for w := range contentWords(claim) {
		if !dealNouns[w] && !dealNouns[strings.TrimSuffix(w, "s")] && !timeWord(w) {
			return true
		}
	}
	return false
}

// argumentOf reports whether token t hangs from c, or is a conjunct of one that does.
func (v *view) argumentOf(t, c int) bool {
	for n := 0; t >= 0 && n < len(v.s.Tokens); n++ {
		h := v.s.Tokens[t].Head
		if h == c {
			return true
		}
		if h >= 0 && (v.orderGiver(t, c) || v.causeOf(t, c)) {
			// "C was killed on the orders of B": who gave the order did it; "C died
			// because of B": who caused it
			return true
		}
		if v.s.Tokens[t].Dep != "conj" {
			return false
		}
		t = h
	}
	return false
}

// orderNouns say who had an act done: "on the orders of B", "at the behest of B".
var orderNouns = lexicon.WordSet{"order": true, "behest": true, "direction": true, "instruction": true, "command": true,
	"hand": true}

// sufferVerbs (their forms) tell of harm suffered, which a cause named with "because
// of" makes a wrong of the cause: "C died because of B".
var sufferVerbs = lexicon.WordSet{"die": true, "died": true, "dying": true, "dies": true, "suffer": true, "suffered": true,
	"suffering": true, "suffers": true, "starve": true, "starved": true, "starving": true, "perish": true, "perished": true}

// causeOf reports whether t, an oblique of the verb of suffering c, names a party as its
// cause ("because of B", "due to B"; not "because of B's policy").
func (v *view) causeOf(t, c int) bool {
	return c >= 0 && v.s.Tokens[t].Head == c && relMatches(v.s.Tokens[t].Dep, "obl") && sufferVerbs[v.low[c]] &&
		hasMarker(v.s, t, lexicon.WordSet{"because": true, "due": true, "owing": true}) && v.namesActor(t)
}

// renamed returns what the appositive noun c renames, or -1: the clause in -ing its head
// belongs to ("hacking the ministry during the campaign, an attack"), or its head noun
// ("the bombing of the port, a crime").
func (v *view) renamed(c int) int {
	if v.s.Tokens[c].Dep != "appos" || !strings.HasPrefix(v.s.Tokens[c].Tag, "NN") {
		return -1
	}
	h := v.s.Tokens[c].Head
	for a, n := h, 0; a >= 0 && n < 3; a, n = v.s.Tokens[a].Head, n+1 {
		if v.s.Tokens[a].Tag == "VBG" {
			return a
		}
		if d := v.s.Tokens[a].Dep; !strings.HasPrefix(v.s.Tokens[a].Tag, "NN") || d != "obj" && !relMatches(d, "obl") && d != "nmod" {
			break
		}
	}
	if h >= 0 && strings.HasPrefix(v.s.Tokens[h].Tag, "NN") {
		return h
	}
	return -1
}

// holdsAny reports whether one of the tokens lies in the subtree of k.
func (v *view) holdsAny(k int, toks []int) bool {
	for _, t := range toks {
		if descendsFrom(v.s, t, k) {
			return true
		}
	}
	return false
}

// victimSubject reports whether the subject t of clause c suffers the act, or names no
// party while another target does it: "A said ten children died because of B" claims the
// children's death.
func (v *view) victimSubject(t, c int, targets []int) bool {
	if sufferVerbs[v.low[c]] {
		return true
	}
	if len(v.actorsOf([]int{t})) > 0 {
		return false
	}
	for _, o := range targets {
		if o != t && (v.orderGiver(o, c) || v.causeOf(o, c)) {
			return true
		}
	}
	return false
}

// orderGiver reports whether token t names who ordered the act of clause c, or of a verb
// joined to it ("was killed and dismembered on the orders of B").
func (v *view) orderGiver(t, c int) bool {
	h := v.s.Tokens[t].Head
	if h < 0 || v.s.Tokens[t].Dep != "nmod" || !relMatches(v.s.Tokens[h].Dep, "obl") || !orderNouns[lemmaOf(v.low[h])] {
		return false
	}
	a := v.s.Tokens[h].Head
	return a == c || a >= 0 && v.s.Tokens[a].Dep == "conj" && v.s.Tokens[a].Head == c
}

// descendsFrom reports whether token k lies below token a (or is a).
func descendsFrom(s *parse.Sentence, k, a int) bool {
	for n := 0; k >= 0 && n < len(s.Tokens); n++ {
		if k == a {
			return true
		}
		k = s.Tokens[k].Head
	}
	return false
}

// clauseHead reports whether token c can head a clause: a verb, or a word with a copula
// ("B was responsible", "B is a sponsor of C").
func (v *view) clauseHead(c int) bool {
	if strings.HasPrefix(v.s.Tokens[c].Tag, "VB") {
		return true
	}
	for _, k := range v.s.Children(c) {
		if v.s.Tokens[k].Dep == "cop" {
			return true
		}
	}
	return false
}

// likeness introduces a comparison, not what was said.
var likeness = lexicon.WordSet{"as": true, "like": true}

// namesWrong reports whether token k names a wrongful act: a noun of
// patterns/wrongful-acts.txt or wrongful-nouns.txt, any other word of
// patterns/wrongful.txt.
func (v *view) namesWrong(k int) bool {
	w := v.low[k]
	if strings.HasPrefix(v.s.Tokens[k].Tag, "NN") {
		return nounIn(wrongfulActs, w) || nounIn(wrongfulNoun, w) || v.wrongfulConduct(k)
	}
	return wrongfulVerbForms[w] || wrongfulVerbs[lemmaOf(w)] || strings.HasPrefix(v.s.Tokens[k].Tag, "VB") && v.wrongfulManner(k, "advmod")
}

// wrongfulConduct reports whether the noun k names conduct with a wrongful quality:
// "unfair practices", "malign activities" (the quality read as an adjective or as a noun
// of a compound).
func (v *view) wrongfulConduct(k int) bool {
	return nounIn(conductNouns, v.low[k]) && (v.wrongfulManner(k, "amod") || v.wrongfulManner(k, "compound"))
}

// wrongfulManner reports whether token k has a wrongful quality attached by rel: "unfair
// practices", "used C indiscriminately".
func (v *view) wrongfulManner(k int, rel string) bool {
	for _, c := range v.s.Children(k) {
		if v.s.Tokens[c].Dep == rel && wrongfulManners[v.low[c]] {
			return true
		}
	}
	return false
}

// conductNouns name conduct that a wrongful quality (wrongfulManners) makes a wrong.
var conductNouns, wrongfulManners = mustLoadWordFile("patterns/conduct.txt"), mustLoadWordFile("patterns/wrongful-manner.txt")

// nounIn reports whether the noun w is in the set: its own form first ("bombings" is a
// noun of "bombing", not of "bomb"), then its singular ("activities" is "activity") and
// its lemma.
func nounIn(set lexicon.WordSet, w string) bool {
	if set[w] || set[strings.TrimSuffix(w, "s")] || set[lemmaOf(w)] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "ies")
	return ok && set[stem+"y"]
}

// hasSubject reports whether token k has a subject of its own.
func (v *view) hasSubject(k int) bool {
	for _, c := range v.s.Children(k) {
		if relMatches(v.s.Tokens[c].Dep, "nsubj") {
			return true
		}
	}
	return false
}

// actorsOf returns the actors the tokens stand for, with their conjuncts.
func (v *view) actorsOf(toks []int) []string {
	var out []string
	seen, conj := map[int]bool{}, map[int]bool{}
	var walk func(k int)
	walk = func(k int) {
		if seen[k] {
			return
		}
		seen[k] = true
		if m, ok := v.mention(k + 2); ok && (lexicon.Words.Office[v.low[k]] || v.low[k] == "counterpart") && v.word(k+1) == "," && m.Type == diplograph.TypePerson {
			// "her Peruvian counterpart, B": the office and the name are one party, whatever
			// the parse made of the comma
			if h := v.s.Tokens[k+2].Head; h == k && v.s.Tokens[k+2].Dep == "appos" || v.s.Tokens[k+2].Dep != "conj" {
				out = append(out, m.Entity)
			}
		} else if m, ok := v.mention(k + 1); ok && conj[k] && (lexicon.Words.Office[v.low[k]] || v.low[k] == "counterpart") && m.Type == diplograph.TypePerson {
			// "Chinese counterpart B", parsed as two conjuncts: the title is B's
			if v.s.Tokens[k+1].Head == k && v.s.Tokens[k+1].Dep == "appos" {
				// (or with B in apposition)
				out = append(out, v.actorAt(k+1)...)
			}
		} else if ids := v.actorAt(k); len(ids) > 0 || !lexicon.Words.Office[v.low[k]] && v.low[k] != "counterpart" && !strings.HasPrefix(v.s.Tokens[k].Tag, "NN") {
			if v.low[k] == "counterpart" && len(ids) == 1 && v.entityType(ids[0]) == diplograph.TypeCountry {
				// "his Russian counterpart": the one person of that state the article
				// names in office, else the state
				if p := v.holderFor(ids[0], counterpartOffices); p != "" {
					ids = []string{p}
				}
			}
			out = append(out, ids...)
		} else {
			// "his Spanish counterpart Miguel Moratinos", "trade allies Germany, France and
			// Japan": the parties named in apposition
			for _, c := range v.s.Children(k) {
				if v.s.Tokens[c].Dep == "appos" {
					walk(c)
					break
				}
			}
		}
		for _, c := range v.s.Children(k) {
			if v.s.Tokens[c].Dep == "conj" || v.s.Tokens[c].Dep == "dep" && v.listHead(c) {
				conj[c] = true
				walk(c)
			}
		}
	}
	for _, k := range toks {
		walk(k)
	}
	return uniq(out)
}

// listHead reports whether token c, which the parse left as an unclassified dependent,
// heads the rest of a list of parties: "between A, the B, C and D" read with "the B, C
// and D" hanging from A.
func (v *view) listHead(c int) bool {
	if c < 2 || v.low[c-1] != "," && v.low[c-2] != "," {
		return false
	}
	for _, x := range v.s.Children(c) {
		if v.s.Tokens[x].Dep == "conj" {
			return true
		}
	}
	return false
}

// otherSide are the nouns of people set against the party that modifies them.
var otherSide = lexicon.WordSet{"critic": true, "critics": true, "opponent": true, "opponents": true,
	"rival": true, "rivals": true, "enemy": true, "enemies": true, "detractors": true, "foes": true,
	"victim": true, "victims": true, "challenger": true, "challengers": true}

// kinNouns are the family of the party that modifies them: "the parents of B" are not B.
var kinNouns = lexicon.WordSet{"parents": true, "family": true, "families": true, "relatives": true, "wife": true,
	"husband": true, "widow": true, "son": true, "sons": true, "daughter": true, "daughters": true, "mother": true,
	"father": true, "brother": true, "sister": true, "children": true}

// audienceNouns are the people a party speaks to who are no party: "reporters in Oslo"
// are not Norway.
var audienceNouns = lexicon.WordSet{"reporters": true, "journalists": true, "press": true, "audience": true,
	"crowd": true, "crowds": true, "supporters": true}

// civilNouns are people and bodies of a state that do not act for it.
var civilNouns = lexicon.WordSet{"unions": true, "workers": true, "farmers": true, "voters": true,
	"citizens": true, "residents": true, "students": true, "businesses": true, "fishermen": true,
	"consumers": true, "taxpayers": true, "shoppers": true, "tourists": true, "fans": true}

// actorModifiers are the relations by which a noun's modifier names the party the noun
// stands for: "Russian officials", "the Kremlin's spokesman", "officials of Russia".
var actorModifiers = []string{"appos", "flat", "nmod:poss", "amod", "compound", "nmod"}

var relativePronouns = lexicon.WordSet{"who": true, "which": true, "that": true, "whom": true}

// actorAt returns the actor token k names or refers to, if any.
func (v *view) actorAt(k int) []string {
	if w := v.low[k]; w == "i" || w == "me" {
		// "“Chairman Kim and I have agreed,” Moon said": the speaker of the quotation
		if id := v.quoteSpeaker(k); id != "" {
			return []string{id}
		}
		return nil
	}
	if want := pronounWants(v.low[k]); want != nil {
		if id := v.remarkSubject(k, want); id != "" {
			// "A says B broke C, a charge it denies"
			return []string{id}
		}
	}
	if m, ok := v.mention(k); ok && (isActor(m) || m.Type == diplograph.TypeCountry) {
		if placeNouns[v.word(m.Start-1)] {
			// "in the Chilean capital Santiago": a place named in apposition, whatever
			// the parse made of it
			return nil
		}
		// a country in an argument's place acts, even where it reads as a place elsewhere
		ids := []string{m.Entity}
		if m.Start < k && m.Type == diplograph.TypeCountry {
			// "Chilean and Peruvian officials", the second state's name read with the noun:
			// the states of the noun's other modifiers act too
			for _, c := range v.s.Children(k) {
				if d := v.s.Tokens[c].Dep; (d == "amod" || d == "compound") && c < m.Start {
					for _, x := range append([]int{c}, v.conjuncts(c)...) {
						if cm, ok := v.mention(x); ok && cm.Type == diplograph.TypeCountry && x < m.Start {
							ids = append(ids, cm.Entity)
						}
					}
				}
			}
		}
		return uniq(ids)
	}
	if id := v.ellipticCountry(k); id != "" {
		// "North and South Korea": the first half names a state of its own
		return []string{id}
	}
	if relativePronouns[v.low[k]] {
		// "Turkey, which accused B": the relative clause's noun
		if h := v.s.Tokens[k].Head; h >= 0 && v.s.Tokens[h].Dep == "acl:relcl" && v.s.Tokens[h].Head >= 0 {
			if ids := v.actorAt(v.s.Tokens[h].Head); len(ids) > 0 {
				return ids
			}
		}
		// where the tree missed the relative clause, the party just before the comma
		if k >= 2 && v.low[k-1] == "," {
			if m, ok := v.mention(k - 2); ok && (isActor(m) || m.Type == diplograph.TypeCountry) {
				return []string{m.Entity}
			}
		}
		return nil
	}
	if d := v.s.Tokens[k].Dep; d == "obj" || d == "iobj" || relMatches(d, "obl") {
		if v.low[k] == "them" {
			if id := v.pluralObject(k); id != "" {
				return []string{id}
			}
		}
		if id := v.objectPronoun(k); id != "" {
			return []string{id}
		}
	}
	if id := v.pronoun(k); id != "" {
		return []string{id}
	}
	if id := v.officeHolder(k); id != "" {
		return []string{id}
	}
	if id, _ := v.demonymOffice(k); id != "" {
		// "the Chilean leader"
		return []string{id}
	}
	if id := v.bodyReference(k); id != "" {
		return []string{id}
	}
	if id := v.governmentReference(k); id != "" {
		// "the regime" after "the Syrian regime"
		return []string{id}
	}
	if ids := v.theyPair(k); len(ids) > 0 && v.low[k] == "they" {
		// "A and B do not agree on much. But they did agree": the pair just named before
		// the latest meeting or agreement
		return ids
	}
	if ids := v.groupReference(k); len(ids) > 0 {
		return ids
	}
	if ids := v.pairReference(k); len(ids) > 0 {
		// "the two sides", "both countries"
		return ids
	}
	if ids := v.theyPair(k); len(ids) > 0 {
		return ids
	}
	if partWords[v.low[k]] && !v.setOff(k) {
		// "one of the militias", "some of B's officials": the party the part belongs to
		// (set off by commas, "A, one of B's allies," describes a party named beside it)
		for _, c := range v.s.Children(k) {
			if v.s.Tokens[c].Dep == "nmod" && hasMarker(v.s, c, lexicon.WordSet{"of": true}) {
				return v.actorAt(c)
			}
		}
	}
	if !strings.HasPrefix(v.s.Tokens[k].Tag, "NN") {
		return nil
	}
	if ids := v.namedInApposition(k); len(ids) > 0 {
		// "businessman Boris Berezovsky", "the Kurdish group YPG": the noun describes the
		// party named with it, whatever the noun
		return ids
	}
	if h := v.s.Tokens[k].Head; v.s.Tokens[k].Dep == "appos" && h >= 0 {
		// "B, his former lawyer, who accused C": the noun describes the party it follows
		if m, ok := v.mention(h); ok && !m.Place && (m.Type == diplograph.TypePerson || m.Type == diplograph.TypeOrganization) {
			return []string{m.Entity}
		}
	}
	if ids := v.predicateSubject(k); len(ids) > 0 {
		// "B was the first official to meet C": the subject the noun describes
		return ids
	}
	if ids := v.issuedBy(k); len(ids) > 0 {
		// "a commentary published by Xinhua accused B": the publisher speaks
		return ids
	}
	if ids := v.reportReference(k); len(ids) > 0 {
		// "A UN report blamed B for C. ... The report also faults D": its author
		return ids
	}
	if businessNouns[v.low[k]] {
		// "the Hamas militant group", "the China Daily newspaper": the organisation named
		// before the noun is the noun; a state there is not ("the US firm")
		if ids := v.namedModifiers(k, "compound", diplograph.TypeOrganization); len(ids) > 0 {
			return ids
		}
	}
	if businessNouns[v.low[k]] || otherSide[v.low[k]] || civilNouns[v.low[k]] || kinNouns[v.low[k]] || audienceNouns[v.low[k]] {
		// "the US firm": a company of the state; "B's critics": not B; "B's trade unions",
		// "B's farmers": people of the state, not the state
		return nil
	}
	// "US giant Monsanto": a name no one knows, of a company of the state
	unknownName := strings.HasPrefix(v.s.Tokens[k].Tag, "NNP") && v.ment[k] < 0 && !lexicon.Words.Office[v.low[k]] &&
		!lexicon.Words.TitleAbbrev[strings.TrimSuffix(v.low[k], ".")]
	stateNoun := stateNouns[v.low[k]]
	for _, rel := range actorModifiers {
		var out []string
		for _, c := range v.s.Children(k) {
			if v.s.Tokens[c].Dep != rel {
				continue
			}
			if rel == "nmod" && !hasMarker(v.s, c, lexicon.WordSet{"of": true, "from": true, "in": true, "by": true}) {
				continue
			}
			if rel == "nmod" && hasMarker(v.s, c, lexicon.WordSet{"of": true}) && nounIn(victimNouns, v.low[k]) {
				// "the poisoning of B": B suffered it
				continue
			}
			if rel == "nmod" && hasMarker(v.s, c, lexicon.WordSet{"by": true}) && !nounIn(actNouns, v.low[k]) && !nounIn(wrongfulActs, v.low[k]) {
				// "the strikes by B": the agent of an act, not of anything named with "by"
				continue
			}
			if rel == "nmod" && eventNouns[lemmaOf(v.low[k])] {
				// "a summit in the Chilean capital": where it met, not who
				continue
			}
			if rel == "nmod" && hasMarker(v.s, c, lexicon.WordSet{"in": true}) &&
				(nounIn(wrongfulActs, v.low[k]) || nounIn(wrongfulNoun, v.low[k]) || nounIn(actNouns, v.low[k])) {
				// "the atrocities in B": where they were done, not who did them
				continue
			}
			xs := append([]int{c}, v.conjuncts(c)...)
			if _, ok := v.mention(c); !ok && rel == "compound" && (roleNouns[v.low[k]] || roleNouns[strings.TrimSuffix(v.low[k], "s")]) {
				// "a U.N. human rights official": the party modifies the noun before it
				xs = append(xs, v.compoundModifiers(c)...)
			}
			for _, x := range xs {
				m, ok := v.mention(x)
				if !ok || !isActor(m) && m.Type != diplograph.TypeCountry {
					continue
				}
				if (rel == "appos" || rel == "flat") && m.Type != diplograph.TypePerson {
					continue
				}
				if unknownName && m.Type == diplograph.TypeCountry {
					continue
				}
				if stateNoun && m.Type == diplograph.TypePerson {
					// "B's government": the state the person represents
					if c := v.countryOf(m.Entity); c != "" {
						out = append(out, c)
						continue
					}
				}
				out = append(out, m.Entity)
			}
		}
		if len(out) > 0 {
			if titles, ok := officeNouns[v.low[k]]; ok && rel == "nmod" {
				// "the presidents of A and B": the persons holding that office, where
				// the article names one for every state
				return v.holdersOf(out, titles)
			}
			return uniq(out)
		}
	}
	return nil
}

// placeNouns name a place whose name may follow them in apposition.
var placeNouns = lexicon.WordSet{"capital": true, "city": true, "town": true, "port": true, "village": true, "province": true, "region": true}

// eventNouns are nouns of meetings, whose place is no party to them.
var eventNouns = lexicon.WordSet{"summit": true, "meeting": true, "talk": true, "conference": true, "session": true,
	"negotiation": true, "ceremony": true, "forum": true}

// holdersOf returns for every state in ids the person holding one of the titles, or ids
// unchanged unless every state has exactly one.
func (v *view) holdersOf(ids, titles []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		p := v.holderFor(id, titles)
		if p == "" {
			return uniq(ids)
		}
		out = append(out, p)
	}
	return uniq(out)
}

// countryOf returns the entity id of the country a person represents, if the article
// says which.
func (v *view) countryOf(person string) string {
	for _, e := range v.doc.Entities {
		if e.ID == person && e.Country != "" {
			for _, c := range v.doc.Entities {
				if c.Type == diplograph.TypeCountry && c.Code == e.Country {
					return c.ID
				}
			}
		}
	}
	return ""
}

// conjuncts returns the tokens coordinated with token k ("A, B and C": B and C for A).
func (v *view) conjuncts(k int) []int {
	var out []int
	for _, c := range v.s.Children(k) {
		if v.s.Tokens[c].Dep == "conj" {
			out = append(out, c)
			out = append(out, v.conjuncts(c)...)
		}
	}
	return out
}

// ownSubject reports whether clause k has a subject of its own.
func (v *view) ownSubject(k int) bool {
	for _, c := range v.s.Children(k) {
		if relMatches(v.s.Tokens[c].Dep, "nsubj") {
			return true
		}
	}
	return false
}

// claimsAt returns the claim text of the clause or phrase headed by token c, and of each
// of its conjuncts as claims of their own: the subtree without its leading case or mark
// word, without trailing punctuation and without the tokens in outside (with the case
// words that introduce them).
func (v *view) claimsAt(c int, outside map[int]bool) []string {
	return v.claimSpans(c, outside, true)
}

// ownArgument reports whether predicate k has a dependent of its own beside its subject,
// its auxiliaries and its conjuncts: an object, an oblique, a complement, a modifier.
func (v *view) ownArgument(k int) bool {
	for _, x := range v.s.Children(k) {
		switch d := v.s.Tokens[x].Dep; {
		case relMatches(d, "nsubj"), relMatches(d, "aux"), d == "cop", d == "conj", d == "cc", d == "punct", d == "mark":
		default:
			if x > k {
				return true
			}
		}
	}
	return false
}

// claimAt returns the claim text of the clause or phrase headed by token c with its
// conjuncts: what is agreed to is one claim ("agreed to suspend tests and discuss C").
func (v *view) claimAt(c int, outside map[int]bool) []string {
	return v.claimSpans(c, outside, false)
}

// claimSpans returns the claims of claimsAt, one for each coordinated predicate when
// split is set, else one for the whole.
func (v *view) claimSpans(c int, outside map[int]bool, split bool) []string {
	if relativePronouns[v.low[c]] {
		// "the raids, which A blames on B": the claim is what the relative clause is about
		if h := v.s.Tokens[c].Head; h >= 0 && v.s.Tokens[h].Dep == "acl:relcl" && v.s.Tokens[h].Head >= 0 {
			n := v.s.Tokens[h].Head
			if r := v.renamed(n); r >= 0 {
				// "the bombing of the port, an attack that A blamed on B"
				from, _ := v.s.Subtree(r)
				for from < r && v.s.Tokens[from].Head == r && (v.s.Tokens[from].Dep == "case" || v.s.Tokens[from].Dep == "mark") {
					from++
				}
				if to, _ := v.s.Subtree(n); from < to {
					return []string{v.spanTokens(from, to)}
				}
			}
			toks := subtreeTokens(v.s, n, map[int]bool{h: true})
			var keep []int
			for _, t := range toks {
				if t <= n || v.s.Tokens[t].Head == n && v.s.Tokens[t].Dep != "punct" {
					keep = append(keep, t)
				}
			}
			if len(keep) > 0 {
				return []string{v.spanTokens(keep[0], n+1)}
			}
		}
		return nil
	}
	outside = v.withoutRemarks(c, outside)
	var out []string
	var heads []int
	var walk func(k int)
	walk = func(k int) {
		heads = append(heads, k)
		if !split {
			return
		}
		if !v.ownArgument(k) {
			// "was killed and burned in C": what follows the last verb is the first's too
			return
		}
		for _, x := range v.s.Children(k) {
			if v.s.Tokens[x].Dep == "conj" && isPredicateLike(v.s.Tokens[x].Tag) && isPredicateLike(v.s.Tokens[k].Tag) && !v.ownSubject(x) {
				walk(x)
			}
		}
	}
	walk(c)
	for _, h := range heads {
		skip := map[int]bool{}
		predicate := v.hasChildRel(h, "cop") && v.partySubject(h) && strings.HasPrefix(v.s.Tokens[h].Tag, "NN")
		for _, x := range v.s.Children(h) {
			d := v.s.Tokens[x].Dep
			if len(heads) > 1 && (d == "conj" || d == "cc") {
				skip[x] = true
			}
			if predicate && (relMatches(d, "nsubj") || d == "cop" || d == "aux" || d == "advcl" || d == "parataxis" || d == "mark") {
				// "this will be the first deal that B signed": the noun phrase, not the clause
				skip[x] = true
			}
			if (relMatches(d, "mark") || relMatches(d, "case")) && x < h && x == firstOf(v.s, h, skip) {
				skip[x] = true
			}
			if d == "punct" || d == "parataxis" || d == "advcl" && (hasMarker(v.s, x, contrastMarks) || hasMarker(v.s, x, lexicon.Words.Clause)) {
				// "of betraying C, while D said ...": a clause of its own
				skip[x] = true
			}
		}
		var toks []int
		sub := subtreeTokens(v.s, h, skip)
		stranded := map[int]bool{}
		if h == c {
			for _, t := range v.strandedTail(c, sub, outside) {
				stranded[t] = true
				sub = append(sub, t)
			}
		}
		for _, t := range sub {
			if !stranded[t] && (outside[t] || outside[v.s.Tokens[t].Head] && relMatches(v.s.Tokens[t].Dep, "case")) {
				continue
			}
			toks = append(toks, t)
		}
		// the claim is the run of kept tokens around its head that no outside token cuts
		lo, hi := -1, -1
		for i, t := range toks {
			if t == h {
				lo, hi = i, i
			}
		}
		if lo < 0 {
			continue
		}
		gap := func(a, b int) bool {
			for x := a + 1; x < b; x++ {
				if outside[x] && !stranded[x] || v.foreignClause(x, c) {
					return true
				}
			}
			return false
		}
		for lo > 0 && !gap(toks[lo-1], toks[lo]) {
			lo--
		}
		for hi+1 < len(toks) && !gap(toks[hi], toks[hi+1]) {
			hi++
		}
		if text := v.spanTokens(toks[lo], toks[hi]+1); text != "" {
			out = append(out, text)
		}
	}
	return out
}

// remarkNouns are the nouns of a remark appended to a claim: "..., a charge B denies".
var remarkNouns = lexicon.WordSet{"charge": true, "accusation": true, "allegation": true, "claim": true, "assertion": true}

// withoutRemarks returns outside with the remarks in the subtree of c added: an
// appositive "a charge B denies" says what others make of the claim, not what it is, and
// a relative clause after a comma ("the offer, which was criticised") adds to the noun.
func (v *view) withoutRemarks(c int, outside map[int]bool) map[int]bool {
	var out map[int]bool
	for _, t := range subtreeTokens(v.s, c, nil) {
		if t == c {
			continue
		}
		if v.s.Tokens[t].Dep == "acl:relcl" && t > c && v.nonRestrictive(t) {
			// "the offer, which was criticised as too little": a remark on the noun
		} else if v.s.Tokens[t].Dep == "advcl" && t > c && v.afterComma(t) && hasMarker(v.s, t, sceneMarks) && v.hasSubject(t) {
			// "downed the jet that crashed outside C, hours after B launched D": the scene
			// of the claim, set off by a comma, is no part of it
		} else if v.s.Tokens[t].Dep == "advcl" && t > c && v.afterComma(t) && v.s.Tokens[t].Tag == "VBG" &&
			lexicon.Words.Reporting[v.low[t]] && !v.hasSubject(t) && !v.hasChildRel(t, "mark") {
			// "accused B of imposing sanctions, saying the move showed C": the speaker's
			// words after the claim are no part of it
		} else if v.s.Tokens[t].Dep != "appos" || !remarkNouns[lemmaOf(v.low[t])] {
			continue
		} else {
			relative := false
			for _, x := range v.s.Children(t) {
				relative = relative || v.s.Tokens[x].Dep == "acl:relcl"
			}
			if !relative {
				continue
			}
		}
		if out == nil {
			out = make(map[int]bool, len(outside)+8)
			for k, b := range outside {
				out[k] = b
			}
		}
		for _, x := range subtreeTokens(v.s, t, nil) {
			out[x] = true
		}
	}
	if out == nil {
		return outside
	}
	return out
}

// nonRestrictive reports whether the relative clause headed by t is set off by a comma
// and opened by "which" or "who".
func (v *view) nonRestrictive(t int) bool {
	start, _ := v.s.Subtree(t)
	if v.low[start] == "," {
		// the comma may hang in the clause
		start++
	} else if start == 0 || v.low[start-1] != "," {
		return false
	}
	return start < v.n() && (v.low[start] == "which" || v.low[start] == "who" || v.low[start] == "whom")
}

// contrastMarks open a clause that says something else beside a claim.
var contrastMarks = lexicon.WordSet{"while": true, "whereas": true, "although": true, "though": true, "but": true}

func isPredicateLike(tag string) bool { return strings.HasPrefix(tag, "VB") }

// firstOf returns the first token of the subtree of h, leaving out the skipped children.
func firstOf(s *parse.Sentence, h int, skip map[int]bool) int {
	toks := subtreeTokens(s, h, skip)
	if len(toks) == 0 {
		return h
	}
	return toks[0]
}

// subtreeTokens returns the tokens of h's subtree in order, without the subtrees of the
// skipped children of h.
func subtreeTokens(s *parse.Sentence, h int, skip map[int]bool) []int {
	var out []int
	var walk func(k int)
	walk = func(k int) {
		out = append(out, k)
		for _, c := range s.Children(k) {
			if k == h && skip[c] {
				continue
			}
			walk(c)
		}
	}
	walk(h)
	// insertion sort: subtrees are small
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// spanTokens returns the sentence text of tokens [from, to), without quotes or
// punctuation at either end.
func (v *view) spanTokens(from, to int) string {
	for from < to && (trimmable(v.low[from]) || from+1 < to && complementizers[v.low[from]]) {
		from++
	}
	for to > from && trimmable(v.low[to-1]) {
		to--
	}
	if from >= to {
		return ""
	}
	return v.s.Text[v.s.Tokens[from].Start:v.s.Tokens[to-1].End]
}

// complementizers open a reported clause; a claim leaves them out.
var complementizers = lexicon.WordSet{"that": true, "whether": true}

func trimmable(w string) bool {
	return w == "\"" || w == "'" || w == "," || w == "." || w == ";" || w == ":" || w == "-" || w == "--" || w == "`" || w == "``" || w == "''"
}

// hasChildWord reports whether token k has a child that is the word w.
func (v *view) hasChildWord(k int, w string) bool {
	for _, c := range v.s.Children(k) {
		if v.low[c] == w {
			return true
		}
	}
	return false
}

// callOff are the particle verbs that call an event off or put it back: "pushed back",
// "called off", "put off".
var callOff = map[string]string{"push": "back", "call": "off", "put": "off", "set": "back"}

// nounStatus says what the tree says of an event named by noun i: the status of the verb
// it is the subject or object of, and whether that verb calls it off ("the meeting was
// postponed", "the talks were pushed back").
func (v *view) nounTreeStatus(i int) status {
	if v.hasNegatingDet(i) {
		return negated
	}
	st := happened
	if v.question() {
		st = hypothetical
	}
	h := v.s.Tokens[i].Head
	d := v.s.Tokens[i].Dep
	if h < 0 || !(relMatches(d, "nsubj") || d == "obj" || relMatches(d, "obl")) || !strings.HasPrefix(v.s.Tokens[h].Tag, "VB") {
		return st
	}
	w := v.low[h]
	prt := callOff[lemmaOf(w)]
	arg := relMatches(d, "nsubj") || d == "obj"
	switch {
	case lexicon.Words.Cancel[w]:
		return negated
	case prt != "" && v.hasChildWord(h, prt):
		return negated
	case arg && lexicon.Words.Planned[w]:
		st = worse(st, planned)
	case arg && lexicon.Words.Hypothetical[w] || relMatches(d, "obl") && hasMarker(v.s, i, lexicon.WordSet{"for": true}):
		// "A proposed talks with B", "A called for talks with B"
		st = worse(st, hypothetical)
	}
	if !arg {
		// "In a call with B, A urged restraint": the verb of the clause is not the event,
		// but "no talks are planned at the summit between A and B" says it is none
		for _, c := range v.s.Children(h) {
			if relMatches(v.s.Tokens[c].Dep, "nsubj") && v.negatingSubject(c) {
				return negated
			}
		}
		if lexicon.Words.Planned[w] {
			st = worse(st, planned)
		}
		return st
	}
	return worse(st, v.treeStatus(h))
}

// isDay reports whether w names a day: a weekday, today or tomorrow.
func isDay(w string) bool {
	_, ok := weekdays[w]
	return ok || w == "today" || w == "tomorrow"
}

// presentTense reports whether verb k is in the present: tagged so, or a word in -s
// with a subject that the tagger read as a plural noun ("Berg meets Lind").
func (v *view) presentTense(k int) bool {
	switch tag := v.s.Tokens[k].Tag; {
	case tag == "VBZ" || tag == "VBP":
		return true
	case tag == "NNS" && strings.HasSuffix(v.low[k], "s"):
		return v.hasChildRel(k, "nsubj") && v.hasChildRel(k, "obj")
	}
	return false
}

// hasDayChild reports whether verb k has a day among its children, whatever their
// relation ("meet Tuesday", "meets B tomorrow").
func (v *view) hasDayChild(k int) bool {
	for _, c := range v.s.Children(k) {
		if isDay(v.low[c]) {
			return true
		}
	}
	return false
}

// timeMarks open a clause that says when something else happens.
var timeMarks = lexicon.WordSet{"when": true, "once": true, "after": true, "before": true}

// hasChildRel reports whether token k has a child attached by relation rel.
func (v *view) hasChildRel(k int, rel string) bool {
	for _, c := range v.s.Children(k) {
		if v.s.Tokens[c].Dep == rel {
			return true
		}
	}
	return false
}

// hasChildIn reports whether token k has a child among words.
func (v *view) hasChildIn(k int, words lexicon.WordSet) bool {
	for _, c := range v.s.Children(k) {
		if words[v.low[c]] {
			return true
		}
	}
	return false
}

// question reports whether the sentence asks something: "What has A said about talks
// with B?"
func (v *view) question() bool {
	return strings.HasSuffix(strings.TrimRight(v.s.Text, "\"' \u201d"), "?")
}

// hasTimeChild reports whether verb k has a time modifier without a preposition ("this
// week", "Tuesday", "next month").
func (v *view) hasTimeChild(k int) bool {
	for _, c := range v.s.Children(k) {
		if d := v.s.Tokens[c].Dep; d == "obl:unmarked" || d == "obl:tmod" || d == "nmod:tmod" {
			return true
		}
	}
	return false
}

// futureAux reports whether verb k has an auxiliary of the future ("will", "'ll").
func (v *view) futureAux(k int) bool {
	for _, c := range v.s.Children(k) {
		if relMatches(v.s.Tokens[c].Dep, "aux") && lexicon.Words.Planned[v.low[c]] {
			return true
		}
	}
	return false
}

// rankWords rank a noun among others who did something: "the first official to accuse B".
var rankWords = lexicon.WordSet{"first": true, "last": true, "only": true, "latest": true, "second": true,
	"third": true, "sole": true}

// evidenceFor reports whether the infinitive k tells what the evidence it hangs on
// shows ("evidence to implicate B"); a determiner "no" on the noun negates it.
func (v *view) evidenceFor(k int) bool {
	n := v.s.Tokens[k].Head
	return n >= 0 && (v.low[n] == "evidence" || v.low[n] == "proof") && !v.hasNegatingDet(n)
}

// ranked reports whether noun n is ranked by an ordinal or superlative modifier ("the
// first official", "the most senior official"), so that an infinitive on it tells what
// was done.
func (v *view) ranked(n int) bool {
	if n < 0 || !strings.HasPrefix(v.s.Tokens[n].Tag, "NN") {
		return false
	}
	for _, c := range v.s.Children(n) {
		if d := v.s.Tokens[c].Dep; d != "amod" && d != "advmod" {
			continue
		}
		if w := v.low[c]; rankWords[w] || v.s.Tokens[c].Tag == "JJS" || strings.HasPrefix(w, "highest") || v.hasChildWord(c, "most") {
			return true
		}
	}
	return false
}

// negatingSubject reports whether subject k is quantified by "no" or "neither", or is
// itself "none", "nobody" or "neither" ("none of B's officials").
func (v *view) negatingSubject(k int) bool {
	w := v.low[k]
	return w == "none" || w == "nobody" || w == "neither" || v.hasNegatingDet(k)
}

// hasNegatingDet reports whether noun k is quantified by "no" or "neither".
func (v *view) hasNegatingDet(k int) bool {
	for _, c := range v.s.Children(k) {
		if v.s.Tokens[c].Dep == "det" && (v.low[c] == "no" || v.low[c] == "neither") {
			return true
		}
	}
	return false
}

// treeStatus returns what the text says of the event at token k: negated by a negator
// on it or on what governs it ("did not accuse", "refused to accept"), planned or
// hypothetical by a modal auxiliary, a condition, or a governing verb of intent or hope
// ("will meet", "if they sign", "plans to visit").
func (v *view) treeStatus(k int) status {
	st := happened
	if tag := v.s.Tokens[k].Tag; v.s.Index < 0 && tag != "VBD" && tag != "VBN" &&
		(v.hasDayChild(k) || k+1 < len(v.low) && isDay(v.low[k+1])) {
		// a headline's present with a day is the future: "A and B meet Tuesday"
		st = planned
	}
	if h := v.s.Tokens[k].Head; h >= 0 && v.s.Tokens[k].Dep == "xcomp" && v.hasChildWord(k, "to") && !lexicon.Words.Asserting[v.low[h]] {
		// "agreed to meet again", "plans to sign": what is meant, not what happened
		// ("managed to sign" is)
		st = worse(st, hypothetical)
	}
	if v.presentTense(k) && (v.hasTimeChild(k) || v.hasDayChild(k)) {
		// the present with a time is a schedule: "A meets B this week"
		st = planned
	}
	if tag := v.s.Tokens[k].Tag; (tag == "VBZ" || tag == "VBP") && v.s.Tokens[k].Dep == "acl:relcl" {
		// "could scuttle any accord that the powers agree upon": the present in a clause
		// on a noun takes the mood of the verb that noun depends on
		if n := v.s.Tokens[k].Head; n >= 0 {
			if g := v.s.Tokens[n].Head; g >= 0 && strings.HasPrefix(v.tag(g), "VB") && v.auxMood(g) != happened {
				st = worse(st, hypothetical)
			}
		}
	}
	if v.s.Tokens[k].Tag == "VBG" && (v.s.Tokens[k].Dep == "advcl" || relMatches(v.s.Tokens[k].Dep, "obl")) {
		// "A would gain from hosting B", "after meeting B, A will fly on": a gerund after a
		// preposition shares the mood of the verb it hangs from
		if g := v.s.Tokens[k].Head; g >= 0 && strings.HasPrefix(v.tag(g), "VB") {
			st = worse(st, v.auxMood(g))
		}
	}
	if v.question() {
		st = worse(st, hypothetical)
	}
	if v.s.Tokens[k].Dep == "conj" && !v.hasAux(k) {
		// "should make a commitment and join the treaty": a second verb without
		// auxiliaries of its own shares the mood of the first
		if g := v.s.Tokens[k].Head; g >= 0 && strings.HasPrefix(v.tag(g), "VB") {
			// (a negation of the first verb is its own: "did not sign and left")
			if gs := v.treeStatus(g); gs != negated {
				st = worse(st, gs)
			}
		}
	}
	for depth := 0; k >= 0 && depth < 4; depth++ {
		if depth > 0 && (lexicon.Words.Deny[v.low[k]] || lexicon.Words.Reject[v.low[k]]) {
			// "B rejected A's accusation": the accusation was made all the same
			break
		}
		for _, c := range v.s.Children(k) {
			w, d := v.low[c], v.s.Tokens[c].Dep
			switch {
			case d == "advmod" && (w == "longer" || w == "more") && v.hasChildWord(c, "no"):
				// "no longer accuses"
				if depth == 0 {
					return negated
				}
				st = worse(st, negated)
			case depth == 0 && relMatches(d, "nsubj") && v.negatingSubject(c):
				// "no sitting president has met B"
				return negated
			case (d == "advmod" || d == "det" || relMatches(d, "aux") || d == "cc:preconj") && lexicon.Words.Negators[w] && !v.negatesInfinitive(c) &&
				!(w == "not" && v.word(c+1) == "only"):
				// ("not only C but D" asserts C)
				if depth == 0 {
					return negated
				}
				st = worse(st, negated)
			case depth > 0 && d == "advmod" && w == "yet":
				// "A has yet to ratify C"
				st = worse(st, negated)
			case relMatches(d, "aux") && lexicon.Words.Planned[w]:
				st = worse(st, planned)
			case relMatches(d, "aux") && lexicon.Words.Hypothetical[w]:
				st = worse(st, hypothetical)
			case depth == 0 && (d == "cop" || relMatches(d, "aux")) && isBe(w) && c < k && v.toBefore(k, c) && v.low[k] != "blame":
				// "Peru was to host B": arranged, not done ("B was to blame" is culpable)
				st = worse(st, planned)
			case depth == 0 && relMatches(d, "aux") && inverting[w] && v.subjectAfter(k, c):
				// "it would have been longer had he denied the charge": a condition
				st = worse(st, hypothetical)
			case d == "mark" && lexicon.Words.Clause[w]:
				st = worse(st, hypothetical)
			case depth == 0 && d == "advcl" && c < k && v.conditionClause(c):
				// "if B has tested the warhead, B is threatening C": what holds on a
				// condition put first
				st = worse(st, hypothetical)
			}
		}
		if depth == 0 && v.pendingBefore(k) {
			// "until B agrees to leave", "once they sign": the present after these
			// conjunctions speaks of what has not happened yet
			st = worse(st, planned)
		}
		if d := v.s.Tokens[k].Dep; (d == "acl" || d == "advcl") && v.hasChildWord(k, "to") &&
			!(d == "acl" && (v.ranked(v.s.Tokens[k].Head) || v.evidenceFor(k))) {
			// "efforts to reach a deal", "in order to sign": an aim, not an event (but
			// "the first official to accuse B" did, and "evidence to implicate B" does)
			st = worse(st, hypothetical)
		}
		if depth > 0 {
			if lexicon.Words.Blockers[v.low[k]] {
				st = worse(st, negated)
			}
			if lexicon.Words.Planned[v.low[k]] {
				st = worse(st, planned)
			}
			if lexicon.Words.Hypothetical[v.low[k]] {
				st = worse(st, hypothetical)
			}
		}
		if d := v.s.Tokens[k].Dep; d == "advcl" && (hasMarker(v.s, k, timeMarks) || v.hasChildIn(k, timeMarks)) {
			// "they will know more when A hosts B": the time of a future event
			for h, up := v.s.Tokens[k].Head, 0; h >= 0 && up < 3; h, up = v.s.Tokens[h].Head, up+1 {
				if v.futureAux(h) {
					st = worse(st, planned)
					break
				}
			}
			break
		}
		if d := v.s.Tokens[k].Dep; d != "xcomp" && !(depth == 0 && (d == "obj" || d == "nsubj:pass") && strings.HasPrefix(v.s.Tokens[k].Tag, "NN")) &&
			!((d == "acl" || d == "advcl") && v.s.Tokens[k].Head >= 0 && strings.HasPrefix(v.s.Tokens[v.s.Tokens[k].Head].Tag, "NN")) {
			// "on the verge of signing C" climbs to "verge"
			break
		}
		k = v.s.Tokens[k].Head
	}
	return st
}

// hasAux reports whether verb k has an auxiliary of its own.
func (v *view) hasAux(k int) bool {
	for _, c := range v.s.Children(k) {
		if relMatches(v.s.Tokens[c].Dep, "aux") {
			return true
		}
	}
	return false
}

// negatesInfinitive reports whether negator c stands before the "to" of an infinitive it
// negates rather than the verb it hangs from: "A agreed not to raise tariffs" is an
// agreement.
func (v *view) negatesInfinitive(c int) bool {
	if c+2 >= v.n() || v.low[c+1] != "to" || !strings.HasPrefix(v.tag(c+2), "VB") {
		return false
	}
	h := v.s.Tokens[c].Head
	return h >= 0 && h < c && v.s.Tokens[c+2].Head == h
}

// auxMood says what the auxiliaries of verb g make of it: planned ("will"), hypothetical
// ("would", "could") or, without either, happened.
func (v *view) auxMood(g int) status {
	st := happened
	for _, c := range v.s.Children(g) {
		if !relMatches(v.s.Tokens[c].Dep, "aux") {
			continue
		}
		switch {
		case lexicon.Words.Planned[v.low[c]]:
			st = worse(st, planned)
		case lexicon.Words.Hypothetical[v.low[c]]:
			st = worse(st, hypothetical)
		}
	}
	return st
}

// pendingMarks are the conjunctions after which a verb in the present tells of an event
// still to come.
var pendingMarks = lexicon.WordSet{"until": true, "till": true, "once": true, "before": true}

// pendingBefore reports whether verb k, in the present tense in the body, opens with one
// of pendingMarks within the few words of its subject before it ("until B agrees").
func (v *view) pendingBefore(k int) bool {
	if v.s.Index < 0 || v.tag(k) != "VBZ" && v.tag(k) != "VBP" {
		return false
	}
	for x := k - 1; x >= 0 && k-x <= 5; x-- {
		w := v.low[x]
		if pendingMarks[w] {
			return true
		}
		if w == "," || w == ";" || w == ":" || w == "and" || w == "but" || lexicon.Words.Clause[w] {
			return false
		}
	}
	return false
}

// closingQuotes are the marks that close a quotation.
var closingQuotes = lexicon.WordSet{"\u201d": true, "\"": true, "\u2019": true, "''": true, "\u00bb": true}

// strandedRels are the relations by which a parse may hang the rest of a claim on the
// verb that introduces it rather than on the claim's own head: "agreed to hand over B to
// C", read with "to C" on "agreed".
var strandedRels = []string{"obl", "obj", "iobj", "advmod", "xcomp", "advcl", "nmod", "compound"}

// strandedTail returns the tokens of the later siblings of claim head c, under the same
// parent, that continue the claim without a break: no punctuation between them and the
// claim's subtree toks, and attached by one of strandedRels.
func (v *view) strandedTail(c int, toks []int, outside map[int]bool) []int {
	p := v.s.Tokens[c].Head
	if p < 0 || len(toks) == 0 {
		return nil
	}
	end := toks[0]
	for _, t := range toks {
		end = max(end, t)
	}
	var out []int
	for _, x := range v.s.Children(p) {
		if x <= end {
			continue
		}
		stranded := false
		for _, r := range strandedRels {
			stranded = stranded || relMatches(v.s.Tokens[x].Dep, r)
		}
		if !stranded || outside[x] && !outside[p] {
			// a claim hanging from a target ("branded B as C in D") keeps its siblings
			break
		}
		sub := subtreeTokens(v.s, x, nil)
		if len(sub) == 0 || sub[0] <= end || v.s.Tokens[sub[0]].Dep == "punct" || speechVerbs[lemmaOf(v.low[x])] {
			break
		}
		broken := false
		for y := end + 1; y < sub[0] && !broken; y++ {
			// a closing quotation mark does not end the claim: "a “black hand” behind C"
			broken = v.s.Tokens[y].Dep == "punct" && !closingQuotes[v.low[y]] || outside[y] && !outside[p]
		}
		if broken {
			break
		}
		out = append(out, sub...)
		end = sub[len(sub)-1]
	}
	return out
}

// inClaim reports whether token t lies in the subtree of one of the claim heads.
func (v *view) inClaim(t int, claims []int) bool {
	for x := t; x >= 0; x = v.s.Tokens[x].Head {
		if containsToken(claims, x) {
			return true
		}
	}
	return false
}

// ellipticCountry resolves the compass word at k in "North and South Korea", "East and
// West Germany" to the country the article names with that word in place of the second
// one's ("North Korea"), or "".
func (v *view) ellipticCountry(k int) string {
	if !compass[v.low[k]] || v.word(k+1) != "and" {
		return ""
	}
	m, ok := v.mention(k + 2)
	if !ok || m.Type != diplograph.TypeCountry || m.Start != k+2 || !compass[v.low[m.Start]] {
		return ""
	}
	_, rest, _ := strings.Cut(m.Text, " ")
	want := strings.ToLower(v.s.Tokens[k].Text + " " + rest)
	for _, e := range v.doc.Entities {
		if e.Type != diplograph.TypeCountry {
			continue
		}
		if strings.ToLower(e.Name) == want {
			return e.ID
		}
		for _, a := range e.Aliases {
			if strings.ToLower(a) == want {
				return e.ID
			}
		}
	}
	return ""
}

// namedInApposition returns the people and organisations named in apposition to common
// noun k: "businessman Boris Berezovsky", "the Kurdish group YPG", "rebel leaders A and B".
func (v *view) namedInApposition(k int) []string {
	if t := v.s.Tokens[k].Tag; t != "NN" && t != "NNS" {
		return nil
	}
	var out []string
	for _, c := range v.s.Children(k) {
		if d := v.s.Tokens[c].Dep; d != "appos" && d != "flat" {
			continue
		}
		for _, x := range append([]int{c}, v.conjuncts(c)...) {
			if m, ok := v.mention(x); ok && !m.Place && (m.Type == diplograph.TypePerson || m.Type == diplograph.TypeOrganization) {
				out = append(out, m.Entity)
			}
		}
	}
	return uniq(out)
}

// issuedNouns are texts by which a party speaks.
var issuedNouns = lexicon.WordSet{"statement": true, "commentary": true, "editorial": true,
	"communique": true, "communiqué": true, "report": true, "letter": true, "declaration": true,
	"article": true, "op-ed": true, "column": true, "study": true, "document": true, "dossier": true,
	"resolution": true, "memo": true, "note": true, "post": true, "tweet": true, "video": true}

// partWords name a part of a group by "of": "one of the militias".
var partWords = lexicon.WordSet{"one": true, "some": true, "many": true, "several": true, "two": true,
	"three": true, "each": true, "both": true, "most": true}

// setOff reports whether the phrase of token k stands beside a name it describes: set
// off by a comma, or holding a person's name in apposition ("One of B's allies, C, met").
func (v *view) setOff(k int) bool {
	start, end := v.s.Subtree(k)
	if start > 0 && v.low[start-1] == "," || end < len(v.low) && v.low[end] == "," {
		return true
	}
	for t := start; t < end; t++ {
		if m, ok := v.mention(t); ok && m.Type == diplograph.TypePerson && v.s.Tokens[t].Dep == "appos" {
			return true
		}
	}
	return false
}

// victimNouns are acts whose "of" names who suffered them.
var victimNouns = lexicon.WordSet{"poisoning": true, "assassination": true, "murder": true, "killing": true,
	"kidnapping": true, "abduction": true, "detention": true, "arrest": true, "execution": true,
	"torture": true, "persecution": true, "harassment": true, "intimidation": true, "massacre": true}

// actNouns are measures a party takes, named with the party as their agent: "the
// sanctions imposed by B".
var actNouns = lexicon.WordSet{"measure": true, "action": true, "step": true, "move": true,
	"policy": true, "decision": true, "sanction": true, "tariff": true, "operation": true,
	"campaign": true, "program": true, "programme": true, "plan": true, "restriction": true,
	"ban": true, "embargo": true, "blockade": true}

// issuedBy returns the parties by whom text or act k was issued or done: "a commentary
// published by Xinhua", "a statement released by the ministry", "the measures imposed by
// B", "the strikes carried out by B".
func (v *view) issuedBy(k int) []string {
	if !issuedNouns[v.low[k]] && !nounIn(actNouns, v.low[k]) && !nounIn(wrongfulActs, v.low[k]) {
		return nil
	}
	var out []string
	for _, c := range v.s.Children(k) {
		if v.s.Tokens[c].Dep != "acl" || v.s.Tokens[c].Tag != "VBN" {
			continue
		}
		for _, a := range v.s.Children(c) {
			if v.s.Tokens[a].Dep != "obl:agent" {
				continue
			}
			for _, x := range append([]int{a}, v.conjuncts(a)...) {
				out = append(out, v.actorAt(x)...)
			}
		}
	}
	return uniq(out)
}

// roleNouns are people who act for a body, named with the body's field before them:
// "a U.N. human rights official", "the Chinese foreign ministry spokesman".
var roleNouns = lexicon.WordSet{"official": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "minister": true, "envoy": true, "ambassador": true, "chief": true,
	"head": true, "negotiator": true, "diplomat": true, "adviser": true, "advisor": true,
	"aide": true, "representative": true, "delegate": true, "delegation": true, "commander": true,
	"investigator": true, "prosecutor": true, "expert": true, "monitor": true, "inspector": true,
	"director": true, "chairman": true, "secretary": true, "officer": true}

// predicateSubject returns the party a predicate noun k describes: the subject of its
// copula ("B was the first official"), or of "became" or "remained" ("B became the first
// official").
func (v *view) predicateSubject(k int) []string {
	clause := -1
	if v.hasChildRel(k, "case") {
		// "B was on the chain": a place, not a description
		return nil
	}
	if v.hasChildRel(k, "cop") {
		clause = k
	} else if h := v.s.Tokens[k].Head; h >= 0 && v.s.Tokens[k].Dep == "xcomp" && becomeVerbs[v.low[h]] {
		clause = h
	}
	if clause < 0 {
		return nil
	}
	for _, c := range v.s.Children(clause) {
		if id := v.acting(c); v.s.Tokens[c].Dep == "nsubj" && id != "" {
			return []string{id}
		}
	}
	return nil
}

// becomeVerbs are the forms of verbs whose complement describes their subject.
var becomeVerbs = lexicon.WordSet{"become": true, "became": true, "becomes": true, "becoming": true,
	"remain": true, "remained": true, "remains": true}

// authoredNouns are texts that speak for their author when named again as "the report".
var authoredNouns = lexicon.WordSet{"report": true, "study": true, "document": true, "dossier": true,
	"memo": true, "assessment": true, "analysis": true, "review": true, "statement": true, "communique": true}

// publishVerbs put out a text whose subject is its author.
var publishVerbs = lexicon.WordSet{"publish": true, "published": true, "publishes": true, "release": true,
	"released": true, "releases": true, "issue": true, "issued": true, "issues": true, "present": true,
	"presented": true, "produce": true, "produced": true, "compile": true, "compiled": true}

// reportReference resolves "the report" at token k to the author of the latest report
// named with its author before it, in this sentence or the ten before: "a UN report",
// "the agency's report", "a report by B", "B published a report". "The authors" are the
// author of the latest text of any kind so named.
func (v *view) reportReference(k int) []string {
	authors := v.low[k] == "authors"
	if !authoredNouns[v.low[k]] && !authors || v.word(k-1) != "the" || v.ment[k] >= 0 || len(v.s.Children(k)) > 1 {
		return nil
	}
	var out []string
	v.sentencesBack(k, 10, func(pv *view, limit int) bool {
		for x := limit - 1; x >= 0; x-- {
			if authors && !authoredNouns[pv.low[x]] || !authors && pv.low[x] != v.low[k] || pv == v && x == k {
				continue
			}
			out = pv.authorOf(x)
			if len(out) > 0 {
				return true
			}
		}
		return false
	})
	return out
}

// authorOf returns the parties named as the author of text x by its modifiers, its
// agent, or the subject of the verb that put it out.
func (v *view) authorOf(x int) []string {
	var out []string
	for _, c := range v.s.Children(x) {
		d := v.s.Tokens[c].Dep
		named := d == "compound" || d == "amod" || d == "nmod:poss" ||
			d == "nmod" && hasMarker(v.s, c, lexicon.WordSet{"by": true, "from": true})
		if id := v.acting(c); named && id != "" {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		out = v.issuedBy(x)
	}
	if h := v.s.Tokens[x].Head; len(out) == 0 && h >= 0 && v.s.Tokens[x].Dep == "obj" && publishVerbs[v.low[h]] {
		for _, c := range v.s.Children(h) {
			if id := v.acting(c); v.s.Tokens[c].Dep == "nsubj" && id != "" {
				out = append(out, id)
			}
		}
	}
	return uniq(out)
}

// acting returns the party named at token k that can act (a person, a body or a state,
// not a place), or "".
func (v *view) acting(k int) string {
	if m, ok := v.mention(k); ok && !m.Place && (isActor(m) || m.Type == diplograph.TypeCountry) {
		return m.Entity
	}
	return ""
}

// compoundModifiers returns the words that modify the compound noun c as nouns or
// adjectives, and theirs in turn, unless c names a body apart from a state.
func (v *view) compoundModifiers(c int) []int {
	if w := v.low[c]; businessNouns[w] || otherSide[w] || civilNouns[w] || kinNouns[w] || audienceNouns[w] {
		// "a Peruvian trade union leader" speaks for the union, not for Peru
		return nil
	}
	var out []int
	for _, x := range v.s.Children(c) {
		if d := v.s.Tokens[x].Dep; d == "compound" || d == "amod" {
			out = append(out, x)
			if _, ok := v.mention(x); !ok && d == "compound" {
				out = append(out, v.compoundModifiers(x)...)
			}
		}
	}
	return out
}

// namedModifiers returns the parties of type typ named by noun k's children in relation
// rel, with their conjuncts, that only adjectives part from k.
func (v *view) namedModifiers(k int, rel string, typ diplograph.EntityType) []string {
	var out []string
	for _, c := range v.s.Children(k) {
		if v.s.Tokens[c].Dep != rel {
			continue
		}
		for _, x := range append([]int{c}, v.conjuncts(c)...) {
			if m, ok := v.mention(x); ok && !m.Place && m.Type == typ && v.onlyAdjectives(m.End, k) {
				out = append(out, m.Entity)
			}
		}
	}
	return uniq(out)
}

// onlyAdjectives reports whether the tokens from i up to k are adjectives: "the Hamas
// militant group" names the group, "the State Department email chain" does not.
func (v *view) onlyAdjectives(i, k int) bool {
	for ; i < k; i++ {
		if !strings.HasPrefix(v.s.Tokens[i].Tag, "JJ") && v.s.Tokens[i].Dep != "amod" {
			return false
		}
	}
	return true
}

// afterComma reports whether the phrase of token t opens with a comma or follows one.
func (v *view) afterComma(t int) bool {
	f := firstOf(v.s, t, nil)
	return v.low[f] == "," || f > 0 && v.low[f-1] == ","
}

// asides returns the words of what a denial does not deny in claim c, or nil: an
// infinitive of purpose ("denied it had reached a deal with B to end the dispute") and
// the denier's remark in a participle after a comma ("denied arming B, calling the charge
// absurd").
func (v *view) asides(c int) map[int]bool {
	var out map[int]bool
	for _, t := range subtreeTokens(v.s, c, nil) {
		if t <= c || v.s.Tokens[t].Dep != "advcl" {
			continue
		}
		if v.purpose(t) || v.afterComma(t) && v.s.Tokens[t].Tag == "VBG" && !v.hasSubject(t) && !v.hasChildRel(t, "mark") {
			if out == nil {
				out = map[int]bool{}
			}
			for _, x := range subtreeTokens(v.s, t, nil) {
				out[x] = true
			}
		}
	}
	return out
}

// purpose reports whether clause t is an infinitive of purpose closing the phrase of a
// verb that has an object: "reached a deal with B to end the dispute".
func (v *view) purpose(t int) bool {
	h := v.s.Tokens[t].Head
	if h < 0 || v.s.Tokens[t].Tag != "VB" || !v.hasChildWord(t, "to") || !v.hasChildRel(h, "obj") {
		return false
	}
	_, end := v.s.Subtree(h)
	_, tEnd := v.s.Subtree(t)
	return tEnd == end
}

// toBefore reports whether verb k has the infinitive's "to" after its form of "be" at b.
func (v *view) toBefore(k, b int) bool {
	for _, c := range v.s.Children(k) {
		if v.s.Tokens[c].Dep == "mark" && v.low[c] == "to" && c > b && c < k {
			return true
		}
	}
	return false
}

// inverting are the auxiliaries that open a condition when put before the subject.
var inverting = lexicon.WordSet{"had": true, "were": true, "should": true}

// subjectAfter reports whether verb k has a subject after its auxiliary a.
func (v *view) subjectAfter(k, a int) bool {
	for _, c := range v.s.Children(k) {
		if relMatches(v.s.Tokens[c].Dep, "nsubj") && c > a {
			return true
		}
	}
	return false
}

// sceneMarks open a clause that sets when or against what something happened: the marks
// of time, and those of contrast that open a clause.
var sceneMarks = func() lexicon.WordSet {
	marks := lexicon.WordSet{"after": true, "before": true, "as": true, "since": true, "when": true}
	for w := range contrastMarks {
		if w != "but" {
			marks[w] = true
		}
	}
	return marks
}()

// foreignClause reports whether token x, inside the words of claim c, belongs to a
// predicate joined to one of c's ancestors rather than to c: in "says he is not linked
// to B, and claims C only does D" read with D under the claim, "and claims C" is the
// speaker's.
func (v *view) foreignClause(x, c int) bool {
	if descendsFrom(v.s, x, c) {
		return false
	}
	for k := x; k >= 0; k = v.s.Tokens[k].Head {
		if v.s.Tokens[k].Dep == "conj" {
			h := v.s.Tokens[k].Head
			return h >= 0 && descendsFrom(v.s, c, h)
		}
	}
	return false
}
