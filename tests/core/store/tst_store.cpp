// Storage: reports stored whole or not at all, facts read back exactly, duplicates skipped,
// a newer database refused untouched, and reviewed facts never overwritten.
#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "StoreTestData.h"
#include "store/ReportStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>
#include <tuple>

using namespace thp;

namespace {

QByteArray fileDigest(const QString &path)
{
    if (Database::isPostgresUrl(path)) {
        // No file: what a program could have changed, the version rows and the data.
        QString error;
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("fingerprint"));
        const QUrl url(path);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        QByteArray out;
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT (SELECT string_agg(version || applied_at, ',' ORDER BY version) FROM schema_migrations)"
                                  " || (SELECT COUNT(*) FROM reports) || (SELECT COUNT(*) FROM facts)"
                                  " || (SELECT COUNT(*) FROM provinces) || (SELECT COUNT(*) FROM metrics)"));
            if (q.next())
                out = q.value(0).toString().toUtf8();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fingerprint"));
        return out;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Fact makeFact(const QString &metric, double value, std::optional<Period> period, qsizetype start, qsizetype end)
{
    Fact f;
    f.metric = metric;
    f.value = value;
    f.period = period;
    f.span = {start, end};
    f.unit = QStringLiteral("đảng viên");
    f.text = QStringLiteral("thi hành kỷ luật đối với %1 đảng viên").arg(value);
    f.confidence = 0.87;
    f.ruleId = QStringLiteral("discipline.members/1");
    return f;
}

ReportInput sampleReport(const QString &text = QStringLiteral(
                             "Từ năm 2016 đến năm 2020, các cấp ủy đã thi hành kỷ luật đối với 944 đảng viên "
                             "(cấp tỉnh 41, cấp huyện 372). Năm 2023, gần 15 nghìn đảng viên dự học."))
{
    ReportInput in;
    in.fileName = QStringLiteral("an-giang.txt");
    in.document.text = text;
    in.document.title = QStringLiteral("Kinh nghiệm của An Giang");
    in.document.format = QStringLiteral("txt");
    in.document.encoding = QStringLiteral("UTF-8");
    in.document.paragraphs = 1;
    in.extraction.info.title = QStringLiteral("Kinh nghiệm của An Giang trong thực hiện Nghị quyết Trung ương 4");
    in.extraction.info.province = QStringLiteral("An Giang");
    in.extraction.info.province2025 = QStringLiteral("An Giang");
    in.extraction.info.unit = QStringLiteral("Tỉnh ủy An Giang");
    in.extraction.info.year = 2021;
    in.extraction.info.term = QStringLiteral("XII");
    in.extraction.info.documents = {QStringLiteral("Chương trình hành động số 11-CTr/TU ngày 7-2-2017")};
    in.extraction.warnings = {QStringLiteral("no figure for org.members")};

    const qsizetype at = text.indexOf(QStringLiteral("thi hành"));
    Fact all = makeFact(QStringLiteral("discipline.members"), 944, Period{2016, 2020}, at, at + 38);
    Fact province = makeFact(QStringLiteral("discipline.members"), 41, Period{2016, 2020}, at + 40, at + 51);
    province.level = Level::Province;
    province.warnings = {QStringLiteral("parts do not add up to the total")};
    const qsizetype near = text.indexOf(QStringLiteral("gần 15"));
    Fact approx = makeFact(QStringLiteral("training.participants"), 15000, std::nullopt, near, near + 30);
    approx.qualifier = Qualifier::Approx;
    approx.unit = QStringLiteral("đảng viên");
    Fact rate = makeFact(QStringLiteral("rating.orgs_good.rate"), 98.4, Period{2023, 2023}, 0, 0);
    rate.qualifier = Qualifier::Projected;
    rate.unit = QStringLiteral("%");
    Fact bare; // only what a rule must give: the rest left as default (null strings)
    bare.metric = QStringLiteral("documents.issued");
    bare.value = 12;
    bare.period = Period{2017, 2019};
    in.extraction.facts = {all, province, approx, rate, bare};
    return in;
}

