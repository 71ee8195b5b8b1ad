package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key is the form of a token that the gazetteers are keyed by: periods dropped ("U.S."
// and "US" are one key), typographic apostrophes made ASCII, accents folded, a trailing
// possessive "'s" or "'" cut, and "The" lower-cased. Case is otherwise kept, because it
// tells "US" from "us" and "Turkey" from "turkey". Tokens that need none of this are
// returned as they are, without allocating.
func Key(tok string) string {
	if tok == "The" {
		return "the"
	}
	plain := true
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; c == '.' || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain && !strings.HasSuffix(tok, "'") && !strings.HasSuffix(tok, "'s") {
		return tok
	}
	s := tok
	if !plain {
		s = foldAccents(strings.ReplaceAll(strings.ReplaceAll(s, "\u2019", "'"), ".", ""))
	}
	if len(s) > 2 && strings.HasSuffix(s, "'s") {
		s = s[:len(s)-2]
	} else if len(s) > 1 && strings.HasSuffix(s, "'") {
		s = s[:len(s)-1]
	}
	return s
}

// Lower is Key in lower case, for the case-insensitive lexicons (titles, bodies).
func Lower(key string) string {
	for i := 0; i < len(key); i++ {
		if c := key[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(key)
		}
	}
	return key
}

// foldAccents removes combining marks ("Élysée" -> "Elysee") and maps the few
// letters that do not decompose.
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ı':
			b.WriteByte('i')
		case r == 'ł':
			b.WriteByte('l')
		case r == 'Ł':
			b.WriteByte('L')
		case r == 'ø':
			b.WriteByte('o')
		case r == 'Ø':
			b.WriteByte('O')
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013':
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Fold returns s with accents folded and typographic apostrophes and hyphens made ASCII,
// for comparing names written with and without diacritics.
func Fold(s string) string {
	return foldAccents(strings.ReplaceAll(s, "\u2019", "'"))
}

// words splits a phrase of the data files into its keys.
func words(phrase string) []string {
	f := strings.Fields(phrase)
	out := make([]string, 0, len(f))
	for _, w := range f {
		if k := Key(w); k != "" {
			out = append(out, k)
		}
	}
	return out
}
