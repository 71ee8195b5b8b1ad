package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/config"
	"github.com/spf13/pflag"
)

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "diplograph.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func flags(t *testing.T, args ...string) *pflag.FlagSet {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	config.AddFlags(fs)
	config.AddIngestFlags(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return fs
}

func clearEnv(t *testing.T) {
	t.Helper()
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, config.EnvPrefix+"_") {
			t.Setenv(kv[:strings.IndexByte(kv, '=')], "")
			os.Unsetenv(kv[:strings.IndexByte(kv, '=')])
		}
	}
	t.Chdir(t.TempDir())
	t.Setenv("HOME", t.TempDir())
}

func TestPrecedenceFileEnvFlag(t *testing.T) {
	clearEnv(t)
	file := writeFile(t, `
neo4j:
  uri: bolt://file-host:7687
  user: fileuser
  database: filedb
ingest:
  batch_size: 10
  workers: 3
log:
  level: debug
`)
	tests := []struct {
		name     string
		env      map[string]string
		args     []string
		uri      string
		user     string
		batch    int
		workers  int
		database string
	}{
		{"file only", nil, nil, "bolt://file-host:7687", "fileuser", 10, 3, "filedb"},
		{"env beats file", map[string]string{"DIPLOGRAPH_NEO4J_URI": "bolt://env-host:7687", "DIPLOGRAPH_INGEST_BATCH_SIZE": "20"}, nil,
			"bolt://env-host:7687", "fileuser", 20, 3, "filedb"},
		{"flag beats env", map[string]string{"DIPLOGRAPH_NEO4J_URI": "bolt://env-host:7687", "DIPLOGRAPH_INGEST_BATCH_SIZE": "20"},
			[]string{"--neo4j-uri", "neo4j://flag-host:7687", "--batch-size", "30"}, "neo4j://flag-host:7687", "fileuser", 30, 3, "filedb"},
		{"unset flag keeps env", map[string]string{"DIPLOGRAPH_INGEST_WORKERS": "5"}, []string{"--neo4j-user", "flaguser"},
			"bolt://file-host:7687", "flaguser", 10, 5, "filedb"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			c, err := config.Load(flags(t, append([]string{"--config", file}, tc.args...)...))
			if err != nil {
				t.Fatal(err)
			}
			if c.Neo4j.URI != tc.uri || c.Neo4j.User != tc.user || c.Ingest.BatchSize != tc.batch ||
				c.Ingest.Workers != tc.workers || c.Neo4j.Database != tc.database {
				t.Fatalf("got uri=%s user=%s batch=%d workers=%d db=%s", c.Neo4j.URI, c.Neo4j.User,
					c.Ingest.BatchSize, c.Ingest.Workers, c.Neo4j.Database)
			}
			if c.Log.Level != "debug" {
				t.Fatalf("log level from file lost: %q", c.Log.Level)
			}
		})
	}
}

func TestDefaultsWithoutFile(t *testing.T) {
	clearEnv(t)
	c, err := config.Load(flags(t))
	if err != nil {
		t.Fatal(err)
	}
	d := config.Default()
	if c.Neo4j.URI != d.Neo4j.URI || c.Ingest.BatchSize != d.Ingest.BatchSize || c.Neo4j.MaxRetryTime != 30*time.Second {
		t.Fatalf("defaults not applied: %+v", c)
	}
	if c.Neo4j.Password != "" {
		t.Fatal("a default password must never exist")
	}
	if err := c.RequirePassword(); err == nil || !strings.Contains(err.Error(), "DIPLOGRAPH_NEO4J_PASSWORD") {
		t.Fatalf("missing password error should say how to set it, got %v", err)
	}
}

func TestPasswordFromEnvNotInString(t *testing.T) {
	clearEnv(t)
	t.Setenv("DIPLOGRAPH_NEO4J_PASSWORD", "s3cret-value")
	c, err := config.Load(flags(t))
	if err != nil {
		t.Fatal(err)
	}
	if c.Neo4j.Password != "s3cret-value" {
		t.Fatalf("password from env not loaded")
	}
	if strings.Contains(c.String(), "s3cret-value") {
		t.Fatal("String() leaks the password")
	}
}

