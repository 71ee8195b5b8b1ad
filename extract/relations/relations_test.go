package relations

import (
	"sort"
	"strings"
	"sync"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/parse"
)

// testEntities are the parties the relation tests name. The recognizer is not under test
// here: mentions are marked by exact token match, the way annotate marks them.
var testEntities = []struct {
	id    string
	typ   diplograph.EntityType
	names []string
}{
	{"c:CHL", diplograph.TypeCountry, []string{"Chile", "Santiago", "Chilean"}},
	{"c:PER", diplograph.TypeCountry, []string{"Peru", "Lima", "Peruvian"}},
	{"c:NOR", diplograph.TypeCountry, []string{"Norway", "Oslo", "Norwegian"}},
	{"c:SWE", diplograph.TypeCountry, []string{"Sweden", "Stockholm"}},
	{"p:1", diplograph.TypePerson, []string{"Anna Berg", "Berg"}},
	{"p:2", diplograph.TypePerson, []string{"Tomas Lind", "Lind"}},
	{"o:1", diplograph.TypeOrganization, []string{"Peruvian navy", "the rebels"}},
}

// demonyms are names that are modifiers, never parties, unless they head a group name.
var demonyms = map[string]bool{"Chilean": true, "Peruvian": true, "Norwegian": true}

var (
	testTaggerOnce sync.Once
	testTagger     *parse.Tagger
)

func mustTagger(t testing.TB) *parse.Tagger {
	t.Helper()
	testTaggerOnce.Do(func() {
		tg, err := parse.NewTagger()
		if err != nil {
			t.Fatalf("new tagger: %v", err)
		}
		testTagger = tg
	})
	return testTagger
}

// testDocument builds a document from body text and marks the test entities in it.
func testDocument(t testing.TB, title, body string) *parse.Document {
	t.Helper()
	doc := parse.NewDocument(diplograph.Article{Title: title, Body: body, Date: "2030-03-15"}, mustTagger(t))
	markTestEntities(doc)
	for _, s := range doc.All() {
		mustTagger(t).Parse(s)
	}
	return doc
}

func markTestEntities(doc *parse.Document) {
	seen := map[string]bool{}
	for _, s := range doc.All() {
		for k := 0; k < len(s.Tokens); k++ {
			best, bestLen := -1, 0
			var bestName string
			for e, ent := range testEntities {
				for _, name := range ent.names {
					words := strings.Fields(name)
					if len(words) <= bestLen || k+len(words) > len(s.Tokens) {
						continue
					}
					ok := true
					for w, word := range words {
						if s.Tokens[k+w].Text != word {
							ok = false
						}
					}
					if ok {
						best, bestLen, bestName = e, len(words), name
					}
				}
			}
			if best < 0 {
				continue
			}
			ent := testEntities[best]
			prev := ""
			if k > 0 {
				prev = strings.ToLower(s.Tokens[k-1].Text)
			}
			place := ent.typ == diplograph.TypeCountry && (demonyms[bestName] || locatives[prev])
			s.Mentions = append(s.Mentions, parse.Mention{Start: k, End: k + bestLen, Text: bestName, Entity: ent.id, Type: ent.typ, Place: place})
			if !seen[ent.id] {
				seen[ent.id] = true
				doc.Entities = append(doc.Entities, diplograph.Entity{ID: ent.id, Type: ent.typ, Name: ent.names[0]})
			}
			k += bestLen - 1
		}
	}
}

// relationStrings renders the asserted relations of a document as "TYPE src>tgt [claim]"
// (agreements as "AGREED_TO src [claim]"), sorted.
func relationStrings(doc *parse.Document) []string {
	var out []string
	var rels []diplograph.Relation
	for _, f := range Find(doc) {
		if f.status == happened {
			rels = append(rels, f.rel)
		}
	}
	for _, r := range dedupe(rels) {
		s := string(r.Type) + " " + r.Source
		if r.Target != "" {
			s += ">" + r.Target
		}
		if r.Claim != "" {
			s += " [" + r.Claim + "]"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

type relationCase struct {
	name string
	text string
	want []string
}

func runRelationCases(t *testing.T, cases []relationCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := relationStrings(testDocument(t, "", c.text))
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, c.want)
			}
		})
	}
}
