package diplograph_test

import (
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
)

// uriForms are ways to write credentials into a Neo4j URI; %u is the user, %p the password.
var uriForms = []string{
	"bolt://%u:%p@127.0.0.1:7687",
	"neo4j+s://%u:%p@db.example.org",
	"bolt://%u:%p@127.0.0.1:7687/neo4j?routing=x#frag",
	"bolt://:%p@127.0.0.1",
	"bolt://%p@127.0.0.1:7687",
	"%u:%p@127.0.0.1:7687",
	"bolt:%u:%p@127.0.0.1",
	"bolt://%u:%p@[::1]:7687",
	"bolt://%u:%p@host@other:7687",
}

func uriWith(form, user, password string) string {
	return strings.NewReplacer("%u", user, "%p", password).Replace(form)
}

func FuzzRedactURI(f *testing.F) {
	for i, pw := range []string{"se/cret", "a#b?c", "p@ss:w/rd", "0x1F2E3D4C", "Ünïcødé/?#@", "%2F%40"} {
		f.Add(uint8(i), "neo4j", pw)
	}
	f.Fuzz(func(t *testing.T, form uint8, user, password string) {
		if len(password) < 4 || strings.ContainsAny(password, "\x00") {
			return // too short to tell apart from the rest of the URI
		}
		uri := uriWith(uriForms[int(form)%len(uriForms)], user, password)
		if strings.Contains(strings.Replace(uri, password, "", 1), password) {
			return // the password is also elsewhere in the URI
		}
		got := diplograph.RedactURI(uri)
		if strings.Contains(got, password) {
			t.Errorf("RedactURI(%q) = %q keeps the password", uri, got)
		}
		if !diplograph.HasUserInfo(uri) {
			t.Errorf("HasUserInfo(%q) = false", uri)
		}
	})
}

func TestRedactURIKeepsURIsWithoutCredentials(t *testing.T) {
	for _, uri := range []string{"bolt://127.0.0.1:7687", "neo4j+s://db.example.org", "bolt://host/db?x=1"} {
		if got := diplograph.RedactURI(uri); got != uri || diplograph.HasUserInfo(uri) {
			t.Errorf("RedactURI(%q) = %q", uri, got)
		}
	}
	if got := diplograph.RedactURI("bolt://neo4j:se/cret@127.0.0.1:7687"); got != "bolt://***@127.0.0.1:7687" {
		t.Errorf("got %q", got)
	}
}
