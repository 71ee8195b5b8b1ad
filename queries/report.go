// Package queries holds the canned reports: one Cypher file per report, embedded, with a
// header that names the report, says what it answers and lists its parameters with their
// defaults. The same file runs unchanged in Neo4j Browser after `:params`. The package
// parses the headers, binds parameters, runs a report and formats its rows.
package queries

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	diplograph "github.com/diplograph/diplograph"
)

// files are the report sources, one report per file.
//
//go:embed *.cypher
var files embed.FS

// Report is one canned report: its name, what it answers, its parameters and its Cypher.
type Report struct {
	// Name is the report's name, the same as its file name without ".cypher".
	Name string
	// Aliases are other names the report answers to, each with defaults of its own
	// (`@alias between members=true`): the same Cypher read another way.
	Aliases []Alias
	// Description says in one line what the report answers.
	Description string
	// Params are the report's parameters in header order.
	Params []Param
	// Cypher is the whole file, header included; it is what runs.
	Cypher string
}

// Alias is another name of a report and the defaults it sets.
type Alias struct {
	Name     string
	Defaults map[string]string
}

// Param is one parameter of a report, declared in the header as
// `// @param name = <JSON default> [choice|choice] description`.
type Param struct {
	Name string
	// Default is the value used when the parameter is not given: a string, an int64,
	// a float64 or a bool, as written in the header.
	Default any
	// Choices, when not empty, are the only values allowed besides the default.
	Choices []string
	// Description says what the parameter means.
	Description string
}

// Param returns the report's parameter with the given name, or false.
func (r *Report) Param(name string) (Param, bool) {
	for _, p := range r.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// ParamNames returns the names of the report's parameters in header order.
func (r *Report) ParamNames() []string {
	names := make([]string, len(r.Params))
	for i, p := range r.Params {
		names[i] = p.Name
	}
	return names
}

// Defaults returns the report's parameters set to their defaults.
func (r *Report) Defaults() map[string]any {
	m := make(map[string]any, len(r.Params))
	for _, p := range r.Params {
		m[p.Name] = p.Default
	}
	return m
}

// BrowserParams returns the `:params {...}` line that sets every parameter to its default
// in Neo4j Browser, so that the report's file can be pasted there as it is.
func (r *Report) BrowserParams() string {
	parts := make([]string, len(r.Params))
	for i, p := range r.Params {
		parts[i] = p.Name + ": " + literal(p.Default)
	}
	return ":params {" + strings.Join(parts, ", ") + "}"
}

// literal writes a default value the way Cypher and JSON both read it.
func literal(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// ParseReport reads a report from its file name and source. The header is the run of
// `//` comment lines at the top of the file; it must name the report (`@report`, equal to
// the file name), describe it (`@description`) and may declare parameters (`@param`).
func ParseReport(file, src string) (*Report, error) {
	name := strings.TrimSuffix(path.Base(file), ".cypher")
	r := &Report{Cypher: src}
	for i, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, "//") {
			break
		}
		t = strings.TrimSpace(strings.TrimPrefix(t, "//"))
		if !strings.HasPrefix(t, "@") {
			continue
		}
		tag, rest, _ := strings.Cut(t, " ")
		rest = strings.TrimSpace(rest)
		switch tag {
		case "@report":
			r.Name = rest
		case "@alias":
			f := strings.Fields(rest)
			if len(f) == 0 {
				return nil, fmt.Errorf("%s:%d: @alias needs a name", file, i+1)
			}
			a := Alias{Name: f[0], Defaults: map[string]string{}}
			for _, kv := range f[1:] {
				k, v, ok := strings.Cut(kv, "=")
				if !ok {
					return nil, fmt.Errorf("%s:%d: @alias %s: %q is not name=value", file, i+1, a.Name, kv)
				}
				a.Defaults[k] = v
			}
			r.Aliases = append(r.Aliases, a)
		case "@description":
			r.Description = rest
		case "@param":
			p, err := parseParam(rest)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", file, i+1, err)
			}
			if _, dup := r.Param(p.Name); dup {
				return nil, fmt.Errorf("%s:%d: parameter %q declared twice", file, i+1, p.Name)
			}
			r.Params = append(r.Params, p)
		default:
			return nil, fmt.Errorf("%s:%d: unknown header tag %s (want @report, @alias, @description or @param)", file, i+1, tag)
		}
	}
	switch {
	case r.Name == "":
		return nil, fmt.Errorf("%s: header has no @report line", file)
	case r.Name != name:
		return nil, fmt.Errorf("%s: header names report %q, file is %q", file, r.Name, name)
	case r.Description == "":
		return nil, fmt.Errorf("%s: header has no @description line", file)
	}
	for _, a := range r.Aliases {
		for k, v := range a.Defaults {
			p, ok := r.Param(k)
			if !ok {
				return nil, fmt.Errorf("%s: @alias %s sets %q, which is not a parameter", file, a.Name, k)
			}
			if _, err := p.convert(v); err != nil {
				return nil, fmt.Errorf("%s: @alias %s: %s: %w", file, a.Name, k, err)
			}
		}
	}
	return r, nil
}

