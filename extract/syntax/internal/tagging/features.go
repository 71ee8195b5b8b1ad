// Package tagging holds the features of the parser's own part-of-speech tagger, shared by
// the run-time tagger and its trainer. The tagger reads the words of a sentence left to
// right, with the two tags it has already chosen and the tags the input came with
// (prose's), and predicts the tags of the treebank the parser was trained on.
package tagging

import (
	"github.com/diplograph/diplograph/extract/syntax/internal/hashing"
	"unicode"
	"unicode/utf8"
)

// Sentence holds the hashed atoms of a sentence's words: the folded word, its affixes,
// its shape, and the input tag.
type Sentence struct {
	words                  []uint64
	suf1, suf2, suf3, suf4 []uint64
	pre1, pre2, pre3       []uint64
	shape, given           []uint64
	n                      int
	buf                    []byte
}

// Start marks the tags before the first word.
const Start = 0xa0761d6478bd642f

// Reset fills x from words and their input tags.
func (x *Sentence) Reset(words, given []string) {
	n := len(words)
	x.n = n
	for _, p := range []*[]uint64{&x.words, &x.suf1, &x.suf2, &x.suf3, &x.suf4, &x.pre1, &x.pre2, &x.pre3, &x.shape, &x.given} {
		if cap(*p) < n {
			*p = make([]uint64, n)
		}
		*p = (*p)[:n]
	}
	for i, w := range words {
		x.buf = fold(x.buf[:0], w)
		x.words[i] = hash(x.buf, 1)
		runes := utf8.RuneCount(x.buf)
		x.suf1[i] = hash(suffix(x.buf, 1), 2)
		x.suf2[i] = hash(suffix(x.buf, 2), 3)
		x.suf3[i] = hash(suffix(x.buf, 3), 4)
		x.suf4[i] = hash(suffix(x.buf, 4), 5)
		if runes <= 4 {
			x.suf4[i] = 0
		}
		x.pre1[i] = hash(prefix(x.buf, 1), 6)
		x.pre2[i] = hash(prefix(x.buf, 2), 7)
		x.pre3[i] = hash(prefix(x.buf, 3), 8)
		x.shape[i] = shape(w)
		x.given[i] = hash([]byte(given[i]), 9)
	}
}

// Len returns the number of words.
func (x *Sentence) Len() int { return x.n }

// Features appends the feature keys of word i, given the hashes of the two tags before
// it (Start before the sentence), to out.
func (x *Sentence) Features(i int, prev1, prev2 uint64, out []uint64) []uint64 {
	word := func(j int) uint64 {
		if j < 0 || j >= x.n {
			return Start + uint64(j-i)
		}
		return x.words[j]
	}
	given := func(j int) uint64 {
		if j < 0 || j >= x.n {
			return Start + uint64(j-i)
		}
		return x.given[j]
	}
	suf3 := func(j int) uint64 {
		if j < 0 || j >= x.n {
			return Start + uint64(j-i)
		}
		return x.suf3[j]
	}
	var t uint64
	f := func(a, b, c uint64) {
		t++
		out = append(out, key(t, a, b, c))
	}
	w := x.words[i]
	f(0, 0, 0)
	f(w, 0, 0)
	f(x.suf1[i], 0, 0)
	f(x.suf2[i], 0, 0)
	f(x.suf3[i], 0, 0)
	f(x.suf4[i], 0, 0)
	f(x.pre1[i], 0, 0)
	f(x.pre2[i], 0, 0)
	f(x.pre3[i], 0, 0)
	f(x.shape[i], 0, 0)
	f(x.shape[i], boolHash(i == 0), 0)
	f(prev1, 0, 0)
	f(prev2, 0, 0)
	f(prev1, prev2, 0)
	f(prev1, w, 0)
	f(word(i-1), 0, 0)
	f(word(i-2), 0, 0)
	f(word(i+1), 0, 0)
	f(word(i+2), 0, 0)
	f(suf3(i-1), 0, 0)
	f(suf3(i+1), 0, 0)
	f(word(i-1), w, 0)
	f(w, word(i+1), 0)
	f(given(i), 0, 0)
	f(given(i), w, 0)
	f(given(i), x.suf3[i], 0)
	f(given(i-1), given(i), 0)
	f(given(i), given(i+1), 0)
	f(given(i+1), 0, 0)
	f(given(i+2), 0, 0)
	f(prev1, given(i), 0)
	f(given(i), x.shape[i], 0)
	f(prev1, x.suf3[i], 0)
	f(prev1, word(i-1), 0)
	f(word(i+1), given(i+1), 0)
	return out
}

func boolHash(b bool) uint64 {
	if b {
		return 0x1234567
	}
	return 0x7654321
}

func fold(buf []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			r = '0'
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= utf8.RuneSelf:
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

func suffix(b []byte, n int) []byte {
	cut := len(b)
	for k := 0; k < n && cut > 0; k++ {
		_, size := utf8.DecodeLastRune(b[:cut])
		cut -= size
	}
	return b[cut:]
}

func prefix(b []byte, n int) []byte {
	cut := 0
	for k := 0; k < n && cut < len(b); k++ {
		_, size := utf8.DecodeRune(b[cut:])
		cut += size
	}
	return b[:cut]
}

// shape is a class of how a word is written: capitals, lower case, digits, hyphens and
// other marks, with repeats collapsed ("Xx", "x-x", "d.d", "X").
func shape(w string) uint64 {
	h := uint64(14695981039346656037)
	var last rune = -1
	count := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			continue
		}
		last = c
		count++
		if count > 6 {
			break
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func hash(b []byte, seed uint64) uint64 {
	h := uint64(14695981039346656037) ^ seed*0x9e3779b97f4a7c15
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// TagHash is the atom a chosen tag is fed back to the tagger as.
func TagHash(tag string) uint64 { return hash([]byte(tag), 10) }

func key(t, a, b, c uint64) uint64 {
	h := hashing.Mix(t*0x100000001b3 + a + 0x51ed27)
	h = hashing.Mix(h + b)
	h = hashing.Mix(h + c)
	if h == 0 {
		h = 1
	}
	return h
}
