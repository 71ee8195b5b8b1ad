package gazetteer

// trie maps phrases (sequences of normalised words) to values, and finds the longest
// phrase that starts at a position of a sentence. Every edge of every node lives in one
// map, so a lookup is one hash per word and a trie costs no allocation to search.
type trie struct {
	next map[edge]int32
	// val holds, for every node, the value of the phrase ending there, or -1.
	val []int32
}

type edge struct {
	node int32
	word string
}

func newTrie() *trie {
	return &trie{next: map[edge]int32{}, val: []int32{-1}}
}

// insert adds the phrase with its value, replacing the value of an equal phrase.
func (t *trie) insert(words []string, v int32) {
	if len(words) == 0 {
		return
	}
	n := int32(0)
	for _, w := range words {
		c, ok := t.next[edge{n, w}]
		if !ok {
			c = int32(len(t.val))
			t.val = append(t.val, -1)
			t.next[edge{n, w}] = c
		}
		n = c
	}
	t.val[n] = v
}

// lookup returns the value of exactly this phrase.
func (t *trie) lookup(words ...string) (int32, bool) {
	n := int32(0)
	for _, w := range words {
		c, ok := t.next[edge{n, w}]
		if !ok {
			return -1, false
		}
		n = c
	}
	return t.val[n], t.val[n] >= 0
}

// longest returns the end (exclusive) and value of the longest phrase that starts at
// keys[i], or end == i when none does.
func (t *trie) longest(keys []string, i int) (end int, v int32) {
	end, v = i, -1
	n := int32(0)
	for j := i; j < len(keys); j++ {
		if keys[j] == "" {
			break
		}
		c, ok := t.next[edge{n, keys[j]}]
		if !ok {
			break
		}
		n = c
		if t.val[n] >= 0 {
			end, v = j+1, t.val[n]
		}
	}
	return end, v
}
