package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
)

func TestEntDevDump(t *testing.T) {
	out := os.Getenv("ENT_DEV_OUT")
	if out == "" {
		t.Skip("ENT_DEV_OUT not set")
	}
	tg, err := newTagger()
	if err != nil {
		t.Fatal(err)
	}
	r, err := newEntityRecognizer()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(os.Getenv("ENT_DEV_GLOB"))
	f, _ := os.Create(out)
	defer f.Close()
	mf, _ := os.Create(out + ".mentions")
	defer mf.Close()
	for _, p := range files {
		res := ReadFile(p, ReadOptions{})
		for _, a := range res.Articles {
			a.ID = strings.TrimSuffix(filepath.Base(p), ".txt")
			doc := newDocument(a, tg)
			r.annotate(doc)
			x := diplograph.Extraction{Article: a, Entities: doc.Entities, Relations: []diplograph.Relation{}}
			b, _ := json.Marshal(x)
			f.Write(append(b, '\n'))
			for _, s := range doc.All() {
				mf.WriteString("## " + a.ID + " " + s.Text + "\n")
				for _, m := range s.Mentions {
					pl := ""
					if m.Place {
						pl = " PLACE"
					}
					mf.WriteString("   " + m.Entity + " [" + m.Text + "]" + pl + "\n")
				}
			}
		}
	}
}
