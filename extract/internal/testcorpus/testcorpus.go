// Package testcorpus writes articles for the extraction tests and benchmarks: many
// sentences from templates that exercise every relation rule, with invented names. In
// comes a count of articles and of sentences per article; out come diplograph.Articles.
package testcorpus

import (
	"fmt"
	"math/rand"
	"strings"

	diplograph "github.com/diplograph/diplograph"
)

// Generated writes n articles of about perArticle sentences from templates that
// exercise every relation rule, with invented names.
func Generated(n, perArticle int) []diplograph.Article {
	r := rand.New(rand.NewSource(7))
	countries := []string{"Norway", "Chile", "Peru", "Kenya", "Vietnam", "Canada", "Poland", "Egypt", "Japan", "Brazil"}
	people := []string{"Foreign Minister Ingrid Solberg", "President Rafael Ortega", "Prime Minister Amara Diallo",
		"Defence Minister Tomas Lind", "Foreign Minister Mei Tanaka", "President Joao Ferreira"}
	templates := []string{
		"%[1]s met %[2]s in the capital on Tuesday to discuss trade and security.",
		"%[3]s and %[4]s agreed to reopen the border crossing to freight traffic.",
		"%[3]s accused %[4]s of violating the ceasefire along the river.",
		"%[4]s denied sending troops across the frontier, a spokesman said.",
		"The two sides held talks on fishing rights and shipping lanes.",
		"%[1]s did not meet %[2]s during the visit, officials said.",
		"%[3]s will sign the accord with %[4]s next month.",
		"\"We have made progress,\" %[1]s told reporters after the meeting.",
		"%[3]s signed a memorandum on energy cooperation with %[4]s.",
		"Analysts said the dispute over grain exports could deepen in the coming weeks.",
		"%[3]s rejected the accusation that it had funded armed groups.",
		"Talks between %[3]s and %[4]s resumed after a pause of several months.",
	}
	var out []diplograph.Article
	for a := 0; a < n; a++ {
		var body strings.Builder
		for s := 0; s < perArticle; s++ {
			p1, p2 := people[r.Intn(len(people))], people[r.Intn(len(people))]
			c1, c2 := countries[r.Intn(len(countries))], countries[r.Intn(len(countries))]
			fmt.Fprintf(&body, templates[r.Intn(len(templates))], p1, p2, c1, c2)
			if s%3 == 2 {
				body.WriteString("\n\n")
			} else {
				body.WriteString(" ")
			}
		}
		out = append(out, diplograph.Article{
			ID:    fmt.Sprintf("gen-%03d", a),
			Title: fmt.Sprintf("%s and %s Hold Talks", countries[a%len(countries)], countries[(a+3)%len(countries)]),
			Date:  "2030-03-15",
			Body:  body.String(),
		})
	}
	return out
}
