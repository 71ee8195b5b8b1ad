package arceager

import (
	"github.com/diplograph/diplograph/extract/syntax/internal/hashing"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence holds, for the root (index 0) and each word, the hashed atoms features are
// built from: the word folded to lower case with digits as 0, its tag, the tag the
// input came with, its last three letters and its shape.
type Sentence struct {
	W, P, Q, S, C []uint64
}

const (
	none    = 0x9e3779b97f4a7c15
	rootTag = "ROOT"
)

// Reset fills x from a sentence's words, their tags and the tags the input came with,
// reusing its memory.
func (x *Sentence) Reset(words, tags, given []string) {
	n := len(words) + 1
	x.W = grow(x.W, n)
	x.P = grow(x.P, n)
	x.Q = grow(x.Q, n)
	x.S = grow(x.S, n)
	x.C = grow(x.C, n)
	x.W[0], x.P[0], x.Q[0], x.S[0], x.C[0] = hashString(rootTag), hashString(rootTag), hashString(rootTag), hashString(rootTag), 7
	var buf []byte
	for i, w := range words {
		buf = fold(buf[:0], w)
		x.W[i+1] = hashBytes(buf)
		x.P[i+1] = hashString(tags[i])
		x.Q[i+1] = hashString(given[i]) ^ 0x2545f4914f6cdd1d
		suf := buf
		if n := utf8.RuneCount(buf); n > 3 {
			cut := len(buf)
			for k := 0; k < 3; k++ {
				_, size := utf8.DecodeLastRune(buf[:cut])
				cut -= size
			}
			suf = buf[cut:]
		}
		x.S[i+1] = hashBytes(suf) ^ 0x5bd1e995
		x.C[i+1] = shape(w)
	}
}

func grow(xs []uint64, n int) []uint64 {
	if cap(xs) < n {
		return make([]uint64, n)
	}
	return xs[:n]
}

// fold appends w in lower case with every digit written as 0.
func fold(buf []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			r = '0'
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		default:
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// shape is a small class of how a word is written: capitalised, all capitals, lower
// case, with digits, with a hyphen, punctuation.
func shape(w string) uint64 {
	if w == "" {
		return 0
	}
	first, _ := utf8.DecodeRuneInString(w)
	var upper, lower, digit, other int
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			digit++
		default:
			other++
		}
	}
	switch {
	case digit > 0:
		return 1
	case strings.Contains(w, "-") && upper+lower > 0:
		return 2
	case upper > 0 && lower == 0:
		return 3
	case unicode.IsUpper(first):
		return 4
	case lower > 0:
		return 5
	}
	return 6
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// key is the hash of a feature template and up to four atoms; it is never 0.
func key(t, a, b, c, d uint64) uint64 {
	h := hashing.Mix(t*0x100000001b3 + a)
	h = hashing.Mix(h + b)
	h = hashing.Mix(h + c)
	h = hashing.Mix(h + d)
	if h == 0 {
		h = 1
	}
	return h
}

// Features appends the feature keys of state s over sentence x to out: the templates of
// Zhang and Nivre (2011) for the arc-eager system (words and tags of the stack top, the
// buffer front and their neighbours, heads, children, distance, valency and label
// sets), and a few for unknown words (suffixes and shapes) and the second stack word.
func (x *Sentence) Features(s *State, out []uint64) []uint64 {
	s0, s1, n0, n1, n2 := -1, -1, -1, -1, -1
	if k := len(s.Stack); k > 0 {
		s0 = s.Stack[k-1]
		if k > 1 {
			s1 = s.Stack[k-2]
		}
	}
	if s.B <= s.N {
		n0 = s.B
	}
	if s.B+1 <= s.N {
		n1 = s.B + 1
	}
	if s.B+2 <= s.N {
		n2 = s.B + 2
	}
	at := func(xs []int, i int) int {
		if i < 0 {
			return -1
		}
		return xs[i]
	}
	s0h := -1
	if s0 > 0 {
		s0h = s.Heads[s0]
	}
	s0h2 := -1
	if s0h > 0 {
		s0h2 = s.Heads[s0h]
	}
	s0l, s0l2, s0r, s0r2 := at(s.L1, s0), at(s.L2, s0), at(s.R1, s0), at(s.R2, s0)
	n0l, n0l2 := at(s.L1, n0), at(s.L2, n0)

	w := func(i int) uint64 {
		if i < 0 {
			return none
		}
		return x.W[i]
	}
	p := func(i int) uint64 {
		if i < 0 {
			return none
		}
		return x.P[i]
	}
	l := func(i int) uint64 {
		if i <= 0 || s.Labels[i] < 0 {
			return 0
		}
		return uint64(s.Labels[i] + 1)
	}
	var dist uint64
	if s0 >= 0 && n0 >= 0 {
		switch d := n0 - s0; {
		case s0 == 0:
			dist = 9
		case d < 5:
			dist = uint64(d)
		case d < 10:
			dist = 5
		default:
			dist = 6
		}
	}
	var vl0, vr0, nvl uint64
	var sls, srs, nls uint64
	if s0 >= 0 {
		vl0, vr0 = uint64(min(s.NL[s0], 6)), uint64(min(s.NR[s0], 6))
		sls, srs = s.LSet[s0], s.RSet[s0]
	}
	if n0 >= 0 {
		nvl = uint64(min(s.NL[n0], 6))
		nls = s.LSet[n0]
	}
	var t uint64
	f := func(a, b, c, d uint64) {
		t++
		out = append(out, key(t, a, b, c, d))
	}
	s0w, s0p, n0w, n0p := w(s0), p(s0), w(n0), p(n0)
	f(s0w, s0p, 0, 0)
	f(s0w, 0, 0, 0)
	f(s0p, 0, 0, 0)
	f(n0w, n0p, 0, 0)
	f(n0w, 0, 0, 0)
	f(n0p, 0, 0, 0)
	f(w(n1), p(n1), 0, 0)
	f(w(n1), 0, 0, 0)
	f(p(n1), 0, 0, 0)
	f(w(n2), p(n2), 0, 0)
	f(w(n2), 0, 0, 0)
	f(p(n2), 0, 0, 0)

	f(s0w, s0p, n0w, n0p)
	f(s0w, s0p, n0w, 0)
	f(s0w, n0w, n0p, 0)
	f(s0w, s0p, n0p, 0)
	f(s0p, n0w, n0p, 0)
	f(s0w, n0w, 0, 0)
	f(s0p, n0p, 0, 0)
	f(n0p, p(n1), 0, 0)

	f(n0p, p(n1), p(n2), 0)
	f(s0p, n0p, p(n1), 0)
	f(p(s0h), s0p, n0p, 0)
	f(s0p, p(s0l), n0p, 0)
	f(s0p, p(s0r), n0p, 0)
	f(s0p, n0p, p(n0l), 0)

	f(s0w, dist, 0, 0)
	f(s0p, dist, 0, 0)
	f(n0w, dist, 0, 0)
	f(n0p, dist, 0, 0)
	f(s0w, n0w, dist, 0)
	f(s0p, n0p, dist, 0)

	f(s0w, vr0, 0, 0)
	f(s0p, vr0, 0, 0)
	f(s0w, vl0, 0, 0)
	f(s0p, vl0, 0, 0)
	f(n0w, nvl, 0, 0)
	f(n0p, nvl, 0, 0)

	f(w(s0h), 0, 0, 0)
	f(p(s0h), 0, 0, 0)
	f(l(s0), 0, 0, 0)
	f(w(s0l), 0, 0, 0)
	f(p(s0l), 0, 0, 0)
	f(l(s0l), 0, 0, 0)
	f(w(s0r), 0, 0, 0)
	f(p(s0r), 0, 0, 0)
	f(l(s0r), 0, 0, 0)
	f(w(n0l), 0, 0, 0)
	f(p(n0l), 0, 0, 0)
	f(l(n0l), 0, 0, 0)

	f(w(s0h2), 0, 0, 0)
	f(p(s0h2), 0, 0, 0)
	f(l(s0h), 0, 0, 0)
	f(w(s0l2), 0, 0, 0)
	f(p(s0l2), 0, 0, 0)
	f(l(s0l2), 0, 0, 0)
	f(w(s0r2), 0, 0, 0)
	f(p(s0r2), 0, 0, 0)
	f(l(s0r2), 0, 0, 0)
	f(w(n0l2), 0, 0, 0)
	f(p(n0l2), 0, 0, 0)
	f(l(n0l2), 0, 0, 0)
	f(s0p, p(s0l), p(s0l2), 0)
	f(s0p, p(s0r), p(s0r2), 0)
	f(s0p, p(s0h), p(s0h2), 0)
	f(n0p, p(n0l), p(n0l2), 0)

	f(s0w, srs, 0, 0)
	f(s0p, srs, 0, 0)
	f(s0w, sls, 0, 0)
	f(s0p, sls, 0, 0)
	f(n0w, nls, 0, 0)
	f(n0p, nls, 0, 0)

	f(p(s1), s0p, n0p, 0)
	f(w(s1), s0p, n0p, 0)
	f(p(s1), l(s1), 0, 0)
	f(w(s1), p(s1), 0, 0)
	sfx := func(i int) uint64 {
		if i < 0 {
			return none
		}
		return x.S[i]
	}
	shp := func(i int) uint64 {
		if i < 0 {
			return none
		}
		return x.C[i]
	}
	f(sfx(n0), 0, 0, 0)
	f(sfx(n0), n0p, 0, 0)
	f(sfx(s0), s0p, 0, 0)
	f(sfx(n1), p(n1), 0, 0)
	f(shp(n0), n0p, 0, 0)
	f(shp(s0), s0p, 0, 0)
	f(n0w, w(n1), 0, 0)
	f(s0p, l(s0), n0p, 0)
	q := func(i int) uint64 {
		if i < 0 {
			return none
		}
		return x.Q[i]
	}
	f(q(n0), 0, 0, 0)
	f(q(s0), 0, 0, 0)
	f(q(n1), 0, 0, 0)
	f(q(s0), q(n0), 0, 0)
	f(q(n0), n0w, 0, 0)
	f(q(n0), n0p, 0, 0)
	return out
}
