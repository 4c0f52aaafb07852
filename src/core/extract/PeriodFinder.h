#pragma once
// Finds the periods a sentence states: "Từ năm 2016 đến năm 2020", "giai đoạn 2016-2019",
// "nhiệm kỳ 2015-2020", "năm 2021, 2022" (one period per year), "Tính riêng năm 2023",
// "6 tháng đầu năm 2024", "từ năm 2021 đến nay" (open: no period can be stated).

#include "extract/RuleSet.h"
#include "model/Fact.h"

#include <vector>

namespace thp {

// Phrase marks of a sentence: for each token, the phrase chosen to start there (-1 none)
// and the token after it.
struct MarkedTokens {
    const QList<Token> *tokens = nullptr;
    std::vector<int> entry;
    std::vector<int> end;
    const RuleSet *rules = nullptr;

    bool has(int token, PhraseRole::Type type, QString *id = nullptr) const;
    // The mark that ends right before `token` (skipping nothing), or -1.
    int markEndingAt(int token) const;
};

struct PeriodExpr {
    int firstToken = 0;
    int lastToken = 0;          // inclusive
    QList<Period> periods;      // several for "năm 2021, 2022"
    bool open = false;          // "đến nay": the period cannot be stated
};

class PeriodFinder
{
public:
    static QList<PeriodExpr> find(const MarkedTokens &marks);
};

} // namespace thp
