package graph_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph/graphtest"
)

// BenchmarkWrite writes batches of 500 new synthetic articles (about 6 relations and 7
// actors each, overlapping across articles) and reports articles and graph elements
// (nodes plus relationships created) per second.
func BenchmarkWrite(b *testing.B) {
	s := graphtest.MustOpen(b)
	ctx := context.Background()
	const perOp = 500
	// Warm the plan cache so that the first iteration does not measure planning.
	if err := s.Write(ctx, synthetic(perOp, "warm", 1)); err != nil {
		b.Fatal(err)
	}
	before, err := s.Counts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var elapsed time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		xs := synthetic(perOp, fmt.Sprintf("bench%d", i), int64(i+2))
		b.StartTimer()
		start := time.Now()
		if err := s.Write(ctx, xs); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
	}
	b.StopTimer()
	after, err := s.Counts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	elements := (after.TotalNodes - before.TotalNodes) + (after.TotalRelationships - before.TotalRelationships)
	b.ReportMetric(float64(b.N*perOp)/elapsed.Seconds(), "articles/s")
	b.ReportMetric(float64(elements)/elapsed.Seconds(), "elements/s")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkRewrite writes the same 500 articles again: the cost of re-ingesting a folder
// that has not changed.
func BenchmarkRewrite(b *testing.B) {
	s := graphtest.MustOpen(b)
	ctx := context.Background()
	xs := synthetic(500, "again", 3)
	if err := s.Write(ctx, xs); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if err := s.Write(ctx, xs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(xs))/time.Since(start).Seconds(), "articles/s")
}
