package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word of a CoNLL-U sentence (https://universaldependencies.org/format.html).
type Word struct {
	ID                             int
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int
	Rel                            string
	Deps, Misc                     string
}

// Sentence is one CoNLL-U sentence: its comment lines, its words, and the multiword
// token lines ("3-4 don't"), kept by the ID of the word they come before.
type Sentence struct {
	Comments  []string
	Words     []Word
	Multiword map[int]string
}

// Forms returns the sentence's word forms.
func (s *Sentence) Forms() []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

// ReadCoNLLU reads every sentence of a CoNLL-U file. Empty nodes ("8.1") are skipped;
// errors name the line.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	flush := func() {
		if len(cur.Words) > 0 || len(cur.Comments) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		switch {
		case text == "":
			flush()
			continue
		case strings.HasPrefix(text, "#"):
			cur.Comments = append(cur.Comments, text)
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("line %d: %d columns, want 10", line, len(cols))
		}
		id := cols[0]
		if strings.Contains(id, ".") {
			continue
		}
		if dash := strings.IndexByte(id, '-'); dash > 0 {
			first, err := strconv.Atoi(id[:dash])
			if err != nil {
				return nil, fmt.Errorf("line %d: bad multiword token id %q", line, id)
			}
			if cur.Multiword == nil {
				cur.Multiword = map[int]string{}
			}
			cur.Multiword[first] = text
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(cur.Words)+1 {
			return nil, fmt.Errorf("line %d: word id %q out of sequence", line, id)
		}
		head := -1
		if cols[6] != "_" {
			if head, err = strconv.Atoi(cols[6]); err != nil || head < 0 {
				return nil, fmt.Errorf("line %d: bad head %q", line, cols[6])
			}
		}
		cur.Words = append(cur.Words, Word{ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, Rel: cols[7], Deps: cols[8], Misc: cols[9]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	flush()
	for i, s := range out {
		for _, w := range s.Words {
			if w.Head > len(s.Words) {
				return nil, fmt.Errorf("sentence %d: word %d has head %d beyond the sentence", i+1, w.ID, w.Head)
			}
		}
	}
	return out, nil
}

// WriteCoNLLU writes sentences in CoNLL-U, each followed by a blank line.
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for _, c := range s.Comments {
			fmt.Fprintln(bw, c)
		}
		for _, wd := range s.Words {
			if mw, ok := s.Multiword[wd.ID]; ok {
				fmt.Fprintln(bw, mw)
			}
			head := "_"
			if wd.Head >= 0 {
				head = strconv.Itoa(wd.Head)
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, wd.Form, orBlank(wd.Lemma), orBlank(wd.UPOS),
				orBlank(wd.XPOS), orBlank(wd.Feats), head, orBlank(wd.Rel), orBlank(wd.Deps), orBlank(wd.Misc))
		}
		fmt.Fprintln(bw)
	}
	return bw.Flush()
}

func orBlank(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
