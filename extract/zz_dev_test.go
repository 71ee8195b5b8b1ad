package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
)

type devAnn struct {
	forms map[string][2]string // form -> code, kind (name|demonym|capital)
	maxW  int
}

func newDevAnn() *devAnn {
	d := &devAnn{forms: map[string][2]string{}}
	f, _ := os.Open("gazetteer/data/countries.tsv")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") || l == "" {
			continue
		}
		c := strings.Split(l, "\t")
		add := func(s, kind string) {
			for _, x := range strings.Split(s, "|") {
				x = strings.TrimPrefix(strings.TrimPrefix(x, "~"), "the ")
				if x == "" {
					continue
				}
				d.forms[x] = [2]string{c[0], kind}
				if n := len(strings.Fields(x)); n > d.maxW {
					d.maxW = n
				}
			}
		}
		add(c[1], "name")
		if len(c) > 2 {
			add(c[2], "name")
		}
		if len(c) > 3 {
			add(c[3], "demonym")
		}
		if len(c) > 4 {
			add(c[4], "capital")
		}
	}
	return d
}

func (d *devAnn) annotate(doc *Document) {
	ents := map[string]int{}
	persons := map[string]string{} // surname -> id
	np := 0
	addEnt := func(e diplograph.Entity) {
		if _, ok := ents[e.ID]; !ok {
			ents[e.ID] = len(doc.Entities)
			doc.Entities = append(doc.Entities, e)
		}
	}
	for _, s := range doc.All() {
		tk := s.Tokens
		for k := 0; k < len(tk); k++ {
			matched := false
			for n := d.maxW; n >= 1; n-- {
				if k+n > len(tk) {
					continue
				}
				var parts []string
				for _, t := range tk[k : k+n] {
					parts = append(parts, t.Text)
				}
				form := strings.Join(parts, " ")
				form = strings.ReplaceAll(form, " .", ".")
				c, ok := d.forms[form]
				if !ok {
					continue
				}
				prev := ""
				if k > 0 {
					prev = strings.ToLower(tk[k-1].Text)
				}
				place := locatives[prev] || c[1] == "demonym"
				if c[1] == "demonym" && k+n < len(tk) && strings.HasPrefix(tk[k+n].Tag, "NN") {
					place = true
				}
				id := "c:" + c[0]
				s.Mentions = append(s.Mentions, Mention{Start: k, End: k + n, Text: form, Entity: id, Type: diplograph.TypeCountry, Place: place})
				addEnt(diplograph.Entity{ID: id, Type: diplograph.TypeCountry, Name: form, Code: c[0]})
				k += n - 1
				matched = true
				break
			}
			if matched {
				continue
			}
			// persons: 2+ capitalised NNP tokens not at lexicon; or a known surname
			if tk[k].Tag == "NNP" {
				e := k
				for e < len(tk) && tk[e].Tag == "NNP" && tk[e].Text[0] >= 'A' && tk[e].Text[0] <= 'Z' && !strings.Contains(tk[e].Text, ".") {
					if _, isC := d.forms[tk[e].Text]; isC {
						break
					}
					e++
				}
				if e-k >= 2 && e-k <= 3 && s.Index >= 0 {
					name := s.Text[tk[k].Start:tk[e-1].End]
					sur := tk[e-1].Text
					id, ok := persons[sur]
					if !ok {
						np++
						id = fmt.Sprintf("p:%d", np)
						persons[sur] = id
						addEnt(diplograph.Entity{ID: id, Type: diplograph.TypePerson, Name: name})
					}
					s.Mentions = append(s.Mentions, Mention{Start: k, End: e, Text: name, Entity: id, Type: diplograph.TypePerson})
					k = e - 1
					continue
				}
				if id, ok := persons[tk[k].Text]; ok {
					s.Mentions = append(s.Mentions, Mention{Start: k, End: k + 1, Text: tk[k].Text, Entity: id, Type: diplograph.TypePerson})
				}
			}
		}
	}
}

func TestZZDev(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/corpus/dev/*.txt")
	tg := mustTagger(t)
	ann := newDevAnn()
	out, _ := os.Create("/tmp/rel_dev.jsonl")
	defer out.Close()
	for _, f := range files {
		res := ReadFile(f, ReadOptions{})
		for _, a := range res.Articles {
			e := &Extractor{tagger: tg, entities: ann, Unasserted: os.Getenv("UNASSERTED") != ""}
			if os.Getenv("CRUDE") == "" {
				e, _ = New()
			}
			x, _ := e.Extract(a)
			b, _ := json.Marshal(x)
			fmt.Fprintln(out, string(b))
		}
	}
}
