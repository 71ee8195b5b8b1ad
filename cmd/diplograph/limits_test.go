package main

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/config"
	"github.com/diplograph/diplograph/extract"
)

func TestConfigLimitsAreTheExtractorDefaults(t *testing.T) {
	ex, err := newExtractor(&App{Config: config.Default()})
	if err != nil {
		t.Fatal(err)
	}
	if ex.Limits != extract.DefaultLimits() {
		t.Errorf("configuration defaults %+v, extractor defaults %+v", ex.Limits, extract.DefaultLimits())
	}
}

// TestExtractHonoursConfiguredLimits sets a name limit and a relation limit through the
// environment and wants the extract command's output within them.
func TestExtractHonoursConfiguredLimits(t *testing.T) {
	t.Setenv("DIPLOGRAPH_EXTRACT_MAX_NAME_CHARS", "8")
	t.Setenv("DIPLOGRAPH_EXTRACT_MAX_RELATIONS", "1")
	body := "Foreign Minister Bartholomew Kowalczykowski met Czech President Adam Lis in Prague on Monday. " +
		"Poland accused Hungary of blocking the pipeline."
	rec, _ := json.Marshal(map[string]string{"title": "Talks", "body": body})
	code, out, errOut := run(t, string(rec)+"\n", "extract", "-")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	var x diplograph.Extraction
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &x); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(x.Relations) != 1 {
		t.Errorf("%d relations, want 1", len(x.Relations))
	}
	long := false
	for _, e := range x.Entities {
		if utf8.RuneCountInString(e.Name) > 8 {
			t.Errorf("name %q longer than 8 characters", e.Name)
		}
		long = long || strings.HasSuffix(e.Name, "…")
	}
	if !long {
		t.Errorf("no name was cut: %+v", x.Entities)
	}
	t.Setenv("DIPLOGRAPH_EXTRACT_MAX_RELATIONS", "0")
	if code, _, errOut := run(t, "", "extract", "-"); code != exitUsage || !strings.Contains(errOut, "extract.max_relations 0") {
		t.Errorf("max_relations 0: code %d, %s", code, errOut)
	}
}
