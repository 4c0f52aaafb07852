-- TongHop schema, migration 8: a number that grows with every change to the reports a
-- comparison reads (a report added or removed, or its year, import time, province,
-- committee, 2025 province or title changed), on any connection. A comparison keeps those
-- fields of every report in memory between runs (CompareCache) and reads them again only
-- when this number has moved, so it never uses a stale province or title.
-- Statements end with ';' at the end of a line.
CREATE TABLE reports_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO reports_version (id, version) VALUES (1, 0);
CREATE TRIGGER reports_version_insert AFTER INSERT ON reports
BEGIN UPDATE reports_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER reports_version_delete AFTER DELETE ON reports
BEGIN UPDATE reports_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER reports_version_update
AFTER UPDATE OF id, report_year, imported_at, province, province_2025, sub_unit, title ON reports
BEGIN UPDATE reports_version SET version = version + 1 WHERE id = 1; END;
