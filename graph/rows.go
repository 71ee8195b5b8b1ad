package graph

import (
	"sort"
	"strings"

	diplograph "github.com/diplograph/diplograph"
)

// pick is a property value with the rank of the article it comes from. Of the values
// the articles give a property, the graph keeps the one from the earliest-dated article
// (undated ones last), then the smallest article key, then the smallest value: a rule
// over the set of articles, so that neither input order, batching nor concurrent jobs
// change what is kept.
type pick struct {
	V    string // the value, "" when none
	From string // the rank of its article: "<date or ~> <article key>"
}

// rank is the article rank of pick.From.
func rank(date, article string) string {
	if date == "" {
		date = "~"
	}
	return date + " " + article
}

// offer keeps v if it wins over the value held.
func (p *pick) offer(v, from string) {
	if v == "" {
		return
	}
	if p.V == "" || from < p.From || from == p.From && v < p.V {
		p.V, p.From = v, from
	}
}

// actorRow is one Person, Country or Organization node to merge.
type actorRow struct {
	Key     string
	Name    pick
	Aliases []string
	Title   pick   // people
	Country pick   // people and organizations
	Code    string // countries
	// ResolvedFrom ("surname: Lavrov") and Candidates (known actors a surname could
	// name) say how a person's key was chosen.
	ResolvedFrom, Candidates []string
}

// meetingRow is one Meeting node to merge.
type meetingRow struct {
	Key                  string
	Name, Date, Location pick
}

// claimRow is one Claim node to merge.
type claimRow struct {
	Key  string
	Text pick
}

// relRow is the batch's contribution to one relationship between actors, claims and
// meetings: the relationship is merged on (From, Type, To), the number of the batch's
// articles that report it is added to its count and their dates to its range. Which
// articles report it is kept on their REPORTED_IN and MENTIONS relationships, never in
// a list on the relationship itself, which for a hub would grow without end.
type relRow struct {
	From, To string
	Articles []string // article keys, sorted
	// First and Last are the earliest and latest article dates, "" when none is known.
	First, Last string
	Title       pick // REPRESENTS only
	// Shown is the reporting article the relationship shows with its sentence (every
	// fact type but REPRESENTS), chosen by shownArticle.beats.
	Shown shownArticle
}

// shownArticle is the one reporting article a fact relationship carries, so that
// clicking the relationship shows where it comes from: the sentence stating the fact
// (Evidence, "" when the article gives none), the article's key, date, title and URL.
//
// Of the articles that report a fact, the relationship shows one that gives a sentence
// for it, if any does; among those the newest-dated (undated ones last), then the
// greatest article key; within that article the smallest of its sentences for the fact.
// It is a rule over the set of articles, so neither the order nor the batching of the
// writes changes which article is shown, and stmtStripArticle finds the same one among
// the articles left when the shown one is replaced. No list of articles is kept on the
// relationship.
type shownArticle struct {
	Article, Date, Title, URL, Evidence string
}

// rank orders articles by date then key; an undated article ("" date) comes before
// every dated one. The statements compute the same string.
func (a shownArticle) rank() string { return a.Date + " " + a.Article }

// beats says whether a is shown rather than o.
func (a shownArticle) beats(o shownArticle) bool {
	switch {
	case a.Article == "":
		return false
	case o.Article == "":
		return true
	case (a.Evidence != "") != (o.Evidence != ""):
		return a.Evidence != ""
	case a.rank() != o.rank():
		return a.rank() > o.rank()
	}
	return a.Evidence != "" && a.Evidence < o.Evidence
}

// reportRow is a REPORTED_IN relationship from a claim or meeting to an article. It
// carries the facts the article states about the claim or meeting, so that a report row
// (one fact in one article) is read from this one relationship: the article's date and,
// per fact type, the pairs of source and target actor keys.
type reportRow struct {
	From     string
	Article  string
	Date     string // the article's date, "" when it has none
	Sentence *int
	Evidence string
	Rule     string
	// Facts holds, per fact type (factAccused, ...), the sorted set of pairs
	// {source key, target key}; the target is "" when the fact names none.
	Facts map[string][][2]string
	// FactEvidence holds, per fact type and pair, the sentence that states it (the
	// earliest, when several do).
	FactEvidence map[string]map[[2]string]factSentence
	// Attended is the sorted set of the actor keys that attended a meeting according to
	// the article (the participants it names and the parties of its MET_WITH facts).
	Attended []string
}