bool sameFact(const Fact &a, const Fact &b)
{
    return a.metric == b.metric && a.level == b.level && a.value == b.value && a.qualifier == b.qualifier
        && a.period == b.period && a.unit == b.unit && a.span == b.span && a.text == b.text
        && qFuzzyCompare(a.confidence, b.confidence) && a.ruleId == b.ruleId && a.warnings == b.warnings;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("database: %s", qPrintable(test::backendName()));
    }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = test::freshDatabase(m_dir, QStringLiteral("t%1").arg(++m_n));
    }

    void opensAndMigrates()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM provinces")) && q.next());
        QCOMPARE(q.value(0).toInt(), 64);
        QVERIFY(q.exec(QStringLiteral("SELECT merged_into_2025 FROM provinces WHERE name = 'Bạc Liêu'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Cà Mau"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM metrics WHERE kind = 'rate'")) && q.next());
        QVERIFY(q.value(0).toInt() >= 3);
        if (!db->isPostgres()) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        // Reopening does not migrate again.
        q = QSqlQuery();
        db.reset();
        db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q2(db->connection());
        QVERIFY(q2.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && q2.next());
        QCOMPARE(q2.value(0).toInt(), Database::latestSchemaVersion());
    }

    // A database made by the first release (schema 1) is brought up to date in place when
    // opened: its reports and facts stay, and migration 2 works out from each stored
    // report which committee's figures it gives (reports.sub_unit).
    void version1DatabaseIsUpgradedWithItsData()
    {
        QCOMPARE(Database::latestSchemaVersion(), 8);
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        // The store goes before its database (it keeps prepared statements on the connection).
        auto store = std::make_unique<ReportStore>(*db);
        auto withUnit = [](const QString &province, const QString &unit, const QString &text) {
            ReportInput in = test::report(province, 2024, {test::fact(QStringLiteral("discipline.members"), 12, Period{2024, 2024})},
                                          text);
            in.extraction.info.unit = unit;
            return in;
        };
        const qint64 city = store->addReport(withUnit(QStringLiteral("Nam Định"), QStringLiteral("Thành ủy  Nam Định"),
                                                     QStringLiteral("Báo cáo của Thành ủy Nam Định."))).reportId;
        const qint64 province = store->addReport(withUnit(QStringLiteral("Nam Định"), QStringLiteral("Tỉnh ủy Nam Định"),
                                                         QStringLiteral("Báo cáo của Tỉnh ủy Nam Định."))).reportId;
        const qint64 capital = store->addReport(withUnit(QStringLiteral("Hà Nội"), QStringLiteral("Thành ủy Hà Nội"),
                                                        QStringLiteral("Báo cáo của Thành ủy Hà Nội."))).reportId;
        QVERIFY(city > 0 && province > 0 && capital > 0);
        // The newest fact is deleted: its id must never be given again (fact_history).
        const qint64 gone = store->addReport(withUnit(QStringLiteral("Nam Định"), QStringLiteral("Tỉnh ủy Nam Định"),
                                                     QStringLiteral("Báo cáo bị xóa."))).reportId;
        QVERIFY(gone > 0);
        const qint64 goneFact = store->facts(gone).first().id;
        const qint64 cityFact = store->facts(city).first().id;
        QVERIFY(store->removeReport(gone));
        store.reset();
        {
            // Back to exactly what schema 1 had: no sub_unit, the first compare index.
            QSqlQuery q(db->connection());
            QStringList downgrade = {
                QStringLiteral("CREATE INDEX facts_province ON facts (province)"),
                db->isPostgres() ? QStringLiteral("SELECT 1") : QStringLiteral("DROP INDEX reports_compare"),
                QStringLiteral("DROP INDEX facts_compare"),
                QStringLiteral("CREATE INDEX facts_compare ON facts (metric, level, period_from, period_to)"),
                QStringLiteral("ALTER TABLE reports DROP COLUMN sub_unit"),
                QStringLiteral("ALTER TABLE facts DROP COLUMN sub_unit"),
                QStringLiteral("ALTER TABLE reports DROP COLUMN title_key"),
                QStringLiteral("DROP INDEX facts_report_status"),
                QStringLiteral("CREATE INDEX facts_report ON facts (report_id)"),
                QStringLiteral("DELETE FROM schema_migrations WHERE version >= 2")};
            if (!db->isPostgres())
                downgrade += {QStringLiteral("CREATE VIRTUAL TABLE fts1 USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2')"),
                              QStringLiteral("INSERT INTO fts1 (rowid, title, body) SELECT rowid, title, body FROM reports_fts"),
                              QStringLiteral("DROP TABLE reports_fts"), QStringLiteral("ALTER TABLE fts1 RENAME TO reports_fts"),
                              QStringLiteral("DROP TRIGGER reports_version_insert"), QStringLiteral("DROP TRIGGER reports_version_delete"),
                              QStringLiteral("DROP TRIGGER reports_version_update"), QStringLiteral("DROP TABLE reports_version")};
            for (const QString &sql : downgrade)
                QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
        db.reset();

        db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 8);
        ReportStore upgraded(*db);
        QCOMPARE(upgraded.reportCount(), 3);
        QCOMPARE(upgraded.facts(city).size(), 1);
        QCOMPARE(upgraded.facts(city).first().fact.value, 12.0);
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT id, sub_unit FROM reports ORDER BY id"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QHash<qint64, QString> subUnits;
        while (q.next())
            subUnits.insert(q.value(0).toLongLong(), q.value(1).toString());
        // A city committee below the province keeps its own figures; the province's own
        // committee, and a centrally-run city's "Thành ủy", give the province's.
        QCOMPARE(subUnits.value(city), QStringLiteral("Thành ủy Nam Định"));
        QCOMPARE(subUnits.value(province), QString());
        QCOMPARE(subUnits.value(capital), QString());
        // New reports get it when stored.
        const qint64 later = upgraded.addReport(withUnit(QStringLiteral("Nam Định"), QStringLiteral("Thành ủy Nam Định"),
                                                         QStringLiteral("Báo cáo khác của Thành ủy Nam Định."))).reportId;
        q.prepare(QStringLiteral("SELECT sub_unit FROM reports WHERE id = ?"));
        q.addBindValue(later);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Thành ủy Nam Định"));
        // Migration 7: every stored report got its title's Vietnamese sort key, a new one too.
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM reports WHERE title_key IS NULL"));
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 0);
        // Migration 4: the facts of a report are indexed by status, in place of the index on
        // report_id alone.
        q.prepare(db->isPostgres() ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'facts' AND indexname LIKE ?")
                                   : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts' AND name LIKE ?"));
        q.addBindValue(QStringLiteral("facts_report%"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList factIndexes;
        while (q.next())
            factIndexes << q.value(0).toString();
        QCOMPARE(factIndexes, QStringList{QStringLiteral("facts_report_status")});
        // Migration 6: no index on facts (province) (no query reads it; every insert paid for
        // it); on SQLite the facts table was rebuilt with its CHECKs written without IN.
        q.prepare(db->isPostgres() ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'facts' AND indexname = ?")
                                   : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?"));
        q.addBindValue(QStringLiteral("facts_province"));
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 0);
        // The rules on the facts' columns still hold.
        for (const auto &[level, qualifier, status] :
             {std::tuple{QStringLiteral("tinh"), QStringLiteral("exact"), QStringLiteral("extracted")},
              std::tuple{QStringLiteral("province"), QStringLiteral("about"), QStringLiteral("extracted")},
              std::tuple{QStringLiteral("province"), QStringLiteral("exact"), QStringLiteral("checked")}}) {
            q.prepare(QStringLiteral("INSERT INTO facts (report_id, metric, level, value, qualifier, status) VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(city);
            q.addBindValue(QStringLiteral("discipline.members"));
            q.addBindValue(level);
            q.addBindValue(1.0);
            q.addBindValue(qualifier);
            q.addBindValue(status);
            QVERIFY2(!q.exec(), qPrintable(level + qualifier + status));
        }
        // Facts kept their ids, and a new fact gets a new one, never the deleted fact's.
        QCOMPARE(upgraded.facts(city).first().id, cityFact);
        const qint64 afterUpgrade = upgraded.addReport(withUnit(QStringLiteral("Hà Nội"), QStringLiteral("Thành ủy Hà Nội"),
                                                                QStringLiteral("Báo cáo mới sau khi nâng cấp."))).reportId;
        QVERIFY(afterUpgrade > 0);
        QVERIFY(upgraded.facts(afterUpgrade).first().id > goneFact);
        // The search index came through (rebuilt with prefixes on SQLite).
        if (!db->isPostgres()) {
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM reports_fts WHERE reports_fts MATCH ?"));
            q.addBindValue(QStringLiteral("\"thanh\" \"u\"*"));
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QCOMPARE(q.value(0).toInt(), 3);
        }
        // Removing a report still takes its facts (the cascade now goes through the new index).
        const int before = upgraded.reportCount();
        QVERIFY(upgraded.removeReport(capital));
        QCOMPARE(upgraded.facts(capital).size(), 0);
        QCOMPARE(upgraded.reportCount(), before - 1);
    }

    void severalConnectionsAtOnce()
    {
        QString error;
        auto a = Database::open(m_path, &error);
        auto b = Database::open(m_path, &error);
        QVERIFY2(a && b, qPrintable(error));
        QVERIFY(a->connection().connectionName() != b->connection().connectionName());
        ReportStore sa(*a), sb(*b);
        QCOMPARE(sa.addReport(sampleReport()).kind, AddReportResult::Imported);
        QCOMPARE(sb.reportCount(), 1);
    }

    // An import writes a report's facts several to an INSERT (64, 16, 4, then one by one on
    // SQLite): every figure comes back whole, in the report's order, whatever their number.
    void manyFactsComeBackInDocumentOrder()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        ReportStore store(*db);
        for (const int count : {1, 3, 4, 21, 64, 90, 150}) {
            QList<Fact> facts;
            for (int i = 0; i < count; ++i) {
                Fact f = test::fact(i % 2 ? QStringLiteral("discipline.members") : QStringLiteral("admission.members"), 1000 + i,
                                    Period{2020 + i % 5, 2020 + i % 5}, 10 * i, 10 * i + 6);
                f.text = QStringLiteral("%1 đảng viên (đoạn %2)").arg(1000 + i).arg(i);
                if (i % 7 == 3)
                    f.warnings = {QStringLiteral("số \"lạ\" ở đoạn %1").arg(i)};
                if (i % 11 == 5)
                    f.period.reset();
                facts << f;
            }
            const AddReportResult added = store.addReport(
                test::report(QStringLiteral("Cần Thơ"), 2000 + count, facts, QStringLiteral("Báo cáo %1 số liệu.").arg(count)));
            QCOMPARE(added.kind, AddReportResult::Imported);
            const QList<StoredFact> stored = store.facts(added.reportId);
            QCOMPARE(stored.size(), count);
            for (int i = 0; i < count; ++i) {
                const Fact &want = facts.at(i);
                const StoredFact &got = stored.at(i);
                QCOMPARE(got.fact.value, want.value);
                QCOMPARE(got.fact.metric, want.metric);
                QCOMPARE(got.fact.period, want.period);
                QCOMPARE(got.fact.span.start, want.span.start);
                QCOMPARE(got.fact.text, want.text);
                QCOMPARE(got.fact.unit, QStringLiteral("đảng viên"));
                QCOMPARE(got.fact.warnings, want.warnings);
                QCOMPARE(got.status, FactStatus::Extracted);
                if (i > 0)
                    QVERIFY(got.id > stored.at(i - 1).id);
            }
        }
    }

    // A figure the database refuses, in the middle of many: the report is not stored at all,
    // and the message names that figure.
    void refusedFactLeavesNoPartOfTheReport()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        ReportStore store(*db);
        QList<Fact> facts;
        for (int i = 0; i < 100; ++i)
            facts << test::fact(QStringLiteral("discipline.members"), i, Period{2024, 2024}, 10 * i, 10 * i + 4);
        facts[70].level = QStringLiteral("tỉnh"); // not a level
        const AddReportResult result = store.addReport(test::report(QStringLiteral("Sóc Trăng"), 2024, facts));
        QCOMPARE(result.kind, AddReportResult::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("discipline.members = 70")), qPrintable(result.message));
        QCOMPARE(store.reportCount(), 0);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM facts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The same report without the wrong figure goes in whole.
        facts[70].level = Level::Province;
        QCOMPARE(store.addReport(test::report(QStringLiteral("Sóc Trăng"), 2024, facts)).kind, AddReportResult::Imported);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM facts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 100);
    }

    void importTwiceKeepsOneReport()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        ReportStore store(*db);
        const AddReportResult first = store.addReport(sampleReport());
        QCOMPARE(first.kind, AddReportResult::Imported);
        QVERIFY(first.reportId > 0);
        ReportInput again = sampleReport();
        again.fileName = QStringLiteral("copy-of-an-giang.docx");
        const AddReportResult second = store.addReport(again);
        QCOMPARE(second.kind, AddReportResult::Skipped);
        QCOMPARE(second.reportId, first.reportId);
        QVERIFY2(second.message.contains(QStringLiteral("#%1").arg(first.reportId)), qPrintable(second.message));
        QVERIFY2(second.message.contains(QStringLiteral("Kinh nghiệm của An Giang")), qPrintable(second.message));
        QCOMPARE(store.reportCount(), 1);
        QCOMPARE(store.facts(first.reportId).size(), 5);

        // A different text is a different report.
        QCOMPARE(store.addReport(sampleReport(QStringLiteral("Năm 2023, thi hành kỷ luật 12 đảng viên."))).kind,
                 AddReportResult::Imported);
        QCOMPARE(store.reportCount(), 2);
    }

    void contentHashIsOfNfcText()
    {
        const QString nfc = QStringLiteral("kỷ luật");
        const QString nfd = nfc.normalized(QString::NormalizationForm_D);
        QVERIFY(nfc != nfd);
        QCOMPARE(ReportStore::contentHash(nfd), ReportStore::contentHash(nfc));
        QCOMPARE(ReportStore::contentHash(nfc),
                 QString::fromLatin1(QCryptographicHash::hash(nfc.toUtf8(), QCryptographicHash::Sha256).toHex()));
    }

    void factsReadBackAsWritten()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        ReportStore store(*db);
        const ReportInput in = sampleReport();
        const AddReportResult r = store.addReport(in);
        QCOMPARE(r.kind, AddReportResult::Imported);

        const QList<StoredFact> stored = store.facts(r.reportId);
        QCOMPARE(stored.size(), in.extraction.facts.size());
        for (const Fact &written : in.extraction.facts) {
            bool found = false;
            for (const StoredFact &s : stored) {
                if (sameFact(s.fact, written)) {
                    found = true;
                    QCOMPARE(s.status, FactStatus::Extracted);
                    QCOMPARE(s.reportId, r.reportId);
                }
            }
            QVERIFY2(found, qPrintable(written.metric + QLatin1Char(' ') + QString::number(written.value)));
        }
        // The period stays absent where the text gave none (it is not turned into 0–0).
        int withoutPeriod = 0;
        for (const StoredFact &s : stored)
            withoutPeriod += s.fact.period ? 0 : 1;
        QCOMPARE(withoutPeriod, 1);

        const auto report = store.report(r.reportId);
        QVERIFY(report);
        QCOMPARE(report->title, in.extraction.info.title);
        QCOMPARE(report->province, QStringLiteral("An Giang"));
        QCOMPARE(report->province2025, QStringLiteral("An Giang"));
        QCOMPARE(report->unit, QStringLiteral("Tỉnh ủy An Giang"));
        QCOMPARE(report->year, 2021);
        QCOMPARE(report->term, QStringLiteral("XII"));
        QCOMPARE(report->documents, in.extraction.info.documents);
        QCOMPARE(report->warnings, in.extraction.warnings);
        QCOMPARE(report->fileName, in.fileName);
        QCOMPARE(report->format, QStringLiteral("txt"));
        QCOMPARE(report->factCount, 5);
        QVERIFY(report->importedAt.isValid());
        QVERIFY(qAbs(report->importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(report->contentHash, ReportStore::contentHash(in.document.text));
        QCOMPARE(store.reportText(r.reportId), in.document.text);
        // Offsets stay valid: the span points at the same words in the stored text.
        const StoredFact &first = stored.first(); // facts come in text order
        QCOMPARE(first.fact.value, 944.0);
        QCOMPARE(store.reportText(r.reportId).mid(first.fact.span.start, first.fact.span.length()), first.fact.text);
        QCOMPARE(store.reports().size(), 1);
        QCOMPARE(store.reports().first().id, r.reportId);
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QString error;
        {
            auto db = Database::open(m_path, &error);
            QVERIFY2(db, qPrintable(error));
            ReportStore(*db).addReport(sampleReport());
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at, program_version) VALUES (?, ?, ?)"));
            q.addBindValue(Database::latestSchemaVersion() + 1);
            q.addBindValue(QStringLiteral("2030-01-01T00:00:00.000Z"));
            q.addBindValue(QStringLiteral("9.0"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            if (!db->isPostgres())
                QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileDigest(m_path);
        QVERIFY(!before.isEmpty());
        auto db = Database::open(m_path, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY2(error.contains(m_path), qPrintable(error));
        QCOMPARE(fileDigest(m_path), before);
    }

    void foreignDatabaseIsRefused()
    {
        if (test::onPostgres())
            QSKIP("SQLite files only");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(m_path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileDigest(m_path);
        QString error;
        QVERIFY(!Database::open(m_path, &error));
        QVERIFY2(error.contains(QLatin1String("not a TongHop database")), qPrintable(error));
        QCOMPARE(fileDigest(m_path), before);
    }

    void notADatabaseGivesAReason()
    {
        if (test::onPostgres())
            QSKIP("SQLite files only");
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is a Word document, not a database").repeated(200));
        f.close();
        QString error;
        QVERIFY(!Database::open(m_path, &error));
        QVERIFY2(error.contains(m_path), qPrintable(error));
        QVERIFY2(!error.isEmpty(), "no reason");
    }

    void failingInsertRollsBackWholeReport()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        ReportStore store(*db);
        ReportInput in = sampleReport();
        // The last fact breaks a constraint: the report and the facts before it must go too.
        Fact bad = makeFact(QStringLiteral("discipline.members"), 7, Period{2020, 2020}, 5, 9);
        bad.level = QStringLiteral("village");
        in.extraction.facts.append(bad);
        const AddReportResult r = store.addReport(in);
        QCOMPARE(r.kind, AddReportResult::Failed);
        QVERIFY2(r.message.contains(QLatin1String("discipline.members")), qPrintable(r.message));
        QCOMPARE(store.reportCount(), 0);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(db->isPostgres() ? QStringLiteral("SELECT COUNT(*) FROM facts")
                                        : QStringLiteral("SELECT (SELECT COUNT(*) FROM facts) + (SELECT COUNT(*) FROM reports_fts)"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // The connection is usable afterwards and the same report can then be stored.
        in.extraction.facts.removeLast();
        QCOMPARE(store.addReport(in).kind, AddReportResult::Imported);
        QCOMPARE(store.reportCount(), 1);
    }

    void backupHoldsTheSameReports()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        if (db->isPostgres()) {
            QVERIFY(!DatabaseBackup::toFile(*db, m_dir.filePath(QStringLiteral("pg.sqlite")), &error));
            QVERIFY2(error.contains(QLatin1String("pg_dump")), qPrintable(error));
            return;
        }
        ReportStore store(*db);
        const qint64 id = store.addReport(sampleReport()).reportId;
        // The copy is made while another connection holds the database open.
        auto other = Database::open(m_path, &error);
        QVERIFY2(other, qPrintable(error));
        const QString out = m_dir.filePath(QStringLiteral("backup-%1.sqlite").arg(m_n));
        QVERIFY2(DatabaseBackup::toFile(*db, out, &error), qPrintable(error));
        auto copy = Database::open(out, &error);
        QVERIFY2(copy, qPrintable(error));
        ReportStore copied(*copy);
        QCOMPARE(copied.reportCount(), 1);
        QCOMPARE(copied.report(id)->title, store.report(id)->title);
        QCOMPARE(copied.reportText(id), store.reportText(id));
        QCOMPARE(copied.facts(id).size(), store.facts(id).size());
        for (qsizetype i = 0; i < store.facts(id).size(); ++i)
            QVERIFY(sameFact(copied.facts(id).at(i).fact, store.facts(id).at(i).fact));
        // Never over an existing file (nor the database itself).
        QVERIFY(!DatabaseBackup::toFile(*db, out, &error));
        QVERIFY2(error.contains(out), qPrintable(error));
        QVERIFY(!DatabaseBackup::toFile(*db, m_path, &error));
        QVERIFY(!DatabaseBackup::toFile(*db, m_dir.filePath(QStringLiteral("no/such/folder/b.sqlite")), &error));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no/such/folder/b.sqlite"))));
    }

    void defaultLocationIsInAppData()
    {
        const QString path = Database::defaultLocation();
        QVERIFY(path.endsWith(QLatin1String("/tonghop.sqlite")));
        QVERIFY(QFileInfo(path).dir().exists());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

int runFactStoreTests(int argc, char **argv);
int runBatchImporterTests(int argc, char **argv);

// One executable for the storage area, several test classes.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    status |= test::runOnEachBackend<TestStore>(argc, argv);
    status |= runFactStoreTests(argc, argv);
    status |= runBatchImporterTests(argc, argv);
    return status;
}

#include "tst_store.moc"
