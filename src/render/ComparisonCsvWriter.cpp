#include "render/ComparisonCsvWriter.h"

#include "model/Fact.h"
#include "render/ComparisonText.h"

#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace thp::render {

namespace {

QString field(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString plainValue(const ComparisonGrid &grid, double v)
{
    QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    vi.setNumberOptions(QLocale::OmitGroupSeparator);
    int decimals = 0;
    for (double scaled = v; decimals < 2 && std::fabs(scaled - std::round(scaled)) > 1e-9; scaled *= 10)
        ++decimals;
    const QString s = vi.toString(v, 'f', decimals);
    return grid.isRate && grid.measure == ComparisonMeasure::Value ? s + QLatin1Char('%') : s;
}

} // namespace

QByteArray ComparisonCsvWriter::toCsv(const ComparisonGrid &grid)
{
    const ComparisonText text(grid.language);
    const QString eol = QStringLiteral("\r\n");
    QStringList header{text.get(ComparisonText::ProvinceAxis)};
    for (const Period &p : grid.periods)
        header << p.toString();
    header << text.get(ComparisonText::Note);
    QString out;
    for (const QString &h : header)
        out += (out.isEmpty() ? QString() : QStringLiteral(",")) + field(h);
    out += eol;

    for (qsizetype r = 0; r < grid.rowLabels.size(); ++r) {
        QStringList line{grid.rowLabels[r]};
        QStringList notes;
        for (qsizetype c = 0; c < grid.periods.size(); ++c) {
            const ComparisonCell &cell = grid.cell(r, c);
            line << (cell.value ? plainValue(grid, *cell.value) : QString());
            QStringList remarks;
            if (cell.value && cell.qualifier != Qualifier::Exact && !text.qualifier(cell.qualifier).isEmpty())
                remarks << text.qualifier(cell.qualifier);
            if (!cell.note.isEmpty())
                remarks << cell.note;
            if (!remarks.isEmpty())
                notes << grid.periods[c].toString() + QStringLiteral(": ") + remarks.join(QStringLiteral("; "));
        }
        line << notes.join(QStringLiteral(" | "));
        QString row;
        for (qsizetype i = 0; i < line.size(); ++i)
            row += (i ? QStringLiteral(",") : QString()) + field(line[i]);
        out += row + eol;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool ComparisonCsvWriter::write(const ComparisonGrid &grid, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(grid)) < 0 || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}

} // namespace thp::render
