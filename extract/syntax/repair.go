package syntax

import "strings"

// repair mends readings a greedy parser gives news sentences and the treebanks almost
// never hold, after the whole sentence is parsed (heads count from 1; 0 is the root;
// tags are the parser's own):
//
//   - the subject of a clause that ends in its attribution ("Nigeria and Guinea agreed to
//     set up a company, an official communique said"), read as the subject of the verb
//     of saying, is the clause's subject, and the noun right before that verb is its
//     own;
//   - a noun taken for the root with the finite verb after it hung as a mere dependent
//     ("Nigeria and Guinea agreed to set up a company") is that verb's subject;
//   - a name read as a compound of the day after it ("met Brazilian Finance Minister
//     Dilson Funaro today") is the verb's object, and the day its modifier;
//   - a name read as a vocative right before "and" and the clause's subject ("Chairman
//     Kim and I have agreed") is the first of two coordinated subjects;
//   - a "that" clause hung as a modifier on a noun of place or time after a verb that
//     takes a clause ("agreed during a meeting on Saturday that the summit must go
//     ahead") is that verb's complement;
//   - a "that" clause read as a second complement of a verb ("said she had agreed with
//     Lind in May that he would stay") belongs to the first, when that one is a verb of
//     saying or agreeing with no complement of its own;
//   - a clause in -ing opened by a subordinator and hung on a noun ("questioned the gaps
//     of trust after meeting B") is an adverbial of the nearest verb with a subject;
//   - a second subject of a verb that comes right after another verb with a subject and
//     no object ("arrived from the US, where he met President Bush") is that verb's
//     object;
//   - a subordinator read as a preposition ("until Peru agreed", "after the dictator
//     agreed") opens a clause whose subject is the noun after it;
//   - a noun joined by "and" to the verb of a relative clause on the subject ("Chile,
//     which backed Sweden, and Peru agreed") is the subject's conjunct;
//   - names joined to an opening phrase of time or place ("In May, Berg and Lind
//     agreed") are the subject of a verb that has none;
//   - a name read as the object of a verb of saying, before a verb joined to it with no
//     "and" ("added Berg had agreed"), is the subject of what was said;
//   - a day read as the subject after a name ("B on Tuesday took C") is the verb's
//     oblique, and the name its subject;
//   - a speaker's remark in a participle after a comma ("said the deal was bad, accusing
//     B of C"), hung on the clause said, is the speaker's;
//   - "on the orders of B" ("at the behest of B", "under instructions from B") hung on a
//     noun ("killed inside the embassy on the orders of B") modifies the verb above it:
//     orders are given for acts, not for places or things;
//   - a participle that opens a quotation right after "have" ("B have “targeted C”"),
//     read as an adjective of the noun after it, is the verb, and "have" its auxiliary;
//   - a speaker's remark in a participle after a comma, hung on a noun or on a verb with
//     no subject ("threatened to quit the talks, accusing B of C"), is the remark of the
//     subject of the clause;
//   - "A said that C, B reported." read with "reported" as A's complement over C is A's
//     "said that C", with B's "reported" its parataxis;
//   - a participle that opens the sentence ("And using his links with B, an ally of C,
//     he conveyed messages"), read as the root with the clause after its comma hung on
//     it, is that clause's adverbial, and the clause's verb the root;
//   - a word in -ing after a comma or a colon, read as a second subject of the verb
//     before it ("sent messages: blaming B for C"), is the verb's adverbial clause;
//   - an opening participle's phrase read as the subject clause of a root with no
//     subject, with the root's subject inside it after its comma ("Singling out B by
//     name, President A accused C"), gives the root its subject back and is its
//     adverbial clause;
//   - a noun after ", and" read as a conjunct of a noun of the clause before, right
//     before the auxiliary of a verb with no subject hung on that clause's verb ("B
//     criticised C for its handling of D, and the state of E is suing C"), is that
//     verb's subject, and the verb a conjunct of the first.
func repair(words, tags []string, heads []int, rels []string) {
	// a repair that would leave a word its own ancestor leaves the parse as it was
	before, beforeRels := append([]int(nil), heads...), append([]string(nil), rels...)
	defer func() {
		if !isTree(heads) {
			copy(heads, before)
			copy(rels, beforeRels)
		}
	}()
	for x := range heads {
		auxedModifier(words, tags, heads, rels, x)
	}
	preconjModifier(words, tags, heads, rels)
	nounRoot(tags, heads, rels)
	participleRoot(tags, heads, rels)
	openingParticiple(words, tags, heads, rels)
	participleSubject(words, tags, heads, rels)
	for g := range heads {
		trailingGerund(words, heads, rels, g)
	}
	mediumAgent(words, tags, heads, rels)
	for t := range heads {
		floatingQuantifier(words, tags, heads, rels, t)
	}
	trailingAttribution(words, tags, heads, rels)
	attributionParataxis(words, heads, rels)
	nestedAttribution(words, heads, rels)
	for t := range heads {
		if dayWords[strings.ToLower(words[t])] {
			nameBeforeDay(tags, heads, rels, t)
			daySubject(words, tags, heads, rels, t)
		}
	}
	for v := range heads {
		if rels[v] == "vocative" {
			coordinatedSubject(words, heads, rels, v)
		}
	}
	for x := range heads {
		nounThenVerb(words, tags, heads, rels, x)
	}
	for x := range heads {
		thatComplementizer(words, heads, rels, x)
	}
	for c := range heads {
		if rels[c] == "acl" && heads[c] > 0 {
			clauseOfVerb(words, heads, rels, c)
		}
		if rels[c] == "ccomp" && heads[c] > 0 {
			secondComplement(words, heads, rels, c)
		}
		if rels[c] == "acl" && heads[c] > 0 && tags[c] == "VBG" {
			clauseOfSubject(words, tags, heads, rels, c)
		}
		if (rels[c] == "advcl" || rels[c] == "ccomp" || rels[c] == "conj") && heads[c] > 0 {
			clauseOfNoun(words, heads, rels, c)
		}
	}
	for x := range heads {
		if rels[x] == "conj" && heads[x] > 0 && finite[tags[x]] {
			mainConjunct(words, tags, heads, rels, x)
		}
	}
	for x := range heads {
		if (rels[x] == "conj" || rels[x] == "advcl" || rels[x] == "acl") && heads[x] > 0 && finite[tags[x]] {
			subordinateClause(words, heads, rels, x)
		}
	}
	for y := range heads {
		if rels[y] == "conj" && heads[y] > 0 && strings.HasPrefix(tags[y], "NN") {
			subjectConjunct(tags, heads, rels, y)
		}
	}
	for x := range heads {
		if finite[tags[x]] || tags[x] == "VBN" {
			openingSubject(words, tags, heads, rels, x)
		}
		if finite[tags[x]] || tags[x] == "VBN" || tags[x] == "VBG" {
			saidSubject(tags, heads, rels, x)
		}
	}
	for y := range heads {
		if rels[y] == "nsubj" && heads[y] > 0 {
			strayObject(tags, heads, rels, y)
		}
	}
	for y := range heads {
		if rels[y] == "nsubj" && heads[y] > 0 {
			listedSubject(words, tags, heads, rels, y)
			titledObject(tags, heads, rels, y)
		}
	}
	for v := range heads {
		if clauseVerbs[strings.ToLower(words[v])] {
			strandedComplement(tags, heads, rels, v)
		}
	}
	for x := range heads {
		if rels[x] == "advcl" && tags[x] == "VBG" && heads[x] > 0 {
			speakersRemark(words, heads, rels, x)
		}
		if (rels[x] == "acl" || rels[x] == "advcl") && tags[x] == "VBG" && heads[x] > 0 && x > 0 && words[x-1] == "," &&
			remarks[strings.ToLower(words[x])] {
			remarkOfSubject(tags, heads, rels, x)
		}
	}
	for x := range heads {
		if rels[x] == "nmod" && orderWords[strings.ToLower(words[x])] {
			orderedAct(words, tags, heads, rels, x)
		}
	}
	for x := range heads {
		if strings.HasPrefix(tags[x], "VB") && heads[x] > 0 && (rels[x] == "advcl" || rels[x] == "dep" || rels[x] == "parataxis") {
			joinedClause(words, tags, heads, rels, x)
		}
	}
	for q := 1; q+1 < len(heads); q++ {
		if openQuotes[words[q]] && perfectAux[strings.ToLower(words[q-1])] {
			quotedParticiple(tags, heads, rels, q)
		}
	}
}

