package article

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
)

// InputError is a problem with one input file, or one line of a JSON Lines file. The
// rest of the input is still read.
type InputError struct {
	// Source is the file path ("-" for standard input).
	Source string
	// Line is the 1-based line of a JSON Lines record, or 0 for the whole file.
	Line int
	// Problem says what is wrong, in words a person can act on.
	Problem string
}

// Error returns "source[:line]: problem".
func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Source, e.Line, e.Problem)
	}
	return fmt.Sprintf("%s: %s", e.Source, e.Problem)
}

// ReadOptions tunes article reading.
type ReadOptions struct {
	// MaxBytes is the largest input accepted; larger files are rejected whole.
	MaxBytes int64
}

// DefaultMaxBytes is the input size limit when ReadOptions.MaxBytes is 0.
const DefaultMaxBytes = 16 << 20

// Warning is a sensible reading of imperfect input that a person may want to know of,
// such as a date that could not be parsed and was left empty.
type Warning = InputError

// ReadResult is what one input yields: the articles it holds, the errors that made parts
// of it unreadable, and warnings about what was read anyway.
type ReadResult struct {
	Articles []diplograph.Article
	Errors   []*InputError
	Warnings []*Warning
}

// ReadFile reads the articles in one file: a JSON Lines file (one article object a line)
// or an article in the text format ("## title", a date line, the body, "Original url:").
func ReadFile(path string, opt ReadOptions) ReadResult {
	f, err := os.Open(path)
	if err != nil {
		return ReadResult{Errors: []*InputError{{Source: path, Problem: openProblem(err)}}}
	}
	defer func() { _ = f.Close() }()
	return Read(f, path, opt)
}

func openProblem(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "no such file"
	case errors.Is(err, os.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// Read reads the articles from r, naming them and their errors by source.
//
// Imperfect input gets a sensible reading where there is one, with a warning where a
// person may want to know:
//   - a UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark is decoded;
//   - CRLF and lone CR line ends are read as LF;
//   - text that is not valid UTF-8 is read as Latin-1 (warning), unless it is mostly
//     UTF-8 with a few bad bytes, which are replaced by U+FFFD (warning);
//   - HTML markup is removed (scripts and styles with their content), block ends become
//     paragraph breaks, character references are decoded and <title> becomes the title;
//   - a missing title, date or URL is left empty; a date line that cannot be parsed is
//     left out of the body and the date left empty (warning);
//   - besides JSON Lines, a file holding one indented JSON record or a JSON array of
//     records is read, each record named by the line it starts on.
//
// Input without a reading is an error naming the source (and line): an empty or blank
// file, binary data, a file over the size limit, markup without text, a malformed JSON
// record, a record that is not an object or has a field of the wrong type, a record
// without a body. The other records of a JSON file are still read.
func Read(r io.Reader, source string, opt ReadOptions) ReadResult {
	limit := opt.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return fail(source, 0, "read: "+err.Error())
	}
	if int64(len(data)) > limit {
		return fail(source, 0, fmt.Sprintf("larger than the %d-byte limit (ingest.max_file_bytes)", limit))
	}
	if u, ok := decodeUTF16(data); ok {
		data = u
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(source, 0, "empty file")
	}
	// A JSON file is read record by record: a NUL byte or other binary data fails only
	// the record it is in.
	head := strings.TrimLeftFunc(string(data[:min(len(data), 4096)]), unicode.IsSpace)
	jsonInput := isJSONLines(source, head)
	if looksBinary(data) && !(jsonInput && (strings.HasPrefix(head, "{") || strings.HasPrefix(head, "["))) {
		return fail(source, 0, "binary data, not text")
	}
	var res ReadResult
	if !utf8.Valid(data) {
		if mostlyUTF8(data) {
			data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
			res.Warnings = append(res.Warnings, &Warning{Source: source, Problem: "invalid UTF-8 bytes replaced by U+FFFD"})
		} else {
			data = latin1ToUTF8(data)
			res.Warnings = append(res.Warnings, &Warning{Source: source, Problem: "not valid UTF-8; read as Latin-1"})
		}
	}
	text := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	if strings.TrimSpace(text) == "" {
		// blank once decoded (Latin-1 NEL or NBSP, UTF-16 spaces)
		return fail(source, 0, "empty file")
	}
	if jsonInput {
		readJSONLines(text, source, &res)
	} else {
		a, warn := parseText(text, source)
		if strings.TrimSpace(a.Body) == "" && a.Title == "" {
			res.Errors = append(res.Errors, &InputError{Source: source, Problem: "no article text"})
		} else {
			res.Articles = append(res.Articles, a)
			res.Warnings = append(res.Warnings, warn...)
		}
	}
	return res
}

func fail(source string, line int, problem string) ReadResult {
	return ReadResult{Errors: []*InputError{{Source: source, Line: line, Problem: problem}}}
}

// looksBinary reports whether the data holds NUL bytes or mostly control characters.
func looksBinary(data []byte) bool {
	sample := data
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	if bytes.IndexByte(sample, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, b := range sample {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctl++
		}
	}
	return ctl*20 > len(sample)
}

// decodeUTF16 decodes text that starts with a UTF-16 byte-order mark (little or big
// endian) to UTF-8; other data is left alone. A trailing odd byte is dropped.
func decodeUTF16(data []byte) ([]byte, bool) {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		order = binary.LittleEndian
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		order = binary.BigEndian
	default:
		return nil, false
	}
	data = data[2:]
	units := make([]uint16, len(data)/2)
	for i := range units {
		units[i] = order.Uint16(data[2*i:])
	}
	return []byte(string(utf16.Decode(units))), true
}

