package main

import (
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
)

// TestPasswordInURINeverPrinted writes random passwords into the Neo4j URI in every
// shape a person might (with '/', '?', '#', '@' and ':' in the password, with and without
// the scheme's "//", with a path and a query) and runs the commands that connect with
// debug logs on: whatever the command prints, the password is not in it.
func TestPasswordInURINeverPrinted(t *testing.T) {
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "a.txt"), newsText(4100))
	forms := []string{
		"bolt://%u:%p@127.0.0.1:7687",
		"neo4j+s://%u:%p@db.example.org",
		"bolt://%u:%p@127.0.0.1:7687/neo4j?routing=x#frag",
		"bolt://:%p@127.0.0.1",
		"bolt://%p@127.0.0.1:7687",
		"%u:%p@127.0.0.1:7687",
		"bolt:%u:%p@127.0.0.1",
		"bolt://%u:%p@[::1]:7687",
		"http://%u:%p@127.0.0.1:7474",
	}
	const specials = "/?#@:%&=+ \\\"'[]{}~^|`$!*();,<>"
	rng := rand.New(rand.NewSource(12))
	for i := range 120 {
		var pw strings.Builder
		for range 2 + rng.Intn(6) {
			pw.WriteByte(specials[rng.Intn(len(specials))])
		}
		pw.WriteString("Pw")
		for range 4 + rng.Intn(8) {
			pw.WriteByte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[rng.Intn(62)])
			if rng.Intn(4) == 0 {
				pw.WriteByte(specials[rng.Intn(len(specials))])
			}
		}
		password := pw.String()
		form := forms[i%len(forms)]
		uri := strings.NewReplacer("%u", "neo4j", "%p", password).Replace(form)
		cmd := [][]string{{"ingest", dir}, {"schema"}, {"report", "who-denied-what"}}[i%3]
		var args []string
		if i%2 == 0 {
			t.Setenv("DIPLOGRAPH_NEO4J_URI", uri)
		} else {
			t.Setenv("DIPLOGRAPH_NEO4J_URI", "")
			args = append(args, "--neo4j-uri", uri)
		}
		args = append(append(args, "--log-level", "debug"), cmd...)
		code, out, errOut := run(t, "", args...)
		if strings.Contains(out+errOut, password) || strings.Contains(out+errOut, "Pw"+password[strings.Index(password, "Pw")+2:]) {
			t.Errorf("%s with URI %q (code %d) prints the password:\n%s%s", strings.Join(cmd, " "), form, code, out, errOut)
		}
		if code != exitUsage {
			t.Errorf("%s with credentials in the URI %q: code %d, want %d:\n%s", cmd[0], form, code, exitUsage, errOut)
		}
	}
}
