package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
)

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestVersion(t *testing.T) {
	code, out, _ := run(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "diplograph ") || !strings.Contains(out, "extractor ") {
		t.Fatalf("code %d out %q", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"extract"}, "needs at least 1 argument"},
		{[]string{"ingest"}, "needs at least 1 argument"},
		{[]string{"extract", "--no-such-flag", "x"}, "unknown flag"},
		{[]string{"ingest", "--batch-size", "0", "x"}, "ingest.batch_size 0"},
		{[]string{"--neo4j-uri", "http://x:1", "schema"}, "scheme \"http\""},
	}
	for _, tc := range tests {
		code, _, errOut := run(t, "", tc.args...)
		if code != exitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: code %d, stderr %q; want %d and %q", tc.args, code, errOut, exitUsage, tc.want)
		}
	}
}

func TestHelpIsUseful(t *testing.T) {
	for _, c := range []string{"ingest", "extract", "schema", "version", "report", "reports"} {
		code, out, _ := run(t, "", c, "--help")
		if code != 0 || !strings.Contains(out, "Usage:") || !strings.Contains(out, "diplograph "+c) {
			t.Errorf("%s --help: code %d, %q", c, code, out)
		}
	}
}

func TestExtractSamples(t *testing.T) {
	code, out, errOut := run(t, "", "extract", filepath.Join("..", "..", "samples"))
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<22)
	n, rels := 0, 0
	for sc.Scan() {
		var x diplograph.Extraction
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			t.Fatalf("line %d is not an extraction: %v", n+1, err)
		}
		n++
		if x.Article.ID == "" || x.Article.Source == "" {
			t.Errorf("line %d: article without id or source: %+v", n, x.Article)
		}
		ids := map[string]bool{}
		for _, e := range x.Entities {
			ids[e.ID] = true
		}
		for _, r := range x.Relations {
			rels++
			if !ids[r.Source] || (r.Target != "" && !ids[r.Target]) {
				t.Errorf("%s: relation %+v names an unknown entity", x.Article.Source, r)
			}
			if r.Evidence == "" || r.Rule == "" {
				t.Errorf("%s: relation %+v without evidence or rule", x.Article.Source, r)
			}
		}
	}
	// four text articles and two JSON Lines records
	if n != 6 {
		t.Fatalf("extracted %d articles, want 6", n)
	}
	if rels == 0 {
		t.Fatal("no relations in the samples")
	}
}

func TestExtractReportsBadInputAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join("..", "..", "samples", "01-border-talks.txt")
	missing := filepath.Join(dir, "missing.txt")
	code, out, errOut := run(t, "", "extract", missing, good)
	if code != exitError {
		t.Fatalf("code %d, want %d", code, exitError)
	}
	if !strings.Contains(errOut, strconv.Quote(missing)+": no such file") {
		t.Fatalf("stderr %q does not name the missing file", errOut)
	}
	if strings.Count(out, "\n") != 1 {
		t.Fatalf("the good file was not extracted: %q", out)
	}
}

func TestExtractSaysWhatItReadTwice(t *testing.T) {
	rec := `{"title": "Ministers Meet", "body": "The foreign ministers of Chile and Peru met in Lima on Monday."}`
	other := `{"title": "Envoys Meet", "body": "Envoys of Chile and Peru met in Quito on Tuesday."}`
	code, out, errOut := run(t, rec+"\n"+other+"\n"+rec+"\n", "extract", "-")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	if n := strings.Count(out, "\n"); n != 2 {
		t.Fatalf("%d extractions, want 2: %q", n, out)
	}
	if !strings.Contains(errOut, "1 article read again (the same title and body) was extracted once") {
		t.Fatalf("stderr %q does not say an article was read twice", errOut)
	}
}

func TestExtractStdin(t *testing.T) {
	code, out, errOut := run(t, "## Ministers Meet\n\nMay 02, 2022\n\nThe foreign ministers of Chile and Peru met in Lima on Monday.\n", "extract", "-")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	var x diplograph.Extraction
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatal(err)
	}
	if x.Article.Source != "-" || x.Article.Title != "Ministers Meet" || x.Article.Date != "2022-05-02" {
		t.Fatalf("article %+v", x.Article)
	}
}

func TestExtractUnasserted(t *testing.T) {
	in := "## Envoys\n\nMay 02, 2022\n\nThe foreign ministers of Chile and Peru will meet in Lima next week.\n"
	_, plain, _ := run(t, in, "extract", "-")
	code, all, errOut := run(t, in, "extract", "--unasserted", "-")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	var x, y diplograph.Extraction
	if err := json.Unmarshal([]byte(plain), &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(all), &y); err != nil {
		t.Fatal(err)
	}
	if len(x.Relations) != 0 {
		t.Fatalf("a planned meeting was asserted: %+v", x.Relations)
	}
	if len(y.Relations) == 0 || y.Relations[0].Status != diplograph.Planned {
		t.Fatalf("--unasserted did not give the planned meeting: %+v", y.Relations)
	}
}
