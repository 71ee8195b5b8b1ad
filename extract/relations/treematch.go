package relations

import (
	"bufio"
	"embed"
	"fmt"
	"strings"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/parse"
)

// Relation patterns on the dependency tree. A pattern names a relation type, the lemmas
// that trigger it and their part of speech, and the paths from the trigger to the
// source, the target and the claim. Patterns are data (patterns/*.patterns); this file reads
// them and matches them against a parsed sentence. Word lists the rules read beside
// the patterns (patterns/*.txt) hold lemmas too.
//
// A line of a pattern file is
//
//	TYPE NAME | TRIGGERS | POS | SOURCE | TARGET | CLAIM
//
// TRIGGERS is a comma-separated list of lemmas; POS is verb, passive (a verb in the
// passive voice), noun or any, with "+wrongful" when the claim must name a wrongful act
// (patterns/wrongful.txt), "+said" after it when the claim is a statement whose subject,
// the target, is left out of it, "+demand" when it demands that the target stop what the
// claim names (the demand stands as the verb it hangs from stands), or "+joint" when the
// relation needs two parties or more;
// SOURCE, TARGET and CLAIM are space-separated alternative
// paths, tried in order, each a chain of steps joined by ">": "rel" goes to a child
// attached by rel (a bare relation also matches its subtypes: "obl" matches
// "obl:agent"; "rel!" matches rel alone), "rel(w1,w2)" to such a child whose case or mark word is one of w1, w2,
// "^rel" to the parent when the token is attached to it by rel ("^rel(w1,w2)" when
// the token's own case or mark word is one of w1, w2), "~rel" to any
// descendant attached by rel, "^~rel" to the nearest ancestor attached by rel, "self" stays; "rel[l1,l2]" (after any word list) also
// asks that the token reached have one of the lemmas l1, l2. "-" is
// an empty path.

//go:embed patterns/*
var patternFiles embed.FS

// treePattern is one pattern line.
type treePattern struct {
	typ      diplograph.RelationType
	name     string
	triggers lexicon.WordSet // lemmas
	pos      string
	// wrongful asks that the claim name a wrongful act (POS written "noun+wrongful")
	wrongful bool
	// joint asks for two parties or more (POS written "verb+joint"): one party agreeing
	// that something is so only shares an opinion
	joint bool
	// said marks a statement about the target (POS written "verb+wrongful+said"): its
	// claim leaves out the target when the target is the claim's subject ("A said B had
	// shelled C" claims "had shelled C")
	said bool
	// demand marks a demand that the target stop a wrongful act (POS written
	// "verb+wrongful+demand"): the demand stands as the verb it hangs from stands ("A
	// said B must stop C", "A urged B to end C")
	demand                bool
	source, target, claim []treePath
	// line is where the pattern was read, for error messages.
	line string
}

// treePath is one alternative path: its steps in order.
type treePath []treeStep

type treeStep struct {
	up    bool
	deep  bool
	exact bool
	rel   string
	words lexicon.WordSet // case or mark words; nil for any
	lemma lexicon.WordSet // lemmas the token reached must have; nil for any
	self  bool
}

// patterns holds every pattern of the embedded files, in file and line order.
var patterns = mustLoadPatterns()

func mustLoadPatterns() []treePattern {
	ps, err := loadPatterns()
	if err != nil {
		panic(err)
	}
	return ps
}

func loadPatterns() ([]treePattern, error) {
	entries, err := patternFiles.ReadDir("patterns")
	if err != nil {
		return nil, err
	}
	var out []treePattern
	for _, e := range entries {
		name := "patterns/" + e.Name()
		if !strings.HasSuffix(name, ".patterns") {
			continue
		}
		b, err := patternFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			p, err := parsePattern(line)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, err)
			}
			p.line = fmt.Sprintf("%s:%d", name, n)
			out = append(out, p)
		}
	}
	return out, nil
}

var relationTypes = map[string]diplograph.RelationType{
	"ACCUSED": diplograph.Accused, "DENIED": diplograph.Denied, "AGREED_TO": diplograph.AgreedTo, "MET_WITH": diplograph.MetWith,
}

