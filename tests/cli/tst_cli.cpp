// tonghop-cli as scripts see it: the JSON contract of `extract --json` (../shared/spec/cli.md),
// failures that name the file without stopping the batch, and `import` skipping a report
// already stored. The extractor's exact figures are not asserted here (tests/core/extract
// does that); only the shape and what a user of the command line would notice.
#include "core/store/StoreTestData.h"
#include "store/Database.h"
#include "store/FactStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

namespace {

const QString kCli = QStringLiteral(THP_BINARY_DIR "/src/cli/tonghop-cli");
const QString kSample = QStringLiteral(THP_SAMPLES_DIR "/an-giang-nq4-xii.txt");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &home = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty()) {
        // The default database lives under the user's data folder: keep tests out of the real one.
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    }
    p.setProcessEnvironment(env);
    p.start(kCli, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool isNullOrString(const QJsonValue &v)
{
    return v.isNull() || v.isString();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kCli), qPrintable(kCli));
        QVERIFY2(QFileInfo::exists(kSample), qPrintable(kSample));
        QVERIFY(m_dir.isValid());
    }

    void extractJsonFollowsTheContract()
    {
        const Run r = cli({QStringLiteral("extract"), QStringLiteral("--json"), kSample});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        const QJsonArray docs = doc.object().value(QStringLiteral("documents")).toArray();
        QCOMPARE(docs.size(), 1);
        const QJsonObject d = docs.first().toObject();
        QCOMPARE(d.value(QStringLiteral("file")).toString(), kSample);
        QCOMPARE(d.value(QStringLiteral("format")).toString(), QStringLiteral("txt"));
        QCOMPARE(d.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
        for (const char *key : {"title", "province", "province_2025", "unit", "term"}) {
            QVERIFY2(d.contains(QLatin1String(key)), key);
            QVERIFY2(isNullOrString(d.value(QLatin1String(key))), key);
        }
        QVERIFY(d.value(QStringLiteral("year")).isNull() || d.value(QStringLiteral("year")).isDouble());
        QVERIFY(d.value(QStringLiteral("documents")).isArray());
        QVERIFY(d.value(QStringLiteral("warnings")).isArray());
        // The title is read as written, diacritics intact (NFC).
        const QString title = d.value(QStringLiteral("title")).toString();
        QVERIFY2(title.contains(QStringLiteral("An Giang")), qPrintable(title));
        QCOMPARE(title, title.normalized(QString::NormalizationForm_C));

        const QJsonArray facts = d.value(QStringLiteral("facts")).toArray();
        const QStringList levels = {QStringLiteral("central"), QStringLiteral("province"), QStringLiteral("district"),
                                    QStringLiteral("grassroots"), QStringLiteral("cell"), QStringLiteral("all")};
        const QStringList qualifiers = {QStringLiteral("exact"), QStringLiteral("approx"), QStringLiteral("at_least"),
                                        QStringLiteral("projected")};
        for (const QJsonValue &v : facts) {
            const QJsonObject f = v.toObject();
            QVERIFY(!f.value(QStringLiteral("metric")).toString().isEmpty());
            QVERIFY2(levels.contains(f.value(QStringLiteral("level")).toString()),
                     qPrintable(f.value(QStringLiteral("level")).toString()));
            QVERIFY(f.value(QStringLiteral("value")).isDouble());
            QVERIFY(qualifiers.contains(f.value(QStringLiteral("qualifier")).toString()));
            const QJsonValue period = f.value(QStringLiteral("period"));
            QVERIFY(period.isNull() || period.isObject());
            if (period.isObject()) {
                QVERIFY(period[QLatin1String("from")].isDouble() && period[QLatin1String("to")].isDouble());
                QVERIFY(period[QLatin1String("from")].toInt() <= period[QLatin1String("to")].toInt());
            }
            QVERIFY(f.value(QStringLiteral("unit")).isString());
            const QJsonObject span = f.value(QStringLiteral("span")).toObject();
            QVERIFY(span.value(QStringLiteral("start")).isDouble() && span.value(QStringLiteral("end")).isDouble());
            QVERIFY(span.value(QStringLiteral("start")).toInt() < span.value(QStringLiteral("end")).toInt());
            QVERIFY(f.value(QStringLiteral("text")).isString());
            const double confidence = f.value(QStringLiteral("confidence")).toDouble(-1);
            QVERIFY(confidence >= 0 && confidence <= 1);
        }
    }

    void missingFileFailsButOthersComeOut()
    {
        const QString missing = m_dir.filePath(QStringLiteral("không-có.txt"));
        const Run r = cli({QStringLiteral("extract"), QStringLiteral("--json"), missing, kSample});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray docs = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("documents")).toArray();
        QCOMPARE(docs.size(), 2);
        const QJsonObject bad = docs.at(0).toObject();
        QCOMPARE(bad.value(QStringLiteral("file")).toString(), missing);
        QCOMPARE(bad.value(QStringLiteral("facts")).toArray().size(), 0);
        const QJsonArray warnings = bad.value(QStringLiteral("warnings")).toArray();
        QVERIFY(!warnings.isEmpty());
        QVERIFY2(warnings.first().toString().contains(QStringLiteral("không-có.txt")),
                 qPrintable(warnings.first().toString()));
        const QJsonObject good = docs.at(1).toObject();
        QCOMPARE(good.value(QStringLiteral("file")).toString(), kSample);
        QVERIFY(good.value(QStringLiteral("title")).toString().contains(QStringLiteral("An Giang")));
    }

    void importTwiceSkipsTheSecondTime()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const Run first = cli({QStringLiteral("import"), kSample, QStringLiteral("--db"), db});
        QVERIFY2(first.exitCode == 0, QByteArray(first.out + first.err).constData());
        const QString out1 = QString::fromUtf8(first.out);
        QVERIFY2(out1.contains(QStringLiteral("[1/1] ") + kSample + QStringLiteral(": imported")), qPrintable(out1));
        QVERIFY2(out1.contains(QStringLiteral("imported 1, skipped 0, failed 0")), qPrintable(out1));

        const Run second = cli({QStringLiteral("import"), QStringLiteral("--db"), db, kSample});
        QCOMPARE(second.exitCode, 0);
        const QString out2 = QString::fromUtf8(second.out);
        QVERIFY2(out2.contains(QStringLiteral(": skipped: already stored as report #1")), qPrintable(out2));
        QVERIFY2(out2.contains(QStringLiteral("imported 0, skipped 1, failed 0")), qPrintable(out2));
    }

    void importGoesOnAfterABrokenFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("batch"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        QVERIFY(QFile::copy(kSample, folder + QStringLiteral("/sub/an-giang.txt")));
        QFile broken(folder + QStringLiteral("/a-broken.txt"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray("\xff\xfe\x00\xd8\x00\x00 not text at all \x80\x81", 24).repeated(50));
        broken.close();
        const QString missing = m_dir.filePath(QStringLiteral("đã-xóa.txt"));
        const QString db = m_dir.filePath(QStringLiteral("batch.sqlite"));
        const Run r = cli({QStringLiteral("import"), missing, folder, QStringLiteral("--db"), db});
        const QString out = QString::fromUtf8(r.out);
        QCOMPARE(r.exitCode, 1);
        // The missing file comes first and fails, naming itself; the batch goes on into the
        // folder (recursively) and the good report is stored whatever became of the broken one.
        QVERIFY2(out.contains(QStringLiteral("[1/3] ") + missing + QStringLiteral(": failed: ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("/sub/an-giang.txt: imported")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("[3/3]")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("imported 1, skipped 0, failed 2"))
                     || out.contains(QStringLiteral("imported 2, skipped 0, failed 1")),
                 qPrintable(out));
    }

    void searchFindsWithoutDiacritics()
    {
        const QString db = m_dir.filePath(QStringLiteral("search.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, kSample}).exitCode, 0);
        const Run r = cli({QStringLiteral("search"), QStringLiteral("ky"), QStringLiteral("luat"), QStringLiteral("--db"), db,
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject hit = results.first().toObject();
        QCOMPARE(hit.value(QStringLiteral("report")).toInt(), 1);
        QVERIFY2(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("kỷ luật"), Qt::CaseInsensitive),
                 qPrintable(hit.value(QStringLiteral("snippet")).toString()));
        const Run none = cli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("xyzzy")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(QString::fromUtf8(none.out).contains(QStringLiteral("0 reports")));
        // A database that is not there is not created by a search.
        const QString nowhere = m_dir.filePath(QStringLiteral("nowhere.sqlite"));
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("--db"), nowhere, QStringLiteral("x")}).exitCode, 1);
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    void backupCopiesTheDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("tobackup.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, kSample}).exitCode, 0);
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        const Run r = cli({QStringLiteral("backup"), copy, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("backed up 1 reports")));
        // The copy is a working database: the same report is already in it.
        const Run again = cli({QStringLiteral("import"), QStringLiteral("--db"), copy, kSample});
        QVERIFY2(QString::fromUtf8(again.out).contains(QStringLiteral("skipped: already stored as report #1")),
                 again.out.constData());
        QCOMPARE(cli({QStringLiteral("backup"), copy, QStringLiteral("--db"), db}).exitCode, 1); // never overwrites
    }

    void compareJsonFollowsTheContract()
    {
        const QString db = m_dir.filePath(QStringLiteral("compare.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(THP_SAMPLES_DIR)}).exitCode, 0);
        for (const QString &boundaries : {QStringLiteral("as-reported"), QStringLiteral("2025")}) {
            const Run r = cli({QStringLiteral("compare"), QStringLiteral("--metric"), QStringLiteral("discipline.members"),
                               QStringLiteral("--db"), db, QStringLiteral("--boundaries"), boundaries,
                               QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QJsonParseError pe;
            const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
            QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
            QCOMPARE(o.value(QStringLiteral("metric")).toString(), QStringLiteral("discipline.members"));
            QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("all"));
            QCOMPARE(o.value(QStringLiteral("boundaries")).toString(), boundaries);
            const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
            for (const QJsonValue &v : rows) {
                const QJsonObject row = v.toObject();
                QVERIFY(!row.value(QStringLiteral("province")).toString().isEmpty());
                QVERIFY(row.value(QStringLiteral("period"))[QLatin1String("from")].isDouble());
                QVERIFY(row.value(QStringLiteral("period"))[QLatin1String("to")].isDouble());
                const QJsonValue value = row.value(QStringLiteral("value"));
                QVERIFY(value.isDouble() || (value.isNull() && !row.value(QStringLiteral("note")).toString().isEmpty()));
                QVERIFY(row.value(QStringLiteral("sources")).isArray());
                QVERIFY(row.value(QStringLiteral("status")).isString());
                QVERIFY(row.value(QStringLiteral("status")).toString() != QLatin1String("rejected"));
            }
        }
        const Run csv = cli({QStringLiteral("compare"), QStringLiteral("--metric=discipline.members"), QStringLiteral("--db"), db,
                             QStringLiteral("--format=csv"), QStringLiteral("--years"), QStringLiteral("2016-2023")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("province,unit,period_from,period_to,value,"));
        const Run unknown = cli({QStringLiteral("compare"), QStringLiteral("--metric"), QStringLiteral("discipline.member"),
                                 QStringLiteral("--db"), db});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(QString::fromUtf8(unknown.err).contains(QStringLiteral("discipline.member")));
    }

    void exportWritesThePdfAndCsv()
    {
        const QString db = m_dir.filePath(QStringLiteral("export.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(THP_SAMPLES_DIR)}).exitCode, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("kỷ luật.pdf"));
        const QString csv = m_dir.filePath(QStringLiteral("kỷ luật.csv"));
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--pdf"), pdf, QStringLiteral("--csv=") + csv,
                           QStringLiteral("--db"), db, QStringLiteral("--metric"), QStringLiteral("discipline.members"),
                           QStringLiteral("--provinces"), QStringLiteral("Lang Son,An Giang")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(pdf).size() > 1000);

        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!text.waitForFinished(60000) || text.exitStatus() != QProcess::NormalExit)
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        // The Lạng Sơn and An Giang samples report 223 (2023) and 944 (2016–2020) members disciplined.
        for (const QString &expected : {QStringLiteral("Kỷ luật đảng viên"), QStringLiteral("Lạng Sơn"), QStringLiteral("An Giang"),
                                        QStringLiteral("223"), QStringLiteral("944"), QStringLiteral("2016–2020"),
                                        QStringLiteral("Tỉnh/thành: Lạng Sơn, An Giang"), QStringLiteral("Trang 1/1")})
            QVERIFY2(out.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + out));
        QVERIFY2(!out.contains(QStringLiteral("Nghệ An")), qPrintable(out)); // not asked for

        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "Tỉnh/thành,2016–2020,2023,Ghi chú\r\n"));
        QVERIFY(bytes.contains("Lạng Sơn,,223,"));

        // No output named, an unknown metric, an unwritable file: clear errors, not an empty PDF.
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--metric"), QStringLiteral("discipline.members")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--metric"), QStringLiteral("kyluat"),
                      QStringLiteral("--pdf"), pdf}).exitCode, 2);
        const Run bad = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--metric"), QStringLiteral("discipline.members"),
                             QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("no/such/dir/out.pdf"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(QString::fromUtf8(bad.err).contains(QStringLiteral("no/such/dir/out.pdf")), bad.err.constData());
    }

    void importAndSearchOnPostgres()
    {
        if (thp::test::postgresUrl().isEmpty())
            QSKIP("THP_TEST_PG_URL not set (scripts/with-postgres)");
        QString error;
        QVERIFY2(thp::test::resetPostgres(&error), qPrintable(error));
        const QString url = thp::test::postgresUrl();
        const Run first = cli({QStringLiteral("import"), QStringLiteral("--db"), url, kSample});
        QVERIFY2(first.exitCode == 0, QByteArray(first.out + first.err).constData());
        QVERIFY(QString::fromUtf8(first.out).contains(QStringLiteral("imported 1, skipped 0, failed 0")));
        const Run second = cli({QStringLiteral("import"), QStringLiteral("--db"), url, kSample});
        QVERIFY2(QString::fromUtf8(second.out).contains(QStringLiteral("imported 0, skipped 1, failed 0")),
                 second.out.constData());
        const Run search = cli({QStringLiteral("search"), QStringLiteral("--db"), url, QStringLiteral("KY LUAT"),
                                QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(search.out).object().value(QStringLiteral("results")).toArray().size(), 1);
        const Run compare = cli({QStringLiteral("compare"), QStringLiteral("--db"), url, QStringLiteral("--metric"),
                                 QStringLiteral("discipline.members"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(compare.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(compare.out).object().value(QStringLiteral("rows")).isArray());
    }

    void reextractKeepsWhatPeopleReviewed()
    {
        const QString db = m_dir.filePath(QStringLiteral("reextract.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, kSample}).exitCode, 0);
        qint64 confirmedId = 0, editedId = 0, rejectedId = 0;
        double editedValue = 0;
        qsizetype before = 0;
        {
            QString error;
            auto database = thp::Database::open(db, &error);
            QVERIFY2(database, qPrintable(error));
            const QList<thp::StoredFact> facts = thp::ReportStore(*database).facts(1);
            before = facts.size();
            if (facts.size() < 3)
                QSKIP("the extractor gives fewer than three figures for the sample");
            thp::FactStore review(*database);
            confirmedId = facts.at(0).id;
            QVERIFY(review.confirmFact(confirmedId, QStringLiteral("Hoa")).ok);
            editedId = facts.at(1).id;
            thp::Fact corrected = facts.at(1).fact;
            editedValue = corrected.value + 1;
            corrected.value = editedValue;
            QVERIFY(review.updateFact(editedId, corrected, QStringLiteral("Hoa")).ok);
            rejectedId = facts.at(2).id;
            QVERIFY(review.rejectFact(rejectedId, QStringLiteral("Hoa")).ok);
        }
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--reextract"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("3 reviewed kept")), r.out.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("re-extracted 1, failed 0")));

        QString error;
        auto database = thp::Database::open(db, &error);
        QVERIFY2(database, qPrintable(error));
        thp::FactStore review(*database);
        QCOMPARE(review.fact(confirmedId)->status, thp::FactStatus::Confirmed);
        QCOMPARE(review.fact(editedId)->status, thp::FactStatus::Edited);
        QCOMPARE(review.fact(editedId)->fact.value, editedValue);
        QCOMPARE(review.fact(rejectedId)->status, thp::FactStatus::Rejected);
        // The same figures are read again; the reviewed ones are not added a second time.
        QCOMPARE(thp::ReportStore(*database).facts(1).size(), before);
    }

    void exportSpeaksTheLanguageAskedFor()
    {
        // A figure entered by hand is listed as "entered by NAME": a message of the core,
        // which must come out in Vietnamese in a Vietnamese PDF and in English in an English one.
        const QString db = m_dir.filePath(QStringLiteral("export-language.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, kSample}).exitCode, 0);
        {
            QString error;
            auto database = thp::Database::open(db, &error);
            QVERIFY2(database, qPrintable(error));
            thp::Fact f;
            f.metric = QStringLiteral("discipline.members");
            f.level = thp::Level::All;
            f.value = 77;
            f.period = thp::Period{2024, 2024};
            QVERIFY(thp::FactStore(*database).addEnteredFact(f, QStringLiteral("Cà Mau"), QStringLiteral("Hoa")).ok);
        }
        for (const auto &[language, expected, absent] :
             {std::tuple{QStringLiteral("vi"), QStringLiteral("do Hoa nhập tay"), QStringLiteral("entered by")},
              std::tuple{QStringLiteral("en"), QStringLiteral("entered by Hoa"), QStringLiteral("nhập tay")}}) {
            const QString pdf = m_dir.filePath(QStringLiteral("ca-mau-%1.pdf").arg(language));
            const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--metric"),
                               QStringLiteral("discipline.members"), QStringLiteral("--provinces"), QStringLiteral("Ca Mau"),
                               QStringLiteral("--language"), language, QStringLiteral("--pdf"), pdf});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            if (!text.waitForFinished(60000) || text.exitStatus() != QProcess::NormalExit)
                QSKIP("pdftotext (poppler-utils) is not installed");
            const QString out = QString::fromUtf8(text.readAllStandardOutput()).simplified();
            QVERIFY2(out.contains(expected), qPrintable(language + QStringLiteral(": ") + out));
            QVERIFY2(!out.contains(absent), qPrintable(language + QStringLiteral(": ") + out));
        }
    }

    void importToAnUnopenableDatabaseFails()
    {
        const Run r = cli({QStringLiteral("import"), kSample, QStringLiteral("--db"), m_dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(m_dir.path()), r.err.constData());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
