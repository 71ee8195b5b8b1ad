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

// generator makes synthetic extractions: actors drawn by popularity, random relations
// between them with claims, on random dates. The same seed and size give the same corpus.
//
// The degrees follow those of news: the catalog's actors are few and popular on a
// Zipf-like curve, so that the first states, their heads of state and the largest
// international bodies each appear in a large share of the articles (the hubs), and a
// long tail of lesser people (deputies, envoys, spokespeople), a pool that grows with the
// corpus, each appear in a handful of articles.
type generator struct {
	cat *catalog
	rng *rand.Rand
	// weights holds the cumulative popularity of the catalog's actors.
	weights []float64
	// tail is the number of lesser people the articles draw from.
	tail int
}

// tailShare is the chance that an article's actor is one of the lesser people.
const tailShare = 0.3

// articlesPerTailPerson is the corpus size per lesser person in the pool: each appears
// in about articlesPerTailPerson * 3 * tailShare articles whatever the corpus size.
const articlesPerTailPerson = 10

// newGenerator makes the generator of a corpus of n articles.
func newGenerator(cat *catalog, seed uint64, n int) *generator {
	g := &generator{cat: cat, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	g.tail = min(max(n/articlesPerTailPerson, 100), maxTailPeople)
	sum := 0.0
	g.weights = make([]float64, len(cat.actors))
	for i := range cat.actors {
		sum += 1 / float64(cat.rank[i]+1)
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
		var e diplograph.Entity
		if g.rng.Float64() < tailShare {
			t := g.rng.IntN(g.tail)
			if seen[-1-t] {
				continue
			}
			seen[-1-t] = true
			e = g.tailPerson(t)
		} else {
			a := g.pickActor()
			if seen[a] {
				continue
			}
			seen[a] = true
			e = g.cat.actors[a]
		}
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

// Names of the lesser people: a given name and a surname of three syllables, from the
// number of the person, so that every person of the pool has a name of its own.
var (
	givenNames = []string{"Adrian", "Beatrix", "Casimir", "Dalia", "Emil", "Farah", "Goran", "Hana",
		"Ilya", "Jana", "Karim", "Lena", "Milos", "Nadia", "Omar", "Petra", "Radu", "Sofia", "Tomas", "Vera"}
	surnameSyllables = []string{"ka", "lo", "mer", "vin", "do", "sa", "ren", "tal", "bo", "ni", "gar",
		"ve", "ros", "lin", "ta", "mi", "dor", "es", "ko", "ran"}
	tailTitles = []string{"Deputy Foreign Minister", "Ambassador", "Spokesperson", "Defence Minister",
		"Special Envoy", "Trade Minister", "Interior Minister", "National Security Adviser"}
)

// maxTailPeople is the number of distinct names of lesser people.
var maxTailPeople = len(givenNames) * len(surnameSyllables) * len(surnameSyllables) * len(surnameSyllables)

// tailPerson returns the t-th lesser person: a name, an office and a state of the
// catalog, all fixed by t.
func (g *generator) tailPerson(t int) diplograph.Entity {
	given := givenNames[t%len(givenNames)]
	k := t / len(givenNames)
	ns := len(surnameSyllables)
	surname := surnameSyllables[k%ns] + surnameSyllables[k/ns%ns] + surnameSyllables[k/ns/ns%ns]
	surname = strings.ToUpper(surname[:1]) + surname[1:]
	country := g.cat.countries[t%len(g.cat.countries)]
	return diplograph.Entity{
		Type: diplograph.TypePerson, Name: given + " " + surname, Title: tailTitles[t/7%len(tailTitles)],
		Country: country, Aliases: []string{surname},
	}
}
