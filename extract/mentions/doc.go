// Package mentions finds who and what an article names.
//
// In comes a parse.Document whose sentences are tokenized and tagged, not yet parsed.
// Recognizer.Annotate scans each sentence for gazetteer phrases, titles and capitalised
// name runs (entity_scan.go, entity_titles.go), settles which country mentions are
// parties and which only places (entity_countries.go), finds the people among the name
// runs and the later mentions that refer back to them (people.go, coref.go, with package
// identity for who a person is across articles), and the organizations, groups and
// acronyms (orgs.go, entity_*.go). Out comes the same Document with its Entities filled
// (countries "c:<ISO3>", people "p:<n>", organizations "o:<n>") and every sentence's
// Mentions marked.
package mentions