// attend records that an actor attended the report's meeting.
func (r *reportRow) attend(key string) {
	if !contains(r.Attended, key) {
		r.Attended = append(r.Attended, key)
	}
}

// factSentence is the sentence of the article that states a fact: its index and text.
type factSentence struct {
	N    int
	Text string
}

// The fact types a REPORTED_IN records, each as the prefix of its properties:
// <type>_sources and <type>_targets (aligned lists of actor keys) and <type>_on (the
// article's date, "" when undated, present only when the article states such a fact).
const (
	factAccused = "accused"
	factDenied  = "denied"
	factAgreed  = "agreed"
	factMet     = "met"
)

// factTypes are the fact types of REPORTED_IN, in the order their properties are written.
var factTypes = []string{factAccused, factDenied, factAgreed, factMet}

// addFact adds a pair to the report's facts of one type, stated by sentence n (text).
func (r *reportRow) addFact(typ, source, target string, n int, text string) {
	if r.Facts == nil {
		r.Facts = map[string][][2]string{}
		r.FactEvidence = map[string]map[[2]string]factSentence{}
	}
	if r.FactEvidence[typ] == nil {
		r.FactEvidence[typ] = map[[2]string]factSentence{}
	}
	p := [2]string{source, target}
	if old, ok := r.FactEvidence[typ][p]; ok {
		if n < old.N || n == old.N && text < old.Text {
			r.FactEvidence[typ][p] = factSentence{n, text}
		}
		return
	}
	r.FactEvidence[typ][p] = factSentence{n, text}
	r.Facts[typ] = append(r.Facts[typ], p)
}

// mentionRow is a MENTIONS relationship from an article to an actor; Country is the
// state the article says a person represents ("" when none), which is what makes the
// article one of those that report the person's REPRESENTS.
type mentionRow struct {
	Article, Actor, Country string
}

// articleRow is one Article node.
type articleRow struct {
	Key, URL, Title, Date, Source string
}

// rows are the rows of one batch, per kind, each deduplicated by its graph key.
type rows struct {
	Persons       []actorRow
	Countries     []actorRow
	Organizations []actorRow
	Meetings      []meetingRow
	Claims        []claimRow
	// Rels holds the relationship rows per relationship type (MET_WITH, ATTENDED, ...).
	Rels             map[string][]relRow
	MeetingReports   []reportRow
	ClaimReports     []reportRow
	Mentions         []mentionRow
	Articles         []articleRow
	SkippedEntities  int // entities without a usable key or type
	SkippedRelations int // relations not asserted or with unresolved parties
}

// The relationship types of the graph model. Cypher statements use only these.
const (
	relMetWith      = "MET_WITH"
	relAttended     = "ATTENDED"
	relAccused      = "ACCUSED"
	relAgainst      = "AGAINST"
	relDenied       = "DENIED"
	relAbout        = "ABOUT"
	relAgreedTo     = "AGREED_TO"
	relRepresents   = "REPRESENTS"
	relReportedIn   = "REPORTED_IN"
	relMentions     = "MENTIONS"
	relReportedPair = "REPORTED_PAIR"
)

// rowBuilder accumulates the rows of a batch, merging duplicates as they arrive.
type rowBuilder struct {
	actors   map[string]*actorRow
	actorTyp map[string]diplograph.EntityType
	order    []string
	meetings map[string]*meetingRow
	mOrder   []string
	claims   map[string]*claimRow
	cOrder   []string
	rels     map[string]map[[2]string]*relRow
	rOrder   map[string][][2]string
	reports  map[[2]string]*reportRow
	repOrder [][2]string
	repKind  map[[2]string]bool // true for meetings
	mentions map[[2]string]*mentionRow
	menOrder [][2]string
	articles []articleRow
	out      rows
	// artRels are the fact relationships the article being added reports, in the order
	// it first reports them.
	artRels []relKey
}

// relKey names a relationship row: its type and its ends.
type relKey struct {
	typ  string
	ends [2]string
}

