package identity

import (
	"fmt"
	"sort"
	"strings"
)

// Mention is what one article says of a person.
type Mention struct {
	// Name is the fullest name the article gives.
	Name string
	// Country is the alpha-3 code of the state the article says the person represents.
	Country string
	// Date is the article's date (YYYY-MM-DD), or "".
	Date string
	// Countries are the alpha-3 codes of every state the article names.
	Countries []string
	// Title is the person's office as the article gives it ("Lord Justice", "President").
	Title string
	// NotSurname is set when a lone name is no surname to resolve: a given name too
	// ("Howard", "Hunter"), or the name of a peer or a judge ("Lord Osborne").
	NotSurname bool
}

// Resolution is the identity of a mention.
type Resolution struct {
	// Key is the person's graph key.
	Key string
	// Name is the known actor's name when the mention resolved to one.
	Name string
	// Basis says how: "name", "alias", "first and last name" or "surname" for a known
	// actor; "" when the key is the mention's own name.
	Basis string
	// Candidates are the known actors a surname could name when more than one fits, so
	// that it stays a person of its own.
	Candidates []string
}

// Resolve returns the identity of the person an article names.
func (d *Dictionary) Resolve(m Mention) Resolution {
	w := d.Words(m.Name)
	if len(w) == 0 {
		return Resolution{}
	}
	if len(w) == 1 {
		if kept := d.words(m.Name, false); len(kept) > 1 {
			// "Edward III": a given name and a number, no surname; a known monarch's
			// regnal name.
			if r, ok := d.pick(d.full[strings.Join(kept, " ")], m); ok {
				if r.Name != "" {
					r.Basis = "name"
				}
				return r
			}
			return d.own(kept, m)
		}
		if r := d.byRoyalTitle(w[0], m); r.Name != "" {
			return r
		}
		return d.bySurname(w[0], m)
	}
	if len(w) == 2 && honorific[w[0]] {
		// "Sheikh Nasrallah", "Seyed Araghchi": an honorific and a surname.
		if r := d.bySurname(w[1], m); r.Name != "" {
			return r
		}
	}
	// A generational suffix stays part of the name: "Donald Trump Jr." is not Donald
	// Trump, and only a known name with the suffix is his.
	kept := d.words(m.Name, false)
	suffixed := len(kept) > len(w)
	full := strings.Join(kept, " ")
	if r, ok := d.pick(d.full[full], m); ok {
		if r.Name != "" {
			r.Basis = "alias"
			if strings.Join(d.words(r.Name, false), " ") == full {
				r.Basis = "name"
			}
		}
		return r
	}
	if len(w) >= 3 && !suffixed {
		// "Joe Robinette Biden": a known name with middle names between.
		if r, ok := d.pick(d.full[w[0]+" "+w[len(w)-1]], m); ok {
			if r.Name != "" {
				r.Basis = "first and last name"
			}
			return r
		}
	}
	// "Chuck Grassley" of a known Charles Grassley, "Charles Schumer" of a known Chuck
	// Schumer.
	if r, ok := d.pick(d.formalOf(kept), m); ok {
		if r.Name != "" {
			r.Basis = "given name"
		}
		return r
	}
	if suffixed {
		return d.own(kept, m)
	}
	if len(w) >= 3 {
		if r, ok := d.pick(d.formalOf([]string{w[0], w[len(w)-1]}), m); ok {
			if r.Name != "" {
				r.Basis = "first and last name"
			}
			return r
		}
	}
	if bearers := d.family[full]; len(bearers) > 0 {
		// "Peña Nieto", "Abdul-Mahdi": the last words of a known name, a family name
		// of two words.
		if r := d.byFamilyName(bearers, "", m); r.Name != "" {
			return r
		}
	}
	if r, ok := d.pick(d.misspelt(w), m); ok && r.Name != "" {
		// "Vladmir Putin", "Recep Tayik Erdogan": one letter off in a given name.
		r.Basis = "spelling"
		return r
	}
	if r, ok := d.pick(d.joined[strings.Join(w, "")], m); ok && r.Name != "" {
		// "Abdelfattah Sisi": two words of a known name written as one.
		r.Basis = "spelling"
		return r
	}
	return d.own(d.words(m.Name, false), m)
}

