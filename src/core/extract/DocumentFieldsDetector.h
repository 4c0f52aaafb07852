#pragma once
// Document-level fields of a report (../shared/spec/metrics.md): the province it is about, its
// 2025 province, the reporting committee when it is below the province, the report's year,
// the Central Committee term and the documents it cites. Cue words live in
// resources/gazetteer/document_cues.json; place names come from the Gazetteer. The text is
// keyed and split into words once and every scan is a single pass over those words.
//
// Policies:
// - province: the best-scored province (committee forms > "tỉnh X" > bare names; title and
//   lead weigh more, captions, parenthesised places and the sidebar/comments tail less);
//   empty when the evidence is below a minimum.
// - unit: empty for a report about the province itself (also when it is "Tỉnh ủy X"). Set
//   to "Huyện ủy X" / "Quận ủy X" / "Thị ủy X" / "Thành ủy X" (a provincial city) when the
//   title or lead names that committee or its Đảng bộ and its committee word is at least as
//   frequent as "Tỉnh ủy"; or "Đảng ủy Khối ..." named in the lead of a report that hardly
//   mentions the Tỉnh ủy.
// - year: a publication date (a stamp such as "Cập nhật: ...", "Thứ ba, 21/02/2017", a line
//   opening "Ngày ...", a dateline "Hà Nội, ngày ...", a bare date line in the head), else
//   latestFactYear, else the latest year of a period expression ("năm 2020", "tháng
//   3-2021", "2016-2019"; not dates or numbers of cited documents, terms of office or
//   targets), else a retrieval stamp ("Thời gian: ...").

#include "model/Fact.h"

#include <QList>
#include <QString>

#include <memory>

namespace thp {

// One place named in a text, resolved to the province it counts for.
struct ProvinceMention {
    qsizetype start = 0; // offsets into the NFC text, cue word included ("Tỉnh ủy Nghệ An")
    qsizetype end = 0;
    QString province;    // ProvinceInfo::name
    double weight = 0;   // evidence that the text is about this province
    QString how;         // "province-committee", "province", "district-committee", "district",
                         // "masthead", "name", "ambiguous-district"
    QString unit;        // for district-level committee forms: "Thành ủy Nam Định", "Huyện ủy Văn Lãng"
};

struct DocumentCues;

class DocumentFieldsDetector
{
public:
    DocumentFieldsDetector(); // bundled cues (:/tonghop/gazetteer/document_cues.json)
    ~DocumentFieldsDetector();

    // latestFactYear: the latest year the report's figures cover (0 if none); used when the
    // report has no date of its own.
    DocumentInfo detect(const QString &nfcText, const QString &title, int latestFactYear) const;

    // Every place mention with its weight (position factors applied); year 0 = unknown.
    QList<ProvinceMention> provinceMentions(const QString &nfcText, int year = 0) const;

    // The parts of detect(), for callers that need one field.
    int reportYear(const QString &nfcText, int latestFactYear) const;
    QString term(const QString &nfcText, const QString &title = {}) const;
    QStringList citedDocuments(const QString &nfcText) const;
    QString headline(const QString &nfcText) const; // the title a text gives itself

private:
    std::shared_ptr<const DocumentCues> m_cues;
};

} // namespace thp