// quotedParticiple mends "have “targeted C”" read with "have" as the verb and the
// participle after the quotation mark q as an adjective of its object.
func quotedParticiple(tags []string, heads []int, rels []string, q int) {
	h, v := q-1, q+1
	if tags[v] != "VBN" && tags[v] != "VBD" || rels[v] != "amod" || !strings.HasPrefix(tags[h], "VB") {
		return
	}
	n := heads[v] - 1
	if n < 0 || heads[n] != h+1 || rels[n] != "obj" {
		return
	}
	for i := range heads {
		if heads[i] == h+1 && i != v {
			heads[i] = v + 1
		}
	}
	heads[v], rels[v] = heads[h], rels[h]
	heads[h], rels[h] = v+1, "aux"
}

// remarkOfSubject hangs the remark x, read as a modifier of a noun that is an object or
// an oblique, or as an adverbial clause of a verb with no subject of its own ("threatened
// to quit the talks, accusing B"), on the nearest verb above that has a subject, as its
// adverbial clause ("A issued a statement, accusing B" gives A the remark either way).
func remarkOfSubject(tags []string, heads []int, rels []string, x int) {
	v := heads[x] - 1
	if strings.HasPrefix(tags[v], "NN") {
		if rels[v] != "obj" && !strings.HasPrefix(rels[v], "obl") {
			return
		}
		v = heads[v] - 1
	}
	for steps := 0; v >= 0 && steps < 4; v, steps = heads[v]-1, steps+1 {
		if !strings.HasPrefix(tags[v], "VB") {
			return
		}
		if hasChild(heads, rels, v, isSubject) {
			if heads[x] != v+1 {
				heads[x], rels[x] = v+1, "advcl"
			}
			return
		}
		if rels[v] != "xcomp" && rels[v] != "conj" && !strings.HasPrefix(rels[v], "obl") && rels[v] != "obj" {
			return
		}
	}
}

// orderWords are the nouns of "on the orders of B", "at the behest of B", "at the hands
// of B".
var orderWords = wordSet(`order orders behest direction instruction instructions command hands`)

// orderedAct hangs the order noun x, read as a modifier of a noun, on the nearest verb
// above that noun, as its oblique: "on orders of B" must name who ordered ("of" or
// "from") and open with "on", "at", "under" or "upon".
func orderedAct(words, tags []string, heads []int, rels []string, x int) {
	if !hasChildWord(words, heads, rels, x, "case", "on", "at", "under", "upon") ||
		!hasChildOf(words, heads, rels, x) {
		return
	}
	for h, n := heads[x]-1, 0; h >= 0 && n < 4; h, n = heads[h]-1, n+1 {
		if strings.HasPrefix(tags[h], "VB") {
			heads[x], rels[x] = h+1, "obl"
			return
		}
		if !strings.HasPrefix(tags[h], "NN") {
			return
		}
	}
}

// hasChildWord reports whether token k has a child attached by rel that is one of words.
func hasChildWord(words []string, heads []int, rels []string, k int, rel string, ws ...string) bool {
	for i := range heads {
		if heads[i] != k+1 || rels[i] != rel {
			continue
		}
		for _, w := range ws {
			if strings.EqualFold(words[i], w) {
				return true
			}
		}
	}
	return false
}

// hasChildOf reports whether the noun k has a noun modifier opened by "of" or "from":
// who gave the order.
func hasChildOf(words []string, heads []int, rels []string, k int) bool {
	for i := range heads {
		if heads[i] == k+1 && rels[i] == "nmod" && (hasChildWord(words, heads, rels, i, "case", "of", "from")) {
			return true
		}
	}
	return false
}

// remarks are participles by which a speaker goes on after what he said ("said the deal
// was bad, accusing B of C"), not what the clause said tells of.
var remarks = wordSet(`accusing blaming adding saying noting citing calling warning urging
insisting arguing charging denying dismissing rejecting criticizing criticising condemning
denouncing praising describing referring claiming stressing vowing pledging promising
alleging asserting suggesting demanding slamming decrying lamenting complaining`)

// speakersRemark gives such a participle after a comma, hung on the clause a verb of
// saying reports, to the verb of saying: the remark is the speaker's.
func speakersRemark(words []string, heads []int, rels []string, x int) {
	h := heads[x] - 1
	if x == 0 || words[x-1] != "," || !remarks[strings.ToLower(words[x])] || rels[h] != "ccomp" || heads[h] == 0 || h > x ||
		hasChild(heads, rels, x, func(r string) bool { return isSubject(r) || r == "mark" }) {
		return
	}
	if v := heads[h] - 1; v < h && clauseVerbs[strings.ToLower(words[v])] {
		heads[x] = v + 1
		heads[x-1] = v + 1
	}
}

// titledObject mends "hosted President B" read with the title as the object and the name
// as a second subject of the verb: the name is the object, the title its description.
func titledObject(tags []string, heads []int, rels []string, y int) {
	v, t := heads[y]-1, y-1
	if t <= v || heads[t] != v+1 || rels[t] != "obj" || !strings.HasPrefix(tags[t], "NNP") || !strings.HasPrefix(tags[y], "NNP") {
		return
	}
	heads[y], rels[y] = v+1, "obj"
	heads[t], rels[t] = y+1, "nmod:desc"
}