func parsePattern(line string) (treePattern, error) {
	cols := strings.Split(line, "|")
	if len(cols) != 6 {
		return treePattern{}, fmt.Errorf("%d columns, want 6: TYPE NAME | TRIGGERS | POS | SOURCE | TARGET | CLAIM", len(cols))
	}
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
	}
	head := strings.Fields(cols[0])
	if len(head) != 2 {
		return treePattern{}, fmt.Errorf("first column %q is not TYPE NAME", cols[0])
	}
	typ, ok := relationTypes[head[0]]
	if !ok {
		return treePattern{}, fmt.Errorf("unknown relation type %q", head[0])
	}
	p := treePattern{typ: typ, name: head[1], triggers: lexicon.WordSet{}, pos: cols[2]}
	if pos, ok := strings.CutSuffix(p.pos, "+demand"); ok {
		p.pos, p.demand = pos, true
	}
	if pos, ok := strings.CutSuffix(p.pos, "+said"); ok {
		p.pos, p.said = pos, true
	}
	if pos, ok := strings.CutSuffix(p.pos, "+wrongful"); ok {
		p.pos, p.wrongful = pos, true
	}
	if pos, ok := strings.CutSuffix(p.pos, "+joint"); ok {
		p.pos, p.joint = pos, true
	}
	for _, t := range strings.Split(cols[1], ",") {
		if t = strings.TrimSpace(t); t != "" {
			p.triggers[t] = true
		}
	}
	if len(p.triggers) == 0 {
		return treePattern{}, fmt.Errorf("pattern %s has no trigger", p.name)
	}
	switch p.pos {
	case "verb", "passive", "noun", "any":
	default:
		return treePattern{}, fmt.Errorf("unknown part of speech %q", p.pos)
	}
	var err error
	if p.source, err = parsePaths(cols[3]); err != nil {
		return treePattern{}, err
	}
	if p.target, err = parsePaths(cols[4]); err != nil {
		return treePattern{}, err
	}
	if p.claim, err = parsePaths(cols[5]); err != nil {
		return treePattern{}, err
	}
	return p, nil
}

func parsePaths(s string) ([]treePath, error) {
	if s == "-" {
		return nil, nil
	}
	var out []treePath
	for _, alt := range strings.Fields(s) {
		var path treePath
		for _, st := range strings.Split(alt, ">") {
			step := treeStep{}
			if st == "self" {
				step.self = true
				path = append(path, step)
				continue
			}
			if strings.HasPrefix(st, "^~") {
				step.up, step.deep = true, true
				st = st[2:]
			} else if strings.HasPrefix(st, "^") {
				step.up = true
				st = st[1:]
			} else if strings.HasPrefix(st, "~") {
				step.deep = true
				st = st[1:]
			}
			var err error
			if st, step.lemma, err = cutList(st, '[', ']', "lemma"); err != nil {
				return nil, err
			}
			if st, step.words, err = cutList(st, '(', ')', "word"); err != nil {
				return nil, err
			}
			if strings.HasSuffix(st, "!") {
				step.exact = true
				st = st[:len(st)-1]
			}
			if st == "" {
				return nil, fmt.Errorf("path %q has an empty step", alt)
			}
			step.rel = st
			path = append(path, step)
		}
		out = append(out, path)
	}
	return out, nil
}

// cutList cuts a trailing list "name(w1,w2)" or "name[w1,w2]" off step st, returning
// the step without it and the list's words (nil when there is none).
func cutList(st string, open, close byte, what string) (string, lexicon.WordSet, error) {
	i := strings.IndexByte(st, open)
	if i < 0 {
		return st, nil, nil
	}
	if st[len(st)-1] != close {
		return "", nil, fmt.Errorf("step %q: unclosed %s list", st, what)
	}
	words := lexicon.WordSet{}
	for _, w := range strings.Split(st[i+1:len(st)-1], ",") {
		words[w] = true
	}
	return st[:i], words, nil
}

