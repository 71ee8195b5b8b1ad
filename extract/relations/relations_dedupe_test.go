package relations

import (
	"testing"

	diplograph "github.com/diplograph/diplograph"
)

func TestDedupe(t *testing.T) {
	rels := []diplograph.Relation{
		{Type: diplograph.MetWith, Source: "p:1", Target: "p:2", Sentence: 0},
		{Type: diplograph.MetWith, Source: "p:2", Target: "p:1", Sentence: 3},
		{Type: diplograph.AgreedTo, Source: "c:CHL", With: []string{"c:PER"}, Claim: "reopen the border crossing", Sentence: 1},
		{Type: diplograph.AgreedTo, Source: "c:CHL", With: []string{"c:NOR"}, Claim: "reopen the border crossing to trucks", Sentence: 4},
		{Type: diplograph.AgreedTo, Source: "c:CHL", Claim: "share intelligence on smuggling", Sentence: 5},
		{Type: diplograph.Accused, Source: "c:CHL", Target: "c:PER", Claim: "spying", Sentence: 2},
		{Type: diplograph.Accused, Source: "c:PER", Target: "c:CHL", Claim: "spying", Sentence: 6},
	}
	got := dedupe(rels)
	if len(got) != 5 {
		t.Fatalf("dedupe kept %d relations, want 5: %+v", len(got), got)
	}
	if w := got[1].With; len(w) != 2 || w[0] != "c:PER" || w[1] != "c:NOR" {
		t.Errorf("merged agreement With = %v, want [c:PER c:NOR]", w)
	}
}

func TestDropRepeatedHeadline(t *testing.T) {
	ents := []diplograph.Entity{
		{ID: "c:IRQ", Type: diplograph.TypeCountry, Code: "IRQ"},
		{ID: "o:1", Type: diplograph.TypeOrganization, Country: "IRQ"},
		{ID: "c:CHL", Type: diplograph.TypeCountry, Code: "CHL"},
	}
	rels := []diplograph.Relation{
		{Type: diplograph.Denied, Source: "c:IRQ", Claim: "new air strike", Sentence: -1},
		{Type: diplograph.Denied, Source: "c:CHL", Claim: "spying", Sentence: -1},
		{Type: diplograph.Denied, Source: "o:1", Claim: "an air strike had taken place", Sentence: 0},
	}
	got := dropRepeatedHeadline(rels, ents)
	if len(got) != 2 || got[0].Source != "c:CHL" || got[1].Source != "o:1" {
		t.Errorf("got %+v, want the Chilean headline denial and the body denial", got)
	}
}
