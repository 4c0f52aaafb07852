-- TongHop schema, migration 6 (PostgreSQL): facts_province (facts (province)) is read by no
-- query (figures entered by hand are found through facts_report_status, comparisons read
-- facts_compare), and every insert paid for it. The SQLite step also rewrites the CHECKs of
-- facts, which costs nothing on PostgreSQL. Statements end with ';' at the end of a line.
DROP INDEX IF EXISTS facts_province;
