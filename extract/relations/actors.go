package relations

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/identity"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/parse"
)

// view is one sentence as the relation rules read it: lower-cased words, and for every
// token the mention it belongs to.
type view struct {
	doc *parse.Document
	// all is the title and body sentences in reading order; pos is this sentence's place.
	all []*parse.Sentence
	pos int
	s   *parse.Sentence
	low []string
	// ment[k] is the index in s.Mentions of the mention covering token k, or -1.
	ment []int
	// prior holds the relations found in earlier sentences and earlier rules of this
	// one, which a group reference ("the leaders", "they") is resolved against.
	prior []Found
}

func newView(doc *parse.Document, all []*parse.Sentence, pos int) *view {
	s := all[pos]
	v := &view{doc: doc, all: all, pos: pos, s: s, low: make([]string, len(s.Tokens)), ment: make([]int, len(s.Tokens))}
	for k, t := range s.Tokens {
		v.low[k] = strings.ToLower(parse.QuoteFolder.Replace(t.Text))
		v.ment[k] = -1
	}
	// where mentions nest ("Iraqi" in "Iraqi military"), the longest one holds the token
	for i, m := range s.Mentions {
		for k := m.Start; k < m.End && k < len(v.ment); k++ {
			if k < 0 {
				continue
			}
			if old := v.ment[k]; old >= 0 && s.Mentions[old].End-s.Mentions[old].Start >= m.End-m.Start {
				continue
			}
			v.ment[k] = i
		}
	}
	return v
}

func (v *view) n() int { return len(v.low) }

// word returns the lower-cased token k, or "" outside the sentence.
func (v *view) word(k int) string {
	if k < 0 || k >= len(v.low) {
		return ""
	}
	return v.low[k]
}

func (v *view) tag(k int) string {
	if k < 0 || k >= len(v.low) {
		return ""
	}
	return v.s.Tokens[k].Tag
}

// mention returns the mention covering token k, if any.
func (v *view) mention(k int) (parse.Mention, bool) {
	if k < 0 || k >= len(v.ment) || v.ment[k] < 0 {
		return parse.Mention{}, false
	}
	return v.s.Mentions[v.ment[k]], true
}

// isActor reports whether a mention can be a party to a relation.
func isActor(m parse.Mention) bool {
	return !m.Place && (m.Type == diplograph.TypePerson || m.Type == diplograph.TypeCountry || m.Type == diplograph.TypeOrganization)
}

// locatives are the prepositions before a place that is only where something happens.
var locatives = lexicon.WordSet{"in": true, "at": true, "from": true, "into": true, "near": true, "across": true,
	"inside": true, "outside": true, "throughout": true, "toward": true, "towards": true, "within": true, "to": true,
	"on": true, "around": true, "through": true}

// modifierActor reports whether a country mention marked as a place is the modifier of a
// noun that heads the phrase ending at end ("Russian officials", "Chinese diplomats"),
// which stands for the state when no more specific party is named.
func (v *view) modifierActor(m parse.Mention, end int) bool {
	if m.Type != diplograph.TypeCountry || locatives[v.word(m.Start-1)] {
		return false
	}
	if w := v.word(m.Start - 1); (w == "the" || w == "a") && locatives[v.word(m.Start-2)] {
		// "held in the Chilean capital": a place, not the state acting
		return false
	}
	if m.End >= end {
		return false
	}
	for k := m.End; k < end; k++ {
		if !strings.HasPrefix(v.tag(k), "NN") && !strings.HasPrefix(v.tag(k), "JJ") && v.tag(k) != "POS" && v.word(k) != "'s" {
			return false
		}
		if businessNouns[v.low[k]] || strings.HasPrefix(v.tag(k), "NNP") && v.ment[k] < 0 && k > m.End {
			// "the US agrochemical giant Monsanto", "Japanese car maker Mitsubishi": a
			// company of the state, not the state
			return false
		}
	}
	return strings.HasPrefix(v.tag(end-1), "NN")
}

// statePeople reports whether the country mention m is the adjective of plural nouns
// that stand for the state ("Turkish officials", "Chilean authorities").
func (v *view) statePeople(m parse.Mention) bool {
	if m.Type == diplograph.TypeCountry && m.End-m.Start > 1 && v.tag(m.End-1) == "NNS" && !locatives[v.word(m.Start-1)] {
		// the noun read with the state's name
		return true
	}
	end := m.End
	for end < len(v.s.Tokens) && strings.HasPrefix(v.tag(end), "NN") && v.ment[end] < 0 {
		end++
	}
	return end > m.End && v.tag(end-1) == "NNS" && v.modifierActor(m, end)
}

// businessNouns name a company or a body of no state: a state's adjective before them
// says where it is from, not that the state acts.
var businessNouns = lexicon.WordSet{"company": true, "companies": true, "firm": true, "firms": true, "giant": true,
	"maker": true, "makers": true, "group": true, "conglomerate": true, "carrier": true, "airline": true,
	"bank": true, "banks": true, "lender": true, "insurer": true, "retailer": true, "manufacturer": true,
	"producer": true, "operator": true, "subsidiary": true, "subsidiaries": true, "union": true, "club": true,
	"investor": true, "investors": true, "businessman": true, "tycoon": true, "billionaire": true, "brewer": true,
	"automaker": true, "carmaker": true, "supermarket": true, "chain": true, "broadcaster": true, "newspaper": true}

