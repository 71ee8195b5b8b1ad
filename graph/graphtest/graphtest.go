// Package graphtest opens the local Neo4j server for tests: a wiped database with the
// schema applied, closed when the test ends.
package graphtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// Environment variables read by Config, with the local server's defaults.
const (
	EnvURI      = "DIPLOGRAPH_NEO4J_URI"
	EnvUser     = "DIPLOGRAPH_NEO4J_USER"
	EnvPassword = "DIPLOGRAPH_NEO4J_PASSWORD"
	EnvDatabase = "DIPLOGRAPH_NEO4J_DATABASE"
	// EnvSwitch set to "off" skips tests that need Neo4j; anything else runs them.
	EnvSwitch = "DIPLOGRAPH_TEST_NEO4J"

	DefaultURI      = "bolt://127.0.0.1:7687"
	DefaultUser     = "neo4j"
	DefaultPassword = "diplograph-local"
)

// setupTimeout bounds connecting, wiping and applying the schema.
const setupTimeout = 2 * time.Minute

// Config returns the store configuration from the DIPLOGRAPH_NEO4J_* environment, with
// the local server's defaults.
func Config() graph.Config {
	return graph.Config{
		URI:      env(EnvURI, DefaultURI),
		User:     env(EnvUser, DefaultUser),
		Password: env(EnvPassword, DefaultPassword),
		Database: env(EnvDatabase, graph.DefaultDatabase),
	}
}

func env(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// SkipIfOff skips the test when DIPLOGRAPH_TEST_NEO4J=off says Neo4j is absent on purpose.
func SkipIfOff(tb testing.TB) {
	tb.Helper()
	if os.Getenv(EnvSwitch) == "off" {
		tb.Skipf("%s=off: test needs Neo4j", EnvSwitch)
	}
}

// MustOpen connects to Neo4j, wipes the database, applies the schema and closes the store
// when the test ends. It fails the test when the server cannot be reached, and skips it
// only when DIPLOGRAPH_TEST_NEO4J=off.
func MustOpen(tb testing.TB) *graph.Store {
	tb.Helper()
	return MustOpenConfig(tb, Config())
}

// MustOpenConfig is MustOpen with an explicit configuration (e.g. a small BatchSize).
func MustOpenConfig(tb testing.TB, cfg graph.Config) *graph.Store {
	tb.Helper()
	s := MustConnect(tb, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	if err := Wipe(ctx, s); err != nil {
		tb.Fatalf("wipe Neo4j database %q at %s: %v", s.Database(), cfg.URI, err)
	}
	if err := s.ApplySchema(ctx); err != nil {
		tb.Fatalf("apply schema at %s: %v", cfg.URI, err)
	}
	return s
}

// MustConnect opens a store without touching the data, closing it when the test ends:
// for a second writer on a database another MustOpen already prepared.
func MustConnect(tb testing.TB, cfg graph.Config) *graph.Store {
	tb.Helper()
	SkipIfOff(tb)
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		tb.Fatalf("open Neo4j at %s as %q: %v\n(start the local server with `neo4j/local.sh start`, "+
			"point %s at a running one, or set %s=off to skip tests that need Neo4j)",
			cfg.URI, cfg.User, err, EnvURI, EnvSwitch)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := s.Close(ctx); err != nil {
			tb.Errorf("close Neo4j store: %v", err)
		}
	})
	return s
}

// Wipe deletes every node and relationship of the store's database, in batches.
func Wipe(ctx context.Context, s *graph.Store) error { return s.DeleteAll(ctx) }
