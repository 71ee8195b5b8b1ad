// Indexes the canned reports of queries/ need beyond the key constraints: the people and
// bodies that belong to a country, found by their country code.
CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country);
