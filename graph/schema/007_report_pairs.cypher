// Reports between two sides newest (or oldest) first: each REPORTED_PAIR carries the pair
// of sides a fact of its article is between ("RUS*|UKR*") and the article's date, so that
// the reports between two named sides are read from this index in date order, only as
// many as a page needs.
CREATE INDEX reported_pair_date IF NOT EXISTS FOR ()-[p:REPORTED_PAIR]-() ON (p.pair, p.date);
