package syntax_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract/syntax"
)

const sample = `# sent_id = t1
# text = Envoys didn't sign.
1	Envoys	envoy	NOUN	NNS	_	4	nsubj	4:nsubj	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	sign	sign	VERB	VB	_	0	root	0:root	SpaceAfter=No
4.1	signed	sign	VERB	VBD	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	4:punct	_

1	Talks	talk	NOUN	NNS	_	2	nsubj:pass	2:nsubj:pass	_
2	ended	end	VERB	VBD	_	0	root	0:root	_
`

func TestReadCoNLLUSkipsEmptyNodesAndKeepsMultiwordTokens(t *testing.T) {
	sents, err := syntax.ReadCoNLLU(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("read %d sentences, want 2", len(sents))
	}
	if got := strings.Join(sents[0].Forms(), " "); got != "Envoys did n't sign ." {
		t.Errorf("forms %q", got)
	}
	if sents[0].Words[2].Head != 4 || sents[0].Words[2].Rel != "advmod" {
		t.Errorf("word 3: %+v", sents[0].Words[2])
	}
	var out bytes.Buffer
	if err := syntax.WriteCoNLLU(&out, sents); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(sample, "4.1\tsigned\tsign\tVERB\tVBD\t_\t_\t_\t4:conj\t_\n", "", 1) + "\n"
	if out.String() != want {
		t.Errorf("written:\n%s\nwant:\n%s", out.String(), want)
	}
}

func TestReadCoNLLUNamesTheBadLine(t *testing.T) {
	for _, bad := range []string{
		"1\tA\ta\tX\tX\t_\t0\troot\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n",
		"1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\tone\tdep\t_\t_\n",
	} {
		_, err := syntax.ReadCoNLLU(strings.NewReader(bad))
		if err == nil || !strings.Contains(err.Error(), "line ") {
			t.Errorf("error %v does not name a line", err)
		}
	}
	if _, err := syntax.ReadCoNLLU(strings.NewReader("1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n")); err == nil {
		t.Error("a head beyond the sentence was accepted")
	}
}

func TestScoreIgnoresSubtypesAndCountsPunctuation(t *testing.T) {
	gold := syntax.Sentence{Words: []syntax.Word{
		{ID: 1, Head: 2, Rel: "nsubj:pass"}, {ID: 2, Head: 0, Rel: "root"}, {ID: 3, Head: 2, Rel: "punct"},
	}}
	pred := syntax.Sentence{Words: []syntax.Word{
		{ID: 1, Head: 2, Rel: "nsubj"}, {ID: 2, Head: 0, Rel: "ccomp"}, {ID: 3, Head: 1, Rel: "punct"},
	}}
	var s syntax.Score
	if err := s.Add(&gold, &pred); err != nil {
		t.Fatal(err)
	}
	if s.Words != 3 || s.Heads != 2 || s.Labelled != 1 {
		t.Errorf("score %+v, want 3 words, 2 heads, 1 labelled", s)
	}
	if err := s.Add(&gold, &syntax.Sentence{}); err == nil {
		t.Error("sentences of different lengths were compared")
	}
}
