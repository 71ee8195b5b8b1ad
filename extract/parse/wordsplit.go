package parse

import (
	"github.com/diplograph/diplograph/extract/lexicon"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitTokens splits text (with ASCII quotes) into word and punctuation spans, by the
// rules of prose's tokenizer: at white space, then opening "$ ( \" [" off the front,
// the contractions 'll 's 're 'm n't off the word ('ve 'd off its end), and closing ", ) \" ] ! ; . ? : '"
// off the end; abbreviations like "U.S." and "Mr." stay whole. Each span is a
// [start, end) byte range of text.
func splitTokens(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = splitWord(text, start, i, out)
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = splitWord(text, start, len(text), out)
	}
	return out
}

// contractions are split off a word in this order of precedence.
var contractions = []string{"'ll", "'s", "'re", "'m", "n't"}

// finalContractions are split off only at the end of a word ("they've", "he'd"), where
// they cannot be a letter of a name.
var finalContractions = []string{"'ve", "'d"}

// splitWord appends the spans of the white-space free word text[s:e].
func splitWord(text string, s, e int, out [][2]int) [][2]int {
	var closing [][2]int
	for s < e {
		tok := text[s:e]
		if isAbbreviation(tok) {
			out = append(out, [2]int{s, e})
			break
		}
		if len(tok) > 1 && strings.IndexByte(`$("[`, tok[0]) >= 0 {
			out = append(out, [2]int{s, s + 1})
			s++
			continue
		}
		if idx, n := contraction(tok); idx >= 0 {
			if idx > 0 {
				out = append(out, [2]int{s, s + idx})
				s += idx
			} else {
				out = append(out, [2]int{s, s + n})
				s += n
			}
			continue
		}
		if len(tok) > 1 && strings.IndexByte(`,)"]!;.?:'`, tok[len(tok)-1]) >= 0 {
			closing = append(closing, [2]int{e - 1, e}) // in reverse order, put right below
			e--
			continue
		}
		out = append(out, [2]int{s, e})
		s = e
	}
	slices.Reverse(closing)
	return append(out, closing...)
}

// contraction returns where a contraction starts in tok and its length, or -1 when tok
// holds none (or is only the contraction).
func contraction(tok string) (int, int) {
	for _, c := range contractions {
		if len(tok) <= len(c) {
			continue
		}
		if idx := indexFold(tok, c); idx >= 0 && !letterAt(tok, idx+len(c)) {
			// a contraction ends its word or comes before punctuation: the "'Re" of
			// "O'Reilly" is part of the name
			return idx, len(c)
		}
	}
	for _, c := range finalContractions {
		if n := len(tok) - len(c); n > 0 && strings.EqualFold(tok[n:], c) {
			return n, len(c)
		}
	}
	return -1, 0
}

// letterAt reports whether tok has a letter at byte i.
func letterAt(tok string, i int) bool {
	if i >= len(tok) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tok[i:])
	return unicode.IsLetter(r)
}

// indexFold is strings.Index ignoring ASCII case.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// isAbbreviation reports whether tok is letters each followed by a period ("U.S.",
// "e.g.") or a capitalised abbreviation the lexicon knows ("Mr.", "Nov.", "Sept.").
func isAbbreviation(tok string) bool {
	if n := len(tok); n >= 4 && n%2 == 0 {
		dotted := true
		for i := 0; i < n; i += 2 {
			c := tok[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || tok[i+1] != '.' {
				dotted = false
				break
			}
		}
		if dotted {
			return true
		}
	}
	if n := len(tok); n >= 3 && n <= 5 && tok[n-1] == '.' && tok[0] >= 'A' && tok[0] <= 'Z' {
		// Only a known abbreviation: "Xi." or "Abe." at the end of a sentence is a name
		// and its full stop.
		lw := strings.ToLower(tok[:n-1])
		return lexicon.Words.TitleAbbrev[lw] || lexicon.Words.MonthAbbrev[lw] || lexicon.Words.OtherAbbrev[lw]
	}
	return false
}
