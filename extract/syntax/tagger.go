package syntax

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

// Tagger is prose's averaged perceptron part-of-speech model, read from the model files
// prose ships and held in a form that is fast to score: for every feature, the weights
// of the classes it votes for, by class index. It predicts Penn Treebank tags. The model
// is only read, so one Tagger serves every goroutine.
type Tagger struct {
	classes []string
	// tagMap holds the words that always take one tag.
	tagMap  map[string]string
	weights map[string][]classWeight
}

type classWeight struct {
	class  int
	weight float64
}

// LoadTagger decodes prose's AveragedPerceptron model files.
func LoadTagger() (*Tagger, error) {
	var classes []string
	var tags map[string]string
	var weights map[string]map[string]float64
	for _, f := range []struct {
		name string
		into any
	}{{"classes.gob", &classes}, {"tags.gob", &tags}, {"weights.gob", &weights}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + f.name)
		if err != nil {
			return nil, fmt.Errorf("read tagging model %s: %w", f.name, err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(f.into); err != nil {
			return nil, fmt.Errorf("decode tagging model %s: %w", f.name, err)
		}
	}
	index := make(map[string]int, len(classes))
	for i, c := range classes {
		index[c] = i
	}
	for w, t := range nounsOnly {
		tags[w] = t
	}
	p := &Tagger{classes: classes, tagMap: tags, weights: make(map[string][]classWeight, len(weights))}
	for feat, byClass := range weights {
		ws := make([]classWeight, 0, len(byClass))
		for c, w := range byClass {
			i, ok := index[c]
			if !ok {
				i = len(p.classes)
				index[c] = i
				p.classes = append(p.classes, c)
			}
			ws = append(ws, classWeight{class: i, weight: w})
		}
		p.weights[feat] = ws
	}
	return p, nil
}

var (
	noneTag = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepTag = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// nounsOnly are words of the news the tagging model reads as verbs after a name ("Xi's
// counterpart met"), though they are never verbs.
var nounsOnly = map[string]string{"counterpart": "NN", "counterparts": "NNS"}

// Tag returns the Penn Treebank tags of a sentence's words, read left to right with the
// two previous tags as context, the way the model was trained.
func (p *Tagger) Tag(words []string) []string {
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalizeWord(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	tags := make([]string, len(words))
	scores := make([]float64, len(p.classes))
	touched := make([]bool, len(p.classes))
	var key []byte
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		var tag string
		switch {
		case w == "-":
			tag = "-"
		case strings.ContainsAny(w, ".:/@") && (commonregex.LinkRegex.MatchString(w) || commonregex.EmailRegex.MatchString(w)) ||
			strings.HasPrefix(w, "@"):
			tag = "NN"
		case (w[0] == '0' || w[0] == '*') && noneTag.MatchString(w):
			tag = "-NONE-"
		case w[0] == '-' && keepTag.MatchString(w):
			tag = w
		default:
			if t, ok := p.tagMap[w]; ok {
				tag = t
			} else {
				tag, key = p.predict(i, ctx, w, p1, p2, scores, touched, key)
			}
		}
		tags[i] = tag
		p2, p1 = p1, tag
	}
	verbless(words, tags)
	mendTags(words, tags)
	return tags
}

// mendTags corrects tags both taggers get wrong in the same way.
func mendTags(words, tags []string) {
	pastNotNoun(words, tags)
	prefixedNames(words, tags)
	phraseVerbs(words, tags)
}

// idiomVerbs are the verbs of fixed phrases, by the noun after them ("stand trial", read
// as a compound noun: "requested that the leader stand trial"), with the tag of each form.
var idiomVerbs = map[string]map[string]string{
	"trial": {"stand": "VB", "stands": "VBZ", "stood": "VBD", "standing": "VBG"},
}

// phraseVerbs tags the verb of such a phrase as a verb.
func phraseVerbs(words, tags []string) {
	for i := 0; i+1 < len(words); i++ {
		if forms, ok := idiomVerbs[strings.ToLower(words[i+1])]; ok {
			if t, ok := forms[strings.ToLower(words[i])]; ok {
				tags[i] = t
			}
		}
	}
}

// namePrefixes are the prefixes of a title or name held before or after the time told
// of: "then-Secretary of State B", "ex-President B".
var namePrefixes = []string{"then-", "ex-", "former-", "late-"}

// prefixedNames tags a capitalised title or name with such a prefix as a proper noun,
// as the taggers tag it without one.
func prefixedNames(words, tags []string) {
	for i, w := range words {
		if tags[i] == "NNP" {
			continue
		}
		lw := strings.ToLower(w)
		for _, p := range namePrefixes {
			if len(w) > len(p) && strings.HasPrefix(lw, p) && unicode.IsUpper(rune(w[len(p)])) {
				tags[i] = "NNP"
				break
			}
		}
	}
}

// pastForms are past tenses that are also nouns ("a spoke"), read as nouns by the
// taggers where the verb is meant.
var pastForms = map[string]bool{"spoke": true}

// pastNotNoun tags such a past tense as the verb after a name, a pronoun or a comma:
// "Kang spoke by phone with B", "Obama, who was in Laos, spoke with B".
func pastNotNoun(words, tags []string) {
	for i := 1; i < len(words); i++ {
		if pastForms[strings.ToLower(words[i])] && strings.HasPrefix(tags[i], "NN") &&
			(tags[i-1] == "NNP" || tags[i-1] == "NNPS" || tags[i-1] == "PRP" || words[i-1] == ",") {
			tags[i] = "VBD"
		}
	}
}

// verbless gives a sentence the tagger left without a finite verb its verb: a word in
// -ed read as an adjective or participle right after a name or a pronoun that begins the
// sentence ("Chile imposed sanctions on Peru").
func verbless(words, tags []string) {
	for _, t := range tags {
		if t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return
		}
	}
	for i := 1; i+1 < len(words); i++ {
		if (tags[i] == "JJ" || tags[i] == "VBN") && strings.HasSuffix(words[i], "ed") &&
			(tags[i-1] == "NNP" || tags[i-1] == "NNPS" || tags[i-1] == "PRP") && strings.HasPrefix(tags[i+1], "NN") {
			for j := 0; j < i; j++ {
				if !strings.HasPrefix(tags[j], "NNP") && tags[j] != "PRP" && tags[j] != "DT" {
					return
				}
			}
			tags[i] = "VBD"
			return
		}
	}
}

// predict scores the features of word w at position i and returns the best class.
func (p *Tagger) predict(i int, ctx []string, w, p1, p2 string, scores []float64, touched []bool, key []byte) (string, []byte) {
	for c := range scores {
		scores[c] = 0
		touched[c] = false
	}
	i += 2
	add := func(parts ...string) {
		key = key[:0]
		for n, s := range parts {
			if n > 0 {
				key = append(key, ' ')
			}
			key = append(key, s...)
		}
		for _, cw := range p.weights[string(key)] {
			scores[cw.class] += cw.weight
			touched[cw.class] = true
		}
	}
	add("bias")
	add("i suffix", suffix3(w))
	add("i pref1", string(rune(w[0])))
	add("i-1 tag", p1)
	add("i-2 tag", p2)
	add("i tag+i-2 tag", p1, p2)
	add("i word", ctx[i])
	add("i-1 tag+i word", p1, ctx[i])
	add("i-1 word", ctx[i-1])
	add("i-1 suffix", suffix3(ctx[i-1]))
	add("i-2 word", ctx[i-2])
	add("i+1 word", ctx[i+1])
	add("i+1 suffix", suffix3(ctx[i+1]))
	add("i+2 word", ctx[i+2])
	// only the classes some feature voted for compete, as in training
	best, bestScore := -1, 0.0
	for c, s := range scores {
		if touched[c] && (best < 0 || s > bestScore) {
			best, bestScore = c, s
		}
	}
	if best < 0 {
		return "", key
	}
	return p.classes[best], key
}

// suffix3 returns the last three bytes of s (all of it when shorter).
func suffix3(s string) string {
	if len(s) <= 3 {
		return s
	}
	return s[len(s)-3:]
}

// normalizeWord maps a word to the form the model's context features use: hyphenated
// words, years and numbers to classes, everything else to lower case.
func normalizeWord(w string) string {
	switch {
	case w == "":
		return w
	case strings.Contains(w, "-") && w[0] != '-':
		return "!HYPHEN"
	case len(w) == 4 && isInt(w):
		return "!YEAR"
	case w[0] >= '0' && w[0] <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

func isInt(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}
