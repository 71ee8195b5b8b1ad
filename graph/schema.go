package graph

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// schemaFiles are the constraint and index statements, applied in file-name order.
//
//go:embed schema/*.cypher
var schemaFiles embed.FS

// SchemaStatement is one schema statement and the file it comes from.
type SchemaStatement struct {
	File      string
	Statement string
}

// SchemaStatements returns the embedded schema statements in the order they are applied.
func SchemaStatements() ([]SchemaStatement, error) {
	names, err := fs.Glob(schemaFiles, "schema/*.cypher")
	if err != nil {
		return nil, fmt.Errorf("list schema files: %w", err)
	}
	sort.Strings(names)
	var out []SchemaStatement
	for _, name := range names {
		b, err := schemaFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		for _, stmt := range splitStatements(string(b)) {
			out = append(out, SchemaStatement{File: name, Statement: stmt})
		}
	}
	return out, nil
}

// splitStatements splits a Cypher file into its ';'-terminated statements, dropping
// whole-line '//' comments and blank lines.
func splitStatements(src string) []string {
	var lines []string
	for _, line := range strings.Split(src, "\n") {
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		lines = append(lines, line)
	}
	var out []string
	for _, stmt := range strings.Split(strings.Join(lines, "\n"), ";") {
		if stmt = strings.TrimSpace(stmt); stmt != "" {
			out = append(out, stmt)
		}
	}
	return out
}

// ApplySchema creates the constraints and indexes that do not exist yet, each statement
// in its own transaction, waits until the indexes are online, and dates the mentions,
// counts the reports per month, keys the claims' relationships and writes the pairs of a
// graph written before they were (see mentions.go, months.go, claims.go and pairs.go),
// each of these once per database (migrations.go). It is idempotent.
func (s *Store) ApplySchema(ctx context.Context) error {
	stmts, err := SchemaStatements()
	if err != nil {
		return err
	}
	for _, st := range stmts {
		if _, err := s.executeQuery(ctx, st.Statement, nil, true); err != nil {
			return translate(s.cfg, "apply schema "+st.File, err)
		}
	}
	if _, err := s.executeQuery(ctx, "CALL db.awaitIndexes(300)", nil, true); err != nil {
		return translate(s.cfg, "await indexes", err)
	}
	return s.migrate(ctx)
}

// SchemaNames returns the sorted names of the database's constraints and indexes.
func (s *Store) SchemaNames(ctx context.Context) ([]string, error) {
	var names []string
	for _, q := range []string{"SHOW CONSTRAINTS YIELD name RETURN name", "SHOW INDEXES YIELD name RETURN name"} {
		res, err := s.executeQuery(ctx, q, nil, false)
		if err != nil {
			return nil, translate(s.cfg, "list schema", err)
		}
		for _, rec := range res.Records {
			if name, ok := rec.Values[0].(string); ok {
				names = append(names, name)
			}
		}
	}
	sort.Strings(names)
	return names, nil
}
