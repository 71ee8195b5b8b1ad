package extract

import (
	"os"
	"testing"
)

func TestZZDebug2(t *testing.T) {
	doc := testDocument(t, "", os.Getenv("TXT"))
	for _, s := range doc.All() {
		t.Logf("%v", s.Tokens)
		t.Logf("%v", s.Mentions)
	}
	for _, f := range findRelations(doc) {
		t.Logf("%d %+v", f.status, f.rel)
	}
}
