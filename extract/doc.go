// Package extract turns an article into facts. An Extractor runs the stages in order,
// each a package of its own, the data flowing one way:
//
//   - parse: the article (package article reads it) is cut into sentences and tokens and
//     tagged;
//   - mentions: the names in it are found (gazetteers, titles, coreference) and marked;
//   - parse again: the sentences are parsed into dependency trees (package syntax);
//   - relations: the rules read who met whom, who accused whom of what, who denied what
//     and who agreed to what, with each relation's status (asserted, planned,
//     hypothetical; negated ones are dropped), its claim and the sentence it comes from.
//
// Package lexicon holds the word lists the stages share. In comes a diplograph.Article;
// out comes a diplograph.Extraction, bounded by Limits. Nothing here knows of Neo4j.
package extract
