// Package relations reads who met whom, who accused whom of what, who denied what and
// who agreed to what.
//
// In comes a parsed parse.Document with its entities and mentions marked (packages
// parse and mentions). Find runs every rule over the sentences in reading order, so
// that a denial can answer an accusation made before it. Each sentence is read through
// a view (actors.go): its words, the mention under each token, and the actors a phrase
// refers to (names, pronouns, office holders, "the two sides"). The rules are patterns
// on the dependency tree, kept as data in patterns/ and matched by treematch.go
// (relation_tree.go), and token-window rules for what the patterns do not cover yet
// (relation_met.go, relation_accused.go, relation_reported.go, relation_denied.go,
// relation_agreed.go). Each relation carries its status from modality.go (asserted,
// planned, hypothetical or negated) and its claim (claims.go). Out come the Found
// relations; Reported turns them into the diplograph.Relations an extraction gives and
// FindMeetings into its meeting entities.
package relations
