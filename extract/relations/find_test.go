package relations

import (
	"testing"

	diplograph "github.com/diplograph/diplograph"
)

// TestClaimsSayWhat: a claim of only a time, an audience or a pronoun says nothing.
func TestClaimsSayWhat(t *testing.T) {
	for claim, want := range map[string]bool{
		"Tuesday": false, "the news agency": false, "on Monday morning": false, "": false,
		"arming the rebels": true, "the ceasefire on Tuesday": true,
	} {
		if got := sayingClaim(claim); got != want {
			t.Errorf("sayingClaim(%q) = %v, want %v", claim, got, want)
		}
	}
	for _, c := range []struct {
		typ   diplograph.RelationType
		claim string
		want  bool
	}{
		{diplograph.AgreedTo, "this", false},
		{diplograph.Accused, "", false},
		{diplograph.Denied, "", true},
		{diplograph.AgreedTo, "a truce", true},
	} {
		if got := readableClaim(diplograph.Relation{Type: c.typ, Claim: c.claim}); got != c.want {
			t.Errorf("readableClaim(%s %q) = %v, want %v", c.typ, c.claim, got, c.want)
		}
	}
}
