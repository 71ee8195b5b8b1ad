package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph/graphtest"
)

// The security tests check that the Neo4j password never leaves the process: not in
// help, not in logs at debug level (text or JSON), not in error messages.

// commandPaths lists every command of the binary, found by walking the help output, as
// argument lists ("ingest", "report who-denied-what", ...).
func commandPaths(t *testing.T, env []string) [][]string {
	t.Helper()
	section := regexp.MustCompile(`(?s)Available Commands:\n(.*?)\n\n`)
	var paths [][]string
	var walk func(path []string)
	walk = func(path []string) {
		res := runBin(t, env, append(append([]string{}, path...), "--help")...)
		expectCode(t, strings.Join(append([]string{"diplograph"}, path...), " ")+" --help", res, 0)
		m := section.FindStringSubmatch(res.stdout + "\n\n")
		if m == nil {
			return
		}
		for _, line := range strings.Split(m[1], "\n") {
			fields := strings.Fields(line)
			if len(fields) == 0 || fields[0] == "help" || fields[0] == "completion" {
				continue
			}
			sub := append(append([]string{}, path...), fields[0])
			paths = append(paths, sub)
			walk(sub)
		}
	}
	walk(nil)
	return paths
}

func TestSecretNotInHelp(t *testing.T) {
	const secret = "help-secret-0f9e8d"
	env := binEnv(t, "DIPLOGRAPH_NEO4J_PASSWORD="+secret)
	paths := commandPaths(t, env)
	if len(paths) < 3 {
		t.Fatalf("found only %d commands in the help: %v", len(paths), paths)
	}
	for _, p := range append(paths, nil) {
		for _, args := range [][]string{
			append(append([]string{}, p...), "--help"),
			append(append([]string{"--neo4j-password", secret}, p...), "--help"),
		} {
			res := runBin(t, env, args...)
			expectCode(t, strings.Join(args, " "), res, 0)
			if strings.Contains(res.output(), secret) {
				t.Errorf("diplograph %s shows the password:\n%s", strings.Join(args, " "), res.output())
			}
		}
	}
	t.Logf("checked the help of %d commands", len(paths)+1)
}

func TestSecretNotInLogs(t *testing.T) {
	graphtest.MustOpen(t)
	password := graphtest.Config().Password
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "a.txt"), newsText(4000))
	writeTestFile(t, filepath.Join(dir, "b.jsonl"), newsRecord(4001)+"{broken\n")
	writeTestFile(t, filepath.Join(dir, "empty.txt"), "")

	// the password from the environment, from a flag and from a config file
	configDir := t.TempDir()
	configFile := filepath.Join(configDir, "diplograph.yaml")
	writeTestFile(t, configFile, "neo4j:\n  password: "+password+"\n")
	sources := []struct {
		name string
		env  []string
		args []string
	}{
		{"environment", nil, nil},
		{"flag", []string{"DIPLOGRAPH_NEO4J_PASSWORD="}, []string{"--neo4j-password", password}},
		{"config file", []string{"DIPLOGRAPH_NEO4J_PASSWORD="}, []string{"--config", configFile}},
	}
	for _, src := range sources {
		for _, format := range []string{"text", "json"} {
			for _, cmd := range [][]string{{"ingest", "--force", dir}, {"schema"}, {"extract", dir}} {
				args := append(append(append([]string{}, src.args...), "--log-level", "debug", "--log-format", format), cmd...)
				res := runBin(t, binEnv(t, src.env...), args...)
				what := src.name + ": diplograph " + strings.Join(args, " ")
				if cmd[0] == "schema" {
					expectCode(t, what, res, 0)
				} else {
					expectCode(t, what, res, exitError) // the broken and empty files
				}
				if strings.Contains(res.output(), password) {
					t.Errorf("%s: the password appears in the output:\n%s", what, res.output())
				}
				debug := `level=DEBUG`
				if format == "json" {
					debug = `"level":"DEBUG"`
				}
				if cmd[0] == "ingest" && !strings.Contains(res.stderr, debug) {
					t.Errorf("%s: no debug records, so the test proves nothing:\n%s", what, res.stderr)
				}
			}
		}
	}
}

func TestSecretNotInConfigErrors(t *testing.T) {
	const secret = "config-secret-77aa"
	for _, tc := range []struct {
		name string
		env  []string
	}{
		{"credentials in the URI", []string{"DIPLOGRAPH_NEO4J_URI=bolt://neo4j:" + secret + "@127.0.0.1:7687"}},
		{"bad settings", []string{"DIPLOGRAPH_NEO4J_PASSWORD=" + secret, "DIPLOGRAPH_LOG_LEVEL=loud", "DIPLOGRAPH_INGEST_BATCH_SIZE=0"}},
		{"unparsable URI", []string{"DIPLOGRAPH_NEO4J_PASSWORD=" + secret, "DIPLOGRAPH_NEO4J_URI=bolt://neo4j:" + secret + "@[::1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTestFile(t, filepath.Join(dir, "a.txt"), newsText(4002))
			res := runBin(t, binEnv(t, tc.env...), "ingest", "--log-level", "debug", dir)
			expectCode(t, tc.name, res, exitUsage)
			if strings.Contains(res.output(), secret) {
				t.Errorf("the secret appears in the output (configuration errors must not echo a URI's user info):\n%s", res.output())
			}
			if !strings.Contains(res.stderr, "diplograph: ") {
				t.Errorf("no error message:\n%s", res.stderr)
			}
		})
	}
}

