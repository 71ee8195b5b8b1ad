// A claim's parties and reports in order: each fact relationship of a claim and each
// REPORTED_IN of a claim carries the claim's key (`claim`), so that a report reads, per
// claim, the actors with the most articles from the first and the claim's first, last and
// latest denied reports from the second, only as many as it shows.
CREATE INDEX accused_claim_count IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.claim, r.article_count);
CREATE INDEX against_claim_count IF NOT EXISTS FOR ()-[r:AGAINST]-() ON (r.claim, r.article_count);
CREATE INDEX denied_claim_count IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.claim, r.article_count);
CREATE INDEX agreed_to_claim_count IF NOT EXISTS FOR ()-[r:AGREED_TO]-() ON (r.claim, r.article_count);
CREATE INDEX reported_claim_date IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.claim, r.date);
// The claims by their latest denied report (Claim.denied_last), newest first.
CREATE INDEX claim_denied_last IF NOT EXISTS FOR (n:Claim) ON (n.denied_last);
