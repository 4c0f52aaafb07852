-- TongHop schema, migration 2 (SQLite): comparisons read only indexes (issue #4: one metric
-- over 1,000,000 facts in ≤ 50 ms). Statements end with ';' at the end of a line.

-- The committee below the province whose figures a report gives ('' = the province's own);
-- filled by the program (store::subProvincialUnit) for reports already stored.
ALTER TABLE reports ADD COLUMN sub_unit TEXT NOT NULL DEFAULT '';

-- Every column CompareQuery reads from facts, after the columns it filters on: the fact
-- rows themselves are never visited.
DROP INDEX facts_compare;
CREATE INDEX facts_compare ON facts (metric, level, status, qualifier, report_id, period_from, period_to, value,
                                     province, changed_by, changed_at);

-- The report columns a comparison needs, keyed by id. Without it every candidate fact
-- reads its report's row, and imported_at lies after the long text (overflow pages).
CREATE INDEX reports_compare ON reports (id, report_year, imported_at, province, province_2025, sub_unit, title);
