package mentions

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/parse"
)

// Entity recognition finds the countries, people and organizations of a document in
// four steps over its sentences: a scan that marks the gazetteer phrases, titles and
// capitalised name runs of each sentence; the checks and actor/place roles of the
// country mentions; the people among the name runs (by titles, given names and
// context) and the later mentions that refer back to them; and the organizations,
// named or made of a country and a body ("Ukraine's military"). Every step is linear
// in the tokens, but for comparing names with the people found before.

// Recognizer finds entities with the embedded gazetteers. It is built once and is
// safe for concurrent use: annotate keeps all its state in the document being read.
type Recognizer struct {
	g *gazetteer.Gazetteer
}

// NewRecognizer loads the gazetteers.
func NewRecognizer() (*Recognizer, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("load gazetteers: %w", err)
	}
	return &Recognizer{g: g}, nil
}

// Annotate fills doc.Entities with the document's countries ("c:<ISO3>"), people
// ("p:<n>") and organizations ("o:<n>"), and every sentence's Mentions, title included.
// A country mention has Place set where the country is only a location or a modifier.
// An organization made of a country and a body ("Ukraine's military") is one mention
// over both, and the country mention inside it is a place.
func (r *Recognizer) Annotate(doc *parse.Document) {
	a := &annotation{g: r.g, doc: doc, countries: map[int]*countryInfo{}, orgByKey: map[string]*orgInfo{}}
	for _, s := range doc.All() {
		ss := &sentState{s: s, title: s == doc.Title}
		a.sents = append(a.sents, ss)
		a.scan(ss)
	}
	a.checkCountries()
	a.findPeople()
	a.findOrgs()
	a.emit()
}

// spanKind is what a marked span of a sentence is.
type spanKind uint8

const (
	spanCountry spanKind = iota + 1
	spanOrg
	spanBlocked
	spanTitle
	spanHonorific
	spanName
)

// span is a marked run of tokens [start, end) of a sentence.
type span struct {
	kind       spanKind
	start, end int
	// country (gazetteer index), form and contextual for spanCountry.
	country    int
	form       gazetteer.Form
	contextual bool
	// compound is set on parts of a hyphenated token ("Russia" of "Russia-Ukraine").
	compound bool
	// pro is set on the country of "pro-Russian".
	pro bool
	// org is the gazetteer index for spanOrg.
	org int
	// credit is set on a name in a photo credit ("REUTERS/Jane Doe").
	credit bool
	place  bool
	drop   bool
	// person is the person a name span refers to; at is the token where the name
	// starts within the span (a run can begin with a word that is not part of it).
	person *person
	at     int
	// stateEnd extends a country mention over a body that is the state itself ("the
	// Iranian government").
	stateEnd int
	// bare is set on a country mention made of a body alone ("the government").
	bare bool
}

// sentState is one sentence being annotated.
type sentState struct {
	s     *parse.Sentence
	title bool
	// headline is set on the title and on body lines written in title case like one.
	headline    bool
	keys, lower []string
	spans       []span
	byline      bool
	orgMentions []parse.Mention
	// covered marks the tokens inside the sentence's organization and country spans.
	covered map[int]bool
}

// countryInfo collects the mentions of one country in the document.
type countryInfo struct {
	idx     int
	aliases []string
}

// annotation is the state of one annotate call.
type annotation struct {
	g         *gazetteer.Gazetteer
	doc       *parse.Document
	sents     []*sentState
	countries map[int]*countryInfo
	people    []*person
	orgs      []*orgInfo
	orgByKey  map[string]*orgInfo
	// regime is the country of the latest regime named with its state ("the Iranian
	// regime"), which "the regime" refers back to; regimeSet says there is one.
	regime    int
	regimeSet bool
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isPossessive(s string) bool {
	switch s {
	case "'s", "\u2019s", "'", "\u2019", "'S":
		return true
	}
	return false
}

// allCaps reports whether s has two or more letters, all upper case.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 1
}

func isHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011' || r == '\u2013'
}

