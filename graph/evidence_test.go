package graph_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
)

// evidenceArticle returns an article in which Jean Moreau meets Karl Brandt at the
// border summit, accuses Russia of shelling, Russia denies it (about Moreau), and the two
// agree to a ceasefire; each sentence names the article. Without facts the article names
// the same people and no relation. With quiet, the meeting is stated without a sentence.
func evidenceArticle(id, date string, facts, quiet bool) *diplograph.Extraction {
	x := &diplograph.Extraction{
		Article: diplograph.Article{ID: id, Date: date, Title: "Report " + id,
			URL: "https://news.example.org/" + id, Source: id + ".txt"},
		Entities: []diplograph.Entity{
			{ID: "p:1", Type: diplograph.TypePerson, Name: "Jean Moreau", Title: "President", Country: "FRA"},
			{ID: "p:2", Type: diplograph.TypePerson, Name: "Karl Brandt", Title: "Chancellor", Country: "DEU"},
			{ID: "c:1", Type: diplograph.TypeCountry, Code: "RUS", Name: "Russia"},
		},
	}
	if !facts {
		return x
	}
	x.Entities = append(x.Entities, diplograph.Entity{ID: "m:1", Type: diplograph.TypeMeeting, Name: "Border summit",
		Date: "2024-01-01", Location: "Geneva", Participants: []string{"p:1", "p:2"}})
	say := func(s string) string { return fmt.Sprintf("%s (%s).", s, id) }
	met := diplograph.Relation{Type: diplograph.MetWith, Source: "p:1", Target: "p:2", Sentence: 0, Evidence: say("Moreau met Brandt")}
	if quiet {
		met.Sentence, met.Evidence = -5, ""
	}
	x.Relations = []diplograph.Relation{
		met,
		{Type: diplograph.Accused, Source: "p:1", Target: "c:1", Claim: "shelling the border town", Sentence: 1,
			Evidence: say("Moreau accused Russia of shelling the border town")},
		{Type: diplograph.Denied, Source: "c:1", Target: "p:1", Claim: "shelling the border town", Sentence: 2,
			Evidence: say("Russia denied shelling the border town")},
		{Type: diplograph.AgreedTo, Source: "p:1", With: []string{"p:2"}, Claim: "a ceasefire on the border", Sentence: 3,
			Evidence: say("The two agreed to a ceasefire on the border")},
	}
	return x
}

// factEdgeTypes are the fact relationships that show an article.
var factEdgeTypes = []string{"MET_WITH", "ATTENDED", "ACCUSED", "AGAINST", "DENIED", "ABOUT", "AGREED_TO"}

// factEdges returns every fact relationship that shows an article, as "start type end"
// with all its properties.
func factEdges(t testing.TB, s *graph.Store) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	for _, r := range query(t, s, `MATCH (a)-[r]->(b) WHERE type(r) IN $types
RETURN a.key + ' ' + type(r) + ' ' + b.key AS edge, properties(r) AS props`, map[string]any{"types": factEdgeTypes}) {
		out[r["edge"].(string)] = r["props"].(map[string]any)
	}
	return out
}

// wantShown checks that every fact relationship shows the given article and a sentence
// of it.
func wantShown(t *testing.T, when string, edges map[string]map[string]any, id, date string) {
	t.Helper()
	// MET_WITH, ACCUSED, AGAINST, DENIED, ABOUT, and ATTENDED and AGREED_TO of both people
	if len(edges) != 9 {
		t.Errorf("%s: %d fact relationships, want 9", when, len(edges))
	}
	for e, p := range edges {
		ev, _ := p["evidence"].(string)
		if p["article_key"] != id || p["article_date"] != date || p["article_title"] != "Report "+id ||
			p["article_url"] != "https://news.example.org/"+id || !strings.HasSuffix(ev, "("+id+").") {
			t.Errorf("%s: %s shows %v, want article %s (%s) and its sentence", when, e, p, id, date)
		}
	}
}

