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
			"key":          r.Key,
			"name":         nullable(r.Name.V),
			"name_from":    nullable(r.Name.From),
			"name_lc":      nullable(strings.ToLower(r.Name.V)),
			"title":        nullable(r.Title.V),
			"title_from":   nullable(r.Title.From),
			"country":      nullable(r.Country.V),
			"country_from": nullable(r.Country.From),
			"aliases":      strList(r.Aliases),
			"aliases_lc":   lowerList(r.Aliases),
		}
		if len(r.ResolvedFrom) > 0 || len(r.Candidates) > 0 {
			out[i]["resolved_from"] = strList(r.ResolvedFrom)
			out[i]["candidates"] = strList(r.Candidates)
		}
	}
	return out
}

func meetingParams(rs []meetingRow) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{
			"key": r.Key, "name": nullable(r.Name.V), "name_from": nullable(r.Name.From),
			"date": nullable(r.Date.V), "date_from": nullable(r.Date.From),
			"location": nullable(r.Location.V), "location_from": nullable(r.Location.From),
		}
	}
	return out
}

func claimParams(rs []claimRow) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{"key": r.Key, "text": nullable(r.Text.V), "text_from": nullable(r.Text.From)}
	}
	return out
}

func relParams(rs []relRow) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{
			"from": r.From, "to": r.To, "count": int64(len(r.Articles)),
			"first": nullable(r.First), "last": nullable(r.Last), "title": nullable(r.Title.V),
			"title_from": nullable(r.Title.From),
		}
		if a := r.Shown; a.Article != "" {
			out[i]["article_key"], out[i]["article_rank"] = a.Article, a.rank()
			out[i]["article_date"], out[i]["article_title"], out[i]["article_url"] = nullable(a.Date), nullable(a.Title), nullable(a.URL)
			out[i]["evidence"] = nullable(a.Evidence)
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
		row := map[string]any{
			"from": r.From, "article": r.Article, "sentence": sentence,
			"evidence": nullable(r.Evidence), "rule": nullable(r.Rule), "date": r.Date,
			"attended": strList(r.Attended),
		}
		for _, typ := range factTypes {
			pairs := r.Facts[typ]
			sources, targets, evidence := make([]any, len(pairs)), make([]any, len(pairs)), make([]any, len(pairs))
			for j, p := range pairs {
				sources[j], targets[j], evidence[j] = p[0], p[1], r.FactEvidence[typ][p].Text
			}
			row[typ+"_sources"], row[typ+"_targets"], row[typ+"_evidence"] = sources, targets, evidence
		}
		out[i] = row
	}
	return out
}

func mentionParams(rs []mentionRow) []map[string]any {
	out := make([]map[string]any, len(rs))
	for i, r := range rs {
		out[i] = map[string]any{"article": r.Article, "actor": r.Actor, "country": nullable(r.Country)}
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
