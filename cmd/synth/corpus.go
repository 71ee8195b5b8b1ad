package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	diplograph "github.com/diplograph/diplograph"
)

// corpusStart and corpusDays bound the articles' dates: 2010-01-01 to 2024-12-31.
var corpusStart = time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)

const corpusDays = 5479

// generator makes synthetic extractions: random actors (popular ones more often), random
// relations between them with claims, on random dates. The same seed gives the same corpus.
type generator struct {
	cat *catalog
	rng *rand.Rand
	// weights holds the cumulative popularity of the actors, a Zipf-like curve over a
	// shuffled order so that some actors dominate the reports.
	weights []float64
}

func newGenerator(cat *catalog, seed uint64) *generator {
	g := &generator{cat: cat, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	order := g.rng.Perm(len(cat.actors))
	rank := make([]int, len(order))
	for r, i := range order {
		rank[i] = r
	}
	sum := 0.0
	g.weights = make([]float64, len(cat.actors))
	for i := range cat.actors {
		sum += 1 / float64(rank[i]+1)
		g.weights[i] = sum
	}
	return g
}

// pickActor draws an actor index by popularity.
func (g *generator) pickActor() int {
	x := g.rng.Float64() * g.weights[len(g.weights)-1]
	lo, hi := 0, len(g.weights)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if g.weights[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func (g *generator) pick(xs []string) string { return xs[g.rng.IntN(len(xs))] }

// relationType draws a type: meetings most often, agreements least.
func (g *generator) relationType() diplograph.RelationType {
	switch x := g.rng.IntN(100); {
	case x < 35:
		return diplograph.MetWith
	case x < 65:
		return diplograph.Accused
	case x < 85:
		return diplograph.Denied
	}
	return diplograph.AgreedTo
}

// article makes the i-th article of the corpus.
func (g *generator) article(i int) *diplograph.Extraction {
	date := corpusStart.AddDate(0, 0, g.rng.IntN(corpusDays)).Format("2006-01-02")
	x := &diplograph.Extraction{Article: diplograph.Article{
		ID: fmt.Sprintf("synth-%06d", i), Date: date,
		URL: fmt.Sprintf("https://synth.example/%s/%06d", date, i), Source: fmt.Sprintf("synth/%06d", i),
	}}
	// Two to four distinct actors.
	n := 2 + g.rng.IntN(3)
	var ids []string
	seen := map[int]bool{}
	for len(ids) < n {
		a := g.pickActor()
		if seen[a] {
			continue
		}
		seen[a] = true
		e := g.cat.actors[a]
		e.ID = fmt.Sprintf("e:%d", len(ids))
		x.Entities = append(x.Entities, e)
		ids = append(ids, e.ID)
	}
	name := func(id string) string { e, _ := x.Entity(id); return e.Name }
	// Claims are about an event of the article's month, so that the same words recur
	// within a month (an accusation and its denial meet at one claim) but not forever.
	day, _ := time.Parse("2006-01-02", date)
	when := " in " + day.Format("January 2006")
	var lastAccusation *diplograph.Relation
	for s, nrel := 0, 1+g.rng.IntN(4); s < nrel; s++ {
		a, b := ids[g.rng.IntN(n)], ids[g.rng.IntN(n)]
		for b == a {
			b = ids[g.rng.IntN(n)]
		}
		r := diplograph.Relation{Type: g.relationType(), Source: a, Sentence: s, Rule: "synth"}
		switch r.Type {
		case diplograph.MetWith:
			r.Target = b
		case diplograph.Accused:
			r.Target, r.Claim = b, g.pick(g.cat.accusations)+when
		case diplograph.Denied:
			// Most denials answer an accusation in the same article.
			if lastAccusation != nil && g.rng.IntN(10) < 7 {
				r.Source, r.Claim = lastAccusation.Target, lastAccusation.Claim
				b = lastAccusation.Source
			} else {
				r.Claim = g.pick(g.cat.accusations) + when
			}
		case diplograph.AgreedTo:
			r.With, r.Claim = []string{b}, g.pick(g.cat.agreements)+when
		}
		tpl := g.pick(g.cat.templates[r.Type])
		r.Evidence = strings.NewReplacer("{A}", name(r.Source), "{B}", name(b), "{C}", r.Claim,
			"{P}", g.pick(g.cat.places)).Replace(tpl)
		x.Relations = append(x.Relations, r)
		x.Sentences = append(x.Sentences, r.Evidence)
		if r.Type == diplograph.Accused {
			acc := r
			lastAccusation = &acc
		}
		if s == 0 {
			x.Article.Title = r.Evidence
		}
	}
	return x
}

// corpus makes n articles.
func (g *generator) corpus(n int) []*diplograph.Extraction {
	xs := make([]*diplograph.Extraction, n)
	for i := range xs {
		xs[i] = g.article(i)
	}
	return xs
}