// listedSubject joins the noun y, read as a second subject of its verb though it comes
// after the verb and a comma, to the noun phrase before that comma: its conjunct after
// "and" ("spoke to A, and the presidents of B and C"), else its apposition ("spoke to
// world leaders, from B, historic backers of C").
func listedSubject(words, tags []string, heads []int, rels []string, y int) {
	v := heads[y] - 1
	if y < v {
		return
	}
	first := -1
	for i := range heads {
		if heads[i] == v+1 && rels[i] == "nsubj" && i < v {
			first = i
		}
	}
	start := y
	for i := v + 1; i < y; i++ {
		if descends(heads, i, y) {
			start = i
			break
		}
	}
	// the phrase proper starts after the comma and "and" it may have taken in
	for start < y && (words[start] == "," || strings.EqualFold(words[start], "and")) {
		start++
	}
	comma := start - 1
	and := -1
	for comma > v && strings.EqualFold(words[comma], "and") {
		and = comma
		comma--
	}
	if first < 0 || comma <= v+1 || words[comma] != "," {
		return
	}
	n := comma - 1
	for n > v && !strings.HasPrefix(tags[n], "NN") {
		n--
	}
	if n <= v || !descends(heads, n, v) || descends(heads, n, y) {
		return
	}
	if and >= 0 {
		heads[and], rels[and] = y+1, "cc"
		heads[y], rels[y] = n+1, "conj"
		// the phrase of the first conjunct: the noun the comma closes may be its modifier
		for heads[n] > 0 && (rels[n] == "nmod" || rels[n] == "compound" || rels[n] == "flat") && heads[n]-1 > v {
			n = heads[n] - 1
		}
		heads[y] = n + 1
		return
	}
	heads[y], rels[y] = n+1, "appos"
}

// strandedComplement gives the verb of saying or denying v, left with no complement,
// the clause that starts right after it with its own subject but hangs elsewhere ("and
// denied he met him" read with "met" as a clause of the main verb): that clause is what
// v says.
func strandedComplement(tags []string, heads []int, rels []string, v int) {
	s := v + 1
	if s >= len(heads) || tags[s] != "PRP" && !strings.HasPrefix(tags[s], "NNP") || !strings.HasPrefix(rels[s], "nsubj") ||
		hasChild(heads, rels, v, func(r string) bool { return r == "obj" || r == "ccomp" || r == "xcomp" }) {
		return
	}
	y := heads[s] - 1
	if y <= s || y == v || descends(heads, v, y) || rels[y] != "parataxis" && rels[y] != "dep" && rels[y] != "conj" {
		return
	}
	for i := s + 1; i < y; i++ {
		if !descends(heads, i, y) {
			return
		}
	}
	heads[y], rels[y] = v+1, "ccomp"
}

// strayObject makes the subject y, the second subject of its verb, the object of the verb
// right before its phrase when that verb has a subject and no object ("arrived from the
// United States, where he met President Bush" with "Bush" read as a second subject of
// "arrived", "said that B shot down the plane" with "plane" a second subject of "said");
// adverbs between them go with that verb, a determiner given to the first verb with
// the noun.
func strayObject(tags []string, heads []int, rels []string, y int) {
	v := heads[y] - 1
	first := -1
	for i := range heads {
		if heads[i] == v+1 && rels[i] == "nsubj" {
			first = i
			break
		}
	}
	if first < 0 || first == y {
		return
	}
	start := y
	for i := range heads {
		if i < start && descends(heads, i, y) {
			start = i
		}
	}
	det := -1
	if start > 0 && tags[start-1] == "DT" && heads[start-1] == v+1 {
		// the phrase's determiner given to the verb too: "shot down the Boeing"
		det = start - 1
		start--
	}
	x := start - 1
	var adverbs []int
	for x >= 0 && strings.HasPrefix(tags[x], "RB") {
		adverbs = append(adverbs, x)
		x--
	}
	if x > 0 && tags[x] == "RP" && rels[x] == "compound:prt" && heads[x] == x {
		// a verb with its particle: "shot down"
		x--
	}
	if x < 0 || x == v || !strings.HasPrefix(tags[x], "VB") || descends(heads, x, y) ||
		!hasChild(heads, rels, x, isSubject) || hasChild(heads, rels, x, func(r string) bool { return r == "obj" || r == "ccomp" || r == "xcomp" }) {
		return
	}
	heads[y], rels[y] = x+1, "obj"
	for _, a := range adverbs {
		heads[a] = x + 1
	}
	if det >= 0 {
		heads[det], rels[det] = y+1, "det"
	}
}

// descends reports whether token i is y or lies below it.
func descends(heads []int, i, y int) bool {
	for n := 0; i >= 0 && n < len(heads); n++ {
		if i == y {
			return true
		}
		i = heads[i] - 1
	}
	return false
}

// hasChild reports whether token k (0-based) has a child whose relation passes ok.
func hasChild(heads []int, rels []string, k int, ok func(string) bool) bool {
	for i, h := range heads {
		if h == k+1 && ok(rels[i]) {
			return true
		}
	}
	return false
}

func isSubject(rel string) bool {
	return strings.HasPrefix(rel, "nsubj") || rel == "expl" || strings.HasPrefix(rel, "csubj")
}

// openingSubject gives the verb x, which has no subject, the names the parser joined to
// a phrase of time or place before it and after that phrase's comma: the first is the
// subject, the others its conjuncts.
func openingSubject(words, tags []string, heads []int, rels []string, x int) {
	if hasChild(heads, rels, x, isSubject) {
		return
	}
	for o := 0; o < x; o++ {
		if heads[o] != x+1 || !strings.HasPrefix(rels[o], "obl") && rels[o] != "advmod" {
			continue
		}
		var conjs []int
		comma := false
		for i := o + 1; i < x; i++ {
			if words[i] == "," && heads[i] != 0 && !comma && len(conjs) == 0 {
				comma = true
			}
			if heads[i] == o+1 && rels[i] == "conj" {
				if !comma || !strings.HasPrefix(tags[i], "NN") && tags[i] != "PRP" {
					return
				}
				conjs = append(conjs, i)
			}
		}
		if len(conjs) == 0 {
			continue
		}
		first := conjs[0]
		heads[first], rels[first] = x+1, "nsubj"
		for _, c := range conjs[1:] {
			heads[c] = first + 1
		}
		for i := o + 1; i < first; i++ {
			if heads[i] == first+1 && rels[i] == "cc" {
				// the "and" before the first name joined nothing
				heads[i], rels[i] = o+1, "punct"
			}
		}
		return
	}
}

// saidSubject makes the object o of a verb of saying (or a name read as its complement)
// the subject of the verb x joined to that verb right after o's phrase with no "and" and
// no subject of its own: "added Berg had agreed" says that Berg had agreed.
func saidSubject(tags []string, heads []int, rels []string, x int) {
	if heads[x] == 0 || hasChild(heads, rels, x, func(r string) bool { return isSubject(r) || r == "cc" }) {
		return
	}
	// a verb joined with no "and", or a verb with an auxiliary of its own hung below the
	// verb of saying in any other way ("saying the commander was planning attacks")
	clause := rels[x] == "conj" || !strings.HasPrefix(rels[x], "aux") && rels[x] != "amod" &&
		hasChild(heads, rels, x, func(r string) bool { return strings.HasPrefix(r, "aux") })
	// or a finite verb right after a pronoun read as the object ("denied it had C")
	clause = clause || finite[tags[x]] && x > 0 && tags[x-1] == "PRP" && heads[x-1] == heads[x] && rels[x-1] == "obj" &&
		(rels[x] == "advcl" || rels[x] == "ccomp" || rels[x] == "dep" || rels[x] == "parataxis")
	if !clause {
		return
	}
	v := heads[x] - 1
	if !strings.HasPrefix(tags[v], "VB") {
		return
	}
	// a common noun as the subject of a joined verb only when that verb has an auxiliary:
	// "denied talks had broken down"
	auxed := hasChild(heads, rels, x, func(r string) bool { return strings.HasPrefix(r, "aux") })
	o := -1
	for i := v + 1; i < x; i++ {
		// the object, or a name read as the complement ("says Russia, and China, have
		// targeted C")
		object := rels[i] == "obj" || rels[i] == "ccomp" && (rels[x] == "conj" || rels[x] == "ccomp")
		if heads[i] == v+1 && object && (strings.HasPrefix(tags[i], "NNP") || tags[i] == "PRP" || (rels[x] != "conj" || auxed) && strings.HasPrefix(tags[i], "NN")) {
			o = i
		}
	}
	if o < 0 || rels[x] != "ccomp" && hasChild(heads, rels, v, func(r string) bool { return r == "ccomp" }) && rels[o] != "ccomp" {
		return
	}
	// o's phrase must end where x's clause begins: only o's own words and x's
	// auxiliaries and adverbs between them
	common := rels[x] == "conj" && !strings.HasPrefix(tags[o], "NNP") && tags[o] != "PRP"
	for i := o + 1; i < x; i++ {
		if !descends(heads, i, o) && heads[i] != x+1 ||
			common && heads[i] == x+1 && !strings.HasPrefix(rels[i], "aux") && rels[i] != "advmod" ||
			common && descends(heads, i, o) && (strings.HasPrefix(tags[i], "VB") || tags[i] == ",") {
			// a common noun's phrase holds no clause or comma of its own
			return
		}
	}
	heads[o], rels[o] = x+1, "nsubj"
	rels[x] = "ccomp"
}

