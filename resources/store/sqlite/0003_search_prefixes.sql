-- TongHop schema, migration 3 (SQLite): the search index also keeps 2- and 3-letter
-- prefixes. The last word of a search is a prefix (search as you type); without this index
-- FTS5 merged the lists of every word starting so ("tri*": tri, trien, trinh, truong ...),
-- which took most of a search's time over 100,000 reports (issue #4: ≤ 100 ms).
-- The folded texts are copied over from the old index, not folded again.
CREATE VIRTUAL TABLE reports_fts_new USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO reports_fts_new (rowid, title, body) SELECT rowid, title, body FROM reports_fts;
DROP TABLE reports_fts;
ALTER TABLE reports_fts_new RENAME TO reports_fts;
