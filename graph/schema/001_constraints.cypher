// Every node has a unique key; MERGE on a key is safe for concurrent writers only with
// these constraints in place.
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT country_key IF NOT EXISTS FOR (n:Country) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (n:Actor) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT meeting_key IF NOT EXISTS FOR (n:Meeting) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (n:Claim) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
