package article_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/article"
)

const wireArticle = `

## Envoys Meet in Vienna as Talks Resume

March 04, 2021

Jane Doe

Foreign ministers of two neighbouring states met in Vienna on Wednesday.

The talks lasted three hours.

Original url:

https://news.example.org/2021/03/04/envoys-meet-in-vienna-as-talks-res ume-a1
`

func TestReadTextFormat(t *testing.T) {
	res := article.Read(strings.NewReader(wireArticle), "in/a1.txt", article.ReadOptions{})
	if len(res.Errors) != 0 || len(res.Articles) != 1 {
		t.Fatalf("errors %v, articles %d", res.Errors, len(res.Articles))
	}
	a := res.Articles[0]
	if a.Title != "Envoys Meet in Vienna as Talks Resume" {
		t.Errorf("title %q", a.Title)
	}
	if a.Date != "2021-03-04" {
		t.Errorf("date %q", a.Date)
	}
	if a.URL != "https://news.example.org/2021/03/04/envoys-meet-in-vienna-as-talks-resume-a1" {
		t.Errorf("url %q", a.URL)
	}
	if !strings.HasPrefix(a.Body, "Jane Doe\n\nForeign ministers") || !strings.HasSuffix(a.Body, "three hours.") {
		t.Errorf("body %q", a.Body)
	}
	if a.Source != "in/a1.txt" || !strings.HasPrefix(a.ID, "a:") {
		t.Errorf("source %q id %q", a.Source, a.ID)
	}
}

func TestArticleKeyIsStable(t *testing.T) {
	crlf := strings.ReplaceAll(wireArticle, "\n", "\r\n")
	bom := "\ufeff" + wireArticle
	a := article.Read(strings.NewReader(wireArticle), "x.txt", article.ReadOptions{}).Articles[0]
	b := article.Read(strings.NewReader(crlf), "y.txt", article.ReadOptions{}).Articles[0]
	c := article.Read(strings.NewReader(bom), "z.txt", article.ReadOptions{}).Articles[0]
	if a.ID != b.ID || a.ID != c.ID {
		t.Fatalf("same text, different keys: %s %s %s", a.ID, b.ID, c.ID)
	}
	if b.Body != a.Body || b.URL != a.URL {
		t.Fatalf("CRLF changed the reading")
	}
	other := article.Read(strings.NewReader(strings.Replace(wireArticle, "three", "four", 1)), "x.txt", article.ReadOptions{}).Articles[0]
	if other.ID == a.ID {
		t.Fatal("different text, same key")
	}
}

func TestReadJSONLines(t *testing.T) {
	in := `{"id":"r1","title":"Ministers Sign Accord","date":"2020-05-06","url":"https://x.example/1","body":"Two ministers signed an accord."}
{"title":"broken", "body":
{"title":"No body","body":"   "}
{"title":"Bad Date","date":"sometime soon","body":"A body."}
`
	res := article.Read(strings.NewReader(in), "feed.jsonl", article.ReadOptions{})
	if len(res.Articles) != 2 {
		t.Fatalf("articles %d", len(res.Articles))
	}
	if res.Articles[0].Date != "2020-05-06" || res.Articles[0].Source != "feed.jsonl:1" || res.Articles[0].Title != "Ministers Sign Accord" {
		t.Errorf("first record %+v", res.Articles[0])
	}
	if len(res.Errors) != 2 {
		t.Fatalf("errors %v", res.Errors)
	}
	if got := res.Errors[0].Error(); !strings.HasPrefix(got, "feed.jsonl:2: malformed JSON") {
		t.Errorf("error %q", got)
	}
	if got := res.Errors[1].Error(); got != "feed.jsonl:3: record has no body" {
		t.Errorf("error %q", got)
	}
	if len(res.Warnings) != 1 || res.Warnings[0].Line != 4 || !strings.Contains(res.Warnings[0].Problem, "unparseable date") {
		t.Errorf("warnings %v", res.Warnings)
	}
}

