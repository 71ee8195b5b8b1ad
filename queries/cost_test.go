package queries_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/queries"
)

// growthArticles makes n articles of generated facts among a few countries (one of them,
// Russia, in every article, as a head of state is in a large share of real news), with
// claims drawn from a small set so that claims, like actors, gather many reports.
func growthArticles(n int) []*diplograph.Extraction {
	countries := [][2]string{{"RUS", "Russia"}, {"UKR", "Ukraine"}, {"USA", "United States"}, {"CHN", "China"},
		{"FRA", "France"}, {"DEU", "Germany"}, {"IRN", "Iran"}, {"TUR", "Turkey"}}
	claims := []string{"shelling civilians", "violating the ceasefire", "meddling in elections",
		"hoarding grain", "spying on diplomats", "a prisoner exchange", "a trade pact"}
	xs := make([]*diplograph.Extraction, n)
	for i := range xs {
		other := countries[1+i%(len(countries)-1)]
		date := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%3000).Format("2006-01-02")
		x := &diplograph.Extraction{
			Article: diplograph.Article{ID: fmt.Sprintf("growth-%05d", i), Title: fmt.Sprintf("Report %d", i),
				Date: date, URL: fmt.Sprintf("https://news.example/growth/%d", i)},
			Entities: []diplograph.Entity{
				{ID: "c:RUS", Type: diplograph.TypeCountry, Name: "Russia", Code: "RUS"},
				{ID: "c:" + other[0], Type: diplograph.TypeCountry, Name: other[1], Code: other[0]},
			},
		}
		claim := claims[i%len(claims)]
		switch i % 4 {
		case 0:
			x.Relations = []diplograph.Relation{{Type: diplograph.MetWith, Source: "c:RUS", Target: "c:" + other[0],
				Evidence: "Russia met " + other[1] + "."}}
		case 1:
			x.Relations = []diplograph.Relation{
				{Type: diplograph.Accused, Source: "c:" + other[0], Target: "c:RUS", Claim: claim, Evidence: other[1] + " accused Russia of " + claim + "."},
				{Type: diplograph.Denied, Source: "c:RUS", Claim: claim, Sentence: 1, Evidence: "Russia denied " + claim + "."},
			}
		case 2:
			x.Relations = []diplograph.Relation{{Type: diplograph.Accused, Source: "c:RUS", Target: "c:" + other[0], Claim: claim,
				Evidence: "Russia accused " + other[1] + " of " + claim + "."}}
		case 3:
			x.Relations = []diplograph.Relation{{Type: diplograph.AgreedTo, Source: "c:RUS", Target: "c:" + other[0], Claim: claim,
				Evidence: "Russia and " + other[1] + " agreed to " + claim + "."}}
		}
		xs[i] = x
	}
	return xs
}

// maxHitsPerRow bounds the database hits of a default report per row it returns (plus
// one, for reports with no rows): a report whose cost follows the rows asked for stays
// under it whatever the size of the graph; one that reads every fact of a type does not
// once the graph holds a few thousand facts.
const maxHitsPerRow = 400

// maxReportMemory bounds the memory the server reports for one report on the test graph.
const maxReportMemory = 16 << 20

