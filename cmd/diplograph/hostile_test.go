package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph/graphtest"
)

// TestIngestHostileArticlesBesideGoodOnes ingests the sample articles together with
// articles shaped to break the job: a name of 9,000 letters after a title, 1,700
// capitalised names in a row, "Summit" 8,000 times, a title of 150,000 words. Every
// article is written, keys and names stay within their bounds, and a second run writes
// nothing.
func TestIngestHostileArticlesBesideGoodOnes(t *testing.T) {
	store := graphtest.MustOpen(t)
	dir := t.TempDir()
	samples, _ := filepath.Glob(filepath.Join("..", "..", "samples", "*.txt"))
	for _, s := range samples {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		writeTestFile(t, filepath.Join(dir, filepath.Base(s)), string(data))
	}
	var names strings.Builder
	for i := range 1700 {
		names.WriteString(string(rune('A'+i%26)) + strings.Repeat(string(rune('a'+i%7)), 3+i%5) + " ")
	}
	hostile := map[string]string{
		"long-name.txt": "## Talks in Sofia\n\nJune 3, 2015\n\nPresident A" + strings.Repeat("b", 9000) +
			" met Bulgarian Prime Minister Ivo Petrov in Sofia on Tuesday.\n",
		"names.txt":  "## Names\n\nJune 4, 2015\n\n" + names.String() + "met in Vienna.\n",
		"summit.txt": "## Summit\n\nJune 5, 2015\n\n" + strings.Repeat("Summit ", 8000) + "\n",
	}
	for name, text := range hostile {
		writeTestFile(t, filepath.Join(dir, name), text)
	}
	title, _ := json.Marshal(map[string]string{"title": strings.Repeat("Talks ", 150000), "body": "Norway met Chile in Oslo on Monday."})
	writeTestFile(t, filepath.Join(dir, "title.jsonl"), string(title)+"\n")
	total := len(samples) + len(hostile) + 1

	code, _, errOut := run(t, "", "ingest", "--quiet", dir)
	if code != 0 || !strings.Contains(errOut, "0 unchanged, "+strconv.Itoa(total)+" written, 0 failed") {
		t.Fatalf("ingest exited %d: %s", code, errOut)
	}
	res, err := neo4j.ExecuteQuery(context.Background(), store.Driver(),
		`MATCH (n) RETURN n.key AS key, coalesce(n.name, n.text, n.title, '') AS name`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(store.Database()))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Records {
		key, _ := r.Values[0].(string)
		name, _ := r.Values[1].(string)
		if len(key) > diplograph.MaxKeyBytes || utf8.RuneCountInString(name) > 1000 {
			t.Errorf("key of %d bytes, name of %d characters: %.60s", len(key), utf8.RuneCountInString(name), key)
		}
	}
	if c, _ := store.Counts(context.Background()); c.Nodes["Meeting"] > 100 {
		t.Errorf("%d meetings from %d articles", c.Nodes["Meeting"], total)
	}
	code, _, errOut = run(t, "", "ingest", "--quiet", dir)
	if code != 0 || !strings.Contains(errOut, strconv.Itoa(total)+" unchanged, 0 written, 0 failed") {
		t.Fatalf("second ingest exited %d: %s", code, errOut)
	}
}
