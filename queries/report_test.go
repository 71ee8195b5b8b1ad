package queries_test

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/queries"
)

func TestParseReportHeader(t *testing.T) {
	src := `// @report sample
// @description What sample answers.
// @param actor = "" who; empty for any
// @param since = "0000-01-01" first date
// @param limit = 25 most rows
// @param members = true include members
// @param type = "" [MET_WITH|ACCUSED] relation type
//
// A comment that is not a tag.
MATCH (n:Actor {key: $actor}) RETURN n LIMIT $limit
// @param late = 1 not part of the header
`
	r, err := queries.ParseReport("queries/sample.cypher", src)
	if err != nil {
		t.Fatal(err)
	}
	if r.Name != "sample" || r.Description != "What sample answers." || r.Cypher != src {
		t.Errorf("got name %q description %q", r.Name, r.Description)
	}
	want := []queries.Param{
		{Name: "actor", Default: "", Description: "who; empty for any"},
		{Name: "since", Default: "0000-01-01", Description: "first date"},
		{Name: "limit", Default: int64(25), Description: "most rows"},
		{Name: "members", Default: true, Description: "include members"},
		{Name: "type", Default: "", Choices: []string{"MET_WITH", "ACCUSED"}, Description: "relation type"},
	}
	if !reflect.DeepEqual(r.Params, want) {
		t.Errorf("params\n got %#v\nwant %#v", r.Params, want)
	}
	if got := r.BrowserParams(); got != `:params {actor: "", since: "0000-01-01", limit: 25, members: true, type: ""}` {
		t.Errorf("BrowserParams = %s", got)
	}
}

func TestParseReportHeaderErrors(t *testing.T) {
	for _, tc := range []struct{ name, file, src, want string }{
		{"no report", "a.cypher", "// @description d\nRETURN 1", "no @report"},
		{"name differs", "a.cypher", "// @report b\n// @description d\nRETURN 1", `names report "b", file is "a"`},
		{"no description", "a.cypher", "// @report a\nRETURN 1", "no @description"},
		{"unknown tag", "a.cypher", "// @report a\n// @descr d\nRETURN 1", "unknown header tag @descr"},
		{"no default", "a.cypher", "// @report a\n// @description d\n// @param x\nRETURN 1", "bad @param"},
		{"bad default", "a.cypher", "// @report a\n// @description d\n// @param x = nope\nRETURN 1", `bad default of parameter "x"`},
		{"list default", "a.cypher", "// @report a\n// @description d\n// @param x = [1]\nRETURN 1", "must be a string, number or boolean"},
		{"twice", "a.cypher", "// @report a\n// @description d\n// @param x = 1\n// @param x = 2\nRETURN 1", "declared twice"},
		{"bad name", "a.cypher", "// @report a\n// @description d\n// @param 1x = 1\nRETURN 1", "bad @param"},
		{"empty alias", "a.cypher", "// @report a\n// @alias\n// @description d\nRETURN 1", "@alias needs a name"},
		{"alias not k=v", "a.cypher", "// @report a\n// @alias b x\n// @description d\nRETURN 1", `"x" is not name=value`},
		{"alias sets unknown", "a.cypher", "// @report a\n// @alias b y=1\n// @description d\n// @param x = 1\nRETURN 1", `sets "y", which is not a parameter`},
		{"alias bad value", "a.cypher", "// @report a\n// @alias b x=one\n// @description d\n// @param x = 1\nRETURN 1", "not a whole number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := queries.ParseReport(tc.file, tc.src)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

// paramRef finds the $name references of a Cypher text.
var paramRef = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)

// TestEmbeddedReports checks every report file: the reports the issue asks for exist,
// each declares exactly the parameters its Cypher uses, and date ranges and limits have
// the shared names and defaults.
func TestEmbeddedReports(t *testing.T) {
	want := []string{"actor", "agreements", "between", "contested-claims", "events", "evidence", "meetings",
		"top-actors", "who-accused-whom", "who-denied-what"}
	if got := queries.Names(); !reflect.DeepEqual(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	for _, r := range queries.All() {
		var body []string
		for _, line := range strings.Split(r.Cypher, "\n") {
			if !strings.HasPrefix(strings.TrimSpace(line), "//") {
				body = append(body, line)
			}
		}
		used := map[string]bool{}
		for _, m := range paramRef.FindAllStringSubmatch(strings.Join(body, "\n"), -1) {
			used[m[1]] = true
		}
		for name := range used {
			if _, ok := r.Param(name); !ok {
				t.Errorf("%s uses $%s but does not declare it", r.Name, name)
			}
		}
		for _, p := range r.Params {
			if !used[p.Name] {
				t.Errorf("%s declares %s but does not use it", r.Name, p.Name)
			}
			if p.Description == "" {
				t.Errorf("%s: parameter %s has no description", r.Name, p.Name)
			}
		}
		defaults := r.Defaults()
		if defaults["since"] != "" || defaults["until"] != "9999-12-31" {
			t.Errorf("%s: since/until defaults are %v/%v", r.Name, defaults["since"], defaults["until"])
		}
		if s, ok := r.Param("sort"); ok && (s.Default != "newest" || len(s.Choices) == 0) {
			t.Errorf("%s: sort default is %v, choices %v; want newest first", r.Name, s.Default, s.Choices)
		}
		if n, ok := defaults["limit"].(int64); !ok || n < 1 {
			t.Errorf("%s: limit default is %v", r.Name, defaults["limit"])
		}
		if strings.Contains(r.Description, "\n") || len(r.Description) > 120 {
			t.Errorf("%s: description is not one short line: %q", r.Name, r.Description)
		}
	}
}

// TestAliasesAreReportsWithTheirDefaults checks that a report's aliases are found by
// name and run its Cypher with their own defaults.
func TestAliasesAreReportsWithTheirDefaults(t *testing.T) {
	events := mustLookup(t, "events")
	between := mustLookup(t, "between")
	agreements := mustLookup(t, "agreements")
	if between.Cypher != events.Cypher || agreements.Cypher != events.Cypher {
		t.Fatal("aliases do not run the events report")
	}
	d := between.Defaults()
	if d["members"] != true || events.Defaults()["members"] != false {
		t.Errorf("between members = %v, events members = %v; want true, false", d["members"], events.Defaults()["members"])
	}
	if agreements.Defaults()["type"] != "AGREED_TO" || !strings.Contains(agreements.Description, "(report events with type=AGREED_TO)") {
		t.Errorf("agreements: type %v, description %q", agreements.Defaults()["type"], agreements.Description)
	}
}

func TestLookupUnknownReport(t *testing.T) {
	_, err := queries.Lookup("who-met-whom")
	if diplograph.ErrorCode(err) != diplograph.ENOTFOUND {
		t.Fatalf("code = %q, want %q (err %v)", diplograph.ErrorCode(err), diplograph.ENOTFOUND, err)
	}
	for _, name := range queries.Names() {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error %q does not list report %s", err, name)
		}
	}
	r, err := queries.Lookup("meetings")
	if err != nil || r.Name != "meetings" {
		t.Fatalf("Lookup(meetings) = %v, %v", r, err)
	}
}
