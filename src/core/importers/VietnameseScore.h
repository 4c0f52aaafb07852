#pragma once
// How Vietnamese a decoded text looks: the share of its non-ASCII words that are valid
// Vietnamese syllables. Used to tell a right decoding from a wrong one (TCVN3 read as
// windows-1252 gives "nghiÖm", which no syllable spells).

#include <QStringView>

namespace thp::VietnameseScore {

// One word, NFC or NFD, any case: onset? + 1-3 vowels + coda?, at most one tone mark,
// only Vietnamese letters.
bool isSyllable(QStringView word);

struct Score {
    double share = 0.0; // valid / counted, 0 when nothing was counted
    int counted = 0;    // words containing a non-ASCII character
    int valid = 0;
};

// Looks at the words that contain non-ASCII characters, up to maxWords of them.
Score score(QStringView text, int maxWords = 20000);

} // namespace thp::VietnameseScore
