package gazetteer

// Match returns the longest phrase of the main lexicon (countries, organizations,
// blocked names) that starts at keys[i], where keys are the Key of each token. end is
// exclusive; ok is false when no phrase starts there.
func (g *Gazetteer) Match(keys []string, i int) (end int, e Entry, ok bool) {
	end, v := g.phrases.longest(keys, i)
	if v < 0 {
		return i, Entry{}, false
	}
	return end, g.entries[v], true
}

// Word returns the entry of a phrase of one word ("Russian", "NATO"), as a part of a
// hyphenated or slashed token is looked up.
func (g *Gazetteer) Word(key string) (Entry, bool) {
	v, ok := g.phrases.lookup(key)
	if !ok {
		return Entry{}, false
	}
	return g.entries[v], true
}

// CountryIndex returns the index in Countries of an alpha-3 code.
func (g *Gazetteer) CountryIndex(code string) (int, bool) {
	i, ok := g.codes[code]
	return i, ok
}

// AmbiguousName reports whether a country form is also a common name of a person or of
// another place, and so not the country when it is part of a longer capitalised name.
func (g *Gazetteer) AmbiguousName(key string) bool { return g.ambiguousName[key] }

// NeedsSupport reports whether a country form counts only where the article names the
// country in another way too.
func (g *Gazetteer) NeedsSupport(key string) bool { return g.needsSupport[key] }

// TitlePhrase returns the end of the longest title phrase of several words ("secretary
// of state", "prime minister") at lower[i], where lower are the lower-case keys.
func (g *Gazetteer) TitlePhrase(lower []string, i int) (end int, ok bool) {
	end, v := g.titlePhrases.longest(lower, i)
	return end, v >= 0
}

// TitleHead reports whether a lower-case key is a word that ends a title ("minister").
func (g *Gazetteer) TitleHead(lower string) bool { return g.titleHeads[lower] }

// TitleModifier reports whether a lower-case key may stand in a title before its head
// ("foreign", "deputy", "former").
func (g *Gazetteer) TitleModifier(lower string) bool { return g.modifiers[lower] }

// Honorific reports whether a lower-case key is a courtesy title ("mr", "ms").
func (g *Gazetteer) Honorific(lower string) bool { return g.honorifics[lower] }

// NameEnder reports whether a lower-case key closes a name ("jr").
func (g *Gazetteer) NameEnder(lower string) bool { return g.enders[lower] }

// Body returns the longest generic body name ("foreign ministry", "rebels") at
// lower[i], its kind and its lexicon form.
func (g *Gazetteer) Body(lower []string, i int) (end int, kind BodyKind, name string) {
	end, v := g.bodies.longest(lower, i)
	if v < 0 {
		return i, 0, ""
	}
	return end, g.bodyKinds[v], g.bodyNames[v]
}

// GivenName reports whether a key is a given name that begins a person's name.
func (g *Gazetteer) GivenName(key string) bool { return g.given[key] }

// FamilyFirst reports whether a key is a family name that begins names written family
// name first ("Kim", "Xi").
func (g *Gazetteer) FamilyFirst(key string) bool { return g.family[key] }

// NotName reports whether a lower-case key is never part of a person's name.
func (g *Gazetteer) NotName(lower string) bool { return g.notNames[lower] }

// NameHead reports whether a lower-case key heads the name of a place or organization
// ("University", "Council"), so that a name containing it is not a person's.
func (g *Gazetteer) NameHead(lower string) bool { return g.nameHeads[lower] }

// Month reports whether a lower-case key is the name of a month.
func (g *Gazetteer) Month(lower string) bool { return g.months[lower] }

// Is reports whether a lower-case key is in the cue list c.
func (g *Gazetteer) Is(c Cue, lower string) bool { return g.cues[c][lower] }
