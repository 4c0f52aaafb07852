-- TongHop schema, migration 5: a figure entered by hand may be a committee's below the
-- province (Thành ủy Nam Định, a district committee), as a report by such a committee is
-- (reports.sub_unit, migration 2). Extracted facts leave it NULL: their report says it.
-- Comparisons keep such figures in rows of their own and never sum them with the province's.
-- Statements end with ';' at the end of a line.
ALTER TABLE facts ADD COLUMN sub_unit TEXT;
