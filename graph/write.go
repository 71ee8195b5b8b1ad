package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	diplograph "github.com/diplograph/diplograph"
)

var _ diplograph.Store = (*Store)(nil)

// Write stores the extractions: one write transaction per batch of Config.BatchSize
// articles, so that each article's facts land entirely or not at all. Writing the same
// extractions again changes nothing; an article stored before with another extractor
// version has its earlier facts replaced in the same transaction. Transient failures
// (deadlocks, leader changes) are retried by the driver.
func (s *Store) Write(ctx context.Context, xs []*diplograph.Extraction) error {
	return s.write(ctx, xs, false)
}

// Replace is Write that replaces the earlier facts of every given article that is already
// in the graph, whatever its extractor version.
func (s *Store) Replace(ctx context.Context, xs []*diplograph.Extraction) error {
	return s.write(ctx, xs, true)
}

func (s *Store) write(ctx context.Context, xs []*diplograph.Extraction, force bool) error {
	xs, err := uniqueArticles(xs)
	if err != nil {
		return err
	}
	for n, i := 1, 0; i < len(xs); n, i = n+1, i+s.cfg.BatchSize {
		j := min(i+s.cfg.BatchSize, len(xs))
		if err := s.writeBatch(ctx, xs[i:j], force); err != nil {
			return translate(s.cfg, fmt.Sprintf("write batch %d (articles %d-%d)", n, i+1, j), err)
		}
	}
	return nil
}

// uniqueArticles drops nil extractions and later repeats of an article, and refuses
// articles without an ID.
func uniqueArticles(xs []*diplograph.Extraction) ([]*diplograph.Extraction, error) {
	seen := make(map[string]bool, len(xs))
	out := make([]*diplograph.Extraction, 0, len(xs))
	for i, x := range xs {
		if x == nil {
			continue
		}
		if strings.TrimSpace(x.Article.ID) == "" {
			return nil, diplograph.Errorf(diplograph.EINVALID, "extraction %d (source %q) has no article id", i, x.Article.Source)
		}
		if seen[x.Article.ID] {
			continue
		}
		seen[x.Article.ID] = true
		out = append(out, x)
	}
	return out, nil
}

// step is one statement of a write transaction with its parameters.
type step struct {
	name   string
	query  string
	params map[string]any
}

// plan returns the merge statements of one batch, in order: nodes, fact relationships,
// provenance, and the article nodes last (of every article of the batch, unchanged ones
// included, whose source may change). The facts are those of the articles new to the
// graph or replaced. (Replacement of earlier versions runs before them and orphan
// deletion after them, in batch.run.)
func (s *Store) plan(facts *rows, articles []articleRow) []step {
	var steps []step
	add := func(name, query string, rows []map[string]any) {
		if len(rows) > 0 {
			steps = append(steps, step{name: name, query: query, params: map[string]any{"rows": rows}})
		}
	}
	add("persons", stmtMergePersons, actorParams(facts.Persons))
	add("countries", stmtMergeCountries, actorParams(facts.Countries))
	add("organizations", stmtMergeOrganizations, actorParams(facts.Organizations))
	add("meetings", stmtMergeMeetings, meetingParams(facts.Meetings))
	add("claims", stmtMergeClaims, claimParams(facts.Claims))
	for _, sp := range relSpecs {
		add(strings.ToLower(sp.Type), relStatements[sp.Type], relParams(facts.Rels[sp.Type]))
	}
	add("claim reports", stmtMergeClaimReports, reportParams(facts.ClaimReports))
	add("meeting reports", stmtMergeMeetingReports, reportParams(facts.MeetingReports))
	add("mentions", stmtMergeMentions, mentionParams(facts.Mentions))
	add("articles", stmtMergeArticles, articleParams(articles, s.cfg.ExtractorVersion))
	add("mention dates", stmtDateMentions, mentionDateParams(facts.Articles))
	if len(facts.Articles) > 0 {
		keys := make([]any, len(facts.Articles))
		for i, a := range facts.Articles {
			keys[i] = a.Key
		}
		steps = append(steps, step{name: "month counts", query: stmtCountMonths, params: countMonthsParams(keys, 1)})
	}
	return steps
}

// writeBatch writes one batch in one managed write transaction under the batch deadline.
func (s *Store) writeBatch(ctx context.Context, xs []*diplograph.Extraction, force bool) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.BatchTimeout)
	defer cancel()
	all := buildRows(xs)
	b := &batch{store: s, xs: xs, all: all, force: force}
	keys := make([]string, len(xs))
	for i, x := range xs {
		keys[i] = x.Article.ID
	}
	sort.Strings(keys)
	for _, k := range keys {
		b.versions = append(b.versions, map[string]any{"key": k, "version": s.cfg.ExtractorVersion})
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer func() { _ = sess.Close(ctx) }()
	// The work function returns driver errors unwrapped, so that the driver recognises
	// the transient ones and retries; the failing step is named afterwards.
	work := func(tx neo4j.ManagedTransaction) (any, error) { return nil, b.run(ctx, tx) }
	if _, err := sess.ExecuteWrite(ctx, work); err != nil {
		if b.failed != "" {
			return fmt.Errorf("%s: %w", b.failed, err)
		}
		return err
	}
	s.stats.add(WriteStats{
		Articles: int64(len(all.Articles)), Batches: 1, Replaced: int64(b.replaced),
		SkippedEntities: int64(all.SkippedEntities), SkippedRelations: int64(all.SkippedRelations),
	})
	return nil
}

