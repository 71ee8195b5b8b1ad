package article_test

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/article"
)

// records is a JSON Lines feed of n articles, generated as it is read, so that a long
// feed is never in memory as a whole.
type records struct {
	n, next int
	buf     []byte
	bytes   int64
}

func (r *records) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.next >= r.n {
			return 0, io.EOF
		}
		r.buf = fmt.Appendf(nil, "{\"title\":\"Talks %d\",\"body\":\"%s Poland met Japan in Warsaw on day %d.\"}\n",
			r.next, strings.Repeat("The ministers spoke at length. ", 30), r.next)
		r.next++
		r.bytes += int64(len(r.buf))
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// TestStreamLimitIsPerRecord: a feed hundreds of times the size limit is read whole,
// record by record, with the position in the input after each.
func TestStreamLimitIsPerRecord(t *testing.T) {
	const n = 20000 // about 20 MB
	src := &records{n: n}
	var got int
	var last int64
	article.Stream(src, "-", article.ReadOptions{MaxBytes: 64 << 10}, func(c article.Counted) bool {
		if len(c.Errors) > 0 {
			t.Fatalf("errors: %v", c.Errors[0])
		}
		got += len(c.Articles)
		if c.Offset <= last {
			t.Fatalf("offset %d after %d", c.Offset, last)
		}
		last = c.Offset
		return true
	})
	if got != n {
		t.Errorf("read %d of %d records", got, n)
	}
	if last < 64<<10*100 {
		t.Errorf("read %d bytes; the feed is not over the limit", last)
	}
}

// TestStreamRecordOverLimit: only the record over the limit fails, naming its line; the
// lines after it are read; a stop from the callback ends the reading.
func TestStreamRecordOverLimit(t *testing.T) {
	feed := `{"title":"One","body":"Poland met Japan."}` + "\n" +
		`{"title":"Two","body":"` + strings.Repeat("x", 500) + `"}` + "\n" +
		"\n" +
		`{"title":"Three","body":"Chile met Peru."}` + "\n" +
		`{"title":"Four","body":"Chile met Peru again."}`
	var titles []string
	var errs []string
	article.Stream(strings.NewReader(feed), "feed.jsonl", article.ReadOptions{MaxBytes: 100}, func(c article.Counted) bool {
		for _, a := range c.Articles {
			titles = append(titles, a.Title)
		}
		for _, e := range c.Errors {
			errs = append(errs, e.Error())
		}
		return len(titles) < 2
	})
	if strings.Join(titles, ",") != "One,Three" {
		t.Errorf("titles %v", titles)
	}
	if len(errs) != 1 || errs[0] != "feed.jsonl:2: record larger than the 100-byte limit (ingest.max_file_bytes)" {
		t.Errorf("errors %q", errs)
	}
}

// TestStreamOtherShapes: what is not JSON Lines is read as Read reads it.
func TestStreamOtherShapes(t *testing.T) {
	for name, text := range map[string]string{
		"indented.json": "{\n  \"title\": \"One\",\n  \"body\": \"Poland met Japan.\"\n}\n",
		"array.json":    `[{"title":"One","body":"Poland met Japan."}]`,
		"article.txt":   "## One\n\nPoland met Japan.\n",
	} {
		var titles []string
		article.Stream(strings.NewReader(text), name, article.ReadOptions{}, func(c article.Counted) bool {
			for _, a := range c.Articles {
				titles = append(titles, a.Title)
			}
			if len(c.Errors) > 0 {
				t.Errorf("%s: %v", name, c.Errors[0])
			}
			return true
		})
		if len(titles) != 1 || titles[0] != "One" {
			t.Errorf("%s: titles %v", name, titles)
		}
	}
}

// BenchmarkStreamFeed streams a generated JSON Lines feed of about 1 KB a record and
// reports the largest heap seen while reading it: the feed is never held whole.
//
//	go test ./article -run '^$' -bench StreamFeed -benchtime 1x
func BenchmarkStreamFeed(b *testing.B) {
	const n = 200000 // about 200 MB
	var peak uint64
	var ms runtime.MemStats
	for range b.N {
		src := &records{n: n}
		got := 0
		article.Stream(src, "-", article.ReadOptions{}, func(c article.Counted) bool {
			got += len(c.Articles)
			if got%5000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
			return true
		})
		if got != n {
			b.Fatalf("read %d of %d", got, n)
		}
		b.SetBytes(src.bytes)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}
