// Package lexicon holds the word lists the stages share: abbreviations that do not end a
// sentence, negators, modal and reporting words, pronouns, and the words that trigger
// or block each relation. In come the embedded data files of this folder (*.txt, one
// word list a section); out comes Words, built once when the program starts and only
// read after.
package lexicon