var finite = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}

// subjectConjunct moves the noun y, joined to the verb of a relative clause, to the
// noun that clause is on when that noun is a subject.
func subjectConjunct(tags []string, heads []int, rels []string, y int) {
	v := heads[y] - 1
	if rels[v] != "acl:relcl" || !strings.HasPrefix(tags[v], "VB") || heads[v] == 0 {
		return
	}
	n := heads[v] - 1
	if !strings.HasPrefix(rels[n], "nsubj") {
		return
	}
	heads[y] = n + 1
}

// coordinatedSubject makes the vocative v the subject its verb's "and"-joined subject is
// the conjunct of, when v's phrase is followed by "and" or "or" and then by that subject.
func coordinatedSubject(words []string, heads []int, rels []string, v int) {
	verb := heads[v]
	if verb == 0 {
		return
	}
	end := v
	for i := v + 1; i < len(heads) && heads[i] == v+1; i++ {
		end = i
	}
	cc := end + 1
	if cc+1 >= len(heads) || !coordinators[strings.ToLower(words[cc])] {
		return
	}
	subj := -1
	for i := cc + 1; i < len(heads) && i < cc+5; i++ {
		if heads[i] == verb && rels[i] == "nsubj" {
			subj = i
			break
		}
	}
	if subj < 0 {
		return
	}
	rels[v] = "nsubj"
	heads[subj], rels[subj] = v+1, "conj"
	heads[cc], rels[cc] = subj+1, "cc"
}

// nounThenVerb mends "Chairman Kim and I have agreed" read with the verb x as a conjunct
// of the name before it, which is not the root: the verb takes the noun's place in the tree, the noun becomes
// its subject and the verb's own subject (after "and" or "or") the noun's conjunct.
func nounThenVerb(words, tags []string, heads []int, rels []string, x int) {
	n := heads[x] - 1
	if rels[x] != "conj" || n < 0 || n > x || heads[n] == 0 || !strings.HasPrefix(tags[n], "NNP") || !strings.HasPrefix(tags[x], "VB") {
		return
	}
	subj, cc := -1, -1
	for i := n + 1; i < x; i++ {
		if heads[i] == x+1 && rels[i] == "nsubj" && tags[i] == "PRP" && subj < 0 {
			subj = i
		}
		if heads[i] == x+1 && rels[i] == "cc" && coordinators[strings.ToLower(words[i])] && subj < 0 {
			cc = i
		}
	}
	if subj < 0 || cc < 0 {
		return
	}
	for i := n + 1; i < cc; i++ {
		// only the noun's own words before the "and"
		if !descends(heads, i, n) {
			return
		}
	}
	heads[x], rels[x] = heads[n], rels[n]
	heads[n], rels[n] = x+1, "nsubj"
	heads[subj], rels[subj] = n+1, "conj"
	heads[cc] = subj + 1
}

// thatComplementizer mends a "that" clause read as a relative clause with "that" as its
// object, when the clause's verb has an object of its own ("told delegates that B had
// abused their trust"): "that" is the clause's mark, and the clause on the object of a
// verb of saying is that verb's complement.
func thatComplementizer(words []string, heads []int, rels []string, x int) {
	if rels[x] != "acl:relcl" || heads[x] == 0 {
		return
	}
	that, objects := -1, 0
	for i := range heads {
		if heads[i] != x+1 || rels[i] != "obj" {
			continue
		}
		objects++
		if strings.ToLower(words[i]) == "that" && i < x {
			that = i
		}
	}
	if that < 0 || objects < 2 {
		return
	}
	rels[that] = "mark"
	rels[x] = "acl"
	n := heads[x] - 1
	if v := heads[n] - 1; v >= 0 && (rels[n] == "obj" || rels[n] == "iobj") && clauseVerbs[strings.ToLower(words[v])] &&
		!hasChild(heads, rels, v, func(r string) bool { return r == "ccomp" }) {
		heads[x], rels[x] = v+1, "ccomp"
	}
}

// clauseOfVerb moves the clause c, a "that" clause hung on a noun that is an oblique of a
// verb of saying or agreeing with no complement of its own, to that verb as its ccomp.
func clauseOfVerb(words []string, heads []int, rels []string, c int) {
	noun := heads[c] - 1
	if !strings.HasPrefix(rels[noun], "obl") || heads[noun] == 0 || contentNouns[strings.ToLower(words[noun])] {
		return
	}
	verb := heads[noun] - 1
	if !clauseVerbs[strings.ToLower(words[verb])] {
		return
	}
	that := false
	for i := range heads {
		switch {
		case heads[i] == c+1 && rels[i] == "mark" && strings.EqualFold(words[i], "that"):
			that = true
		case heads[i] == verb+1 && (rels[i] == "ccomp" || rels[i] == "xcomp" || rels[i] == "obj"):
			return
		}
	}
	if that {
		heads[c], rels[c] = verb+1, "ccomp"
	}
}

var coordinators = map[string]bool{"and": true, "or": true}

// clauseOfNoun makes the "that" clause c, read as an adverbial clause or complement of a verb, the
// clause of the verb's object right before it when that object is a noun of content:
// "denies suspicions that it tried C" says what the suspicions hold.
func clauseOfNoun(words []string, heads []int, rels []string, c int) {
	verb := heads[c] - 1
	mark := -1
	for i := range heads {
		if heads[i] == c+1 && rels[i] == "mark" {
			mark = i
		}
	}
	first := c
	for i := c - 1; i >= 0 && descends(heads, i, c); i-- {
		first = i
	}
	switch {
	case mark >= 1 && strings.EqualFold(words[mark], "that"):
	case mark < 0 && first > 0 && (rels[c] == "ccomp" || rels[c] == "conj" && hasChild(heads, rels, c, isSubject) &&
		!hasChild(heads, rels, c, func(r string) bool { return r == "cc" })):
		// "dismissed a suggestion the move was designed to C", with no "that"
		mark = first
	default:
		return
	}
	noun := mark - 1
	if heads[noun] != verb+1 || rels[noun] != "obj" || !contentNouns[strings.ToLower(words[noun])] {
		return
	}
	heads[c], rels[c] = noun+1, "acl"
}

