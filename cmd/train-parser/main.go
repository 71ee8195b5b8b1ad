// Command train-parser trains diplograph's dependency parser on Universal Dependencies
// English treebanks and writes the model that package syntax embeds:
//
//	go run ./cmd/train-parser --treebank ../shared/treebank --add gum-wikimedia.conllu \
//	  --out extract/syntax/model/parser.gob.gz
//
// It trains on en_ewt-ud-train.conllu and the files given with --add (the README says
// which) with the tags prose's tagger predicts, keeps the pass that scores best on
// en_ewt-ud-dev.conllu, and is deterministic for a given seed. It never reads the test
// files.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/diplograph/diplograph/extract/syntax"
	"github.com/diplograph/diplograph/extract/syntax/train"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	opts := train.DefaultOptions()
	fs := flag.NewFlagSet("train-parser", flag.ContinueOnError)
	treebank := fs.String("treebank", "../shared/treebank", "folder holding en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu")
	var extra multiFlag
	fs.Var(&extra, "add", "another CoNLL-U file to train on beside EWT train (repeatable); tags and heads as in EWT")
	out := fs.String("out", "extract/syntax/model/parser.gob.gz", "where to write the model")
	fs.IntVar(&opts.Epochs, "passes", opts.Epochs, "passes over the training sentences")
	fs.Int64Var(&opts.Seed, "seed", opts.Seed, "seed for the order of sentences and exploration")
	fs.IntVar(&opts.ExploreFrom, "explore-from", opts.ExploreFrom, "first pass (0-based) that follows the model's own moves")
	fs.Float64Var(&opts.FollowOracle, "follow-oracle", opts.FollowOracle, "chance of following the oracle while exploring")
	fs.Float64Var(&opts.MinWeight, "min-weight", opts.MinWeight, "drop averaged weights smaller than this")
	fs.IntVar(&opts.TagPasses, "tag-passes", opts.TagPasses, "passes of the parser's own tagger")
	fs.IntVar(&opts.TagFolds, "tag-folds", opts.TagFolds, "parts the training set is cut into to tag it with taggers that did not see it")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opts.Log = os.Stderr
	if err := trainModel(*treebank, extra, *out, opts); err != nil {
		fmt.Fprintf(os.Stderr, "train-parser: %v\n", err)
		return 1
	}
	return 0
}

func trainModel(treebank string, extra []string, out string, opts train.Options) error {
	start := time.Now()
	trainSet, err := readTreebank(filepath.Join(treebank, "en_ewt-ud-train.conllu"))
	if err != nil {
		return err
	}
	for _, path := range extra {
		more, err := readTreebank(path)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "%s: %d sentences\n", path, len(more))
		trainSet = append(trainSet, more...)
	}
	dev, err := readTreebank(filepath.Join(treebank, "en_ewt-ud-dev.conllu"))
	if err != nil {
		return err
	}
	tagger, err := syntax.LoadTagger()
	if err != nil {
		return err
	}
	m, err := train.Train(trainSet, dev, tagger, opts)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := syntax.WriteModel(&buf, m); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d bytes, %d features, %d weights; kept pass %s, dev UAS %s LAS %s; %s\n",
		out, buf.Len(), len(m.Parser.Keys), len(m.Parser.Weights)+len(m.Tagger.Weights), m.Meta["pass"], m.Meta["dev UAS"], m.Meta["dev LAS"],
		time.Since(start).Round(time.Second))
	return nil
}

func readTreebank(path string) ([]syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	s, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// multiFlag collects the values of a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

// Set adds one value.
func (m *multiFlag) Set(v string) error {
	*m = append(*m, v)
	return nil
}
