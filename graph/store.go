// Package graph writes extractions into Neo4j and reads them back: the schema
// (constraints and indexes), batched idempotent writes, and the counts and checksum that
// tests and the ingest summary use. It knows the graph model of docs/graph-model.md and
// nothing of text.
package graph

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	neo4jconfig "github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// verifyTimeout bounds how long Open waits for the server to answer.
const verifyTimeout = 15 * time.Second

// Store is the Neo4j graph: one driver shared by every write and read of the process.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	stats  *writeCounter
}

// Open creates the driver and checks that the server answers and accepts the credentials.
// Failures are *diplograph.Error values with code EUNAVAILABLE, EAUTH or EINVALID.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *neo4jconfig.Config) {
			c.MaxTransactionRetryTime = cfg.MaxRetryTime
			c.SocketConnectTimeout = 5 * time.Second
			c.ConnectionAcquisitionTimeout = verifyTimeout
		})
	if err != nil {
		return nil, translate(cfg, "create Neo4j driver", err)
	}
	vctx, cancel := context.WithTimeout(ctx, verifyTimeout)
	defer cancel()
	if err := driver.VerifyConnectivity(vctx); err != nil {
		_ = driver.Close(ctx)
		return nil, translate(cfg, "connect", err)
	}
	if err := driver.VerifyAuthentication(vctx, nil); err != nil {
		_ = driver.Close(ctx)
		return nil, translate(cfg, "authenticate", err)
	}
	return &Store{driver: driver, cfg: cfg, stats: &writeCounter{}}, nil
}

// Close closes the driver and its connections.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return translate(s.cfg, "close", err)
	}
	return nil
}

// Driver returns the store's driver, for components (the report runner) that run their
// own queries; they must name Database() in every session.
func (s *Store) Driver() neo4j.DriverWithContext { return s.driver }

// Database returns the name of the database the store reads and writes.
func (s *Store) Database() string { return s.cfg.Database }

// Config returns the store's configuration with defaults applied.
func (s *Store) Config() Config { return s.cfg }

// executeQuery runs one statement in a managed transaction against the store's database.
func (s *Store) executeQuery(ctx context.Context, query string, params map[string]any, write bool) (*neo4j.EagerResult, error) {
	routing := neo4j.ExecuteQueryWithReadersRouting()
	if write {
		routing = neo4j.ExecuteQueryWithWritersRouting()
	}
	return neo4j.ExecuteQuery(ctx, s.driver, query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), routing)
}
