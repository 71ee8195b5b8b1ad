package queries

import (
	"context"
	"fmt"
	"reflect"
	"unsafe"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/db"

	diplograph "github.com/diplograph/diplograph"
)

// PlanNode is one operator of a query plan and the operators it reads from.
type PlanNode struct {
	// Operator is the operator's name as the server gives it ("NodeIndexSeek@neo4j").
	Operator string
	// Details is the server's one-line description of what the operator does.
	Details  string
	Children []*PlanNode
}

// Operators returns the operator names of the tree, depth first, root first.
func (p *PlanNode) Operators() []string {
	if p == nil {
		return nil
	}
	out := []string{p.Operator}
	for _, c := range p.Children {
		out = append(out, c.Operators()...)
	}
	return out
}

// Walk calls fn for every node of the tree, depth first, root first.
func (p *PlanNode) Walk(fn func(*PlanNode)) {
	if p == nil {
		return
	}
	fn(p)
	for _, c := range p.Children {
		c.Walk(fn)
	}
}

// planTree copies a driver plan into a PlanNode tree. The driver's Plan.Children (v5.28)
// hands out the address of its loop variable, so every child it returns is the last one;
// the tree is therefore read from the driver's own db.Plan value when the plan has the
// expected shape, and through the interface otherwise.
func planTree(p neo4j.Plan) *PlanNode {
	if raw := rawPlan(p); raw != nil {
		return fromRaw(raw)
	}
	n := &PlanNode{Operator: p.Operator(), Details: details(p.Arguments())}
	for _, c := range p.Children() {
		n.Children = append(n.Children, planTree(c))
	}
	return n
}

// rawPlan returns the *db.Plan inside the driver's plan value, or nil.
func rawPlan(p neo4j.Plan) *db.Plan {
	v := reflect.ValueOf(p)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct || v.Elem().NumField() != 1 {
		return nil
	}
	f := v.Elem().Field(0)
	if f.Type() != reflect.TypeOf((*db.Plan)(nil)) || !f.CanAddr() {
		return nil
	}
	return *(**db.Plan)(unsafe.Pointer(f.UnsafeAddr()))
}

func fromRaw(p *db.Plan) *PlanNode {
	n := &PlanNode{Operator: p.Operator, Details: details(p.Arguments)}
	for i := range p.Children {
		n.Children = append(n.Children, fromRaw(&p.Children[i]))
	}
	return n
}

func details(args map[string]any) string {
	if d, ok := args["Details"]; ok {
		return fmt.Sprint(d)
	}
	return ""
}

// Profile is what running a report under PROFILE cost the server.
type Profile struct {
	// Rows is the number of rows the report returned.
	Rows int
	// DbHits is the sum of the database hits of every operator.
	DbHits int64
	// Memory is the most memory, in bytes, the server reports the query held at once
	// (its GlobalMemory); 0 when the server does not say.
	Memory int64
	// Plan is the plan that ran.
	Plan *PlanNode
}

// ProfileReport runs the report under PROFILE and returns what it cost.
func ProfileReport(ctx context.Context, driver neo4j.DriverWithContext, database string, r *Report, params map[string]any) (*Profile, error) {
	res, err := neo4j.ExecuteQuery(ctx, driver, "PROFILE "+r.Cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, runError(r, err)
	}
	p := res.Summary.Profile()
	if p == nil {
		return nil, diplograph.Errorf(diplograph.EINTERNAL, "profile report %s: the server returned no profile", r.Name)
	}
	out := &Profile{Rows: len(res.Records), Plan: profileTree(p)}
	var sum func(neo4j.ProfiledPlan)
	sum = func(n neo4j.ProfiledPlan) {
		out.DbHits += n.DbHits()
		for _, c := range n.Children() {
			sum(c)
		}
	}
	sum(p)
	if m, ok := p.Arguments()["GlobalMemory"].(int64); ok {
		out.Memory = m
	}
	return out, nil
}

func profileTree(p neo4j.ProfiledPlan) *PlanNode {
	n := &PlanNode{Operator: p.Operator(), Details: details(p.Arguments())}
	for _, c := range p.Children() {
		n.Children = append(n.Children, profileTree(c))
	}
	return n
}
