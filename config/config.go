// Package config is diplograph's typed configuration: its defaults, its validation, and
// loading it with viper from a file, DIPLOGRAPH_* environment variables and flags.
package config

import (
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"time"

	diplograph "github.com/diplograph/diplograph"
)

// Config is the whole configuration of a diplograph run.
type Config struct {
	Neo4j   Neo4j   `mapstructure:"neo4j"`
	Ingest  Ingest  `mapstructure:"ingest"`
	Extract Extract `mapstructure:"extract"`
	Log     Log     `mapstructure:"log"`
}

// Neo4j says where the graph lives and how to talk to it.
type Neo4j struct {
	// URI is the Bolt address: bolt:// for one server, neo4j:// for a cluster or Aura.
	URI      string `mapstructure:"uri"`
	User     string `mapstructure:"user"`
	Password string `mapstructure:"password"`
	Database string `mapstructure:"database"`
	// MaxRetryTime bounds the driver's retries of a transaction on transient errors
	// (a restarting server, lock conflicts).
	MaxRetryTime time.Duration `mapstructure:"max_retry_time"`
	// BatchTimeout is the deadline of one write batch.
	BatchTimeout time.Duration `mapstructure:"batch_timeout"`
}

// Ingest tunes the ingestion job.
type Ingest struct {
	// BatchSize is the number of articles written in one transaction.
	BatchSize int `mapstructure:"batch_size"`
	// Workers is the number of extraction workers; 0 means one per core.
	Workers int `mapstructure:"workers"`
	// MaxFileBytes is the largest input file read; larger files are reported and skipped.
	MaxFileBytes int64 `mapstructure:"max_file_bytes"`
	// Force re-extracts and rewrites articles already in the graph unchanged.
	Force bool `mapstructure:"force"`
}

// Extract bounds what the extraction of one article may give, so that no article,
// however hostile its text, produces output or work out of proportion to a news article.
type Extract struct {
	// MaxEntities is the most people, countries, organizations and meetings per article.
	MaxEntities int `mapstructure:"max_entities"`
	// MaxMeetings is the most named meetings per article.
	MaxMeetings int `mapstructure:"max_meetings"`
	// MaxRelations is the most relations per article.
	MaxRelations int `mapstructure:"max_relations"`
	// MaxRelationsPerSentence is the most relations from one sentence.
	MaxRelationsPerSentence int `mapstructure:"max_relations_per_sentence"`
	// MaxNameChars is the longest name, title, alias or place, in characters.
	MaxNameChars int `mapstructure:"max_name_chars"`
	// MaxAliases is the most aliases per entity.
	MaxAliases int `mapstructure:"max_aliases"`
	// MaxClaimChars is the longest claim, in characters.
	MaxClaimChars int `mapstructure:"max_claim_chars"`
	// MaxEvidenceChars is the longest evidence sentence, in characters.
	MaxEvidenceChars int `mapstructure:"max_evidence_chars"`
	// MaxTitleChars is the longest article title given back with an extraction.
	MaxTitleChars int `mapstructure:"max_title_chars"`
}

// fields lists the limits by configuration key, for defaults and validation.
func (e *Extract) fields() []struct {
	key string
	v   *int
} {
	return []struct {
		key string
		v   *int
	}{
		{"max_entities", &e.MaxEntities}, {"max_meetings", &e.MaxMeetings}, {"max_relations", &e.MaxRelations},
		{"max_relations_per_sentence", &e.MaxRelationsPerSentence}, {"max_name_chars", &e.MaxNameChars},
		{"max_aliases", &e.MaxAliases}, {"max_claim_chars", &e.MaxClaimChars},
		{"max_evidence_chars", &e.MaxEvidenceChars}, {"max_title_chars", &e.MaxTitleChars},
	}
}

// Log chooses the structured log's level and format.
type Log struct {
	// Level is debug, info, warn or error.
	Level string `mapstructure:"level"`
	// Format is text or json.
	Format string `mapstructure:"format"`
}

