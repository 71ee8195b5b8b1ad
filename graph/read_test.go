package graph

import "testing"

func TestMultisetHashIsOrderIndependent(t *testing.T) {
	var a, b, c multisetHash
	for _, l := range []string{"x", "y", "z"} {
		a.add(l)
	}
	for _, l := range []string{"z", "x", "y"} {
		b.add(l)
	}
	for _, l := range []string{"x", "y", "z", "z"} {
		c.add(l)
	}
	if a.hex() != b.hex() {
		t.Error("order changes the hash")
	}
	if a.hex() == c.hex() {
		t.Error("a repeated line does not change the hash")
	}
}
