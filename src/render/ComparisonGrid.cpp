#include "render/ComparisonGrid.h"

#include "model/Fact.h"
#include "model/VietFormat.h"
#include "render/ComparisonText.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace thp::render {

namespace {

QString rowLabel(const CompareRow &row)
{
    return row.unit.isEmpty() ? row.province : row.province + QStringLiteral(" (") + row.unit + QLatin1Char(')');
}

} // namespace

ComparisonGrid ComparisonGrid::fromResult(const CompareResult &result, ComparisonMeasure measure, const QString &language)
{
    ComparisonGrid g;
    g.options = result.options;
    g.isRate = result.isRate;
    g.language = language;
    // Per 1,000 members only means something for counts; a rate stays a rate.
    g.measure = result.isRate ? ComparisonMeasure::Value : measure;
    const ComparisonText text(language);

    // The query sorts rows by province (Vietnamese collation), unit, then period: keep that order.
    QHash<QString, qsizetype> rowOf;
    for (const CompareRow &r : result.rows) {
        const QString label = rowLabel(r);
        if (!rowOf.contains(label)) {
            rowOf.insert(label, g.rowLabels.size());
            g.rowLabels << label;
        }
        if (!g.periods.contains(r.period))
            g.periods << r.period;
    }
    std::sort(g.periods.begin(), g.periods.end(), [](const Period &a, const Period &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    g.cells = QList<QList<ComparisonCell>>(g.rowLabels.size(), QList<ComparisonCell>(g.periods.size()));

    // A comparison over a big database cites thousands of reports: look them up in a set.
    QSet<QString> seenSources;
    for (const CompareRow &r : result.rows) {
        ComparisonCell &c = g.cells[rowOf.value(rowLabel(r))][g.periods.indexOf(r.period)];
        c.present = true;
        c.qualifier = r.qualifier;
        c.status = r.status;
        c.sources = r.sources;
        c.note = r.note;
        c.disagreement = r.disagreement;
        c.alternatives = r.alternatives;
        if (g.measure == ComparisonMeasure::PerThousandMembers) {
            c.value = r.perThousandMembers;
            if (r.value && !r.perThousandMembers)
                c.note = text.get(ComparisonText::NoMemberCount) + (r.note.isEmpty() ? QString() : QStringLiteral("; ") + r.note);
        } else {
            c.value = r.value;
        }
        for (const QString &s : r.sources)
            if (!seenSources.contains(s)) {
                seenSources.insert(s);
                g.sources << s;
            }
    }

    // Notes numbered in reading order: row by row, period by period.
    for (qsizetype row = 0; row < g.rowLabels.size(); ++row) {
        for (qsizetype col = 0; col < g.periods.size(); ++col) {
            ComparisonCell &c = g.cells[row][col];
            if (c.note.isEmpty())
                continue;
            c.noteNumber = int(g.notes.size()) + 1;
            g.notes.append({c.noteNumber, g.rowLabels.at(row), g.periods.at(col), c.note, !c.value.has_value()});
        }
    }
    return g;
}

QString ComparisonGrid::valueText(const std::optional<double> &value) const
{
    if (!value)
        return {};
    if (measure == ComparisonMeasure::PerThousandMembers)
        return VietFormat::number(*value, 2);
    return VietFormat::value(*value, isRate);
}

QString ComparisonGrid::cellText(qsizetype row, qsizetype column, bool forReader) const
{
    const ComparisonCell &c = cell(row, column);
    if (!c.present)
        return {};
    QString s;
    if (!c.value) {
        s = QStringLiteral("—");
    } else {
        if (c.qualifier == Qualifier::Approx)
            s = QStringLiteral("~");
        else if (c.qualifier == Qualifier::AtLeast)
            s = QStringLiteral("≥");
        s += valueText(c.value);
        if (c.qualifier == Qualifier::Projected)
            s += QLatin1Char('*');
    }
    if (forReader && c.value && c.disagreement)
        s += QStringLiteral(" ≠");
    if (forReader && c.noteNumber > 0)
        s += QStringLiteral(" (%1)").arg(c.noteNumber);
    return s;
}

QList<ComparisonNote> ComparisonGrid::notComparable() const
{
    QList<ComparisonNote> list;
    for (qsizetype row = 0; row < rowLabels.size(); ++row)
        for (qsizetype col = 0; col < periods.size(); ++col) {
            const ComparisonCell &c = cell(row, col);
            if (c.present && !c.value)
                list.append({c.noteNumber, rowLabels.at(row), periods.at(col), c.note, true});
        }
    return list;
}

} // namespace thp::render
