// Package article reads news articles from files, folders, JSON Lines, JSON arrays and
// standard input: text with a title, date and URL in the shape of the samples, HTML,
// and JSON records. It takes paths or readers and gives diplograph.Article values with a
// stable key, together with errors and warnings that name the file and line. It knows
// nothing of extraction or of the graph: both the extractor's command and the ingestion
// job read through it.
package article