// namedPlace reports whether mention m names the place of a locative phrase headed by a
// common noun before it ("held in the Chilean capital Santiago", "in the port city of
// B"), which says where something happened rather than who acted. A plural noun before
// the preposition ("officials in the capital B") makes the place stand for its people.
func (v *view) namedPlace(m parse.Mention) bool {
	common := false
	for k := m.Start - 1; k >= 0 && m.Start-k <= 5; k-- {
		w, t := v.low[k], v.tag(k)
		switch {
		case locatives[w]:
			return common && !strings.HasPrefix(v.tag(k-1), "NNS")
		case v.ment[k] >= 0:
			mm, _ := v.mention(k)
			if !mm.Place && mm.Type != diplograph.TypeCountry {
				return false
			}
			k = mm.Start
		case t == "NN" || t == "NNS":
			common = true
		case w == "the" || w == "a" || w == "of" || strings.HasPrefix(t, "JJ"):
		default:
			return false
		}
	}
	return false
}

// subjectPronouns are the pronouns that can be the subject of a clause.
var subjectPronouns = lexicon.WordSet{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true}

// groupOfState reports whether a country mention ending right before the verb group at
// j is the complement of a plural subject head ("officials in Kiev said", "prosecutors
// in Sudan charged"): the people of that state acting, who stand for it.
func (v *view) groupOfState(m parse.Mention, j int) bool {
	if m.Type != diplograph.TypeCountry || m.End != j {
		return false
	}
	p := v.word(m.Start - 1)
	if p != "in" && p != "from" && p != "of" {
		return false
	}
	return v.tag(m.Start-2) == "NNS" && v.ment[max(m.Start-2, 0)] < 0
}

// subjectBoundaries end the search for a subject to the left of a verb.
var subjectBoundaries = lexicon.WordSet{";": true, ":": true, "that": true, "because": true, "but": true,
	"while": true, "whereas": true, "although": true, "though": true, "\"": true, "(": true, ")": true}

// subject finds the party (or the coordinated parties) acting as the subject of the
// verb group starting at token j: the nearest actor to its left within the clause, or a
// pronoun resolved to an earlier actor.
func (v *view) subject(j int) []string {
	if v.word(j-1) == "and" && j >= 2 {
		// "A complained about B and faulted C": the subject of the first verb
		for k := j - 2; k >= 0; k-- {
			if _, ok := v.mention(k); !ok && strings.HasPrefix(v.tag(k), "VB") && !lexicon.Words.Reporting[v.low[k]] {
				return v.subject(v.verbGroupStart(k))
			}
			if v.low[k] == "," || v.low[k] == ";" {
				break
			}
		}
	}
	if id := v.officeHolder(j - 1); id != "" {
		// "the foreign minister said": the person who holds the office
		return []string{id}
	}
	if k := j - 1; k >= 0 && strings.HasPrefix(v.tag(k), "NNP") && v.ment[k] < 0 && !lexicon.Words.Office[v.low[k]] &&
		startsUpper(v.s.Tokens[k].Text) && k > 0 && v.word(k-1) != "of" && !(v.word(k-1) == "and" && k > 1 && v.ment[k-2] >= 0) {
		// "before Anacomp agreed", "Rosneft signed": a name no one knows is the subject,
		// and no party named before it
		return nil
	}
	if id, _ := v.demonymOffice(j - 1); id != "" {
		// "the Chilean leader agreed": the person, not the state of the demonym
		return []string{id}
	}
	for k := j - 1; k >= 0; k-- {
		w := v.low[k]
		if m, ok := v.mention(k); ok {
			if isActor(m) && v.namedPlace(m) {
				k = m.Start
				continue
			}
			if state, _, ok := v.governmentOf(m); ok {
				// "A's government accused": the state acts, not the person
				if state == "" {
					return nil
				}
				return []string{state}
			}
			if isActor(m) {
				if p := v.word(m.Start - 1); p == "to" || p == "of" || p == "at" {
					// "the U.S. Mission to the United Nations said": the body the
					// phrase modifies is the subject
					if h, ok := v.mention(m.Start - 2); ok && isActor(h) {
						return v.coordinatedLeft(h)
					}
				}
				if v.inReducedRelative(m) {
					// "members seeking a break from the EU accused her": the party is
					// inside a phrase modifying the subject
					k = m.Start
					continue
				}
				return v.officeHolders(m, v.coordinatedLeft(m))
			}
			if v.modifierActor(m, j) || v.groupOfState(m, j) {
				return []string{m.Entity}
			}
			k = m.Start
			continue
		}
		if id := v.pronoun(k); id != "" {
			return []string{id}
		}
		if w != "they" {
			if pair := v.groupReference(k); pair != nil {
				return pair
			}
		}
		if pair := v.pairReference(k); pair != nil {
			return pair
		}
		if id := v.officeHolder(k); id != "" {
			return []string{id}
		}
		if id := v.bodyReference(k); id != "" {
			return []string{id}
		}
		if subjectPronouns[w] {
			// a pronoun that cannot be resolved is still the subject: no party
			return nil
		}
		if w == "," {
			if c := v.relativeClauseStart(k); c >= 0 {
				k = c
				continue
			}
		}
		if subjectBoundaries[w] && !(w == "\"" && k == j-1) || w == "and" && v.word(k-1) == "," {
			return nil
		}
		// a reporting verb between the subject and the verb ends the clause
		// ("A said B agreed"): B is found first, and A is never reached through it.
		if lexicon.Words.Reporting[w] && strings.HasPrefix(v.tag(k), "VB") {
			return nil
		}
	}
	return nil
}

