package main

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	diplograph "github.com/diplograph/diplograph"
)

// The lists the generator draws from: general gazetteers of states and international
// bodies, invented office holders, claims and sentence templates.
var (
	//go:embed countries.tsv
	countriesTSV string
	//go:embed organizations.tsv
	organizationsTSV string
	//go:embed people.tsv
	peopleTSV string
	//go:embed claims.tsv
	claimsTSV string
	//go:embed templates.tsv
	templatesTSV string
	//go:embed places.txt
	placesTXT string
)

// catalog is everything an article can be made of.
type catalog struct {
	// actors are countries, organizations and people, in the order of the files.
	actors []diplograph.Entity
	// rank is the popularity rank of each actor (0 the most popular): the files list
	// the most reported first, and the three lists are interleaved (the first state, its
	// first person, the first body, the second state, ...), so that heads of state and
	// ministers of the great powers are hubs as their states are.
	rank []int
	// countries are the codes of the states, in file order.
	countries   []string
	accusations []string
	agreements  []string
	templates   map[diplograph.RelationType][]string
	places      []string
}

// rows returns the tab-separated fields of the non-comment lines of a data file.
func rows(src string) [][]string {
	var out [][]string
	for _, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}

func field(r []string, i int) string {
	if i < len(r) {
		return strings.TrimSpace(r[i])
	}
	return ""
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// loadCatalog parses the embedded data files.
func loadCatalog() (*catalog, error) {
	c := &catalog{templates: map[diplograph.RelationType][]string{}}
	for _, r := range rows(countriesTSV) {
		c.actors = append(c.actors, diplograph.Entity{
			Type: diplograph.TypeCountry, Code: field(r, 0), Name: field(r, 1), Aliases: splitList(field(r, 2)),
		})
	}
	for _, r := range rows(organizationsTSV) {
		c.actors = append(c.actors, diplograph.Entity{
			Type: diplograph.TypeOrganization, Name: field(r, 0), Country: field(r, 1), Aliases: splitList(field(r, 2)),
		})
	}
	for _, r := range rows(peopleTSV) {
		name := field(r, 0)
		parts := strings.Fields(name)
		c.actors = append(c.actors, diplograph.Entity{
			Type: diplograph.TypePerson, Name: name, Title: field(r, 1), Country: field(r, 2),
			Aliases: []string{parts[len(parts)-1]},
		})
	}
	for _, r := range rows(claimsTSV) {
		switch field(r, 0) {
		case "accusation":
			c.accusations = append(c.accusations, field(r, 1))
		case "agreement":
			c.agreements = append(c.agreements, field(r, 1))
		default:
			return nil, fmt.Errorf("claims.tsv: unknown kind %q", field(r, 0))
		}
	}
	for _, r := range rows(templatesTSV) {
		t := diplograph.RelationType(field(r, 0))
		c.templates[t] = append(c.templates[t], field(r, 1))
	}
	for _, line := range strings.Split(placesTXT, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			c.places = append(c.places, line)
		}
	}
	c.rankActors()
	for _, t := range diplograph.RelationTypes {
		if len(c.templates[t]) == 0 {
			return nil, fmt.Errorf("templates.tsv has no template for %s", t)
		}
	}
	if len(c.actors) < 4 || len(c.accusations) == 0 || len(c.agreements) == 0 || len(c.places) == 0 {
		return nil, fmt.Errorf("the data files are incomplete")
	}
	return c, nil
}

// rankActors sets the popularity rank of every actor.
func (c *catalog) rankActors() {
	// position within its own file, per type
	pos := make([]int, len(c.actors))
	count := map[diplograph.EntityType]int{}
	for i, a := range c.actors {
		pos[i] = count[a.Type]
		count[a.Type]++
		if a.Type == diplograph.TypeCountry {
			c.countries = append(c.countries, a.Code)
		}
	}
	offset := map[diplograph.EntityType]int{diplograph.TypeCountry: 0, diplograph.TypePerson: 1, diplograph.TypeOrganization: 2}
	order := make([]int, len(c.actors))
	for i := range order {
		order[i] = i
	}
	key := func(i int) int { return pos[i]*3 + offset[c.actors[i].Type] }
	sort.SliceStable(order, func(x, y int) bool { return key(order[x]) < key(order[y]) })
	c.rank = make([]int, len(c.actors))
	for r, i := range order {
		c.rank[i] = r
	}
}
