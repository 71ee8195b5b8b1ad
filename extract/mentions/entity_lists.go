package mentions

import "github.com/diplograph/diplograph/extract/gazetteer"

// A list of names with no title for each, "as Jane Roe, Ali Hassan Omar and Li Wen",
// names people when one of its names plainly is a person's, or when a plural noun of
// people introduces it ("named the suspects as ..."): the names are written the same
// way and stand in the same place. Each item is a run of two or three proper nouns,
// and items are parted by commas and "and".

// listItem is one name of a list: span index si, extended to the proper nouns after it.
type listItem struct {
	si, end int
}

// nameLists makes people of the names in a list of three or more names of which one is
// already a person, or which a plural noun of people introduces ("identified the men
// as A, B and C").
func (a *annotation) nameLists(ss *sentState) {
	if ss.headline || ss.byline {
		return
	}
	var items []listItem
	flush := func() {
		if len(items) >= 3 {
			a.listPeople(ss, items)
		}
		items = items[:0]
	}
	for i := range ss.spans {
		sp := ss.spans[i]
		if sp.kind != spanName || sp.credit {
			flush()
			continue
		}
		end := a.listItemEnd(ss, i)
		if end < 0 {
			flush()
			continue
		}
		if len(items) > 0 && !listSeparator(ss, items[len(items)-1].end, sp.start) {
			flush()
		}
		items = append(items, listItem{si: i, end: end})
	}
	flush()
}

// listItemEnd returns the end of the list item that name span si begins, over proper
// nouns after the span up to three words, or -1 when the span cannot be a list item.
func (a *annotation) listItemEnd(ss *sentState, si int) int {
	sp := ss.spans[si]
	toks := ss.s.Tokens
	limit := len(toks)
	if si+1 < len(ss.spans) {
		limit = ss.spans[si+1].start
	}
	end := sp.end
	for end < limit && end-sp.start < 3 && toks[end].Tag == "NNP" && isCap(toks[end].Text) && !allCaps(toks[end].Text) {
		end++
	}
	if end-sp.start < 2 || end-sp.start > 3 {
		return -1
	}
	for k := sp.start; k < end; k++ {
		if (toks[k].Tag != "NNP" && toks[k].Tag != "NNPS") || a.g.NameHead(ss.lower[k]) {
			return -1
		}
	}
	return end
}

// listSeparator reports whether tokens [from, to) part two items of a list: ",", "and"
// or ", and".
func listSeparator(ss *sentState, from, to int) bool {
	switch to - from {
	case 1:
		return ss.lower[from] == "," || ss.lower[from] == "and"
	case 2:
		return ss.lower[from] == "," && ss.lower[from+1] == "and"
	}
	return false
}

// listPeople registers the items of a list as people when one already is a person.
func (a *annotation) listPeople(ss *sentState, items []listItem) {
	known := false
	for _, it := range items {
		if ss.spans[it.si].person != nil {
			known = true
			break
		}
	}
	if !known && !a.peopleListed(ss, ss.spans[items[0].si].start) {
		return
	}
	for _, it := range items {
		sp := &ss.spans[it.si]
		if sp.person != nil {
			continue
		}
		sp.end, sp.at = it.end, sp.start
		sp.person = a.register(ss, sp.start, sp.end)
	}
}

// peopleListed reports whether a list starting at token start is introduced as a list
// of people: right after "as", "named", "were", "including" or a colon, with a plural
// noun of people before it in the sentence ("identified the men as ...").
func (a *annotation) peopleListed(ss *sentState, start int) bool {
	if start == 0 {
		return false
	}
	switch ss.lower[start-1] {
	case "as", "named", "were", "are", "including", ":":
	default:
		return false
	}
	for k := start - 2; k >= 0 && k >= start-24; k-- {
		if a.g.Is(gazetteer.CuePeople, ss.lower[k]) {
			return true
		}
	}
	return false
}
