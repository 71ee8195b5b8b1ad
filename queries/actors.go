package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	diplograph "github.com/diplograph/diplograph"
)

// Actor is an actor of the graph as the actor look-up finds it: what an analyst needs to
// tell one match from another.
type Actor struct {
	Key     string
	Type    string // Person, Country or Organization
	Name    string
	Country string
	Aliases []string
	// Facts counts the actor's facts per kind: MET_WITH, ACCUSED, DENIED, AGREED_TO (as
	// the one who did it) and ACCUSED_BY (accusations against it).
	Facts map[string]int64
	// Match says how the actor matched what was typed: key, name, alias or surname.
	Match string
}

// FactTotal is the number of the actor's facts of every kind.
func (a Actor) FactTotal() int64 {
	var n int64
	for _, c := range a.Facts {
		n += c
	}
	return n
}

// Match kinds, best first.
const (
	matchKey     = "key"
	matchName    = "name"
	matchAlias   = "alias"
	matchSurname = "surname"
)

var matchRank = map[string]int{matchKey: 0, matchName: 1, matchAlias: 2, matchSurname: 3}

// factKinds are the kinds of Actor.Facts, in the order they are shown.
var factKinds = []string{"MET_WITH", "ACCUSED", "DENIED", "AGREED_TO", "ACCUSED_BY"}

// candidateQuery finds the actors an analyst may mean: by key, by lower-case name, and
// through the actor_search full-text index (case and accents folded) by the words typed,
// each word also with a small edit distance so that near misses are found for "did you
// mean". It returns at most 200 candidates with their fact counts, read from the
// relationship counts the store keeps per node.
const candidateQuery = `
CALL () {
  MATCH (a:Actor) WHERE a.key IN $keys
  RETURN a
  UNION
  MATCH (a:Actor) WHERE a.name_lc = $name
  RETURN a
  UNION
  CALL db.index.fulltext.queryNodes('actor_search', $search, {limit: 200}) YIELD node
  RETURN node AS a
}
WITH DISTINCT a
LIMIT 200
RETURN a.key AS key, [l IN labels(a) WHERE l IN ['Person', 'Country', 'Organization']][0] AS type,
       a.name AS name, CASE WHEN a:Country THEN a.key ELSE a.country END AS country, coalesce(a.aliases, []) AS aliases,
       COUNT { (a)-[:MET_WITH]-() } AS met_with, COUNT { (a)-[:ACCUSED]->() } AS accused,
       COUNT { (a)-[:DENIED]->() } AS denied, COUNT { (a)-[:AGREED_TO]->() } AS agreed_to,
       COUNT { (a)<-[:AGAINST]-() } AS accused_by`

// FindActors returns the actors that match what a person typed, best first: by key, by
// name, by alias, or by surname (the last word of a person's name or of an alias), each
// compared with case, accents and a leading "the" folded away. An exact key wins
// outright; otherwise the best-connected actor (most facts) comes first, then the better
// kind of match. Near misses are not returned; see Suggest.
func FindActors(ctx context.Context, driver neo4j.DriverWithContext, database, typed string) ([]Actor, error) {
	cands, err := candidates(ctx, driver, database, typed)
	if err != nil {
		return nil, err
	}
	q := foldName(typed)
	var out []Actor
	for _, a := range cands {
		if a.Match = matchKind(a, typed, q); a.Match != "" {
			out = append(out, a)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Match == matchKey) != (b.Match == matchKey) {
			return a.Match == matchKey
		}
		if ta, tb := a.FactTotal(), b.FactTotal(); ta != tb {
			return ta > tb
		}
		if matchRank[a.Match] != matchRank[b.Match] {
			return matchRank[a.Match] < matchRank[b.Match]
		}
		return a.Key < b.Key
	})
	return out, nil
}

// ResolveActor returns the actor a typed actor parameter stands for: the first of
// FindActors. When nothing matches, the error (ENOTFOUND) names the closest actors.
func ResolveActor(ctx context.Context, driver neo4j.DriverWithContext, database, typed string) (Actor, error) {
	found, err := FindActors(ctx, driver, database, typed)
	if err != nil {
		return Actor{}, err
	}
	if len(found) > 0 {
		return found[0], nil
	}
	near, err := Suggest(ctx, driver, database, typed, 5)
	if err != nil {
		return Actor{}, err
	}
	if len(near) == 0 {
		return Actor{}, diplograph.Errorf(diplograph.ENOTFOUND, "no actor named %q", typed)
	}
	names := make([]string, len(near))
	for i, a := range near {
		names[i] = fmt.Sprintf("%s (%s)", a.Name, a.Key)
	}
	return Actor{}, diplograph.Errorf(diplograph.ENOTFOUND, "no actor named %q; did you mean: %s", typed, strings.Join(names, ", "))
}

