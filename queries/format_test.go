package queries_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/queries"
)

// sample has the awkward values: nulls, lists, numbers, commas, quotes, pipes and a
// line break.
var sample = &queries.Result{
	Columns: []string{"date", "actor", "others", "count", "note"},
	Rows: [][]any{
		{"2024-03-04", "Chile", []any{"Peru", "Bolivia"}, int64(3), `said "no", twice`},
		{nil, "Arms Trade Monitor", []any{}, int64(12), "a | b\nc"},
	},
}

func write(t *testing.T, f queries.Format, width int) string {
	t.Helper()
	var b bytes.Buffer
	if err := queries.Write(&b, sample, f, width); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriteTable(t *testing.T) {
	want := `date        actor               others         count  note
----------  ------------------  -------------  -----  ----------------
2024-03-04  Chile               Peru; Bolivia  3      said "no", twice
            Arms Trade Monitor                 12     a | b c
`
	if got := write(t, queries.Table, 0); got != want {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteTableFitsWidth(t *testing.T) {
	got := write(t, queries.Table, 68)
	for _, line := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		if n := utf8.RuneCountInString(line); n > 68 {
			t.Errorf("line of %d runes: %q", n, line)
		}
	}
	if !strings.Contains(got, "…") {
		t.Errorf("no cell was cut:\n%s", got)
	}
	if !strings.HasPrefix(got, "date        ") {
		t.Errorf("the narrow date column was cut:\n%s", got)
	}
}

// TestTableTooNarrowIsRecords: where fitting the width would cut a column below 16
// characters, a table is written as records, which wrap instead of cutting (values get
// at least 20 characters, however narrow the terminal).
func TestTableTooNarrowIsRecords(t *testing.T) {
	want := `-[ RECORD 1 ]------------
date    2024-03-04
actor   Chile
others  Peru; Bolivia
count   3
note    said "no", twice
-[ RECORD 2 ]------------
date
actor   Arms Trade Monitor
others
count   12
note    a | b c
`
	for _, f := range []queries.Format{queries.Table, queries.Records} {
		var b bytes.Buffer
		res := &queries.Result{Columns: sample.Columns, Rows: sample.Rows}
		if err := queries.Write(&b, res, f, 25); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != want {
			t.Errorf("%s at 25 columns:\n%s\nwant:\n%s", f, got, want)
		}
	}
	long := &queries.Result{Columns: []string{"claim"}, Rows: [][]any{{strings.Repeat("word ", 30) + strings.Repeat("x", 70)}}}
	var b bytes.Buffer
	if err := queries.Write(&b, long, queries.Records, 40); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	joined := ""
	for i, line := range lines[1:] {
		if n := utf8.RuneCountInString(line); n > 40 {
			t.Errorf("line %d of %d runes: %q", i, n, line)
		}
		joined += strings.TrimSpace(strings.TrimPrefix(line, "claim")) + " "
	}
	if strings.ReplaceAll(joined, " ", "") != strings.ReplaceAll(long.Rows[0][0].(string), " ", "") {
		t.Errorf("records lost or changed text:\n%s", b.String())
	}
}

func TestWriteCSV(t *testing.T) {
	got := write(t, queries.CSV, 10)
	want := "date,actor,others,count,note\n" +
		"2024-03-04,Chile,Peru; Bolivia,3,\"said \"\"no\"\", twice\"\n" +
		",Arms Trade Monitor,,12,a | b c\n"
	if got != want {
		t.Errorf("csv:\n%s\nwant:\n%s", got, want)
	}
	recs, err := csv.NewReader(strings.NewReader(got)).ReadAll()
	if err != nil || len(recs) != 3 || recs[1][4] != `said "no", twice` {
		t.Errorf("csv does not read back: %v %v", recs, err)
	}
}

func TestWriteJSON(t *testing.T) {
	got := write(t, queries.JSON, 10)
	want := `[
  {"date": "2024-03-04", "actor": "Chile", "others": ["Peru","Bolivia"], "count": 3, "note": "said \"no\", twice"},
  {"date": null, "actor": "Arms Trade Monitor", "others": [], "count": 12, "note": "a | b\nc"}
]
`
	if got != want {
		t.Errorf("json:\n%s\nwant:\n%s", got, want)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(got), &rows); err != nil || len(rows) != 2 {
		t.Errorf("json does not read back: %v", err)
	}
	var empty bytes.Buffer
	if err := queries.Write(&empty, &queries.Result{Columns: []string{"a"}}, queries.JSON, 0); err != nil || empty.String() != "[]\n" {
		t.Errorf("empty json = %q, %v", empty.String(), err)
	}
}

func TestWriteMarkdown(t *testing.T) {
	got := write(t, queries.Markdown, 10)
	want := `| date | actor | others | count | note |
| --- | --- | --- | --- | --- |
| 2024-03-04 | Chile | Peru; Bolivia | 3 | said "no", twice |
|  | Arms Trade Monitor |  | 12 | a \| b c |
`
	if got != want {
		t.Errorf("markdown:\n%s\nwant:\n%s", got, want)
	}
}

// TestJSONLinesIsOneObjectPerLine checks the JSON Lines format: every line a JSON object
// with the columns as keys, in order, lists as arrays and nulls kept.
func TestJSONLinesIsOneObjectPerLine(t *testing.T) {
	got := write(t, queries.JSONLines, 0)
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2:\n%s", len(lines), got)
	}
	for _, l := range lines {
		var row map[string]any
		if err := json.Unmarshal([]byte(l), &row); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		if len(row) != 5 {
			t.Errorf("line %q has %d keys, want the 5 columns", l, len(row))
		}
	}
	if !strings.HasPrefix(lines[0], `{"date": "2024-03-04", "actor": "Chile", "others": ["Peru","Bolivia"], "count": 3`) {
		t.Errorf("first line %s", lines[0])
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range queries.Formats {
		if got, err := queries.ParseFormat(strings.ToUpper(string(f))); err != nil || got != f {
			t.Errorf("ParseFormat(%s) = %v, %v", f, got, err)
		}
	}
	_, err := queries.ParseFormat("xml")
	if diplograph.ErrorCode(err) != diplograph.EINVALID || !strings.Contains(err.Error(), "table, records, csv, json, markdown, jsonl") {
		t.Errorf("ParseFormat(xml) err = %v", err)
	}
}

// TestOutputHasNoEscapeSequences writes values carrying terminal escape sequences
// (clear screen, set the window title, move the cursor), control characters and
// invisible direction overrides, as an article could put them into the graph: table,
// CSV and Markdown show the text without them.
func TestOutputHasNoEscapeSequences(t *testing.T) {
	res := &queries.Result{
		Columns: []string{"actor", "claim"},
		Rows: [][]any{
			{"Evil\x1b[2J\x1b[H Corp", "\x1b]0;pwned\x07shelling\u202e the\u200b port\x08\x07"},
			{[]any{"A\u009b31mB", "C\rD"}, "x\x00y"},
		},
	}
	for _, f := range []queries.Format{queries.Table, queries.Records, queries.CSV, queries.Markdown} {
		var b bytes.Buffer
		if err := queries.Write(&b, res, f, 0); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, r := range out {
			if (r < 0x20 && r != '\n') || (r >= 0x7f && r < 0xa0) || r == '\u202e' || r == '\u200b' {
				t.Errorf("%s output keeps %U:\n%q", f, r, out)
			}
		}
		for _, want := range []string{"Evil Corp", "shelling the port", "AB", "C D", "xy"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s output lacks %q:\n%q", f, want, out)
			}
		}
		if strings.Contains(out, "pwned") {
			t.Errorf("%s output keeps the title set by an escape sequence:\n%q", f, out)
		}
	}
}
