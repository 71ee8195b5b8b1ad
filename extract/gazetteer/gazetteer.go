// Package gazetteer holds the extractor's lists of names: the states of ISO 3166 with
// their other names, adjectives, capitals and seats of power; international bodies,
// government bodies and armed or political groups; titles of office; given names; and
// the words that are never names. The lists are data files embedded in the binary; this
// package parses them once and answers lookups on tokens, keyed by Key.
package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:embed data/*.tsv data/*.txt
var files embed.FS

// Form says how a phrase names a country.
type Form uint8

// The ways a phrase names a country.
const (
	// FormName is a name of the state: "Russia", "the United States", "DPRK".
	FormName Form = iota + 1
	// FormAdjective is an adjective or a demonym: "Russian", "Americans".
	FormAdjective
	// FormCapital is a capital or a seat of power: "Moscow", "the Kremlin".
	FormCapital
)

// Kind is what a phrase of the main lexicon is.
type Kind uint8

// The kinds of phrases.
const (
	// KindCountry is a phrase that names a country (see Form).
	KindCountry Kind = iota + 1
	// KindOrg is the name of a known organization.
	KindOrg
	// KindBlocked is a proper name that contains a country's name but is something
	// else ("New Mexico", "Latin America"); it produces no mention.
	KindBlocked
)

// Entry is what a phrase of the main lexicon stands for.
type Entry struct {
	Kind Kind
	// Country is the index in Countries, for KindCountry.
	Country int
	Form    Form
	// Contextual forms ("the North") count only where the article names the country
	// in another way too.
	Contextual bool
	// Org is the index in Orgs, for KindOrg.
	Org int
}

// Country is one state.
type Country struct {
	// Code is the ISO 3166-1 alpha-3 code ("RUS").
	Code string
	// Name is the common short name ("Russia").
	Name string
	// Territory is set on a dependent territory, which is not reported as a country.
	Territory bool
}

// OrgKind says what sort of body an organization is.
type OrgKind string

// The kinds of organizations in orgs.tsv.
const (
	OrgInternational OrgKind = "intl"
	OrgGovernment    OrgKind = "gov"
	OrgGroup         OrgKind = "group"
	OrgParty         OrgKind = "party"
	OrgMedia         OrgKind = "media"
	OrgOther         OrgKind = "other"
)

// Org is a known organization.
type Org struct {
	Name string
	// Country is the alpha-3 code of the state it belongs to, or empty.
	Country string
	Kind    OrgKind
}

// BodyKind says what a generic body name ("military", "government") stands for.
type BodyKind uint8

// The kinds of generic bodies in bodies.txt.
const (
	// BodyState is a body that is the state itself ("government", "authorities").
	BodyState BodyKind = iota + 1
	// BodyOrg is a government body or armed force ("foreign ministry", "military").
	BodyOrg
	// BodyGroup is an armed or political group ("rebels", "separatists").
	BodyGroup
)

// Gazetteer is the parsed lexicons. It is read-only after Load and safe for concurrent
// use.
type Gazetteer struct {
	// Countries lists every state, in the order of countries.tsv.
	Countries []Country
	// Orgs lists the known organizations, in the order of orgs.tsv.
	Orgs []Org

	codes   map[string]int
	phrases *trie
	entries []Entry

	ambiguousName map[string]bool
	needsSupport  map[string]bool

	titlePhrases *trie // lower-case keys
	titleHeads   map[string]bool
	modifiers    map[string]bool
	honorifics   map[string]bool
	enders       map[string]bool

	bodies    *trie // lower-case keys
	bodyKinds []BodyKind
	bodyNames []string

	given     map[string]bool
	family    map[string]bool
	notNames  map[string]bool
	nameHeads map[string]bool
	months    map[string]bool

	cues map[Cue]map[string]bool
}

// Cue names a list of cues.txt: words around names that tell what the names are.
type Cue string

// The cue lists.
const (
	// CueSpeech is a verb of saying ("said", "told").
	CueSpeech Cue = "speech"
	// CueLocative is a preposition before a place ("in", "near").
	CueLocative Cue = "locative"
	// CueDirection is a word between a locative preposition and a place ("eastern").
	CueDirection Cue = "direction"
	// CueParticle is a lower-case particle inside a name ("de", "bin").
	CueParticle Cue = "particle"
	// CueCredit is a word of byline and credit lines ("reporting", "contributed").
	CueCredit Cue = "credit"
	// CueJournalist is a trade named in author lines ("correspondent").
	CueJournalist Cue = "journalist"
	// CuePlace is a noun of places ("city", "region").
	CuePlace Cue = "place"
	// CuePeople is a plural noun of people ("men", "suspects") that a list of names
	// after it can describe.
	CuePeople Cue = "people"
)

// Load parses the embedded lexicons.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{
		codes:        map[string]int{},
		phrases:      newTrie(),
		titlePhrases: newTrie(),
		bodies:       newTrie(),
	}
	steps := []struct {
		name string
		load func(string) error
	}{
		{"countries.tsv", g.loadCountries},
		{"orgs.tsv", g.loadOrgs},
		{"blocked.txt", g.loadBlocked},
		{"ambiguous.txt", g.loadAmbiguous},
		{"titles.txt", g.loadTitles},
		{"bodies.txt", g.loadBodies},
		{"firstnames.txt", g.loadFirstNames},
		{"notnames.txt", g.loadNotNames},
		{"cues.txt", g.loadCues},
	}
	for _, s := range steps {
		data, err := files.ReadFile("data/" + s.name)
		if err != nil {
			return nil, fmt.Errorf("read gazetteer %s: %w", s.name, err)
		}
		if err := s.load(string(data)); err != nil {
			return nil, fmt.Errorf("parse gazetteer %s: %w", s.name, err)
		}
	}
	return g, nil
}

// lines yields the non-empty, non-comment lines of a data file with their numbers.
func lines(data string, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

// sections reads a file of white-space separated words (or, with wholeLines, one phrase
// a line) grouped under "[section]" lines.
func sections(data string, wholeLines bool, fn func(section, item string)) error {
	section := ""
	return lines(data, func(_ int, line string) error {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			return nil
		}
		if wholeLines {
			fn(section, line)
			return nil
		}
		for _, w := range strings.Fields(line) {
			fn(section, w)
		}
		return nil
	})
}

func splitForms(col string) []string {
	if col == "" {
		return nil
	}
	return strings.Split(col, "|")
}

// addEntry adds a phrase of the main lexicon. A phrase may name one country only.
func (g *Gazetteer) addEntry(phrase string, e Entry) error {
	w := words(phrase)
	if len(w) == 0 {
		return nil
	}
	if v, ok := g.phrases.lookup(w...); ok {
		old := g.entries[v]
		if old.Kind == KindCountry && e.Kind == KindCountry && old.Country != e.Country {
			return fmt.Errorf("%q names both %s and %s", phrase, g.Countries[old.Country].Code, g.Countries[e.Country].Code)
		}
	}
	g.phrases.insert(w, int32(len(g.entries)))
	g.entries = append(g.entries, e)
	return nil
}

func (g *Gazetteer) loadCountries(data string) error {
	return lines(data, func(_ int, line string) error {
		cols := strings.Split(line, "\t")
		if len(cols) != 6 || (cols[5] != "state" && cols[5] != "territory") {
			return fmt.Errorf("want 6 tab-separated columns ending in state or territory, have %q", line)
		}
		code, name := cols[0], cols[1]
		if len(code) != 3 || name == "" {
			return fmt.Errorf("bad code or name %q %q", code, name)
		}
		if _, dup := g.codes[code]; dup {
			return fmt.Errorf("duplicate code %s", code)
		}
		idx := len(g.Countries)
		g.codes[code] = idx
		g.Countries = append(g.Countries, Country{Code: code, Name: name, Territory: cols[5] == "territory"})
		var err error
		add := func(form string, f Form) {
			e := Entry{Kind: KindCountry, Country: idx, Form: f}
			if strings.HasPrefix(form, "~") {
				e.Contextual = true
				form = form[1:]
			}
			if err == nil {
				err = g.addEntry(form, e)
			}
			if up := strings.ToUpper(form); up != form && f != FormAdjective && !strings.HasPrefix(form, "the ") && err == nil {
				// Datelines and shouted headlines: "MOSCOW (Reuters) -".
				err = g.addEntry(up, e)
			}
		}
		add(name, FormName)
		for _, f := range splitForms(cols[2]) {
			add(f, FormName)
		}
		for _, f := range splitForms(cols[3]) {
			add(f, FormAdjective)
		}
		for _, f := range splitForms(cols[4]) {
			add(f, FormCapital)
			if !strings.HasPrefix(f, "the ") && !strings.HasPrefix(f, "~") {
				// Seats of power go with an article: "the Elysee", "the Blue House".
				add("the "+f, FormCapital)
			}
		}
		return err
	})
}

func (g *Gazetteer) loadOrgs(data string) error {
	return lines(data, func(_ int, line string) error {
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			return fmt.Errorf("want 4 tab-separated columns, have %d", len(cols))
		}
		o := Org{Name: cols[0], Country: cols[2], Kind: OrgKind(cols[3])}
		switch o.Kind {
		case OrgInternational, OrgGovernment, OrgGroup, OrgParty, OrgMedia, OrgOther:
		default:
			return fmt.Errorf("unknown organization kind %q", o.Kind)
		}
		if o.Country != "" {
			if _, ok := g.codes[o.Country]; !ok {
				return fmt.Errorf("unknown country %q", o.Country)
			}
		}
		idx := len(g.Orgs)
		g.Orgs = append(g.Orgs, o)
		e := Entry{Kind: KindOrg, Org: idx}
		if err := g.addEntry(o.Name, e); err != nil {
			return err
		}
		for _, a := range splitForms(cols[1]) {
			if err := g.addEntry(a, e); err != nil {
				return err
			}
		}
		return nil
	})
}

func (g *Gazetteer) loadBlocked(data string) error {
	return lines(data, func(_ int, line string) error {
		return g.addEntry(strings.TrimSpace(line), Entry{Kind: KindBlocked})
	})
}

func (g *Gazetteer) loadAmbiguous(data string) error {
	g.ambiguousName, g.needsSupport = map[string]bool{}, map[string]bool{}
	var bad error
	err := sections(data, true, func(section, item string) {
		switch section {
		case "name":
			g.ambiguousName[Key(item)] = true
		case "support":
			g.needsSupport[Key(item)] = true
		default:
			bad = fmt.Errorf("unknown section %q", section)
		}
	})
	if err != nil {
		return err
	}
	return bad
}

func (g *Gazetteer) loadTitles(data string) error {
	g.titleHeads, g.modifiers = map[string]bool{}, map[string]bool{}
	g.honorifics, g.enders = map[string]bool{}, map[string]bool{}
	var bad error
	err := sections(data, true, func(section, item string) {
		low := strings.ToLower(item)
		switch section {
		case "head":
			if strings.Contains(low, " ") {
				g.titlePhrases.insert(words(low), 1)
			} else {
				g.titleHeads[Key(low)] = true
			}
		case "phrase":
			g.titlePhrases.insert(words(low), 1)
		case "modifier":
			g.modifiers[Key(low)] = true
		case "honorific":
			g.honorifics[Key(low)] = true
		case "ender":
			g.enders[Key(low)] = true
		default:
			bad = fmt.Errorf("unknown section %q", section)
		}
	})
	if err != nil {
		return err
	}
	return bad
}

func (g *Gazetteer) loadBodies(data string) error {
	var bad error
	err := sections(data, true, func(section, item string) {
		var k BodyKind
		switch section {
		case "body":
			k = BodyOrg
		case "state":
			k = BodyState
		case "group":
			k = BodyGroup
		default:
			bad = fmt.Errorf("unknown section %q", section)
			return
		}
		g.bodies.insert(words(strings.ToLower(item)), int32(len(g.bodyKinds)))
		g.bodyKinds = append(g.bodyKinds, k)
		g.bodyNames = append(g.bodyNames, item)
	})
	if err != nil {
		return err
	}
	return bad
}

func (g *Gazetteer) loadFirstNames(data string) error {
	g.given, g.family = map[string]bool{}, map[string]bool{}
	var bad error
	err := sections(data, false, func(section, item string) {
		switch section {
		case "given":
			g.given[Key(item)] = true
		case "family":
			g.family[Key(item)] = true
		default:
			bad = fmt.Errorf("unknown section %q", section)
		}
	})
	if err != nil {
		return err
	}
	return bad
}

func (g *Gazetteer) loadNotNames(data string) error {
	g.notNames, g.nameHeads, g.months = map[string]bool{}, map[string]bool{}, map[string]bool{}
	var bad error
	err := sections(data, false, func(section, item string) {
		low := Key(strings.ToLower(item))
		switch section {
		case "word":
			g.notNames[low] = true
		case "head":
			g.nameHeads[low] = true
		case "month":
			g.months[low] = true
		default:
			bad = fmt.Errorf("unknown section %q", section)
		}
	})
	if err != nil {
		return err
	}
	return bad
}

func (g *Gazetteer) loadCues(data string) error {
	g.cues = map[Cue]map[string]bool{}
	var bad error
	err := sections(data, false, func(section, item string) {
		c := Cue(section)
		switch c {
		case CueSpeech, CueLocative, CueDirection, CueParticle, CueCredit, CueJournalist, CuePlace, CuePeople:
		default:
			bad = fmt.Errorf("unknown section %q", section)
			return
		}
		if g.cues[c] == nil {
			g.cues[c] = map[string]bool{}
		}
		g.cues[c][strings.ToLower(item)] = true
	})
	if err != nil {
		return err
	}
	return bad
}