// emit writes the entities and mentions into the document.
func (a *annotation) emit() {
	var ents []diplograph.Entity
	countryOrder := []*countryInfo{}
	for _, ss := range a.sents {
		for i := range ss.spans {
			sp := &ss.spans[i]
			if sp.kind != spanCountry || sp.drop {
				continue
			}
			ci := a.countries[sp.country]
			if ci == nil {
				ci = &countryInfo{idx: sp.country}
				a.countries[sp.country] = ci
				countryOrder = append(countryOrder, ci)
			}
			c := a.g.Countries[sp.country]
			text := ss.s.Tokens[sp.start].Text
			if !sp.compound {
				text = ss.s.Text[ss.s.Tokens[sp.start].Start:ss.s.Tokens[sp.end-1].End]
			}
			text = strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The ")
			if !sp.bare && text != c.Name && !containsString(ci.aliases, text) && len(ci.aliases) < 12 {
				ci.aliases = append(ci.aliases, text)
			}
			end := sp.end
			place := sp.place || a.titleModifier(ss, sp)
			if sp.stateEnd > end {
				end = sp.stateEnd
				place = false
			}
			ss.s.Mentions = append(ss.s.Mentions, parse.Mention{
				Start: sp.start, End: end, Text: ss.s.Text[ss.s.Tokens[sp.start].Start:ss.s.Tokens[end-1].End],
				Entity: "c:" + c.Code, Type: diplograph.TypeCountry, Place: place,
			})
		}
	}
	for _, ci := range countryOrder {
		c := a.g.Countries[ci.idx]
		ents = append(ents, diplograph.Entity{ID: "c:" + c.Code, Type: diplograph.TypeCountry, Name: c.Name, Code: c.Code, Aliases: ci.aliases})
	}
	// People, numbered in order of first mention.
	var people []*person
	for _, ss := range a.sents {
		for i := range ss.spans {
			sp := &ss.spans[i]
			if sp.kind != spanName || sp.person == nil {
				continue
			}
			p := sp.person
			if p.id == "" {
				people = append(people, p)
				p.id = "p:" + strconv.Itoa(len(people))
			}
			text := runText(ss, sp.at, sp.end)
			if !sp.compound {
				p.addAlias(text)
			}
			if h := a.adjacentBefore(ss, i); h >= 0 && ss.spans[h].kind == spanHonorific {
				switch ss.lower[ss.spans[h].start] {
				case "lord", "lady", "sir", "dame":
					// "Lord Osborne": peers, knights and judges go by a name of their own.
					p.styled = true
				}
			}
			ss.s.Mentions = append(ss.s.Mentions, parse.Mention{
				Start: sp.at, End: sp.end, Text: text, Entity: p.id, Type: diplograph.TypePerson,
			})
		}
	}
	codes := make([]string, 0, len(countryOrder))
	for _, ci := range countryOrder {
		codes = append(codes, a.g.Countries[ci.idx].Code)
	}
	for _, p := range people {
		lone := len(p.words) == 1 && (p.styled || a.g.GivenName(gazetteer.Key(strings.ToUpper(p.words[0][:1])+p.words[0][1:])))
		ents = append(ents, p.entity(a.doc.Article.Date, codes, lone))
	}
	// Organizations.
	for _, ss := range a.sents {
		ss.s.Mentions = append(ss.s.Mentions, ss.orgMentions...)
	}
	for _, o := range a.orgs {
		ents = append(ents, o.entity())
	}
	for _, ss := range a.sents {
		sort.SliceStable(ss.s.Mentions, func(i, j int) bool {
			mi, mj := ss.s.Mentions[i], ss.s.Mentions[j]
			if mi.Start != mj.Start {
				return mi.Start < mj.Start
			}
			return mi.End > mj.End
		})
	}
	a.doc.Entities = append(a.doc.Entities, ents...)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// titleModifier reports whether a country mention only tells a person's country in the
// title before the person's name: "Bangladesh" of "Bangladesh Prime Minister Jane Roe".
func (a *annotation) titleModifier(ss *sentState, sp *span) bool {
	if sp.compound || sp.stateEnd > sp.end {
		return false
	}
	title := -1
	for _, t := range ss.spans {
		if t.kind == spanTitle && t.start == sp.end {
			title = t.end
			break
		}
	}
	if title < 0 {
		return false
	}
	for _, n := range ss.spans {
		if n.kind == spanName && n.person != nil && n.at == title {
			return true
		}
	}
	return false
}