// relMatches reports whether dependency relation dep is rel or one of its subtypes.
func relMatches(dep, rel string) bool {
	return dep == rel || strings.HasPrefix(dep, rel+":")
}

func (st treeStep) matches(dep string) bool {
	if st.exact {
		return dep == st.rel
	}
	return relMatches(dep, st.rel)
}

// follow returns the tokens a path leads to from token k; a child step can lead to
// several tokens.
func follow(s *parse.Sentence, k int, path treePath) []int {
	cur := []int{k}
	for _, st := range path {
		var next []int
		for _, t := range cur {
			switch {
			case st.self:
				next = append(next, t)
			case st.up && st.deep:
				for a := s.Tokens[t].Head; a >= 0; a = s.Tokens[a].Head {
					if st.matches(s.Tokens[a].Dep) && (st.words == nil || hasMarker(s, a, st.words)) {
						next = append(next, a)
						break
					}
				}
			case st.up:
				h := s.Tokens[t].Head
				if h >= 0 && st.matches(s.Tokens[t].Dep) && (st.words == nil || hasMarker(s, t, st.words)) {
					next = append(next, h)
				}
			case st.deep:
				for _, c := range subtreeTokens(s, t, nil) {
					if c != t && st.matches(s.Tokens[c].Dep) && (st.words == nil || hasMarker(s, c, st.words)) {
						next = append(next, c)
					}
				}
			default:
				for _, c := range s.Children(t) {
					if st.matches(s.Tokens[c].Dep) && (st.words == nil || hasMarker(s, c, st.words)) {
						next = append(next, c)
					}
				}
			}
		}
		if st.lemma != nil {
			kept := next[:0]
			for _, t := range next {
				if st.lemma[lemmaOf(strings.ToLower(s.Tokens[t].Text))] {
					kept = append(kept, t)
				}
			}
			next = kept
		}
		cur = next
		if len(cur) == 0 {
			return nil
		}
	}
	return cur
}

// hasMarker reports whether token k has a case or mark child among words.
func hasMarker(s *parse.Sentence, k int, words lexicon.WordSet) bool {
	for _, c := range s.Children(k) {
		d := s.Tokens[c].Dep
		if (relMatches(d, "case") || relMatches(d, "mark")) && words[strings.ToLower(s.Tokens[c].Text)] {
			return true
		}
	}
	// a marker right before the phrase that the parse hung elsewhere: "accused B of
	// killing C" read with "of" on "accused"
	start, _ := s.Subtree(k)
	if start < 1 || start != k {
		return false
	}
	d := s.Tokens[start-1].Dep
	return (relMatches(d, "case") || relMatches(d, "mark")) && s.Tokens[start-1].Head != k &&
		len(s.Children(start-1)) == 0 && words[strings.ToLower(s.Tokens[start-1].Text)]
}

