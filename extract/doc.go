// Package extract turns an article into facts. An article (package article) is split
// into sentences and tokens, tagged and, once the names in it are found (gazetteers,
// titles, coreference), parsed into dependency trees (package syntax). Relation rules
// then read who met whom, who accused whom of what, who denied what and who agreed to
// what: patterns on the tree kept as data in patterns/, and token-window rules for what
// the patterns do not cover yet. Each relation carries its status (asserted, planned,
// hypothetical; negated ones are dropped), its claim and the sentence it comes from. Out
// comes a diplograph.Extraction; nothing here knows of Neo4j.
package extract
