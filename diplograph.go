// Package diplograph holds the domain of the knowledge graph: articles, the actors and
// events found in them, the relations between those, and the small interfaces at which
// the extractor, the graph store and the command meet. It depends on the standard
// library only.
package diplograph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// Article is one news article as read from a file, a JSON Lines record or stdin.
type Article struct {
	// ID is the article's stable key: a hash of its normalised title and body, so that
	// the same article read twice, from anywhere, has the same ID.
	ID string `json:"id"`
	// Title is the headline, without markup.
	Title string `json:"title,omitempty"`
	// Date is the publication date as YYYY-MM-DD, or empty when unknown.
	Date string `json:"date,omitempty"`
	// URL is the article's original address, with stray white space removed.
	URL string `json:"url,omitempty"`
	// Source is the path (or "-" for stdin, "path:line" for JSON Lines) it was read from.
	Source string `json:"source,omitempty"`
	// Body is the article text below the title and date.
	Body string `json:"-"`
}

// EntityType names the kind of an entity in an extraction.
type EntityType string

// The entity types of the graph model.
const (
	TypePerson       EntityType = "Person"
	TypeCountry      EntityType = "Country"
	TypeOrganization EntityType = "Organization"
	TypeMeeting      EntityType = "Meeting"
)

// Entity is an actor (person, country, organization) or a meeting found in an article.
type Entity struct {
	// ID is the extraction's own id for the entity ("c:RUS", "p:1"); relations refer to it.
	ID   string     `json:"id"`
	Type EntityType `json:"type"`
	// Name is the fullest name the article gives.
	Name string `json:"name"`
	// Code is a country's ISO 3166-1 alpha-3 code.
	Code string `json:"code,omitempty"`
	// Title is a person's office as the article states it ("Foreign Minister").
	Title string `json:"title,omitempty"`
	// Country is the alpha-3 code of the state a person or organization belongs to.
	Country string `json:"country,omitempty"`
	// Aliases are the other names the article uses for the entity.
	Aliases []string `json:"aliases,omitempty"`
	// Date (YYYY-MM-DD) and Location of a meeting, when stated.
	Date     string `json:"date,omitempty"`
	Location string `json:"location,omitempty"`
	// Participants are the entity ids of a meeting's parties.
	Participants []string `json:"participants,omitempty"`
	// Canonical is a person's key across articles, from the name and the known actors
	// (extract/identity); it is the person's key in the graph.
	Canonical string `json:"canonical,omitempty"`
	// CanonicalName is the name of the known actor the person resolved to.
	CanonicalName string `json:"canonical_name,omitempty"`
	// ResolvedFrom says how the person resolved to the known actor: "name", "alias",
	// "first and last name" or "surname".
	ResolvedFrom string `json:"resolved_from,omitempty"`
	// Candidates are the known actors a surname could name when more than one fits the
	// article, so that it was left a person of its own.
	Candidates []string `json:"candidates,omitempty"`
}

// Key is the entity's key in the graph, the same for the same actor in every article:
// the alpha-3 code for a country, the canonical key of a person (else a slug of the
// name), a slug of the name for organizations, and a
// hash of name, date and location for a meeting. A key longer than MaxKeyBytes ends in
// a hash instead of the rest of the name (BoundKey).
func (e Entity) Key() string {
	switch e.Type {
	case TypeCountry:
		return BoundKey(strings.ToUpper(e.Code))
	case TypePerson:
		if e.Canonical != "" {
			return BoundKey(e.Canonical)
		}
		return BoundKey("person:" + Slug(e.Name))
	case TypeOrganization:
		if e.Country != "" {
			return BoundKey("org:" + Slug(e.Name) + ":" + strings.ToLower(e.Country))
		}
		return BoundKey("org:" + Slug(e.Name))
	case TypeMeeting:
		return "meeting:" + Hash(Slug(e.Name), e.Date, Slug(e.Location))[:16]
	}
	return BoundKey(string(e.Type) + ":" + Slug(e.Name))
}

// RelationType names one of the four relations the extractor finds.
type RelationType string

// The relation types.
const (
	MetWith  RelationType = "MET_WITH"
	Accused  RelationType = "ACCUSED"
	Denied   RelationType = "DENIED"
	AgreedTo RelationType = "AGREED_TO"
)

