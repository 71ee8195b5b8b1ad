package train_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract/syntax"
	"github.com/diplograph/diplograph/extract/syntax/train"
)

// treebank builds a small CoNLL-U treebank from team-written sentences of two shapes:
// "SUBJ VERB OBJ ." and "SUBJ was VERB by AGENT .".
func treebank(t *testing.T) []syntax.Sentence {
	t.Helper()
	subjects := []string{"Envoys", "Ministers", "Delegates", "Officials", "Negotiators", "Diplomats"}
	verbs := []string{"signed", "rejected", "approved", "drafted", "discussed"}
	objects := []string{"accords", "treaties", "proposals", "plans", "terms"}
	var b strings.Builder
	for i, s := range subjects {
		for j, v := range verbs {
			o := objects[(i+j)%len(objects)]
			fmt.Fprintf(&b, "1\t%s\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\t%s\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n3\t%s\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_\n4\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n", s, v, o)
			fmt.Fprintf(&b, "1\t%s\t_\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_\n2\twere\t_\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n3\t%s\t_\tVERB\tVBN\t_\t0\troot\t_\t_\n4\tby\t_\tADP\tIN\t_\t5\tcase\t_\t_\n5\t%s\t_\tNOUN\tNNS\t_\t3\tobl:agent\t_\t_\n6\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n", o, v, s)
		}
	}
	sents, err := syntax.ReadCoNLLU(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func trainOnce(t *testing.T, sents []syntax.Sentence) ([]byte, *syntax.ModelFile) {
	t.Helper()
	tagger, err := syntax.LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	opts := train.DefaultOptions()
	opts.Epochs, opts.TagPasses, opts.TagFolds, opts.MinWeight = 4, 3, 3, 0
	m, err := train.Train(sents, sents, tagger, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := syntax.WriteModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), m
}

func TestTrainLearnsAndIsDeterministic(t *testing.T) {
	sents := treebank(t)
	first, m := trainOnce(t, sents)
	second, _ := trainOnce(t, sents)
	if !bytes.Equal(first, second) {
		t.Error("two runs with the same seed stored different models")
	}
	stored, err := syntax.ReadModel(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	p, err := syntax.NewParser(stored)
	if err != nil {
		t.Fatal(err)
	}
	tagger, _ := syntax.LoadTagger()
	var score syntax.Score
	pred := syntax.Annotate(tagger, p, sents)
	for i := range sents {
		if err := score.Add(&sents[i], &pred[i]); err != nil {
			t.Fatal(err)
		}
	}
	if score.LAS() < 0.95 {
		t.Errorf("LAS %.3f on the sentences it was trained on", score.LAS())
	}
	if m.Meta["dev LAS"] == "" || m.Meta["seed"] != "1" {
		t.Errorf("the model does not record its training: %v", m.Meta)
	}
}

func TestTrainRefusesAnEmptyTreebank(t *testing.T) {
	tagger, err := syntax.LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := train.Train(nil, nil, tagger, train.DefaultOptions()); err == nil {
		t.Error("an empty treebank trained a model")
	}
}
