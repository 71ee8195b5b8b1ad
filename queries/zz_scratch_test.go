package queries_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/diplograph/diplograph/queries"
)

func TestScratch(t *testing.T) {
	t0 := time.Now()
	s := mustLoadFixtures(t)
	t.Logf("setup %v", time.Since(t0))
	ctx := context.Background()
	for _, r := range queries.All() {
		if os.Getenv("ONLY") != "" && os.Getenv("ONLY") != r.Name {
			continue
		}
		params, _ := r.Bind(nil)
		t0 := time.Now()
		_, err := queries.Explain(ctx, s.Driver(), s.Database(), r, params)
		t.Logf("%s explain %v %v", r.Name, time.Since(t0), err)
		t0 = time.Now()
		res, err := queries.Run(ctx, s.Driver(), s.Database(), r, params)
		t.Logf("%s run %v %v", r.Name, time.Since(t0), err)
		if err == nil {
			queries.Write(os.Stdout, res, queries.Table, 200)
		}
	}
}