// TestReportsCostFollowRows profiles every report with its defaults on the fixtures and
// again after 3,000 more articles: the database hits per row returned stay under one
// constant at both sizes, and no report holds more than maxReportMemory.
func TestReportsCostFollowRows(t *testing.T) {
	s := mustLoadFixtures(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	measure := func(size string) map[string]*queries.Profile {
		plannedOnCurrentStatistics(ctx, t, s)
		out := map[string]*queries.Profile{}
		for _, r := range queries.All() {
			params, err := r.Bind(nil)
			if err != nil {
				t.Fatal(err)
			}
			p, err := queries.ProfileReport(ctx, s.Driver(), s.Database(), r, params)
			if err != nil {
				t.Fatalf("%s: %v", r.Name, err)
			}
			perRow := float64(p.DbHits) / float64(p.Rows+1)
			t.Logf("%s graph, %s: %d rows, %d db hits (%.0f per row), %d bytes", size, r.Name, p.Rows, p.DbHits, perRow, p.Memory)
			if perRow > maxHitsPerRow {
				t.Errorf("%s graph, %s: %d db hits for %d rows; want at most %d per row", size, r.Name, p.DbHits, p.Rows, maxHitsPerRow)
			}
			if p.Memory > maxReportMemory {
				t.Errorf("%s graph, %s: %d bytes of memory; want at most %d", size, r.Name, p.Memory, maxReportMemory)
			}
			out[r.Name] = p
		}
		return out
	}
	small := measure("fixtures")
	if err := s.Write(ctx, growthArticles(3000)); err != nil {
		t.Fatal(err)
	}
	large := measure("fixtures+3000")
	for name, p := range large {
		if p.Rows < small[name].Rows {
			t.Errorf("%s: %d rows on the larger graph, %d on the smaller", name, p.Rows, small[name].Rows)
		}
	}
	// The bound can fail: ordering every claim's articles by date, as reports did before
	// the date was on REPORTED_IN, costs more than maxHitsPerRow for each row of a page.
	probe, err := queries.ParseReport("probe.cypher", "// @report probe\n// @description probe\n"+
		"MATCH (c:Claim)-[:REPORTED_IN]->(a:Article) WITH c, a ORDER BY a.date DESC RETURN c.text, a.title LIMIT 10")
	if err != nil {
		t.Fatal(err)
	}
	p, err := queries.ProfileReport(ctx, s.Driver(), s.Database(), probe, nil)
	if err != nil {
		t.Fatal(err)
	}
	if float64(p.DbHits)/float64(p.Rows+1) <= maxHitsPerRow {
		t.Errorf("a scan of every accusation cost %d db hits for %d rows; the bound would not catch it", p.DbHits, p.Rows)
	}
}

// namedCases are the reports with a hub named, the worst case an analyst can type: Russia
// is in every article of growthArticles, Ukraine in one of seven.
var namedCases = []reportCase{
	{"actor", map[string]string{"actor": "Russia"}},
	{"actor", map[string]string{"actor": "RUS", "sort": "oldest", "since": "2016"}},
	{"between", map[string]string{"actor": "RUS", "other": "UKR"}},
	{"agreements", map[string]string{"actor": "Russia"}},
	{"evidence", map[string]string{"actor": "Russia", "claim": "ceasefire"}},
	{"events", map[string]string{"actor": "Russia", "type": "DENIED"}},
	{"who-accused-whom", map[string]string{"actor": "Russia"}},
	{"who-accused-whom", map[string]string{"target": "Russia"}},
	{"who-denied-what", map[string]string{"actor": "Russia"}},
	{"contested-claims", map[string]string{"actor": "Russia", "limit": "3"}},
	{"meetings", map[string]string{"actor": "Russia"}},
	{"top-actors", map[string]string{"since": "2016-01-01", "type": "ACCUSED"}},
	{"top-actors", map[string]string{"since": "2016-03-10", "until": "2021-06-30"}},
}

// TestNamedHubReportsCostFollowRows profiles every report with a hub named after 1,000
// and after 3,000 articles that all mention it: the database hits per row returned stay
// under maxHitsPerRow at both sizes and grow by less than half from the smaller to the
// larger, however many articles mention the hub (reading every article of the hub
// triples them).
func TestNamedHubReportsCostFollowRows(t *testing.T) {
	costFollowsRows(t, growthArticles, namedCases)
}

// plannedOnCurrentStatistics has the server sample its indexes again and forget its
// plans, so that the reports profiled next are planned on the graph as it now is, as on
// a server in steady use, not on the counts from before the last write.
func plannedOnCurrentStatistics(ctx context.Context, t *testing.T, s *graph.Store) {
	t.Helper()
	if err := s.Replan(ctx); err != nil {
		t.Fatalf("replan: %v", err)
	}
}

// memberArticles makes n articles about the people of two states, Russia and Ukraine (a
// new official of each every four articles, as in the long tail of news), who mostly deal
// with third states; one article in five has a fact between the two sides, of a state or
// of one of its people (an accusation by Russia itself in one in twenty). The President of the United States, Dale Ward, is in every other
// article, with an American official (a new one every four articles) in one of those in
// three.
func memberArticles(n int) []*diplograph.Extraction {
	thirds := [][2]string{{"FRA", "France"}, {"DEU", "Germany"}, {"CHN", "China"}, {"TUR", "Turkey"}}
	claims := []string{"violating the ceasefire", "shelling civilians", "a prisoner exchange", "a grain deal"}
	country := func(code, name string) diplograph.Entity {
		return diplograph.Entity{ID: "c:" + code, Type: diplograph.TypeCountry, Name: name, Code: code}
	}
	person := func(id, name, code string) diplograph.Entity {
		return diplograph.Entity{ID: id, Type: diplograph.TypePerson, Name: name, Title: "Minister", Country: code}
	}
	xs := make([]*diplograph.Extraction, n)
	for i := range xs {
		date := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%3000).Format("2006-01-02")
		third := thirds[i%len(thirds)]
		claim := claims[i%len(claims)]
		x := &diplograph.Extraction{
			Article: diplograph.Article{ID: fmt.Sprintf("members-%05d", i), Title: fmt.Sprintf("Members %d", i),
				Date: date, URL: fmt.Sprintf("https://news.example/members/%d", i)},
			Entities: []diplograph.Entity{
				country("RUS", "Russia"), country("UKR", "Ukraine"), country(third[0], third[1]),
				person("p:ru", fmt.Sprintf("Russian Official %d", i/4), "RUS"),
				person("p:ua", fmt.Sprintf("Ukrainian Official %d", i/4), "UKR"),
			},
		}
		switch {
		case i%20 == 0:
			x.Relations = []diplograph.Relation{{Type: diplograph.Accused, Source: "c:RUS", Target: "c:UKR", Claim: claim,
				Evidence: "Russia accused Ukraine of " + claim + "."}}
		case i%20 == 10:
			x.Relations = []diplograph.Relation{{Type: diplograph.Accused, Source: "p:ru", Target: "c:UKR", Claim: claim,
				Evidence: "A Russian official accused Ukraine of " + claim + "."}}
		case i%10 == 5:
			x.Relations = []diplograph.Relation{{Type: diplograph.MetWith, Source: "p:ru", Target: "p:ua",
				Evidence: "The two officials met."}}
		default:
			x.Relations = []diplograph.Relation{
				{Type: diplograph.MetWith, Source: "p:ru", Target: "c:" + third[0], Evidence: "The Russian met " + third[1] + "."},
				{Type: diplograph.Accused, Source: "p:ua", Target: "c:" + third[0], Claim: claim,
					Evidence: "The Ukrainian accused " + third[1] + " of " + claim + "."},
			}
		}
		if i%2 == 0 {
			x.Entities = append(x.Entities, country("USA", "United States"), person("p:ward", "Dale Ward", "USA"),
				person("p:us", fmt.Sprintf("American Official %d", i/4), "USA"))
			x.Relations = append(x.Relations, diplograph.Relation{Type: diplograph.MetWith, Source: "p:ward", Target: "c:" + third[0],
				Evidence: "Ward met " + third[1] + "."})
			if i%3 == 0 {
				x.Relations = append(x.Relations, diplograph.Relation{Type: diplograph.AgreedTo, Source: "p:us", Target: "p:ward",
					Claim: claim, Evidence: "Ward and his official agreed to " + claim + "."})
			}
		}
		xs[i] = x
	}
	return xs
}

