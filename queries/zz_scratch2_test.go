package queries_test

import (
	"context"
	"os"
	"sort"
	"testing"

	"github.com/diplograph/diplograph/queries"
)

func TestScratchOps(t *testing.T) {
	s := mustLoadFixtures(t)
	ctx := context.Background()
	for _, r := range queries.All() {
		params, _ := r.Bind(map[string]string{"actor": "Chile"})
		plan, err := queries.Explain(ctx, s.Driver(), s.Database(), r, params)
		if err != nil { t.Fatal(err) }
		set := map[string]bool{}
		for _, o := range queries.Operators(plan) { set[o] = true }
		var ops []string
		for o := range set { ops = append(ops, o) }
		sort.Strings(ops)
		t.Logf("%s: %v", r.Name, ops)
	}
	_ = os.Stdout
}
