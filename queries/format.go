package queries

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
)

// Format is an output format of a report.
type Format string

// The output formats.
const (
	Table    Format = "table"
	CSV      Format = "csv"
	JSON     Format = "json"
	Markdown Format = "markdown"
	// Records prints each row as a block of "column  value" lines, long values wrapped:
	// the view for rows too wide for a table. Table falls back to it by itself.
	Records Format = "records"
	// JSONLines is one JSON object per row and line, for loading into pandas, R or jq.
	JSONLines Format = "jsonl"
)

// Formats lists every output format.
var Formats = []Format{Table, Records, CSV, JSON, Markdown, JSONLines}

// DefaultWidth is the table width used when the terminal's is not known.
const DefaultWidth = 120

// minColumnWidth is the narrowest a table column is cut down to.
const minColumnWidth = 4

// readableWidth is the narrowest a cut column may be for the table to be worth reading;
// when fitting the terminal would cut one narrower, the rows are printed as records.
const readableWidth = 16

// keepWidth is the width up to which a column (a date, a count) is cut only when the
// wider ones cannot make room.
const keepWidth = 10

// listSeparator joins the items of a list value in one cell.
const listSeparator = "; "

// ParseFormat returns the format with the given name; an unknown name is an EINVALID
// error listing the formats.
func ParseFormat(name string) (Format, error) {
	for _, f := range Formats {
		if string(f) == strings.ToLower(strings.TrimSpace(name)) {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", diplograph.Errorf(diplograph.EINVALID, "unknown format %q; formats: %s", name, strings.Join(names, ", "))
}

// Write writes the result in the format. width bounds the line length of a table and of
// records (0 means DefaultWidth). A table's wide cells are cut and end in "…"; when
// fitting would cut a column to fewer than 16 characters, the rows are written as
// records instead. Records wrap long values and cut nothing; CSV, JSON and Markdown are
// never cut or wrapped.
func Write(w io.Writer, res *Result, f Format, width int) error {
	bw := bufio.NewWriter(w)
	var err error
	switch f {
	case Table:
		err = writeTable(bw, res, width)
	case Records:
		err = writeRecords(bw, res, width)
	case CSV:
		err = writeCSV(bw, res)
	case JSON:
		err = writeJSON(bw, res)
	case JSONLines:
		err = writeJSONLines(bw, res)
	case Markdown:
		err = writeMarkdown(bw, res)
	default:
		_, err = ParseFormat(string(f))
	}
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", f, err)
	}
	return nil
}

// cell is the text of a value in a table, CSV or Markdown cell: lists joined with "; ",
// null as empty, line breaks as spaces, control and format characters and terminal
// escape sequences removed.
func cell(v any) string {
	var s string
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		s = x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			if c := cell(e); c != "" {
				parts = append(parts, c)
			}
		}
		s = strings.Join(parts, listSeparator)
	default:
		b, err := json.Marshal(x)
		if err != nil {
			s = fmt.Sprint(x)
		} else {
			s = string(b)
		}
	}
	// no escape sequence, control or invisible format character from the graph reaches
	// a terminal or a document
	return diplograph.CleanText(s, 0)
}

func writeTable(w io.Writer, res *Result, width int) error {
	if width <= 0 {
		width = DefaultWidth
	}
	n := len(res.Columns)
	if n == 0 {
		return nil
	}
	rows := make([][]string, 0, len(res.Rows)+1)
	rows = append(rows, res.Columns)
	for _, r := range res.Rows {
		cells := make([]string, n)
		for i := range cells {
			if i < len(r) {
				cells[i] = cell(r[i])
			}
		}
		rows = append(rows, cells)
	}
	widths := make([]int, n)
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	natural := append([]int(nil), widths...)
	fitWidths(widths, width-2*(n-1))
	for i := range widths {
		if widths[i] < natural[i] && widths[i] < readableWidth {
			return writeRecords(w, res, width)
		}
	}
	rule := make([]string, n)
	for i := range rule {
		rule[i] = strings.Repeat("-", widths[i])
	}
	rows = append(rows[:1], append([][]string{rule}, rows[1:]...)...)
	var b bytes.Buffer
	for _, r := range rows {
		b.Reset()
		for i, c := range r {
			c = truncate(c, widths[i])
			b.WriteString(c)
			if i < n-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+2))
			}
		}
		b.WriteByte('\n')
		if _, err := w.Write(b.Bytes()); err != nil {
			return fmt.Errorf("write table: %w", err)
		}
	}
	return nil
}

// writeRecords writes each row as a block: a "-[ RECORD n ]-" rule, then one line per
// column, the column name padded to the longest and the value wrapped at width on spaces
// (a word longer than the line is broken), continuation lines indented under the value.
func writeRecords(w io.Writer, res *Result, width int) error {
	if width <= 0 {
		width = DefaultWidth
	}
	keyWidth := 0
	for _, c := range res.Columns {
		keyWidth = max(keyWidth, utf8.RuneCountInString(c))
	}
	valueWidth := max(width-keyWidth-2, 20)
	indent := strings.Repeat(" ", keyWidth+2)
	var b bytes.Buffer
	for ri, r := range res.Rows {
		b.Reset()
		head := fmt.Sprintf("-[ RECORD %d ]", ri+1)
		b.WriteString(head)
		b.WriteString(strings.Repeat("-", max(width-utf8.RuneCountInString(head), 3)))
		b.WriteByte('\n')
		for i, col := range res.Columns {
			var v any
			if i < len(r) {
				v = r[i]
			}
			b.WriteString(col)
			text := cell(v)
			if strings.TrimSpace(text) == "" {
				b.WriteByte('\n')
				continue
			}
			b.WriteString(strings.Repeat(" ", keyWidth-utf8.RuneCountInString(col)+2))
			for li, line := range wrap(text, valueWidth) {
				if li > 0 {
					b.WriteString(indent)
				}
				b.WriteString(line)
				b.WriteByte('\n')
			}
		}
		if _, err := w.Write(b.Bytes()); err != nil {
			return fmt.Errorf("write records: %w", err)
		}
	}
	return nil
}

