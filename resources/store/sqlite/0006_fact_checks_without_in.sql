-- TongHop schema, migration 6 (SQLite): storing facts faster (issue #4: ≥ 200,000 facts/s).
-- 1. The CHECKs on level, qualifier and status said "x IN ('a', 'b', 'c', ...)". SQLite
--    checks an IN list of more than two values by building a temporary B-tree of the list,
--    and it does so again for every single-row INSERT: three temporary B-trees per fact,
--    each with its own page cache to allocate and free, cost more than storing the fact.
--    The same rules written as "x = 'a' OR x = 'b' ..." are plain comparisons.
-- 2. facts_province (facts (province)) is read by no query: figures entered by hand are
--    found through facts_report_status (report_id IS NULL), comparisons read
--    facts_compare. Every insert paid for it.
-- 3. The foreign key on report_id is checked when the transaction commits (DEFERRABLE
--    INITIALLY DEFERRED) instead of after each statement. An import writes a report's facts
--    several to an INSERT; an immediate check made SQLite keep a copy of every page such a
--    statement changes, to be able to undo that statement alone. A fact of a missing report
--    still never gets in: the COMMIT fails and the transaction is rolled back.
--    ON DELETE CASCADE is unchanged.
-- SQLite cannot change a CHECK or a foreign key in place: the table is rebuilt (the documented
-- "make other kinds of table schema changes" procedure). Ids and the AUTOINCREMENT
-- counter are kept (fact_history refers to fact ids). Statements end with ';' at the
-- end of a line.
CREATE TABLE facts_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id INTEGER REFERENCES reports (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    metric TEXT NOT NULL CHECK (metric <> ''),
    level TEXT NOT NULL CHECK (level = 'central' OR level = 'province' OR level = 'district' OR level = 'grassroots'
                               OR level = 'cell' OR level = 'all'),
    value REAL NOT NULL,
    qualifier TEXT NOT NULL CHECK (qualifier = 'exact' OR qualifier = 'approx' OR qualifier = 'at_least'
                                   OR qualifier = 'projected'),
    period_from INTEGER,
    period_to INTEGER,
    unit TEXT NOT NULL DEFAULT '',
    span_start INTEGER,
    span_end INTEGER,
    source_text TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1,
    rule_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status = 'extracted' OR status = 'confirmed' OR status = 'edited' OR status = 'rejected'
                                OR status = 'entered'),
    province TEXT,
    changed_by TEXT,
    changed_at TEXT,
    revision INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    sub_unit TEXT,
    CHECK ((period_from IS NULL) = (period_to IS NULL)),
    CHECK (report_id IS NOT NULL OR status = 'entered')
);
INSERT INTO facts_new (id, report_id, metric, level, value, qualifier, period_from, period_to, unit, span_start, span_end,
                       source_text, confidence, rule_id, status, province, changed_by, changed_at, revision, warnings, sub_unit)
    SELECT id, report_id, metric, level, value, qualifier, period_from, period_to, unit, span_start, span_end,
           source_text, confidence, rule_id, status, province, changed_by, changed_at, revision, warnings, sub_unit
    FROM facts ORDER BY id;
-- The counter may be past the largest id left (the newest facts deleted): never reuse an id.
DELETE FROM sqlite_sequence WHERE name = 'facts_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'facts_new', seq FROM sqlite_sequence WHERE name = 'facts';
DROP TABLE facts;
ALTER TABLE facts_new RENAME TO facts;
CREATE INDEX facts_compare ON facts (metric, level, status, qualifier, report_id, period_from, period_to, value,
                                     province, changed_by, changed_at);
CREATE INDEX facts_report_status ON facts (report_id, status);
