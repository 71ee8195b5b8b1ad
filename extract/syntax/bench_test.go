package syntax_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/extract/syntax"
	"github.com/diplograph/diplograph/internal/cputime"
)

// devTreebank reads the EWT dev set, or skips the benchmark where it is not beside the
// project.
func devTreebank(b *testing.B) []syntax.Sentence {
	b.Helper()
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "treebank", "en_ewt-ud-dev.conllu"))
	if err != nil {
		b.Skipf("no treebank beside the project: %v", err)
	}
	defer func() { _ = f.Close() }()
	sents, err := syntax.ReadCoNLLU(f)
	if err != nil {
		b.Fatal(err)
	}
	return sents
}

// BenchmarkTagAndParse tags and parses the sentences of the EWT dev set (real web text,
// gold words) and reports words per second on one goroutine.
func BenchmarkTagAndParse(b *testing.B) {
	sents := devTreebank(b)
	tg, p := load(b)
	words := 0
	b.ResetTimer()
	cpu := cputime.Used()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			forms := s.Forms()
			p.Parse(forms, tg.Tag(forms), nil)
			words += len(forms)
		}
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
	if used := (cputime.Used() - cpu).Seconds(); used > 0 {
		b.ReportMetric(float64(words)/used, "words/CPU-s")
	}
}

// BenchmarkLoadParser decodes the embedded model.
func BenchmarkLoadParser(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := syntax.NewParserFromEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStages times each stage of TagAndParse on its own: prose's tagger, the
// parser's own tagger, and both taggers with the parser.
func BenchmarkStages(b *testing.B) {
	sents := devTreebank(b)
	tg, p := load(b)
	given := make([][]string, len(sents))
	for i, s := range sents {
		given[i] = tg.Tag(s.Forms())
	}
	run := func(name string, stage func(forms, tags []string)) {
		b.Run(name, func(b *testing.B) {
			words := 0
			cpu := cputime.Used()
			for i := 0; i < b.N; i++ {
				for j, s := range sents {
					forms := s.Forms()
					stage(forms, given[j])
					words += len(forms)
				}
			}
			if used := (cputime.Used() - cpu).Seconds(); used > 0 {
				b.ReportMetric(float64(words)/used, "words/CPU-s")
			}
		})
	}
	run("prose-tagger", func(forms, _ []string) { tg.Tag(forms) })
	run("own-tagger", func(forms, tags []string) { p.Tags(forms, tags) })
	run("parse", func(forms, tags []string) { p.Parse(forms, tags, nil) })
}
