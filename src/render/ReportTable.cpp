#include "render/ReportTable.h"

#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "render/FactLabels.h"

namespace thp::render {

QString ReportTable::subtitle(const StoredReport &report)
{
    QStringList parts;
    if (!report.province.isEmpty())
        parts << (report.unit.isEmpty() ? report.province : report.unit + QStringLiteral(", ") + report.province);
    if (report.year > 0)
        parts << tr("year %1").arg(report.year);
    if (!report.fileName.isEmpty())
        parts << tr("source: %1").arg(report.fileName);
    return parts.join(QStringLiteral(" · "));
}

FactTable ReportTable::build(const StoredReport &report, const QList<StoredFact> &facts, const QString &language)
{
    FactTable t;
    t.title = report.title.isEmpty() ? report.fileName : report.title;
    t.subtitle = subtitle(report);
    t.headers = {tr("Figure"), tr("Value"), tr("Unit"), tr("Period"), tr("Tier"), tr("Qualifier"), tr("Status")};
    t.numericColumns = {1};
    const MetricCatalogue &catalogue = MetricCatalogue::instance();
    for (const StoredFact &sf : facts) {
        if (sf.status == FactStatus::Rejected)
            continue;
        const Fact &f = sf.fact;
        const QString period = f.period ? f.period->toString()
                                        : (report.year > 0 ? QString::number(report.year) : QString());
        t.rows << QStringList{catalogue.displayName(f.metric, language),
                              VietFormat::metricValue(f.metric, f.value),
                              catalogue.displayUnit(f.metric, language, f.unit),
                              period,
                              FactLabels::level(f.level),
                              FactLabels::qualifier(f.qualifier),
                              FactLabels::status(sf.status)};
    }
    return t;
}

} // namespace thp::render