// inReducedRelative reports whether mention m is the object of a preposition in a
// participle phrase after a plural noun ("members seeking a break from the EU"), which
// modifies the subject rather than being it.
func (v *view) inReducedRelative(m parse.Mention) bool {
	if v.byAgentOfModifier(m) {
		return true
	}
	if p := v.word(m.Start - 1); p != "from" && p != "with" && p != "against" {
		return false
	}
	for k := m.Start - 2; k >= 0 && k >= m.Start-7; k-- {
		if v.ment[k] >= 0 || v.low[k] == "," || strings.HasPrefix(v.tag(k), "VB") && v.tag(k) != "VBG" {
			return false
		}
		if v.tag(k) == "VBG" {
			return v.tag(k-1) == "NNS" || v.tag(k-1) == "NNPS"
		}
	}
	return false
}

// byAgentOfModifier reports whether mention m is the agent of a past participle that
// modifies the noun before it ("the rebels backed by B", "the report obtained by B"):
// the participle phrase belongs to the subject's head, and B is not the subject.
func (v *view) byAgentOfModifier(m parse.Mention) bool {
	if v.word(m.Start-1) != "by" || v.tag(m.Start-2) != "VBN" {
		return false
	}
	head := m.Start - 3
	if head < 0 || auxiliaries[v.low[head]] {
		return false
	}
	return v.ment[head] >= 0 || strings.HasPrefix(v.tag(head), "NN")
}

// relativeClauseStart returns the comma that opens the relative clause or apposition
// closed by the comma at k ("Lavrov, who met Kerry, denied"), or -1.
func (v *view) relativeClauseStart(k int) int {
	for c := k - 1; c >= 0 && k-c < 20; c-- {
		if v.low[c] != "," {
			continue
		}
		next := v.word(c + 1)
		if next == "who" || next == "which" || next == "whose" {
			return c
		}
		// an apposition without a verb after a named party: "Lavrov, Russia's foreign
		// minister,", or after a state or body when it opens with a determiner ("B, an
		// ally of C,")
		if m, ok := v.mention(c - 1); ok && isActor(m) && (m.Type == diplograph.TypePerson || appositionDeterminers[next] && v.heads(m)) {
			for x := c + 1; x < k; x++ {
				if strings.HasPrefix(v.tag(x), "VB") {
					return -1
				}
			}
			return c
		}
		return -1
	}
	return -1
}

// heads reports whether mention m opens its noun phrase rather than being the object of
// a preposition inside one ("a spokesman for B"): only a head takes an apposition.
func (v *view) heads(m parse.Mention) bool {
	k := m.Start - 1
	if v.word(k) == "the" {
		k--
	}
	t := v.tag(k)
	return t != "IN" && t != "TO"
}

// appositionDeterminers open a noun phrase in apposition to a state or body.
var appositionDeterminers = lexicon.WordSet{"a": true, "an": true, "the": true, "its": true}

// skipInserted returns the token before the parenthesis, relative clause or apposition
// that ends at token k and sits inside a coordination ("A (left) and B", "A, which
// backs C, and B"), or k when there is none.
func (v *view) skipInserted(k int) int {
	if v.word(k) == ")" {
		for o := k - 1; o >= 0 && k-o <= 6; o-- {
			if v.low[o] == "(" {
				return o - 1
			}
			if v.low[o] == ")" {
				break
			}
		}
		return k
	}
	if v.word(k) != "," {
		return k
	}
	c := v.relativeClauseStart(k)
	if c < 0 {
		return k
	}
	if w := v.word(c + 1); w == "who" || w == "which" || w == "whose" {
		return c - 1
	}
	if m, ok := v.mention(k - 1); ok && isActor(m) {
		// "A, B, and C": a list, not an apposition
		return k
	}
	return c - 1
}