// TestCypherTakesValuesAsParameters scans the Go sources that build Cypher (graph/ and
// queries/) and fails when a string that contains Cypher is formatted with anything but
// labels, relationship types and fixed fragments: values must travel as parameters.
func TestCypherTakesValuesAsParameters(t *testing.T) {
	root := filepath.Join("..", "..")
	for _, dir := range []string{"graph", "queries"} {
		for _, p := range cypherFormatProblems(t, filepath.Join(root, dir)) {
			t.Error(p)
		}
	}
	cyphers, _ := filepath.Glob(filepath.Join(root, "queries", "*.cypher"))
	for _, f := range cyphers {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if loc := regexp.MustCompile(`%[-+# 0-9.]*[svdqx]|\{\{`).FindIndex(src); loc != nil {
			t.Errorf("%s: a formatting placeholder %q in a report query; use $parameters", f, src[loc[0]:loc[1]])
		}
	}
}

// cypherKeyword finds a Cypher clause in a format string.
var cypherKeyword = regexp.MustCompile(`\b(MATCH|MERGE|CREATE|UNWIND|RETURN|DELETE|DETACH)\b`)

// cypherFormatProblems parses the Go package in dir and reports every fmt.Sprintf call
// whose format holds Cypher and whose arguments are not fixed: an argument may be a
// literal, a package constant, a variable ranging over a package-level composite literal
// of constants (a label list, the relationship specs) or one of its fields, or a local
// variable only ever assigned string literals.
func cypherFormatProblems(t *testing.T, dir string) []string {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	paths, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatalf("parse %s: %v", p, err)
		}
		files = append(files, f)
	}
	consts := map[string]string{} // package constants (string value, or "" for others)
	fixedVars := map[string]bool{}
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, s := range gd.Specs {
				vs, ok := s.(*ast.ValueSpec)
				if !ok {
					continue
				}
				for i, name := range vs.Names {
					switch {
					case gd.Tok == token.CONST:
						consts[name.Name] = ""
						if i < len(vs.Values) {
							if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
								consts[name.Name], _ = strconv.Unquote(lit.Value)
							}
						}
					case gd.Tok == token.VAR && i < len(vs.Values):
						fixedVars[name.Name] = isFixedComposite(vs.Values[i], consts)
					}
				}
			}
		}
	}
	// a second pass: composites may name constants declared later in another file
	for _, f := range files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				for _, s := range gd.Specs {
					vs := s.(*ast.ValueSpec)
					for i, name := range vs.Names {
						if i < len(vs.Values) {
							fixedVars[name.Name] = isFixedComposite(vs.Values[i], consts)
						}
					}
				}
			}
		}
	}
	var problems []string
	for _, f := range files {
		rangeVars := map[string]bool{}
		literalOnly := map[string]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.RangeStmt:
				if id, ok := n.X.(*ast.Ident); ok && fixedVars[id.Name] {
					for _, v := range []ast.Expr{n.Key, n.Value} {
						if vid, ok := v.(*ast.Ident); ok {
							rangeVars[vid.Name] = true
						}
					}
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					id, ok := lhs.(*ast.Ident)
					if !ok || i >= len(n.Rhs) {
						continue
					}
					lit, isLit := n.Rhs[i].(*ast.BasicLit)
					prev, seen := literalOnly[id.Name]
					literalOnly[id.Name] = isLit && lit.Kind == token.STRING && (!seen || prev)
				}
			}
			return true
		})
		fixed := func(e ast.Expr) bool {
			for {
				switch x := e.(type) {
				case *ast.BasicLit:
					return true
				case *ast.Ident:
					_, isConst := consts[x.Name]
					return isConst || rangeVars[x.Name] || literalOnly[x.Name]
				case *ast.SelectorExpr:
					e = x.X
				default:
					return false
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Sprintf" {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "fmt" {
				return true
			}
			format := ""
			switch x := call.Args[0].(type) {
			case *ast.BasicLit:
				format, _ = strconv.Unquote(x.Value)
			case *ast.Ident:
				format = consts[x.Name]
			}
			if !cypherKeyword.MatchString(format) {
				return true
			}
			for _, arg := range call.Args[1:] {
				if !fixed(arg) {
					problems = append(problems, fmt.Sprintf("%s: Cypher formatted with a value (%s); pass it as a $parameter",
						fset.Position(arg.Pos()), exprText(fset, arg)))
				}
			}
			return true
		})
	}
	return problems
}

// isFixedComposite reports whether e is a composite literal made only of literals and
// package constants (at any depth).
func isFixedComposite(e ast.Expr, consts map[string]string) bool {
	cl, ok := e.(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, el := range cl.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			el = kv.Value
		}
		switch x := el.(type) {
		case *ast.BasicLit:
		case *ast.Ident:
			if _, ok := consts[x.Name]; !ok {
				return false
			}
		case *ast.CompositeLit:
			if !isFixedComposite(x, consts) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func exprText(fset *token.FileSet, e ast.Expr) string {
	var b strings.Builder
	if err := printer.Fprint(&b, fset, e); err != nil {
		return "?"
	}
	return b.String()
}

// TestCypherScanFindsFormattedValues shows that the scan above can fail: it flags a
// value formatted into Cypher and passes labels from a fixed list.
func TestCypherScanFindsFormattedValues(t *testing.T) {
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "bad.go"), `package bad

import "fmt"

const label = "Person"

var labels = []string{label, "Country"}

func find(name string) []string {
	out := []string{fmt.Sprintf("MATCH (n:%s {name: '%s'}) RETURN n", label, name)}
	for _, l := range labels {
		out = append(out, fmt.Sprintf("MATCH (n:%s) RETURN count(n)", l))
	}
	return out
}
`)
	problems := cypherFormatProblems(t, dir)
	if len(problems) != 1 || !strings.Contains(problems[0], "bad.go:10") || !strings.Contains(problems[0], "(name)") {
		t.Fatalf("scan found %q, want the one formatted name on line 10", problems)
	}
}
