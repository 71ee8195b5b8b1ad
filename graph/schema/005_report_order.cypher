// The reports list facts newest first and within date windows from these indexes: each
// REPORTED_IN carries the article's date once per fact type the article states about the
// claim or meeting (an undated article as ""), so ORDER BY ... LIMIT reads only the rows
// asked for.
CREATE INDEX reported_date IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.date);
CREATE INDEX reported_accused_on IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.accused_on);
CREATE INDEX reported_denied_on IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.denied_on);
CREATE INDEX reported_agreed_on IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.agreed_on);
CREATE INDEX reported_met_on IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.met_on);
