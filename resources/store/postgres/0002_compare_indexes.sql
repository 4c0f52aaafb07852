-- TongHop schema, migration 2 (PostgreSQL): comparisons read only indexes where they can.
-- Statements end with ';' at the end of a line.

-- The committee below the province whose figures a report gives ('' = the province's own);
-- filled by the program (store::subProvincialUnit) for reports already stored.
ALTER TABLE reports ADD COLUMN sub_unit TEXT NOT NULL DEFAULT '';

DROP INDEX facts_compare;
CREATE INDEX facts_compare ON facts (metric, level, status, qualifier, report_id, period_from, period_to, value,
                                     province, changed_by, changed_at);