// Default returns the configuration used where nothing else is set. It holds no secret:
// the Neo4j password comes only from the environment, the file or a flag.
func Default() Config {
	return Config{
		Neo4j: Neo4j{
			URI:          "bolt://127.0.0.1:7687",
			User:         "neo4j",
			Database:     "neo4j",
			MaxRetryTime: 30 * time.Second,
			BatchTimeout: 2 * time.Minute,
		},
		Ingest: Ingest{
			BatchSize:    500,
			Workers:      0,
			MaxFileBytes: 16 << 20,
		},
		Extract: Extract{
			MaxEntities: 300, MaxMeetings: 30, MaxRelations: 300, MaxRelationsPerSentence: 20,
			MaxNameChars: 120, MaxAliases: 20, MaxClaimChars: 500, MaxEvidenceChars: 1000, MaxTitleChars: 500,
		},
		Log: Log{Level: "info", Format: "text"},
	}
}

// WorkerCount is the number of extraction workers to run.
func (c Config) WorkerCount() int {
	if c.Ingest.Workers > 0 {
		return c.Ingest.Workers
	}
	return runtime.NumCPU()
}

// Validate checks the configuration and says what is wrong in terms of the setting's name.
func (c Config) Validate() error {
	var problems []string
	u, err := url.Parse(c.Neo4j.URI)
	switch {
	case c.Neo4j.URI == "":
		problems = append(problems, "neo4j.uri is empty")
	case err != nil || u.Host == "":
		problems = append(problems, fmt.Sprintf("neo4j.uri %q is not a URI like bolt://host:7687", diplograph.RedactURI(c.Neo4j.URI)))
	default:
		switch u.Scheme {
		case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
		default:
			problems = append(problems, fmt.Sprintf("neo4j.uri scheme %q is not one of bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc", u.Scheme))
		}
		if u.User != nil || diplograph.HasUserInfo(c.Neo4j.URI) {
			problems = append(problems, "neo4j.uri must not carry credentials; set neo4j.user and DIPLOGRAPH_NEO4J_PASSWORD")
		}
	}
	if c.Neo4j.User == "" {
		problems = append(problems, "neo4j.user is empty")
	}
	if c.Neo4j.Database == "" {
		problems = append(problems, "neo4j.database is empty")
	}
	if c.Neo4j.MaxRetryTime < 0 {
		problems = append(problems, "neo4j.max_retry_time must not be negative")
	}
	if c.Neo4j.BatchTimeout <= 0 {
		problems = append(problems, "neo4j.batch_timeout must be positive")
	}
	if c.Ingest.BatchSize < 1 || c.Ingest.BatchSize > 100000 {
		problems = append(problems, fmt.Sprintf("ingest.batch_size %d must be between 1 and 100000", c.Ingest.BatchSize))
	}
	if c.Ingest.Workers < 0 {
		problems = append(problems, fmt.Sprintf("ingest.workers %d must be 0 (one per core) or more", c.Ingest.Workers))
	}
	if c.Ingest.MaxFileBytes < 1 {
		problems = append(problems, "ingest.max_file_bytes must be positive")
	}
	for _, f := range c.Extract.fields() {
		if *f.v < 1 || *f.v > 1000000 {
			problems = append(problems, fmt.Sprintf("extract.%s %d must be between 1 and 1000000", f.key, *f.v))
		}
	}
	switch strings.ToLower(c.Log.Level) {
	case "debug", "info", "warn", "error":
	default:
		problems = append(problems, fmt.Sprintf("log.level %q is not one of debug, info, warn, error", c.Log.Level))
	}
	switch strings.ToLower(c.Log.Format) {
	case "text", "json":
	default:
		problems = append(problems, fmt.Sprintf("log.format %q is not one of text, json", c.Log.Format))
	}
	if len(problems) > 0 {
		return diplograph.Errorf(diplograph.EINVALID, "invalid configuration: %s", strings.Join(problems, "; "))
	}
	return nil
}

// RequirePassword checks that a Neo4j password is set, for the commands that connect.
func (c Config) RequirePassword() error {
	if c.Neo4j.Password == "" {
		return diplograph.Errorf(diplograph.EINVALID,
			"no Neo4j password: set DIPLOGRAPH_NEO4J_PASSWORD, neo4j.password in diplograph.yaml, or --neo4j-password")
	}
	return nil
}

// String describes the configuration without its secrets, for logs.
func (c Config) String() string {
	pw := "unset"
	if c.Neo4j.Password != "" {
		pw = "set"
	}
	return fmt.Sprintf("neo4j.uri=%s neo4j.user=%s neo4j.password=%s neo4j.database=%s ingest.batch_size=%d ingest.workers=%d",
		diplograph.RedactURI(c.Neo4j.URI), c.Neo4j.User, pw, c.Neo4j.Database, c.Ingest.BatchSize, c.WorkerCount())
}