// buildRows turns extractions into the rows of one write transaction. It is pure: the
// same extractions give the same rows, in a deterministic order.
func buildRows(xs []*diplograph.Extraction) *rows {
	b := &rowBuilder{
		actors:   map[string]*actorRow{},
		actorTyp: map[string]diplograph.EntityType{},
		meetings: map[string]*meetingRow{},
		claims:   map[string]*claimRow{},
		rels:     map[string]map[[2]string]*relRow{},
		rOrder:   map[string][][2]string{},
		reports:  map[[2]string]*reportRow{},
		repKind:  map[[2]string]bool{},
		mentions: map[[2]string]*mentionRow{},
	}
	seen := map[string]bool{}
	for _, x := range xs {
		if x == nil || x.Article.ID == "" || seen[x.Article.ID] {
			continue
		}
		seen[x.Article.ID] = true
		b.add(x)
	}
	return b.finish()
}

// resolved is an entity of an extraction with its graph key.
type resolved struct {
	diplograph.Entity
	key string
}

// entityKey returns the graph key of an entity, or "" when it has none usable.
func entityKey(e diplograph.Entity) string {
	switch e.Type {
	case diplograph.TypeCountry:
		if len(strings.TrimSpace(e.Code)) == 0 {
			return ""
		}
	case diplograph.TypePerson, diplograph.TypeOrganization, diplograph.TypeMeeting:
		if diplograph.Slug(e.Name) == "" && e.Type != diplograph.TypeMeeting {
			return ""
		}
	default:
		return ""
	}
	return e.Key()
}

func isActor(t diplograph.EntityType) bool {
	return t == diplograph.TypePerson || t == diplograph.TypeCountry || t == diplograph.TypeOrganization
}

// add adds one article's rows.
func (b *rowBuilder) add(x *diplograph.Extraction) {
	art := x.Article.ID
	date := strings.TrimSpace(x.Article.Date)
	from := rank(date, art)
	b.articles = append(b.articles, articleRow{
		Key: art, URL: strings.TrimSpace(x.Article.URL), Title: x.Article.Title, Date: date, Source: x.Article.Source,
	})
	b.artRels = b.artRels[:0]
	firstReport := len(b.repOrder)

	ents := map[string]resolved{}
	for _, e := range x.Entities {
		// keys come from the name as stored: without escape sequences or invisible characters
		e.Name = diplograph.CleanText(e.Name, 0)
		key := entityKey(e)
		if key == "" {
			b.out.SkippedEntities++
			continue
		}
		ents[e.ID] = resolved{Entity: e, key: key}
		switch {
		case isActor(e.Type):
			b.addActor(e, key, from)
			men := b.addMention(art, key)
			if code := countryCode(e.Country); e.Type == diplograph.TypePerson && code != "" {
				b.addActor(diplograph.Entity{Type: diplograph.TypeCountry, Code: code}, code, from)
				b.addRel(relRepresents, key, code, art, date, cleanTitle(e.Title))
				if men.Country == "" || code < men.Country {
					men.Country = code
				}
			}
		case e.Type == diplograph.TypeMeeting:
			b.addMeeting(key, cleanName(e.Name), strings.TrimSpace(e.Date), cleanName(e.Location), from)
		}
	}
	actor := func(id string) (resolved, bool) {
		r, ok := ents[id]
		return r, ok && isActor(r.Type)
	}

	// Meetings the article names: their participants attended.
	for _, e := range x.Entities {
		m, ok := ents[e.ID]
		if !ok || m.Type != diplograph.TypeMeeting {
			continue
		}
		for _, p := range e.Participants {
			if a, ok := actor(p); ok {
				b.addRel(relAttended, a.key, m.key, art, date, "")
				b.addReport(true, m.key, art, date, nil, "", "").attend(a.key)
			}
		}
	}

	answers := b.answeredAccusations(x, actor)
	for _, r := range x.Relations {
		if !r.Asserted() {
			b.out.SkippedRelations++
			continue
		}
		if r.Type == diplograph.Denied && diplograph.ClaimKey(r.Claim) == emptyClaimKey {
			// "B denied it": the denial answers the accusation against B in this article
			if src, ok := actor(r.Source); ok && answers[src.key].Claim != "" {
				r.Claim = answers[src.key].Claim
			}
		}
		sentence := r.Evidence
		if sentence == "" && r.Sentence >= 0 && r.Sentence < len(x.Sentences) {
			sentence = x.Sentences[r.Sentence]
		}
		sentence = diplograph.CleanText(sentence, maxEvidenceRunes)
		src, ok := actor(r.Source)
		if !ok {
			b.out.SkippedRelations++
			continue
		}
		switch r.Type {
		case diplograph.MetWith:
			parties := b.parties(actor, src, append([]string{r.Target}, r.With...))
			if len(parties) < 2 {
				b.out.SkippedRelations++
				continue
			}
			for i := range parties {
				for j := i + 1; j < len(parties); j++ {
					b.addRel(relMetWith, parties[i], parties[j], art, date, "")
				}
			}
			mkey := b.meetingFor(x, ents, parties, art, date, from)
			rep := b.addReport(true, mkey, art, date, &r.Sentence, sentence, r.Rule)
			for _, p := range parties {
				b.addRel(relAttended, p, mkey, art, date, "")
				rep.attend(p)
			}
			for i := range parties {
				for j := i + 1; j < len(parties); j++ {
					rep.addFact(factMet, parties[i], parties[j], r.Sentence, sentence)
				}
			}
		case diplograph.Accused, diplograph.Denied, diplograph.AgreedTo:
			ckey := b.claimFor(r, src.key, art, from)
			rep := b.addReport(false, ckey, art, date, &r.Sentence, sentence, r.Rule)
			switch r.Type {
			case diplograph.Accused:
				b.addRel(relAccused, src.key, ckey, art, date, "")
				target := ""
				if t, ok := actor(r.Target); ok {
					b.addRel(relAgainst, ckey, t.key, art, date, "")
					target = t.key
				}
				rep.addFact(factAccused, src.key, target, r.Sentence, sentence)
			case diplograph.Denied:
				b.addRel(relDenied, src.key, ckey, art, date, "")
				target := ""
				if t, ok := actor(r.Target); ok {
					b.addRel(relAbout, ckey, t.key, art, date, "")
					target = t.key
				}
				rep.addFact(factDenied, src.key, target, r.Sentence, sentence)
			case diplograph.AgreedTo:
				parties := b.parties(actor, src, append([]string{r.Target}, r.With...))
				for _, p := range parties {
					b.addRel(relAgreedTo, p, ckey, art, date, "")
				}
				if len(parties) == 1 {
					rep.addFact(factAgreed, parties[0], "", r.Sentence, sentence)
				}
				for i := range parties {
					for j := i + 1; j < len(parties); j++ {
						rep.addFact(factAgreed, parties[i], parties[j], r.Sentence, sentence)
					}
				}
			}
		default:
			b.out.SkippedRelations++
		}
	}

	// Every meeting the article names is reported in it, with the sentence of a
	// MET_WITH that belongs to it when there is one.
	for _, e := range x.Entities {
		if m, ok := ents[e.ID]; ok && m.Type == diplograph.TypeMeeting {
			b.addReport(true, m.key, art, date, nil, "", "")
		}
	}
	b.showArticle(b.articles[len(b.articles)-1], b.repOrder[firstReport:])
}

