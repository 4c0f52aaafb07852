// Golden-file extraction test: every *.json in this folder holds sentences written in the
// style of provincial reports with the facts the extractor must (and must not) give.
// One data row per case id; a failure prints the case, its text and what was produced.

#include "FactMatching.h"
#include "extract/Extractor.h"
#include "model/MetricCatalogue.h"
#include "text/Normalizer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace thp;

namespace {

QString goldenDir()
{
    return QStringLiteral(THP_GOLDEN_DIR);
}

Fact factFromJson(const QJsonObject &o)
{
    Fact f;
    f.metric = o.value(QLatin1String("metric")).toString();
    f.level = o.value(QLatin1String("level")).toString(Level::All);
    f.value = o.value(QLatin1String("value")).toDouble();
    f.qualifier = o.value(QLatin1String("qualifier")).toString(Qualifier::Exact);
    const QJsonValue p = o.value(QLatin1String("period"));
    if (p.isObject())
        f.period = Period{p[QLatin1String("from")].toInt(), p[QLatin1String("to")].toInt()};
    return f;
}

QList<Fact> factsFromJson(const QJsonArray &a)
{
    QList<Fact> out;
    for (const QJsonValue &v : a)
        out.append(factFromJson(v.toObject()));
    return out;
}

// All cases of all files, in file order.
QList<QPair<QString, QJsonObject>> loadCases(QString *error)
{
    QList<QPair<QString, QJsonObject>> cases;
    const QDir dir(goldenDir());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(name, file.errorString());
            return {};
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (doc.isNull()) {
            *error = QStringLiteral("%1: %2 at offset %3").arg(name, parseError.errorString()).arg(parseError.offset);
            return {};
        }
        for (const QJsonValue &c : doc.object().value(QLatin1String("cases")).toArray())
            cases.append({name, c.toObject()});
    }
    return cases;
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void data_isWellFormed();
    void extract_data();
    void extract();
};

// The data itself: unique ids, known metric/level/qualifier keys, enough cases, every metric.
void TestGolden::data_isWellFormed()
{
    QString error;
    const auto cases = loadCases(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(cases.size() >= 170, qPrintable(QStringLiteral("only %1 golden cases").arg(cases.size())));

    const MetricCatalogue &catalogue = MetricCatalogue::instance();
    QSet<QString> ids;
    QSet<QString> covered;
    for (const auto &[file, c] : cases) {
        const QString id = c.value(QLatin1String("id")).toString();
        QVERIFY2(!id.isEmpty(), qPrintable(file + QStringLiteral(": case without id")));
        QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("duplicate id ") + id));
        ids.insert(id);
        QVERIFY2(!c.value(QLatin1String("text")).toString().isEmpty(), qPrintable(id + QStringLiteral(": empty text")));
        for (const Fact &f : factsFromJson(c.value(QLatin1String("facts")).toArray())) {
            QVERIFY2(catalogue.contains(f.metric), qPrintable(id + QStringLiteral(": unknown metric ") + f.metric));
            QVERIFY2(Level::all().contains(f.level), qPrintable(id + QStringLiteral(": unknown level ") + f.level));
            QVERIFY2(Qualifier::all().contains(f.qualifier), qPrintable(id + QStringLiteral(": unknown qualifier ") + f.qualifier));
            QVERIFY2(!f.period || f.period->from <= f.period->to, qPrintable(id + QStringLiteral(": period runs backwards")));
            covered.insert(f.metric);
        }
        for (const Fact &f : factsFromJson(c.value(QLatin1String("not")).toArray()))
            QVERIFY2(catalogue.contains(f.metric), qPrintable(id + QStringLiteral(": unknown metric in 'not' ") + f.metric));
    }
    for (const MetricInfo &m : catalogue.metrics())
        QVERIFY2(covered.contains(m.key), qPrintable(QStringLiteral("no golden case expects ") + m.key));
}

void TestGolden::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonArray>("expected");
    QTest::addColumn<QJsonArray>("forbidden");
    QTest::addColumn<bool>("exhaustive");

    QString error;
    const auto cases = loadCases(&error);
    if (!error.isEmpty())
        qFatal("golden data: %s", qPrintable(error));
    for (const auto &[file, c] : cases) {
        const QString id = c.value(QLatin1String("id")).toString();
        QTest::newRow(qPrintable(id)) << c.value(QLatin1String("text")).toString()
                                      << c.value(QLatin1String("facts")).toArray()
                                      << c.value(QLatin1String("not")).toArray()
                                      << c.value(QLatin1String("exhaustive")).toBool(false);
    }
}

void TestGolden::extract()
{
    QFETCH(QString, text);
    QFETCH(QJsonArray, expected);
    QFETCH(QJsonArray, forbidden);
    QFETCH(bool, exhaustive);

    const QList<Fact> produced = Extractor::instance().extract(Normalizer::toNfc(text)).facts;
    const QList<Fact> want = factsFromJson(expected);

    QStringList problems;
    QList<bool> used(produced.size(), false);
    for (const Fact &w : want) {
        qsizetype hit = -1;
        for (qsizetype i = 0; i < produced.size() && hit < 0; ++i) {
            if (!used.at(i) && test::sameFact(w, produced.at(i)))
                hit = i;
        }
        if (hit < 0)
            problems << QStringLiteral("missing:   ") + test::describe(w);
        else
            used[hit] = true;
    }
    for (const QJsonValue &v : forbidden) {
        const QJsonObject o = v.toObject();
        const Fact bad = factFromJson(o);
        for (const Fact &p : produced) {
            if (p.metric == bad.metric && test::sameValue(bad.metric, bad.value, p.value)
                && (!o.contains(QLatin1String("level")) || p.level == bad.level))
                problems << QStringLiteral("forbidden: ") + test::describe(p);
        }
    }
    if (exhaustive) {
        for (qsizetype i = 0; i < produced.size(); ++i) {
            if (!used.at(i))
                problems << QStringLiteral("extra:     ") + test::describe(produced.at(i));
        }
    }
    if (!problems.isEmpty()) {
        const QString message = QStringLiteral("%1\n  text: %2\n  %3\n  produced:\n%4")
                                    .arg(QString::fromLatin1(QTest::currentDataTag()), text,
                                         problems.join(QStringLiteral("\n  ")), test::describe(produced));
        QFAIL(qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