// mostlyUTF8 reports whether invalid data is UTF-8 text with a few bad bytes (a cut
// file, a stray byte) rather than text in a single-byte encoding: it holds more valid
// multi-byte sequences than invalid bytes.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && size <= 1:
			invalid++
		case size > 1:
			valid++
		}
		data = data[size:]
	}
	return valid > invalid
}

func latin1ToUTF8(data []byte) []byte {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(rune(data[0]))
			data = data[1:]
			continue
		}
		b.WriteRune(r)
		data = data[size:]
	}
	return []byte(b.String())
}

// isJSONLines reports whether an input is JSON (JSON Lines, one record, or an array of
// records) rather than the text format: by its extension, or by its first character.
func isJSONLines(source, text string) bool {
	ext := strings.ToLower(filepath.Ext(source))
	if ext == ".jsonl" || ext == ".ndjson" || ext == ".json" {
		return true
	}
	text = strings.TrimLeftFunc(text, unicode.IsSpace)
	if rest, ok := strings.CutPrefix(text, "["); ok {
		// a JSON array of records
		return strings.HasPrefix(strings.TrimLeftFunc(rest, unicode.IsSpace), "{")
	}
	return strings.HasPrefix(text, "{")
}

// jsonArticle is one JSON Lines record.
type jsonArticle struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
	URL   string `json:"url"`
	Body  string `json:"body"`
}

// readJSONLines reads one article record a line. Two other JSON shapes are read too: a
// file holding a single (possibly indented) record, and a JSON array of records, each
// named by the line it starts on.
func readJSONLines(text, source string, res *ReadResult) {
	trimmed := strings.TrimSpace(text)
	if strings.HasPrefix(trimmed, "[") {
		readJSONArray(text, source, res)
		return
	}
	if strings.Contains(trimmed, "\n") && json.Valid([]byte(trimmed)) {
		start := strings.Index(text, "{")
		readRecord([]byte(trimmed), source, 1+strings.Count(text[:max(start, 0)], "\n"), res)
		return
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64<<10), len(text)+1)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		readRecord([]byte(line), source, n, res)
	}
	if err := sc.Err(); err != nil {
		res.Errors = append(res.Errors, &InputError{Source: source, Line: n + 1, Problem: err.Error()})
	}
}