// RelationTypes lists every relation type, in report order.
var RelationTypes = []RelationType{MetWith, Accused, Denied, AgreedTo}

// Status says whether a relation is asserted by the text or only planned or hypothetical.
type Status string

// Relation statuses. Only asserted relations are written by default.
const (
	Asserted     Status = "asserted"
	Planned      Status = "planned"
	Hypothetical Status = "hypothetical"
)

// Relation is one fact found in an article, with the sentence it comes from.
type Relation struct {
	Type RelationType `json:"type"`
	// Source is the entity id of the party that met, accused, denied or agreed.
	Source string `json:"source"`
	// Target is the other party of a meeting, the accused of an accusation, or whom a
	// denied claim is about.
	Target string `json:"target,omitempty"`
	// With lists the other parties of an agreement.
	With []string `json:"with,omitempty"`
	// Claim is the content of an accusation, denial or agreement, in the article's words.
	Claim string `json:"claim,omitempty"`
	// Sentence is the 0-based index of the body sentence (the title is -1).
	Sentence int `json:"sentence"`
	// Evidence is the text of that sentence.
	Evidence string `json:"evidence,omitempty"`
	// Rule names the extraction rule that produced the relation.
	Rule string `json:"rule,omitempty"`
	// Status is asserted, planned or hypothetical; empty means asserted.
	Status Status `json:"status,omitempty"`
}

// Asserted reports whether the text states the relation as having happened.
func (r Relation) Asserted() bool { return r.Status == "" || r.Status == Asserted }

// Extraction is everything found in one article: the line of `diplograph extract`.
type Extraction struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	// Sentences are the body sentences the relations' indexes refer to (not printed).
	Sentences []string `json:"-"`
}

// Entity returns the entity with the given extraction id, or false.
func (x *Extraction) Entity(id string) (Entity, bool) {
	for _, e := range x.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return Entity{}, false
}

// Extractor turns an article into facts. Implementations are safe for concurrent use.
type Extractor interface {
	Extract(a Article) (*Extraction, error)
}

// Store is where extractions are written: the Neo4j graph.
type Store interface {
	// Write stores the extractions idempotently; each article lands entirely or not at all.
	Write(ctx context.Context, xs []*Extraction) error
}

// Slug folds a name to lower-case words of letters and digits joined by '-'.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range foldAccents(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '\u2019' || r == '.':
			// "U.S." -> "us", "Ukraine's" -> "ukraines"
		default:
			dash = true
		}
	}
	return b.String()
}

// Hash returns the hex SHA-256 of the parts joined by a unit separator.
func Hash(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return hex.EncodeToString(h[:])
}

var accents = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ç': 'c', 'è': 'e', 'é': 'e',
	'ê': 'e', 'ë': 'e', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o',
	'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y',
	'ÿ': 'y', 'ş': 's', 'ș': 's', 'ţ': 't', 'ț': 't', 'ğ': 'g', 'ı': 'i', 'ł': 'l', 'ž': 'z',
	'š': 's', 'č': 'c', 'ć': 'c', 'ř': 'r', 'ě': 'e', 'ő': 'o', 'ű': 'u',
}

func foldAccents(s string) string {
	return strings.Map(func(r rune) rune {
		if a, ok := accents[unicode.ToLower(r)]; ok {
			return a
		}
		return r
	}, s)
}

// claimStop lists words that carry no content in a claim.
var claimStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of to in on at by for from with into onto over under about
	against between among through during before after and or but nor so yet its it their them they
	his her he she him we us our you your i me my this that these those there here which who whom
	whose what when where is are was were be been being has have had do does did will would shall
	should can could may might must as than then also any some such own same other more most very
	just`) {
		claimStop[w] = true
	}
}

// ClaimKey is the graph key of a claim: a hash of its lower-cased content words in order,
// so that an accusation and the denial of the same words meet at one Claim node.
func ClaimKey(text string) string {
	words := strings.FieldsFunc(strings.ToLower(foldAccents(text)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	kept := words[:0]
	for _, w := range words {
		if !claimStop[w] {
			kept = append(kept, w)
		}
	}
	return "claim:" + Hash(strings.Join(kept, " "))[:24]
}
