package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
	"github.com/diplograph/diplograph/ingest"
)

// badInput is one file of the bad-input folder and what the job must make of it.
type badInput struct {
	name string // path inside the folder
	data string
	// failures are "line: problem" (line 0 for the whole file) prefixes the summary must
	// list for the file; empty when the file is read.
	failures []string
	// warnings are the problems the summary must list as warnings.
	warnings []string
	// articles is the number of articles read from the file.
	articles int
}

func utf16LE(s string) string {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

// badInputs is the folder: generated good articles and every kind of bad input.
func badInputs() []badInput {
	jsonl := newsRecord(2001) + // 1: good
		`{"title": "Cut short", "body": "The envoy` + "\n" + // 2: malformed
		`{"title": "Nothing to say", "body": "  "}` + "\n" + // 3: no body
		`{"title": "Vague Date", "date": "sometime in spring", "body": "Kenya met Chile in Nairobi."}` + "\n" + // 4: bad date
		`{"title": "Typed Date", "date": 20240105, "body": "Egypt met Spain."}` + "\n" + // 5: wrong type
		`"a string, not a record"` + "\n" + // 6: not an object
		`{"title": "<b>Marked</b> Up", "body": "<p>Japan met Brazil in Tokyo.</p><p>They agreed to resume direct flights.</p>"}` + "\n" // 7: HTML
	good := newsText(2000)
	return []badInput{
		{name: "good-1.txt", data: newsText(1000), articles: 1},
		{name: "good-2.txt", data: newsText(1001), articles: 1},
		{name: "nested/good-3.md", data: newsText(1002), articles: 1},
		{name: "good-4", data: good, articles: 1},
		{name: "copies/crlf-copy.txt", data: strings.ReplaceAll(good, "\n", "\r\n"), articles: 1},
		{name: "empty.txt", data: "", failures: []string{"0: empty file"}},
		{name: "blank.txt", data: "  \n\t\r\n\n", failures: []string{"0: empty file"}},
		{name: "binary.txt", data: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", failures: []string{"0: binary data"}},
		{name: "controls.txt", data: strings.Repeat("\x01\x02\x03\x1b[0m", 40), failures: []string{"0: binary data"}},
		{name: "huge.txt", data: "## A Very Long Report\n\n" + strings.Repeat("The envoys met again and talked at length. ", 600), failures: []string{"0: larger than the 20000-byte limit"}},
		{name: "markup-only.html", data: "<html><head><style>p { color: red }</style></head><body><div><p></p></div></body></html>", failures: []string{"0: no article text"}},
		{name: "latin1.txt", data: "## Caf\xe9 Talks in Madrid\n\nThe Spanish minister met the Chilean d\xe9l\xe9gation in a caf\xe9.\n", warnings: []string{"0: not valid UTF-8; read as Latin-1"}, articles: 1},
		{name: "cut-utf8.txt", data: "## Gespr\u00e4che in Berlin\n\nThe German minister met the Polish envoy in Berlin. Gr\u00fc\u00dfe \xc3", warnings: []string{"0: invalid UTF-8 bytes replaced"}, articles: 1},
		{name: "bom.txt", data: "\ufeff## Byte Order Mark Summit\n\nNorway met Canada in Oslo on Monday.\n", articles: 1},
		{name: "utf16.txt", data: utf16LE("## Wide Characters Summit\r\n\r\nIndia met Kenya in New Delhi on Friday.\r\n"), articles: 1},
		{name: "cr-only.txt", data: "## Old Line Ends\r\rEgypt met Spain in Cairo.\r", articles: 1},
		{name: "page.html", data: "<!DOCTYPE html><html><head><title>Talks &amp; Tensions</title><script>var s = '<p>no</p>';</script></head>" +
			"<body><h1>Talks</h1><p>France met Germany in Paris on Monday.</p><p>Germany denied the report.</p></body></html>", articles: 1},
		{name: "notitle.txt", data: "brazil and canada agreed to resume direct flights, officials said on tuesday. the accord takes effect soon.\n", articles: 1},
		{name: "baddate.txt", data: "## A Date That Is Not\n\nFebruary 30, 2024\n\nPoland met Japan in Warsaw.\n", warnings: []string{"0: unparseable date"}, articles: 1},
		{name: "feed.jsonl", data: jsonl, articles: 3,
			failures: []string{"2: malformed JSON", "3: record has no body", `5: malformed JSON: field "date" is a JSON number`, "6: malformed JSON: the record is a JSON string, not an object"},
			warnings: []string{`4: unparseable date "sometime in spring"`}},
		{name: "record.json", data: "{\n  \"title\": \"One Indented Record\",\n  \"date\": \"2024-02-03\",\n  \"body\": \"Chile met Norway in Santiago.\"\n}\n", articles: 1},
		{name: "array.json", data: "[\n  " + strings.TrimSpace(newsRecord(2002)) + ",\n  " + strings.TrimSpace(newsRecord(2003)) + "\n]\n", articles: 2},
		{name: "broken-array.json", data: "[\n" + strings.TrimSpace(newsRecord(2004)) + ",\n{\"title\": \"cut\", \"body\": ", articles: 1,
			failures: []string{"3: malformed JSON"}},
		// not article files: not read, not counted
		{name: "image.png", data: "\x89PNG\r\n\x1a\n\x00"},
		{name: ".draft.txt", data: newsText(3000)},
	}
}

func TestBadInputIngest(t *testing.T) {
	store := graphtest.MustOpen(t)
	dir := t.TempDir()
	inputs := badInputs()
	var wantFailures, wantWarnings []string
	files, read := 0, 0
	for _, in := range inputs {
		path := filepath.Join(dir, in.name)
		writeTestFile(t, path, in.data)
		if ext := filepath.Ext(in.name); ext != ".png" && !strings.HasPrefix(in.name, ".") {
			files++
		}
		read += in.articles
		for _, f := range in.failures {
			wantFailures = append(wantFailures, namePlace(path, f))
		}
		for _, w := range in.warnings {
			wantWarnings = append(wantWarnings, namePlace(path, w))
		}
	}
	missing := filepath.Join(dir, "no-such-file.txt")
	wantFailures = append(wantFailures, strconv.Quote(missing)+": no such file")
	const duplicates = 1 // the CRLF copy
	written := read - duplicates

	args := []string{"ingest", "--batch-size", "4", dir, missing}
	res := runBin(t, binEnv(t), append([]string{"ingest", "--max-file-bytes", "20000", "--summary", "json"}, args[1:]...)...)
	expectCode(t, "ingest of bad inputs", res, exitError)
	sum := parseSummary(t, res)
	if sum.Files != files || sum.Read != read || sum.Duplicates != duplicates || sum.Written != written ||
		sum.Failed != len(wantFailures) || sum.Unchanged != 0 {
		t.Errorf("summary: files %d read %d duplicates %d written %d failed %d unchanged %d;\n"+
			"want files %d read %d duplicates %d written %d failed %d unchanged 0",
			sum.Files, sum.Read, sum.Duplicates, sum.Written, sum.Failed, sum.Unchanged,
			files, read, duplicates, written, len(wantFailures))
	}
	expectListed(t, "failures", sum.Failures, wantFailures)
	expectListed(t, "warnings", sum.Warnings, wantWarnings)
	if got := articleCount(store); got != int64(written) {
		t.Errorf("the graph has %d articles, want %d", got, written)
	}
	titles := articleTitles(t, store)
	for _, want := range []string{
		"Café Talks in Madrid", "Gespräche in Berlin", "Byte Order Mark Summit", "Wide Characters Summit",
		"Old Line Ends", "Talks & Tensions", "A Date That Is Not", "Marked Up", "One Indented Record", "",
	} {
		if !titles[want] {
			t.Errorf("no article titled %q in the graph; titles: %v", want, sortedTitles(titles))
		}
	}

	// The same folder again, with the text summary and the size limit from the
	// environment: everything read is unchanged, every failure is listed again by file
	// (and line), and the status is still 1.
	res = runBin(t, binEnv(t, "DIPLOGRAPH_INGEST_MAX_FILE_BYTES=20000"), args...)
	expectCode(t, "second ingest of bad inputs", res, exitError)
	head := fmt.Sprintf("ingested: %d files, %d articles read, %d unchanged, 0 written, %d failed in ", files, read, written, len(wantFailures))
	if !strings.Contains(res.stderr, head) {
		t.Errorf("text summary lacks %q:\n%s", head, res.stderr)
	}
	for _, f := range wantFailures {
		if !strings.Contains(res.stderr, "  failed: "+f) {
			t.Errorf("text summary does not list failure %q", f)
		}
	}
	for _, w := range wantWarnings {
		if !strings.Contains(res.stderr, "  warning: "+w) {
			t.Errorf("text summary does not list warning %q", w)
		}
	}
	if !strings.Contains(res.stderr, "1 articles read twice in this run were written once") {
		t.Errorf("text summary does not mention the duplicate:\n%s", res.stderr)
	}
}

// namePlace turns "line: problem" into `"path"[:line]: problem`.
func namePlace(path, lineProblem string) string {
	line, problem, _ := strings.Cut(lineProblem, ": ")
	if line == "0" {
		return strconv.Quote(path) + ": " + problem
	}
	return strconv.Quote(path) + ":" + line + ": " + problem
}

// expectListed checks that every wanted entry is the prefix of exactly one listed entry
// and that nothing else is listed.
func expectListed(t *testing.T, what string, got []ingest.Failure, want []string) {
	t.Helper()
	var listed []string
	for _, f := range got {
		listed = append(listed, f.String())
	}
	used := make([]bool, len(listed))
	for _, w := range want {
		found := false
		for i, l := range listed {
			if !used[i] && strings.HasPrefix(l, w) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("%s: nothing starts with %q", what, w)
		}
	}
	for i, l := range listed {
		if !used[i] {
			t.Errorf("%s: unexpected %q", what, l)
		}
	}
}

// articleTitles returns the set of Article titles in the graph.
func articleTitles(t *testing.T, store *graph.Store) map[string]bool {
	t.Helper()
	ctx := context.Background()
	res, err := neo4j.ExecuteQuery(ctx, store.Driver(), "MATCH (a:Article) RETURN coalesce(a.title, '') AS title", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(store.Database()), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("read article titles: %v", err)
	}
	titles := map[string]bool{}
	for _, rec := range res.Records {
		s, _ := rec.Values[0].(string)
		titles[s] = true
	}
	return titles
}

func sortedTitles(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
