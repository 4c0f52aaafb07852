#include "text/VietnameseOrder.h"

#include <unicode/ucol.h>

#include <memory>

namespace thp {

namespace {

struct CollatorCloser {
    void operator()(UCollator *c) const { ucol_close(c); }
};

// One collator for the process: ICU collators may be used from several threads at once
// for const operations such as ucol_getSortKey.
const UCollator *vietnameseCollator()
{
    static const std::unique_ptr<UCollator, CollatorCloser> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator *c = ucol_open("vi", &status);
        if (U_FAILURE(status)) {
            ucol_close(c);
            c = nullptr;
        }
        return std::unique_ptr<UCollator, CollatorCloser>(c);
    }();
    return collator.get();
}

} // namespace

QByteArray VietnameseOrder::sortKey(const QString &text)
{
    const UCollator *collator = vietnameseCollator();
    if (!collator || text.isEmpty())
        return {};
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const int32_t length = int32_t(text.size());
    QByteArray key(64, Qt::Uninitialized);
    int32_t needed = ucol_getSortKey(collator, chars, length, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(collator, chars, length, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    // The key ends with a NUL byte that compares the same whatever follows: drop it.
    key.resize(needed > 0 ? needed - 1 : 0);
    return key;
}

} // namespace thp
