package queries_test

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/article"
	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
	"github.com/diplograph/diplograph/queries"
)

// mustLoadActorCorpus extracts the team-written articles of testdata/actors into a wiped
// database, with one more article that names only "Lavrov": a bare node that has no
// facts of its own.
func mustLoadActorCorpus(t *testing.T) *graph.Store {
	t.Helper()
	s := graphtest.MustOpen(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("testdata", "actors", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no actor corpus: %v", err)
	}
	var xs []*diplograph.Extraction
	for _, f := range files {
		res := article.ReadFile(f, article.ReadOptions{})
		if len(res.Errors) > 0 || len(res.Articles) != 1 {
			t.Fatalf("%s: %v", f, res.Errors)
		}
		x, err := ex.Extract(res.Articles[0])
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		xs = append(xs, x)
	}
	xs = append(xs, &diplograph.Extraction{
		Article:  diplograph.Article{ID: "bare-lavrov", Title: "A mention", Date: "2024-05-01"},
		Entities: []diplograph.Entity{{ID: "p:1", Type: diplograph.TypePerson, Name: "Lavrov"}},
	}, &diplograph.Extraction{
		Article:  diplograph.Article{ID: "no-alias", Title: "Another mention", Date: "2024-05-02"},
		Entities: []diplograph.Entity{{ID: "p:1", Type: diplograph.TypePerson, Name: "Hakan Fidan", Country: "TUR"}},
	})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := s.Write(ctx, xs); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestActorParametersFindTheWholeActor checks that an actor parameter typed the way
// people name actors (a surname, "the Kremlin", any case or accents) finds the full
// person's or state's node, the best-connected one rather than a bare namesake, and that
// the report then returns the same rows as with the key.
func TestActorParametersFindTheWholeActor(t *testing.T) {
	s := mustLoadActorCorpus(t)
	ctx := context.Background()
	r, err := queries.Lookup("actor")
	if err != nil {
		t.Fatal(err)
	}
	rows := func(actor string) [][]any {
		t.Helper()
		res, err := queries.Run(ctx, s.Driver(), s.Database(), r, bind(ctx, t, s, r, map[string]string{"actor": actor}))
		if err != nil {
			t.Fatal(err)
		}
		return res.Rows
	}
	for _, tc := range []struct {
		typed, key string
		rows       int // the actor's facts in the corpus, one row each
	}{
		{"Lavrov", "person:sergey-lavrov", 2},        // met Blinken, accused the United States
		{"sergéi LAVROV", "person:sergey-lavrov", 2}, // case and accents folded
		{"the Kremlin", "RUS", 3},                    // denied twice, accused once by Ukraine
		{"KREMLIN", "RUS", 3},
		{"Putin", "person:vladimir-putin", 2}, // met Trump, denied meddling
		{"Trump", "person:donald-trump", 2},   // met Putin, accused China
		{"rus", "RUS", 3},
	} {
		a, err := queries.ResolveActor(ctx, s.Driver(), s.Database(), tc.typed)
		if err != nil {
			t.Errorf("%q: %v", tc.typed, err)
			continue
		}
		if a.Key != tc.key {
			t.Errorf("%q resolved to %s (%s), want %s", tc.typed, a.Key, a.Name, tc.key)
			continue
		}
		got, want := rows(tc.typed), rows(tc.key)
		if len(got) != tc.rows || !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %d rows %v; want the %d rows of %s: %v", tc.typed, len(got), got, tc.rows, tc.key, want)
		}
	}
	found, err := queries.FindActors(ctx, s.Driver(), s.Database(), "Lavrov")
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 2 || found[0].Key != "person:sergey-lavrov" || (found[0].Match != "alias" && found[0].Match != "surname") ||
		found[1].Key != "person:lavrov" || found[1].Match != "name" || found[1].FactTotal() != 0 {
		t.Errorf("actors for Lavrov = %+v; want Sergei Lavrov (alias or surname) before the bare Lavrov (name, no facts)", found)
	}
	if f, err := queries.FindActors(ctx, s.Driver(), s.Database(), "FIDAN"); err != nil || len(f) != 1 ||
		f[0].Key != "person:hakan-fidan" || f[0].Match != "surname" {
		t.Errorf("actors for FIDAN = %+v, %v; want Hakan Fidan by surname", f, err)
	}
	if found[0].Facts["MET_WITH"] != 1 || found[0].Facts["ACCUSED"] != 1 || found[0].Country != "RUS" {
		t.Errorf("Sergei Lavrov's facts and country = %v, %q", found[0].Facts, found[0].Country)
	}
}

// TestUnknownActorSuggestsNames checks that a name matching no actor is refused with the
// closest names, as a thing not found.
func TestUnknownActorSuggestsNames(t *testing.T) {
	s := mustLoadActorCorpus(t)
	ctx := context.Background()
	_, err := queries.ResolveActor(ctx, s.Driver(), s.Database(), "Lavrof")
	if diplograph.ErrorCode(err) != diplograph.ENOTFOUND || !strings.Contains(err.Error(), `no actor named "Lavrof"; did you mean: `) ||
		!strings.Contains(err.Error(), "Sergey Lavrov (person:sergey-lavrov)") {
		t.Errorf("Lavrof: %v; want ENOTFOUND suggesting Sergei Lavrov", err)
	}
	_, err = queries.ResolveActor(ctx, s.Driver(), s.Database(), "Atlantis")
	if diplograph.ErrorCode(err) != diplograph.ENOTFOUND || !strings.HasPrefix(err.Error(), `no actor named "Atlantis"`) {
		t.Errorf("Atlantis: %v; want ENOTFOUND", err)
	}
	params := map[string]any{"actor": "Putin", "target": "Atlantis"}
	if _, err := queries.ResolveActors(ctx, s.Driver(), s.Database(), params); err == nil || !strings.Contains(err.Error(), "parameter target") {
		t.Errorf("ResolveActors with an unknown target: %v", err)
	}
}
