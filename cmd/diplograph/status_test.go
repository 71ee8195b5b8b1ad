package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph/graphtest"
)

// TestStatus: status tells the server, the database, the extractor version of the
// articles and what the graph holds, as text and as JSON.
func TestStatus(t *testing.T) {
	graphtest.MustOpen(t)
	res := runBin(t, binEnv(t), "status", "--format", "json")
	expectCode(t, "status of an empty graph", res, exitOK)
	var st statusJSON
	if err := json.Unmarshal([]byte(res.stdout), &st); err != nil {
		t.Fatalf("status json: %v\n%s", err, res.stdout)
	}
	if st.Articles != 0 || st.LastIngest != "" || !strings.HasPrefix(st.Agent, "Neo4j/5.") || st.Database == "" {
		t.Errorf("empty graph: %+v", st)
	}

	samples, err := filepath.Abs(filepath.Join("..", "..", "samples"))
	if err != nil {
		t.Fatal(err)
	}
	expectCode(t, "ingest samples", runBin(t, binEnv(t), "ingest", "--quiet", samples), exitOK)
	res = runBin(t, binEnv(t), "status", "--format", "json")
	expectCode(t, "status", res, exitOK)
	if err := json.Unmarshal([]byte(res.stdout), &st); err != nil {
		t.Fatalf("status json: %v\n%s", err, res.stdout)
	}
	if st.Articles != 6 || st.ExtractorVersions[extract.Version] != 6 || st.Extractor != extract.Version ||
		st.Facts["MET_WITH"] == 0 || st.Facts["ACCUSED"] == 0 || st.Actors["Country"] == 0 || st.LastIngest == "" {
		t.Errorf("after ingesting the samples: %+v", st)
	}
	res = runBin(t, binEnv(t), "status")
	expectCode(t, "status text", res, exitOK)
	for _, want := range []string{"articles:   6", "extractor:  graph " + extract.Version + " (6 articles)", "MET_WITH ", "last ingest: 20"} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("status lacks %q:\n%s", want, res.stdout)
		}
	}
}
