#pragma once
// Bytes of unknown encoding -> Unicode. Knows the BOMs, UTF-16 without BOM (NUL pattern),
// strict UTF-8, windows-1258 (ICU converter + NFC; ICU's detector does not know it), TCVN3
// and VNI (bundled tables). Legacy candidates are told apart by decoding each and scoring
// how Vietnamese the result reads; ICU's charset detector names anything else.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace thp {

struct DecodedText {
    bool ok = false;
    QString text;      // NFC
    QString encoding;  // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1258", "TCVN3", "VNI", or an ICU name
    QStringList warnings;
    QString error;
};

class TextDecoder
{
public:
    // forcedEncoding (any case, aliases "utf8", "cp1258", "abc", ...) overrides detection.
    static DecodedText decode(const QByteArray &bytes, const QString &forcedEncoding = {});

    // Detection only: the canonical encoding name for these bytes.
    static QString detect(const QByteArray &bytes, QStringList *warnings = nullptr);

    // Decodes with a known encoding (canonical name or ICU name), NFC. Sets *error when the
    // encoding is unknown and *lossy when bytes were invalid in it.
    static QString decodeAs(const QByteArray &bytes, const QString &encoding, bool *lossy = nullptr,
                            QString *error = nullptr);

    // Canonical name for a user-supplied or <meta charset> name, empty if unknown.
    static QString canonicalName(const QString &name);

    // Text that is already Unicode but reads like TCVN3/VNI bytes shown as windows-1252
    // ("Kinh nghiÖm", "Vieät Nam"): a .docx whose fonts were renamed, an old web page with
    // <font face=".VnTime">. Converts it when that reading is clearly Vietnamese; returns the
    // legacy encoding's name, or empty when the text was left alone.
    static QString repairLegacyText(QString &text);

    // Strict UTF-8 (no overlong forms, no surrogates)? Stops at the first bad byte.
    static bool isUtf8(const QByteArray &bytes);

    // UTF-16 with or without BOM? Returns "UTF-16LE"/"UTF-16BE" or empty.
    static QString utf16Kind(const QByteArray &head);
    // Share of control characters / replacement characters: high means binary, not text.
    static bool looksBinary(QStringView decoded);
};

} // namespace thp
