package queries_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBrowserStyle checks browser/style.grass: every label and relationship type of the
// graph model has a rule, node captions show names (text for claims, title for articles)
// and never keys, the migrations' markers none, and the braces balance.
func TestBrowserStyle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "browser", "style.grass"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	if strings.Count(src, "{")-strings.Count(src, "}") != 0 {
		t.Fatal("unbalanced braces")
	}
	rule := regexp.MustCompile(`(?s)(node|relationship)(\.[A-Z_a-z]+)?\s*\{(.*?)\n\}`)
	caption := regexp.MustCompile(`caption:\s*"([^"]*)"`)
	captions := map[string]string{}
	for _, m := range rule.FindAllStringSubmatch(src, -1) {
		c := caption.FindStringSubmatch(m[3])
		if c == nil {
			t.Errorf("rule %s%s has no caption", m[1], m[2])
			continue
		}
		captions[m[1]+m[2]] = c[1]
	}
	want := map[string]string{
		"node.Person": "{name}", "node.Country": "{name}", "node.Organization": "{name}", "node.Actor": "{name}",
		"node.Meeting": "{name}", "node.Claim": "{text}", "node.Article": "{title}",
	}
	for sel, w := range want {
		if captions[sel] != w {
			t.Errorf("%s caption = %q, want %q", sel, captions[sel], w)
		}
	}
	// the schema's bookkeeping (graph/migrations.go) is drawn small and pale, without a caption
	if c, ok := captions["node.Migration"]; !ok || c != "" {
		t.Errorf("node.Migration rule %v, caption %q; want one without a caption", ok, c)
	}
	for _, typ := range []string{"MET_WITH", "ATTENDED", "ACCUSED", "AGAINST", "DENIED", "ABOUT", "AGREED_TO",
		"REPRESENTS", "REPORTED_IN", "MENTIONS", "REPORTED_PAIR"} {
		if _, ok := captions["relationship."+typ]; !ok {
			t.Errorf("no rule for relationship %s", typ)
		}
	}
	for sel, c := range captions {
		if strings.Contains(c, "{key}") {
			t.Errorf("%s shows the key", sel)
		}
	}
}