func TestReadBadInput(t *testing.T) {
	tests := []struct {
		name, text, problem string
		max                 int64
	}{
		{"empty", "", "empty file", 0},
		{"only space", " \n\n\t\n", "empty file", 0},
		{"binary", "PK\x03\x04\x00\x00binary\x00", "binary data", 0},
		{"too large", strings.Repeat("word ", 100), "larger than the 64-byte limit", 64},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := article.Read(strings.NewReader(tc.text), "bad.txt", article.ReadOptions{MaxBytes: tc.max})
			if len(res.Articles) != 0 || len(res.Errors) != 1 {
				t.Fatalf("articles %d errors %v", len(res.Articles), res.Errors)
			}
			if !strings.HasPrefix(res.Errors[0].Error(), "bad.txt: "+tc.problem) {
				t.Fatalf("error %q", res.Errors[0].Error())
			}
		})
	}
}

func TestReadSensibleReadings(t *testing.T) {
	t.Run("latin-1", func(t *testing.T) {
		res := article.Read(strings.NewReader("## Caf\xe9 Talks\n\nThe minister met the envoy in a caf\xe9.\n"), "l1.txt", article.ReadOptions{})
		if len(res.Articles) != 1 || res.Articles[0].Title != "Café Talks" || len(res.Warnings) != 1 {
			t.Fatalf("%+v %v", res.Articles, res.Warnings)
		}
	})
	t.Run("html", func(t *testing.T) {
		page := "<html><head><title>Summit Ends</title><style>p{}</style></head><body><p>Leaders met on Friday &amp; agreed.</p><p>Second <b>paragraph</b>.</p></body></html>"
		res := article.Read(strings.NewReader(page), "p.html", article.ReadOptions{})
		if len(res.Articles) != 1 {
			t.Fatalf("%v", res.Errors)
		}
		a := res.Articles[0]
		if a.Title != "Summit Ends" || a.Body != "Leaders met on Friday & agreed.\n\nSecond paragraph." {
			t.Fatalf("title %q body %q", a.Title, a.Body)
		}
	})
	t.Run("no title no date no url", func(t *testing.T) {
		res := article.Read(strings.NewReader("The council met on Monday. It adopted a resolution.\n"), "plain.txt", article.ReadOptions{})
		if len(res.Articles) != 1 || res.Articles[0].Title != "" || res.Articles[0].Date != "" || res.Articles[0].URL != "" {
			t.Fatalf("%+v", res.Articles)
		}
	})
	t.Run("unparseable date", func(t *testing.T) {
		res := article.Read(strings.NewReader("## Title\n\nMarch 45, 2020\n\nBody text here.\n"), "d.txt", article.ReadOptions{})
		if len(res.Articles) != 1 || res.Articles[0].Date != "" || len(res.Warnings) != 1 {
			t.Fatalf("%+v %v", res.Articles, res.Warnings)
		}
		if res.Articles[0].Body != "Body text here." {
			t.Fatalf("date line left in body: %q", res.Articles[0].Body)
		}
	})
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"November 09, 2014": "2014-11-09", "Nov. 9, 2014": "2014-11-09", "9 November 2014": "2014-11-09",
		"2014-11-09": "2014-11-09", "2014-11-09T10:00:00Z": "2014-11-09", "Sunday, November 9, 2014": "2014-11-09",
		"Sept. 3, 2019": "2019-09-03",
	} {
		if got, ok := article.ParseDate(in); !ok || got != want {
			t.Errorf("ParseDate(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := article.ParseDate("yesterday"); ok {
		t.Error("parsed nonsense")
	}
}

func TestInputs(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b/2.txt", "a.txt", "b/1.jsonl", ".hidden/x.txt", "img.png"} {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, errs := article.Inputs([]string{dir, filepath.Join(dir, "missing.txt"), "-"})
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b/1.jsonl"), filepath.Join(dir, "b/2.txt"), "-"}
	if strings.Join(files, ",") != strings.Join(want, ",") {
		t.Fatalf("files %v", files)
	}
	if len(errs) != 1 || !strings.HasSuffix(errs[0].Error(), "missing.txt: no such file") {
		t.Fatalf("errs %v", errs)
	}
}

func TestReadFileMissing(t *testing.T) {
	res := article.ReadFile(filepath.Join(t.TempDir(), "nope.txt"), article.ReadOptions{})
	if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Error(), "nope.txt: no such file") {
		t.Fatalf("%v", res.Errors)
	}
}
