// A named actor's reports newest (or oldest) first: each MENTIONS carries the actor's key
// and the article's date ("" for an undated article), so that the articles that mention
// one actor are read from this index in date order, only as many as a page needs.
CREATE INDEX mentions_actor_date IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.actor, m.date);
