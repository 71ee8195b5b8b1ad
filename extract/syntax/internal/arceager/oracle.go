package arceager

// Cost returns how many arcs of the gold tree (heads and labels indexed by word, the
// root's entries unused) become unreachable by making a labelled move in this state:
// zero-cost moves are the ones a dynamic oracle allows (Goldberg and Nivre 2012).
func (s *State) Cost(move, label int, heads, labels []int) int {
	top, b := s.Top(), s.B
	cost := 0
	switch move {
	case Shift:
		for _, k := range s.Stack {
			if heads[b] == k {
				cost++
			}
			if k > 0 && s.Heads[k] < 0 && heads[k] == b {
				cost++
			}
		}
	case Reduce:
		for k := b; k <= s.N; k++ {
			if heads[k] == top {
				cost++
			}
		}
	case Left:
		for k := b; k <= s.N; k++ {
			if heads[k] == top {
				cost++
			}
		}
		if h := heads[top]; h > b {
			cost++
		}
		if heads[top] == b && labels[top] != label {
			cost++
		}
	case Right:
		if h := heads[b]; h != top && (h > b || s.onStack(h)) {
			cost++
		}
		for _, k := range s.Stack {
			if k > 0 && s.Heads[k] < 0 && heads[k] == b {
				cost++
			}
		}
		if heads[b] == top && labels[b] != label {
			cost++
		}
	}
	return cost
}

func (s *State) onStack(w int) bool {
	for _, k := range s.Stack {
		if k == w {
			return true
		}
	}
	return false
}

// Costs fills out (one entry per action, for n labels) with each action's cost against
// the gold tree, or -1 where the action is not legal, and returns the lowest cost.
func (s *State) Costs(heads, labels []int, n int, out []int) int {
	best := -1
	top, b := s.Top(), s.B
	for move := Shift; move <= Right; move++ {
		if !s.Legal(move) {
			if move < Left {
				out[move] = -1
			} else {
				for l := 0; l < n; l++ {
					out[Action(move, l)] = -1
				}
			}
			continue
		}
		if move < Left {
			c := s.Cost(move, -1, heads, labels)
			out[move] = c
			if best < 0 || c < best {
				best = c
			}
			continue
		}
		// the cost with a wrong label; the gold label saves one where the arc is gold
		c := s.Cost(move, -1, heads, labels)
		gold := -1
		if move == Left && heads[top] == b {
			gold = labels[top]
		}
		if move == Right && heads[b] == top {
			gold = labels[b]
		}
		for l := 0; l < n; l++ {
			cl := c
			if l == gold {
				cl--
			}
			out[Action(move, l)] = cl
			if best < 0 || cl < best {
				best = cl
			}
		}
	}
	return best
}