func TestDurationFromEnv(t *testing.T) {
	clearEnv(t)
	t.Setenv("DIPLOGRAPH_NEO4J_MAX_RETRY_TIME", "5s")
	c, err := config.Load(flags(t))
	if err != nil {
		t.Fatal(err)
	}
	if c.Neo4j.MaxRetryTime != 5*time.Second {
		t.Fatalf("max retry time = %v", c.Neo4j.MaxRetryTime)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*config.Config)
		want string
	}{
		{"empty uri", func(c *config.Config) { c.Neo4j.URI = "" }, "neo4j.uri is empty"},
		{"bad scheme", func(c *config.Config) { c.Neo4j.URI = "http://localhost:7474" }, "scheme \"http\""},
		{"credentials in uri", func(c *config.Config) { c.Neo4j.URI = "bolt://u:p@localhost:7687" }, "must not carry credentials"},
		{"credentials in a broken uri", func(c *config.Config) { c.Neo4j.URI = "bolt://u:pw-secret@[::1" }, `"bolt://***@[::1"`},
		{"batch size", func(c *config.Config) { c.Ingest.BatchSize = 0 }, "ingest.batch_size 0"},
		{"workers", func(c *config.Config) { c.Ingest.Workers = -1 }, "ingest.workers -1"},
		{"log level", func(c *config.Config) { c.Log.Level = "loud" }, "log.level \"loud\""},
		{"log format", func(c *config.Config) { c.Log.Format = "xml" }, "log.format \"xml\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := config.Default()
			tc.mod(&c)
			err := c.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("want error containing %q, got %v", tc.want, err)
			}
			if diplograph.ErrorCode(err) != diplograph.EINVALID {
				t.Fatalf("code = %s", diplograph.ErrorCode(err))
			}
		})
	}
	if err := config.Default().Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
}

func TestMissingNamedConfigFile(t *testing.T) {
	clearEnv(t)
	_, err := config.Load(flags(t, "--config", filepath.Join(t.TempDir(), "nope.yaml")))
	if err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Fatalf("want error naming the file, got %v", err)
	}
}

func TestBadConfigValue(t *testing.T) {
	clearEnv(t)
	file := writeFile(t, "ingest:\n  batch_size: lots\n")
	_, err := config.Load(flags(t, "--config", file))
	if err == nil || !strings.Contains(err.Error(), file) {
		t.Fatalf("want error naming the file, got %v", err)
	}
}

func TestDefaultConfigFileSearch(t *testing.T) {
	clearEnv(t)
	dir, _ := os.Getwd()
	// a program named like the config file, with no extension, is not configuration
	if err := os.WriteFile(filepath.Join(dir, "diplograph"), []byte("\x7fELF\x00\x01binary"), 0o755); err != nil {
		t.Fatal(err)
	}
	c, err := config.Load(flags(t))
	if err != nil {
		t.Fatalf("a binary named diplograph was read as config: %v", err)
	}
	if c.Ingest.BatchSize != config.Default().Ingest.BatchSize {
		t.Fatalf("batch size %d", c.Ingest.BatchSize)
	}
	if err := os.WriteFile(filepath.Join(dir, "diplograph.yaml"), []byte("ingest:\n  batch_size: 7\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err = config.Load(flags(t))
	if err != nil || c.Ingest.BatchSize != 7 {
		t.Fatalf("./diplograph.yaml not read: %v %d", err, c.Ingest.BatchSize)
	}
	home := os.Getenv("HOME")
	if err := os.Remove(filepath.Join(dir, "diplograph.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(home, ".config", "diplograph"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, ".config", "diplograph", "diplograph.yml"), []byte("ingest:\n  batch_size: 9\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err = config.Load(flags(t))
	if err != nil || c.Ingest.BatchSize != 9 {
		t.Fatalf("$HOME/.config/diplograph/diplograph.yml not read: %v %d", err, c.Ingest.BatchSize)
	}
}

func TestBadEnvValue(t *testing.T) {
	clearEnv(t)
	t.Setenv("DIPLOGRAPH_INGEST_BATCH_SIZE", "lots")
	_, err := config.Load(flags(t))
	if err == nil || !strings.Contains(err.Error(), "environment") || !strings.Contains(err.Error(), "batch_size") {
		t.Fatalf("want an error naming the environment and the key, got %v", err)
	}
}

// TestYAMLPasswordsAreText reads passwords that YAML would take for numbers, booleans
// or dates, unquoted, and wants them exactly as written; the environment still wins.
func TestYAMLPasswordsAreText(t *testing.T) {
	for _, pw := range []string{"0x1F2E3D4C", "012345", "1e10", "true", "2024-01-02", "12:30:45", "0o17", ".inf", "'quoted'"} {
		clearEnv(t)
		file := writeFile(t, "neo4j:\n  user: 007\n  password: "+pw+"\n")
		c, err := config.Load(flags(t, "--config", file))
		if err != nil {
			t.Fatalf("%s: %v", pw, err)
		}
		want := strings.Trim(pw, "'")
		if c.Neo4j.Password != want || c.Neo4j.User != "007" {
			t.Errorf("password %s read as %q, user as %q", pw, c.Neo4j.Password, c.Neo4j.User)
		}
		t.Setenv("DIPLOGRAPH_NEO4J_PASSWORD", "from-env")
		if c, err := config.Load(flags(t, "--config", file)); err != nil || c.Neo4j.Password != "from-env" {
			t.Errorf("%s: the environment does not win over the file: %q, %v", pw, c.Neo4j.Password, err)
		}
	}
}
