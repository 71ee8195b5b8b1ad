// Command synth makes a synthetic corpus of extractions (the JSON Lines of
// `diplograph extract`) and measures the canned reports on it.
//
//	synth gen [-n 10000] [-seed 1] > corpus.jsonl
//	synth bench [-n 10000] [-seed 1] [-runs 30] [-batch 500] [-every N] [-from K]
//	            [-wipe] [-skip-ingest] [-rewrite] [-server-pid PID]
//
// bench writes the corpus into the Neo4j named by DIPLOGRAPH_NEO4J_URI, _USER, _PASSWORD
// and _DATABASE (defaults: the local server) in steps, printing the write rate of each
// step as the graph grows, then runs every report of the catalog with its defaults and,
// where it takes an actor, with the busiest actors named, and prints the median and 95th
// percentile latency, the database hits and whether the plan scans a whole label or
// relationship type. Its output is Markdown.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, out, errOut io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(errOut, "usage: synth gen|bench [flags]; see synth gen -h, synth bench -h")
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var err error
	switch args[0] {
	case "gen":
		err = runGen(args[1:], out, errOut)
	case "bench":
		err = runBench(ctx, args[1:], out, errOut)
	default:
		err = fmt.Errorf("unknown command %q (want gen or bench)", args[0])
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(errOut, "synth: %v\n", err)
		return 1
	}
	return 0
}

func runGen(args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("synth gen", flag.ContinueOnError)
	fs.SetOutput(errOut)
	n := fs.Int("n", 10000, "number of articles")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same corpus")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cat, err := loadCatalog()
	if err != nil {
		return err
	}
	g := newGenerator(cat, *seed, *n)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := 0; i < *n; i++ {
		if err := enc.Encode(g.article(i)); err != nil {
			return fmt.Errorf("write article %d: %w", i, err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write corpus: %w", err)
	}
	return nil
}
