package graph

import "context"

// replanTimeoutSeconds bounds the wait for the server to sample its indexes again.
const replanTimeoutSeconds = 120

// Replan has the server sample its indexes again and forget the plans it made, so that
// the reports run next are planned on the graph as it now is. A server plans a query on
// the index statistics of when it first saw it; right after a large write those can
// describe a much smaller graph, and a report planned on them reads far more than it
// shows. Ingest calls it after writing.
func (s *Store) Replan(ctx context.Context) error {
	_, err := s.executeQuery(ctx, "CALL db.prepareForReplanning($timeout)",
		map[string]any{"timeout": replanTimeoutSeconds}, true)
	if err != nil {
		return translate(s.cfg, "replan", err)
	}
	return nil
}
