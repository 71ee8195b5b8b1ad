package extract

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/article"
	"github.com/diplograph/diplograph/extract/internal/testcorpus"
	"github.com/diplograph/diplograph/extract/parse"
	"github.com/diplograph/diplograph/internal/cputime"
)

// benchCorpus returns the articles the benchmark extracts: the repository's samples, the
// dev corpus when it is present (DIPLOGRAPH_BENCH_CORPUS names another folder), and
// generated articles, so that the measurement is stable without any of them.
func benchCorpus(tb testing.TB) []diplograph.Article {
	tb.Helper()
	var out []diplograph.Article
	dirs := []string{"../samples"}
	if d := os.Getenv("DIPLOGRAPH_BENCH_CORPUS"); d != "" {
		dirs = append(dirs, d)
	}
	for _, dir := range dirs {
		paths, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range paths {
			if strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".jsonl") {
				out = append(out, article.ReadFile(p, article.ReadOptions{}).Articles...)
			}
		}
	}
	return append(out, testcorpus.Generated(200, 30)...)
}

// countTokens returns the number of tokens the extractor reads in the articles.
func countTokens(tb testing.TB, e *Extractor, arts []diplograph.Article) int {
	tb.Helper()
	n := 0
	for _, a := range arts {
		for _, s := range parse.NewDocument(a, e.tagger).All() {
			n += len(s.Tokens)
		}
	}
	return n
}

// BenchmarkExtract measures extraction on one goroutine: tokens and articles per second
// of wall time, tokens per CPU second (the rate of one core, whatever else the machine
// runs), and the heap in use after the corpus has been extracted.
func BenchmarkExtract(b *testing.B) {
	e := mustExtractor(b)
	arts := benchCorpus(b)
	tokens := countTokens(b, e, arts)
	b.ResetTimer()
	start, cpu := time.Now(), cputime.Used()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := e.Extract(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	sec, cpuSec := time.Since(start).Seconds(), (cputime.Used() - cpu).Seconds()
	b.StopTimer()
	b.ReportMetric(float64(tokens*b.N)/sec, "tokens/s")
	b.ReportMetric(float64(len(arts)*b.N)/sec, "articles/s")
	if cpuSec > 0 {
		b.ReportMetric(float64(tokens*b.N)/cpuSec, "tokens/cpu-s")
	}
	reportHeap(b)
}

// BenchmarkExtractParallel measures extraction on all cores, as the ingestion pool runs it.
func BenchmarkExtractParallel(b *testing.B) {
	e := mustExtractor(b)
	arts := benchCorpus(b)
	tokens := countTokens(b, e, arts)
	b.ResetTimer()
	start, cpu := time.Now(), cputime.Used()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := e.Extract(arts[i%len(arts)]); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
	sec, cpuSec := time.Since(start).Seconds(), (cputime.Used() - cpu).Seconds()
	b.StopTimer()
	perArticle := float64(tokens) / float64(len(arts))
	b.ReportMetric(float64(b.N)/sec, "articles/s")
	b.ReportMetric(perArticle*float64(b.N)/sec/float64(runtime.GOMAXPROCS(0)), "tokens/s/core")
	if cpuSec > 0 {
		b.ReportMetric(perArticle*float64(b.N)/cpuSec, "tokens/cpu-s")
	}
	reportHeap(b)
}

func reportHeap(b *testing.B) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapInuse)/(1<<20), "heap-MB")
	b.ReportMetric(float64(m.Sys)/(1<<20), "sys-MB")
}
