// Full-text search over actor names and aliases, and over claim texts.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Person|Country|Organization) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
