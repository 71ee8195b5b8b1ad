package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// treebankSample is a two-sentence CoNLL-U file written for this test, with a multiword
// token and gold trees.
const treebankSample = `# sent_id = a
# text = Envoys didn't meet.
1	Envoys	envoy	NOUN	NNS	_	4	nsubj	4:nsubj	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	meet	meet	VERB	VB	_	0	root	0:root	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = b
# text = The ministers signed the accord.
1	The	the	DET	DT	_	2	det	2:det	_
2	ministers	minister	NOUN	NNS	_	3	nsubj	3:nsubj	_
3	signed	sign	VERB	VBD	_	0	root	0:root	_
4	the	the	DET	DT	_	5	det	5:det	_
5	accord	accord	NOUN	NN	_	3	obj	3:obj	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	3:punct	_

`

func TestParseCoNLLUKeepsWordsAndPredictsTheRest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gold.conllu")
	if err := os.WriteFile(path, []byte(treebankSample), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "", "parse", "--conllu", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var words, roots int
	for _, line := range strings.Split(out, "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) != 10 || strings.Contains(cols[0], "-") {
			continue
		}
		words++
		if cols[2] != "_" || cols[3] != "_" || cols[8] != "_" {
			t.Errorf("gold columns echoed: %q", line)
		}
		if cols[6] == "0" {
			roots++
		}
		if cols[4] == "_" || cols[7] == "_" {
			t.Errorf("no predicted tag or relation: %q", line)
		}
	}
	if words != 11 || roots != 2 {
		t.Errorf("%d words and %d roots, want 11 and 2:\n%s", words, roots, out)
	}
	if !strings.Contains(out, "2-3\tdidn't") || !strings.Contains(out, "# sent_id = b") {
		t.Errorf("multiword token or comments lost:\n%s", out)
	}

	code, out, errs = run(t, "", "parse", "--conllu", path, "--eval")
	if code != 0 || !strings.Contains(out, "words: 11") || !strings.Contains(out, "UAS: ") || !strings.Contains(out, "LAS: ") {
		t.Fatalf("eval exit %d: %s %s", code, out, errs)
	}
}

func TestParseArticlesPrintsEverySentence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	text := "## Envoys Meet in Oslo\n\nMay 3, 2030\n\nThe envoys met in Oslo. They signed an accord.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "", "parse", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "--1\n") || !strings.Contains(out, "-0\n") || !strings.Contains(out, "-1\n") {
		t.Errorf("sentence ids -1 (the title), 0 and 1 missing in:\n%s", out)
	}
	for _, want := range []string{"# text = Envoys Meet in Oslo", "# text = The envoys met in Oslo.", "# text = They signed an accord."} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "\tmet\t") || !strings.Contains(out, "\troot\t") {
		t.Errorf("no parse in:\n%s", out)
	}
}

func TestParseUsage(t *testing.T) {
	for _, args := range [][]string{
		{"parse"},
		{"parse", "--eval", "x.txt"},
		{"parse", "--conllu", "a.conllu", "b.txt"},
	} {
		if code, _, _ := run(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
	path := filepath.Join(t.TempDir(), "bad.conllu")
	if err := os.WriteFile(path, []byte("1\tA\ta\tX\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, "", "parse", "--conllu", path)
	if code == 0 || !strings.Contains(errs, path) || !strings.Contains(errs, "line 1") {
		t.Errorf("bad file: exit %d, %q", code, errs)
	}
}
