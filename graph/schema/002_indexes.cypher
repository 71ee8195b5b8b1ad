// Look-ups by what a person types, and by date.
CREATE INDEX actor_name_lc IF NOT EXISTS FOR (n:Actor) ON (n.name_lc);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX article_extractor_version IF NOT EXISTS FOR (n:Article) ON (n.extractor_version);
