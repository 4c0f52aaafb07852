#pragma once
// Reports and their facts in the database. Every write is one transaction: a report is
// stored whole or not at all; a report already stored (same content hash) is skipped.

#include "importers/DocumentImporter.h"
#include "model/Fact.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace thp {

class Database;

namespace FactStatus {
inline const QString Extracted = QStringLiteral("extracted");
inline const QString Confirmed = QStringLiteral("confirmed");
inline const QString Edited = QStringLiteral("edited");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Entered = QStringLiteral("entered");
}

struct StoredReport {
    qint64 id = 0;
    QString fileName;
    QString format;
    QString encoding;
    QString contentHash;
    QString title;
    QString province;
    QString province2025;
    QString unit;
    int year = 0;
    QString term;
    QStringList documents;
    QDateTime importedAt;
    int factCount = 0;
};

struct StoredFact {
    qint64 id = 0;
    qint64 reportId = 0; // 0 for a fact entered by hand
    Fact fact;
    QString status = FactStatus::Extracted;
    QString province;    // for entered facts (reports carry their own)
    QString changedBy;
    QDateTime changedAt;
};

struct ReportInput {
    QString fileName;        // original file name as the user knows it
    ImportedText document;   // the normalised text and how it was read
    ExtractionResult extraction;
};

struct AddReportResult {
    enum Kind { Imported, Skipped, Failed } kind = Failed;
    qint64 reportId = 0;     // the new report, or the one already stored
    QString message;         // why skipped or failed
};

class ReportStore
{
public:
    explicit ReportStore(Database &db);

    static QString contentHash(const QString &nfcText);

    AddReportResult addReport(const ReportInput &input);
    QList<StoredReport> reports() const;
    std::optional<StoredReport> report(qint64 id) const;
    QString reportText(qint64 id) const;
    QList<StoredFact> facts(qint64 reportId) const;
    int reportCount() const;

private:
    Database &m_db;
};

} // namespace thp
