package identity

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedDictionaryLoads(t *testing.T) {
	d := Default()
	if d.Len() < 200 {
		t.Fatalf("embedded dictionary has %d actors, want at least 200", d.Len())
	}
}

func TestWordsFoldVariants(t *testing.T) {
	d := Default()
	same := [][2]string{
		{"Sergei Lavrov", "Sergey Lavrov"},
		{"Muammar Gaddafi", "Muammar el-Qaddafi"},
		{"Muammar Gadhafi", "Muammar Qadhafi"},
		{"Volodymyr Zelensky", "Volodymyr Zelenskyy"},
		{"Volodymyr Zelenskiy", "Volodymyr Zelensky"},
		{"Mohammed Khatami", "Mohammad Khatami"},
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"},
		{"Mélanie Joly", "Melanie Joly"},
		{"Bashar al-Assad", "Bashar Assad"},
		{"Hale Jr.", "Hale"},
	}
	for _, p := range same {
		if a, b := d.Words(p[0]), d.Words(p[1]); !reflect.DeepEqual(a, b) {
			t.Errorf("Words(%q) = %v, Words(%q) = %v: want the same", p[0], a, p[1], b)
		}
	}
	if a, b := d.Words("Kim Jong Un"), d.Words("Kim Jong Il"); reflect.DeepEqual(a, b) {
		t.Errorf("Kim Jong Un and Kim Jong Il fold to one name %v", a)
	}
}

func TestResolveFullNamesAndAliases(t *testing.T) {
	d := Default()
	cases := []struct {
		name, country, date, key, basis string
	}{
		{"Donald Trump", "", "2018-06-03", "person:donald-trump", "name"},
		{"Donald J. Trump", "", "", "person:donald-trump", "alias"},
		{"Donald John Trump", "USA", "", "person:donald-trump", "alias"},
		{"Sergei Lavrov", "RUS", "2014-11-09", "person:sergey-lavrov", "name"},
		{"Sergey Viktorovich Lavrov", "", "", "person:sergey-lavrov", "alias"},
		{"Sergey Lavrov", "", "", "person:sergey-lavrov", "name"},
		{"Moammar Gadhafi", "", "", "person:muammar-gaddafi", "alias"},
		// The first and last words of a known name.
		{"Vladimir Vladimirovich Putin", "", "", "person:vladimir-putin", "alias"},
		{"Joe Robinette Biden", "", "", "person:joe-biden", "first and last name"},
		{"Keir Rodney Starmer", "", "", "person:keir-starmer", "first and last name"},
	}
	for _, c := range cases {
		r := d.Resolve(Mention{Name: c.name, Country: c.country, Date: c.date})
		if r.Key != c.key || r.Basis != c.basis {
			t.Errorf("Resolve(%q) = %q by %q, want %q by %q", c.name, r.Key, r.Basis, c.key, c.basis)
		}
	}
	// A known name with a state the actor never served is someone else.
	if r := d.Resolve(Mention{Name: "Sergey Lavrov", Country: "BRA"}); r.Name != "" || r.Key == "person:sergey-lavrov" {
		t.Errorf("Sergey Lavrov of Brazil resolved to %q (%q)", r.Key, r.Name)
	}
}

func TestResolveSurnames(t *testing.T) {
	d := Default()
	cases := []struct {
		m    Mention
		key  string
		cand int
	}{
		{Mention{Name: "Trump", Date: "2018-06-03", Countries: []string{"USA", "CHN"}}, "person:donald-trump", 0},
		{Mention{Name: "Lavrov", Countries: []string{"RUS"}}, "person:sergey-lavrov", 0},
		{Mention{Name: "Lavrov", Country: "RUS"}, "person:sergey-lavrov", 0},
		// The article names no state of his: another Lavrov.
		{Mention{Name: "Lavrov", Countries: []string{"FRA"}}, "person:lavrov", 0},
		// Two Bushes were presidents; the date tells which.
		{Mention{Name: "Bush", Date: "2003-03-20", Countries: []string{"USA", "IRQ"}}, "person:george-w-bush", 0},
		{Mention{Name: "Bush", Date: "1991-01-17", Countries: []string{"USA", "IRQ"}}, "person:george-h-w-bush", 0},
		{Mention{Name: "Bush", Countries: []string{"USA"}}, "person:bush", 2},
		// Two Kims of the North in office at once.
		{Mention{Name: "Kim", Date: "2018-02-10", Countries: []string{"PRK"}}, "person:kim", 2},
	}
	for _, c := range cases {
		r := d.Resolve(c.m)
		if r.Key != c.key || len(r.Candidates) != c.cand {
			t.Errorf("Resolve(%+v) = %q with candidates %v, want %q with %d", c.m, r.Key, r.Candidates, c.key, c.cand)
		}
		if r.Name != "" && r.Basis != "surname" {
			t.Errorf("Resolve(%+v): basis %q, want surname", c.m, r.Basis)
		}
	}
}

