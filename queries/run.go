package queries

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	diplograph "github.com/diplograph/diplograph"
)

// Result is what a report returned: its column names and rows, values already turned into
// plain Go values (string, int64, float64, bool, nil and []any of those).
type Result struct {
	Columns []string
	Rows    [][]any
}

// Run runs the report with the given parameters (see Report.Bind) against the database,
// in a read transaction.
func Run(ctx context.Context, driver neo4j.DriverWithContext, database string, r *Report, params map[string]any) (*Result, error) {
	res, err := neo4j.ExecuteQuery(ctx, driver, r.Cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, runError(r, err)
	}
	out := &Result{Columns: res.Keys, Rows: make([][]any, 0, len(res.Records))}
	for _, rec := range res.Records {
		row := make([]any, len(rec.Values))
		for i, v := range rec.Values {
			row[i] = plain(v)
		}
		out.Rows = append(out.Rows, row)
	}
	return out, nil
}

// Explain returns the plan the server would use for the report with the given parameters,
// without running it.
func Explain(ctx context.Context, driver neo4j.DriverWithContext, database string, r *Report, params map[string]any) (*PlanNode, error) {
	res, err := neo4j.ExecuteQuery(ctx, driver, "EXPLAIN "+r.Cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, runError(r, err)
	}
	plan := res.Summary.Plan()
	if plan == nil {
		return nil, diplograph.Errorf(diplograph.EINTERNAL, "explain report %s: the server returned no plan", r.Name)
	}
	return planTree(plan), nil
}

// runError names the report in a driver error. The error is read, and given its code, by
// the graph package (graph.Store.Error), the one place where Neo4j's errors are mapped.
func runError(r *Report, err error) error {
	return fmt.Errorf("report %s: %w", r.Name, err)
}

// plain turns a driver value into a plain Go value for formatting.
func plain(v any) any {
	switch x := v.(type) {
	case nil, string, int64, float64, bool:
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	case time.Time:
		return x.Format(time.RFC3339)
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}