// coordinatedLeft returns the entity of m and of actors coordinated before it
// ("the U.S. and Russia", "China, Japan and South Korea"), in text order.
func (v *view) coordinatedLeft(m parse.Mention) []string {
	ids := []string{m.Entity}
	start := m.Start
	if p, ok := v.counterpartBefore(m); ok {
		ids = append([]string{p.Entity}, ids...)
		start = p.Start
	}
	for {
		k := start - 1
		// the title before a name: "and Azerbaijani President B", "and Adviser to Chilean
		// President B"
		k = v.titleStart(k, m.Type == diplograph.TypePerson)
		if v.word(k) == "the" {
			k--
		}
		if v.word(k) == "and" || v.word(k) == "," || v.word(k) == "&" {
			k--
			if j := v.skipInserted(k); j != k {
				k = j
			} else if v.word(k) == "," {
				k--
			}
		} else if v.word(k) == "well" && v.word(k-1) == "as" && v.word(k+1) == "as" {
			k -= 2
		} else {
			break
		}
		p, ok := v.mention(k)
		if !ok {
			if id, from := v.demonymOffice(k); id != "" {
				// "the Chilean leader and B"
				ids = append([]string{id}, ids...)
				start = from
				continue
			}
		}
		if !ok || !(isActor(p) || p.Type == diplograph.TypeCountry && !locatives[v.word(p.Start-1)]) {
			break
		}
		ids = append([]string{p.Entity}, ids...)
		start = p.Start
	}
	return uniq(ids)
}

// objects returns the actors named in the window of tokens from i (up to limit tokens),
// coordinated together, and the index of the token after them; stop words end the window.
func (v *view) objects(i, limit int, stop lexicon.WordSet) ([]string, int) {
	var fallback []string
	fallbackEnd := i
	for k := i; k < v.n() && k < i+limit; k++ {
		if stop[v.low[k]] {
			break
		}
		m, ok := v.mention(k)
		if !ok {
			if v.low[k] == "him" || v.low[k] == "her" || v.low[k] == "it" {
				if id := v.objectPronoun(k); id != "" {
					return []string{id}, k + 1
				}
			}
			if v.low[k] == "them" && k == i {
				if id := v.pluralObject(k); id != "" {
					return []string{id}, k + 1
				}
			}
			if pair := v.pairReference(k); pair != nil {
				return pair, k + 1
			}
			continue
		}
		if p, ok := v.personAfter(m); ok {
			return v.coordinatedRight(p)
		}
		if state, end, ok := v.governmentOf(m); ok {
			if state == "" {
				return nil, end
			}
			return []string{state}, end
		}
		if isActor(m) {
			return v.coordinatedRight(m)
		}
		if m.Type == diplograph.TypeCountry && !locatives[v.word(m.Start-1)] && fallback == nil &&
			!(m.Place && strings.HasPrefix(v.tag(m.End), "NN")) {
			// (a city before a noun names a thing of the city: "the Lisbon targets")
			if _, named := v.mention(m.End); !named && !strings.HasPrefix(v.tag(m.End), "NNP") {
				fallback, fallbackEnd = v.coordinatedRight(m)
			}
		}
		k = m.End - 1
	}
	if fallback != nil {
		return fallback, fallbackEnd
	}
	return nil, i
}

// personAfter returns the person a country or organization mention modifies, through a
// title or a possessive: "EU chief executive Jean-Claude Juncker", "Russia's Lavrov".
func (v *view) personAfter(m parse.Mention) (parse.Mention, bool) {
	if m.Type == diplograph.TypePerson {
		return parse.Mention{}, false
	}
	possessive := false
	for k := m.End; k < v.n() && k < m.End+6; k++ {
		if p, ok := v.mention(k); ok {
			return p, p.Type == diplograph.TypePerson
		}
		if v.low[k] == "'s" || v.tag(k) == "POS" {
			possessive = true
		}
		if v.low[k] == "," && (v.word(k-1) == "counterpart" || possessive && v.tag(k-1) == "NN" && k-1 > m.End) {
			// "his Chilean counterpart, Name,", "Chile's new leader, Name,": the
			// apposition names the person
			p, ok := v.mention(k + 1)
			return p, ok && p.Type == diplograph.TypePerson && p.Start == k+1
		}
		t := v.tag(k)
		if !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "POS" || v.low[k] == "'s" || v.low[k] == "-") {
			return parse.Mention{}, false
		}
	}
	return parse.Mention{}, false
}

