package graph

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/bits"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// NodeLabels are the node labels of the graph model, in report order.
var NodeLabels = []string{"Actor", "Person", "Country", "Organization", "Meeting", "Claim", "Article"}

// RelationshipTypes are the relationship types of the graph model, in report order.
var RelationshipTypes = []string{
	relMetWith, relAttended, relAccused, relAgainst, relDenied, relAbout, relAgreedTo,
	relRepresents, relReportedIn, relMentions, relReportedPair,
}

// Counts are the numbers of nodes per label and relationships per type in the graph.
type Counts struct {
	// Nodes maps each label of NodeLabels to its number of nodes (an actor counts under
	// Actor and under its own label).
	Nodes map[string]int64
	// Relationships maps each type of RelationshipTypes to its number of relationships.
	Relationships map[string]int64
	// TotalNodes and TotalRelationships count everything, whatever the label or type, but
	// the migrations' markers (migrations.go), which are no part of the graph's facts.
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
	cols = append(cols, "COUNT { MATCH (n) } - COUNT { MATCH (:Migration) } AS nodes", "COUNT { MATCH ()-[]->() } AS rels")
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

// Checksum returns a SHA-256 over the whole graph: every node's labels and properties
// and every relationship's ends, type and properties, lists in their stored order. Only
// the time of a write (ingested_at) and the migrations' markers are left out, so two
// graphs built from the same articles have the same checksum whatever the order, batching
// or concurrency of the writes. Lines are streamed and combined as a multiset (the sum of
// their hashes), so the graph is never held in memory or sorted.
//
// Properties named in except are left out too; a test that reads the same articles
// through other files than another run leaves out "source", where they were read from.
func (s *Store) Checksum(ctx context.Context, except ...string) (string, error) {
	skip := map[string]bool{}
	for k := range runProps {
		skip[k] = true
	}
	for _, k := range except {
		skip[k] = true
	}
	var sum multisetHash
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeRead})
	defer func() { _ = sess.Close(ctx) }()
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		sum = multisetHash{}
		res, err := tx.Run(ctx, `MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS labels, properties(n) AS props`, nil)
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			v := res.Record().Values
			sum.add("N\t" + sortedJoin(v[0]) + "\t" + propLine(v[1], skip))
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		res, err = tx.Run(ctx, `
MATCH (a)-[r]->(b)
RETURN coalesce(a.key, '') AS a, type(r) AS t, coalesce(b.key, '') AS b, properties(r) AS props`, nil)
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			v := res.Record().Values
			a, _ := v[0].(string)
			t, _ := v[1].(string)
			b, _ := v[2].(string)
			sum.add("R\t" + a + "\t" + t + "\t" + b + "\t" + propLine(v[3], skip))
		}
		return nil, res.Err()
	})
	if err != nil {
		return "", translate(s.cfg, "checksum graph", err)
	}
	return sum.hex(), nil
}

// runProps are the properties that record when a write happened, not what was written;
// the checksum leaves them out.
var runProps = map[string]bool{"ingested_at": true}

// propLine renders a property map with its keys sorted and its values quoted, lists in
// their stored order, leaving out the keys in skip.
func propLine(v any, skip map[string]bool) string {
	props, _ := v.(map[string]any)
	keys := make([]string, 0, len(props))
	for k := range props {
		if !skip[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%s;", k, propValue(props[k]))
	}
	return b.String()
}

func propValue(v any) string {
	if list, ok := v.([]any); ok {
		parts := make([]string, len(list))
		for i, x := range list {
			parts[i] = propValue(x)
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	return fmt.Sprintf("%T:%q", v, fmt.Sprint(v))
}

// multisetHash is an order-independent hash of a multiset of lines: the sum, modulo
// 2^256, of the lines' SHA-256 digests, and their number.
type multisetHash struct {
	limbs [4]uint64
	n     uint64
}

func (m *multisetHash) add(line string) {
	d := sha256.Sum256([]byte(line))
	var carry uint64
	for i := 3; i >= 0; i-- {
		x := binary.BigEndian.Uint64(d[i*8:])
		m.limbs[i], carry = bits.Add64(m.limbs[i], x, carry)
	}
	m.n++
}

func (m *multisetHash) hex() string {
	var b [40]byte
	for i, l := range m.limbs {
		binary.BigEndian.PutUint64(b[i*8:], l)
	}
	binary.BigEndian.PutUint64(b[32:], m.n)
	h := sha256.Sum256(b[:])
	return hex.EncodeToString(h[:])
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
