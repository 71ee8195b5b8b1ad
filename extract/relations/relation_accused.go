package relations

import (
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/parse"
)

// headedBy reports whether a state mention modifies or possesses the noun phrase it
// opens ("Chilean agents", "Peru's involvement"), which then stands for the state.
func (v *view) headedBy(m parse.Mention) bool {
	if m.Type != diplograph.TypeCountry || locatives[v.word(m.Start-1)] {
		return false
	}
	k := m.End
	for k < v.n() && v.ment[k] < 0 && (strings.HasPrefix(v.tag(k), "NN") || strings.HasPrefix(v.tag(k), "JJ") || v.tag(k) == "POS") {
		k++
	}
	return k > m.End && strings.HasPrefix(v.tag(k-1), "NN")
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// clauseEnd returns where the clause from start ends before end: at a second finite verb
// that is not joined to the first ("that B jammed signals were repeated" ends before
// "were"), which is the verb of the sentence the clause is part of.
func (v *view) clauseEnd(start, end int) int {
	finite := false
	for k := start; k < end; k++ {
		t := v.tag(k)
		if v.low[k] == "\"" {
			// a quotation mark the tagger took for a verb
			continue
		}
		if t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			prev := k - 1
			if v.word(prev) == "\"" {
				prev--
			}
			if finite {
				switch v.word(prev) {
				case "and", "or", "that", "who", "which", ",":
				default:
					if !auxiliaries[v.word(prev)] && v.tag(prev) != "MD" {
						return k
					}
				}
			}
			finite = true
		}
	}
	return end
}

// accuser returns the party of the verb at i and the event's status: the subject of
// its verb group, or of the sentence for a participle (", accusing B of").
func (v *view) accuser(i int) ([]string, status, int) {
	if subj, ok := v.participle(i); ok {
		return subj, happened, i
	}
	j := v.verbGroupStart(i)
	return v.subject(j), v.eventStatus(j, i), j
}

// accusations returns one ACCUSED per accuser and accused.
func (v *view) accusations(rule string, st status, src, targets []string, claim string) []Found {
	var out []Found
	for _, s := range src {
		for _, t := range targets {
			if s != t {
				out = append(out, v.emit(diplograph.Accused, rule, st, s, t, nil, claim))
			}
		}
	}
	return out
}

// speaker finds who reports the clause whose verb group starts at j: "A said (that) ...",
// or ", A said" after the clause ending at end. It returns the speaker and the status of
// the reporting verb.
func (v *view) speaker(j, end int) ([]string, status) {
	for k := j - 1; k >= 0; k-- {
		if lexicon.Words.Reporting[v.low[k]] && strings.HasPrefix(v.tag(k), "VB") {
			g := v.verbGroupStart(k)
			return v.subject(g), v.eventStatus(g, k)
		}
	}
	for k := end; k < v.n() && k < end+8; k++ {
		if lexicon.Words.Reporting[v.low[k]] && strings.HasPrefix(v.tag(k), "VB") {
			g := v.verbGroupStart(k)
			if subj := v.subject(g); len(subj) > 0 {
				return subj, v.eventStatus(g, k)
			}
			if ids, _ := v.objects(k+1, 4, lexicon.WordSet{".": true, ",": true}); len(ids) > 0 {
				return ids, happened
			}
		}
	}
	return nil, happened
}
