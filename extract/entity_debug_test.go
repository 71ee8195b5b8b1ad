package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestEntityDebugSpans(t *testing.T) {
	txt := os.Getenv("ENTDBG")
	if txt == "" {
		t.Skip("ENTDBG not set")
	}
	doc := annotated(t, "", txt)
	a := &annotation{g: entRecognizer.g, doc: doc, countries: map[int]*countryInfo{}, orgByKey: map[string]*orgInfo{}}
	for _, s := range doc.All() {
		ss := &sentState{s: s, title: s == doc.Title}
		a.scan(ss)
		for _, sp := range ss.spans {
			fmt.Printf("span kind=%d %d-%d\n", sp.kind, sp.start, sp.end)
		}
	}
	for _, s := range doc.All() {
		for _, tk := range s.Tokens {
			fmt.Printf("%s/%s ", tk.Text, tk.Tag)
		}
		fmt.Println()
		for _, m := range s.Mentions {
			fmt.Printf("  %d-%d %q %s %v\n", m.Start, m.End, m.Text, m.Entity, m.Place)
		}
	}
	for _, e := range doc.Entities {
		fmt.Printf("%+v\n", e)
	}
}
