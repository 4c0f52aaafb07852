-- TongHop schema, migration 1 (SQLite). Statements end with ';' at the end of a line.
-- Reference data (provinces, metrics) is filled by the program from its resources.

CREATE TABLE provinces (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    ascii TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '',
    valid_from INTEGER,
    valid_to INTEGER,
    merged_into_2025 TEXT,
    region TEXT,
    capital TEXT
);

CREATE TABLE metrics (
    key TEXT PRIMARY KEY,
    family TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('count', 'rate')),
    unit TEXT NOT NULL DEFAULT '',
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    part_of TEXT
);

CREATE TABLE reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    content_hash TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    report_date TEXT,
    report_year INTEGER,
    province TEXT,
    province_2025 TEXT,
    unit TEXT,
    term TEXT,
    documents TEXT NOT NULL DEFAULT '[]',
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    pages INTEGER NOT NULL DEFAULT 0,
    paragraphs INTEGER NOT NULL DEFAULT 0,
    ocr INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX reports_province ON reports (province, report_year);
CREATE INDEX reports_province_2025 ON reports (province_2025, report_year);

CREATE TABLE facts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id INTEGER REFERENCES reports (id) ON DELETE CASCADE,
    metric TEXT NOT NULL CHECK (metric <> ''),
    level TEXT NOT NULL CHECK (level IN ('central', 'province', 'district', 'grassroots', 'cell', 'all')),
    value REAL NOT NULL,
    qualifier TEXT NOT NULL CHECK (qualifier IN ('exact', 'approx', 'at_least', 'projected')),
    period_from INTEGER,
    period_to INTEGER,
    unit TEXT NOT NULL DEFAULT '',
    span_start INTEGER,
    span_end INTEGER,
    source_text TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1,
    rule_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('extracted', 'confirmed', 'edited', 'rejected', 'entered')),
    province TEXT,
    changed_by TEXT,
    changed_at TEXT,
    revision INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    CHECK ((period_from IS NULL) = (period_to IS NULL)),
    CHECK (report_id IS NOT NULL OR status = 'entered')
);
CREATE INDEX facts_report ON facts (report_id);
CREATE INDEX facts_compare ON facts (metric, level, period_from, period_to);
CREATE INDEX facts_province ON facts (province);

-- Who changed which fact, when, from what to what (JSON of the fact before and after).
CREATE TABLE fact_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    fact_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX fact_history_fact ON fact_history (fact_id);

-- Full-text search; rowid = reports.id; columns hold Normalizer::searchFold() text
-- because unicode61 never folds đ to d.
CREATE VIRTUAL TABLE reports_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
