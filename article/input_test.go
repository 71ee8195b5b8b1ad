package article

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestJSONLinesNULFailsItsLineOnly(t *testing.T) {
	text := `{"title":"One","body":"Chile met Peru."}` + "\n" +
		"{\"title\":\"Two\",\"body\":\"Broken \x00 record\"}\n" +
		`{"title":"Three","body":"Peru met Bolivia."}` + "\n"
	res := Read(strings.NewReader(text), "feed.jsonl", ReadOptions{})
	if len(res.Articles) != 2 || res.Articles[0].Title != "One" || res.Articles[1].Title != "Three" {
		t.Errorf("articles %+v, want One and Three", res.Articles)
	}
	if len(res.Errors) != 1 || res.Errors[0].Line != 2 || !strings.Contains(res.Errors[0].Problem, "malformed JSON") {
		t.Errorf("errors %v, want line 2 malformed", res.Errors)
	}
	// a file of binary data is still refused whole, whatever its name
	res = Read(strings.NewReader("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "image.jsonl", ReadOptions{})
	if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Problem, "binary data") {
		t.Errorf("binary .jsonl: %v", res.Errors)
	}
}

// TestJSONArrayReadsInLinearTime reads an array of 100,000 records (about 6 MB, one per
// line). Counting lines from the start for every record took minutes for such a file.
func TestJSONArrayReadsInLinearTime(t *testing.T) {
	const n = 100000
	var b strings.Builder
	b.WriteString("[\n")
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"title":"Report %d","body":"Chile met Peru on day %d."}`, i, i)
	}
	b.WriteString("\n]\n")
	start := time.Now()
	res := Read(strings.NewReader(b.String()), "feed.json", ReadOptions{})
	took := time.Since(start)
	if len(res.Articles) != n || len(res.Errors) != 0 {
		t.Fatalf("%d articles, errors %v", len(res.Articles), res.Errors[:min(3, len(res.Errors))])
	}
	if last := res.Articles[n-1].Source; last != fmt.Sprintf("feed.json:%d", n+1) {
		t.Errorf("last record named %s, want line %d", last, n+1)
	}
	t.Logf("%d records in %s", n, took)
	if took > 8*time.Second {
		t.Errorf("reading %d records took %s", n, took)
	}
}

func TestInputsFollowSymlinksAndReportLoops(t *testing.T) {
	root := t.TempDir()
	real := filepath.Join(t.TempDir(), "elsewhere")
	mustWrite := func(path, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustLink := func(target, link string) {
		t.Helper()
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("symbolic links: %v", err)
		}
	}
	mustWrite(filepath.Join(root, "a.txt"), "A")
	mustWrite(filepath.Join(real, "b.txt"), "B")
	mustWrite(filepath.Join(real, "sub", "c.txt"), "C")
	mustLink(real, filepath.Join(root, "linked"))                           // a folder elsewhere
	mustLink(filepath.Join(real, "b.txt"), filepath.Join(root, "file.txt")) // a file elsewhere
	mustLink(root, filepath.Join(root, "linked-loop"))                      // back to the root
	mustLink(filepath.Join(root, "gone"), filepath.Join(root, "dangling.txt"))

	files, errs := Inputs([]string{root})
	var rel []string
	for _, f := range files {
		r, _ := filepath.Rel(root, f)
		rel = append(rel, r)
	}
	want := []string{"a.txt", "file.txt", filepath.Join("linked", "b.txt"), filepath.Join("linked", "sub", "c.txt")}
	if strings.Join(rel, " ") != strings.Join(want, " ") {
		t.Errorf("files %v, want %v", rel, want)
	}
	problems := map[string]string{}
	for _, e := range errs {
		r, _ := filepath.Rel(root, e.Source)
		problems[r] = e.Problem
	}
	if !strings.Contains(problems["linked-loop"], "loop") || !strings.Contains(problems["dangling.txt"], "link to nothing") || len(errs) != 2 {
		t.Errorf("problems %v, want a loop at linked-loop and a dangling link", problems)
	}

	// a link named on the command line is followed too
	files, errs = Inputs([]string{filepath.Join(root, "linked"), filepath.Join(root, "dangling.txt")})
	if len(files) != 2 || len(errs) != 1 || errs[0].Problem != "symbolic link to nothing" {
		t.Errorf("named links: files %v, errors %v", files, errs)
	}
}
