package ingest_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
	"github.com/diplograph/diplograph/ingest"
)

// The tests in this file run the job against the real local Neo4j server.

// graphState is what a test compares between two graphs.
type graphState struct {
	counts   graph.Counts
	checksum string
}

func stateOf(t *testing.T, s *graph.Store) graphState {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatalf("counts: %v", err)
	}
	sum, err := s.Checksum(ctx)
	if err != nil {
		t.Fatalf("checksum: %v", err)
	}
	return graphState{counts: c, checksum: sum}
}

func sameState(t *testing.T, what string, got, want graphState) {
	t.Helper()
	if got.checksum != want.checksum || got.counts.String() != want.counts.String() {
		t.Fatalf("%s changed the graph:\n got  %s %s\n want %s %s", what,
			got.checksum[:12], got.counts, want.checksum[:12], want.counts)
	}
}

func openGraph(t *testing.T, version string) *graph.Store {
	t.Helper()
	cfg := graphtest.Config()
	cfg.BatchSize = 4
	cfg.ExtractorVersion = version
	return graphtest.MustOpenConfig(t, cfg)
}

// connectGraph opens a second store on the database openGraph prepared, with another
// extractor version.
func connectGraph(t *testing.T, version string) *graph.Store {
	t.Helper()
	cfg := graphtest.Config()
	cfg.BatchSize = 4
	cfg.ExtractorVersion = version
	return graphtest.MustConnect(t, cfg)
}

func TestGraphReingestionChangesNothing(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 12, 18)
	store := openGraph(t, "rules-1")
	ctx := context.Background()

	first, err := ingest.Run(ctx, []string{dir}, ruleExtractor{}, store, opts("rules-1"))
	if err != nil || first.Written != n || first.Failed != 0 {
		t.Fatalf("first run: written %d of %d, failed %d, %v", first.Written, n, first.Failed, err)
	}
	clean := stateOf(t, store)
	if clean.counts.Nodes["Article"] != int64(n) || clean.counts.Nodes["Country"] != int64(len(codes)) ||
		clean.counts.Relationships["MET_WITH"] == 0 || clean.counts.Relationships["ACCUSED"] == 0 ||
		clean.counts.Relationships["DENIED"] == 0 || clean.counts.Relationships["AGREED_TO"] == 0 {
		t.Fatalf("first run left an unexpected graph: %s", clean.counts)
	}

	again, err := ingest.Run(ctx, []string{dir}, ruleExtractor{}, store, opts("rules-1"))
	if err != nil || again.Unchanged != n || again.Extracted != 0 || again.Written != 0 {
		t.Fatalf("second run: unchanged %d extracted %d written %d, %v", again.Unchanged, again.Extracted, again.Written, err)
	}
	sameState(t, "the second run", stateOf(t, store), clean)

	forced := opts("rules-1")
	forced.Force = true
	sum, err := ingest.Run(ctx, []string{dir}, ruleExtractor{}, store, forced)
	if err != nil || sum.Written != n || sum.Unchanged != 0 {
		t.Fatalf("forced run: written %d unchanged %d, %v", sum.Written, sum.Unchanged, err)
	}
	sameState(t, "the forced run", stateOf(t, store), clean)
}

// fewerFacts is a later extractor that no longer finds accusations.
type fewerFacts struct{ ruleExtractor }

func (f fewerFacts) Extract(a diplograph.Article) (*diplograph.Extraction, error) {
	x, err := f.ruleExtractor.Extract(a)
	if err != nil {
		return nil, err
	}
	kept := x.Relations[:0]
	for _, r := range x.Relations {
		if r.Type != diplograph.Accused {
			kept = append(kept, r)
		}
	}
	x.Relations = kept
	return x, nil
}

