package graph_test

import (
	"reflect"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph/graphtest"
)

// pairArticle is an article in which Olena Marchuk, of the given state, met Russia.
func pairArticle(id, date, state string) *diplograph.Extraction {
	return &diplograph.Extraction{
		Article: diplograph.Article{ID: id, Title: "Talks " + id, Date: date, URL: "https://news.example/" + id},
		Entities: []diplograph.Entity{
			{ID: "c:RUS", Type: diplograph.TypeCountry, Name: "Russia", Code: "RUS"},
			{ID: "p:om", Type: diplograph.TypePerson, Name: "Olena Marchuk", Title: "Foreign Minister", Country: state},
		},
		Relations: []diplograph.Relation{{Type: diplograph.MetWith, Source: "p:om", Target: "c:RUS",
			Evidence: "Olena Marchuk met Russia."}},
	}
}

// pairColumn returns the pair column of the rows.
func pairColumn(rows []map[string]any) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r["pair"].(string))
	}
	return out
}

// TestPairsFollowGroups writes an article whose person later turns out to represent a
// second state: the pairs of the first article gain that state's side; replacing the
// article that said so takes them out again, and the graph is then the one written from
// the final articles alone.
func TestPairsFollowGroups(t *testing.T) {
	s := graphtest.MustOpen(t)
	pairs := func(article string) []string {
		t.Helper()
		return pairColumn(query(t, s, `
MATCH (:Meeting)-[p:REPORTED_PAIR]->(:Article {key: $key})
RETURN p.pair AS pair, p.date AS date, p.kinds AS kinds ORDER BY pair`, map[string]any{"key": article}))
	}
	one := pairArticle("pair-1", "2024-03-01", "UKR")
	mustWrite(t, s, one)
	want := []string{"RUS*", "RUS*|UKR*", "RUS*|person:olena-marchuk", "RUS|UKR*", "RUS|person:olena-marchuk", "UKR*"}
	if got := pairs("pair-1"); !reflect.DeepEqual(got, want) {
		t.Fatalf("pairs of pair-1: %v, want %v", got, want)
	}

	// a later article says she represents Moldova too: pair-1 is Moldova's as well
	two := pairArticle("pair-2", "2024-04-01", "MDA")
	mustWrite(t, s, two)
	want = []string{"MDA*", "MDA*|RUS", "MDA*|RUS*", "RUS*", "RUS*|UKR*", "RUS*|person:olena-marchuk", "RUS|UKR*", "RUS|person:olena-marchuk", "UKR*"}
	if got := pairs("pair-1"); !reflect.DeepEqual(got, want) {
		t.Errorf("pairs of pair-1 after pair-2: %v, want %v", got, want)
	}
	if got := query(t, s, `MATCH (p:Person {key: 'person:olena-marchuk'}) RETURN p.groups AS groups`, nil); !reflect.DeepEqual(got[0]["groups"],
		[]any{"MDA*", "UKR*", "person:olena-marchuk"}) {
		t.Errorf("groups %v", got[0]["groups"])
	}

	// pair-2 re-extracted says Ukraine: Moldova's side goes from every article
	fixed := pairArticle("pair-2", "2024-04-01", "UKR")
	if err := s.Replace(testCtx(t), []*diplograph.Extraction{fixed}); err != nil {
		t.Fatal(err)
	}
	want = []string{"RUS*", "RUS*|UKR*", "RUS*|person:olena-marchuk", "RUS|UKR*", "RUS|person:olena-marchuk", "UKR*"}
	for _, a := range []string{"pair-1", "pair-2"} {
		if got := pairs(a); !reflect.DeepEqual(got, want) {
			t.Errorf("pairs of %s after the replacement: %v, want %v", a, got, want)
		}
	}
	sum := mustChecksum(t, s)

	// the same articles written at once, in the other order, give the same graph
	fresh := graphtest.MustOpen(t)
	mustWrite(t, fresh, fixed, one)
	if got := mustChecksum(t, fresh); got != sum {
		t.Errorf("checksum %s after the replacement, %s written from the final articles", sum, got)
	}

	// a graph written before actors had groups and articles pairs gets them with the
	// schema, and so does one written before the pairs of a state alone
	for _, before := range [][]string{
		{`MATCH ()-[p:REPORTED_PAIR]->() DELETE p`, `MATCH (x:Actor) REMOVE x.groups`, `MATCH (a:Article) REMOVE a.pairs_version`},
		{`MATCH ()-[p:REPORTED_PAIR]->() WHERE NOT p.pair CONTAINS '|' DELETE p`, `MATCH (a:Article) REMOVE a.pairs_version`},
	} {
		exec(t, fresh, before...)
		forgetMigrations(t, fresh) // nor markers
		if err := fresh.ApplySchema(testCtx(t)); err != nil {
			t.Fatal(err)
		}
		if got := mustChecksum(t, fresh); got != sum {
			t.Errorf("%v: checksum %s after the schema gave the pairs, %s written with them", before, got, sum)
		}
	}
}
