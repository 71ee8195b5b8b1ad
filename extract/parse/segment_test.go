package parse

import (
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "Chile met Peru. Peru left early.", []string{"Chile met Peru.", "Peru left early."}},
		{"acronym mid sentence", "The U.S. Secretary of State arrived. He spoke briefly.",
			[]string{"The U.S. Secretary of State arrived.", "He spoke briefly."}},
		{"acronym ends sentence", "Talks moved to the U.S. The delegates flew on Monday.",
			[]string{"Talks moved to the U.S.", "The delegates flew on Monday."}},
		{"month abbreviation", "The envoy arrives Nov. 7 in Lima. Talks start a day later.",
			[]string{"The envoy arrives Nov. 7 in Lima.", "Talks start a day later."}},
		{"title", "Mr. Berg and Dr. Lind met Gen. Ortiz. They talked.",
			[]string{"Mr. Berg and Dr. Lind met Gen. Ortiz.", "They talked."}},
		{"initial", "John F. Ortiz signed. Nobody else did.", []string{"John F. Ortiz signed.", "Nobody else did."}},
		{"quote closes", "\"We are ready.\" Berg said nothing more.", []string{"\"We are ready.\"", "Berg said nothing more."}},
		{"quoted passage stays whole", "\"We agree. We will sign,\" Berg said. Lind nodded.",
			[]string{"\"We agree. We will sign,\" Berg said.", "Lind nodded."}},
		{"curly quotes", "\u201cIt is done.\u201d Lind smiled.", []string{"\u201cIt is done.\u201d", "Lind smiled."}},
		{"question and exclamation", "Will they meet? Nobody knows! The end.", []string{"Will they meet?", "Nobody knows!", "The end."}},
		{"lower case after period", "The vote was 5 vs. 3 in favour.", []string{"The vote was 5 vs. 3 in favour."}},
		{"decimal", "Growth was 2.5 percent. Exports fell.", []string{"Growth was 2.5 percent.", "Exports fell."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := splitSentences(c.text)
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("splitSentences(%q)\n got %q\nwant %q", c.text, got, c.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	body := "Chile and Peru met on Monday\nin Lima.\n\nThe talks ran long into the\n\nnight, officials said.\n\n\"We agreed,\" Berg said.\n\nOriginal url:\n\nhttps://example.com/x"
	got := paragraphs(body)
	want := []string{
		"Chile and Peru met on Monday in Lima.",
		"The talks ran long into the night, officials said.",
		"\"We agreed,\" Berg said.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs:\n got %q\nwant %q", got, want)
	}
}

func TestCaptionParagraphs(t *testing.T) {
	body := "Image copyright Reuters Image caption Chile's envoy arrives in Lima\n\nImage copyright EPA\n\nImage caption The two ministers met\n\nTalks went on."
	got := paragraphs(body)
	want := []string{"Chile's envoy arrives in Lima", "The two ministers met", "Talks went on."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs:\n got %q\nwant %q", got, want)
	}
}