// misspelt returns the known actors with a name that has the words' surname and differs
// from them in one given name by one letter: added, dropped, changed, or two swapped. The
// given names must be of five letters or more, and a letter added, dropped or changed at
// the end no vowel, so that "Justine" is not "Justin" nor "Maria" "Mario".
func (d *Dictionary) misspelt(w []string) []*Actor {
	var out []*Actor
	last := w[len(w)-1]
	for _, a := range d.surname[last] {
		if a.familyFirst() {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			k := d.Words(n)
			if len(k) != len(w) || k[len(k)-1] != last {
				continue
			}
			diff := -1
			for i := range k[:len(k)-1] {
				if k[i] != w[i] {
					if diff >= 0 {
						diff = -2
						break
					}
					diff = i
				}
			}
			if diff >= 0 && oneLetterOff(k[diff], w[diff]) && !containsActor(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// oneLetterOff reports whether two words of five letters or more differ by one letter
// (added, dropped, changed, or two next to each other swapped), not a vowel at the end.
func oneLetterOff(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) < 5 || len(y) < 5 {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	vowel := func(r rune) bool { return strings.ContainsRune("aeiouy", r) }
	switch {
	case len(y) == len(x)+1:
		if string(x[i:]) != string(y[i+1:]) {
			return false
		}
		return i < len(x) || !vowel(y[i])
	case len(y) == len(x) && i < len(x):
		if string(x[i+1:]) == string(y[i+1:]) {
			return i < len(x)-1 || !vowel(x[i]) && !vowel(y[i])
		}
		return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
	}
	return false
}

// formalOf returns the known actors whose name, with short given names made full, is
// the words' with theirs made full.
func (d *Dictionary) formalOf(w []string) []*Actor {
	var out []*Actor
	for _, f := range d.formal(w) {
		for _, a := range d.formalFull[f] {
			if !containsActor(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

func containsActor(as []*Actor, a *Actor) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

// own is the key of a name no known actor has: its identity words without middle
// initials; a state is added where that would be a known actor's key.
func (d *Dictionary) own(w []string, m Mention) Resolution {
	kept := make([]string, 0, len(w))
	for i, x := range w {
		if len(x) == 1 && i > 0 && i < len(w)-1 {
			continue
		}
		kept = append(kept, x)
	}
	key := "person:" + strings.Join(kept, "-")
	if _, taken := d.keys[key]; taken {
		key += ":" + strings.ToLower(m.Country)
	}
	return Resolution{Key: key}
}

// pick chooses among the actors a full name or alias matched: those of the article's
// state for the person; then, when several remain, those in office on the article's
// date. ok is false when none fits.
func (d *Dictionary) pick(cands []*Actor, m Mention) (Resolution, bool) {
	var fit []*Actor
	for _, a := range cands {
		if m.Country == "" || contains(a.Countries(), m.Country) {
			fit = append(fit, a)
		}
	}
	switch {
	case len(fit) == 0:
		return Resolution{}, false
	case len(fit) == 1:
		return resolved(fit[0]), true
	}
	if dated := inOffice(fit, m.Date, true); len(dated) == 1 {
		return resolved(dated[0]), true
	}
	r := d.own(d.words(m.Name, false), m)
	r.Candidates = names(fit)
	return r, true
}

// leading are the roles of the offices whose holders an article may name by surname
// without saying which state they serve.
var leading = map[string]bool{"head of state": true, "head of government": true, "foreign minister": true}

// byRoyalTitle resolves the lone name of a monarch after a royal title ("King
// Salman"): the one monarch of that name of the person's state, or of a state the article
// names, on the throne on the article's date.
func (d *Dictionary) byRoyalTitle(name string, m Mention) Resolution {
	t := strings.ToLower(m.Title)
	if m.Date == "" || !(strings.Contains(t, "king") || strings.Contains(t, "queen") || strings.Contains(t, "emir") || strings.Contains(t, "sultan")) {
		return Resolution{}
	}
	var fit []*Actor
	for _, a := range d.royal[name] {
		cs := a.Countries()
		ok := m.Country != "" && contains(cs, m.Country)
		for _, c := range m.Countries {
			ok = ok || m.Country == "" && contains(cs, c)
		}
		if ok {
			fit = append(fit, a)
		}
	}
	if on := inOffice(fit, m.Date, true); len(on) == 1 {
		return surnameOf(on[0])
	}
	return Resolution{}
}

// bySurname resolves a surname: the known actors of that surname whose states include
// the one the article gives for the person, or else one the article names; of those,
// the one in office on the article's date, or the only one.
// A lone name no known actor fits keeps its own spelling in the key: lone names are
// often given names ("Crown Prince Mohammed", "his brother Ismael"), and two spellings
// of one are no sign of one person.
func (d *Dictionary) bySurname(s string, m Mention) Resolution {
	return d.byFamilyName(d.surname[s], "person:"+slug(m.Name), m)
}

// byFamilyName resolves a family name (a surname, or the last words of a name, "Peña
// Nieto") among the known actors that bear it; own is the key when none or several fit.
func (d *Dictionary) byFamilyName(bearers []*Actor, key string, m Mention) Resolution {
	own := Resolution{Key: key}
	if m.NotSurname {
		return own
	}
	var all []*Actor
	for _, a := range bearers {
		if a.holds(m.Title) {
			all = append(all, a)
		}
	}
	var fit []*Actor
	for _, a := range all {
		cs := a.Countries()
		if m.Country != "" {
			if contains(cs, m.Country) {
				fit = append(fit, a)
			}
			continue
		}
		for _, c := range m.Countries {
			if contains(cs, c) {
				fit = append(fit, a)
				break
			}
		}
	}
	if len(fit) == 0 && m.Country == "" && len(m.Countries) == 0 && len(all) == 1 && all[0].leads() {
		// An article that names no state at all, about the only known holder of a
		// leading office with that surname.
		fit = all
	}
	if len(fit) == 0 && m.Country == "" && m.Title != "" {
		// "President Trump" in an article that names only the states he deals with:
		// the one holder of a leading office of that surname on the day, with a title
		// of that office. Without the title a lone word is too often someone else's
		// name ("Moody" is not Modi).
		if in := leadingOn(all, m.Date, m.Title); len(in) == 1 {
			return surnameOf(in[0])
		}
	}
	if len(fit) == 0 {
		return own
	}
	if m.Date != "" {
		if dated := inOffice(fit, m.Date, true); len(dated) == 1 {
			return surnameOf(dated[0])
		} else if len(dated) > 1 {
			own.Candidates = names(dated)
			return own
		}
		if dated := inOffice(fit, m.Date, false); len(dated) == 1 {
			return surnameOf(dated[0])
		}
		if len(fit) == 1 && !(fit[0].leads() && (m.Title != "" || fit[0].leftWithin(m.Date, 10))) {
			// Out of office on the day, a minister, an envoy or an official is one of
			// many of that surname, and so is a leader gone for more than ten years
			// ("Kennedy" in 2017) unless a title says which ("President Kennedy"); a
			// leader of recent years stays known by it.
			return own
		}
	}
	if len(fit) == 1 {
		return surnameOf(fit[0])
	}
	own.Candidates = names(fit)
	return own
}

// roleWords are, for the roles of the actor files, the words one of which a title must
// contain to be that office. Roles not listed (the coarse "gov" or "eli" of other
// dictionaries) take any title.
var roleWords = map[string][]string{
	"head of state":                            {"president", "leader", "king", "queen", "emir", "sultan", "chairman", "head of state", "monarch", "colonel", "general"},
	"head of government":                       {"prime minister", "premier", "chancellor", "leader", "head of government", "pm"},
	"foreign minister":                         {"foreign", "secretary", "minister", "diplomat"},
	"defence minister":                         {"defence", "defense", "secretary", "minister"},
	"vice president":                           {"vice"},
	"finance minister":                         {"chancellor", "finance", "treasury", "minister", "secretary"},
	"commerce minister":                        {"commerce", "secretary", "minister"},
	"trade representative":                     {"trade", "representative"},
	"vice premier":                             {"vice", "premier"},
	"senator":                                  {"senator", "sen", "leader", "chairman", "chairwoman", "lawmaker", "democrat", "republican"},
	"senate democratic leader":                 {"leader", "senator", "sen"},
	"senate president pro tempore":             {"president pro tempore", "senator", "sen"},
	"representative":                           {"representative", "rep", "congressman", "congresswoman", "chairman", "lawmaker"},
	"national security adviser":                {"national security", "adviser", "advisor"},
	"fbi director":                             {"fbi", "director"},
	"deputy fbi director":                      {"fbi", "director"},
	"cia director":                             {"cia", "director"},
	"deputy cia director":                      {"cia", "director"},
	"nsa director":                             {"nsa", "director"},
	"special counsel":                          {"counsel", "prosecutor"},
	"inspector general":                        {"inspector general"},
	"governor":                                 {"governor", "gov"},
	"trade minister":                           {"trade", "minister"},
	"deputy foreign minister":                  {"foreign", "minister", "negotiator", "diplomat"},
	"fsb director":                             {"fsb", "director", "head"},
	"security council secretary":               {"security council", "secretary"},
	"militia leader":                           {"commander", "general", "leader", "head"},
	"acting director of national intelligence": {"intelligence", "director", "dni"},
}

// holds reports whether a title the article gives fits one of the actor's offices: no
// title fits every actor; "Lord Justice" fits no head of government.
func (a *Actor) holds(title string) bool {
	t := strings.ToLower(title)
	if t == "" {
		return true
	}
	if strings.Contains(t, "judge") || strings.Contains(t, "justice") {
		// "Lord Justice May": a judge holds no other office.
		for _, term := range a.Terms {
			if strings.Contains(term.Role, "jud") {
				return true
			}
		}
		return false
	}
	for _, term := range a.Terms {
		words, specific := roleWords[term.Role]
		if !specific {
			if term.Role == "official" || term.Role == "spokesman" || term.Role == "spokeswoman" || term.Role == "envoy" ||
				term.Role == "ambassador" || term.Role == "crown prince" || term.Role == "opposition" {
				continue
			}
			return true
		}
		for _, w := range words {
			if strings.Contains(t, w) {
				return true
			}
		}
	}
	for _, term := range a.Terms {
		if strings.Contains(t, strings.ToLower(term.Role)) {
			return true
		}
	}
	return false
}

// Describes reports whether a description of an office ("president", "prime minister",
// "foreign minister") names an office the known actor with the key held on the date,
// by the words of its role: on 2019-06-01 "the president" describes Donald Trump.
func (d *Dictionary) Describes(key, description, date string) bool {
	a := d.keys[key]
	if a == nil || date == "" {
		return false
	}
	description = strings.ToLower(description)
	for _, t := range a.Terms {
		if t.From == "" && t.To == "" || t.From != "" && date < t.From || t.To != "" && date > t.To {
			continue
		}
		for _, w := range roleWords[t.Role] {
			if description == w || strings.HasSuffix(description, " "+w) || strings.HasPrefix(description, w+" ") {
				return true
			}
		}
	}
	return false
}

// Leader reports whether a lone capitalised word is the surname of exactly one known
// head of state, head of government or foreign minister in office on the date ("Putin"
// in 2019), so that the word names that person even where the text gives no first name.
func (d *Dictionary) Leader(word, date string) bool {
	w := d.Words(word)
	if len(w) != 1 || date == "" {
		return false
	}
	var leaders []*Actor
	for _, a := range d.surname[w[0]] {
		if a.leads() {
			leaders = append(leaders, a)
		}
	}
	return len(inOffice(leaders, date, true)) == 1
}

// titleNames reports whether a title contains one of the words of a role.
func titleNames(title string, words []string) bool {
	for _, w := range words {
		if strings.Contains(title, w) {
			return true
		}
	}
	return false
}

// leftWithin reports whether the actor left a leading office less than the given
// number of years before the date, or takes one up after it.
func (a *Actor) leftWithin(date string, years int) bool {
	if len(date) < 4 {
		return false
	}
	y := 0
	for _, c := range date[:4] {
		y = y*10 + int(c-'0')
	}
	since := fmt.Sprintf("%04d%s", y-years, date[4:])
	for _, t := range a.Terms {
		if leading[t.Role] && (t.To == "" || t.To >= since) {
			return true
		}
	}
	return false
}

// leadingOn returns the actors that held a leading office on the date that the title
// names.
func leadingOn(as []*Actor, date, title string) []*Actor {
	if date == "" {
		return nil
	}
	title = strings.ToLower(title)
	var out []*Actor
	for _, a := range as {
		for _, t := range a.Terms {
			if leading[t.Role] && (t.From != "" || t.To != "") && (t.From == "" || t.From <= date) && (t.To == "" || date <= t.To) && titleNames(title, roleWords[t.Role]) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

func (a *Actor) leads() bool {
	for _, t := range a.Terms {
		if leading[t.Role] {
			return true
		}
	}
	return false
}

// inOffice returns the actors with a term that covers the date; with bounded, only
// terms with at least one date count (an undated term says nothing of when).
func inOffice(as []*Actor, date string, bounded bool) []*Actor {
	if date == "" {
		return nil
	}
	var out []*Actor
	for _, a := range as {
		for _, t := range a.Terms {
			if bounded && t.From == "" && t.To == "" {
				continue
			}
			if (t.From == "" || t.From <= date) && (t.To == "" || date <= t.To) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

func resolved(a *Actor) Resolution { return Resolution{Key: a.Key, Name: a.Name} }

func surnameOf(a *Actor) Resolution {
	r := resolved(a)
	r.Basis = "surname"
	return r
}

func names(as []*Actor) []string {
	out := make([]string, 0, len(as))
	for _, a := range as {
		out = append(out, a.Name)
	}
	sort.Strings(out)
	return out
}
