package extract

import (
	"testing"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/parse"
)

// FuzzExtractRelations extracts arbitrary text. Whatever the input, Extract must not fail,
// every token must sit at its offsets, and every relation must refer to an entity it lists
// and to a sentence that exists (a recovered fault is a failure here).
func FuzzExtractRelations(f *testing.F) {
	f.Add("Chile and Peru agreed to reopen the border.", "Chile, Peru Agree")
	f.Add("\"We did not meet,\" Berg said. He denied it.", "")
	f.Add("U.S. Nov. 7 Mr. ... ?! \u201cquote\u201d 's n't -- (", "x")
	f.Fuzz(func(t *testing.T, body, title string) {
		if !utf8.ValidString(body) || !utf8.ValidString(title) {
			return
		}
		e := mustExtractor(t)
		a := diplograph.Article{ID: "a:fuzz", Title: title, Body: body, Date: "2030-03-15"}
		for _, s := range parse.NewDocument(a, e.tagger).All() {
			for _, tok := range s.Tokens {
				if tok.Start < 0 || tok.End > len(s.Text) || tok.Start >= tok.End || s.Text[tok.Start:tok.End] != tok.Text {
					t.Fatalf("token %+v not at its offsets in %q", tok, s.Text)
				}
			}
		}
		x, err := e.Extract(a)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		ids := map[string]bool{}
		for _, en := range x.Entities {
			ids[en.ID] = true
		}
		for _, r := range x.Relations {
			if !ids[r.Source] || r.Target != "" && !ids[r.Target] {
				t.Fatalf("relation refers to an unknown entity: %+v", r)
			}
			if r.Sentence < -1 || r.Sentence >= len(x.Sentences) {
				t.Fatalf("relation refers to sentence %d of %d", r.Sentence, len(x.Sentences))
			}
		}
	})
}
