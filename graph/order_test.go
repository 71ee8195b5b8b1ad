package graph_test

import (
	"context"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
)

// disagreeing returns extractions whose articles disagree about the same actors,
// meetings and claims: titles, countries, the spelling of names, claim wording, meeting
// places, and some articles share a date.
func disagreeing(n int, seed int64) []*diplograph.Extraction {
	rng := rand.New(rand.NewSource(seed))
	titles := []string{"President", "Economy Minister", "Prime Minister", "Envoy"}
	countries := []string{"FRA", "DEU", "USA", "MEX"}
	spellings := []string{"Anna Kovac", "ANNA KOVAC", "Anna  Kovac", "anna kovac"}
	claims := []string{"shelling the border town", "Shelling the border town", "shelling the  border town."}
	xs := make([]*diplograph.Extraction, n)
	for i := range xs {
		date := ""
		if rng.Intn(5) > 0 {
			date = fmt.Sprintf("2024-0%d-1%d", 1+rng.Intn(3), rng.Intn(3))
		}
		x := &diplograph.Extraction{Article: diplograph.Article{
			ID: fmt.Sprintf("dis-%03d", i), Title: fmt.Sprintf("Report %d", i), Date: date, Source: fmt.Sprintf("dis/%d.txt", i),
		}}
		x.Entities = []diplograph.Entity{
			{ID: "p:1", Type: diplograph.TypePerson, Name: spellings[rng.Intn(len(spellings))],
				Title: titles[rng.Intn(len(titles))], Country: countries[rng.Intn(len(countries))],
				Aliases: []string{fmt.Sprintf("Ms. Kovac %d", rng.Intn(3)), "Kovac"}},
			{ID: "p:2", Type: diplograph.TypePerson, Name: "Piet Laar", Title: titles[rng.Intn(len(titles))], Country: "NLD"},
			{ID: "c:1", Type: diplograph.TypeCountry, Code: "RUS", Name: []string{"Russia", "Russian Federation"}[rng.Intn(2)]},
			{ID: "o:1", Type: diplograph.TypeOrganization, Name: []string{"U.S. embassy", "US Embassy"}[rng.Intn(2)]},
			{ID: "m:1", Type: diplograph.TypeMeeting, Name: "Border summit", Date: "2024-02-02",
				Location: []string{"Geneva", "geneva"}[rng.Intn(2)], Participants: []string{"p:1", "p:2"}},
		}
		x.Relations = []diplograph.Relation{
			{Type: diplograph.MetWith, Source: "p:1", Target: "p:2", Sentence: 0, Evidence: fmt.Sprintf("Sentence %d.", rng.Intn(3))},
			{Type: diplograph.Accused, Source: "p:1", Target: "c:1", Claim: claims[rng.Intn(len(claims))], Sentence: 1, Evidence: "They accused."},
			{Type: diplograph.Denied, Source: "c:1", Claim: claims[rng.Intn(len(claims))], Sentence: 2, Evidence: "It denied."},
		}
		xs[i] = x
	}
	return xs
}

func reversed(xs []*diplograph.Extraction) []*diplograph.Extraction {
	out := slices.Clone(xs)
	slices.Reverse(out)
	return out
}

// TestEveryPropertyIndependentOfOrder writes articles that disagree in one order, in the
// reverse order with other batches, and with two and three concurrent writers, and wants
// the same full checksum (every property of every node and relationship) each time.
func TestEveryPropertyIndependentOfOrder(t *testing.T) {
	xs := disagreeing(90, 12)
	s := graphtest.MustOpen(t)
	mustWrite(t, s, xs...)
	want := mustChecksum(t, s)
	wantDump := dump(t, s)

	cfg := graphtest.Config()
	cfg.BatchSize = 7
	small := graphtest.MustConnect(t, cfg)
	check := func(name string) {
		t.Helper()
		if got := mustChecksum(t, s); got != want {
			t.Errorf("%s: checksum %s, want %s", name, got, want)
			got := dump(t, s)
			for _, l := range got {
				if !slices.Contains(wantDump, l) {
					t.Logf("%s only: %s", name, l)
				}
			}
		}
		if err := graphtest.Wipe(testCtx(t), s); err != nil {
			t.Fatal(err)
		}
	}
	if err := graphtest.Wipe(testCtx(t), s); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, small, reversed(xs)...)
	check("reverse order, batches of 7")

	for _, jobs := range []int{2, 3} {
		stores := make([]*graph.Store, jobs)
		for i := range stores {
			stores[i] = graphtest.MustConnect(t, cfg)
		}
		var wg sync.WaitGroup
		errs := make([]error, jobs)
		for i := range stores {
			part := xs
			if i%2 == 1 {
				part = reversed(xs)
			}
			// every job writes all the articles, from a different starting point
			part = append(slices.Clone(part[i*len(part)/jobs:]), part[:i*len(part)/jobs]...)
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = stores[i].Write(context.Background(), part)
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("job %d of %d: %v", i+1, jobs, err)
			}
		}
		check(fmt.Sprintf("%d concurrent jobs", jobs))
	}
}

