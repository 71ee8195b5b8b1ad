// Package parse reads an article's text into the form every later stage reads.
//
// In comes a diplograph.Article. NewDocument cuts its title and body into sentences
// (segment.go; no sentence longer than MaxSentenceTokens tokens, no word longer than
// MaxWordBytes bytes: limits.go), splits each sentence into tokens (wordsplit.go) and
// tags them with their part of speech (tokens.go). Out comes a Document of Sentences of
// Tokens (document.go). The names in it are found next (package mentions, which fills
// Document.Entities and Sentence.Mentions); then Tagger.Parse gives every token its head
// and dependency relation with the parser of package syntax, the words of a name read as
// proper nouns. The relation rules (package relations) read the parsed Document.
package parse