// coordinatedRight returns m and the actors coordinated after it, and the token after.
func (v *view) coordinatedRight(m parse.Mention) ([]string, int) {
	ids := []string{m.Entity}
	end := m.End
	for {
		k := end
		if v.word(k) == "," {
			k++
		}
		if v.word(k) == "and" || v.word(k) == "&" {
			k++
		} else if v.word(k-1) != "," {
			break
		}
		if v.word(k) == "the" {
			k++
		}
		if w := v.word(k); w == "its" || w == "their" || w == "his" || w == "her" || v.word(k-1) == "the" {
			// "B and its intelligence agency C", "B and the regional bloc C"
			if w != "the" && v.word(k-1) != "the" {
				k++
			}
			x := k
			for n := 0; n < 3 && x < v.n() && v.ment[x] < 0 && (v.tag(x) == "NN" || strings.HasPrefix(v.tag(x), "JJ")); n++ {
				x++
			}
			if _, named := v.mention(x); named {
				k = x
			}
		}
		// the title before a name: "and President B"
		for n := 0; n < 4 && k < v.n() && v.ment[k] < 0 && v.tag(k) == "NNP"; n++ {
			k++
		}
		p, ok := v.mention(k)
		if ok {
			if person, isPerson := v.personAfter(p); isPerson {
				p = person
			}
		}
		if !ok || p.Start < k || !(isActor(p) || p.Type == diplograph.TypeCountry && !locatives[v.word(p.Start-1)]) {
			break
		}
		if v.word(end) == "," && v.word(k-1) == "," && (v.word(p.End) == "'s" || v.word(p.End) == "'") {
			// "met B, Chile's agency reported": a possessor after a comma opens a new phrase
			break
		}
		if bare := v.word(end) == "," && v.word(end+1) != "and" && v.word(end+1) != "&"; bare && strings.HasPrefix(v.tag(p.End), "VB") {
			// "a deal with B, President C said": after a bare comma, a name followed by a
			// verb is the subject of the next clause, not the list's next party
			break
		}
		if v.word(end) == "," && p.Type == diplograph.TypeCountry && v.entityType(ids[len(ids)-1]) == diplograph.TypePerson &&
			v.ment[min(p.End, v.n()-1)] < 0 && strings.HasPrefix(v.tag(p.End), "NN") {
			// "met B, the Chilean president,": an apposition naming B's office, not a party
			break
		}
		ids = append(ids, p.Entity)
		end = p.End
	}
	return uniq(ids), end
}

// pronoun resolves a personal pronoun at token k to an earlier actor: after a reporting
// verb ("Russia said it had ...") to that verb's subject, otherwise to the nearest
// compatible actor before it in the sentence, or the subject of a recent sentence.
func (v *view) pronoun(k int) string {
	w := v.word(k)
	r := k - 1
	if v.word(r) == "that" {
		r--
	}
	reported := lexicon.Words.Reporting[v.word(r)]
	if w == "they" && reported {
		// "Turkish officials said they believe C": the state's people
		for x := r - 1; x >= 0 && r-x < 6; x-- {
			if m, ok := v.mention(x); ok && v.statePeople(m) {
				return m.Entity
			}
		}
	}
	want := pronounWants(w)
	if want == nil {
		return ""
	}
	// "it" as the subject of "it is", "it was" is rarely a party, unless reported or
	// the verb is progressive ("it is expelling").
	if w == "it" && !reported && (v.word(k+1) == "is" || v.word(k+1) == "was" || v.word(k+1) == "'s") && v.tag(k+2) != "VBG" {
		return ""
	}
	if reported {
		for x := r - 1; x >= 0 && r-x < 12; x-- {
			if m, ok := v.mention(x); ok && want(m) {
				return m.Entity
			}
			if subjectBoundaries[v.low[x]] {
				break
			}
		}
		// "..., he said" after a quotation: the speaker is the subject.
	}
	// the subject of an earlier clause of the sentence: its first compatible actor
	for x := 0; x < k; x++ {
		if m, ok := v.mention(x); ok && want(m) {
			return m.Entity
		}
	}
	for p := v.pos - 1; p >= 0 && v.pos-p <= 5; p-- {
		if id := sentenceSubject(v.all[p], want); id != "" {
			return id
		}
	}
	return ""
}

// remarkSubject resolves the subject pronoun of a remark appended to a claim ("A says B
// broke the deal, a charge it denies") to the subject of the claim, who answers it.
func (v *view) remarkSubject(k int, want func(parse.Mention) bool) string {
	s := v.s
	if s.Tokens[k].Dep != "nsubj" {
		return ""
	}
	rel := s.Tokens[k].Head
	if rel < 0 || s.Tokens[rel].Dep != "acl:relcl" || s.Tokens[rel].Head < 0 {
		return ""
	}
	noun := s.Tokens[rel].Head
	if !remarkNouns[lemmaOf(v.low[noun])] || noun < 1 || v.low[noun-1] != "a" && v.low[noun-1] != "an" {
		return ""
	}
	// the claim: the reported clause the remark hangs in, or beside
	claim := -1
	for a, below := s.Tokens[noun].Head, noun; a >= 0 && claim < 0; a, below = s.Tokens[a].Head, a {
		if relMatches(s.Tokens[a].Dep, "ccomp") {
			claim = a
			break
		}
		for _, x := range s.Children(a) {
			if x != below && relMatches(s.Tokens[x].Dep, "ccomp") {
				claim = x
				break
			}
		}
	}
	if claim < 0 {
		return ""
	}
	for _, x := range s.Children(claim) {
		if s.Tokens[x].Dep != "nsubj" {
			continue
		}
		if m, ok := v.mention(x); ok && want(m) {
			return m.Entity
		}
	}
	return ""
}

// pronounBesides resolves the pronoun at token k to the nearest compatible actor before
// it in the sentence that is none of others, or "".
func (v *view) pronounBesides(k int, others []string) string {
	want := pronounWants(v.word(k))
	if want == nil {
		return ""
	}
	for x := k - 1; x >= 0; x-- {
		if m, ok := v.mention(x); ok && want(m) && !contains(others, m.Entity) {
			return m.Entity
		}
	}
	return ""
}

