// Package identity gives a person one key across articles. A name is folded to identity
// words (case, accents, periods, the Arabic article "al-", doubled letters and common
// transliteration variants such as Sergei / Sergey or Mohammed / Muhammad), and looked up
// in a dictionary of known actors: heads of state and government, ministers and other
// officials, each with the countries, roles and dates of their offices. A name, an alias
// or the first and last words of a known actor's name resolve to that actor; a surname
// alone resolves to the one known actor of that surname whose country and dates fit the
// article, and stays itself when two or more fit.
//
// Everything here depends on the name, the article's own facts and the embedded data
// only, never on other articles, so the same mention gets the same key in any order, run
// or job. The dictionaries are tab-separated files in data/ (see data/README.md).
package identity

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

//go:embed data/*.tsv data/*.txt
var files embed.FS

// Term is one office of an actor: the state, the role and the dates (YYYY-MM-DD, "" when
// open).
type Term struct {
	Country, Role, From, To string
}

// Actor is one known person.
type Actor struct {
	// Key is the graph key of the person: "person:" and the slug of the name.
	Key     string
	Name    string
	Aliases []string
	Terms   []Term
}

// Countries returns the states the actor held an office of, sorted.
func (a *Actor) Countries() []string {
	var out []string
	for _, t := range a.Terms {
		if t.Country != "" && !contains(out, t.Country) {
			out = append(out, t.Country)
		}
	}
	sort.Strings(out)
	return out
}

// Dictionary is the known actors, indexed by identity words.
type Dictionary struct {
	actors []*Actor
	// full maps the joined identity words of every name and alias (with a generational
	// suffix kept) to actors; surname
	// the surname (the last word, or the first of a name written family name first).
	full, surname map[string][]*Actor
	// formalFull is full with short given names made full ("charles grasley" for Chuck
	// Grassley).
	formalFull map[string][]*Actor
	// family maps the last two words of names of three words or more ("pena nieto") to
	// the actors of that name.
	family map[string][]*Actor
	// joined maps identity words written together ("abdelfatahsisi") to actors; royal
	// maps the given name a monarch of a "bin" name goes by after a royal title
	// ("salman").
	joined, royal map[string][]*Actor
	keys          map[string]*Actor
	variants      map[string]string
	// given maps a short given name to the full ones ("jim" to "james"), for names of
	// known actors only: Jim Morrison is not James Morrison.
	given map[string][]string
}

// Default returns the embedded dictionary, read once.
func Default() *Dictionary {
	defaultOnce.Do(func() {
		d, err := Load(files)
		if err != nil {
			panic("identity: embedded data: " + err.Error())
		}
		defaultDict = d
	})
	return defaultDict
}

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
)

