package arceager

import "testing"

// follow makes the lowest-cost move, preferring the first action, until the buffer is
// empty, and returns the heads and labels it built.
func follow(t *testing.T, heads, labels []int, nLabels int) ([]int, []int, int) {
	t.Helper()
	n := len(heads) - 1
	s := NewState(n)
	costs := make([]int, Actions(nLabels))
	total := 0
	for steps := 0; !s.Terminal(); steps++ {
		if steps > 4*n+4 {
			t.Fatal("parse did not end")
		}
		best := s.Costs(heads, labels, nLabels, costs)
		total += best
		for a, c := range costs {
			if c == best {
				s.Apply(Move(a))
				break
			}
		}
	}
	s.Finish(0, 1, 2, func(int) bool { return false })
	return s.Heads, s.Labels, total
}

func TestOracleBuildsProjectiveTree(t *testing.T) {
	// "The minister met her counterpart in the capital ."
	//   1   2        3   4   5           6  7   8       9
	heads := []int{-1, 2, 3, 0, 5, 3, 8, 8, 3, 3}
	labels := []int{-1, 4, 5, 0, 6, 7, 8, 4, 9, 2}
	gotH, gotL, cost := follow(t, heads, labels, 10)
	if cost != 0 {
		t.Errorf("oracle lost %d arcs of a projective tree", cost)
	}
	for i := 1; i < len(heads); i++ {
		if gotH[i] != heads[i] || gotL[i] != labels[i] {
			t.Errorf("word %d: got head %d label %d, want %d %d", i, gotH[i], gotL[i], heads[i], labels[i])
		}
	}
}

func TestOracleCountsLostArcsOfNonProjectiveTree(t *testing.T) {
	// arcs 1->3 and 2->4 cross: one of them cannot be built
	heads := []int{-1, 0, 1, 1, 2}
	labels := []int{-1, 0, 1, 1, 1}
	gotH, _, cost := follow(t, heads, labels, 2)
	if cost == 0 {
		t.Error("a crossing tree was reported reachable")
	}
	wrong := 0
	for i := 1; i < len(heads); i++ {
		if gotH[i] != heads[i] {
			wrong++
		}
	}
	if wrong != cost {
		t.Errorf("the oracle's cost %d differs from the arcs missed %d", cost, wrong)
	}
}

func TestLegalMoves(t *testing.T) {
	s := NewState(2)
	if s.Legal(Reduce) || s.Legal(Left) {
		t.Error("the root can be reduced or given a head")
	}
	if !s.Legal(Right) || !s.Legal(Shift) {
		t.Error("the first word cannot be attached to the root or shifted")
	}
	s.Apply(Right, 0)
	if s.Heads[1] != 0 || s.Top() != 1 || s.B != 2 {
		t.Fatalf("right arc: heads %v stack %v buffer %d", s.Heads, s.Stack, s.B)
	}
	s.Apply(Reduce, -1)
	if s.Legal(Right) {
		t.Error("the root takes a second dependent")
	}
}

func TestFeaturesAreDeterministicAndDistinct(t *testing.T) {
	var x Sentence
	x.Reset([]string{"Talks", "ended", "."}, []string{"NNS", "VBD", "."}, []string{"NNS", "VBN", "."})
	s := NewState(3)
	a := x.Features(s, nil)
	b := x.Features(s, nil)
	seen := map[uint64]bool{}
	for i := range a {
		if a[i] != b[i] {
			t.Fatal("features differ between two calls")
		}
		if a[i] == 0 {
			t.Fatal("a feature key is 0")
		}
		seen[a[i]] = true
	}
	if len(seen) < len(a)*9/10 {
		t.Errorf("only %d distinct keys among %d features", len(seen), len(a))
	}
	s.Apply(Shift, -1)
	c := x.Features(s, nil)
	same := 0
	for i := range a {
		if a[i] == c[i] {
			same++
		}
	}
	if same == len(a) {
		t.Error("features do not change with the state")
	}
}