// answeredAccusations returns, per actor key, the accusation a denial by that actor with
// no claim of its own answers: the one asserted accusation of the article whose target is
// the actor or the state it belongs to, when there is exactly one such claim (with two or
// more the denial stays unspecified rather than guess).
func (b *rowBuilder) answeredAccusations(x *diplograph.Extraction, actor func(string) (resolved, bool)) map[string]diplograph.Relation {
	claims := map[string]map[string]diplograph.Relation{} // target key -> claim key -> accusation
	for _, r := range x.Relations {
		if r.Type != diplograph.Accused || !r.Asserted() || diplograph.ClaimKey(r.Claim) == emptyClaimKey {
			continue
		}
		if t, ok := actor(r.Target); ok {
			if claims[t.key] == nil {
				claims[t.key] = map[string]diplograph.Relation{}
			}
			claims[t.key][diplograph.ClaimKey(r.Claim)] = r
		}
	}
	out := map[string]diplograph.Relation{}
	for _, r := range x.Relations {
		if r.Type != diplograph.Denied || diplograph.ClaimKey(r.Claim) != emptyClaimKey {
			continue
		}
		d, ok := actor(r.Source)
		if !ok {
			continue
		}
		found := map[string]diplograph.Relation{}
		for _, k := range []string{d.key, countryCode(d.Country)} {
			for ck, acc := range claims[k] {
				found[ck] = acc
			}
		}
		if len(found) == 1 {
			for _, acc := range found {
				out[d.key] = acc
			}
		}
	}
	return out
}