// pronounWants returns which mentions personal pronoun w can refer to: people for "he"
// and "she", states and bodies for "it" and "they"; nil for any other word.
func pronounWants(w string) func(parse.Mention) bool {
	switch {
	case lexicon.Words.PersonPron[w]:
		return func(m parse.Mention) bool { return m.Type == diplograph.TypePerson && isActor(m) }
	case lexicon.Words.BodyPron[w]:
		return func(m parse.Mention) bool {
			return isActor(m) && (m.Type == diplograph.TypeCountry || m.Type == diplograph.TypeOrganization)
		}
	}
	return nil
}

// objectPronoun resolves a pronoun in object position ("accused him of"): never the
// subject of its own clause, so the nearest compatible actor before it other than the
// first (or than the noun of its relative clause), or the subject of a recent sentence.
func (v *view) objectPronoun(k int) string {
	want := pronounWants(v.word(k))
	if want == nil {
		return ""
	}
	first := ""
	for x := 0; x < k; x++ {
		if m, ok := v.mention(x); ok && want(m) {
			first = m.Entity
			break
		}
	}
	if id := v.relativeSubject(k); id != "" {
		// "B, whom A met last year": the relative clause's own subject is the one to pass
		// over ("Zhong is known to Lighthizer, who has met him": him is Zhong)
		first = id
	}
	for x := k - 1; x >= 0; x-- {
		if m, ok := v.mention(x); ok && want(m) && m.Entity != first {
			return m.Entity
		}
	}
	for p := v.pos - 1; p >= 0 && v.pos-p <= 5; p-- {
		if id := sentenceSubject(v.all[p], want); id != "" && id != first {
			return id
		}
	}
	return ""
}

// relativeSubject returns the party a relative pronoun stands for when it is the subject
// of the clause whose object is token k, or "".
func (v *view) relativeSubject(k int) string {
	h := v.s.Tokens[k].Head
	if h < 0 || v.s.Tokens[h].Dep != "acl:relcl" || v.s.Tokens[h].Head < 0 {
		return ""
	}
	for _, c := range v.s.Children(h) {
		if v.s.Tokens[c].Dep == "nsubj" && relativePronouns[v.low[c]] {
			if m, ok := v.mention(v.s.Tokens[h].Head); ok && isActor(m) {
				return m.Entity
			}
		}
	}
	return ""
}

// officeHolder resolves a definite description ending at token k ("the minister", "the
// foreign minister", "the Chilean defence minister") to the latest person before it whose
// title holds the same words, and who represents the country the description names.
func (v *view) officeHolder(k int) string {
	head := v.word(k)
	if !lexicon.Words.Office[head] || v.ment[k] >= 0 {
		return ""
	}
	start := -1
	office := []string{head}
	country := ""
	for x := k - 1; x >= 0 && x >= k-4; x-- {
		if v.low[x] == "the" {
			start = x
			break
		}
		for _, m := range v.s.Mentions {
			if m.Start <= x && x < m.End && m.Type == diplograph.TypeCountry {
				// "the Chilean minister", "the minister of Chile", "the Chilean military
				// commander" with "Chilean military" a name of its own too
				country = m.Entity
			}
		}
		if m, ok := v.mention(x); ok && (m.Place || m.Type == diplograph.TypeCountry) {
			continue
		}
		if !strings.HasPrefix(v.tag(x), "JJ") && !strings.HasPrefix(v.tag(x), "NN") {
			return ""
		}
		if v.ment[x] < 0 {
			office = append([]string{strings.ReplaceAll(v.low[x], "-", " ")}, office...)
		}
	}
	if start < 0 {
		return ""
	}
	code := ""
	for _, e := range v.doc.Entities {
		if country != "" && e.ID == country {
			code = e.Code
		}
	}
	phrase := strings.Join(office, " ")
	holds := map[string]bool{}
	for _, e := range v.doc.Entities {
		if e.Type != diplograph.TypePerson || country != "" && (code == "" || e.Country != code) {
			continue
		}
		title := strings.ReplaceAll(strings.ToLower(e.Title), "-", " ")
		if strings.Contains(title, phrase) || militaryRanks[head] && militaryRanks[lastWord(title)] && !civilTitle(phrase) && !civilTitle(title) ||
			e.Title == "" && identity.Default().Describes(e.Canonical, phrase, v.doc.Article.Date) {
			// the title the article gives, or else the office the person held that day
			holds[e.ID] = true
		}
	}
	has := func(m parse.Mention) bool {
		return m.Type == diplograph.TypePerson && !m.Place && holds[m.Entity]
	}
	ms := v.s.Mentions
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].End <= start && has(ms[i]) {
			return ms[i].Entity
		}
	}
	for p := v.pos - 1; p >= 0 && v.pos-p <= 5; p-- {
		ms := v.all[p].Mentions
		for i := len(ms) - 1; i >= 0; i-- {
			if has(ms[i]) {
				return ms[i].Entity
			}
		}
	}
	return ""
}

// militaryRanks are the ranks and commands of officers, each of which describes an
// officer of another: "the Iranian military commander" after "general B".
var militaryRanks = lexicon.WordSet{"commander": true, "general": true, "colonel": true, "admiral": true,
	"marshal": true, "brigadier": true}

