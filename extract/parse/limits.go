package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
)

// MaxSentenceTokens is the most tokens of one sentence handed to the tagger (and to any
// later stage that reads a whole sentence, such as a parser). A longer run of text
// without a sentence end (a page without punctuation, a word repeated thousands of
// times) is cut into pieces of at most this many tokens, each read as a sentence of its
// own, so that the work per sentence stays bounded and the work per article grows
// linearly with its length. Real sentences are far shorter.
const MaxSentenceTokens = 150

// MaxWordBytes is the longest run of text without white space read as it is. A longer
// run (a page of letters without a space, punctuation repeated) is read as words of at
// most this many bytes, so that splitting words into tokens costs time in proportion to
// the text. Real words, even long compounds, are shorter.
const MaxWordBytes = 64

// boundWords returns s with a space inserted into every run of more than MaxWordBytes
// bytes without white space, at character boundaries; s itself when it has none.
func boundWords(s string) string {
	run, long := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			run = 0
			continue
		}
		if run += utf8.RuneLen(r); run > MaxWordBytes {
			long = true
			break
		}
	}
	if !long {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/MaxWordBytes + 1)
	run = 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			run = 0
		} else if n := utf8.RuneLen(r); run+n > MaxWordBytes {
			b.WriteByte(' ')
			run = n
		} else {
			run += n
		}
		b.WriteRune(r)
	}
	return b.String()
}

// BoundArticle returns the article with its title and body read through boundWords.
func BoundArticle(a diplograph.Article) diplograph.Article {
	a.Title, a.Body = boundWords(a.Title), boundWords(a.Body)
	return a
}

// boundSentences returns the sentences with every sentence of more than max tokens cut
// at token boundaries into pieces of at most max tokens.
func boundSentences(ss []string, max int) []string {
	var out []string
	for i, s := range ss {
		if len(s) <= max {
			// fewer bytes than max: fewer tokens too
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		spans := splitTokens(s)
		if len(spans) <= max {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ss)+len(spans)/max), ss[:i]...)
		}
		for from := 0; from < len(spans); from += max {
			to := min(from+max, len(spans))
			out = append(out, s[spans[from][0]:spans[to-1][1]])
		}
	}
	if out == nil {
		return ss
	}
	return out
}

// boundTitle returns the title cut to its first MaxSentenceTokens tokens.
func boundTitle(title string) string {
	if len(title) <= MaxSentenceTokens {
		return title
	}
	return boundSentences([]string{title}, MaxSentenceTokens)[0]
}
