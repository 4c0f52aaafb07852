#include "analysis/FactInput.h"

#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "text/Normalizer.h"
#include "text/NumberReader.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace thp {

std::optional<double> FactInput::parseValue(const QString &input)
{
    QString text = input.trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text = text.chopped(1).trimmed();
    text.remove(QChar(0x00a0)).remove(QChar(0x202f)).remove(QLatin1Char(' '));
    if (text.isEmpty() || !text.front().isDigit())
        return std::nullopt;
    // A person typing "98.4" means a decimal: a dot is a thousands separator only before
    // exactly three digits. (The extractor refuses such numbers in reports; a typist is sure.)
    static const QRegularExpression dotDecimal(QStringLiteral("^\\d+\\.(\\d{1,2}|\\d{4,})$"));
    if (dotDecimal.match(text).hasMatch())
        return QLocale::c().toDouble(text);
    const QString nfc = Normalizer::toNfc(text);
    const NumberToken t = NumberReader::read(nfc, Normalizer::matchKey(nfc), 0, nfc.size());
    if (t.end != nfc.size() || t.multiplied)
        return std::nullopt;
    switch (t.kind) {
    case NumberToken::Count:
    case NumberToken::Decimal:
    case NumberToken::Percent:
    case NumberToken::Year:
        return t.value;
    default:
        return std::nullopt;
    }
}

std::optional<Period> FactInput::parsePeriod(const QString &input, bool *ok)
{
    const QString text = input.trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:\\s*[-\u2013\u2014/]\\s*(\\d{4}))?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        *ok = false;
        return std::nullopt;
    }
    Period p;
    p.from = m.captured(1).toInt();
    p.to = m.capturedLength(2) > 0 ? m.captured(2).toInt() : p.from;
    return p;
}

QString FactInput::editText(double value)
{
    QString s = QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(value, 'f', 2);
    // Trailing zeros of the decimals go ("98,40" → "98,4", "944,00" → "944").
    if (s.contains(QLatin1Char(','))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char(',')))
            s.chop(1);
    }
    return s;
}

QString FactInput::valueProblem()
{
    return tr("Write the value as a number, the Vietnamese way: 58.713 or 98,4.");
}

QString FactInput::periodProblem()
{
    return tr("Write the period as a year (2023) or a range of years (2016-2020), or leave it empty.");
}

Fact FactInput::withMetric(Fact fact, const QString &metric)
{
    const bool changed = fact.metric != metric;
    fact.metric = metric;
    if (changed || fact.unit.isEmpty())
        if (const MetricInfo *m = MetricCatalogue::instance().find(metric))
            fact.unit = m->unit;
    return fact;
}

std::optional<FactInput::Found> FactInput::firstFigure(const QString &words)
{
    const QString nfc = Normalizer::toNfc(words);
    const QString key = Normalizer::matchKey(nfc);
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        if (!nfc.at(i).isDigit() || (i > 0 && nfc.at(i - 1).isLetterOrNumber()))
            continue;
        const NumberToken t = NumberReader::read(nfc, key, i, nfc.size());
        if (t.isFigureKind() && t.kind != NumberToken::Ratio)
            return Found{t.value, {t.start, t.end}, t.kind == NumberToken::Percent};
        i = std::max(i, t.end - 1);
    }
    return std::nullopt;
}

FactInput::Check FactInput::check(const Fact &f)
{
    Check c;
    const MetricCatalogue &catalogue = MetricCatalogue::instance();
    const MetricInfo *metric = catalogue.find(f.metric);
    if (!metric)
        c.errors << tr("Choose what the figure counts.");
    if (!std::isfinite(f.value))
        c.errors << tr("Type the figure as a number, for example 58.713 or 98,4.");
    else if (f.value < 0)
        c.errors << tr("A figure cannot be below zero.");
    if (f.period && f.period->from > f.period->to)
        c.errors << tr("The period ends (%1) before it begins (%2).").arg(f.period->to).arg(f.period->from);
    else if (f.period && (f.period->from < 1930 || f.period->to > 2100))
        c.errors << tr("The period %1 is not a range of years between 1930 and 2100.").arg(f.period->toString());
    if (!metric || !std::isfinite(f.value) || f.value < 0)
        return c;
    if (metric->isRate && f.value > 100)
        c.warnings << tr("A rate above 100% (%1): please check the figure.").arg(VietFormat::rate(f.value));
    if (!metric->isRate && std::fabs(f.value - std::round(f.value)) > 1e-9)
        c.warnings << tr("%1 is a count, but %2 is not a whole number.")
                          .arg(catalogue.displayName(metric->key), VietFormat::number(f.value));
    return c;
}

} // namespace thp