// TestFactEdgesShowTheNewestArticleInAnyOrder: whatever the order or batching of the
// articles, every fact relationship shows the newest-dated article that gives a
// sentence for it; an article that states the meeting without a sentence is newer still,
// and is not shown on MET_WITH. Writing the articles again changes nothing.
func TestFactEdgesShowTheNewestArticleInAnyOrder(t *testing.T) {
	a := evidenceArticle("ev-a", "2024-01-01", true, false)
	b := evidenceArticle("ev-b", "2024-01-05", true, false)
	s := graphtest.MustOpen(t)
	var want map[string]map[string]any
	var wantSum string
	for i, order := range [][]*diplograph.Extraction{{a, b}, {b, a}, {a, b, a}} {
		if err := graphtest.Wipe(testCtx(t), s); err != nil {
			t.Fatal(err)
		}
		name := ""
		for _, x := range order {
			mustWrite(t, s, x)
			name += x.Article.ID + " "
		}
		got := factEdges(t, s)
		wantShown(t, "written "+name, got, "ev-b", "2024-01-05")
		sum := mustChecksum(t, s)
		if i == 0 {
			want, wantSum = got, sum
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("written %s: fact relationships\n%v\nwant (written a, b)\n%v", name, got, want)
		}
		if sum != wantSum {
			t.Errorf("written %s: checksum %s, want %s", name, sum, wantSum)
		}
	}
	// both in one batch, then again
	if err := graphtest.Wipe(testCtx(t), s); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, b, a)
	mustWrite(t, s, a, b)
	if got := mustChecksum(t, s); got != wantSum {
		t.Errorf("one batch, written twice: checksum %s, want %s", got, wantSum)
	}

	// c is newer but states the meeting without a sentence: MET_WITH and ATTENDED keep
	// b's sentence; the facts c does give a sentence for show c.
	c := evidenceArticle("ev-c", "2024-02-01", true, true)
	mustWrite(t, s, c)
	got := factEdges(t, s)
	for e, p := range got {
		id := "ev-c"
		if strings.Contains(e, " MET_WITH ") || strings.Contains(e, " ATTENDED ") {
			id = "ev-b"
		}
		if p["article_key"] != id || p["article_count"] != int64(3) {
			t.Errorf("after ev-c: %s shows %v, want article %s of 3", e, p, id)
		}
	}
}

// TestFactEdgesShowAnotherArticleWhenTheirsIsReplaced: when the article a relationship
// shows is re-extracted without the fact, the relationship shows the next article by the
// rule (the same relationship as if the replaced article had never stated the fact);
// when the replaced article was its last, the relationship goes. Replacing several
// articles in one batch leaves all of them out when choosing again.
func TestFactEdgesShowAnotherArticleWhenTheirsIsReplaced(t *testing.T) {
	a := evidenceArticle("ev-a", "2024-01-01", true, false)
	b := evidenceArticle("ev-b", "2024-01-05", true, false)
	c := evidenceArticle("ev-c", "2024-01-09", true, false)
	bare := func(x *diplograph.Extraction) *diplograph.Extraction {
		return evidenceArticle(x.Article.ID, x.Article.Date, false, false)
	}
	s := graphtest.MustOpen(t)

	// the graph of a and the bare b, written from scratch
	mustWrite(t, s, a, bare(b))
	fresh := factEdges(t, s)
	wantShown(t, "a and bare b", fresh, "ev-a", "2024-01-01")
	if err := graphtest.Wipe(testCtx(t), s); err != nil {
		t.Fatal(err)
	}

	mustWrite(t, s, a, b)
	wantShown(t, "a and b", factEdges(t, s), "ev-b", "2024-01-05")
	if err := s.Replace(testCtx(t), []*diplograph.Extraction{bare(b)}); err != nil {
		t.Fatal(err)
	}
	got := factEdges(t, s)
	wantShown(t, "b replaced by bare b", got, "ev-a", "2024-01-01")
	if !reflect.DeepEqual(got, fresh) {
		t.Errorf("after replacing b: fact relationships\n%v\nwant as written from scratch\n%v", got, fresh)
	}

	// putting b back shows b again, as before
	if err := s.Replace(testCtx(t), []*diplograph.Extraction{b}); err != nil {
		t.Fatal(err)
	}
	wantShown(t, "b put back", factEdges(t, s), "ev-b", "2024-01-05")

	// b and c replaced in one batch: a is shown, and its date is the whole range
	mustWrite(t, s, c)
	wantShown(t, "a, b and c", factEdges(t, s), "ev-c", "2024-01-09")
	if err := s.Replace(testCtx(t), []*diplograph.Extraction{bare(c), bare(b)}); err != nil {
		t.Fatal(err)
	}
	got = factEdges(t, s)
	wantShown(t, "b and c replaced together", got, "ev-a", "2024-01-01")
	for e, p := range got {
		if p["article_count"] != int64(1) || p["first_seen"] != "2024-01-01" || p["last_seen"] != "2024-01-01" {
			t.Errorf("after replacing b and c: %s = %v, want 1 article seen on 2024-01-01", e, p)
		}
	}

	// the last article that states the facts replaced: the relationships go
	if err := s.Replace(testCtx(t), []*diplograph.Extraction{bare(a)}); err != nil {
		t.Fatal(err)
	}
	if got := factEdges(t, s); len(got) != 0 {
		t.Errorf("no article states the facts any more, yet the graph has %v", got)
	}
}
