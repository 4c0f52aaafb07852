-- TongHop schema, migration 7: the library sorts report titles in Vietnamese order
-- (a < ă < â, d < đ, o < ô < ơ, u < ư; tones after letters). A database orders text by its
-- own rules, so each report keeps its title's ICU sort key (VietnameseOrder), which any
-- database orders as bytes. Filled for stored reports by the program after this step.
-- Statements end with ';' at the end of a line.
ALTER TABLE reports ADD COLUMN title_key BLOB;