// mainConjunct gives the finite verb x, joined by "and" with no subject of its own to a
// verb of a clause below the main verb, to the main verb when x agrees with it in tense
// and the clause's verb does not ("Iran denies claims that it tried C and says D"), or
// when x is a participle after a main verb in the perfect ("has denied claims that it
// lied and accused B").
func mainConjunct(words, tags []string, heads []int, rels []string, x int) {
	h := heads[x] - 1
	if hasChild(heads, rels, x, isSubject) || rels[h] == "root" {
		return
	}
	r := h
	for heads[r] != 0 {
		r = heads[r] - 1
	}
	if r >= x || !descends(heads, h, r) {
		return
	}
	isAux := func(r string) bool { return strings.HasPrefix(r, "aux") }
	// "has denied claims that it lied and accused B": a participle after a perfect main
	// verb, where the clause's verb has no auxiliary
	perfect := tags[r] == "VBN" && (tags[x] == "VBN" || tags[x] == "VBD") && !hasChild(heads, rels, h, isAux) &&
		!hasChild(heads, rels, x, isAux) && hasPerfectAux(words, heads, rels, r)
	if !perfect && (tags[h] == tags[x] || tags[r] != tags[x]) {
		return
	}
	heads[x] = r + 1
}

// hasPerfectAux reports whether verb v has "have" as its auxiliary.
func hasPerfectAux(words []string, heads []int, rels []string, v int) bool {
	for i := range heads {
		if heads[i] == v+1 && rels[i] == "aux" && perfectAux[strings.ToLower(words[i])] {
			return true
		}
	}
	return false
}

// clauseVerbs are the forms of verbs that take a "that" clause of what was said, agreed
// or decided.
var clauseVerbs = wordSet(`agree agreed agrees agreeing say said says saying announce announced
announces decide decided decides tell told tells warn warned warns insist insisted insists
confirm confirmed confirms deny denied denies acknowledge acknowledged admit admitted
claim claimed claims argue argued argues state stated declare declared stress stressed
promise promised promises pledge pledged pledges vow vowed vows add added note noted
conclude concluded reiterate reiterated`)

