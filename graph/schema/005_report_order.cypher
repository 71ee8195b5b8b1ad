// The reports list facts newest first and within date windows from these indexes: each
// REPORTED_IN carries the article's date once per fact type the article states about the
// claim or meeting (an undated article as ""), so ORDER BY ... LIMIT reads only the rows
// asked for.
CREATE INDEX reported_date IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.date);
CREATE INDEX reported_accused_on IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.accused_on);
CREATE INDEX reported_denied_on IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.denied_on);
CREATE INDEX reported_agreed_on IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.agreed_on);
CREATE INDEX reported_met_on IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.met_on);
// The counts reports rank by, kept at write time: the pairs that met most, and per fact
// type the actors with the most reports.
CREATE INDEX met_with_article_count IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.article_count);
CREATE INDEX actor_reports_met_with IF NOT EXISTS FOR (n:Actor) ON (n.reports_met_with);
CREATE INDEX actor_reports_accused IF NOT EXISTS FOR (n:Actor) ON (n.reports_accused);
CREATE INDEX actor_reports_denied IF NOT EXISTS FOR (n:Actor) ON (n.reports_denied);
CREATE INDEX actor_reports_agreed_to IF NOT EXISTS FOR (n:Actor) ON (n.reports_agreed_to);
