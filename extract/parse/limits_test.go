package parse

import (
	"strings"
	"testing"
)

func TestBoundSentencesCutsAtTokens(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("alpha, beta ", 200)) // 600 tokens
	got := boundSentences([]string{"Short one.", long, "Another."}, 150)
	if len(got) != 2+4 || got[0] != "Short one." || got[5] != "Another." {
		t.Fatalf("%d sentences: %q ...", len(got), got[:2])
	}
	for _, s := range got[1:5] {
		if n := len(splitTokens(s)); n > 150 {
			t.Errorf("piece of %d tokens", n)
		}
	}
	if strings.Join(strings.Fields(strings.Join(got[1:5], " ")), " ") != long {
		t.Error("the pieces do not add up to the sentence")
	}
	same := []string{"One.", "Two."}
	if got := boundSentences(same, 150); &got[0] != &same[0] {
		t.Error("short sentences were copied")
	}
}
