-- TongHop schema, migration 4 (PostgreSQL): the library's review-status filters and its review
-- and figures sorts ask, per report, how many of its facts have which status (issue #6).
-- With the facts of a report indexed by status too, they read this index only, never the
-- fact rows. It replaces facts_report: a lookup by report_id alone (the cascade on delete,
-- a report's facts) uses its first column just the same.
-- Statements end with ';' at the end of a line.
CREATE INDEX facts_report_status ON facts (report_id, status);
DROP INDEX facts_report;
