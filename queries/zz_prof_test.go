package queries_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph/graphtest"
	"github.com/diplograph/diplograph/queries"
)

func dump(p neo4j.ProfiledPlan, depth int) {
	d := fmt.Sprint(p.Arguments()["Details"])
	if len(d) > 90 { d = d[:90] }
	fmt.Printf("%s%s rows=%d hits=%d %s\n", strings.Repeat("  ", depth), p.Operator(), p.Records(), p.DbHits(), d)
	for _, c := range p.Children() { dump(c, depth+1) }
}

func TestProf(t *testing.T) {
	s := graphtest.MustConnect(t, graphtest.Config())
	r, _ := queries.Lookup(os.Getenv("ONLY"))
	given := map[string]string{}
	if a := os.Getenv("ACTOR"); a != "" { given["actor"] = a }
	params, _ := r.Bind(given)
	t0 := time.Now()
	res, err := neo4j.ExecuteQuery(context.Background(), s.Driver(), "PROFILE "+r.Cypher, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database()))
	if err != nil { t.Fatal(err) }
	fmt.Println(time.Since(t0), len(res.Records))
	dump(res.Summary.Profile(), 0)
}
