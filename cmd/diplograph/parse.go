package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/syntax"
	"github.com/spf13/cobra"
)

func newParseCmd(app *App) *cobra.Command {
	var conllu string
	var eval bool
	cmd := &cobra.Command{
		Use:   "parse [ARTICLE...]",
		Short: "Print the dependency parse of articles or of a CoNLL-U file",
		Long: `Tags and parses text with the embedded tagger and dependency parser, and prints
the result as CoNLL-U: one word a line with its predicted Penn Treebank tag (XPOS),
head (HEAD) and Universal Dependencies relation (DEPREL).

With ARTICLE... (files, folders or "-"), each article is split into sentences and
words the way extraction splits it, and every sentence, title first, is printed with
"# sent_id = ARTICLE-INDEX" (the title is -1) and "# text = ...".

With --conllu FILE, only the words of the file are read (its FORM column, sentence
by sentence); tags and trees are predicted, never read from it. The same sentences
and words are printed with the predicted columns, so any CoNLL-U evaluator can
compare them with the file. With --eval, the attachment scores are printed instead:
UAS and LAS as the CoNLL 2018 evaluation counts them on gold words (punctuation
included, relation subtypes ignored).`,
		Example: `  diplograph parse samples/
  diplograph parse --conllu ../shared/treebank/en_ewt-ud-test.conllu > predicted.conllu
  diplograph parse --conllu ../shared/treebank/en_ewt-ud-test.conllu --eval`,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case conllu != "" && len(args) > 0:
				return &flagError{fmt.Errorf("parse takes either --conllu FILE or articles, not both")}
			case conllu == "" && eval:
				return &flagError{fmt.Errorf("--eval needs --conllu FILE")}
			case conllu != "":
				return parseCoNLLU(app.Out, conllu, eval)
			case len(args) == 0:
				return &flagError{fmt.Errorf("parse needs articles or --conllu FILE; see --help")}
			}
			return parseArticles(cmd, app, args)
		},
	}
	cmd.Flags().StringVar(&conllu, "conllu", "", "parse the words of this CoNLL-U file")
	cmd.Flags().BoolVar(&eval, "eval", false, "with --conllu: print UAS and LAS against the file instead of the parse")
	return cmd
}

// parseCoNLLU parses the words of a CoNLL-U file and prints the parse or its scores.
func parseCoNLLU(out io.Writer, path string, eval bool) error {
	f, err := os.Open(path)
	if err != nil {
		return diplograph.Errorf(diplograph.EINVALID, "read %s: %v", path, err)
	}
	defer func() { _ = f.Close() }()
	gold, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return diplograph.Errorf(diplograph.EINVALID, "%s: %v", path, err)
	}
	tagger, err := syntax.LoadTagger()
	if err != nil {
		return err
	}
	parser, err := syntax.LoadParser()
	if err != nil {
		return err
	}
	pred := syntax.Annotate(tagger, parser, gold)
	if !eval {
		return syntax.WriteCoNLLU(out, pred)
	}
	var score syntax.Score
	for i := range gold {
		if err := score.Add(&gold[i], &pred[i]); err != nil {
			return fmt.Errorf("%s: sentence %d: %w", path, i+1, err)
		}
	}
	_, err = fmt.Fprintf(out, "file: %s\nsentences: %d\nwords: %d\nUAS: %.4f\nLAS: %.4f\n",
		path, len(gold), score.Words, score.UAS(), score.LAS())
	return err
}

// parseArticles prints the parse of every sentence of the articles as CoNLL-U.
func parseArticles(cmd *cobra.Command, app *App, paths []string) error {
	ex, err := extract.New()
	if err != nil {
		return err
	}
	p := &articleParser{ex: ex, docs: map[string]*extract.Document{}}
	return extractEach(cmd, app, paths, p, func(w io.Writer, x *diplograph.Extraction) error {
		return syntax.WriteCoNLLU(w, p.take(x.Article.ID))
	})
}

// articleParser lets the article reader drive parsing: it parses each article it is
// given and keeps the document until the reader hands the article back in order.
type articleParser struct {
	ex   *extract.Extractor
	mu   sync.Mutex
	docs map[string]*extract.Document
}

func (p *articleParser) Extract(a diplograph.Article) (*diplograph.Extraction, error) {
	doc := p.ex.Parse(a)
	p.mu.Lock()
	p.docs[a.ID] = doc
	p.mu.Unlock()
	return &diplograph.Extraction{Article: a}, nil
}

// take returns the parsed sentences of an article as CoNLL-U sentences and forgets them.
func (p *articleParser) take(id string) []syntax.Sentence {
	p.mu.Lock()
	doc := p.docs[id]
	delete(p.docs, id)
	p.mu.Unlock()
	if doc == nil {
		return nil
	}
	var out []syntax.Sentence
	for _, s := range doc.All() {
		sent := syntax.Sentence{Comments: []string{
			"# sent_id = " + oneLine(id) + "-" + strconv.Itoa(s.Index),
			"# text = " + oneLine(s.Text),
		}}
		for i, t := range s.Tokens {
			misc := "_"
			if i+1 < len(s.Tokens) && s.Tokens[i+1].Start == t.End {
				misc = "SpaceAfter=No"
			}
			sent.Words = append(sent.Words, syntax.Word{ID: i + 1, Form: conlluForm(t.Text), XPOS: t.Tag,
				Head: t.Head + 1, Rel: t.Dep, Misc: misc})
		}
		out = append(out, sent)
	}
	return out
}

// oneLine folds line breaks and tabs, which CoNLL-U lines cannot hold, to spaces.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' || r == '\t' }), " ")
}

// conlluForm is a word as a CoNLL-U FORM: no spaces or tabs inside.
func conlluForm(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			return '_'
		}
		return r
	}, s)
}
