package relations

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/parse"
)

// officeNouns are the plural office heads of "the presidents of A and B", with the words
// a person's title must contain to hold that office.
var officeNouns = map[string][]string{
	"presidents":      {"president", "leader", "prime minister", "premier", "chancellor", "head of state"},
	"leaders":         {"president", "leader", "prime minister", "premier", "chancellor", "head of state"},
	"ministers":       {"minister"},
	"premiers":        {"premier", "prime minister"},
	"chancellors":     {"chancellor"},
	"chiefs":          {"chief"},
	"envoys":          {"envoy"},
	"representatives": {"representative"},
}

// officeHolders resolves the states coordinated after "the presidents of" (ending with
// mention m) to the persons the article names as holding that office for each state: in
// "the presidents of A and B agreed" the presidents act, not the states. It returns ids
// unchanged unless every state resolves to exactly one person.
func (v *view) officeHolders(m parse.Mention, ids []string) []string {
	k := m.Start - 1
	for k >= 0 && (v.ment[k] >= 0 || v.low[k] == "and" || v.low[k] == "," || v.low[k] == "the") {
		k--
	}
	if v.word(k) != "of" {
		return ids
	}
	titles, ok := officeNouns[v.word(k-1)]
	if !ok {
		return ids
	}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		p := v.holderFor(id, titles)
		if p == "" {
			return ids
		}
		out = append(out, p)
	}
	return uniq(out)
}

// honorifics are titles of rank that name no office, so they neither hold nor rule out
// one.
var honorifics = lexicon.WordSet{"prince": true, "crown prince": true, "princess": true, "king": true, "queen": true,
	"sheikh": true, "emir": true, "sultan": true}

// holderFor returns the one person of the state with id whose title holds one of the
// offices, or the one person of that state named without an office when none does.
func (v *view) holderFor(id string, offices []string) string {
	code := ""
	for _, e := range v.doc.Entities {
		if e.ID == id && e.Type == diplograph.TypeCountry {
			code = e.Code
		}
	}
	if code == "" {
		return ""
	}
	var holders, untitled []string
	for _, e := range v.doc.Entities {
		if e.Type != diplograph.TypePerson || e.Country != code {
			continue
		}
		t := strings.ToLower(e.Title)
		if t == "" || honorifics[t] {
			untitled = append(untitled, e.ID)
			continue
		}
		for _, o := range offices {
			if strings.Contains(t, o) {
				holders = append(holders, e.ID)
				break
			}
		}
	}
	switch {
	case len(holders) == 1:
		return holders[0]
	case len(holders) == 0 && len(untitled) == 1:
		return untitled[0]
	}
	return ""
}

// stateNouns are the heads of "A's government": the state a person leads, acting.
var stateNouns = lexicon.WordSet{"government": true, "administration": true, "regime": true, "cabinet": true}

// governmentOf reports whether person mention m is the possessor in "A's government"
// (adjectives may come between), and returns the state A belongs to, or "" when the
// article does not say, together with the token after the phrase.
func (v *view) governmentOf(m parse.Mention) (string, int, bool) {
	if m.Type != diplograph.TypePerson || v.word(m.End) != "'s" {
		return "", 0, false
	}
	k := m.End + 1
	for k < v.n() && k < m.End+5 && v.ment[k] < 0 && (strings.HasPrefix(v.tag(k), "JJ") || v.low[k] == "-") {
		k++
	}
	if !stateNouns[v.word(k)] || v.ment[min(k, v.n()-1)] >= 0 {
		return "", 0, false
	}
	code := ""
	for _, e := range v.doc.Entities {
		if e.ID == m.Entity {
			code = e.Country
		}
	}
	if code != "" {
		for _, e := range v.doc.Entities {
			if e.Type == diplograph.TypeCountry && e.Code == code {
				return e.ID, k + 1, true
			}
		}
	}
	return "", k + 1, true
}
