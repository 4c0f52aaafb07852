#pragma once
// Reports and their facts in the database. Every write is one transaction: a report is
// stored whole or not at all; a report already stored (same content hash) is skipped.

#include "importers/DocumentImporter.h"
#include "model/Fact.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
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
    int pages = 0;
    int paragraphs = 0;
    bool ocr = false;
    QStringList warnings;  // importer and extraction warnings at import time
};

struct StoredFact {
    qint64 id = 0;
    qint64 reportId = 0; // 0 for a fact entered by hand
    Fact fact;
    QString status = FactStatus::Extracted;
    QString province;    // for entered facts (reports carry their own)
    QString subUnit;     // for entered facts: a committee below the province, else empty
    QString changedBy;
    QDateTime changedAt;
    int revision = 0;    // grows with every change; edits may require the one they saw
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

// What re-extracting a report did: only facts nobody has reviewed are replaced.
struct ReextractResult {
    bool ok = false;
    int removed = 0;   // status "extracted" facts dropped
    int added = 0;     // new extracted facts
    int kept = 0;      // confirmed, edited, rejected facts left as the reviewer made them
    int skippedAsReviewed = 0; // new facts not added because a reviewed fact says the same
    QString error;
};

class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(thp::ReportStore)

public:
    explicit ReportStore(Database &db);
    ~ReportStore();
    ReportStore(const ReportStore &) = delete;
    ReportStore &operator=(const ReportStore &) = delete;

    // SHA-256 (hex) of the NFC text's UTF-8: the same report read twice has the same hash.
    static QString contentHash(const QString &nfcText);

    // One transaction: the report, its search entry and its facts (status "extracted").
    AddReportResult addReport(const ReportInput &input);
    QList<StoredReport> reports() const;
    std::optional<StoredReport> report(qint64 id) const;
    std::optional<StoredReport> reportByHash(const QString &contentHash) const;
    QString reportText(qint64 id) const;
    QList<StoredFact> facts(qint64 reportId) const;
    int reportCount() const;

    // Replaces the report's unreviewed facts with a new extraction (rules changed). Facts a
    // person confirmed, edited or rejected are never touched; one transaction.
    ReextractResult reextractReport(qint64 reportId, const ExtractionResult &extraction);
    // Removes a report with its facts and search entry (one transaction).
    bool removeReport(qint64 reportId, QString *error = nullptr);

private:
    struct Statements;
    Statements &statements();

    Database &m_db;
    // What addReport() runs, prepared once for every report stored through this object (a
    // ReportStore must go before its Database: it holds prepared statements).
    std::unique_ptr<Statements> m_statements;
};

} // namespace thp