func TestGraphNewExtractorVersionReplacesFacts(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 8, 8)
	ctx := context.Background()

	// the graph a clean run of the new version gives
	v2 := openGraph(t, "rules-2")
	if _, err := ingest.Run(ctx, []string{dir}, fewerFacts{}, v2, opts("rules-2")); err != nil {
		t.Fatal(err)
	}
	want := stateOf(t, v2)
	if want.counts.Relationships["ACCUSED"] != 0 || want.counts.Relationships["AGAINST"] != 0 {
		t.Fatalf("the new version's graph has accusations: %s", want.counts)
	}

	// the old version first, then the new one over it
	v1 := openGraph(t, "rules-1")
	if _, err := ingest.Run(ctx, []string{dir}, ruleExtractor{}, v1, opts("rules-1")); err != nil {
		t.Fatal(err)
	}
	if old := stateOf(t, v1); old.counts.Relationships["ACCUSED"] == 0 {
		t.Fatalf("the old version wrote no accusations: %s", old.counts)
	}
	sum, err := ingest.Run(ctx, []string{dir}, fewerFacts{}, connectGraph(t, "rules-2"), opts("rules-2"))
	if err != nil || sum.Unchanged != 0 || sum.Written != n {
		t.Fatalf("new version: unchanged %d written %d of %d, %v", sum.Unchanged, sum.Written, n, err)
	}
	sameState(t, "replacing the old version", stateOf(t, v1), want)

	again, err := ingest.Run(ctx, []string{dir}, fewerFacts{}, connectGraph(t, "rules-2"), opts("rules-2"))
	if err != nil || again.Unchanged != n {
		t.Fatalf("new version again: unchanged %d of %d, %v", again.Unchanged, n, err)
	}
	sameState(t, "the new version's second run", stateOf(t, v1), want)
}

func TestGraphConcurrentJobsOverOverlappingInputs(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 40, 40)
	ctx := context.Background()
	store := openGraph(t, "rules-1")
	if _, err := ingest.Run(ctx, []string{dir}, ruleExtractor{}, store, opts("rules-1")); err != nil {
		t.Fatal(err)
	}
	want := stateOf(t, store)

	store = openGraph(t, "rules-1")
	all, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(all) != 41 {
		t.Fatalf("corpus files %d, %v", len(all), err)
	}
	half := len(all) / 2
	inputs := [][]string{all[:half+10], all[half-10:]} // 20 files in both
	errs := make(chan error, len(inputs))
	for _, in := range inputs {
		go func() {
			_, err := ingest.Run(ctx, in, ruleExtractor{}, store, opts("rules-1"))
			errs <- err
		}()
	}
	for range inputs {
		if err := <-errs; err != nil {
			t.Fatalf("concurrent job: %v", err)
		}
	}
	got := stateOf(t, store)
	if got.counts.Nodes["Article"] != int64(n) {
		t.Fatalf("%d articles, want %d", got.counts.Nodes["Article"], n)
	}
	sameState(t, "two concurrent jobs", got, want)
}

// TestGraphWritesAllButTheArticlesNeo4jRefuses makes the real server refuse the articles
// that name one country (an Organization already holds its key, which the Actor key
// constraint forbids for a second node), and wants every other article written, each
// refused article named once, and a second run that writes nothing and names the same.
func TestGraphWritesAllButTheArticlesNeo4jRefuses(t *testing.T) {
	dir := t.TempDir()
	n := writeRuleCorpus(t, dir, 20, 10)
	bad := map[string]bool{}
	for _, name := range []string{"t0002.txt", "t0011.txt"} {
		path := filepath.Join(dir, name)
		writeFile(t, path, "## Border talks "+name+"\n\nMay 2, 2024\n\nFRA met XKX.\n")
		bad[path] = true
	}
	store := openGraph(t, "rules-1")
	ctx := context.Background()
	if _, err := neo4j.ExecuteQuery(ctx, store.Driver(), `CREATE (:Organization:Actor {key: 'XKX', name: 'Not a country'})`,
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(store.Database())); err != nil {
		t.Fatal(err)
	}
	opt := opts("rules-1")
	opt.BatchSize = 8
	for run := 1; run <= 2; run++ {
		sum, err := ingest.Run(ctx, []string{dir}, ruleExtractor{}, store, opt)
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		want := n - 2
		if run == 2 {
			want = 0
		}
		if sum.Written != want || sum.Failed != 2 || sum.NotWritten != 0 {
			t.Fatalf("run %d: written %d (want %d), failed %d (want 2), not written %d:\n%s",
				run, sum.Written, want, sum.Failed, sum.NotWritten, failureText(sum))
		}
		for _, f := range sum.Failures {
			if !bad[f.Source] || !strings.Contains(f.Problem, "refused the data") {
				t.Errorf("run %d: failure %s", run, f)
			}
		}
	}
	if c := stateOf(t, store).counts; c.Nodes["Article"] != int64(n-2) {
		t.Errorf("%d articles in the graph, want %d", c.Nodes["Article"], n-2)
	}
}