// contentNouns are nouns whose own "that" clause says what they hold ("on the condition
// that", "despite reports that").
var contentNouns = wordSet(`condition conditions understanding basis grounds assumption fact
facts news report reports claim claims idea belief hope hopes fear fears view promise
assurance assurances expectation expectations evidence notion premise proviso sense
suggestion suggestions suspicion suspicions accusation accusations allegation allegations argument arguments statement statements warning warnings
rumours rumors speculation concern concerns proposal demand demands insistence`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// subordinateClause makes the finite verb x, read as a conjunct with no "and" of its own
// or as a clause with no subject, the verb of a clause opened by a subordinator the
// parser read as a preposition of the noun right before x ("accepted the offer after
// the dictator agreed", "went on until Peru agreed"): that noun is its subject, the
// subordinator its mark, and the clause an advcl of the verb x hangs from.
func subordinateClause(words []string, heads []int, rels []string, x int) {
	subj, cc := -1, -1
	for i := range heads {
		switch {
		case heads[i] == x+1 && strings.HasPrefix(rels[i], "nsubj"):
			subj = i
		case heads[i] == x+1 && rels[i] == "cc" && rels[x] == "conj":
			cc = i
		}
	}
	if subj >= 0 || cc >= 0 {
		// "after A and B denied C" read with A in the phrase of "after" and the verb
		// joined to the main verb by "and": A and B are the clause's subjects
		if subj == x-1 && cc == subj-1 && cc > 0 {
			noun := cc - 1
			if mark := subordinatorOf(words, heads, rels, noun); mark >= 0 {
				rels[x] = "advcl"
				heads[noun], rels[noun] = x+1, "nsubj"
				heads[subj], rels[subj] = noun+1, "conj"
				heads[cc] = subj + 1
				heads[mark], rels[mark] = x+1, "mark"
			}
		}
		return
	}
	noun := x - 1
	if noun < 0 {
		return
	}
	if rels[noun] == "conj" && heads[noun] > 0 {
		// "after A and B denied": the first of the nouns joined
		noun = heads[noun] - 1
	}
	mark := subordinatorOf(words, heads, rels, noun)
	if mark < 0 {
		return
	}
	if heads[x] == noun+1 {
		// the clause read as the noun's own: it takes the noun's place
		heads[x] = heads[noun]
	}
	rels[x] = "advcl"
	heads[noun], rels[noun] = x+1, "nsubj"
	heads[mark], rels[mark] = x+1, "mark"
}

// subordinatorOf returns the subordinator read as the preposition of noun, an oblique
// or a noun's modifier, or -1.
func subordinatorOf(words []string, heads []int, rels []string, noun int) int {
	if rels[noun] != "nmod" && !strings.HasPrefix(rels[noun], "obl") {
		return -1
	}
	for i := range heads {
		if heads[i] == noun+1 && rels[i] == "case" && subordinators[strings.ToLower(words[i])] {
			return i
		}
	}
	return -1
}

// subordinators open a clause and, before a noun, can be read as prepositions.
var subordinators = wordSet(`after before since until till as because while when once unless
although though whereas`)

// secondComplement moves the "that" clause c, the second ccomp of its head, to the first
// ccomp of that head when the first is a verb of saying or agreeing without a ccomp.
func secondComplement(words []string, heads []int, rels []string, c int) {
	first := -1
	for i := 0; i < c; i++ {
		if heads[i] == heads[c] && rels[i] == "ccomp" {
			first = i
			break
		}
	}
	if first < 0 || !clauseVerbs[strings.ToLower(words[first])] ||
		hasChild(heads, rels, first, func(r string) bool { return r == "ccomp" }) {
		return
	}
	that := false
	for i := range heads {
		if heads[i] == c+1 && rels[i] == "mark" && strings.EqualFold(words[i], "that") {
			that = true
		}
	}
	if that {
		heads[c] = first + 1
	}
}

// clauseOfSubject moves the clause c in -ing, opened by a subordinator and hung on a
// noun, to the nearest verb above that noun that has a subject, as its advcl.
func clauseOfSubject(words, tags []string, heads []int, rels []string, c int) {
	opened := false
	for i := range heads {
		if heads[i] == c+1 && rels[i] == "mark" && subordinators[strings.ToLower(words[i])] {
			opened = true
		}
	}
	if !opened {
		return
	}
	for a, n := heads[c]-1, 0; a >= 0 && n < 6; a, n = heads[a]-1, n+1 {
		if strings.HasPrefix(tags[a], "VB") && hasChild(heads, rels, a, isSubject) {
			heads[c], rels[c] = a+1, "advcl"
			return
		}
		if heads[a] == 0 {
			return
		}
	}
}

// auxedModifier mends "A has dismissed claims" and "A refuted reports" read with the
// verb x as an adjective of the noun after it, though x is a past tense or has an
// auxiliary or a subject of its own: x is the verb, in the noun's place, and the noun
// its object.
func auxedModifier(words, tags []string, heads []int, rels []string, x int) {
	if rels[x] != "amod" || heads[x] <= x+1 {
		return
	}
	n := heads[x] - 1
	// a participle after a name that is the root, whose object the noun is read as
	afterName := x > 0 && heads[x-1] == 0 && strings.HasPrefix(tags[x-1], "NNP") && heads[n] == x && rels[n] == "obj"
	if !finite[tags[x]] && (tags[x] != "VBN" || !afterName && !hasChild(heads, rels, x, func(r string) bool { return r == "aux" || isSubject(r) && (x == 0 || words[x-1] != "-") })) {
		return
	}
	heads[x], rels[x] = heads[n], rels[n]
	heads[n], rels[n] = x+1, "obj"
	for i := range heads {
		// the noun's subject and punctuation are the verb's
		if heads[i] == n+1 && (isSubject(rels[i]) || rels[i] == "punct") {
			heads[i] = x + 1
		}
	}
	if h := heads[x] - 1; h >= 0 && isSubject(rels[x]) && hasChild(heads, rels, x, isSubject) {
		// "said that the blockade prevented ships", with "ships" read as the subject of
		// "said": a verb with a subject of its own is what was said, with its "that"
		rels[x] = "ccomp"
		for i := h + 1; i < x; i++ {
			if heads[i] == h+1 && rels[i] == "mark" && strings.EqualFold(words[i], "that") {
				heads[i] = x + 1
			}
		}
	}
	if r := heads[x] - 1; r >= 0 && r < x && heads[r] == 0 && strings.HasPrefix(tags[r], "NN") && rels[x] == "obj" {
		// "Lind refuted reports" read with the name as the root: the name is the subject
		heads[x], rels[x] = 0, "root"
		heads[r], rels[r] = x+1, "nsubj"
		for i := range heads {
			if heads[i] == r+1 && i > x && rels[i] == "punct" {
				heads[i] = x + 1
			}
		}
	}
}

// preconjModifier mends "Both Russian and U.S. officials have discussed C" read with the
// first modifier as the root and the verb as its conjunct: the verb is the root, the
// modifiers joined by "both ... and" modify its subject.
func preconjModifier(words, tags []string, heads []int, rels []string) {
	r := -1
	for i, h := range heads {
		if h == 0 {
			r = i
		}
	}
	if r < 0 || !strings.HasPrefix(tags[r], "NNP") && !strings.HasPrefix(tags[r], "JJ") ||
		!hasChild(heads, rels, r, func(x string) bool { return x == "cc:preconj" }) {
		return
	}
	for x := r + 1; x < len(heads); x++ {
		if heads[x] != r+1 || rels[x] != "conj" || !strings.HasPrefix(tags[x], "VB") {
			continue
		}
		n, cc := -1, -1
		for i := range heads {
			switch {
			case heads[i] == x+1 && strings.HasPrefix(rels[i], "nsubj") && i > r && i < x:
				n = i
			case heads[i] == x+1 && rels[i] == "cc" && i > r:
				cc = i
			}
		}
		if n < 0 || cc < 0 || cc > n || !strings.HasPrefix(tags[n], "NN") {
			return
		}
		m := cc + 1
		if m >= n || heads[m] != n+1 {
			return
		}
		heads[x], rels[x] = 0, "root"
		heads[r], rels[r] = n+1, "amod"
		heads[m], rels[m] = r+1, "conj"
		heads[cc] = m + 1
		for i := range heads {
			if heads[i] == r+1 && i > x && rels[i] == "punct" {
				heads[i] = x + 1
			}
		}
		return
	}
}

// isTree reports whether every word reaches the root (head 0) without a cycle.
func isTree(heads []int) bool {
	for i := range heads {
		k, steps := i, 0
		for heads[k] != 0 {
			k = heads[k] - 1
			if k < 0 || k >= len(heads) || steps > len(heads) {
				return false
			}
			steps++
		}
	}
	return true
}

// nounRoot makes the finite verb x (or a participle with its auxiliary) that hangs from
// a noun root as "dep" the root, with the noun as its subject, when the verb has no
// subject of its own.
func nounRoot(tags []string, heads []int, rels []string) {
	r := -1
	for i, h := range heads {
		if h == 0 {
			r = i
		}
	}
	if r < 0 || !strings.HasPrefix(tags[r], "NN") {
		return
	}
	for x := r + 1; x < len(heads); x++ {
		verb := finite[tags[x]] || tags[x] == "VBN" && hasChild(heads, rels, x, func(r string) bool { return r == "aux" })
		if heads[x] != r+1 || rels[x] != "dep" || !verb || hasChild(heads, rels, x, isSubject) {
			continue
		}
		heads[x], rels[x] = 0, "root"
		heads[r], rels[r] = x+1, "nsubj"
		for i := range heads {
			if heads[i] == r+1 && i > x && rels[i] == "punct" {
				heads[i] = x + 1
			}
		}
		return
	}
}

// mediumAgent mends "A and B talked by phone" read as a name with a passive participle
// whose agent is the phone: a medium is no agent, so the participle is the verb, the
// name its subject and the medium its oblique.
func mediumAgent(words, tags []string, heads []int, rels []string) {
	for x := range heads {
		r := heads[x] - 1
		if rels[x] != "acl" || tags[x] != "VBN" || r < 0 || heads[r] != 0 || !strings.HasPrefix(tags[r], "NNP") {
			continue
		}
		agent := -1
		for i := range heads {
			if heads[i] == x+1 && rels[i] == "obl:agent" && media[strings.ToLower(words[i])] {
				agent = i
			}
		}
		if agent < 0 {
			continue
		}
		heads[x], rels[x] = 0, "root"
		heads[r], rels[r] = x+1, "nsubj"
		rels[agent] = "obl"
		for i := range heads {
			if heads[i] == r+1 && i > x && rels[i] == "punct" {
				heads[i] = x + 1
			}
		}
		return
	}
}

// media are the means by which people talk apart.
var media = wordSet("phone telephone telephones video videoconference videolink hotline email letter")

// openingParticiple mends a sentence that opens with a participle's phrase ("And using
// his links with B, an ally of C, he conveyed messages") read with the participle as the
// root and the finite verb after a comma, with its own subject, hung on it: the verb is
// the root, the participle its adverbial clause, and what the participle held after the
// verb is the verb's.
func openingParticiple(words, tags []string, heads []int, rels []string) {
	r := openingParticipleAt(words, tags)
	if r < 0 || heads[r] != 0 || hasChild(heads, rels, r, isSubject) && firstChild(heads, rels, r, isSubject) < r {
		return
	}
	x := -1
	for i := r + 1; i < len(heads); i++ {
		if heads[i] == r+1 && finite[tags[i]] && hasChild(heads, rels, i, isSubject) && participleClauses[rels[i]] {
			x = i
			break
		}
	}
	if x < 0 {
		return
	}
	if start := phraseStart(words, heads, r+1, x); words[start-1] != "," {
		return
	}
	rootOverParticiple(heads, rels, r, x)
}

// openingParticipleAt returns the position of the participle that opens the sentence,
// after an opening "and" or "but" if there is one, or -1.
func openingParticipleAt(words, tags []string) int {
	g := 0
	if len(words) > 0 && (coordinators[strings.ToLower(words[0])] || strings.EqualFold(words[0], "but")) {
		g = 1
	}
	if g >= len(words) || tags[g] != "VBG" {
		return -1
	}
	return g
}

// participleClauses are the relations by which the parser hangs the main clause on an
// opening participle it took for the root.
var participleClauses = map[string]bool{"parataxis": true, "dep": true, "conj": true, "advcl": true, "ccomp": true}

// rootOverParticiple makes the verb v the root and the opening participle g its adverbial
// clause; when g was the root, the "and" before it and what it held after v are v's.
func rootOverParticiple(heads []int, rels []string, g, v int) {
	wasRoot := heads[g] == 0
	heads[v], rels[v] = 0, "root"
	heads[g], rels[g] = v+1, "advcl"
	if !wasRoot {
		return
	}
	for i := range heads {
		if heads[i] == g+1 && (i < g || i > v) {
			heads[i] = v + 1
		}
	}
}

// participleSubject mends a sentence that opens with a participle's phrase whose main
// verb has no subject, the subject having been taken into the phrase after its comma
// ("Singling out B by name, President A accused C", with A read as an apposition of
// "name"), and the participle read as the root or as the verb's subject clause: the noun
// phrase between the comma and the verb is the verb's subject, the verb the root, and
// the participle its adverbial clause.
func participleSubject(words, tags []string, heads []int, rels []string) {
	g := openingParticipleAt(words, tags)
	if g < 0 {
		return
	}
	v := -1
	switch {
	case heads[g] > 0 && rels[g] == "csubj" && heads[heads[g]-1] == 0:
		v = heads[g] - 1
	case heads[g] == 0:
		for i := g + 1; i < len(heads); i++ {
			if heads[i] == g+1 && (finite[tags[i]] || tags[i] == "VBN") && participleClauses[rels[i]] {
				v = i
				break
			}
		}
	}
	if v < g+3 || !finite[tags[v]] && tags[v] != "VBN" {
		// (the past of the verb is as often tagged as its participle: "accused")
		return
	}
	for i := range heads {
		if i != g && heads[i] == v+1 && isSubject(rels[i]) {
			return
		}
	}
	c := -1
	for i := v - 1; i > g; i-- {
		if words[i] == "," {
			c = i
			break
		}
	}
	if c < 0 || c+1 >= v {
		return
	}
	// the phrase after the comma: one head, a noun inside the participle's phrase
	n := -1
	for i := c + 1; i < v; i++ {
		if h := heads[i] - 1; h < c+1 || h >= v {
			if n >= 0 {
				return
			}
			n = i
		}
	}
	if n < 0 || !strings.HasPrefix(tags[n], "NN") && tags[n] != "PRP" || !descends(heads, n, g) {
		return
	}
	heads[n], rels[n] = v+1, "nsubj"
	heads[c] = v + 1
	rootOverParticiple(heads, rels, g, v)
}

// trailingGerund mends a word in -ing after a comma or colon read as a second subject of
// the verb before it ("A sent messages: blaming B for C"): it is the verb's adverbial
// clause.
func trailingGerund(words []string, heads []int, rels []string, g int) {
	v := heads[g] - 1
	if g < 1 || v < 0 || v > g || rels[g] != "nsubj" || words[g-1] != "," && words[g-1] != ":" ||
		!strings.HasSuffix(strings.ToLower(words[g]), "ing") {
		return
	}
	if s := firstChild(heads, rels, v, isSubject); s < 0 || s > v {
		return
	}
	rels[g] = "advcl"
}

// phraseStart returns the first word of the phrase of token x from position from on
// (punctuation aside), or x.
func phraseStart(words []string, heads []int, from, x int) int {
	for i := from; i < x; i++ {
		if !isPunct(words[i]) && descends(heads, i, x) {
			return i
		}
	}
	return x
}

// firstChild returns the first child of token k whose relation passes ok, or -1.
func firstChild(heads []int, rels []string, k int, ok func(string) bool) int {
	for i, h := range heads {
		if h == k+1 && ok(rels[i]) {
			return i
		}
	}
	return -1
}

// participleRoot mends "A, giving a speech on Monday, accused B" read with the
// participle as the root, its subject A, and the finite verb after the participle's
// closing comma left as a dependent with no subject: the finite verb is the root, A its
// subject and the participle's phrase its adverbial clause.
func participleRoot(tags []string, heads []int, rels []string) {
	r := -1
	for i, h := range heads {
		if h == 0 {
			r = i
		}
	}
	if r < 2 || tags[r] != "VBG" || tags[r-1] != "," {
		return
	}
	s := -1
	for i := 0; i < r-1; i++ {
		if heads[i] == r+1 && rels[i] == "nsubj" {
			s = i
		}
	}
	if s < 0 {
		return
	}
	for x := r + 1; x < len(heads); x++ {
		if heads[x] != r+1 || tags[x-1] != "," || !finite[tags[x]] || hasChild(heads, rels, x, isSubject) ||
			rels[x] != "dep" && rels[x] != "parataxis" && rels[x] != "conj" && rels[x] != "advcl" {
			continue
		}
		heads[x], rels[x] = 0, "root"
		heads[s] = x + 1
		heads[r], rels[r] = x+1, "advcl"
		for i := range heads {
			if heads[i] == r+1 && i > x && rels[i] == "punct" {
				heads[i] = x + 1
			}
		}
		return
	}
}

// floatingQuantifier mends "A and B have each accused the other" read with "have" as the
// verb, "each" its object and the participle its complement: "have" is the participle's
// auxiliary, the quantifier its adverb, and the participle takes the auxiliary's place.
func floatingQuantifier(words, tags []string, heads []int, rels []string, t int) {
	if t+2 >= len(heads) || !perfectAux[strings.ToLower(words[t])] || !floating[strings.ToLower(words[t+1])] ||
		tags[t+2] != "VBN" || heads[t+2] != t+1 {
		return
	}
	x := t + 2
	heads[x], rels[x] = heads[t], rels[t]
	for i := range heads {
		if heads[i] == t+1 && i != x {
			heads[i] = x + 1
		}
	}
	heads[t], rels[t] = x+1, "aux"
	heads[t+1], rels[t+1] = x+1, "advmod"
}

// perfectAux are the forms of "have" before a participle, and floating the quantifiers
// that can stand between them.
var perfectAux, floating = wordSet("have has had"), wordSet("each all both")

// dayWords name a day a verb's time can be.
var dayWords = wordSet(`today yesterday tomorrow monday tuesday wednesday thursday friday
saturday sunday`)

// nameBeforeDay takes the name the parser read as a compound of the day t out of the
// day's phrase: the name becomes the object of the verb the day hangs from (or another
// of its obliques when it has an object), and the day stays its modifier. A name read
// as the day's modifier between two prepositions of the day takes the first.
func nameBeforeDay(tags []string, heads []int, rels []string, t int) {
	v := heads[t] - 1
	if v < 0 || !strings.HasPrefix(tags[v], "VB") {
		return
	}
	var cases []int
	for i := range heads {
		if heads[i] == t+1 && rels[i] == "case" {
			cases = append(cases, i)
		}
	}
	for c := t - 1; c >= 0; c-- {
		if heads[c] != t+1 || !strings.HasPrefix(tags[c], "NNP") {
			continue
		}
		if rels[c] == "nmod" && len(cases) == 2 && cases[0] < c && c < cases[1] {
			// "spoke with Prime Minister B on Tuesday" read with both prepositions on the
			// day: the first is the name's
			heads[cases[0]] = c + 1
			heads[c], rels[c] = v+1, "obl"
			return
		}
		if !strings.HasPrefix(rels[c], "compound") {
			continue
		}
		rel := "obj"
		if hasChild(heads, rels, v, func(r string) bool { return r == "obj" }) {
			rel = "obl"
		}
		heads[c], rels[c] = v+1, rel
		return
	}
}

// daySubject mends "B on Tuesday took C" read with the day as the verb's subject, "on"
// as its mark and the verb hung on the name: the name is the subject, the day the
// verb's oblique with "on" its case.
func daySubject(words, tags []string, heads []int, rels []string, d int) {
	if d == 0 || rels[d] != "nsubj" || strings.ToLower(words[d-1]) != "on" || heads[d] == 0 {
		return
	}
	o, v := d-1, heads[d]-1
	if v <= d || heads[o] != v+1 && heads[o] != d+1 || heads[v] == 0 || !strings.HasPrefix(tags[v], "VB") {
		return
	}
	n := heads[v] - 1
	if n >= o || !strings.HasPrefix(tags[n], "NN") || isSubject(rels[v]) {
		return
	}
	for i := range heads {
		if heads[i] == n+1 && i > v {
			heads[i] = v + 1
		}
	}
	heads[v], rels[v] = heads[n], rels[n]
	heads[n], rels[n] = v+1, "nsubj"
	heads[d], rels[d] = v+1, "obl"
	heads[o], rels[o] = d+1, "case"
}

// attributionParataxis labels "said" in "A did C, B said." as the parataxis of the
// clause it closes, as the treebanks have it, where the parser read it as another
// clause of that verb (an adverbial or relative clause with no mark).
func attributionParataxis(words []string, heads []int, rels []string) {
	v := len(heads) - 1
	for v >= 0 && isPunct(words[v]) {
		v--
	}
	if v < 3 || !speechForms[strings.ToLower(words[v])] || heads[v] == 0 || heads[heads[v]-1] != 0 ||
		!strings.HasPrefix(rels[v], "advcl") && !strings.HasPrefix(rels[v], "acl") && rels[v] != "dep" ||
		hasChild(heads, rels, v, func(r string) bool { return r == "mark" }) {
		return
	}
	if start := phraseStart(words, heads, 0, v); start == 0 || words[start-1] != "," {
		return
	}
	rels[v] = "parataxis"
}

// nestedAttribution mends "A said that C, B reported." read with "reported" as what A
// said and C, with A's "that", as what B reported: C is A's complement again, and
// "reported" the parataxis of "said", as attributionParataxis labels it.
func nestedAttribution(words []string, heads []int, rels []string) {
	v := len(heads) - 1
	for v >= 0 && isPunct(words[v]) {
		v--
	}
	if v < 3 || !speechForms[strings.ToLower(words[v])] || rels[v] != "ccomp" {
		return
	}
	h := heads[v] - 1
	if heads[h] != 0 || !speechForms[strings.ToLower(words[h])] {
		return
	}
	mark, c, subj := -1, -1, -1
	for i := h + 1; i < v; i++ {
		switch {
		case heads[i] != v+1:
		case rels[i] == "mark" && strings.EqualFold(words[i], "that") && mark < 0:
			mark = i
		case rels[i] == "ccomp" && mark >= 0 && c < 0:
			c = i
		case isSubject(rels[i]) && c >= 0:
			subj = i
		}
	}
	if c < 0 || subj < 0 {
		return
	}
	if start := phraseStart(words, heads, c+1, subj); words[start-1] != "," {
		// the attribution's subject follows the clause's comma
		return
	}
	heads[c] = h + 1
	heads[mark] = c + 1
	rels[v] = "parataxis"
}

// trailingAttribution mends "A did C, B said." read with A as the subject of "said": A
// becomes the subject of the clause's verb, and the noun right before "said" the subject
// of "said".
func trailingAttribution(words, tags []string, heads []int, rels []string) {
	v := -1
	for i, h := range heads {
		if h == 0 {
			v = i
		}
	}
	if v < 2 || !speechForms[strings.ToLower(words[v])] {
		return
	}
	for i := v + 1; i < len(heads); i++ {
		if tags[i] != "." && words[i] != "." {
			return
		}
	}
	y, x := -1, -1
	for i := 0; i < v; i++ {
		if heads[i] == v+1 && rels[i] == "nsubj" && y < 0 {
			y = i
		}
		if heads[i] == v+1 && rels[i] == "ccomp" && y >= 0 && i > y && x < 0 {
			x = i
		}
	}
	p := v - 1
	if y < 0 || x < 0 || !finite[tags[x]] || hasChild(heads, rels, x, isSubject) || p <= x ||
		!strings.HasPrefix(tags[p], "NN") && tags[p] != "PRP" {
		return
	}
	if start := phraseStart(words, heads, x, p); start == 0 || words[start-1] != "," {
		// the attribution's subject follows the clause's comma
		return
	}
	heads[y] = x + 1
	heads[p], rels[p] = v+1, "nsubj"
}

// joinedClause mends a clause joined by ", and" whose subject was read as a conjunct of a
// noun before it: the verb x, with an auxiliary and no subject, hangs on the verb of the
// first clause, and the noun phrase right before its auxiliary is a conjunct, after "and"
// or "but", of a noun in that first clause. The noun becomes x's subject, and x the
// first verb's conjunct with the comma and the coordinator.
func joinedClause(words, tags []string, heads []int, rels []string, x int) {
	if hasChild(heads, rels, x, isSubject) {
		return
	}
	a := -1
	for i := x - 1; i >= 0 && heads[i] == x+1 && (rels[i] == "aux" || rels[i] == "aux:pass" || rels[i] == "advmod"); i-- {
		if rels[i] != "advmod" {
			a = i
		}
	}
	if a < 1 {
		return
	}
	// the head of the noun phrase that ends right before the auxiliary
	n := a - 1
	for steps := 0; steps < 6 && rels[n] != "conj"; steps++ {
		if h := heads[n] - 1; h >= 0 && h < a {
			n = h
		} else {
			return
		}
	}
	if !strings.HasPrefix(tags[n], "NN") || rels[n] != "conj" || heads[n]-1 >= n {
		return
	}
	cc := -1
	for i := heads[n]; i < n; i++ {
		if heads[i] == n+1 && rels[i] == "cc" && (strings.EqualFold(words[i], "and") || strings.EqualFold(words[i], "but")) {
			cc = i
		}
	}
	if cc < 1 || words[cc-1] != "," {
		return
	}
	// the first clause's verb governs both the noun's conjunct and x
	v := heads[x] - 1
	if !strings.HasPrefix(tags[v], "VB") || v > heads[n]-1 || !descends(heads, heads[n]-1, v) {
		return
	}
	for i := n + 1; i < a; i++ {
		if !descends(heads, i, n) {
			return
		}
	}
	heads[n], rels[n] = x+1, "nsubj"
	heads[x], rels[x] = v+1, "conj"
	heads[cc] = x + 1
	if heads[cc-1] != 0 {
		heads[cc-1] = x + 1
	}
}
