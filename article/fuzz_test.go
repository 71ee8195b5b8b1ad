package article_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/diplograph/diplograph/article"
)

// FuzzRead reads arbitrary bytes as a text article or as JSON Lines. Whatever the input,
// Read must not panic, every article must have a key and name its source, every error
// and warning must name the source, and reading the same bytes again must give the same
// articles. The seeds are in testdata/fuzz/FuzzRead.
func FuzzRead(f *testing.F) {
	f.Add([]byte("## Envoys Meet\n\nMay 3, 2022\n\nTwo envoys met in Geneva.\n\nOriginal url:\nhttps://news.example.org/a\n"), false)
	f.Add([]byte(`{"title":"Accord Signed","date":"2022-05-03","body":"Two ministers signed an accord."}`+"\n{broken\n"), true)
	f.Add([]byte("\xff\xfe#\x00#\x00 \x00T\x00\n\x00\n\x00B\x00o\x00d\x00y\x00.\x00"), false)
	f.Fuzz(func(t *testing.T, data []byte, jsonl bool) {
		source := "in/fuzz.txt"
		if jsonl {
			source = "in/fuzz.jsonl"
		}
		res := article.Read(strings.NewReader(string(data)), source, article.ReadOptions{})
		for _, a := range res.Articles {
			if !strings.HasPrefix(a.ID, "a:") || len(a.ID) != 34 {
				t.Fatalf("article without a proper key: %q", a.ID)
			}
			if a.Source != source && !strings.HasPrefix(a.Source, source+":") {
				t.Fatalf("article source %q does not name %q", a.Source, source)
			}
			if strings.TrimSpace(a.Title) == "" && strings.TrimSpace(a.Body) == "" {
				t.Fatalf("article %s has neither title nor body", a.Source)
			}
			if strings.ContainsAny(a.Title, "\n\r") {
				t.Fatalf("title spans lines: %q", a.Title)
			}
			if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Body) || !utf8.ValidString(a.URL) {
				t.Fatalf("article %s is not valid UTF-8", a.Source)
			}
			if strings.ContainsAny(a.URL, " \t\n") {
				t.Fatalf("URL with white space: %q", a.URL)
			}
			if a.Date != "" {
				if _, err := time.Parse("2006-01-02", a.Date); err != nil {
					t.Fatalf("date %q is not YYYY-MM-DD", a.Date)
				}
			}
			if a.ID != article.ArticleKey(a.Title, a.Body) {
				t.Fatalf("key %s is not the key of the title and body", a.ID)
			}
		}
		for _, list := range [][]*article.InputError{res.Errors, res.Warnings} {
			for _, e := range list {
				if e.Source != source || !strings.HasPrefix(e.Error(), source) || e.Problem == "" || e.Line < 0 {
					t.Fatalf("error %q (source %q) does not name %q", e.Error(), e.Source, source)
				}
			}
		}
		if len(res.Articles) == 0 && len(res.Errors) == 0 {
			t.Fatalf("no article and no error for %d bytes", len(data))
		}
		again := article.Read(strings.NewReader(string(data)), source, article.ReadOptions{})
		if len(again.Articles) != len(res.Articles) || len(again.Errors) != len(res.Errors) {
			t.Fatalf("second reading differs")
		}
		for i := range again.Articles {
			if again.Articles[i] != res.Articles[i] {
				t.Fatalf("second reading of article %d differs", i)
			}
		}
		if limit := int64(len(data)) - 1; limit > 0 {
			small := article.Read(strings.NewReader(string(data)), source, article.ReadOptions{MaxBytes: limit})
			if len(small.Articles) != 0 || len(small.Errors) != 1 || !strings.Contains(small.Errors[0].Problem, "limit") {
				t.Fatalf("input over the size limit not refused: %d articles, errors %v", len(small.Articles), small.Errors)
			}
		}
	})
}
