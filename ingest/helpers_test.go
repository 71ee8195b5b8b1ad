package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	diplograph "github.com/diplograph/diplograph"
)

// ruleExtractor is a small deterministic extractor for the job's tests: it reads
// sentences of the forms "AAA met BBB.", "AAA accused BBB of CLAIM.", "AAA denied CLAIM."
// and "AAA and BBB agreed to CLAIM." where AAA and BBB are alpha-3 country codes. A body
// containing "PANIC" makes it panic and one containing "REFUSE" makes it return an error,
// so that the job's handling of a failing extractor can be tested.
type ruleExtractor struct{}

var (
	ruleMet     = regexp.MustCompile(`^([A-Z]{3}) met ([A-Z]{3})$`)
	ruleAccused = regexp.MustCompile(`^([A-Z]{3}) accused ([A-Z]{3}) of (.+)$`)
	ruleDenied  = regexp.MustCompile(`^([A-Z]{3}) denied (.+)$`)
	ruleAgreed  = regexp.MustCompile(`^([A-Z]{3}) and ([A-Z]{3}) agreed to (.+)$`)
)

func (ruleExtractor) Extract(a diplograph.Article) (*diplograph.Extraction, error) {
	if strings.Contains(a.Body, "PANIC") {
		panic("rule extractor asked to panic")
	}
	if strings.Contains(a.Body, "REFUSE") {
		return nil, errors.New("rule extractor asked to refuse")
	}
	x := &diplograph.Extraction{Article: a}
	seen := map[string]bool{}
	country := func(code string) string {
		id := "c:" + code
		if !seen[id] {
			seen[id] = true
			x.Entities = append(x.Entities, diplograph.Entity{ID: id, Type: diplograph.TypeCountry, Name: code, Code: code})
		}
		return id
	}
	for i, s := range strings.Split(strings.ReplaceAll(a.Body, "\n", " "), ".") {
		s = strings.TrimSpace(s)
		x.Sentences = append(x.Sentences, s)
		var r diplograph.Relation
		switch {
		case ruleMet.MatchString(s):
			m := ruleMet.FindStringSubmatch(s)
			r = diplograph.Relation{Type: diplograph.MetWith, Source: country(m[1]), Target: country(m[2])}
		case ruleAccused.MatchString(s):
			m := ruleAccused.FindStringSubmatch(s)
			r = diplograph.Relation{Type: diplograph.Accused, Source: country(m[1]), Target: country(m[2]), Claim: m[3]}
		case ruleAgreed.MatchString(s):
			m := ruleAgreed.FindStringSubmatch(s)
			r = diplograph.Relation{Type: diplograph.AgreedTo, Source: country(m[1]), With: []string{country(m[2])}, Claim: m[3]}
		case ruleDenied.MatchString(s):
			m := ruleDenied.FindStringSubmatch(s)
			r = diplograph.Relation{Type: diplograph.Denied, Source: country(m[1]), Claim: m[2]}
		default:
			continue
		}
		r.Sentence, r.Evidence, r.Rule = i, s+".", "test-rule"
		x.Relations = append(x.Relations, r)
	}
	return x, nil
}

// memStore keeps the written extractions in memory. It stands in for the graph only in
// the unit tests of the job's control flow; the graph tests use the real server.
type memStore struct {
	mu       sync.Mutex
	version  string
	articles map[string]string // key -> extractor version
	writes   [][]string        // article keys per Write call
	// beforeWrite, when set, is called with the 1-based number of the Write call; an
	// error it returns fails that call without storing anything.
	beforeWrite func(ctx context.Context, n int) error
	// refuse, when set, makes a Write that carries an article it returns true for fail
	// as the graph fails on data it cannot store, writing nothing.
	refuse func(x *diplograph.Extraction) bool
}

func newMemStore(version string) *memStore {
	return &memStore{version: version, articles: map[string]string{}}
}

func (m *memStore) Write(ctx context.Context, xs []*diplograph.Extraction) error {
	m.mu.Lock()
	n := len(m.writes) + 1
	hook := m.beforeWrite
	m.mu.Unlock()
	if hook != nil {
		if err := hook(ctx, n); err != nil {
			m.mu.Lock()
			m.writes = append(m.writes, nil)
			m.mu.Unlock()
			return err
		}
	}
	if m.refuse != nil {
		for _, x := range xs {
			if m.refuse(x) {
				m.mu.Lock()
				m.writes = append(m.writes, nil)
				m.mu.Unlock()
				return diplograph.Errorf(diplograph.EDATA, "value of %s too large", x.Article.ID)
			}
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	keys := make([]string, 0, len(xs))
	for _, x := range xs {
		m.articles[x.Article.ID] = m.version
		keys = append(keys, x.Article.ID)
	}
	m.writes = append(m.writes, keys)
	return nil
}

func (m *memStore) ArticleVersions(_ context.Context, keys []string) (map[string]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]string{}
	for _, k := range keys {
		if v, ok := m.articles[k]; ok {
			out[k] = v
		}
	}
	return out, nil
}

func (m *memStore) stored() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.articles)
}

// codes are the country codes the generated articles use: few, so that many articles
// contribute to the same relationships.
var codes = []string{"FRA", "DEU", "POL", "JPN", "KEN", "BRA", "CAN", "IND"}

// ruleBody is the body of the n-th generated article: one of each relation form, with
// parties and claim words that vary with n.
func ruleBody(n int) string {
	a, b := codes[n%len(codes)], codes[(n/len(codes)+n+1)%len(codes)]
	if a == b {
		b = codes[(n+3)%len(codes)]
	}
	return fmt.Sprintf("%s met %s. %s accused %s of moving troops near border post %d.\n\n"+
		"%s denied moving troops near border post %d. %s and %s agreed to reopen crossing %d.",
		a, b, b, a, n%17, a, n%17, a, b, n%11)
}

// writeRuleCorpus writes articles of the rule forms into dir: texts text files and one
// JSON Lines file of jsonl records. It returns the number of distinct articles.
func writeRuleCorpus(t testing.TB, dir string, texts, jsonl int) int {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := 0; i < texts; i++ {
		text := fmt.Sprintf("## Report %d\n\nMarch %d, 2024\n\n%s\n", n, 1+n%28, ruleBody(n))
		writeFile(t, filepath.Join(dir, fmt.Sprintf("t%04d.txt", i)), text)
		n++
	}
	if jsonl > 0 {
		var b strings.Builder
		for i := 0; i < jsonl; i++ {
			fmt.Fprintf(&b, `{"title":"Record %d","date":"2024-04-%02d","url":"https://news.example.org/r/%d","body":%q}`+"\n",
				n, 1+n%28, n, ruleBody(n))
			n++
		}
		writeFile(t, filepath.Join(dir, "wire.jsonl"), b.String())
	}
	return n
}

func writeFile(t testing.TB, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
