package syntax

import (
	"strings"
	"testing"
)

// tree reads "word head rel" triples, one per line, heads counting from 1.
func tree(t *testing.T, s string) (words []string, heads []int, rels []string) {
	t.Helper()
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			t.Fatalf("bad line %q", line)
		}
		h := 0
		for _, c := range f[1] {
			h = h*10 + int(c-'0')
		}
		words, heads, rels = append(words, f[0]), append(heads, h), append(rels, f[2])
	}
	return words, heads, rels
}

func TestRepairJoinsAVocativeToTheSubjectAfterIt(t *testing.T) {
	// "Chairman Lind and I have agreed ." with "Lind" read as a vocative
	words, heads, rels := tree(t, `
Chairman 2 nmod:desc
Lind 6 vocative
and 6 cc
I 6 nsubj
have 6 aux
agreed 0 root
. 6 punct`)
	repair(words, heads, rels)
	if heads[1] != 6 || rels[1] != "nsubj" || heads[3] != 2 || rels[3] != "conj" || heads[2] != 4 || rels[2] != "cc" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// a real vocative stays one: "Minister , we agree ."
	words, heads, rels = tree(t, `
Minister 4 vocative
, 1 punct
we 4 nsubj
agree 0 root
. 4 punct`)
	repair(words, heads, rels)
	if rels[0] != "vocative" || heads[2] != 4 {
		t.Errorf("a vocative before a comma moved: heads %v rels %v", heads, rels)
	}
}

func TestRepairGivesAThatClauseOnAnObliqueToItsVerb(t *testing.T) {
	// "They agreed during talks that the border opens ."
	words, heads, rels := tree(t, `
They 2 nsubj
agreed 0 root
during 4 case
talks 2 obl
that 8 mark
the 7 det
border 8 nsubj
opens 4 acl
. 2 punct`)
	repair(words, heads, rels)
	if heads[7] != 2 || rels[7] != "ccomp" {
		t.Errorf("clause not moved: heads %v rels %v", heads, rels)
	}

	for _, c := range []struct{ name, text string }{
		{"a noun that holds a clause", `
They 2 nsubj
agreed 0 root
on 4 case
condition 4 obl
that 8 mark
the 7 det
border 8 nsubj
opens 4 acl
. 2 punct`},
		{"a verb that takes no clause", `
They 2 nsubj
walked 0 root
during 4 case
talks 2 obl
that 8 mark
the 7 det
border 8 nsubj
opens 4 acl
. 2 punct`},
		{"a relative clause", `
They 2 nsubj
agreed 0 root
during 4 case
talks 2 obl
that 6 nsubj
lasted 4 acl
. 2 punct`},
	} {
		words, heads, rels := tree(t, c.text)
		before := append([]int(nil), heads...)
		repair(words, heads, rels)
		for i := range heads {
			if heads[i] != before[i] {
				t.Errorf("%s: moved %q", c.name, words[i])
			}
		}
	}
}
