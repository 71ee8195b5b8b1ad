package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph/graphtest"
)

// TestSignalStopsAJobWaitingOnInput runs ingest over a few articles and then a pipe that
// nobody writes to (a FIFO, or a standard input left open). The articles read before the
// wait are written while the job waits; SIGTERM and SIGINT then end the job at once,
// with a summary that says what was written.
func TestSignalStopsAJobWaitingOnInput(t *testing.T) {
	graphtest.SkipIfOff(t)
	for _, tc := range []struct {
		name  string
		sig   os.Signal
		stdin bool
	}{
		{"FIFO, SIGTERM", syscall.SIGTERM, false},
		{"FIFO, SIGINT", os.Interrupt, false},
		{"open standard input, SIGTERM", syscall.SIGTERM, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store := graphtest.MustOpen(t)
			dir := t.TempDir()
			for n := range 5 {
				writeTestFile(t, filepath.Join(dir, "a", fmt.Sprintf("article-%d.txt", n)), newsText(700+n))
			}
			args := []string{"ingest", "--summary", "json", filepath.Join(dir, "a")}
			if tc.stdin {
				args = append(args, "-")
			} else {
				args = append(args, mkfifo(t))
			}
			env := binEnv(t)
			j := func() *job {
				if !tc.stdin {
					return startBin(t, env, args...)
				}
				r, w, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				// the write end stays open until the test ends: the job sees no end of input
				t.Cleanup(func() { w.Close(); r.Close() })
				return startBinStdin(t, env, r, args...)
			}()
			waitForArticles(t, store, j, 5)
			sent := time.Now()
			if err := j.cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			res := j.wait()
			if took := time.Since(sent); took > 5*time.Second {
				t.Errorf("the job took %s to stop", took)
			}
			expectCode(t, "signalled job", res, exitUsage)
			sum := parseSummary(t, res)
			if sum.Written != 5 || articleCount(store) != 5 {
				t.Errorf("summary says %d written, the graph has %d; want 5", sum.Written, articleCount(store))
			}
			if !strings.Contains(res.stderr, "interrupted after writing 5 articles") {
				t.Errorf("no message about the interruption:\n%s", res.stderr)
			}
		})
	}
}
