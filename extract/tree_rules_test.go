package extract

import (
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
)

// TestEllipticCountries: "North and South Korea" names two states.
func TestEllipticCountries(t *testing.T) {
	x, err := mustExtractor(t).Extract(diplograph.Article{Body: "North Korea fired a missile on Monday. " +
		"The talks between North and South Korea resumed on Friday."})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(summary(x), "\n")
	if !strings.Contains(got, "MET_WITH North Korea > South Korea") && !strings.Contains(got, "MET_WITH South Korea > North Korea") {
		t.Errorf("no meeting of the two Koreas in:\n%s", got)
	}
}

// TestOfficeDescriptions: a description by office stands for the one person the article
// names as holding it.
func TestOfficeDescriptions(t *testing.T) {
	ex := mustExtractor(t)
	intro := "Chilean Foreign Minister Anna Berg and Chilean Defence Minister Ola Lind flew to Lima, where President Tomas Vidal of Peru waited.\n\n"
	for _, c := range []struct{ body, want string }{
		{"The foreign minister accused Peru of spying on its navy.", "ACCUSED Anna Berg > Peru"},
		{"The Chilean foreign minister accused Peru of spying on its navy.", "ACCUSED Anna Berg > Peru"},
		{"Chile's defence minister accused Peru of spying on its navy.", "ACCUSED Ola Lind > Peru"},
		{"The Peruvian strongman accused Chile of spying on his navy.", "ACCUSED Tomas Vidal > Chile"},
		{"The port reopened after the Peruvian strongman agreed to lift the blockade.", "AGREED_TO Tomas Vidal"},
	} {
		x, err := ex.Extract(diplograph.Article{ID: "a:office", Title: "Spies", Date: "2030-05-03", Body: intro + c.body})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(summary(x), "|"); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.body, got, c.want)
		}
	}
}
