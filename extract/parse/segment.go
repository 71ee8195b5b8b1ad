package parse

import (
	"github.com/diplograph/diplograph/extract/lexicon"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence segmentation: the body is split into paragraphs at blank lines, paragraphs
// that a line break cut in the middle of a sentence are joined again, and each paragraph
// is split into sentences at terminal punctuation that is not an abbreviation's period.

// paragraphs returns the body's paragraphs with their internal line breaks folded to
// single spaces. A paragraph that does not end a sentence and is followed by one that
// starts in lower case is the same sentence broken across lines, and is joined to it.
// Everything from an "Original url:" line on is a link footer, not text.
func paragraphs(body string) []string {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	var raw []string
	for _, block := range strings.Split(body, "\n\n") {
		text := strings.Join(strings.Fields(block), " ")
		if text == "" {
			continue
		}
		if strings.HasPrefix(strings.ToLower(text), "original url:") {
			break
		}
		if text = caption(text); text == "" {
			continue
		}
		raw = append(raw, text)
	}
	var out []string
	for _, p := range raw {
		if n := len(out); n > 0 && continuesSentence(out[n-1], p) {
			out[n-1] += " " + p
			continue
		}
		out = append(out, p)
	}
	return out
}

// caption returns the text of a picture's caption paragraph without the credit and
// labels that a page copied as text puts before it ("Image copyright AFP Image caption
// The talks broke up"), "" for a credit alone, and any other paragraph as it is.
func caption(p string) string {
	const credit, label = "Image copyright ", "Image caption "
	if !strings.HasPrefix(p, credit) && !strings.HasPrefix(p, label) {
		return p
	}
	if i := strings.Index(p, label); i >= 0 {
		return strings.TrimSpace(p[i+len(label):])
	}
	return ""
}

// continuesSentence reports whether next is the rest of a sentence that prev breaks off.
func continuesSentence(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:\"'\u201d\u2019)]", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(first)
}

// splitSentences splits one paragraph into sentences.
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// Take in further terminal marks and closing quotes or brackets: `?!`, `."`, `.)`.
		end := i + 1
		for end < len(p) {
			r, size := utf8.DecodeRuneInString(p[end:])
			if r == '.' || r == '!' || r == '?' || isClosingQuote(r) || r == ')' || r == ']' {
				end += size
				continue
			}
			break
		}
		if end >= len(p) {
			break
		}
		if p[end] != ' ' {
			i = end - 1
			continue
		}
		next := strings.TrimLeft(p[end:], " ")
		if c == '.' && !periodEndsSentence(p[start:i], p[i+1:end], next) {
			i = end - 1
			continue
		}
		if InsideQuote(p[start:end], p[end:]) || !startsSentence(next) {
			i = end - 1
			continue
		}
		out = append(out, strings.TrimSpace(p[start:end]))
		start = end
		i = end - 1
	}
	if rest := strings.TrimSpace(p[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// InsideQuote reports whether a quotation opened in before is still open and closes in
// after: a quoted passage of several sentences stays one sentence with its attribution,
// and a word of a sentence between the marks is quoted.
func InsideQuote(before, after string) bool {
	open := strings.Count(before, "\u201c") - strings.Count(before, "\u201d")
	if open > 0 {
		return strings.Contains(after, "\u201d")
	}
	if strings.Count(before, `"`)%2 == 1 {
		return strings.Contains(after, `"`)
	}
	return false
}

func isClosingQuote(r rune) bool {
	return r == '"' || r == '\'' || r == '\u201d' || r == '\u2019'
}

// startsSentence reports whether text can begin a sentence: an upper-case letter, a digit,
// or an opening quote or bracket before one.
func startsSentence(text string) bool {
	for _, r := range text {
		switch {
		case r == '"' || r == '\'' || r == '\u201c' || r == '\u2018' || r == '(' || r == '[':
			continue
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			return true
		default:
			return false
		}
	}
	return false
}

// periodEndsSentence decides whether the period after before ends the sentence. after is
// what closes the period (quotes, brackets), next is the text that follows.
func periodEndsSentence(before, after, next string) bool {
	if after != "" {
		// `word."` or `word.)`: the quote closes the sentence.
		return true
	}
	word := trailingWord(before)
	if word == "" {
		return true
	}
	lw := strings.ToLower(word)
	nextWord := leadingWord(next)
	switch {
	case lexicon.Words.TitleAbbrev[lw]:
		// "Mr. Smith", "Gen. Jones": a title is never the end of a sentence.
		return false
	case lexicon.Words.MonthAbbrev[lw]:
		// "Nov. 7" continues; "in Nov. The" ends.
		r, _ := utf8.DecodeRuneInString(next)
		return !unicode.IsDigit(r)
	case isSingleInitial(word):
		// "John F. Kennedy".
		return false
	case isDottedAcronym(word) || lexicon.Words.OtherAbbrev[lw]:
		// "the U.S. Secretary" continues; "the U.S. The" ends.
		return lexicon.Words.SentenceStarters[strings.ToLower(nextWord)]
	}
	return true
}

// trailingWord returns the last space-separated word of s without its trailing period,
// and without opening quotes or brackets.
func trailingWord(s string) string {
	s = strings.TrimRight(s, " ")
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimLeft(s, "\"'([\u201c\u2018")
}

// leadingWord returns the first word of s without quotes or punctuation around it.
func leadingWord(s string) string {
	s = strings.TrimLeft(s, "\"'([\u201c\u2018 ")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if end < 0 {
		return s
	}
	return s[:end]
}

// isSingleInitial reports whether word is a single upper-case letter ("F" of "John F.").
func isSingleInitial(word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	return size == len(word) && unicode.IsUpper(r)
}

// isDottedAcronym reports whether word is letters separated by periods ("U.S", "U.N").
func isDottedAcronym(word string) bool {
	if !strings.Contains(word, ".") {
		return false
	}
	for _, part := range strings.Split(word, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}