// readJSONArray reads a JSON array of article records.
func readJSONArray(text, source string, res *ReadResult) {
	dec := json.NewDecoder(strings.NewReader(text))
	// lineAt counts lines from where it last counted, so that reading the whole array
	// takes time in proportion to its length.
	countedTo, line := 0, 1
	lineAt := func(off int64) int {
		rest := text[off:]
		to := int(off) + len(rest) - len(strings.TrimLeft(rest, " \t\n,"))
		if to < countedTo {
			countedTo, line = 0, 1
		}
		line += strings.Count(text[countedTo:to], "\n")
		countedTo = to
		return line
	}
	if _, err := dec.Token(); err != nil {
		res.Errors = append(res.Errors, &InputError{Source: source, Line: 1, Problem: "malformed JSON: " + jsonProblem(err)})
		return
	}
	for dec.More() {
		line := lineAt(dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			res.Errors = append(res.Errors, &InputError{Source: source, Line: line, Problem: "malformed JSON: " + jsonProblem(err)})
			return
		}
		readRecord(raw, source, line, res)
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim(']') {
		problem := "malformed JSON: the array does not end with ]"
		if err != nil {
			problem = "malformed JSON: " + jsonProblem(err)
		}
		res.Errors = append(res.Errors, &InputError{Source: source, Line: lineAt(dec.InputOffset()), Problem: problem})
	}
}

// readRecord reads one JSON article record that starts on line n of the source.
func readRecord(raw []byte, source string, n int, res *ReadResult) {
	var ja jsonArticle
	if err := json.Unmarshal(raw, &ja); err != nil {
		res.Errors = append(res.Errors, &InputError{Source: source, Line: n, Problem: "malformed JSON: " + jsonProblem(err)})
		return
	}
	body := ja.Body
	if looksHTML(body) {
		body = stripHTML(body)
	}
	if strings.TrimSpace(body) == "" {
		res.Errors = append(res.Errors, &InputError{Source: source, Line: n, Problem: "record has no body"})
		return
	}
	a := diplograph.Article{
		Title:  cleanLine(stripHTMLIf(ja.Title)),
		URL:    cleanURL(ja.URL),
		Source: fmt.Sprintf("%s:%d", source, n),
		Body:   normaliseBody(body),
	}
	if ja.Date != "" {
		d, ok := ParseDate(ja.Date)
		if !ok {
			res.Warnings = append(res.Warnings, &Warning{Source: source, Line: n, Problem: fmt.Sprintf("unparseable date %q left empty", ja.Date)})
		}
		a.Date = d
	}
	a.ID = ArticleKey(a.Title, a.Body)
	res.Articles = append(res.Articles, a)
}

func jsonProblem(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v at byte %d", se, se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Sprintf("the record is a JSON %s, not an object", te.Value)
		}
		return fmt.Sprintf("field %q is a JSON %s, not a %s", te.Field, te.Value, te.Type)
	}
	return err.Error()
}

var urlLine = regexp.MustCompile(`(?i)^\s*original\s+url\s*:\s*(.*)$`)

// parseText reads the text format: optional blank lines, "## title" (or a first short line
// followed by a blank line), an optional date line, the body, and an optional
// "Original url:" line followed by the URL, which may be broken by spaces or line breaks.
func parseText(text, source string) (diplograph.Article, []*Warning) {
	var warns []*Warning
	if looksHTML(text) {
		text = stripHTML(text)
	}
	lines := strings.Split(text, "\n")
	i := 0
	skipBlank := func() {
		for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
			i++
		}
	}
	a := diplograph.Article{Source: source}
	skipBlank()
	if i < len(lines) {
		first := strings.TrimSpace(lines[i])
		switch {
		case strings.HasPrefix(first, "#"):
			a.Title = cleanLine(strings.TrimLeft(first, "# "))
			i++
		case len(first) < 200 && (i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "") && !strings.HasSuffix(first, "."):
			a.Title = cleanLine(first)
			i++
		}
	}
	skipBlank()
	if i < len(lines) {
		cand := strings.TrimSpace(lines[i])
		if d, ok := ParseDate(cand); ok {
			a.Date = d
			i++
		} else if len(cand) < 40 && dateish.MatchString(cand) {
			warns = append(warns, &Warning{Source: source, Problem: fmt.Sprintf("unparseable date %q left empty", cand)})
			i++
		}
	}
	var body []string
	for ; i < len(lines); i++ {
		if m := urlLine.FindStringSubmatch(lines[i]); m != nil {
			a.URL = cleanURL(m[1] + " " + strings.Join(lines[i+1:], " "))
			break
		}
		body = append(body, lines[i])
	}
	a.Body = normaliseBody(strings.Join(body, "\n"))
	a.ID = ArticleKey(a.Title, a.Body)
	return a, warns
}

var dateish = regexp.MustCompile(`(?i)^(\w+day,?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$`)

// dateLayouts are the date forms read from date lines and JSON records.
var dateLayouts = []string{
	"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
	"January 2, 2006", "January 02, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006",
	"02 January 2006", "2 Jan 2006", "Monday, January 2, 2006", "Mon, 02 Jan 2006 15:04:05 -0700",
	"January 2 2006", "2006/01/02", "January 2, 2006 15:04", "January 2, 2006 3:04 PM",
}

// ParseDate reads a date in one of the common forms and returns it as YYYY-MM-DD.
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	s = strings.Replace(s, "Sept.", "Sep.", 1)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

func cleanLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// cleanURL removes the white space that line wrapping leaves inside a URL.
func cleanURL(s string) string {
	s = strings.Join(strings.Fields(s), "")
	return strings.TrimRight(s, ".,;")
}

