package extract_test

import (
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/article"
	"github.com/diplograph/diplograph/extract"
)

// FuzzExtract runs the extractor on arbitrary titles and bodies. It must not panic, and
// what it returns must hang together: entity ids are unique, every relation's parties and
// every meeting's participants are entities of the extraction, and every sentence index
// points at a body sentence (or -1, the title). The seeds are in
// testdata/fuzz/FuzzExtract.
func FuzzExtract(f *testing.F) {
	ex, err := extract.New()
	if err != nil {
		f.Fatalf("extract.New: %v", err)
	}
	f.Add("Ministers Meet in Oslo", "The foreign minister of Norway met her Chilean counterpart in Oslo on Monday.")
	f.Add("", "Egypt accused Spain of blocking grain shipments. Spain denied blocking grain shipments.")
	f.Add("Accord", "Both governments agreed to resume direct flights, officials said.")
	f.Fuzz(func(t *testing.T, title, body string) {
		a := diplograph.Article{Title: title, Body: body, Source: "fuzz.txt"}
		a.ID = article.ArticleKey(title, body)
		x, err := ex.Extract(a)
		if err != nil {
			return // a refusal is allowed; a panic or an inconsistent extraction is not
		}
		if x == nil {
			t.Fatal("nil extraction without an error")
		}
		if x.Article.ID != a.ID {
			t.Fatalf("extraction of %s names article %s", a.ID, x.Article.ID)
		}
		ids := map[string]diplograph.Entity{}
		for _, e := range x.Entities {
			if e.ID == "" {
				t.Fatalf("entity without id: %+v", e)
			}
			if _, dup := ids[e.ID]; dup {
				t.Fatalf("entity id %q used twice", e.ID)
			}
			switch e.Type {
			case diplograph.TypePerson, diplograph.TypeCountry, diplograph.TypeOrganization, diplograph.TypeMeeting:
			default:
				t.Fatalf("entity %q has type %q", e.ID, e.Type)
			}
			ids[e.ID] = e
		}
		for _, e := range x.Entities {
			for _, p := range e.Participants {
				if _, ok := ids[p]; !ok {
					t.Fatalf("meeting %q has participant %q that is no entity", e.ID, p)
				}
			}
		}
		for _, r := range x.Relations {
			known := false
			for _, rt := range diplograph.RelationTypes {
				known = known || r.Type == rt
			}
			if !known {
				t.Fatalf("relation type %q", r.Type)
			}
			if _, ok := ids[r.Source]; !ok {
				t.Fatalf("%s relation source %q is no entity", r.Type, r.Source)
			}
			if r.Target != "" {
				if _, ok := ids[r.Target]; !ok {
					t.Fatalf("%s relation target %q is no entity", r.Type, r.Target)
				}
			}
			for _, w := range r.With {
				if _, ok := ids[w]; !ok {
					t.Fatalf("%s relation party %q is no entity", r.Type, w)
				}
			}
			if r.Sentence < -1 || r.Sentence >= len(x.Sentences) {
				t.Fatalf("%s relation sentence %d outside -1..%d", r.Type, r.Sentence, len(x.Sentences)-1)
			}
		}
	})
}
