#pragma once
// Hand-built reports for the storage tests: the extractor's output may change, these do not.
// The same tests run on SQLite and, when THP_TEST_PG_URL is set (scripts/with-postgres),
// again on PostgreSQL.
#include "store/ReportStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace thp::test {

inline QString postgresUrl()
{
    return qEnvironmentVariable("THP_TEST_PG_URL");
}

// Which database the running test class uses.
inline bool &onPostgres()
{
    static bool pg = false;
    return pg;
}

inline QString backendName()
{
    return onPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

// Empties the PostgreSQL test database (all tables, the schema version with them).
inline bool resetPostgres(QString *error)
{
    const QUrl url(postgresUrl());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("thp-test-reset"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SET client_min_messages TO WARNING"))
                && q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) && q.exec(QStringLiteral("CREATE SCHEMA public"));
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("thp-test-reset"));
    return ok;
}

// A new, empty database: a file in dir, or the PostgreSQL test database emptied.
inline QString freshDatabase(const QTemporaryDir &dir, const QString &name)
{
    if (!onPostgres())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    QString error;
    if (!resetPostgres(&error))
        qWarning("cannot empty the PostgreSQL test database: %s", qPrintable(error));
    return postgresUrl();
}

// Runs a test class on SQLite, then on PostgreSQL when a test server is given.
template<class TestClass>
int runOnEachBackend(int argc, char **argv)
{
    int status = 0;
    onPostgres() = false;
    {
        TestClass t;
        status |= QTest::qExec(&t, argc, argv);
    }
    if (!postgresUrl().isEmpty()) {
        onPostgres() = true;
        TestClass t;
        status |= QTest::qExec(&t, argc, argv);
        onPostgres() = false;
    }
    return status;
}

inline Fact fact(const QString &metric, double value, std::optional<Period> period, qsizetype start = 0,
                 qsizetype end = 0, const QString &level = Level::All)
{
    Fact f;
    f.metric = metric;
    f.level = level;
    f.value = value;
    f.period = period;
    f.span = {start, end};
    f.unit = QStringLiteral("đảng viên");
    f.text = QStringLiteral("%1 đảng viên").arg(value);
    f.confidence = 0.9;
    f.ruleId = QStringLiteral("test");
    return f;
}

inline ReportInput report(const QString &province, int year, const QList<Fact> &facts,
                          const QString &text = {}, const QString &province2025 = {})
{
    ReportInput in;
    in.fileName = province + QStringLiteral("-%1.txt").arg(year);
    in.document.text = text.isEmpty() ? QStringLiteral("Báo cáo của Tỉnh ủy %1 năm %2.").arg(province).arg(year) : text;
    in.document.format = QStringLiteral("txt");
    in.document.encoding = QStringLiteral("UTF-8");
    in.extraction.info.title = QStringLiteral("Báo cáo %1 %2").arg(province).arg(year);
    in.extraction.info.province = province;
    in.extraction.info.province2025 = province2025.isEmpty() ? province : province2025;
    in.extraction.info.year = year;
    in.extraction.facts = facts;
    return in;
}

} // namespace thp::test
