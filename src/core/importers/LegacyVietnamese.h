#pragma once
// The two pre-Unicode Vietnamese encodings still found in old reports: TCVN3 (ABC, fonts
// ".VnTime") and VNI-Windows (fonts "VNI-Times"). Built from the reference tables bundled
// as resources (:/tonghop/encodings/*.tsv): decode map = rows with direction "both",
// bytes not covered decode as windows-1252.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <vector>

namespace thp {

class LegacyCodec
{
public:
    enum class Kind { Tcvn3, Vni };

    static const LegacyCodec &tcvn3();
    static const LegacyCodec &vni();

    Kind kind() const { return m_kind; }
    QString name() const; // "TCVN3" or "VNI"
    bool isValid() const { return m_valid; } // false if the table resource could not be read

    // Decodes legacy bytes (never strip U+00AD first: in TCVN3 byte AD is the letter ư).
    QString decode(const QByteArray &bytes) const;
    // Decodes text whose code points stand for bytes, as stored in a .docx run with a legacy
    // font: U+0000..U+00FF and the windows-1252 specials (U+20AC, U+201C, ...) are bytes;
    // anything else is already Unicode and passes through.
    QString decodeLatin(QStringView text) const;
    // Encodes NFC text (tests, fuzzing, export). Unrepresentable characters become '?'.
    QByteArray encode(QStringView nfcText, int *unmappable = nullptr) const;

    // TCVN3 has no toned capitals; a line whose ASCII letters are all capitals was typed
    // in a capital font, so the decoded line is upper-cased (only whole lines: "Uỷ ban" stays).
    static void applyCapitalLineRule(QString &decoded);

    // windows-1252 reading of one byte (the fallback of both tables).
    static char16_t windows1252(unsigned char byte);
    // The byte a code point stands for in a legacy run, or -1 when it is real Unicode.
    static int byteOf(char16_t unit);

private:
    explicit LegacyCodec(Kind kind);

    Kind m_kind;
    bool m_valid = false;
    std::array<char16_t, 256> m_single{};   // byte -> letter (or windows-1252)
    std::vector<char16_t> m_pair;           // (b1 << 8 | b2) -> letter, 0 = none (VNI only)
    QHash<char16_t, QByteArray> m_encode;   // letter -> bytes (both + encode rows)
};

} // namespace thp