// normaliseBody trims trailing space on lines and collapses runs of blank lines, keeping
// paragraphs separated by one blank line.
func normaliseBody(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if strings.TrimSpace(l) == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// ArticleKey is the stable key of an article: a hash of its title and body with case and
// white space folded, so the same text read twice (from any file) is the same article.
func ArticleKey(title, body string) string {
	norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	return "a:" + diplograph.Hash(norm(title), norm(body))[:32]
}

var (
	htmlTag   = regexp.MustCompile(`(?i)</?(p|div|br|html|body|head|span|a|article|section|h[1-6]|em|strong|b|i|ul|li|table|tr|td|script|style)\b[^>]*>`)
	blockTag  = regexp.MustCompile(`(?i)<\s*(/p|br\s*/?|/div|/h[1-6]|/li|/tr|/article|/section)\s*>`)
	scriptTag = regexp.MustCompile(`(?is)<(script|style|head)\b.*?</(script|style|head)\s*>`)
	anyTag    = regexp.MustCompile(`(?s)<[^>]*>`)
	titleTag  = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)
)

func looksHTML(s string) bool { return htmlTag.MatchString(s) }

func stripHTMLIf(s string) string {
	if looksHTML(s) {
		return stripHTML(s)
	}
	return s
}

// stripHTML turns markup into text: block ends become paragraph breaks, scripts and styles
// are dropped, other tags removed and character references decoded. A <title> becomes the
// "## title" line.
func stripHTML(s string) string {
	title := ""
	if m := titleTag.FindStringSubmatch(s); m != nil {
		title = "## " + cleanLine(html.UnescapeString(anyTag.ReplaceAllString(m[1], ""))) + "\n\n"
	}
	s = scriptTag.ReplaceAllString(s, "")
	s = blockTag.ReplaceAllString(s, "\n\n")
	s = anyTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	if title != "" && !strings.HasPrefix(strings.TrimSpace(s), "#") {
		s = title + s
	}
	return s
}

// Inputs expands paths into the files to read: files as given, folders recursively (in
// sorted order, skipping hidden entries), and "-" for standard input. Symbolic links are
// followed, to files and to folders; a link that leads back into a folder being walked
// is reported as a loop and not followed, and a link to nothing is reported. Paths that
// do not exist are returned as errors; the rest is still listed.
func Inputs(paths []string) ([]string, []*InputError) {
	var files []string
	var errs []*InputError
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &InputError{Source: p, Problem: linkProblem(p, err)})
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		w := &walker{}
		w.walk(p, info, nil)
		files = append(files, w.files...)
		errs = append(errs, w.errs...)
	}
	return files, errs
}

// walker lists the article files of a folder tree, following symbolic links.
type walker struct {
	files []string
	errs  []*InputError
}

// walk lists dir, whose ancestors in this walk (by their file identity) are given.
func (w *walker) walk(dir string, info os.FileInfo, ancestors []os.FileInfo) {
	for _, a := range ancestors {
		if os.SameFile(a, info) {
			w.errs = append(w.errs, &InputError{Source: dir, Problem: "symbolic link loop: leads back to a folder it is in; not followed"})
			return
		}
	}
	ancestors = append(ancestors, info)
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.errs = append(w.errs, &InputError{Source: dir, Problem: openProblem(err)})
		return
	}
	// entries come sorted by name
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		mode := e.Type()
		var target os.FileInfo
		if mode&os.ModeSymlink != 0 {
			target, err = os.Stat(path)
			if err != nil {
				w.errs = append(w.errs, &InputError{Source: path, Problem: linkProblem(path, err)})
				continue
			}
			mode = target.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if target == nil {
				if target, err = os.Stat(path); err != nil {
					w.errs = append(w.errs, &InputError{Source: path, Problem: openProblem(err)})
					continue
				}
			}
			w.walk(path, target, ancestors)
		case mode.IsRegular() && articleFile(name):
			w.files = append(w.files, path)
		}
	}
}

// linkProblem describes why a path cannot be opened, naming a symbolic link to nothing
// or a loop of links as such.
func linkProblem(path string, err error) string {
	if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&os.ModeSymlink != 0 {
		switch {
		case errors.Is(err, os.ErrNotExist):
			return "symbolic link to nothing"
		case errors.Is(err, syscall.ELOOP):
			return "symbolic link loop"
		}
	}
	return openProblem(err)
}

// articleFile reports whether a file found in a folder is read as articles: text, JSON
// Lines and HTML files, and files without an extension.
func articleFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".jsonl", ".ndjson", ".json", ".html", ".htm", "":
		return true
	}
	return false
}