// batch is the work of one write transaction; run may be called again by the driver's
// retries and starts over each time.
type batch struct {
	store    *Store
	xs       []*diplograph.Extraction
	all      *rows            // the rows of every article of the batch
	versions []map[string]any // the articles' keys, sorted, with the version written
	force    bool
	failed   string // the step of the last failure
	replaced int    // articles whose earlier facts were replaced
}

func (b *batch) run(ctx context.Context, tx neo4j.ManagedTransaction) error {
	b.replaced = 0
	b.failed = "claim articles"
	res, err := tx.Run(ctx, stmtClaimArticles, map[string]any{"rows": b.versions, "force": b.force})
	if err != nil {
		return err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return err
	}
	var old []any
	unchanged := map[string]bool{}
	for _, rec := range recs {
		key, _ := rec.Values[0].(string)
		switch status, _ := rec.Values[1].(string); status {
		case "replace":
			old = append(old, key)
		case "unchanged":
			unchanged[key] = true
		}
	}
	facts := b.all
	if len(unchanged) > 0 {
		var keep []*diplograph.Extraction
		for _, x := range b.xs {
			if !unchanged[x.Article.ID] {
				keep = append(keep, x)
			}
		}
		facts = buildRows(keep)
	}
	touched := map[string]map[string]bool{}
	if len(old) > 0 {
		b.failed = "uncount replaced articles"
		if err := consume(ctx, tx, stmtUncountMonths, countMonthsParams(old, -1)); err != nil {
			return err
		}
		for _, q := range []struct{ name, query string }{
			{"strip replaced articles", stmtStripArticle},
			{"detach replaced articles", stmtDetachArticle},
		} {
			b.failed = q.name
			if err := collectTouched(ctx, tx, q.query, map[string]any{"keys": old}, touched); err != nil {
				return err
			}
		}
	}
	for _, st := range b.store.plan(facts, b.all.Articles) {
		b.failed = "merge " + st.name
		if err := consume(ctx, tx, st.query, st.params); err != nil {
			return err
		}
	}
	if err := b.writePairs(ctx, tx, facts, touched["Actor"]); err != nil {
		return err
	}
	for _, label := range orphanLabels {
		if keys := sortedKeys(touched[label]); len(keys) > 0 {
			b.failed = "delete orphan " + strings.ToLower(label) + " nodes"
			if err := consume(ctx, tx, orphanStatements[label], map[string]any{"keys": keys}); err != nil {
				return err
			}
		}
	}
	b.failed, b.replaced = "", len(old)
	return nil
}

// writePairs sets the groups of the batch's actors and of those a replacement touched,
// and writes the pairs of the batch's written articles and of every article that
// mentions an actor whose groups changed (see pairs.go).
func (b *batch) writePairs(ctx context.Context, tx neo4j.ManagedTransaction, facts *rows, touched map[string]bool) error {
	actors := map[string]bool{}
	for k := range touched {
		actors[k] = true
	}
	for _, rs := range [][]actorRow{facts.Persons, facts.Countries, facts.Organizations} {
		for _, r := range rs {
			actors[r.Key] = true
		}
	}
	articles := map[string]bool{}
	written := make([]any, len(facts.Articles))
	for i, a := range facts.Articles {
		written[i] = a.Key
		articles[a.Key] = true
	}
	if len(actors) > 0 {
		b.failed = "group actors"
		recs, err := records(ctx, tx, stmtGroupActors, groupActorsParams(sortedKeys(actors), written))
		if err != nil {
			return err
		}
		for _, rec := range recs {
			key, _ := rec.Values[0].(string)
			articles[key] = true
		}
	}
	if len(articles) == 0 {
		return nil
	}
	b.failed = "merge pairs"
	return consume(ctx, tx, stmtWritePairs, map[string]any{"keys": sortedKeys(articles), "version": pairsVersion})
}

// consume runs a statement and discards its result.
func consume(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) error {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// records runs a statement and returns its records.
func records(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// collectTouched runs a replacement statement and adds the keys of the nodes it returns
// to touched, per orphan label.
func collectTouched(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any, touched map[string]map[string]bool) error {
	recs, err := records(ctx, tx, query, params)
	if err != nil {
		return err
	}
	for _, rec := range recs {
		key, _ := rec.Values[0].(string)
		labels, _ := rec.Values[1].([]any)
		for _, l := range labels {
			for _, want := range orphanLabels {
				if l == want {
					if touched[want] == nil {
						touched[want] = map[string]bool{}
					}
					touched[want][key] = true
				}
			}
		}
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ArticleVersions returns the extractor version of each of the given articles that is
// already in the graph.
func (s *Store) ArticleVersions(ctx context.Context, keys []string) (map[string]string, error) {
	out := make(map[string]string, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	res, err := s.executeQuery(ctx, `
UNWIND $keys AS key
MATCH (a:Article {key: key})
RETURN a.key AS key, coalesce(a.extractor_version, '') AS version`, map[string]any{"keys": keys}, false)
	if err != nil {
		return nil, translate(s.cfg, "read article versions", err)
	}
	for _, rec := range res.Records {
		k, _ := rec.Values[0].(string)
		v, _ := rec.Values[1].(string)
		out[k] = v
	}
	return out, nil
}
