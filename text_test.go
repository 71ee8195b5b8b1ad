package diplograph_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	diplograph "github.com/diplograph/diplograph"
)

func TestCleanText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want string
	}{
		{"Vladimir\u200b Putin", 0, "Vladimir Putin"},
		{"  Anna\t\n Kovac  ", 0, "Anna Kovac"},
		{"Evil\x1b[2J\x1b[1;1H Corp\x1b]0;title\x07", 0, "Evil Corp"},
		{"right\u202eto\u2066left\u2069", 0, "righttoleft"},
		{"a\x00b\x07c\u0085d", 0, "abc d"},
		{"Alexandria Ocasio", 10, "Alexandri…"},
		{"Alexandria Ocasio", 11, "Alexandria…"},
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
	} {
		if got := diplograph.CleanText(tc.in, tc.max); got != tc.want {
			t.Errorf("CleanText(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
	}
	long := strings.Repeat("word ", 100000)
	if got := diplograph.CleanText(long, 50); utf8.RuneCountInString(got) != 50 {
		t.Errorf("cut to %d characters", utf8.RuneCountInString(got))
	}
}

func TestBoundKey(t *testing.T) {
	short := "person:anna-kovac"
	if diplograph.BoundKey(short) != short {
		t.Error("a short key changed")
	}
	a := "person:" + strings.Repeat("é", 5000)
	b := "person:" + strings.Repeat("é", 4999) + "e"
	ka, kb := diplograph.BoundKey(a), diplograph.BoundKey(b)
	if len(ka) > diplograph.MaxKeyBytes || len(kb) > diplograph.MaxKeyBytes || !utf8.ValidString(ka) {
		t.Errorf("bounded keys of %d and %d bytes (valid UTF-8: %v)", len(ka), len(kb), utf8.ValidString(ka))
	}
	if ka == kb || ka != diplograph.BoundKey(a) {
		t.Error("bounded keys are not distinct and stable")
	}
	e := diplograph.Entity{Type: diplograph.TypePerson, Name: "A" + strings.Repeat("b", 9000)}
	if k := e.Key(); len(k) > diplograph.MaxKeyBytes || !strings.HasPrefix(k, "person:abbb") {
		t.Errorf("person key %.40s... of %d bytes", k, len(k))
	}
}
