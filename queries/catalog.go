package queries

import (
	"fmt"
	"io"
	"strings"
)

// Catalog returns the list of reports as a result: name, description and parameters
// (each as name=default), for `diplograph reports --format ...`.
func Catalog() *Result {
	res := &Result{Columns: []string{"name", "description", "parameters"}}
	for _, r := range all {
		params := make([]any, len(r.Params))
		for i, p := range r.Params {
			params[i] = p.Name + "=" + literal(p.Default)
		}
		res.Rows = append(res.Rows, []any{r.Name, r.Description, params})
	}
	return res
}

// WriteHelp writes a report's name, description, parameters with their defaults and
// the `:params` line that prepares Neo4j Browser for it.
func WriteHelp(w io.Writer, r *Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n  %s\n", r.Name, r.Description)
	width := 0
	for _, p := range r.Params {
		width = max(width, len(p.Name)+3+len(literal(p.Default)))
	}
	for _, p := range r.Params {
		desc := p.Description
		if len(p.Choices) > 0 {
			desc = "one of " + strings.Join(p.Choices, ", ") + "; " + desc
		}
		fmt.Fprintf(&b, "  %-*s  %s\n", width, p.Name+" = "+literal(p.Default), desc)
	}
	fmt.Fprintf(&b, "  Browser: %s\n", r.BrowserParams())
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write help of report %s: %w", r.Name, err)
	}
	return nil
}