// countryCode returns an ISO 3166-1 alpha-3 code in upper case, or "" when s is not one.
func countryCode(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) != 3 {
		return ""
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return ""
		}
	}
	return s
}

// parties returns the distinct actor keys of a relation's source and other parties,
// sorted, skipping ids that do not resolve to actors.
func (b *rowBuilder) parties(actor func(string) (resolved, bool), src resolved, ids []string) []string {
	set := map[string]bool{src.key: true}
	for _, id := range ids {
		if a, ok := actor(id); ok {
			set[a.key] = true
		}
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// meetingFor returns the key of the meeting a MET_WITH belongs to: a meeting the article
// names whose participants include every party, otherwise a meeting of these parties on
// the article's date, reported by this article.
func (b *rowBuilder) meetingFor(x *diplograph.Extraction, ents map[string]resolved, parties []string, art, date, from string) string {
	for _, e := range x.Entities {
		m, ok := ents[e.ID]
		if !ok || m.Type != diplograph.TypeMeeting {
			continue
		}
		has := map[string]bool{}
		for _, p := range e.Participants {
			if a, ok := ents[p]; ok {
				has[a.key] = true
			}
		}
		all := true
		for _, p := range parties {
			all = all && has[p]
		}
		if all {
			return m.key
		}
	}
	parts := append(append([]string{"met"}, parties...), date, art)
	key := "meeting:" + diplograph.Hash(parts...)[:16]
	// The name uses this article's names of the parties, so that it does not depend on
	// the other articles of the batch.
	names := make([]string, len(parties))
	for i, p := range parties {
		names[i] = p
		for _, e := range ents {
			if e.key == p && isActor(e.Type) {
				if n := cleanName(e.Name); n != "" && (names[i] == p || n < names[i]) {
					names[i] = n
				}
			}
		}
	}
	b.addMeeting(key, diplograph.CleanText("Meeting of "+strings.Join(names, " and "), maxNameRunes), date, "", from)
	return key
}

// claimFor returns the key of a relation's claim, adding its node. A relation with no
// content words in its claim gets a claim of its own (per type, source and article) so
// that unrelated empty claims do not meet at one node.
func (b *rowBuilder) claimFor(r diplograph.Relation, src, art, from string) string {
	key := diplograph.ClaimKey(r.Claim)
	text := diplograph.CleanText(r.Claim, maxClaimRunes)
	if key == emptyClaimKey {
		key = "claim:" + diplograph.Hash("unspecified", string(r.Type), src, r.Target, art)[:24]
		text = "(unspecified " + strings.ToLower(strings.ReplaceAll(string(r.Type), "_", " ")) + ")"
	}
	c, ok := b.claims[key]
	if !ok {
		c = &claimRow{Key: key}
		b.claims[key] = c
		b.cOrder = append(b.cOrder, key)
	}
	c.Text.offer(text, from)
	return key
}

var emptyClaimKey = diplograph.ClaimKey("")

func (b *rowBuilder) addActor(e diplograph.Entity, key, from string) {
	a, ok := b.actors[key]
	if !ok {
		a = &actorRow{Key: key}
		b.actors[key] = a
		b.actorTyp[key] = e.Type
		b.order = append(b.order, key)
	}
	a.Name.offer(cleanName(e.Name), from)
	switch e.Type {
	case diplograph.TypePerson:
		a.Title.offer(cleanTitle(e.Title), from)
		a.Country.offer(countryCode(e.Country), from)
		if name := cleanName(e.CanonicalName); name != "" {
			// A known actor's name wins over the names articles give, which stay aliases.
			a.Name.offer(name, knownActorRank)
			if n := cleanName(e.Name); n != name && !contains(a.Aliases, n) && len(a.Aliases) < maxAliases {
				a.Aliases = append(a.Aliases, n)
			}
		}
		if e.ResolvedFrom != "" {
			addSet(&a.ResolvedFrom, e.ResolvedFrom+": "+cleanName(e.Name))
		}
		for _, c := range e.Candidates {
			addSet(&a.Candidates, cleanName(c))
		}
	case diplograph.TypeOrganization:
		a.Country.offer(countryCode(e.Country), from)
	case diplograph.TypeCountry:
		if a.Code == "" {
			a.Code = key
		}
	}
	for i, al := range e.Aliases {
		if i >= maxAliases || len(a.Aliases) >= maxAliases {
			break
		}
		if al = cleanName(al); al != "" && !contains(a.Aliases, al) {
			a.Aliases = append(a.Aliases, al)
		}
	}
}

func (b *rowBuilder) addMeeting(key, name, date, location, from string) {
	m, ok := b.meetings[key]
	if !ok {
		m = &meetingRow{Key: key}
		b.meetings[key] = m
		b.mOrder = append(b.mOrder, key)
	}
	m.Name.offer(name, from)
	m.Date.offer(date, from)
	m.Location.offer(location, from)
}

// addMention adds a MENTIONS from an article to an actor and returns it.
func (b *rowBuilder) addMention(art, actor string) *mentionRow {
	k := [2]string{art, actor}
	if m, ok := b.mentions[k]; ok {
		return m
	}
	m := &mentionRow{Article: art, Actor: actor}
	b.mentions[k] = m
	b.menOrder = append(b.menOrder, k)
	return m
}

// addRel adds an article's contribution to a relationship.
func (b *rowBuilder) addRel(typ, from, to, art, date, title string) {
	if b.rels[typ] == nil {
		b.rels[typ] = map[[2]string]*relRow{}
	}
	k := [2]string{from, to}
	r, ok := b.rels[typ][k]
	if !ok {
		r = &relRow{From: from, To: to}
		b.rels[typ][k] = r
		b.rOrder[typ] = append(b.rOrder[typ], k)
	}
	if !contains(r.Articles, art) {
		r.Articles = append(r.Articles, art)
		if typ != relRepresents {
			b.artRels = append(b.artRels, relKey{typ, k})
		}
	}
	if date != "" && (r.First == "" || date < r.First) {
		r.First = date
	}
	if date != "" && date > r.Last {
		r.Last = date
	}
	r.Title.offer(title, rank(date, art))
}

// showArticle offers the article just added to each fact relationship it reports, with
// its sentence for the fact; reports are the keys of the article's REPORTED_IN rows.
func (b *rowBuilder) showArticle(art articleRow, reports [][2]string) {
	for _, k := range b.artRels {
		b.rels[k.typ][k.ends].Shown.offer(shownArticle{
			Article: art.Key, Date: art.Date, Title: art.Title, URL: art.URL,
			Evidence: b.factSentence(k, art.Key, reports),
		})
	}
}

// offer keeps a if it beats the article held.
func (s *shownArticle) offer(a shownArticle) {
	if a.beats(*s) {
		*s = a
	}
}

// factSentence returns the article's sentence for a fact relationship, read from the
// facts of its REPORTED_IN rows exactly as stmtStripArticle reads them from the graph:
// the smallest non-empty sentence of the pairs that make the relationship; for ATTENDED,
// of the meeting's MET_WITH pairs the actor is in, else the sentence of the meeting's
// report. "" when there is none.
func (b *rowBuilder) factSentence(k relKey, art string, reports [][2]string) string {
	from, to := k.ends[0], k.ends[1]
	switch k.typ {
	case relAccused:
		return b.reports[[2]string{to, art}].minSentence(factAccused, func(p [2]string) bool { return p[0] == from })
	case relAgainst:
		return b.reports[[2]string{from, art}].minSentence(factAccused, func(p [2]string) bool { return p[1] == to })
	case relDenied:
		return b.reports[[2]string{to, art}].minSentence(factDenied, func(p [2]string) bool { return p[0] == from })
	case relAbout:
		return b.reports[[2]string{from, art}].minSentence(factDenied, func(p [2]string) bool { return p[1] == to })
	case relAgreedTo:
		return b.reports[[2]string{to, art}].minSentence(factAgreed, func(p [2]string) bool { return p[0] == from || p[1] == from })
	case relAttended:
		rep := b.reports[[2]string{to, art}]
		if s := rep.minSentence(factMet, func(p [2]string) bool { return p[0] == from || p[1] == from }); s != "" || rep == nil {
			return s
		}
		return rep.Evidence
	case relMetWith:
		best := ""
		for _, rk := range reports {
			if !b.repKind[rk] {
				continue
			}
			if s := b.reports[rk].minSentence(factMet, func(p [2]string) bool { return p == k.ends }); s != "" && (best == "" || s < best) {
				best = s
			}
		}
		return best
	}
	return ""
}

// minSentence returns the smallest non-empty sentence of the report's facts of one type
// whose pair matches, "" when there is none.
func (r *reportRow) minSentence(typ string, match func([2]string) bool) string {
	if r == nil {
		return ""
	}
	best := ""
	for p, fs := range r.FactEvidence[typ] {
		if match(p) && fs.Text != "" && (best == "" || fs.Text < best) {
			best = fs.Text
		}
	}
	return best
}

// addReport adds a REPORTED_IN from a claim or meeting, keeping the earliest sentence;
// sentence is nil for a meeting the article names without a relation. It returns the
// row, to which the caller adds the facts the sentence states.
func (b *rowBuilder) addReport(meeting bool, from, art, date string, sentence *int, text, rule string) *reportRow {
	k := [2]string{from, art}
	if r, ok := b.reports[k]; ok {
		if sentence != nil && (r.Sentence == nil || *sentence < *r.Sentence) {
			s := *sentence
			r.Sentence, r.Evidence, r.Rule = &s, text, rule
		}
		return r
	}
	var sp *int
	if sentence != nil {
		s := *sentence
		sp = &s
	}
	r := &reportRow{From: from, Article: art, Date: date, Sentence: sp, Evidence: text, Rule: rule}
	b.reports[k] = r
	b.repKind[k] = meeting
	b.repOrder = append(b.repOrder, k)
	return r
}

func (b *rowBuilder) finish() *rows {
	out := b.out
	// Node rows sorted by key, so that concurrent writers lock them in the same order.
	sort.Strings(b.order)
	sort.Strings(b.mOrder)
	sort.Strings(b.cOrder)
	for _, k := range b.order {
		a := *b.actors[k]
		sort.Strings(a.Aliases)
		sort.Strings(a.ResolvedFrom)
		sort.Strings(a.Candidates)
		switch b.actorTyp[k] {
		case diplograph.TypePerson:
			out.Persons = append(out.Persons, a)
		case diplograph.TypeCountry:
			out.Countries = append(out.Countries, a)
		case diplograph.TypeOrganization:
			out.Organizations = append(out.Organizations, a)
		}
	}
	for _, k := range b.mOrder {
		out.Meetings = append(out.Meetings, *b.meetings[k])
	}
	for _, k := range b.cOrder {
		out.Claims = append(out.Claims, *b.claims[k])
	}
	// Relationship rows sorted by their ends, so that concurrent writers lock nodes in
	// the same order.
	out.Rels = map[string][]relRow{}
	for typ, keys := range b.rOrder {
		sort.Slice(keys, func(i, j int) bool {
			return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
		})
		for _, k := range keys {
			r := *b.rels[typ][k]
			sort.Strings(r.Articles)
			out.Rels[typ] = append(out.Rels[typ], r)
		}
	}
	for _, k := range b.repOrder {
		for _, pairs := range b.reports[k].Facts {
			sort.Slice(pairs, func(i, j int) bool {
				return pairs[i][0] < pairs[j][0] || pairs[i][0] == pairs[j][0] && pairs[i][1] < pairs[j][1]
			})
		}
		sort.Strings(b.reports[k].Attended)
		if b.repKind[k] {
			out.MeetingReports = append(out.MeetingReports, *b.reports[k])
		} else {
			out.ClaimReports = append(out.ClaimReports, *b.reports[k])
		}
	}
	for _, k := range b.menOrder {
		out.Mentions = append(out.Mentions, *b.mentions[k])
	}
	out.Articles = b.articles
	return &out
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// The store's own bounds on what it writes, whatever the extractor gives it: names,
// titles, claims and evidence are cleaned of control and format characters and cut to
// these lengths (in characters), and an actor keeps at most maxAliases aliases per batch.
const (
	maxNameRunes     = 200
	maxTitleRunes    = 120
	maxClaimRunes    = 1000
	maxEvidenceRunes = 2000
	maxAliases       = 50
)

func cleanName(s string) string  { return diplograph.CleanText(s, maxNameRunes) }
func cleanTitle(s string) string { return diplograph.CleanText(s, maxTitleRunes) }

// knownActorRank is the rank of a known actor's name: before every article's.
const knownActorRank = "0000-00-00 known actor"

// addSet adds v to the set of at most maxAliases values.
func addSet(set *[]string, v string) {
	if v != "" && !contains(*set, v) && len(*set) < maxAliases {
		*set = append(*set, v)
	}
}