// memberCases are reports between two sides whose people are many: each side with its
// members, and the two named alone; and one state with its members.
var memberCases = []reportCase{
	{"between", map[string]string{"actor": "RUS", "other": "UKR"}},
	{"between", map[string]string{"actor": "Ukraine", "other": "Russia", "sort": "oldest", "since": "2016"}},
	{"between", map[string]string{"actor": "RUS", "other": "UKR", "claim": "ceasefire"}},
	{"between", map[string]string{"actor": "United States", "other": "Dale Ward"}},
	{"between", map[string]string{"actor": "United States", "other": "Dale Ward", "claim": "ceasefire"}},
	{"actor", map[string]string{"actor": "Russia", "other": "Ukraine", "type": "ACCUSED"}},
	{"between", map[string]string{"actor": "RUS"}},
	{"between", map[string]string{"actor": "Ukraine", "sort": "oldest", "since": "2016"}},
	{"between", map[string]string{"actor": "United States", "claim": "ceasefire"}},
}

// TestBetweenMembersCostFollowRows profiles reports between two states with their
// people after 1,000 and 3,000 articles in which every fourth article brings new people
// of each state, most of whom never deal with the other side: the database hits per row
// stay under maxHitsPerRow at both sizes and grow by less than half, however many people
// a side has (reading every person's articles, as reports did before they were read by
// pair of sides, grows with them).
func TestBetweenMembersCostFollowRows(t *testing.T) {
	costFollowsRows(t, memberArticles, memberCases)
}