// Load reads the variants (data/variants.txt) and every actor file (data/*.tsv) of fsys.
func Load(fsys fs.FS) (*Dictionary, error) {
	d := &Dictionary{full: map[string][]*Actor{}, surname: map[string][]*Actor{}, formalFull: map[string][]*Actor{}, family: map[string][]*Actor{}, joined: map[string][]*Actor{}, royal: map[string][]*Actor{},
		keys: map[string]*Actor{}, variants: map[string]string{}, given: map[string][]string{}}
	if err := d.readVariants(fsys, "data/variants.txt"); err != nil {
		return nil, err
	}
	if _, err := fs.Stat(fsys, "data/given.txt"); err == nil {
		if err := d.readGiven(fsys, "data/given.txt"); err != nil {
			return nil, err
		}
	}
	names, err := fs.Glob(fsys, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var all []*Actor
	for _, name := range names {
		as, err := d.readActors(fsys, name)
		if err != nil {
			return nil, err
		}
		all = append(all, as...)
	}
	d.index(all)
	return d, nil
}

func (d *Dictionary) readVariants(fsys fs.FS, name string) error {
	return eachLine(fsys, name, func(n int, line string) error {
		forms := strings.Fields(strings.ToLower(line))
		if len(forms) < 2 {
			return fmt.Errorf("%s:%d: a line of variants needs two spellings or more", name, n)
		}
		for _, f := range forms[1:] {
			d.variants[spelling(f)] = spelling(forms[0])
		}
		return nil
	})
}

// readGiven reads lines of a full given name and its short forms ("james jim jimmy").
// A short form of several full names ("steve": Stephen, Steven) stands for each.
func (d *Dictionary) readGiven(fsys fs.FS, name string) error {
	return eachLine(fsys, name, func(n int, line string) error {
		forms := strings.Fields(strings.ToLower(line))
		if len(forms) < 2 {
			return fmt.Errorf("%s:%d: a line of given names needs a short form", name, n)
		}
		full := d.fold(forms[0])
		for _, f := range forms[1:] {
			f = d.fold(f)
			if !contains(d.given[f], full) {
				d.given[f] = append(d.given[f], full)
			}
		}
		return nil
	})
}

// fold is one word's identity form: spelling folded, variants brought to one.
func (d *Dictionary) fold(w string) string {
	w = spelling(w)
	if v, ok := d.variants[w]; ok {
		return v
	}
	return w
}

// formal returns identity words with a short given name first made full, once for
// each full name it is a short form of ("chuck grasley" gives "charles grasley"), or
// the words themselves.
func (d *Dictionary) formal(w []string) []string {
	if len(w) < 2 || len(d.given[w[0]]) == 0 {
		return []string{strings.Join(w, " ")}
	}
	rest, fulls := strings.Join(w[1:], " "), d.given[w[0]]
	out := make([]string, 0, len(fulls))
	for _, f := range fulls {
		out = append(out, f+" "+rest)
	}
	return out
}

// readActors reads lines of "name <TAB> aliases (|) <TAB> terms (|)", a term being
// "CCC role from to" with "-" for an open date.
func (d *Dictionary) readActors(fsys fs.FS, name string) ([]*Actor, error) {
	var out []*Actor
	err := eachLine(fsys, name, func(n int, line string) error {
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || strings.TrimSpace(cols[0]) == "" {
			return fmt.Errorf("%s:%d: want name, aliases and terms separated by tabs", name, n)
		}
		a := &Actor{Name: strings.TrimSpace(cols[0])}
		for _, al := range strings.Split(cols[1], "|") {
			if al = strings.TrimSpace(al); al != "" && !groupName(al) {
				a.Aliases = append(a.Aliases, al)
			}
		}
		for _, t := range strings.Split(cols[2], "|") {
			f := strings.Fields(t)
			if len(f) != 4 || len(f[0]) != 3 {
				return fmt.Errorf("%s:%d: term %q: want \"CCC role from to\"", name, n, t)
			}
			for i := 2; i < 4; i++ {
				if f[i] == "-" {
					f[i] = ""
				} else if len(f[i]) != 10 {
					return fmt.Errorf("%s:%d: term %q: dates are YYYY-MM-DD or -", name, n, t)
				}
			}
			a.Terms = append(a.Terms, Term{Country: f[0], Role: strings.ReplaceAll(f[1], "_", " "), From: f[2], To: f[3]})
		}
		out = append(out, a)
		return nil
	})
	return out, err
}

// groupName reports whether an alias names the people around a person rather than the
// person ("Bush Administration", "Assad regime"), which no article uses for the person.
func groupName(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "administration", "government", "regime", "cabinet", "camp", "family", "supporters":
			return true
		}
	}
	return false
}

