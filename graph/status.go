package graph

import (
	"context"
	"fmt"
	"time"
)

// Status is what `diplograph status` tells of the graph: where it lives, what wrote it
// and how much it holds.
type Status struct {
	// Server is the address the driver connected to; Agent the server's name and version
	// ("Neo4j/5.26.0").
	Server   string `json:"server"`
	Agent    string `json:"agent"`
	Database string `json:"database"`
	// ExtractorVersions maps each extractor version found on articles to their number.
	ExtractorVersions map[string]int64 `json:"extractor_versions"`
	// Counts are the nodes per label and relationships per type.
	Counts Counts `json:"counts"`
	// LastIngest is when the most recently first-written article was written; zero for an
	// empty graph.
	LastIngest time.Time `json:"last_ingest,omitzero"`
}

// statusQuery reads the articles' extractor versions and the time of the last write.
const statusQuery = `MATCH (a:Article)
RETURN a.extractor_version AS version, count(*) AS articles, max(a.ingested_at) AS last`

// Status reads the server's identity and the graph's contents.
func (s *Store) Status(ctx context.Context) (Status, error) {
	st := Status{Database: s.cfg.Database, ExtractorVersions: map[string]int64{}}
	info, err := s.driver.GetServerInfo(ctx)
	if err != nil {
		return st, translate(s.cfg, "server info", err)
	}
	st.Server, st.Agent = info.Address(), info.Agent()
	if st.Counts, err = s.Counts(ctx); err != nil {
		return st, err
	}
	res, err := s.executeQuery(ctx, statusQuery, nil, false)
	if err != nil {
		return st, translate(s.cfg, "read articles", err)
	}
	for _, rec := range res.Records {
		version, _ := rec.Values[0].(string)
		if version == "" {
			version = "(none)"
		}
		n, _ := rec.Values[1].(int64)
		st.ExtractorVersions[version] = n
		if t, ok := rec.Values[2].(time.Time); ok && t.After(st.LastIngest) {
			st.LastIngest = t
		}
	}
	return st, nil
}

// String is a short description for logs.
func (st Status) String() string {
	return fmt.Sprintf("%s %s database %s: %d articles", st.Agent, st.Server, st.Database, st.Counts.Nodes["Article"])
}