// wrap breaks s into lines of at most n runes, at spaces where it can; it returns one
// empty line for an empty s.
func wrap(s string, n int) []string {
	var lines []string
	var line []rune
	for _, word := range strings.Fields(s) {
		wr := []rune(word)
		for len(wr) > 0 {
			switch {
			case len(line) == 0 && len(wr) <= n:
				line, wr = append(line, wr...), nil
			case len(line) > 0 && len(line)+1+len(wr) <= n:
				line = append(append(line, ' '), wr...)
				wr = nil
			case len(line) > 0:
				lines, line = append(lines, string(line)), nil
			default: // a word longer than the line
				lines = append(lines, string(wr[:n]))
				wr = wr[n:]
			}
		}
	}
	if len(line) > 0 || len(lines) == 0 {
		lines = append(lines, string(line))
	}
	return lines
}

// fitWidths narrows the widest columns until their sum fits in total: every column wider
// than a common cap is cut to it, the cap as high as the space allows. Columns of at most
// keepWidth runes (dates, counts) stay whole while the wide ones can give way; no column is
// cut below minColumnWidth.
func fitWidths(widths []int, total int) {
	sum := 0
	for _, w := range widths {
		sum += w
	}
	if sum <= total {
		return
	}
	var flex []int
	avail := total
	for i, w := range widths {
		if w <= keepWidth {
			avail -= w
		} else {
			flex = append(flex, i)
		}
	}
	if len(flex) == 0 || avail < len(flex)*minColumnWidth {
		flex, avail = flex[:0], total
		for i := range widths {
			flex = append(flex, i)
		}
	}
	fits := func(c int) bool {
		n := 0
		for _, i := range flex {
			n += min(widths[i], c)
		}
		return n <= avail
	}
	c := minColumnWidth
	for fits(c + 1) {
		c++
		if c > total {
			break
		}
	}
	for _, i := range flex {
		widths[i] = min(widths[i], c)
	}
}

// truncate cuts s to n runes, ending in "…" when something was cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return string([]rune(s)[:n])
	}
	return string([]rune(s)[:n-1]) + "…"
}

func writeCSV(w io.Writer, res *Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(res.Columns); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, r := range res.Rows {
		cells := make([]string, len(r))
		for i, v := range r {
			cells[i] = cell(v)
		}
		if err := cw.Write(cells); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// writeJSON writes an array with one object per row, keys in column order, one row per
// line.
func writeJSON(w io.Writer, res *Result) error {
	var b bytes.Buffer
	b.WriteString("[")
	for ri, r := range res.Rows {
		if ri > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  ")
		if err := writeJSONObject(&b, res.Columns, r); err != nil {
			return fmt.Errorf("write json row %d: %w", ri, err)
		}
	}
	if len(res.Rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// writeJSONLines writes one JSON object per row, one per line, keys in column order.
func writeJSONLines(w io.Writer, res *Result) error {
	var b bytes.Buffer
	for ri, r := range res.Rows {
		b.Reset()
		if err := writeJSONObject(&b, res.Columns, r); err != nil {
			return fmt.Errorf("write json lines row %d: %w", ri, err)
		}
		b.WriteString("\n")
		if _, err := w.Write(b.Bytes()); err != nil {
			return fmt.Errorf("write json lines: %w", err)
		}
	}
	return nil
}

// writeJSONObject writes one row as a JSON object, keys in column order.
func writeJSONObject(b *bytes.Buffer, columns []string, r []any) error {
	b.WriteString("{")
	for i, col := range columns {
		if i > 0 {
			b.WriteString(", ")
		}
		k, _ := json.Marshal(col)
		b.Write(k)
		b.WriteString(": ")
		var v any
		if i < len(r) {
			v = r[i]
		}
		if err := writeJSONValue(b, v); err != nil {
			return err
		}
	}
	b.WriteString("}")
	return nil
}

func writeJSONValue(b *bytes.Buffer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if v == nil {
		b.WriteString("null")
		return nil
	}
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Write(bytes.TrimRight(buf.Bytes(), "\n"))
	return nil
}

func writeMarkdown(w io.Writer, res *Result) error {
	var b bytes.Buffer
	line := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" ")
			b.WriteString(strings.ReplaceAll(c, "|", `\|`))
			b.WriteString(" |")
		}
		b.WriteString("\n")
	}
	line(res.Columns)
	rule := make([]string, len(res.Columns))
	for i := range rule {
		rule[i] = "---"
	}
	line(rule)
	for _, r := range res.Rows {
		cells := make([]string, len(res.Columns))
		for i := range cells {
			if i < len(r) {
				cells[i] = cell(r[i])
			}
		}
		line(cells)
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}