func eachLine(fsys fs.FS, name string, fn func(int, string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer func() { _ = f.Close() }()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

// index merges entries that are one person (the same identity words of a name or an
// alias, and a state in common) and builds the lookups. Merging and keys depend only on
// the data, not on the order of the files' lines.
func (d *Dictionary) index(all []*Actor) {
	keys := make(map[*Actor]string, len(all))
	for _, a := range all {
		keys[a] = a.sortKey()
	}
	sort.Slice(all, func(i, j int) bool { return keys[all[i]] < keys[all[j]] })
	parent := make([]int, len(all))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// Entries are one person when the name of one is the name or an alias of the other:
	// two entries that only share an alias ("Bush Administration") stay two.
	byAny := map[string][]int{}
	for i, a := range all {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if k := strings.Join(d.Words(n), " "); k != "" {
				byAny[k] = append(byAny[k], i)
			}
		}
	}
	for i, a := range all {
		for _, j := range byAny[strings.Join(d.Words(a.Name), " ")] {
			if j == i || !shareCountry(all[i], all[j]) {
				continue
			}
			ri, rj := find(i), find(j)
			// The entry with more aliases (then the first name) stands for the person.
			if better(all[rj], all[ri]) {
				ri, rj = rj, ri
			}
			parent[rj] = ri
		}
	}
	for i, a := range all {
		r := find(i)
		if r == i {
			continue
		}
		root := all[r]
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if n != root.Name && !contains(root.Aliases, n) {
				root.Aliases = append(root.Aliases, n)
			}
		}
		root.Terms = append(root.Terms, a.Terms...)
	}
	for i, a := range all {
		if find(i) != i {
			continue
		}
		a.Key = "person:" + slug(a.Name)
		if other := d.keys[a.Key]; other != nil {
			// Two people of one name in different states.
			a.Key += ":" + strings.ToLower(strings.Join(a.Countries(), "-"))
		}
		d.keys[a.Key] = a
		d.actors = append(d.actors, a)
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			w := d.Words(n)
			// Full names keep a generational suffix: "Ferdinand Marcos Jr." is not
			// Ferdinand Marcos.
			kept := d.words(n, false)
			if len(w) < 2 {
				if len(kept) == 2 {
					// "Elizabeth II": a monarch's regnal name. Alone after a title it is
					// not looked up: "Queen Elizabeth" may be Elizabeth I.
					addOnce(d.full, strings.Join(kept, " "), a)
				}
				continue
			}
			addOnce(d.full, strings.Join(kept, " "), a)
			addOnce(d.joined, strings.Join(kept, ""), a)
			if patronymic(w) && a.reigns() {
				// "King Salman" of Salman bin Abdulaziz.
				addOnce(d.royal, w[0], a)
			}
			for _, f := range d.formal(kept) {
				addOnce(d.formalFull, f, a)
			}
			switch {
			case patronymic(w):
				// "Mohammed bin Salman": the last word is his father's name, and "Salman"
				// alone is someone else.
			case a.familyFirst():
				addOnce(d.surname, w[0], a)
			default:
				addOnce(d.surname, w[len(w)-1], a)
				if len(w) >= 3 && len(w[len(w)-2]) > 1 {
					addOnce(d.family, strings.Join(w[len(w)-2:], " "), a)
				}
			}
		}
	}
}

// sortKey orders actors by everything a line says, so that the merging of entries
// does not depend on the order of the lines.
func (a *Actor) sortKey() string {
	var b strings.Builder
	b.WriteString(a.Name)
	for _, t := range a.Terms {
		b.WriteString("\x1f" + t.Country + " " + t.Role + " " + t.From + " " + t.To)
	}
	b.WriteString("\x1e" + strings.Join(a.Aliases, "\x1f"))
	return b.String()
}

// reigns reports whether the actor held the office of a head of state.
func (a *Actor) reigns() bool {
	for _, t := range a.Terms {
		if t.Role == "head of state" {
			return true
		}
	}
	return false
}

// familyFirstStates are the states whose people's names are written family name first
// in English news: "Xi Jinping", "Kim Jong Un", "Moon Jae-in".
var familyFirstStates = map[string]bool{"CHN": true, "PRK": true, "KOR": true, "TWN": true, "VNM": true, "HKG": true, "MAC": true}

// familyFirst reports whether the actor's surname is the first word of the name.
func (a *Actor) familyFirst() bool {
	for _, t := range a.Terms {
		if familyFirstStates[t.Country] {
			return true
		}
	}
	return false
}

// patronymic reports whether identity words name a person as the son or daughter of
// someone ("bin", "ibn", "bint"), so that no word of it is a surname.
func patronymic(w []string) bool {
	for _, x := range w[1:] {
		if x == "bin" || x == "ibn" || x == "bint" {
			return true
		}
	}
	return false
}

func better(a, b *Actor) bool {
	if len(a.Aliases) != len(b.Aliases) {
		return len(a.Aliases) > len(b.Aliases)
	}
	return a.Name < b.Name
}

func shareCountry(a, b *Actor) bool {
	for _, c := range a.Countries() {
		if contains(b.Countries(), c) {
			return true
		}
	}
	return false
}

