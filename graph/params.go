package graph

import "strings"

// The conversions of rows to driver parameters: maps of strings, lists and numbers, with
// empty strings as null so that coalesce keeps what the graph already has.

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func strList(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func lowerList(xs []string) []any {
	seen := map[string]bool{}
	out := make([]any, 0, len(xs))
	for _, x := range xs {
		if l := strings.ToLower(x); !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

func actorParams(rs []actorRow) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{
			"key":        r.Key,
			"name":       nullable(r.Name),
			"name_lc":    nullable(strings.ToLower(r.Name)),
			"title":      nullable(r.Title),
			"country":    nullable(r.Country),
			"aliases":    strList(r.Aliases),
			"aliases_lc": lowerList(r.Aliases),
		}
	}
	return out
}

func meetingParams(rs []meetingRow) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{"key": r.Key, "name": nullable(r.Name), "date": nullable(r.Date), "location": nullable(r.Location)}
	}
	return out
}

func claimParams(rs []claimRow) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{"key": r.Key, "text": nullable(r.Text)}
	}
	return out
}

func relParams(rs []relRow) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{
			"from": r.From, "to": r.To, "articles": strList(r.Articles), "evidence": strList(r.Evidence),
			"first": nullable(r.First), "last": nullable(r.Last), "title": nullable(r.Title),
		}
	}
	return out
}

func reportParams(rs []reportRow) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		var sentence any
		if r.Sentence != nil {
			sentence = int64(*r.Sentence)
		}
		out[i] = map[string]any{
			"from": r.From, "article": r.Article, "sentence": sentence,
			"evidence": nullable(r.Evidence), "rule": nullable(r.Rule),
		}
	}
	return out
}

func mentionParams(rs []mentionRow) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{"article": r.Article, "actor": r.Actor}
	}
	return out
}

func articleParams(rs []articleRow, version string) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{
			"key": r.Key, "url": nullable(r.URL), "title": nullable(r.Title), "date": nullable(r.Date),
			"source": nullable(r.Source), "version": version,
		}
	}
	return out
}
