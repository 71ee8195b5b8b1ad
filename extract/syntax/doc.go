// Package syntax turns the words of a sentence into a dependency tree. It takes words
// and the Penn Treebank tags prose's tagger gives them (Tagger, also here) and returns,
// for every word, its head and its Universal Dependencies relation (Parser, with its
// model embedded). It also reads and writes CoNLL-U and scores a parse against a
// treebank the way the CoNLL 2018 evaluation does. Training lives apart, in package
// train.
package syntax