func addOnce(m map[string][]*Actor, k string, a *Actor) {
	for _, x := range m[k] {
		if x == a {
			return
		}
	}
	m[k] = append(m[k], a)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Len returns the number of known actors.
func (d *Dictionary) Len() int { return len(d.actors) }

// Words folds a name to its identity words: lower case without accents, periods and
// apostrophes; hyphens split words; the article "al" or "el" and generational suffixes
// dropped; doubled letters made single, "dh" made "d", a final "y" made "i", and given
// names brought to one spelling of their variants. "Sergei Lavrov" and "Sergey Lavrov"
// give [sergei lavrov]; "Muammar el-Qaddafi" gives [muammar qadafi].
func (d *Dictionary) Words(name string) []string { return d.words(name, true) }

// words is Words, with the generational suffix kept unless dropSuffix: a key keeps it,
// so that "Douglas Fairbanks Jr" and "Douglas Fairbanks Sr" stay two people.
func (d *Dictionary) words(name string, dropSuffix bool) []string {
	f := norm.NFKD.String(name)
	var b strings.Builder
	for _, r := range f {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.', r == '\'', r == '\u2019', r == '`':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(foldLetter(r)))
		default:
			b.WriteByte(' ')
		}
	}
	raw := strings.Fields(b.String())
	words := raw[:0]
	for i, w := range raw {
		if (w == "al" || w == "el") && i > 0 && i < len(raw)-1 {
			continue
		}
		words = append(words, w)
	}
	for dropSuffix && len(words) > 1 {
		switch words[len(words)-1] {
		case "jr", "sr", "ii", "iii", "iv":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	for len(words) > 2 && honorific[words[0]] {
		// "Sheikh Hassan Nasrallah", "Cmdr. Gary Ross", "Pro Tempore Chuck Grassley": a
		// rank, an office or an honorific before a given name and a surname. Before one
		// name alone it may be the name: "Sheikh Hasina".
		words = words[1:]
	}
	for i, w := range words {
		words[i] = d.fold(w)
	}
	return words
}

// honorific are the words an article may put before a person's given name that are no
// part of the name: Arabic and Persian honorifics, military ranks, offices and forms of
// address. Words that are given names too ("Major", "Justice", "Lord" of peers) are not.
var honorific = map[string]bool{
	"sheikh": true, "sheik": true, "shaikh": true, "sayyid": true, "sayed": true, "seyed": true, "seyyed": true,
	"cmdr": true, "lt": true, "col": true, "gen": true, "adm": true, "sgt": true, "capt": true, "maj": true,
	"commander": true, "colonel": true, "general": true, "admiral": true, "lieutenant": true, "sergeant": true, "captain": true,
	"counsel": true, "pro": true, "tempore": true, "senator": true, "sen": true, "rep": true, "representative": true,
	"congressman": true, "congresswoman": true, "president": true, "secretary": true, "minister": true,
	"ambassador": true, "judge": true, "chairman": true, "chairwoman": true, "governor": true, "mayor": true,
	"king": true, "queen": true, "prince": true, "princess": true, "emir": true, "sultan": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "sir": true,
}

// foldLetter maps the letters that do not decompose into a base letter and a mark.
func foldLetter(r rune) rune {
	switch r {
	case 'ł', 'Ł':
		return 'l'
	case 'ø', 'Ø':
		return 'o'
	case 'đ', 'Đ':
		return 'd'
	case 'ı':
		return 'i'
	case 'ß':
		return 's'
	}
	return r
}

// spelling folds the transliteration differences of one word.
func spelling(w string) string {
	if len(w) < 3 {
		return w
	}
	w = strings.ReplaceAll(w, "dh", "d")
	var b strings.Builder
	var last rune
	for _, r := range w {
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	s := b.String()
	if strings.HasSuffix(s, "y") {
		s = strings.TrimSuffix(s, "y") + "i"
	}
	s = strings.ReplaceAll(s, "ii", "i")
	return s
}

// slug is the name in lower case without accents and periods, words joined by "-":
// the same as the graph's slug of a name.
func slug(name string) string {
	f := norm.NFKD.String(name)
	var b strings.Builder
	dash := false
	for _, r := range f {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.', r == '\'', r == '\u2019':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(foldLetter(r)))
		default:
			dash = true
		}
	}
	return b.String()
}
