package graph_test

import (
	"context"
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"sync"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
)

// resolvedPeople returns articles that name one known person in every way articles do
// ("Sergei Lavrov", "Sergey Lavrov", "Lavrov"), all resolved by the extractor to one
// canonical key, and a surname it could not resolve.
func resolvedPeople(n int, seed int64) []*diplograph.Extraction {
	rng := rand.New(rand.NewSource(seed))
	forms := []struct{ name, basis string }{{"Sergei Lavrov", "name"}, {"Sergey Lavrov", "name"},
		{"Lavrov", "surname"}, {"Sergey Viktorovich Lavrov", "alias"}}
	xs := make([]*diplograph.Extraction, n)
	for i := range xs {
		f := forms[rng.Intn(len(forms))]
		x := &diplograph.Extraction{Article: diplograph.Article{
			ID: fmt.Sprintf("id-%03d", i), Title: fmt.Sprintf("Talks %d", i), Date: fmt.Sprintf("2019-0%d-1%d", 1+rng.Intn(9), rng.Intn(10)),
		}}
		x.Entities = []diplograph.Entity{
			{ID: "p:1", Type: diplograph.TypePerson, Name: f.name, Country: []string{"RUS", ""}[rng.Intn(2)],
				Canonical: "person:sergey-lavrov", CanonicalName: "Sergey Lavrov", ResolvedFrom: f.basis},
			{ID: "p:2", Type: diplograph.TypePerson, Name: "Kim", Canonical: "person:kim",
				Candidates: [][]string{{"Kim Jong Un", "Kim Yo Jong"}, {"Kim Jong Un", "Kim Yong Chol"}}[rng.Intn(2)]},
			{ID: "c:1", Type: diplograph.TypeCountry, Code: "RUS", Name: "Russia"},
		}
		x.Relations = []diplograph.Relation{
			{Type: diplograph.MetWith, Source: "p:1", Target: "p:2", Sentence: 0, Evidence: "They met."},
		}
		xs[i] = x
	}
	return xs
}

// Every form of a resolved person is one node, named as the known actor, carrying the
// article's names and how they were resolved; in any order and with concurrent writers.
func TestResolvedPeopleAreOneNodeInAnyOrder(t *testing.T) {
	xs := resolvedPeople(60, 3)
	s := graphtest.MustOpen(t)
	mustWrite(t, s, xs...)
	want := mustChecksum(t, s)

	rows := query(t, s, `MATCH (p:Person) RETURN p.key AS key, p.name AS name, p.aliases AS aliases,
p.resolved_from AS resolved_from, p.candidates AS candidates ORDER BY key`, nil)
	if len(rows) != 2 {
		t.Fatalf("%d Person nodes, want 2: %v", len(rows), rows)
	}
	kim, lavrov := rows[0], rows[1]
	if lavrov["key"] != "person:sergey-lavrov" || lavrov["name"] != "Sergey Lavrov" {
		t.Errorf("Lavrov node %v, want key person:sergey-lavrov named Sergey Lavrov", lavrov)
	}
	for _, a := range []string{"Sergei Lavrov", "Lavrov"} {
		if !slices.Contains(toStrings(lavrov["aliases"]), a) {
			t.Errorf("Lavrov node aliases %v lack %q", lavrov["aliases"], a)
		}
	}
	if got := toStrings(lavrov["resolved_from"]); !slices.Contains(got, "surname: Lavrov") || !slices.Contains(got, "name: Sergei Lavrov") {
		t.Errorf("Lavrov node resolved_from %v", got)
	}
	if lavrov["candidates"] != nil {
		t.Errorf("a resolved person has candidates %v", lavrov["candidates"])
	}
	if got := toStrings(kim["candidates"]); !reflect.DeepEqual(got, []string{"Kim Jong Un", "Kim Yo Jong", "Kim Yong Chol"}) {
		t.Errorf("Kim node candidates %v, want the three known Kims it could be", got)
	}

	if err := graphtest.Wipe(testCtx(t), s); err != nil {
		t.Fatal(err)
	}
	cfg := graphtest.Config()
	cfg.BatchSize = 5
	stores := []*graph.Store{graphtest.MustConnect(t, cfg), graphtest.MustConnect(t, cfg)}
	var wg sync.WaitGroup
	errs := make([]error, len(stores))
	for i, st := range stores {
		part := reversed(xs)
		if i == 1 {
			part = append(slices.Clone(xs[len(xs)/2:]), xs[:len(xs)/2]...)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = st.Write(context.Background(), part)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := mustChecksum(t, s); got != want {
		t.Errorf("two concurrent jobs in other orders: checksum %s, want %s", got, want)
	}
}

func toStrings(v any) []string {
	xs, _ := v.([]any)
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}
