package relations

import (
	"fmt"
	"strings"
	"time"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/parse"
)

// meetingHeads are the nouns that name a meeting event ("APEC summit", "Geneva talks").
var meetingHeads = lexicon.WordSet{"summit": true, "conference": true, "forum": true, "talks": true, "meeting": true}

// FindMeetings returns the Meeting entities of a document: the named summits and
// conferences it mentions, with the parties that met there or in the same sentence as
// participants, the date a weekday or a date in the sentence resolves to, and the city
// after "in" or "at".
func FindMeetings(doc *parse.Document, found []Found) []diplograph.Entity {
	var out []diplograph.Entity
	index := map[string]int{}
	all := doc.All()
	for pos, s := range all {
		v := newView(doc, all, pos)
		for i := 0; i < v.n(); i++ {
			if !meetingHeads[v.low[i]] || !strings.HasPrefix(v.tag(i), "NN") {
				continue
			}
			name := v.meetingName(i)
			if name == "" {
				continue
			}
			key := strings.ToLower(name)
			n, ok := index[key]
			if !ok {
				n = len(out)
				index[key] = n
				out = append(out, diplograph.Entity{ID: fmt.Sprintf("m:%d", n+1), Type: diplograph.TypeMeeting, Name: name})
			}
			m := &out[n]
			if m.Location == "" {
				m.Location = v.meetingPlace(i)
			}
			if m.Date == "" {
				m.Date = v.meetingDate(doc.Article.Date)
			}
			for _, f := range found {
				if f.rel.Sentence == s.Index && f.rel.Type == diplograph.MetWith && f.status != negated {
					m.Participants = uniq(append(m.Participants, f.rel.Source, f.rel.Target))
				}
			}
		}
	}
	return out
}

// meetingName returns the name of the meeting whose head noun is at i: the capitalised
// words before it ("Asia-Pacific Economic Cooperation (APEC) summit" keeps its acronym),
// or "" when the meeting is not named.
func (v *view) meetingName(i int) string {
	start := i
	for k := i - 1; k >= 0; k-- {
		t := v.s.Tokens[k]
		if t.Text == "(" || t.Text == ")" || t.Text == "-" {
			continue
		}
		r := t.Text[0]
		if (r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') && (strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD") {
			if m, ok := v.mention(k); ok && m.Type == diplograph.TypePerson {
				break
			}
			start = k
			continue
		}
		break
	}
	for start < i && (v.low[start] == "(" || v.low[start] == ")") {
		start++
	}
	if start == i || v.title() {
		return ""
	}
	return strings.TrimSpace(v.s.Text[v.s.Tokens[start].Start:v.s.Tokens[i].End])
}

// meetingPlace returns the capitalised place after "in" or "at" following the head at i.
func (v *view) meetingPlace(i int) string {
	for k := i + 1; k < v.n() && k <= i+6; k++ {
		if v.low[k] != "in" && v.low[k] != "at" {
			continue
		}
		if m, ok := v.mention(k + 1); ok {
			if m.Place {
				return m.Text
			}
			// "at Trump's resort": a party is no place
			continue
		}
		if t := v.s.Tokens; k+1 < len(t) && t[k+1].Tag == "NNP" && !timeNames[v.low[k+1]] {
			return t[k+1].Text
		}
	}
	return ""
}

// timeNames are capitalised words of time that a place phrase may hold: "in July", "on
// Tuesday".
var timeNames = lexicon.WordSet{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "christmas": true, "easter": true, "ramadan": true}

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// meetingDate resolves the first weekday named in the sentence against the article date:
// the latest such day on or before it, or the next one when the sentence speaks of the
// future. It returns "" without a weekday or an article date.
func (v *view) meetingDate(articleDate string) string {
	base, err := time.Parse("2006-01-02", articleDate)
	if err != nil {
		return ""
	}
	for k, w := range v.low {
		day, ok := weekdays[w]
		if !ok {
			continue
		}
		future := v.word(k-1) == "next" || v.future()
		return resolveWeekday(base, day, future).Format("2006-01-02")
	}
	return ""
}

// future reports whether the sentence speaks of what will happen.
func (v *view) future() bool {
	for k, w := range v.low {
		if (w == "will" || w == "'ll") && v.tag(k) == "MD" {
			return true
		}
	}
	return false
}

// resolveWeekday returns the day of the week nearest base in the past (base itself
// included), or in the future when future is set.
func resolveWeekday(base time.Time, day time.Weekday, future bool) time.Time {
	d := int(day) - int(base.Weekday())
	if future {
		if d <= 0 {
			d += 7
		}
		return base.AddDate(0, 0, d)
	}
	if d > 0 {
		d -= 7
	}
	return base.AddDate(0, 0, d)
}
