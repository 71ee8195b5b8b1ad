// Package arceager is the arc-eager transition system the dependency parser runs and
// is trained on: the parser state, its four moves, which moves are legal, what a move
// costs against a gold tree (the dynamic oracle), and the features a state shows to
// the classifier. It is shared by the run-time parser and the trainer, so that both
// see exactly the same states and features.
package arceager

// Moves of the arc-eager system. A labelled move is encoded as an action number:
// Shift and Reduce are 0 and 1; Left with label l is 2+2l and Right with label l is
// 3+2l.
const (
	Shift = iota
	Reduce
	Left
	Right
)

// MaxLabels is the largest number of dependency relations a model can have: children's
// label sets are kept as bits of a uint64.
const MaxLabels = 64

// Actions returns the number of actions for n labels.
func Actions(labels int) int { return 2 + 2*labels }

// Move returns the move and label of an action.
func Move(action int) (move, label int) {
	if action < 2 {
		return action, -1
	}
	return Left + (action-2)%2, (action - 2) / 2
}

// Action returns the action number of a move with a label (ignored for Shift and Reduce).
func Action(move, label int) int {
	if move < Left {
		return move
	}
	return 2 + 2*label + (move - Left)
}

// State is a parse in progress over the words 1..N of a sentence; 0 is the artificial
// root. The stack holds word indexes, the buffer is the words B..N.
type State struct {
	N      int
	Stack  []int
	B      int
	Heads  []int // -1 while a word has no head
	Labels []int // label of the arc to each word's head, -1 while none
	// leftmost and second leftmost, rightmost and second rightmost children, -1 if none
	L1, L2, R1, R2 []int
	// NL and NR count left and right children; LSet and RSet hold their labels as bits.
	NL, NR     []int
	LSet, RSet []uint64
}

// NewState returns the initial state for a sentence of n words: the root on the stack,
// every word in the buffer.
func NewState(n int) *State {
	s := &State{}
	s.Reset(n)
	return s
}

// Reset makes s the initial state for n words, reusing its memory.
func (s *State) Reset(n int) {
	s.N = n
	s.Stack = append(s.Stack[:0], 0)
	s.B = 1
	s.Heads = fill(s.Heads, n+1, -1)
	s.Labels = fill(s.Labels, n+1, -1)
	s.L1 = fill(s.L1, n+1, -1)
	s.L2 = fill(s.L2, n+1, -1)
	s.R1 = fill(s.R1, n+1, -1)
	s.R2 = fill(s.R2, n+1, -1)
	s.NL = fill(s.NL, n+1, 0)
	s.NR = fill(s.NR, n+1, 0)
	if cap(s.LSet) < n+1 {
		s.LSet = make([]uint64, n+1)
		s.RSet = make([]uint64, n+1)
	}
	s.LSet = s.LSet[:n+1]
	s.RSet = s.RSet[:n+1]
	for i := range s.LSet {
		s.LSet[i], s.RSet[i] = 0, 0
	}
}

func fill(xs []int, n, v int) []int {
	if cap(xs) < n {
		xs = make([]int, n)
	}
	xs = xs[:n]
	for i := range xs {
		xs[i] = v
	}
	return xs
}

// Terminal reports whether the buffer is empty.
func (s *State) Terminal() bool { return s.B > s.N }

// Top returns the word on top of the stack, or -1.
func (s *State) Top() int {
	if len(s.Stack) == 0 {
		return -1
	}
	return s.Stack[len(s.Stack)-1]
}

// Legal reports whether a move can be made. The root takes one dependent only, so that
// every tree has one root word.
func (s *State) Legal(move int) bool {
	if s.Terminal() {
		return false
	}
	top := s.Top()
	switch move {
	case Shift:
		return true
	case Reduce:
		return top > 0 && s.Heads[top] >= 0
	case Left:
		return top > 0 && s.Heads[top] < 0
	case Right:
		return top > 0 || top == 0 && s.NR[0] == 0
	}
	return false
}

// Apply makes a legal move.
func (s *State) Apply(move, label int) {
	switch move {
	case Shift:
		s.Stack = append(s.Stack, s.B)
		s.B++
	case Reduce:
		s.Stack = s.Stack[:len(s.Stack)-1]
	case Left:
		top := s.Top()
		s.attach(s.B, top, label)
		s.Stack = s.Stack[:len(s.Stack)-1]
	case Right:
		s.attach(s.Top(), s.B, label)
		s.Stack = append(s.Stack, s.B)
		s.B++
	}
}

func (s *State) attach(head, dep, label int) {
	s.Heads[dep] = head
	s.Labels[dep] = label
	bit := uint64(1) << uint(label%MaxLabels)
	if dep < head {
		s.NL[head]++
		s.LSet[head] |= bit
		switch {
		case s.L1[head] < 0 || dep < s.L1[head]:
			s.L2[head], s.L1[head] = s.L1[head], dep
		case s.L2[head] < 0 || dep < s.L2[head]:
			s.L2[head] = dep
		}
		return
	}
	s.NR[head]++
	s.RSet[head] |= bit
	switch {
	case s.R1[head] < 0 || dep > s.R1[head]:
		s.R2[head], s.R1[head] = s.R1[head], dep
	case s.R2[head] < 0 || dep > s.R2[head]:
		s.R2[head] = dep
	}
}

// Finish gives every word still without a head one when the buffer is empty: the first
// becomes the root's dependent if the root has none, the rest attach to the root word
// with label rest (punctuation with label punct).
func (s *State) Finish(rootLabel, rest, punct int, isPunct func(i int) bool) {
	rootWord := s.R1[0]
	for i := 1; i <= s.N; i++ {
		if s.Heads[i] >= 0 {
			continue
		}
		if rootWord < 0 {
			s.attach(0, i, rootLabel)
			rootWord = i
			continue
		}
		label := rest
		if isPunct(i) {
			label = punct
		}
		s.attach(rootWord, i, label)
	}
}