// parseParam reads `name = <JSON default> [a|b] description`.
func parseParam(s string) (Param, error) {
	name, rest, ok := strings.Cut(s, "=")
	name = strings.TrimSpace(name)
	if !ok || !validName(name) {
		return Param{}, fmt.Errorf("bad @param %q: want `name = default description`", s)
	}
	dec := json.NewDecoder(strings.NewReader(rest))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return Param{}, fmt.Errorf("bad default of parameter %q: %w", name, err)
	}
	def, err := defaultValue(v)
	if err != nil {
		return Param{}, fmt.Errorf("parameter %q: %w", name, err)
	}
	tail := strings.TrimSpace(rest[dec.InputOffset():])
	p := Param{Name: name, Default: def}
	if strings.HasPrefix(tail, "[") {
		end := strings.Index(tail, "]")
		if end < 0 {
			return Param{}, fmt.Errorf("parameter %q: unclosed [choices]", name)
		}
		for _, c := range strings.Split(tail[1:end], "|") {
			if c = strings.TrimSpace(c); c != "" {
				p.Choices = append(p.Choices, c)
			}
		}
		tail = strings.TrimSpace(tail[end+1:])
	}
	p.Description = tail
	return p, nil
}

// defaultValue turns a decoded JSON default into the Go value passed to the driver.
func defaultValue(v any) (any, error) {
	switch x := v.(type) {
	case string, bool:
		return x, nil
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i, nil
		}
		f, err := x.Float64()
		if err != nil {
			return nil, fmt.Errorf("default %s is not a number", x)
		}
		return f, nil
	}
	return nil, fmt.Errorf("default must be a string, number or boolean, not %v", v)
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// all holds the embedded reports, parsed once.
var all = mustLoad(files)

// mustLoad loads the reports and adds each alias as a report of its own, sorted by name.
func mustLoad(fsys fs.FS) []*Report {
	rs, err := Load(fsys)
	if err != nil {
		panic(err)
	}
	for _, r := range rs {
		for _, a := range r.Aliases {
			rs = append(rs, r.as(a))
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Name < rs[j].Name })
	return rs
}

// Load parses every `*.cypher` file at the top of fsys into a report, sorted by name.
func Load(fsys fs.FS) ([]*Report, error) {
	names, err := fs.Glob(fsys, "*.cypher")
	if err != nil {
		return nil, fmt.Errorf("list reports: %w", err)
	}
	var out []*Report
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("read report %s: %w", n, err)
		}
		if !bytes.Contains(b, []byte("\n")) {
			return nil, fmt.Errorf("report %s is empty", n)
		}
		r, err := ParseReport(n, string(b))
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// as returns the report under an alias: its name, and its defaults changed by the alias.
func (r *Report) as(a Alias) *Report {
	out := *r
	out.Name, out.Aliases = a.Name, nil
	out.Params = append([]Param(nil), r.Params...)
	for i, p := range out.Params {
		if v, ok := a.Defaults[p.Name]; ok {
			out.Params[i].Default, _ = p.convert(v)
		}
	}
	names := make([]string, 0, len(a.Defaults))
	for k := range a.Defaults {
		names = append(names, k)
	}
	sort.Strings(names)
	note := " (report " + r.Name
	for i, k := range names {
		if i == 0 {
			note += " with "
		} else {
			note += ", "
		}
		note += k + "=" + a.Defaults[k]
	}
	out.Description = r.Description + note + ")"
	return &out
}

// All returns every report, sorted by name.
func All() []*Report { return append([]*Report(nil), all...) }

// Names returns the names of every report, sorted.
func Names() []string {
	names := make([]string, len(all))
	for i, r := range all {
		names[i] = r.Name
	}
	return names
}

// Lookup returns the report with the given name or alias; an unknown name is an
// ENOTFOUND error that lists the reports there are.
func Lookup(name string) (*Report, error) {
	for _, r := range all {
		if r.Name == name {
			return r, nil
		}
	}
	return nil, diplograph.Errorf(diplograph.ENOTFOUND, "no report named %q; reports: %s", name, strings.Join(Names(), ", "))
}