// firstPath returns the tokens of the first alternative path that leads anywhere.
func firstPath(s *parse.Sentence, k int, paths []treePath) []int {
	for _, p := range paths {
		var out []int
		for _, t := range follow(s, k, p) {
			if !timePhrase(s, t) {
				// "met Monday with B": a time is no party
				out = append(out, t)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// allPaths returns the tokens every alternative path leads to, in the order of the
// paths, without repeats and without times.
func allPaths(s *parse.Sentence, k int, paths []treePath) []int {
	var out []int
	seen := map[int]bool{}
	for _, p := range paths {
		for _, t := range follow(s, k, p) {
			if !seen[t] && !timePhrase(s, t) {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// claimPath returns the tokens of the first alternative path that leads to tokens after
// the trigger (a claim follows the words that introduce it: "For its part, A blamed B
// for C"), or else of the first that leads anywhere.
func claimPath(s *parse.Sentence, k int, paths []treePath) []int {
	for _, p := range paths {
		var after []int
		for _, t := range follow(s, k, p) {
			if t > k && !timePhrase(s, t) {
				// "agreed a truce on Monday": a time is when, never what
				after = append(after, t)
			}
		}
		if len(after) > 0 {
			return after
		}
	}
	return firstPath(s, k, paths)
}

// timeWord reports whether w names a day, a month or a stretch of time.
func timeWord(w string) bool {
	return isDay(w) || timeNouns[w]
}

// timePhrase reports whether token t heads a phrase that only says when: a time word
// whose compounds are times or numbers too ("last week", "Wednesday night"; not "a
// cease-fire Wednesday night").
func timePhrase(s *parse.Sentence, t int) bool {
	if !timeWord(strings.ToLower(s.Tokens[t].Text)) {
		return false
	}
	for _, c := range s.Children(t) {
		w := strings.ToLower(s.Tokens[c].Text)
		if relMatches(s.Tokens[c].Dep, "compound") && !timeWord(w) && s.Tokens[c].Tag != "CD" {
			return false
		}
	}
	return true
}

// passiveVoice reports whether verb k is passive: it has a passive subject or auxiliary.
func passiveVoice(s *parse.Sentence, k int) bool {
	for _, c := range s.Children(k) {
		if d := s.Tokens[c].Dep; d == "nsubj:pass" || d == "aux:pass" || d == "csubj:pass" {
			return true
		}
	}
	return false
}

// verbalGerund reports whether token k is a word in -ing tagged as a noun that the parse
// gave an object, as only a verb has: "..., blaming B for C".
func verbalGerund(s *parse.Sentence, k int) bool {
	t := s.Tokens[k]
	if t.Tag != "NN" || !strings.HasSuffix(strings.ToLower(t.Text), "ing") {
		return false
	}
	for _, c := range s.Children(k) {
		if s.Tokens[c].Dep == "obj" {
			return true
		}
	}
	return false
}

// posMatches reports whether token k has the part of speech a pattern asks for.
func posMatches(s *parse.Sentence, k int, pos string) bool {
	tag := s.Tokens[k].Tag
	switch pos {
	case "verb":
		return (strings.HasPrefix(tag, "VB") || s.Index < 0 && strings.HasPrefix(tag, "NN") && s.Tokens[k].Dep == "root" ||
			verbalGerund(s, k)) && !passiveVoice(s, k)
	case "passive":
		return (strings.HasPrefix(tag, "VB") || tag == "JJ") && passiveVoice(s, k)
	case "noun":
		// a word in -s the tagger read as a verb is a noun where the parse made it an
		// argument: "denied US claims that C"
		return strings.HasPrefix(tag, "NN") || tag == "VBZ" && nominalRels[s.Tokens[k].Dep]
	}
	return true
}

// nominalRels are the relations by which only a noun hangs from its head.
var nominalRels = map[string]bool{"obj": true, "iobj": true, "nsubj:pass": true, "obl": true, "nmod": true, "nmod:poss": true}

// treeMatch is a pattern matched at a trigger: the tokens its paths lead to.
type treeMatch struct {
	pattern                *treePattern
	trigger                int
	source, target, claims []int
}

// matchPatterns returns every match of the patterns of type typ in sentence s.
func matchPatterns(s *parse.Sentence, low []string, typ diplograph.RelationType) []treeMatch {
	var out []treeMatch
	for k := range s.Tokens {
		lemma := lemmaOf(low[k])
		for i := range patterns {
			p := &patterns[i]
			if p.typ != typ || !p.triggers[lemma] || !posMatches(s, k, p.pos) {
				continue
			}
			m := treeMatch{pattern: p, trigger: k, source: firstPath(s, k, p.source), target: firstPath(s, k, p.target),
				claims: claimPath(s, k, p.claim)}
			if p.said {
				// a statement may hold several clauses, of which the wrongful one is the
				// claim: every alternative is kept
				m.target, m.claims = allPaths(s, k, p.target), allPaths(s, k, p.claim)
			}
			if p.source != nil && len(m.source) == 0 || p.target != nil && len(m.target) == 0 || p.claim != nil && len(m.claims) == 0 {
				continue
			}
			out = append(out, m)
			break
		}
	}
	return out
}
