#include "app/FactEditDialog.h"

#include "analysis/FactInput.h"
#include "app/FactChoices.h"
#include "app/FamilyColours.h"
#include "model/MetricCatalogue.h"
#include "render/FactLabels.h"

#include "ui_FactEditDialog.h"

#include <QEvent>
#include <QPushButton>
#include <QStandardItemModel>

namespace thp::app {

using render::FactLabels;

namespace {
constexpr int MetricKeyRole = Qt::UserRole + 1;
}

FactEditDialog::FactEditDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::FactEditDialog>())
    , m_mode(mode)
{
    m_ui->setupUi(this);
    fillChoices();
    // Return saves from any field.
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (canSave())
            accept();
    });
    connect(m_ui->metricCombo, &QComboBox::currentIndexChanged, this, &FactEditDialog::updateProblems);
    connect(m_ui->valueEdit, &QLineEdit::textChanged, this, &FactEditDialog::updateProblems);
    connect(m_ui->periodEdit, &QLineEdit::textChanged, this, &FactEditDialog::updateProblems);
    if (m_mode == Add)
        setWindowTitle(tr("Add a figure the extraction missed"));
}

FactEditDialog::~FactEditDialog() = default;

void FactEditDialog::fillChoices()
{
    const QString language = FactLabels::catalogueLanguage();
    const MetricCatalogue &catalogue = MetricCatalogue::instance();
    auto *model = new QStandardItemModel(m_ui->metricCombo);
    if (m_mode == Add) {
        auto *choose = new QStandardItem(tr("Choose what the figure counts…"));
        choose->setData(QString(), MetricKeyRole);
        model->appendRow(choose);
    }
    // Grouped by family: the family's name as a heading that cannot be chosen.
    for (const MetricFamily &family : catalogue.families()) {
        auto *heading = new QStandardItem(catalogue.familyName(family.key, language));
        heading->setFlags(Qt::NoItemFlags);
        QFont bold = m_ui->metricCombo->font();
        bold.setBold(true);
        heading->setFont(bold);
        // Its family's colours (as in the text); readable although it cannot be chosen.
        heading->setData(familyBackground(family.key), Qt::BackgroundRole);
        heading->setData(familyAccent(family.key).darker(160), Qt::ForegroundRole);
        model->appendRow(heading);
        for (const MetricInfo &m : catalogue.metrics()) {
            if (m.family != family.key)
                continue;
            auto *item = new QStandardItem(catalogue.displayName(m.key, language));
            item->setData(m.key, MetricKeyRole);
            item->setToolTip(m.key);
            model->appendRow(item);
        }
    }
    const QString current = currentMetric();
    m_ui->metricCombo->setModel(model);
    if (!selectMetric(current) && m_mode == Add)
        m_ui->metricCombo->setCurrentIndex(0);

    FactChoices::fillLevels(m_ui->tierCombo, Level::All, FactChoices::National::Included);
    FactChoices::fillQualifiers(m_ui->qualifierCombo, Qualifier::Exact);
}

bool FactEditDialog::selectMetric(const QString &metricKey)
{
    if (metricKey.isEmpty())
        return false;
    const int row = m_ui->metricCombo->findData(metricKey, MetricKeyRole);
    if (row < 0)
        return false;
    m_ui->metricCombo->setCurrentIndex(row);
    return true;
}

QString FactEditDialog::currentMetric() const
{
    return m_ui->metricCombo->currentData(MetricKeyRole).toString();
}

void FactEditDialog::setFact(const Fact &fact, int reportYear)
{
    m_original = fact;
    m_reportYear = reportYear;
    if (!selectMetric(fact.metric) && m_mode == Add)
        m_ui->metricCombo->setCurrentIndex(0);
    m_ui->valueEdit->setText(FactInput::editText(fact.value));
    m_ui->tierCombo->setCurrentIndex(std::max(0, m_ui->tierCombo->findData(fact.level)));
    m_ui->qualifierCombo->setCurrentIndex(std::max(0, m_ui->qualifierCombo->findData(fact.qualifier)));
    m_ui->periodEdit->setText(fact.period ? fact.period->toString() : QString());
    updateTexts();
    updateProblems();
    m_ui->valueEdit->selectAll();
    m_firstField = m_mode == Add && fact.metric.isEmpty() ? static_cast<QWidget *>(m_ui->metricCombo) : m_ui->valueEdit;
    m_firstField->setFocus();
}

void FactEditDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Showing gives the focus to the first field in tab order; the field to change is
    // the value (or, for a new figure, what it counts).
    if (m_firstField)
        m_firstField->setFocus();
}

void FactEditDialog::updateTexts()
{
    m_ui->periodEdit->setPlaceholderText(m_reportYear > 0 ? tr("%1 (the report's year)").arg(m_reportYear) : QString());
    m_ui->wordsLabel->setText(m_original.text.isEmpty()
                                  ? QString()
                                  : tr("Read from: <i>«%1»</i>").arg(m_original.text.toHtmlEscaped()));
}

Fact FactEditDialog::fact() const
{
    Fact f = FactInput::withMetric(m_original, currentMetric());
    if (const auto v = FactInput::parseValue(m_ui->valueEdit->text()))
        f.value = *v;
    f.level = m_ui->tierCombo->currentData().toString();
    f.qualifier = m_ui->qualifierCombo->currentData().toString();
    bool periodOk = false;
    f.period = FactInput::parsePeriod(m_ui->periodEdit->text(), &periodOk);
    if (!periodOk)
        f.period = m_original.period;
    return f;
}

bool FactEditDialog::canSave() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled();
}

QStringList FactEditDialog::problems() const
{
    return m_problems;
}

void FactEditDialog::updateProblems()
{
    QStringList errors;
    QStringList warnings;
    if (!FactInput::parseValue(m_ui->valueEdit->text()))
        errors << FactInput::valueProblem();
    bool periodOk = false;
    FactInput::parsePeriod(m_ui->periodEdit->text(), &periodOk);
    if (!periodOk)
        errors << FactInput::periodProblem();
    const FactInput::Check check = FactInput::check(fact());
    errors << check.errors;
    warnings << check.warnings;
    if (m_mode == Correct)
        for (const QString &w : m_original.warnings)
            warnings << tr("Check on the report: %1").arg(w);
    errors.removeDuplicates();
    m_problems = errors + warnings;
    QStringList html;
    for (const QString &e : std::as_const(errors))
        html << QStringLiteral("<span style='color:#c62828'>\u2716 %1</span>").arg(e.toHtmlEscaped());
    for (const QString &w : std::as_const(warnings))
        html << QStringLiteral("<span style='color:#b26a00'>\u26a0 %1</span>").arg(w.toHtmlEscaped());
    m_ui->problemsLabel->setText(html.join(QStringLiteral("<br>")));
    m_ui->problemsLabel->setVisible(!html.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(errors.isEmpty());
}

void FactEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_mode == Add)
            setWindowTitle(tr("Add a figure the extraction missed"));
        fillChoices(); // keeps what is chosen
        updateTexts();
        updateProblems();
    }
    QDialog::changeEvent(event);
}

} // namespace thp::app