// Suggest returns up to n actors whose names or aliases are closest to what was typed
// (fewest letter edits per word), best-connected first among equals.
func Suggest(ctx context.Context, driver neo4j.DriverWithContext, database, typed string, n int) ([]Actor, error) {
	cands, err := candidates(ctx, driver, database, typed)
	if err != nil {
		return nil, err
	}
	q := foldName(typed)
	dist := make(map[string]int, len(cands))
	for _, a := range cands {
		best := -1
		for _, name := range append([]string{a.Name}, a.Aliases...) {
			f := foldName(name)
			if f == "" {
				continue
			}
			d := editDistance(q, f)
			if w := strings.Fields(f); len(w) > 1 {
				d = min(d, editDistance(q, w[len(w)-1]))
			}
			if best < 0 || d < best {
				best = d
			}
		}
		dist[a.Key] = best
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if dist[a.Key] != dist[b.Key] {
			return dist[a.Key] < dist[b.Key]
		}
		if ta, tb := a.FactTotal(), b.FactTotal(); ta != tb {
			return ta > tb
		}
		return a.Key < b.Key
	})
	var out []Actor
	for _, a := range cands {
		// a suggestion is at most about a third of the typed letters away
		if d := dist[a.Key]; d >= 0 && d <= max(2, len(q)/3) && len(out) < n {
			out = append(out, a)
		}
	}
	return out, nil
}

// candidates runs candidateQuery for what was typed.
func candidates(ctx context.Context, driver neo4j.DriverWithContext, database, typed string) ([]Actor, error) {
	typed = strings.TrimSpace(typed)
	q := foldName(typed)
	if q == "" {
		return nil, nil
	}
	var terms []string
	for _, w := range strings.Fields(q) {
		if len(w) > 2 {
			terms = append(terms, w, w+"~1")
		} else {
			terms = append(terms, w)
		}
	}
	params := map[string]any{
		"keys":   []any{typed, strings.ToUpper(typed), strings.ToLower(typed)},
		"name":   strings.ToLower(typed),
		"search": strings.Join(terms, " "),
	}
	res, err := neo4j.ExecuteQuery(ctx, driver, candidateQuery, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, runError(&Report{Name: "actor look-up"}, err)
	}
	out := make([]Actor, 0, len(res.Records))
	for _, rec := range res.Records {
		m := rec.AsMap()
		a := Actor{Facts: map[string]int64{}}
		a.Key, _ = m["key"].(string)
		a.Type, _ = m["type"].(string)
		a.Name, _ = m["name"].(string)
		a.Country, _ = m["country"].(string)
		if al, ok := m["aliases"].([]any); ok {
			for _, x := range al {
				if s, ok := x.(string); ok {
					a.Aliases = append(a.Aliases, s)
				}
			}
		}
		for i, k := range []string{"met_with", "accused", "denied", "agreed_to", "accused_by"} {
			n, _ := m[k].(int64)
			a.Facts[factKinds[i]] = n
		}
		out = append(out, a)
	}
	return out, nil
}

// matchKind says how an actor matches what was typed (raw) and its fold (q), or "".
func matchKind(a Actor, raw, q string) string {
	raw = strings.TrimSpace(raw)
	switch {
	case a.Key == raw || a.Key == strings.ToUpper(raw) || a.Key == strings.ToLower(raw):
		return matchKey
	case foldName(a.Name) == q:
		return matchName
	}
	for _, al := range a.Aliases {
		if foldName(al) == q {
			return matchAlias
		}
	}
	if strings.Contains(q, " ") {
		return ""
	}
	// A surname: the last word of a person's name or alias ("Lavrov"), or of an
	// organization's or a country's alias.
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if w := strings.Fields(foldName(n)); len(w) > 1 && w[len(w)-1] == q && a.Type == "Person" {
			return matchSurname
		}
	}
	return ""
}

// foldName folds a name for comparison: lower case, accents and punctuation removed,
// words separated by single spaces, a leading "the" dropped ("The Kremlin" and
// "kremlin" fold alike).
func foldName(s string) string {
	f := strings.ReplaceAll(diplograph.Slug(s), "-", " ")
	if rest, ok := strings.CutPrefix(f, "the "); ok {
		f = rest
	}
	return f
}

// editDistance is the Levenshtein distance between two strings, in bytes (the strings
// are folded to ASCII letters before).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// ActorTable returns actors as a result to print: key, type, name, country, aliases,
// how each matched, its facts in all and per kind.
func ActorTable(actors []Actor) *Result {
	res := &Result{Columns: []string{"key", "type", "name", "country", "aliases", "match", "facts"}}
	for _, k := range factKinds {
		res.Columns = append(res.Columns, strings.ToLower(k))
	}
	for _, a := range actors {
		aliases := make([]any, len(a.Aliases))
		for i, x := range a.Aliases {
			aliases[i] = x
		}
		var country any
		if a.Country != "" {
			country = a.Country
		}
		row := []any{a.Key, a.Type, a.Name, country, aliases, a.Match, a.FactTotal()}
		for _, k := range factKinds {
			row = append(row, a.Facts[k])
		}
		res.Rows = append(res.Rows, row)
	}
	return res
}

// ResolveActors replaces the value of every actor parameter that is set (ActorParams)
// with the key of the actor it names (ResolveActor), and returns the actors chosen, per
// parameter name. A name that matches no actor is an ENOTFOUND error.
func ResolveActors(ctx context.Context, driver neo4j.DriverWithContext, database string, params map[string]any) (map[string]Actor, error) {
	chosen := map[string]Actor{}
	for _, name := range ActorParams {
		typed, ok := params[name].(string)
		if !ok || strings.TrimSpace(typed) == "" {
			continue
		}
		a, err := ResolveActor(ctx, driver, database, typed)
		if err != nil {
			return nil, fmt.Errorf("parameter %s: %w", name, err)
		}
		params[name] = a.Key
		chosen[name] = a
	}
	return chosen, nil
}
