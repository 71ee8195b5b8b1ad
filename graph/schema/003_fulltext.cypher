// Full-text search over actor names and aliases (case and accents folded, so "Sergéi"
// finds "Sergei"), and over claim texts. actor_names, its unfolded predecessor, goes.
DROP INDEX actor_names IF EXISTS;
CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (n:Person|Country|Organization) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
