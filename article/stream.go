package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Counted is what one input gave so far, handed to Stream's callback piece by piece:
// articles, errors and warnings, and how many bytes of the input are behind them.
type Counted struct {
	ReadResult
	// Offset is the number of bytes of the input read up to the end of these articles.
	Offset int64
}

// StreamFile is Stream on a file.
func StreamFile(path string, opt ReadOptions, emit func(Counted) bool) {
	f, err := os.Open(path)
	if err != nil {
		emit(Counted{ReadResult: ReadResult{Errors: []*InputError{{Source: path, Problem: openProblem(err)}}}})
		return
	}
	defer func() { _ = f.Close() }()
	Stream(f, path, opt, emit)
}

// Stream reads the articles of r as Read does, handing them to emit as they are read;
// it stops early when emit returns false. A JSON Lines input (one record a line) is
// read record by record in constant memory, whatever its length, and the size limit
// (ReadOptions.MaxBytes) applies to each record: a longer line is an error naming its
// line, and the lines after it are read. Any other input (an article in the text format,
// a JSON array, one indented record, UTF-16) is one article or one document, read whole
// under the limit by Read.
func Stream(r io.Reader, source string, opt ReadOptions, emit func(Counted) bool) {
	limit := opt.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 64<<10)
	head, _ := br.Peek(4096)
	trimmed := strings.TrimLeftFunc(string(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))), unicode.IsSpace)
	utf16 := bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff})
	if utf16 || !isJSONLines(source, trimmed) || !strings.HasPrefix(trimmed, "{") || !firstLineIsRecord(br) {
		res := Read(br, source, opt)
		emit(Counted{ReadResult: res, Offset: cr.n})
		return
	}
	streamJSONLines(br, cr, source, limit, emit)
}

// firstLineIsRecord reports whether the first non-blank line of a JSON input is a whole
// JSON value by itself (JSON Lines), rather than the start of an indented record.
func firstLineIsRecord(br *bufio.Reader) bool {
	buf, _ := br.Peek(br.Size())
	text := bytes.TrimLeft(bytes.TrimPrefix(buf, []byte("\xef\xbb\xbf")), " \t\r\n")
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		return json.Valid(bytes.TrimSpace(text[:i]))
	}
	// the whole input on one line, or a first line longer than the buffer: records
	return true
}

func streamJSONLines(br *bufio.Reader, cr *countingReader, source string, limit int64, emit func(Counted) bool) {
	line := 0
	var buf []byte
	for {
		line++
		buf = buf[:0]
		tooLong := false
		var err error
		for {
			var part []byte
			part, err = br.ReadSlice('\n')
			if !tooLong {
				if int64(len(buf)+len(part)) > limit+1 {
					tooLong, buf = true, buf[:0]
				} else {
					buf = append(buf, part...)
				}
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		offset := cr.n - int64(br.Buffered())
		var out Counted
		out.Offset = offset
		switch {
		case tooLong:
			out.Errors = append(out.Errors, &InputError{Source: source, Line: line,
				Problem: fmt.Sprintf("record larger than the %d-byte limit (ingest.max_file_bytes)", limit)})
		default:
			record := bytes.TrimSpace(buf)
			if line == 1 {
				record = bytes.TrimPrefix(record, []byte("\xef\xbb\xbf"))
			}
			if len(record) == 0 {
				break
			}
			if !utf8.Valid(record) {
				if mostlyUTF8(record) {
					record = bytes.ToValidUTF8(record, []byte("\uFFFD"))
					out.Warnings = append(out.Warnings, &Warning{Source: source, Line: line, Problem: "invalid UTF-8 bytes replaced by U+FFFD"})
				} else {
					record = latin1ToUTF8(record)
					out.Warnings = append(out.Warnings, &Warning{Source: source, Line: line, Problem: "not valid UTF-8; read as Latin-1"})
				}
			}
			readRecord(record, source, line, &out.ReadResult)
		}
		if (len(out.Articles) > 0 || len(out.Errors) > 0 || len(out.Warnings) > 0) && !emit(out) {
			return
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				emit(Counted{ReadResult: fail(source, line, "read: "+err.Error()), Offset: offset})
			}
			return
		}
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
