package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
)

// TestIngestSamples ingests the shipped sample articles into the real local Neo4j
// server, checks the graph's exact counts and a few facts, and ingests them again to
// check that nothing changes.
func TestIngestSamples(t *testing.T) {
	store := graphtest.MustOpen(t)
	ctx := context.Background()
	samples := filepath.Join("..", "..", "samples")

	code, _, errOut := run(t, "", "ingest", "--quiet", samples)
	if code != 0 {
		t.Fatalf("ingest exited %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "6 articles read, 0 unchanged, 6 written, 0 failed") {
		t.Fatalf("summary: %q", errOut)
	}
	first, err := store.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sum1, err := store.Checksum(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("counts after the first ingest: %+v", first)
	checkSampleCounts(t, first)
	checkSampleFacts(t, store)

	code, _, errOut = run(t, "", "ingest", "--quiet", samples)
	if code != 0 {
		t.Fatalf("second ingest exited %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "6 articles read, 6 unchanged, 0 written, 0 failed") {
		t.Fatalf("second summary: %q", errOut)
	}
	code, _, errOut = run(t, "", "ingest", "--quiet", "--force", samples)
	if code != 0 || !strings.Contains(errOut, "6 written") {
		t.Fatalf("forced ingest exited %d: %s", code, errOut)
	}
	again, err := store.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sum2, err := store.Checksum(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sum1 != sum2 || !sameCounts(first, again) {
		t.Fatalf("re-ingestion changed the graph: %+v -> %+v", first, again)
	}
}

func sameCounts(a, b graph.Counts) bool {
	if len(a.Nodes) != len(b.Nodes) || len(a.Relationships) != len(b.Relationships) {
		return false
	}
	for k, v := range a.Nodes {
		if b.Nodes[k] != v {
			return false
		}
	}
	for k, v := range a.Relationships {
		if b.Relationships[k] != v {
			return false
		}
	}
	return true
}

// TestIngestRefreshesPlanStatistics: after a job that wrote, the server samples its
// indexes again, so the reports that follow are planned on the graph the job left; a job
// that wrote nothing leaves them.
func TestIngestRefreshesPlanStatistics(t *testing.T) {
	graphtest.MustOpen(t)
	samples := filepath.Join("..", "..", "samples")
	code, _, errOut := run(t, "", "ingest", "--log-level", "debug", samples)
	if code != 0 {
		t.Fatalf("ingest exited %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "index statistics refreshed") {
		t.Fatalf("no refresh after writing: %s", errOut)
	}
	code, _, errOut = run(t, "", "ingest", "--log-level", "debug", samples)
	if code != 0 {
		t.Fatalf("second ingest exited %d: %s", code, errOut)
	}
	if strings.Contains(errOut, "index statistics refreshed") {
		t.Fatalf("a refresh after writing nothing: %s", errOut)
	}
}
