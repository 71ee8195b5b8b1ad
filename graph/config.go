package graph

import (
	"fmt"
	"net/url"
	"time"

	diplograph "github.com/diplograph/diplograph"
)

// Defaults of Config, used where a field is left zero.
const (
	DefaultDatabase         = "neo4j"
	DefaultBatchSize        = 500
	DefaultBatchTimeout     = 2 * time.Minute
	DefaultMaxRetryTime     = 30 * time.Second
	DefaultExtractorVersion = "unversioned"
)

// Config says how to reach Neo4j and how to batch writes.
type Config struct {
	// URI is the Bolt or routing address, e.g. bolt://127.0.0.1:7687 or neo4j+s://host.
	URI string
	// User and Password authenticate against the server; Password is never logged.
	User, Password string
	// Database is the database every session names (default "neo4j").
	Database string
	// BatchSize is the number of articles written per transaction (default 500).
	BatchSize int
	// BatchTimeout is the context deadline of one batch, retries included (default 2m).
	BatchTimeout time.Duration
	// MaxRetryTime is the driver's budget for retrying transient errors (default 30s).
	MaxRetryTime time.Duration
	// ExtractorVersion is stored on every written article; an article written again with
	// another version has its earlier facts replaced (default "unversioned").
	ExtractorVersion string
}

// withDefaults returns the configuration with zero fields set to their defaults.
func (c Config) withDefaults() Config {
	if c.Database == "" {
		c.Database = DefaultDatabase
	}
	if c.BatchSize <= 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.BatchTimeout <= 0 {
		c.BatchTimeout = DefaultBatchTimeout
	}
	if c.MaxRetryTime <= 0 {
		c.MaxRetryTime = DefaultMaxRetryTime
	}
	if c.ExtractorVersion == "" {
		c.ExtractorVersion = DefaultExtractorVersion
	}
	return c
}

// validate reports a configuration that cannot work.
func (c Config) validate() error {
	if c.URI == "" {
		return diplograph.Errorf(diplograph.EINVALID, "no Neo4j URI configured (set DIPLOGRAPH_NEO4J_URI)")
	}
	u, err := url.Parse(c.URI)
	if err != nil || u.Host == "" {
		return diplograph.Errorf(diplograph.EINVALID, "Neo4j URI %q is not a valid address like bolt://127.0.0.1:7687", diplograph.RedactURI(c.URI))
	}
	switch u.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return diplograph.Errorf(diplograph.EINVALID, "Neo4j URI %s has scheme %q; use bolt:// or neo4j://", diplograph.RedactURI(c.URI), u.Scheme)
	}
	if c.User == "" {
		return diplograph.Errorf(diplograph.EINVALID, "no Neo4j user configured for %s (set DIPLOGRAPH_NEO4J_USER)", diplograph.RedactURI(c.URI))
	}
	return nil
}

// String describes the configuration without the password.
func (c Config) String() string {
	return fmt.Sprintf("neo4j %s user %s database %s", diplograph.RedactURI(c.URI), c.User, c.Database)
}
