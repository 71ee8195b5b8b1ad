package mentions

import "strings"

// A state's body is often named by an office word and its domain: "the Indian Ministry
// of External Affairs", "Pakistan's Department of Immigration". Such a name after a
// country is an organization of that country, and its capitalised domain is no person.

// officeOfHead reports whether a lower-case word heads the name of a body written
// "<head> of <domain>".
func officeOfHead(l string) bool {
	switch l {
	case "ministry", "department", "office", "bureau", "directorate", "commission", "agency", "secretariat", "division":
		return true
	}
	return false
}

// officeOf returns the end of a body's name of the form "Ministry of External Affairs"
// that starts at token j, or j.
func (a *annotation) officeOf(ss *sentState, j int) int {
	toks := ss.s.Tokens
	n := len(toks)
	if j+2 >= n || !isCap(toks[j].Text) || !officeOfHead(ss.lower[j]) || ss.lower[j+1] != "of" {
		return j
	}
	k := j + 2
	if ss.lower[k] == "the" {
		k++
	}
	m := k
	for m < n && isCap(toks[m].Text) && !strings.HasPrefix(toks[m].Tag, "VB") {
		m++
		if m+1 < n && (ss.lower[m] == "and" || ss.lower[m] == "&") && isCap(toks[m+1].Text) {
			m++
		}
	}
	if m == k || !isCap(toks[m-1].Text) {
		return j
	}
	return m
}
