package graph

import "sync"

// WriteStats counts what a store has written since it was opened, for the ingest summary.
type WriteStats struct {
	// Articles is the number of articles written (each once per Write that carried it).
	Articles int64
	// Batches is the number of committed write transactions.
	Batches int64
	// Replaced is the number of articles whose earlier facts were replaced because their
	// extractor version changed (or Replace was used).
	Replaced int64
	// SkippedEntities are entities without a usable key or of a type the graph lacks.
	SkippedEntities int64
	// SkippedRelations are relations not asserted or with parties that do not resolve.
	SkippedRelations int64
}

// writeCounter accumulates WriteStats across concurrent writes.
type writeCounter struct {
	mu sync.Mutex
	s  WriteStats
}

func (c *writeCounter) add(d WriteStats) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.s.Articles += d.Articles
	c.s.Batches += d.Batches
	c.s.Replaced += d.Replaced
	c.s.SkippedEntities += d.SkippedEntities
	c.s.SkippedRelations += d.SkippedRelations
}

func (c *writeCounter) get() WriteStats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.s
}

// Stats returns what the store has written since it was opened.
func (s *Store) Stats() WriteStats { return s.stats.get() }
