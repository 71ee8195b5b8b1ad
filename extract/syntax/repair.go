package syntax

import "strings"

// repair mends two readings a greedy parser gives news sentences and the treebanks almost
// never hold, after the whole sentence is parsed (heads count from 1; 0 is the root):
//
//   - a name read as a vocative right before "and" and the clause's subject ("Chairman
//     Kim and I have agreed") is the first of two coordinated subjects;
//   - a "that" clause hung as a modifier on a noun of place or time after a verb that
//     takes a clause ("agreed during a meeting on Saturday that the summit must go
//     ahead") is that verb's complement.
func repair(words []string, heads []int, rels []string) {
	for v := range heads {
		if rels[v] == "vocative" {
			coordinatedSubject(words, heads, rels, v)
		}
	}
	for c := range heads {
		if rels[c] == "acl" && heads[c] > 0 {
			clauseOfVerb(words, heads, rels, c)
		}
	}
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
suggestion allegation allegations argument arguments statement statements warning warnings
rumours rumors speculation concern concerns proposal demand demands insistence`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
