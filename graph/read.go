package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
)

// NodeLabels are the node labels of the graph model, in report order.
var NodeLabels = []string{"Actor", "Person", "Country", "Organization", "Meeting", "Claim", "Article"}

// RelationshipTypes are the relationship types of the graph model, in report order.
var RelationshipTypes = []string{
	relMetWith, relAttended, relAccused, relAgainst, relDenied, relAbout, relAgreedTo,
	relRepresents, relReportedIn, relMentions,
}

// Counts are the numbers of nodes per label and relationships per type in the graph.
type Counts struct {
	// Nodes maps each label of NodeLabels to its number of nodes (an actor counts under
	// Actor and under its own label).
	Nodes map[string]int64
	// Relationships maps each type of RelationshipTypes to its number of relationships.
	Relationships map[string]int64
	// TotalNodes and TotalRelationships count everything, whatever the label or type.
	TotalNodes, TotalRelationships int64
}

// String renders the counts on one line, in report order, for summaries and test output.
func (c Counts) String() string {
	var b strings.Builder
	for _, l := range NodeLabels {
		fmt.Fprintf(&b, "%s=%d ", l, c.Nodes[l])
	}
	for _, t := range RelationshipTypes {
		fmt.Fprintf(&b, "%s=%d ", t, c.Relationships[t])
	}
	fmt.Fprintf(&b, "nodes=%d relationships=%d", c.TotalNodes, c.TotalRelationships)
	return b.String()
}

// countsQuery counts from the database's count store, one column per label and type.
var countsQuery = func() string {
	var cols []string
	for i, l := range NodeLabels {
		cols = append(cols, fmt.Sprintf("COUNT { MATCH (:%s) } AS n%d", l, i))
	}
	for i, t := range RelationshipTypes {
		cols = append(cols, fmt.Sprintf("COUNT { MATCH ()-[:%s]->() } AS r%d", t, i))
	}
	cols = append(cols, "COUNT { MATCH (n) } AS nodes", "COUNT { MATCH ()-[]->() } AS rels")
	return "RETURN " + strings.Join(cols, ", ")
}()

// Counts returns the numbers of nodes per label and relationships per type.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	res, err := s.executeQuery(ctx, countsQuery, nil, false)
	if err != nil {
		return Counts{}, translate(s.cfg, "count graph", err)
	}
	if len(res.Records) != 1 {
		return Counts{}, fmt.Errorf("count graph: %d records", len(res.Records))
	}
	vals := res.Records[0].Values
	c := Counts{Nodes: map[string]int64{}, Relationships: map[string]int64{}}
	for i, l := range NodeLabels {
		c.Nodes[l], _ = vals[i].(int64)
	}
	for i, t := range RelationshipTypes {
		c.Relationships[t], _ = vals[len(NodeLabels)+i].(int64)
	}
	c.TotalNodes, _ = vals[len(vals)-2].(int64)
	c.TotalRelationships, _ = vals[len(vals)-1].(int64)
	return c, nil
}

// Checksum returns a SHA-256 over the graph's structure: every node's key and labels and
// every relationship's start key, type, end key, article set, evidence set and sentence,
// all sorted. It does not depend on write order or timestamps, so two graphs built from
// the same articles have the same checksum.
func (s *Store) Checksum(ctx context.Context) (string, error) {
	var lines []string
	res, err := s.executeQuery(ctx, `MATCH (n) RETURN coalesce(n.key, '') AS key, labels(n) AS labels`, nil, false)
	if err != nil {
		return "", translate(s.cfg, "checksum nodes", err)
	}
	for _, rec := range res.Records {
		key, _ := rec.Values[0].(string)
		lines = append(lines, "N\t"+key+"\t"+sortedJoin(rec.Values[1]))
	}
	res, err = s.executeQuery(ctx, `
MATCH (a)-[r]->(b)
RETURN coalesce(a.key, '') AS a, type(r) AS t, coalesce(b.key, '') AS b,
       r.articles AS articles, r.evidence AS evidence, r.sentence AS sentence`, nil, false)
	if err != nil {
		return "", translate(s.cfg, "checksum relationships", err)
	}
	for _, rec := range res.Records {
		v := rec.Values
		a, _ := v[0].(string)
		t, _ := v[1].(string)
		b, _ := v[2].(string)
		ev := ""
		if e, ok := v[4].([]any); ok {
			ev = sortedJoin(e)
		} else if e, ok := v[4].(string); ok {
			ev = e // REPORTED_IN evidence is the sentence text
		}
		lines = append(lines, fmt.Sprintf("R\t%s\t%s\t%s\t%s\t%s\t%v", a, t, b, sortedJoin(v[3]), ev, v[5]))
	}
	sort.Strings(lines)
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// sortedJoin joins a list value's strings in sorted order; anything else gives "".
func sortedJoin(v any) string {
	list, ok := v.([]any)
	if !ok {
		return ""
	}
	xs := make([]string, 0, len(list))
	for _, x := range list {
		xs = append(xs, fmt.Sprint(x))
	}
	sort.Strings(xs)
	return strings.Join(xs, ",")
}
