package graph_test

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"

	diplograph "github.com/diplograph/diplograph"
)

// fixture reads one handcrafted extraction from testdata.
func fixture(tb testing.TB, name string) *diplograph.Extraction {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	var x diplograph.Extraction
	if err := json.Unmarshal(b, &x); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return &x
}

// syntheticCountries are the states synthetic articles are about.
var syntheticCountries = []string{
	"USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR", "JPN", "IND", "BRA",
	"TUR", "IRN", "ISR", "EGY", "POL", "ITA", "ESP", "CAN", "MEX", "ZAF",
}

// synthetic returns n generated extractions with ids prefix-0 ... prefix-(n-1). Actors
// and claims repeat across articles, so that the articles overlap in the graph the way
// news coverage of the same events does.
func synthetic(n int, prefix string, seed int64) []*diplograph.Extraction {
	rng := rand.New(rand.NewSource(seed))
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	xs := make([]*diplograph.Extraction, n)
	for i := range xs {
		x := &diplograph.Extraction{Article: diplograph.Article{
			ID:     fmt.Sprintf("%s-%d", prefix, i),
			Title:  fmt.Sprintf("Synthetic report %d", i),
			Date:   start.AddDate(0, 0, rng.Intn(365)).Format("2006-01-02"),
			URL:    fmt.Sprintf("https://news.example.org/synthetic/%s/%d", prefix, i),
			Source: fmt.Sprintf("synthetic/%s/%d.txt", prefix, i),
		}}
		var ids []string
		for j := 0; j < 4; j++ {
			code := syntheticCountries[rng.Intn(len(syntheticCountries))]
			id := "c:" + code
			if _, ok := x.Entity(id); !ok {
				x.Entities = append(x.Entities, diplograph.Entity{ID: id, Type: diplograph.TypeCountry, Name: "Country " + code, Code: code})
				ids = append(ids, id)
			}
		}
		for j := 0; j < 3; j++ {
			k := rng.Intn(60)
			id := fmt.Sprintf("p:%d", k)
			if _, ok := x.Entity(id); !ok {
				x.Entities = append(x.Entities, diplograph.Entity{ID: id, Type: diplograph.TypePerson,
					Name: fmt.Sprintf("Delegate %d", k), Title: "Envoy", Country: syntheticCountries[k%len(syntheticCountries)],
					Aliases: []string{fmt.Sprintf("Envoy %d", k)}})
				ids = append(ids, id)
			}
		}
		pick := func() string { return ids[rng.Intn(len(ids))] }
		for s := 0; s < 6; s++ {
			a, b := pick(), pick()
			if a == b {
				continue
			}
			claim := fmt.Sprintf("violating agreement number %d", rng.Intn(40))
			r := diplograph.Relation{Source: a, Sentence: s, Evidence: fmt.Sprintf("Sentence %d of report %d.", s, i), Rule: "synthetic"}
			switch s % 4 {
			case 0:
				r.Type, r.Target = diplograph.MetWith, b
			case 1:
				r.Type, r.Target, r.Claim = diplograph.Accused, b, claim
			case 2:
				r.Type, r.Target, r.Claim = diplograph.Denied, b, claim
			case 3:
				r.Type, r.With, r.Claim = diplograph.AgreedTo, []string{b}, fmt.Sprintf("a truce in region %d", rng.Intn(20))
			}
			if rng.Intn(10) == 0 {
				r.Status = diplograph.Planned
			}
			x.Relations = append(x.Relations, r)
		}
		xs[i] = x
	}
	return xs
}
