package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"go.yaml.in/yaml/v3"
)

// EnvPrefix is the prefix of the environment variables that set configuration keys:
// neo4j.uri is DIPLOGRAPH_NEO4J_URI.
const EnvPrefix = "DIPLOGRAPH"

// flagKeys maps each command-line flag to the configuration key it sets.
var flagKeys = map[string]string{
	"neo4j-uri":      "neo4j.uri",
	"neo4j-user":     "neo4j.user",
	"neo4j-password": "neo4j.password",
	"neo4j-database": "neo4j.database",
	"batch-size":     "ingest.batch_size",
	"workers":        "ingest.workers",
	"max-file-bytes": "ingest.max_file_bytes",
	"force":          "ingest.force",
	"log-level":      "log.level",
	"log-format":     "log.format",
}

// AddFlags declares the configuration flags every command takes (file, Neo4j, logging)
// on a flag set, with the defaults as help. The password flag has no default shown;
// prefer the environment for it.
func AddFlags(fs *pflag.FlagSet) {
	d := Default()
	fs.String("config", "", "config file (default ./diplograph.yaml, then $HOME/.config/diplograph/diplograph.yaml)")
	fs.String("neo4j-uri", d.Neo4j.URI, "Neo4j Bolt URI (bolt:// or neo4j:// for a cluster)")
	fs.String("neo4j-user", d.Neo4j.User, "Neo4j user")
	fs.String("neo4j-password", "", "Neo4j password (better: DIPLOGRAPH_NEO4J_PASSWORD)")
	fs.String("neo4j-database", d.Neo4j.Database, "Neo4j database")
	fs.String("log-level", d.Log.Level, "log level: debug, info, warn, error")
	fs.String("log-format", d.Log.Format, "log format: text or json")
}

// AddReadFlags declares the flags of the commands that read and extract articles
// (ingest, extract): workers and the size limit of one article.
func AddReadFlags(fs *pflag.FlagSet) {
	d := Default()
	fs.Int("workers", d.Ingest.Workers, "extraction workers (0: one per core)")
	fs.Int64("max-file-bytes", d.Ingest.MaxFileBytes, "largest article to read (one file, or one record of a JSON Lines file or stdin)")
}

// AddIngestFlags declares the flags only the ingestion job takes, besides AddReadFlags.
func AddIngestFlags(fs *pflag.FlagSet) {
	d := Default()
	AddReadFlags(fs)
	fs.Int("batch-size", d.Ingest.BatchSize, "articles per write transaction")
	fs.Bool("force", d.Ingest.Force, "re-extract articles already in the graph unchanged")
}

// Load builds the configuration from, lowest to highest: defaults, the config file, the
// DIPLOGRAPH_* environment and the flags that were set on fs. fs may be nil. A missing
// default config file is not an error; a missing file named by --config is.
func Load(fs *pflag.FlagSet) (Config, error) {
	v := viper.New()
	d := Default()
	setDefaults(v, d)

	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	for _, key := range v.AllKeys() {
		if err := v.BindEnv(key); err != nil {
			return Config{}, fmt.Errorf("bind env for %s: %w", key, err)
		}
	}

	file := ""
	if fs != nil {
		if f := fs.Lookup("config"); f != nil {
			file = f.Value.String()
		}
	}
	if file == "" {
		file = os.Getenv(EnvPrefix + "_CONFIG")
	}
	named := file != ""
	if !named {
		file = defaultConfigFile()
	}
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			if !named && errors.Is(err, os.ErrNotExist) {
				file = ""
			} else {
				return Config{}, diplograph.Errorf(diplograph.EINVALID, "read config file %s: %v", file, err)
			}
		}
	}
	if file != "" {
		raw, err := yamlStrings(file, stringKeys)
		if err != nil {
			return Config{}, diplograph.Errorf(diplograph.EINVALID, "read config file %s: %v", file, err)
		}
		if err := v.MergeConfigMap(raw); err != nil {
			return Config{}, diplograph.Errorf(diplograph.EINVALID, "read config file %s: %v", file, err)
		}
	}

	if fs != nil {
		for name, key := range flagKeys {
			if f := fs.Lookup(name); f != nil && f.Changed {
				if err := v.BindPFlag(key, f); err != nil {
					return Config{}, fmt.Errorf("bind flag --%s: %w", name, err)
				}
			}
		}
	}

	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return Config{}, diplograph.Errorf(diplograph.EINVALID, "config %s: %v", describeFile(file), err)
	}
	return c, c.Validate()
}

// defaultConfigFile is the first config file that exists of ./diplograph.yaml,
// ./diplograph.yml and the same in $HOME/.config/diplograph/, or "" when there is none.
// Only these exact names are read: a file named plain "diplograph" (such as the built
// program) is never taken for configuration.
func defaultConfigFile() string {
	dirs := []string{"."}
	if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, ".config", "diplograph"))
	}
	for _, dir := range dirs {
		for _, name := range []string{"diplograph.yaml", "diplograph.yml"} {
			p := filepath.Join(dir, name)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p
			}
		}
	}
	return ""
}

// describeFile names where a bad value may come from, for messages.
func describeFile(file string) string {
	if file != "" {
		return "file " + file + " or environment"
	}
	return "from environment or flags"
}

func setDefaults(v *viper.Viper, d Config) {
	v.SetDefault("neo4j.uri", d.Neo4j.URI)
	v.SetDefault("neo4j.user", d.Neo4j.User)
	v.SetDefault("neo4j.password", "")
	v.SetDefault("neo4j.database", d.Neo4j.Database)
	v.SetDefault("neo4j.max_retry_time", d.Neo4j.MaxRetryTime)
	v.SetDefault("neo4j.batch_timeout", d.Neo4j.BatchTimeout)
	v.SetDefault("ingest.batch_size", d.Ingest.BatchSize)
	v.SetDefault("ingest.workers", d.Ingest.Workers)
	v.SetDefault("ingest.max_file_bytes", d.Ingest.MaxFileBytes)
	v.SetDefault("ingest.force", d.Ingest.Force)
	for _, f := range d.Extract.fields() {
		v.SetDefault("extract."+f.key, *f.v)
	}
	v.SetDefault("log.level", d.Log.Level)
	v.SetDefault("log.format", d.Log.Format)
}

// stringKeys are the settings that are text whatever they look like: a password such as
// 0x1F2E3D4C or 012345 must not be read as a number and changed.
var stringKeys = [][2]string{{"neo4j", "password"}, {"neo4j", "user"}, {"neo4j", "database"}, {"neo4j", "uri"}}

// yamlStrings returns, for a YAML config file, the given section.key settings as the
// exact text written in the file (for viper to use in place of its typed reading), and
// nothing for files of other formats.
func yamlStrings(file string, keys [][2]string) (map[string]any, error) {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".yaml", ".yml":
	default:
		return nil, nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	out := map[string]any{}
	for _, k := range keys {
		n := yamlLookup(&doc, k[0], k[1])
		if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
			continue
		}
		section, _ := out[k[0]].(map[string]any)
		if section == nil {
			section = map[string]any{}
			out[k[0]] = section
		}
		section[k[1]] = n.Value
	}
	return out, nil
}

// yamlLookup returns the value node at path in a YAML document, or nil.
func yamlLookup(n *yaml.Node, path ...string) *yaml.Node {
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, key := range path {
		if n.Kind != yaml.MappingNode {
			return nil
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if strings.EqualFold(n.Content[i].Value, key) {
				next = n.Content[i+1]
			}
		}
		if next == nil {
			return nil
		}
		n = next
	}
	return n
}