func TestOwnKeysOfUnknownNames(t *testing.T) {
	d := Default()
	a := d.Resolve(Mention{Name: "Jane Q. Roe"})
	b := d.Resolve(Mention{Name: "Jane Roe"})
	if a.Key != b.Key || a.Name != "" || a.Basis != "" {
		t.Errorf("Jane Q. Roe -> %+v, Jane Roe -> %+v: want one own key", a, b)
	}
	if c := d.Resolve(Mention{Name: "Ivan Petrovsky"}); c.Key != d.Resolve(Mention{Name: "Ivan Petrovskiy"}).Key {
		t.Errorf("transliterations of an unknown name have different keys")
	}
}

// The dictionary is the same whatever the order of its lines and files.
func TestLoadIsOrderIndependent(t *testing.T) {
	lines := []string{
		"Muammar Gaddafi\tMuammar Qadhafi|Moammar Gadhafi\tLBY head_of_state 1969-09-01 2011-08-23",
		"Muammar al Qaddafi\t\tLBY gov 1969-09-08 1979-03-01",
		"Jane Roe\t\tUSA foreign_minister 2001-01-01 -",
		"Jane Roe\t\tGBR foreign_minister 2001-01-01 -",
	}
	load := func(a, b []string) *Dictionary {
		fsys := fstest.MapFS{
			"data/variants.txt": {Data: []byte("gadafi qadafi\n")},
			"data/a.tsv":        {Data: []byte(strings.Join(a, "\n") + "\n")},
			"data/b.tsv":        {Data: []byte(strings.Join(b, "\n") + "\n")},
		}
		d, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	one := load(lines[:2], lines[2:])
	two := load([]string{lines[3], lines[1]}, []string{lines[2], lines[0]})
	for _, d := range []*Dictionary{one, two} {
		if d.Len() != 3 {
			t.Errorf("%d actors, want 3 (the two Gaddafi lines are one person)", d.Len())
		}
	}
	for _, m := range []Mention{{Name: "Qaddafi", Countries: []string{"LBY"}}, {Name: "Jane Roe", Country: "GBR"}, {Name: "Roe", Country: "USA"}, {Name: "Roe"}} {
		if a, b := one.Resolve(m), two.Resolve(m); !reflect.DeepEqual(a, b) {
			t.Errorf("Resolve(%+v) differs with the order of the data: %+v, %+v", m, a, b)
		}
	}
	if r := one.Resolve(Mention{Name: "Jane Roe", Country: "GBR"}); r.Key == one.Resolve(Mention{Name: "Jane Roe", Country: "USA"}).Key {
		t.Errorf("two known people of one name share the key %q", r.Key)
	}
}

func TestLoadReportsBadLines(t *testing.T) {
	fsys := fstest.MapFS{
		"data/variants.txt": {Data: []byte("a b\n")},
		"data/x.tsv":        {Data: []byte("Jane Roe\t\tUSA minister 2001\n")},
	}
	_, err := Load(fsys)
	if err == nil || !strings.Contains(err.Error(), "data/x.tsv:1") {
		t.Fatalf("Load: %v, want an error naming data/x.tsv:1", err)
	}
}

// Generational suffixes and a full legal name's middle part do not merge two people.
func TestNoMergeOfDifferentPeople(t *testing.T) {
	d := Default()
	pairs := [][2]Mention{
		{{Name: "Douglas Fairbanks Jr"}, {Name: "Douglas Fairbanks Sr"}},
		{{Name: "Edward III"}, {Name: "Edward"}},
		// "James Gordon Brown" is an alias of Gordon Brown; the singer James Brown is not him.
		{{Name: "James Brown"}, {Name: "Gordon Brown"}},
		{{Name: "George Bush"}, {Name: "George W. Bush"}},
	}
	for _, p := range pairs {
		if a, b := d.Resolve(p[0]), d.Resolve(p[1]); a.Key == b.Key {
			t.Errorf("%q and %q share the key %q", p[0].Name, p[1].Name, a.Key)
		}
	}
}

func TestPatronymicIsNoSurname(t *testing.T) {
	d := Default()
	r := d.Resolve(Mention{Name: "Salman", Date: "2019-01-10", Countries: []string{"SAU", "USA"}})
	if r.Key == d.Resolve(Mention{Name: "Mohammed bin Salman"}).Key {
		t.Errorf("Salman resolved to Mohammed bin Salman (%q)", r.Key)
	}
	// "Saudi Arabia's King Salman" is the king, not the crown prince named for him.
	if r := d.Resolve(Mention{Name: "Salman", Title: "King", Country: "SAU", Date: "2018-10-15"}); r.Key == d.Resolve(Mention{Name: "Mohammed bin Salman"}).Key {
		t.Errorf("King Salman resolved to Mohammed bin Salman (%q)", r.Key)
	}
	// A short given name can be another person: Jim Morrison is not James Morrison.
	if a, b := d.Resolve(Mention{Name: "Jim Morrison"}), d.Resolve(Mention{Name: "James Morrison"}); a.Key == b.Key {
		t.Errorf("Jim Morrison and James Morrison share the key %q", a.Key)
	}
}

// A title that names another office, or a lone given name, is not the known actor.
func TestSurnameNeedsAFittingTitle(t *testing.T) {
	d := Default()
	if r := d.Resolve(Mention{Name: "May", Title: "Lord Justice", Countries: []string{"GBR"}}); r.Name != "" {
		t.Errorf("Lord Justice May resolved to %q", r.Name)
	}
	if r := d.Resolve(Mention{Name: "May", Title: "Prime Minister", Countries: []string{"GBR"}, Date: "2018-03-01"}); r.Key != "person:theresa-may" {
		t.Errorf("Prime Minister May resolved to %q", r.Key)
	}
	if r := d.Resolve(Mention{Name: "Howard", NotSurname: true, Countries: []string{"AUS", "GBR"}}); r.Name != "" {
		t.Errorf("the given name Howard resolved to %q", r.Name)
	}
	if r := d.Resolve(Mention{Name: "Lavrov", Title: "Foreign Minister", Countries: []string{"RUS"}}); r.Key != "person:sergey-lavrov" {
		t.Errorf("Foreign Minister Lavrov resolved to %q", r.Key)
	}
}

// Entries that share only an alias are two people; an alias that names a group is dropped.
func TestSharedAliasDoesNotMerge(t *testing.T) {
	fsys := fstest.MapFS{
		"data/variants.txt": {Data: []byte("gadafi qadafi\n")},
		"data/a.tsv": {Data: []byte("George Bush\tGeorge H. W. Bush|Bush Administration\tUSA gov 1989-01-20 1993-01-20\n" +
			"George W. Bush\tBush Administration\tUSA gov 2001-01-20 2009-01-20\n")},
	}
	d, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 2 {
		t.Errorf("%d actors, want the two Bushes apart", d.Len())
	}
	if r := d.Resolve(Mention{Name: "Bush Administration"}); r.Name != "" {
		t.Errorf("the alias Bush Administration resolved to %q", r.Name)
	}
}

// A description names the office a known actor held on the day, and no other.
func TestDescribesOfficeOnTheDay(t *testing.T) {
	d := Default()
	cases := []struct {
		key, description, date string
		want                   bool
	}{
		{"person:donald-trump", "president", "2019-06-01", true},
		{"person:donald-trump", "president", "2022-06-01", false},
		{"person:donald-trump", "foreign minister", "2019-06-01", false},
		{"person:sergey-lavrov", "foreign minister", "2019-06-01", true},
		{"person:sergey-lavrov", "president", "2019-06-01", false},
		{"person:nobody-known", "president", "2019-06-01", false},
		{"person:donald-trump", "president", "", false},
	}
	for _, c := range cases {
		if got := d.Describes(c.key, c.description, c.date); got != c.want {
			t.Errorf("Describes(%s, %q, %s) = %v, want %v", c.key, c.description, c.date, got, c.want)
		}
	}
}

// A lone surname is a leader's when exactly one leader of that surname held office on the day.
func TestLeaderSurname(t *testing.T) {
	d := Default()
	for _, c := range []struct {
		word, date string
		want       bool
	}{
		{"Putin", "2019-05-01", true},
		{"Putin", "1990-05-01", false},
		{"Lavrov", "2019-05-01", true},
		{"Smith", "2019-05-01", false},
		{"Putin", "", false},
		{"Vladimir Putin", "2019-05-01", false},
	} {
		if got := d.Leader(c.word, c.date); got != c.want {
			t.Errorf("Leader(%q, %s) = %v, want %v", c.word, c.date, got, c.want)
		}
	}
}

// A short given name is a known actor's full one, and the other way round; honorifics and
// ranks before a name are no part of it; a family name of two words is a surname.
func TestGivenNamesHonorificsAndFamilyNames(t *testing.T) {
	d := Default()
	cases := []struct {
		m     Mention
		key   string
		basis string
	}{
		{Mention{Name: "Chuck Grassley", Date: "2018-01-10"}, "person:chuck-grassley", "name"},
		{Mention{Name: "Charles Grassley", Date: "2018-01-10"}, "person:chuck-grassley", "alias"},
		{Mention{Name: "Jim Risch", Country: "USA"}, "person:james-risch", "given name"},
		{Mention{Name: "Andy McCabe"}, "person:andrew-mccabe", "given name"},
		{Mention{Name: "Sheikh Hassan Nasrallah", Country: "LBN"}, "person:hassan-nasrallah", "name"},
		{Mention{Name: "Seyed Araghchi", Country: "IRN", Date: "2015-07-14"}, "person:abbas-araghchi", "surname"},
		{Mention{Name: "Peña Nieto", Country: "MEX", Date: "2017-01-26"}, "person:enrique-pena-nieto", "surname"},
		{Mention{Name: "Abdul-Mahdi", Countries: []string{"IRQ"}, Date: "2019-11-29"}, "person:adil-abdul-mahdi", "surname"},
	}
	for _, c := range cases {
		if r := d.Resolve(c.m); r.Key != c.key || r.Basis != c.basis {
			t.Errorf("Resolve(%+v) = %q by %q, want %q by %q", c.m, r.Key, r.Basis, c.key, c.basis)
		}
	}
	// Lone names no known actor fits keep their spelling: two men named Mohammed and
	// Mohamed are no one person.
	if a, b := d.Resolve(Mention{Name: "Mohammed", NotSurname: true}), d.Resolve(Mention{Name: "Mohamed", NotSurname: true}); a.Key == b.Key {
		t.Errorf("the lone names Mohammed and Mohamed share the key %q", a.Key)
	}
	// A generational suffix is another person.
	if r := d.Resolve(Mention{Name: "Donald Trump Jr.", Country: "USA"}); r.Key != "person:donald-trump-jr" {
		t.Errorf("Donald Trump Jr. resolved to %q", r.Key)
	}
	if r := d.Resolve(Mention{Name: "Ferdinand Marcos", Country: "PHL"}); r.Name != "" {
		t.Errorf("Ferdinand Marcos resolved to %q", r.Name)
	}
	if r := d.Resolve(Mention{Name: "Joseph R. Biden Jr."}); r.Key != "person:joe-biden" {
		t.Errorf("Joseph R. Biden Jr. resolved to %q", r.Key)
	}
	// An office before a name, a name written as one word, a monarch by a royal title.
	for _, c := range []struct {
		m   Mention
		key string
	}{
		{Mention{Name: "Pro Tempore Chuck Grassley", Country: "USA"}, "person:chuck-grassley"},
		{Mention{Name: "Abdelfattah Sisi", Country: "EGY"}, "person:abdel-fattah-el-sisi"},
		{Mention{Name: "Elizabeth II", Country: "GBR"}, "person:elizabeth-ii"},
		{Mention{Name: "Salman", Title: "King", Country: "SAU", Date: "2018-10-15"}, "person:salman-bin-abdulaziz"},
		{Mention{Name: "Abdullah", Title: "King", Countries: []string{"SAU"}, Date: "2014-10-15"}, "person:abdullah-bin-abdulaziz"},
	} {
		if r := d.Resolve(c.m); r.Key != c.key {
			t.Errorf("Resolve(%+v) = %q, want %q", c.m, r.Key, c.key)
		}
	}
	// A lone regnal name may be another monarch's ("Queen Elizabeth I"), and a king of
	// another state is not the one of that name.
	if r := d.Resolve(Mention{Name: "Elizabeth", Title: "Queen", Countries: []string{"GBR"}, Date: "2018-07-14", NotSurname: true}); r.Name != "" {
		t.Errorf("Queen Elizabeth resolved to %q", r.Name)
	}
	if r := d.Resolve(Mention{Name: "Abdullah", Title: "King", Country: "JOR", Date: "2015-01-23"}); r.Name != "" {
		t.Errorf("Jordan's King Abdullah resolved to %q", r.Name)
	}
	// An honorific before one name alone may be the name.
	if r := d.Resolve(Mention{Name: "Sheikh Hasina"}); r.Key != "person:sheikh-hasina" {
		t.Errorf("Sheikh Hasina resolved to %q", r.Key)
	}
	// Two people who go by one short name: the known Chuck Schumer is no Charles of
	// another surname, and an unknown Jim is no unknown James.
	if r := d.Resolve(Mention{Name: "Chuck Todd"}); r.Name != "" {
		t.Errorf("Chuck Todd resolved to %q", r.Name)
	}
}

// One letter off in a given name of a known actor is a misspelling of it; a female form
// of a male name is not.
func TestMisspeltGivenName(t *testing.T) {
	d := Default()
	for _, c := range []struct{ name, country, key string }{
		{"Vladmir Putin", "RUS", "person:vladimir-putin"},
		{"Recep Tayik Erdogan", "", "person:recep-tayyip-erdogan"},
		{"Binaldi Yildirim", "TUR", "person:binali-yildirim"},
		{"Lauren Fabius", "FRA", "person:laurent-fabius"},
	} {
		if r := d.Resolve(Mention{Name: c.name, Country: c.country}); r.Key != c.key || r.Basis != "spelling" {
			t.Errorf("Resolve(%q) = %q by %q, want %q by spelling", c.name, r.Key, r.Basis, c.key)
		}
	}
	for _, name := range []string{"Justine Trudeau", "Peter Mattis", "Mike Esper", "Vladimir Putin Jr"} {
		if r := d.Resolve(Mention{Name: name}); r.Basis == "spelling" {
			t.Errorf("Resolve(%q) = %q by spelling", name, r.Key)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"vladimir", "vladmir", true}, {"tayip", "tayik", true}, {"laurent", "lauren", true},
		{"yitzhak", "yitzahk", true}, {"justin", "justine", false}, {"maria", "mario", false},
		{"mark", "mike", false}, {"bashar", "hafez", false}, {"daniel", "daniela", false},
	} {
		if got := oneLetterOff(c.a, c.b); got != c.want {
			t.Errorf("oneLetterOff(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// A leader's surname with a fitting title is the leader in office on the day even in an
// article that names only other states; an envoy out of office is one of many.
func TestSurnameOfLeaderInOffice(t *testing.T) {
	d := Default()
	if r := d.Resolve(Mention{Name: "Trump", Title: "President", Date: "2018-06-12", Countries: []string{"PRK", "SGP"}}); r.Key != "person:donald-trump" {
		t.Errorf("President Trump in an article about North Korea resolved to %q", r.Key)
	}
	// Without a title, a lone word in such an article is too often another name.
	for _, name := range []string{"Moody", "Aly", "Trump"} {
		if r := d.Resolve(Mention{Name: name, Date: "2019-03-01", Countries: []string{"GBR"}}); r.Name != "" {
			t.Errorf("%s without a title in an article about Britain resolved to %q", name, r.Name)
		}
	}
	if r := d.Resolve(Mention{Name: "Hill", Country: "USA", Date: "2017-03-01"}); r.Name != "" {
		t.Errorf("Hill in 2017 resolved to %q", r.Name)
	}
	if r := d.Resolve(Mention{Name: "Gorbachev", Countries: []string{"SUN"}, Date: "1996-03-01"}); r.Key != "person:mikhail-gorbachev" {
		t.Errorf("Gorbachev in 1996 resolved to %q", r.Key)
	}
	// A leader gone for decades is one of many of that surname.
	if r := d.Resolve(Mention{Name: "Kennedy", Country: "USA", Date: "2017-03-01"}); r.Name != "" {
		t.Errorf("Kennedy in 2017 resolved to %q", r.Name)
	}
	// A title that names another office: "General Warren" is no senator, "Ambassador
	// Rice" in 2015 is Susan Rice.
	if r := d.Resolve(Mention{Name: "Warren", Title: "General", Countries: []string{"USA", "ISR"}, Date: "2017-05-18"}); r.Name != "" {
		t.Errorf("General Warren resolved to %q", r.Name)
	}
	if r := d.Resolve(Mention{Name: "Rice", Title: "Ambassador", Countries: []string{"USA", "ISR"}, Date: "2015-03-23"}); r.Key != "person:susan-rice" {
		t.Errorf("Ambassador Rice in 2015 resolved to %q", r.Key)
	}
}
