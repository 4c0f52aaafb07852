#pragma once
// Unicode handling of report text. Everything inside the core is NFC (ICU). For matching,
// a *key* folds what should not matter while keeping one key unit per text unit, so an
// offset found in the key is the same offset in the stored text.

#include <QString>

namespace thp::Normalizer {

// NFC through ICU; also replaces NUL and unpaired surrogates so offsets stay stable.
QString toNfc(const QString &text);

// Matching key: lower case, tone marks removed (so old/new tone placement "hoà"/"hòa",
// "uỷ"/"ủy" agree), vowel quality kept (ă â ê ô ơ ư đ stay), NBSP → space.
// Same length as the input; input must be NFC.
QString matchKey(const QString &nfcText);
QChar matchKeyChar(QChar c);

// Search fold: as matchKey but also removes vowel marks and maps đ → d ("ky luat").
QString searchFold(const QString &text);

} // namespace thp::Normalizer