// civilTitle reports whether the title names a civil office in a rank's word: "attorney
// general", "secretary general".
func civilTitle(t string) bool {
	for _, w := range strings.Fields(t) {
		if w == "attorney" || w == "secretary" || w == "surgeon" || w == "solicitor" || w == "inspector" || w == "consul" || w == "governor" {
			return true
		}
	}
	return false
}

// lastWord returns the last word of s, or "".
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// sentenceSubject returns the actor a pronoun in a following sentence most likely refers
// to: the one a reporting verb attributes speech to, else the first matching actor.
func sentenceSubject(s *parse.Sentence, want func(parse.Mention) bool) string {
	first := ""
	for _, m := range s.Mentions {
		if !want(m) {
			continue
		}
		if first == "" {
			first = m.Entity
		}
		if m.End < len(s.Tokens) && lexicon.Words.Reporting[strings.ToLower(s.Tokens[m.End].Text)] {
			if m.Start > 0 && s.Tokens[m.Start-1].Text == "," && m.End+1 < len(s.Tokens) && s.Tokens[m.End+1].Text == "," {
				// "A, B says, became the mediator": B only vouches for what A did
				continue
			}
			return m.Entity
		}
		if m.Start > 0 && lexicon.Words.Reporting[strings.ToLower(s.Tokens[m.Start-1].Text)] {
			return m.Entity
		}
	}
	return first
}

// firstActor returns the first actor (with those coordinated with it) in tokens
// [from, to), used for the
// party of a participle ("Before meeting B, A said ..." or "A ..., accusing B of ...").
func (v *view) firstActor(from, to int) []string {
	for k := from; k < to && k < v.n(); k++ {
		if m, ok := v.mention(k); ok {
			if isActor(m) {
				ids, _ := v.coordinatedRight(m)
				return ids
			}
			k = m.End - 1
			continue
		}
		if id := v.pronoun(k); id != "" && (lexicon.Words.PersonPron[v.low[k]] && v.low[k] != "his" && v.low[k] != "her" || v.low[k] == "it") {
			return []string{id}
		}
	}
	return nil
}

