package extract

import (
	"encoding/json"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
)

// hostileShapes are bodies of about n bytes that no news article has, each shaped to
// make some stage's work or output grow faster than the input.
func hostileShapes(n int) map[string]string {
	fill := func(unit string) string { return strings.Repeat(unit, max(1, n/len(unit))) }
	return map[string]string{
		"one word repeated":      fill("Summit "),
		"one name repeated":      fill("Foreign Minister Anna Kovac "),
		"capitalised names":      fill("Ostrava Benedikt "),
		"no punctuation":         fill("the envoy met the delegates and accused the militia of blocking the road "),
		"no spaces":              fill("x"),
		"punctuation no spaces":  fill(",;"),
		"accusations in a chain": fill("Poland accused Hungary of lying and Hungary accused Poland of lying, "),
	}
}

// extractMeasured extracts one article and returns its JSON output size and the bytes
// allocated while extracting it.
func extractMeasured(t *testing.T, ex *Extractor, a diplograph.Article) (int, uint64) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	x, err := ex.Extract(a)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	out, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	return len(out), after.TotalAlloc - before.TotalAlloc
}

// TestHostileShapesStayBounded feeds 1 MB of each hostile shape, as the body and as the
// title, and wants output within the limits and allocations that grow linearly: 1 MB may
// cost at most five times what 256 KB costs (linear work costs four times; quadratic
// sixteen).
func TestHostileShapesStayBounded(t *testing.T) {
	ex := mustExtractor(t)
	const big = 1 << 20
	small, large := hostileShapes(big/4), hostileShapes(big)
	l := DefaultLimits()
	// every kept entity and relation at its longest, with room for the JSON around them
	maxOut := l.Entities*(4*l.NameChars*(3+l.Aliases)+200) + l.Relations*(4*(l.ClaimChars+l.EvidenceChars)+200)
	for name, body := range large {
		t.Run(name, func(t *testing.T) {
			outS, allocS := extractMeasured(t, ex, diplograph.Article{ID: "s", Title: "Talks", Body: small[name]})
			outL, allocL := extractMeasured(t, ex, diplograph.Article{ID: "l", Title: "Talks", Body: body})
			t.Logf("256 KB: %d bytes out, %d MB allocated; 1 MB: %d bytes out, %d MB allocated", outS, allocS>>20, outL, allocL>>20)
			if outL > maxOut || outL > big {
				t.Errorf("1 MB gave %d bytes of output, more than the limits allow (%d)", outL, min(maxOut, big))
			}
			if allocL > 5*allocS+(8<<20) {
				t.Errorf("allocations grow faster than the input: %d MB for 256 KB, %d MB for 1 MB", allocS>>20, allocL>>20)
			}
			// about 450 bytes per token is the cost of ordinary text; punctuation without
			// spaces is one token per byte
			if allocL > 600*big {
				t.Errorf("%d MB allocated for 1 MB of input", allocL>>20)
			}
			// the same text as a title, which is one sentence however long
			outT, allocT := extractMeasured(t, ex, diplograph.Article{ID: "t", Title: body, Body: "Nothing else happened."})
			if outT > maxOut || allocT > 600*big {
				t.Errorf("1 MB title: %d bytes of output, %d MB allocated", outT, allocT>>20)
			}
		})
	}
}

// BenchmarkHostileShapes reports the time to extract 1 MB of each hostile shape.
func BenchmarkHostileShapes(b *testing.B) {
	ex, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for name, body := range hostileShapes(1 << 20) {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, err := ex.Extract(diplograph.Article{ID: "b", Title: "Talks", Body: body}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLimitsApply checks each limit on an extraction built by hand.
func TestLimitsApply(t *testing.T) {
	x := &diplograph.Extraction{}
	for i := range 50 {
		x.Entities = append(x.Entities, diplograph.Entity{ID: "p:" + string(rune('A'+i)), Type: diplograph.TypePerson,
			Name: strings.Repeat("Name", 100), Aliases: []string{"a\u200bb", "c", "d", "e"}})
	}
	x.Entities = append(x.Entities, diplograph.Entity{ID: "m:1", Type: diplograph.TypeMeeting, Participants: []string{"p:A", "p:Z"}})
	for i := range 30 {
		x.Relations = append(x.Relations, diplograph.Relation{Type: diplograph.Accused, Source: "p:A", Target: "p:B",
			Sentence: i % 3, Claim: strings.Repeat("word ", 500), Evidence: strings.Repeat("before ", 300) + "the claim " + strings.Repeat("after ", 300)})
	}
	x.Relations = append(x.Relations, diplograph.Relation{Type: diplograph.MetWith, Source: "p:A", Target: "p:Z", Sentence: 9})
	Limits{Entities: 10, Meetings: 1, Relations: 8, RelationsPerSentence: 2, NameChars: 30, Aliases: 2, ClaimChars: 40, EvidenceChars: 100}.apply(x)
	if len(x.Entities) != 10 {
		t.Errorf("%d entities, want 10", len(x.Entities))
	}
	for _, e := range x.Entities {
		if utf8.RuneCountInString(e.Name) > 30 || len(e.Aliases) != 2 || e.Aliases[0] != "ab" {
			t.Errorf("entity %s: name of %d characters, aliases %q", e.ID, utf8.RuneCountInString(e.Name), e.Aliases)
		}
	}
	// three sentences of two relations each; the MET_WITH lost its target
	if len(x.Relations) != 6 {
		t.Errorf("%d relations, want 6", len(x.Relations))
	}
	for _, r := range x.Relations {
		if utf8.RuneCountInString(r.Claim) > 40 || utf8.RuneCountInString(r.Evidence) > 100 {
			t.Errorf("claim of %d, evidence of %d characters", utf8.RuneCountInString(r.Claim), utf8.RuneCountInString(r.Evidence))
		}
	}
}

// TestNoPanicOnSentenceEndingInAModifier is the regression of a fault in reading a
// statement whose sentence ends right after a nationality word: the check for a noun
// after the word read past the last token.
func TestNoPanicOnSentenceEndingInAModifier(t *testing.T) {
	ex := mustExtractor(t)
	for _, title := range []string{
		"Spain said it was not Russian",
		"Germany says Russian",
		"Officials in Lisbon say the envoy's abrupt recall by Mr. Duarte was Brazilian",
	} {
		for _, a := range []diplograph.Article{
			{ID: "t", Title: title, Body: "Nothing else was said."},
			{ID: "b", Title: "Talks", Body: title},
		} {
			if _, err := ex.Extract(a); err != nil {
				t.Errorf("%q: %v", title, err)
			}
		}
	}
}

func TestNamesLoseInvisibleCharacters(t *testing.T) {
	ex := mustExtractor(t)
	x, err := ex.Extract(diplograph.Article{ID: "z", Title: "Talks",
		Body: "Foreign Minister Jan\u200b Novak met Polish President Adam\u2060 Lis in Prague on Monday."})
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, e := range x.Entities {
		if strings.ContainsAny(e.Name, "\u200b\u2060") {
			t.Errorf("name %q keeps an invisible character", e.Name)
		}
		if e.Name == "Jan Novak" || e.Name == "Adam Lis" {
			found++
		}
	}
	if found != 2 {
		t.Errorf("entities %+v, want Jan Novak and Adam Lis", x.Entities)
	}
}
