#pragma once
// The one text shape every importer hands over, so that the same report gives the same text
// whatever its format: NFC, one paragraph per line ('\n'), white space inside a paragraph
// collapsed to single spaces, no empty paragraphs, no invisible characters (ZWSP, BOM,
// soft hyphen after decoding).

#include "importers/DocumentImporter.h"

#include <QString>
#include <QStringList>

namespace thp::Paragraphs {

// Whether the text handed over is NFC already (a decoder made it so): then it is not checked
// again, which on a large file is a pass over every character.
enum class Input { Any, Nfc };

// Normalises already-decoded text whose paragraphs are separated by line breaks
// ("\n", "\r\n", "\r", U+2028, U+2029, form feed).
QString normalize(QStringView text, Input input = Input::Any);
// The same, reusing text's buffer.
QString normalize(QString &&text, Input input = Input::Any);

// Joins paragraphs and normalises them.
QString join(const QStringList &paragraphs);

// Fills text (normalised), paragraphs and, when empty, title (first paragraph).
void fill(ImportedText &doc, QStringView text, Input input = Input::Any);
void fill(ImportedText &doc, QString &&text, Input input = Input::Any);

} // namespace thp::Paragraphs
