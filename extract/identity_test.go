package extract

import (
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/mentions"
)

// identityArticles name the same people in the ways articles do: a full name, a
// transliteration, a middle initial, a surname after a title, a surname alone.
var identityArticles = []diplograph.Article{
	{ID: "a1", Date: "2018-06-03", Title: "Lavrov meets Chinese envoy",
		Body: "Russian Foreign Minister Sergei Lavrov met Chinese officials in Moscow on Monday. Lavrov said the talks went well."},
	{ID: "a2", Date: "2019-04-11", Title: "Moscow talks",
		Body: "Sergey Lavrov, Russia's foreign minister, told reporters in Moscow that Russia wanted calm."},
	{ID: "a3", Date: "2019-04-12", Title: "Kremlin reply",
		Body: "Mr Lavrov said on Tuesday that Russia would answer. The Kremlin said President Putin agreed."},
	{ID: "a4", Date: "2018-07-16", Title: "Summit in Helsinki",
		Body: "President Donald J. Trump met Russian President Vladimir Putin in Helsinki. Trump said the meeting with Putin went well."},
	{ID: "a5", Date: "2019-02-27", Title: "Hanoi summit",
		Body: "President Trump arrived in Vietnam on Tuesday for talks with North Korea. Trump said the United States wanted a deal."},
	{ID: "a6", Date: "2020-01-03", Title: "Washington statement",
		Body: "Donald John Trump said the United States acted to protect Americans abroad."},
}

// The same person gets the same canonical key in every article, and the key is the
// known actor's: what a graph merges into one node.
func TestIdentityAcrossArticles(t *testing.T) {
	ex := mustExtractor(t)
	keys := map[string]map[string]bool{}
	for _, art := range identityArticles {
		x, err := ex.Extract(art)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range x.Entities {
			if e.Type != diplograph.TypePerson {
				continue
			}
			var who string
			switch {
			case containsFold(e.Name, "lavrov"):
				who = "lavrov"
			case containsFold(e.Name, "trump"):
				who = "trump"
			case containsFold(e.Name, "putin"):
				who = "putin"
			default:
				t.Errorf("%s: unexpected person %q", art.ID, e.Name)
				continue
			}
			if keys[who] == nil {
				keys[who] = map[string]bool{}
			}
			keys[who][e.Key()] = true
			if e.CanonicalName == "" || e.ResolvedFrom == "" {
				t.Errorf("%s: %q not resolved to a known actor: %+v", art.ID, e.Name, e)
			}
		}
	}
	want := map[string]string{"lavrov": "person:sergey-lavrov", "trump": "person:donald-trump", "putin": "person:vladimir-putin"}
	for who, k := range want {
		if len(keys[who]) != 1 || !keys[who][k] {
			t.Errorf("%s: keys %v, want only %s", who, keys[who], k)
		}
	}
}

func containsFold(s, sub string) bool {
	w := mentions.NameWords(s)
	for _, x := range w {
		if x == sub {
			return true
		}
	}
	return false
}

// A peer or judge named by title is not the known actor of that surname.
func TestStyledSurnameStaysApart(t *testing.T) {
	ex := mustExtractor(t)
	x, err := ex.Extract(diplograph.Article{ID: "b1", Title: "Court ruling",
		Body: "Judge Lord Cullen, sitting with Lord Osborne and Lord Hamilton, ruled on the case in Edinburgh, Britain."})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		if e.Type == diplograph.TypePerson && e.CanonicalName != "" {
			t.Errorf("%q resolved to the known actor %q", e.Name, e.CanonicalName)
		}
	}
}