// partyArticles makes n articles in which Russia is accused of one of three claims and
// denies it: in each, a new official of a third state (the long tail) and one of ten
// regular accusers, so that a claim gains a party with every third article while its ten
// regulars gain articles.
func partyArticles(n int) []*diplograph.Extraction {
	thirds := []string{"FRA", "DEU", "CHN", "TUR"}
	claims := []string{"violating the ceasefire", "shelling civilians", "hoarding grain"}
	xs := make([]*diplograph.Extraction, n)
	for i := range xs {
		date := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%3000).Format("2006-01-02")
		claim := claims[i%len(claims)]
		xs[i] = &diplograph.Extraction{
			Article: diplograph.Article{ID: fmt.Sprintf("parties-%05d", i), Title: fmt.Sprintf("Parties %d", i),
				Date: date, URL: fmt.Sprintf("https://news.example/parties/%d", i)},
			Entities: []diplograph.Entity{
				{ID: "c:RUS", Type: diplograph.TypeCountry, Name: "Russia", Code: "RUS"},
				{ID: "p:new", Type: diplograph.TypePerson, Name: fmt.Sprintf("Tail Official %d", i), Title: "Minister", Country: thirds[i%len(thirds)]},
				{ID: "p:reg", Type: diplograph.TypePerson, Name: fmt.Sprintf("Regular Accuser %d", i%10), Title: "Envoy", Country: thirds[i%len(thirds)]},
			},
			Relations: []diplograph.Relation{
				{Type: diplograph.Accused, Source: "p:new", Target: "c:RUS", Claim: claim, Evidence: "The official accused Russia of " + claim + "."},
				{Type: diplograph.Accused, Source: "p:reg", Target: "c:RUS", Claim: claim, Sentence: 1, Evidence: "The envoy accused Russia of " + claim + "."},
				{Type: diplograph.Denied, Source: "c:RUS", Claim: claim, Sentence: 2, Evidence: "Russia denied " + claim + "."},
			},
		}
	}
	return xs
}

// partyCases are the reports that list a claim's parties.
var partyCases = []reportCase{
	{"contested-claims", map[string]string{"limit": "2"}},
	{"contested-claims", map[string]string{"actor": "Russia", "limit": "2"}},
	{"who-denied-what", nil},
	{"who-denied-what", map[string]string{"actor": "Russia"}},
}

// TestClaimPartiesCostFollowRows profiles the reports that list a claim's parties after
// 1,000 and 3,000 articles that each bring a claim a new accuser: the database hits per
// row stay under maxHitsPerRow and grow by less than half, however many parties a claim
// has (reading every party of a claim, as the reports did before they listed ten, grows
// with them).
func TestClaimPartiesCostFollowRows(t *testing.T) {
	costFollowsRows(t, partyArticles, partyCases)
}

// reportCase is a report and the parameters it is run with.
type reportCase struct {
	report string
	params map[string]string
}

// costFollowsRows profiles every case after 1,000 and after 3,000 articles of the
// corpus: the database hits per row returned stay under maxHitsPerRow and the memory
// under maxReportMemory at both sizes, and the hits per row grow by less than half from
// the smaller graph to the larger.
func costFollowsRows(t *testing.T, articles func(n int) []*diplograph.Extraction, cases []reportCase) {
	t.Helper()
	s := mustLoadFixtures(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	measure := func(n int) map[string]*queries.Profile {
		if err := s.Write(ctx, articles(n)); err != nil {
			t.Fatal(err)
		}
		plannedOnCurrentStatistics(ctx, t, s)
		out := map[string]*queries.Profile{}
		for _, nc := range cases {
			r, err := queries.Lookup(nc.report)
			if err != nil {
				t.Fatal(err)
			}
			p, err := queries.ProfileReport(ctx, s.Driver(), s.Database(), r, bind(ctx, t, s, r, nc.params))
			if err != nil {
				t.Fatalf("%s %v: %v", nc.report, nc.params, err)
			}
			name := fmt.Sprintf("%s %v", nc.report, nc.params)
			perRow := float64(p.DbHits) / float64(p.Rows+1)
			t.Logf("%d articles, %s: %d rows, %d db hits (%.0f per row), %d bytes", n, name, p.Rows, p.DbHits, perRow, p.Memory)
			if p.Rows == 0 {
				t.Errorf("%d articles, %s: no rows", n, name)
			}
			if perRow > maxHitsPerRow {
				t.Errorf("%d articles, %s: %d db hits for %d rows; want at most %d per row", n, name, p.DbHits, p.Rows, maxHitsPerRow)
			}
			if p.Memory > maxReportMemory {
				t.Errorf("%d articles, %s: %d bytes of memory; want at most %d", n, name, p.Memory, maxReportMemory)
			}
			out[name] = p
		}
		return out
	}
	small := measure(1000)
	large := measure(3000)
	for name, p := range large {
		if p.Rows < small[name].Rows {
			t.Errorf("%s: %d rows on the larger graph, %d on the smaller", name, p.Rows, small[name].Rows)
		}
		before := float64(small[name].DbHits) / float64(small[name].Rows+1)
		after := float64(p.DbHits) / float64(p.Rows+1)
		if after > 1.5*before+20 {
			t.Errorf("%s: %.0f db hits per row after 3,000 articles, %.0f after 1,000; the cost follows the graph, not the rows", name, after, before)
		}
	}
}