// TestPropertiesFollowTheRule checks the rule itself on two articles that disagree:
// the earlier-dated article's title wins whichever is written first.
func TestPropertiesFollowTheRule(t *testing.T) {
	art := func(id, date, title, country string) *diplograph.Extraction {
		return &diplograph.Extraction{
			Article: diplograph.Article{ID: id, Date: date, Title: "Talks"},
			Entities: []diplograph.Entity{
				{ID: "p:1", Type: diplograph.TypePerson, Name: "Jean Moreau", Title: title, Country: country},
				{ID: "p:2", Type: diplograph.TypePerson, Name: "Karl Brandt", Title: "Chancellor", Country: "DEU"},
			},
			Relations: []diplograph.Relation{{Type: diplograph.MetWith, Source: "p:1", Target: "p:2", Evidence: "They met."}},
		}
	}
	a := art("rule-a", "2020-01-01", "President", "FRA")
	b := art("rule-b", "2020-01-02", "Economy Minister", "FRA")
	s := graphtest.MustOpen(t)
	for _, order := range [][]*diplograph.Extraction{{a, b}, {b, a}} {
		if err := graphtest.Wipe(testCtx(t), s); err != nil {
			t.Fatal(err)
		}
		for _, x := range order {
			mustWrite(t, s, x)
		}
		got := query(t, s, `MATCH (p:Person {key: 'person:jean-moreau'})-[r:REPRESENTS]->() RETURN p.title AS title, r.title AS rtitle`, nil)
		if len(got) != 1 || got[0]["title"] != "President" || got[0]["rtitle"] != "President" {
			t.Errorf("written %s then %s: %v, want the earlier article's title President", order[0].Article.ID, order[1].Article.ID, got)
		}
	}
}

// TestLongAndInvisibleNamesAreWritten writes a name of 9,000 letters (longer than an
// index entry may be), a claim of 100,000 characters, and a name with a zero-width space
// and an escape sequence: all are written, keys bounded, names cleaned and bounded.
func TestLongAndInvisibleNamesAreWritten(t *testing.T) {
	long := "A" + strings.Repeat("b", 9000)
	x := &diplograph.Extraction{
		Article: diplograph.Article{ID: "long-1", Title: "Talks", Date: "2015-06-03"},
		Entities: []diplograph.Entity{
			{ID: "p:1", Type: diplograph.TypePerson, Name: long, Title: "President"},
			{ID: "p:2", Type: diplograph.TypePerson, Name: "Ivo\u200b Petrov\x1b[2J", Title: "President", Country: "BGR"},
			{ID: "o:1", Type: diplograph.TypeOrganization, Name: strings.Repeat("Council ", 3000)},
		},
		Relations: []diplograph.Relation{
			{Type: diplograph.MetWith, Source: "p:1", Target: "p:2", Evidence: strings.Repeat("word ", 20000)},
			{Type: diplograph.Accused, Source: "o:1", Target: "p:2", Claim: strings.Repeat("x", 100000)},
		},
	}
	other := *x
	other.Article.ID = "long-2"
	other.Entities = slices.Clone(x.Entities)
	other.Entities[0].Name = "A" + strings.Repeat("b", 8999) + "c" // same first letters, another person
	s := graphtest.MustOpen(t)
	mustWrite(t, s, x, &other)
	for _, r := range query(t, s, `MATCH (n) RETURN n.key AS key, n.name AS name, n.text AS text`, nil) {
		key, _ := r["key"].(string)
		if len(key) > diplograph.MaxKeyBytes {
			t.Errorf("key of %d bytes: %.40s...", len(key), key)
		}
		for _, f := range []string{"name", "text"} {
			v, _ := r[f].(string)
			if utf8.RuneCountInString(v) > 1000 {
				t.Errorf("%s of %d characters on %.40s", f, utf8.RuneCountInString(v), key)
			}
			if strings.ContainsAny(v, "\u200b\x1b") {
				t.Errorf("%s %q keeps an invisible or control character", f, v)
			}
		}
	}
	people := query(t, s, `MATCH (p:Person) WHERE p.key STARTS WITH 'person:abbb' RETURN count(p) AS n`, nil)
	if people[0]["n"] != int64(2) {
		t.Errorf("%v people with long names, want 2 distinct", people[0]["n"])
	}
	ivo := query(t, s, `MATCH (p:Person {key: 'person:ivo-petrov'}) RETURN p.name AS name`, nil)
	if len(ivo) != 1 || ivo[0]["name"] != "Ivo Petrov" {
		t.Errorf("Ivo Petrov stored as %v", ivo)
	}
}