func uniq(ids []string) []string {
	out := ids[:0]
	seen := map[string]bool{}
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// counterpartBefore returns the party of "A and his counterpart, B," when m is B: the
// person coordinated with the counterpart B is named as.
func (v *view) counterpartBefore(m parse.Mention) (parse.Mention, bool) {
	k := m.Start - 1
	if v.word(k) == "," {
		k--
	}
	if m.Type != diplograph.TypePerson || v.word(k) != "counterpart" {
		return parse.Mention{}, false
	}
	k--
	for n := 0; n < 4 && k >= 0; n++ {
		if p, ok := v.mention(k); ok && p.Type == diplograph.TypeCountry {
			k = p.Start - 1
			continue
		}
		if t := v.tag(k); strings.HasPrefix(t, "JJ") || t == "NNP" && v.ment[k] < 0 {
			k--
			continue
		}
		break
	}
	if w := v.word(k); w != "his" && w != "her" && w != "its" && w != "their" {
		return parse.Mention{}, false
	}
	if v.word(k-1) != "and" {
		return parse.Mention{}, false
	}
	p, ok := v.mention(k - 2)
	if !ok || !isActor(p) {
		return parse.Mention{}, false
	}
	return p, true
}

// pluralObject resolves "them" at token k, the object of a participle after a clause
// ("expelled twelve diplomats of the Chilean embassy, accusing them of"), to the party
// the plural object of that clause belongs to: the first named party after its head
// noun, or the state modifying it.
func (v *view) pluralObject(k int) string {
	head := -1
	for x := k - 1; x >= 0 && k-x < 15; x-- {
		if v.low[x] == ";" {
			break
		}
		if v.tag(x) == "NNS" && v.ment[x] < 0 {
			head = x
		}
		if strings.HasPrefix(v.tag(x), "VB") && head >= 0 {
			break
		}
	}
	if head < 0 {
		return ""
	}
	if m, ok := v.mention(head - 1); ok && m.Type == diplograph.TypeCountry && !locatives[v.word(m.Start-1)] {
		return m.Entity
	}
	for x := head + 1; x < k; x++ {
		m, ok := v.mention(x)
		if !ok {
			if v.low[x] == "," || strings.HasPrefix(v.tag(x), "VB") {
				break
			}
			continue
		}
		if locatives[v.word(m.Start-1)] && v.word(m.Start-1) != "from" {
			x = m.End - 1
			continue
		}
		if isActor(m) || m.Type == diplograph.TypeCountry {
			return m.Entity
		}
		x = m.End - 1
	}
	return ""
}

// groupNouns are the plural heads of a definite description that can refer back to the
// parties of a meeting just reported: "the leaders agreed", "the ministers discussed".
var groupNouns = lexicon.WordSet{"leaders": true, "ministers": true, "sides": true, "presidents": true,
	"diplomats": true, "delegations": true, "two": true, "countries": true, "nations": true}

// groupReference resolves "the leaders" (or "they") ending at token k to the two parties
// of the latest meeting or agreement reported in this sentence or the eight before it,
// or nil.
func (v *view) groupReference(k int) []string {
	w := v.word(k)
	switch {
	case w == "they":
	case groupNouns[w] && (v.word(k-1) == "the" || v.word(k-2) == "the" && v.word(k-1) == "two" ||
		v.word(k-1) == "both" || v.word(k-1) == "two" && v.word(k-2) == "both"):
	default:
		return nil
	}
	if v.word(k+1) == "of" {
		return nil
	}
	for i := len(v.prior) - 1; i >= 0; i-- {
		r := v.prior[i].rel
		if v.prior[i].status == negated || v.prior[i].status == hypothetical || r.Sentence < v.s.Index-8 || v.s.Index < 0 && r.Sentence >= 0 {
			continue
		}
		var pair []string
		switch {
		case r.Type == diplograph.MetWith:
			pair = []string{r.Source, r.Target}
		case r.Type == diplograph.AgreedTo && len(r.With) == 1:
			pair = []string{r.Source, r.With[0]}
		default:
			continue
		}
		states := w == "countries" || w == "nations"
		if of := k - 3; states && v.word(of) == "of" && (delegates[v.word(of-1)] || groupNouns[v.word(of-1)]) {
			// "the top diplomats of the two nations": the people who met for them
			states = false
		}
		if states {
			// "the two countries" are states, not the people who met for them
			if v.entityType(pair[0]) != diplograph.TypeCountry || v.entityType(pair[1]) != diplograph.TypeCountry {
				return nil
			}
		}
		return pair
	}
	return nil
}

// titleStart returns the token before the title that ends at token k and precedes a
// name: capitalised words, and for a person also the states and the "of" or "to" that
// join them ("Adviser to Chilean President", "Minister of Foreign Affairs").
func (v *view) titleStart(k int, person bool) int {
	limit := 4
	if person {
		limit = 8
	}
	for n := 0; n < limit && k >= 0; n++ {
		if v.ment[k] < 0 && (v.tag(k) == "NNP" || person && (lexicon.Words.Office[v.low[k]] || v.low[k] == "counterpart")) {
			// "Chinese President B", "and Chinese counterpart B"
			k--
			continue
		}
		if !person {
			break
		}
		if p, ok := v.mention(k); ok && p.Type == diplograph.TypeCountry && (p.Place || n > 0) {
			k = p.Start - 1
			continue
		}
		if w := v.word(k); (w == "to" || w == "of") && n > 0 && k > 0 && v.ment[k-1] < 0 && v.tag(k-1) == "NNP" {
			k--
			continue
		}
		break
	}
	return k
}

// latestMeeting returns the two parties of the latest meeting reported in this sentence
// or the back sentences before it, or nil.
func (v *view) latestMeeting(back int) []string {
	for i := len(v.prior) - 1; i >= 0; i-- {
		r := v.prior[i].rel
		if r.Sentence < v.s.Index-back {
			break
		}
		if r.Type == diplograph.MetWith && v.prior[i].status == happened {
			return []string{r.Source, r.Target}
		}
	}
	return nil
}

// bodyNouns are the heads of a definite description that refers back to an organization:
// "the group", "the movement".
var bodyNouns = lexicon.WordSet{"group": true, "movement": true, "organization": true, "organisation": true,
	"militia": true, "alliance": true, "bloc": true, "faction": true}

// governmentReference resolves "the regime" at token k to the state whose government
// the article last named with its state ("the Syrian regime", "the Assad regime",
// "Iran's government") in this sentence before k or the ten before, or "". "The
// government" is left alone: an article names the governments of several states.
func (v *view) governmentReference(k int) string {
	if v.word(k) != "regime" || v.word(k-1) != "the" || v.ment[k] >= 0 {
		return ""
	}
	state := ""
	v.sentencesBack(k, 10, func(pv *view, limit int) bool {
		for x := limit - 1; x > 0; x-- {
			if !stateNouns[pv.low[x]] {
				continue
			}
			y := x - 1
			if pv.low[y] == "'s" {
				y--
			}
			m, ok := pv.mention(y)
			if !ok {
				continue
			}
			switch m.Type {
			case diplograph.TypeCountry:
				state = m.Entity
			case diplograph.TypePerson:
				state = v.countryOf(m.Entity)
			}
			if state != "" {
				return true
			}
		}
		return false
	})
	return state
}

// bodyReference resolves "the group" (or "the movement", ...) at token k to the latest
// organization named before it in this sentence or the two before, or "".
func (v *view) bodyReference(k int) string {
	if !bodyNouns[v.word(k)] || v.word(k-1) != "the" || v.ment[k] >= 0 {
		return ""
	}
	for p := v.pos; p >= 0 && v.pos-p <= 2; p-- {
		ms := v.all[p].Mentions
		for i := len(ms) - 1; i >= 0; i-- {
			if p == v.pos && ms[i].End > k {
				continue
			}
			if ms[i].Type == diplograph.TypeOrganization && !ms[i].Place {
				return ms[i].Entity
			}
		}
	}
	return ""
}
