package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	e, _ := New()
	files, _ := filepath.Glob("/work/shared/corpus/dev/" + os.Getenv("ART") + ".txt")
	for _, f := range files {
		res := ReadFile(f, ReadOptions{})
		for _, a := range res.Articles {
			doc := newDocument(a, e.tagger)
			e.entities.annotate(doc)
			for _, s := range doc.All() {
				if !strings.Contains(s.Text, os.Getenv("PAT")) {
					continue
				}
				t.Logf("%d %s", s.Index, s.Text)
				var b strings.Builder
				for _, k := range s.Tokens {
					b.WriteString(k.Text + "/" + k.Tag + " ")
				}
				t.Log(b.String())
				for _, m := range s.Mentions {
					t.Logf("  %+v", m)
				}
			}
			for _, f := range findRelations(doc) {
				if strings.Contains(f.rel.Evidence, os.Getenv("PAT")) {
					t.Logf("%d %s %s>%s %v [%s] %s", f.status, f.rel.Type, f.rel.Source, f.rel.Target, f.rel.With, f.rel.Claim, f.rel.Rule)
				}
			}
		}
	}
}
