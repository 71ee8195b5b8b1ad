package diplograph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxKeyBytes is the longest node key written as it is. Longer keys keep a readable
// prefix and end in a hash of the whole key (see BoundKey), so that no key comes near
// the size limit of Neo4j's index entries.
const MaxKeyBytes = 200

// keyHashChars is the number of hex digits of the hash that ends a shortened key.
const keyHashChars = 24

// BoundKey returns key unchanged when it is at most MaxKeyBytes long, and otherwise its
// first bytes (cut at a character boundary) followed by "~" and a hash of the whole key.
// Distinct long keys stay distinct and the same long key always gives the same result.
func BoundKey(key string) string {
	if len(key) <= MaxKeyBytes {
		return key
	}
	keep := MaxKeyBytes - keyHashChars - 1
	for keep > 0 && !utf8.RuneStart(key[keep]) {
		keep--
	}
	return key[:keep] + "~" + Hash(key)[:keyHashChars]
}

// CleanText removes control characters (terminal escape sequences included) and
// invisible format characters such as zero-width spaces and direction overrides, folds
// every run of white space to one space, and cuts the result to at most max runes
// (max <= 0: no limit), ending a cut text in "…". Stored names and texts go through it,
// so nothing read from an article can move a terminal's cursor or hide in a name.
func CleanText(s string, max int) string {
	s = StripEscapes(s)
	var b strings.Builder
	n, space, cut := 0, false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = n > 0
			continue
		}
		if unicode.IsControl(r) || unicode.In(r, unicode.Cf) || r == utf8.RuneError {
			continue
		}
		add := 1
		if space {
			add = 2
		}
		if max > 0 && n+add > max {
			cut = true
			break
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		n += add
	}
	out := b.String()
	if cut {
		rs := []rune(out)
		if len(rs) >= max {
			rs = rs[:max-1]
		}
		out = strings.TrimRight(string(rs), " ") + "…"
	}
	return out
}

// StripEscapes removes ANSI/VT escape sequences (CSI "ESC [ ... final", OSC
// "ESC ] ... BEL or ESC \", and two-byte escapes) and their 8-bit forms, leaving the
// rest of s as it is; the remaining control characters are for the caller to handle.
func StripEscapes(s string) string {
	if !strings.ContainsAny(s, "\x1b\u009b\u009d") {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b && i+1 < len(rs) && rs[i+1] == '[', r == 0x9b:
			if r == 0x1b {
				i++
			}
			// CSI: parameters and intermediates up to a final byte in @..~
			for i+1 < len(rs) {
				i++
				if rs[i] >= 0x40 && rs[i] <= 0x7e {
					break
				}
			}
		case r == 0x1b && i+1 < len(rs) && rs[i+1] == ']', r == 0x9d:
			if r == 0x1b {
				i++
			}
			// OSC: up to BEL or ESC \
			for i+1 < len(rs) {
				i++
				if rs[i] == 0x07 {
					break
				}
				if rs[i] == 0x1b && i+1 < len(rs) && rs[i+1] == '\\' {
					i++
					break
				}
			}
		case r == 0x1b:
			if i+1 < len(rs) {
				i++ // a two-character escape such as ESC c
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
