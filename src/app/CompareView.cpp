#include "app/CompareView.h"

#include "app/ComparisonPanel.h"
#include "app/ComparisonRunner.h"
#include "app/FactChoices.h"
#include "app/MetricChoices.h"
#include "app/ProvinceChecklistModel.h"
#include "app/SavedComparisons.h"
#include "model/MetricCatalogue.h"
#include "render/ComparisonCsvWriter.h"
#include "render/ComparisonPdfWriter.h"
#include "render/ComparisonText.h"
#include "render/FactLabels.h"
#include "store/Database.h"

#include "ui_CompareView.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

namespace thp::app {

namespace {

constexpr int kAnyYear = 1999; // the spin boxes' minimum reads "any"

QString chartKey(int index)
{
    return index == 1 ? QStringLiteral("bars") : index == 2 ? QStringLiteral("lines") : QStringLiteral("auto");
}

int chartIndex(const QString &key)
{
    return key == QLatin1String("bars") ? 1 : key == QLatin1String("lines") ? 2 : 0;
}

// A file name from the metric's name: letters kept (Vietnamese too), the rest dashes.
QString suggestedFileName(const render::ComparisonGrid &grid, const QString &suffix)
{
    QString name = render::ComparisonText(grid.language).metricName(grid.options.metric);
    for (QChar &c : name)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    name = name.split(QLatin1Char('-'), Qt::SkipEmptyParts).join(QLatin1Char('-'));
    return name + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) + suffix;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::CompareView>())
    , m_provinces(new ProvinceChecklistModel(this))
    , m_runner(new ComparisonRunner(this))
    , m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_live = new ComparisonPanel(false, m_ui->resultsSplitter);
    m_ui->resultsSplitter->addWidget(m_live);
    m_ui->pageSplitter->setStretchFactor(0, 0);
    m_ui->pageSplitter->setStretchFactor(1, 1);
    m_ui->provinceTree->setModel(m_provinces);
    m_ui->provinceTree->setEnabled(false);
    m_ui->yearFrom->setGroupSeparatorShown(false);
    m_ui->yearTo->setGroupSeparatorShown(false);
    m_ui->keepButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_ui->saveButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_ui->exportPdfButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_ui->exportCsvButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    fillCombos();
    fillSavedCombo();
    // The page opens with the comparison shown last.
    if (const std::optional<SavedComparison> last = SavedComparisons::last())
        applyFilter(*last);

    // Filter changes are gathered for a moment, so that ticking several provinces or
    // stepping through years asks the database once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(120);
    connect(m_refreshTimer, &QTimer::timeout, this, &CompareView::refresh);
    connect(m_ui->metricCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        scheduleRefresh();
    });
    connect(m_ui->levelCombo, &QComboBox::currentIndexChanged, this, &CompareView::scheduleRefresh);
    connect(m_ui->yearFrom, &QSpinBox::valueChanged, this, &CompareView::scheduleRefresh);
    connect(m_ui->yearTo, &QSpinBox::valueChanged, this, &CompareView::scheduleRefresh);
    connect(m_ui->confirmedCheck, &QCheckBox::toggled, this, &CompareView::scheduleRefresh);
    connect(m_ui->boundariesCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_provinces->setBoundaries2025(on);
        m_ui->provinceTree->expandAll();
        scheduleRefresh();
    });
    connect(m_ui->allProvincesCheck, &QCheckBox::toggled, this, [this](bool all) {
        m_ui->provinceTree->setEnabled(!all);
        scheduleRefresh();
    });
    connect(m_provinces, &ProvinceChecklistModel::checksChanged, this, &CompareView::scheduleRefresh);
    // Measure and chart need no new query: the rows carry both.
    connect(m_ui->perThousandCheck, &QCheckBox::toggled, this, &CompareView::redraw);
    connect(m_ui->chartCombo, &QComboBox::currentIndexChanged, this, &CompareView::redraw);
    connect(m_runner, &ComparisonRunner::finished, this, &CompareView::showResult);

    connect(m_ui->keepButton, &QPushButton::clicked, this, &CompareView::keepCurrent);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CompareView::saveInteractively);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &CompareView::exportPdfInteractively);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &CompareView::exportCsvInteractively);
    connect(m_ui->savedCombo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            openSaved(m_ui->savedCombo->itemText(index));
        updateControls();
    });
    connect(m_ui->deleteSavedButton, &QToolButton::clicked, this, [this] {
        const int index = m_ui->savedCombo->currentIndex();
        if (index <= 0)
            return;
        SavedComparisons::remove(m_ui->savedCombo->itemText(index));
        fillSavedCombo();
    });
    m_ui->provinceTree->expandAll();
    updateControls();
    showHint();
    m_live->setMessage(tr("No database open."));
}

CompareView::~CompareView() = default;

void CompareView::setDatabase(Database *db)
{
    m_db = db;
    m_runner->cancel();
    m_haveResult = false;
    m_result = {};
    m_live->setComparison(render::ComparisonGrid{}, render::ChartKind::Bars);
    if (m_db)
        scheduleRefresh();
    else
        m_live->setMessage(tr("No database open."));
    updateControls();
}

CompareOptions CompareView::currentOptions() const
{
    CompareOptions o;
    o.metric = MetricChoices::current(m_ui->metricCombo);
    o.level = m_ui->levelCombo->currentData().toString();
    if (o.level.isEmpty())
        o.level = Level::All;
    if (!m_ui->allProvincesCheck->isChecked())
        o.provinces = m_provinces->checkedProvinces();
    o.yearFrom = m_ui->yearFrom->value() > kAnyYear ? m_ui->yearFrom->value() : 0;
    o.yearTo = m_ui->yearTo->value() > kAnyYear ? m_ui->yearTo->value() : 0;
    o.confirmedOnly = m_ui->confirmedCheck->isChecked();
    o.boundaries2025 = m_ui->boundariesCheck->isChecked();
    return o;
}

bool CompareView::perThousandMembers() const
{
    return m_ui->perThousandCheck->isEnabled() && m_ui->perThousandCheck->isChecked();
}

const render::ComparisonGrid &CompareView::currentGrid() const
{
    return m_live->grid();
}

render::ChartKind CompareView::currentChartKind() const
{
    return m_live->chartKind();
}

QList<ComparisonPanel *> CompareView::keptPanels() const
{
    QList<ComparisonPanel *> kept;
    for (int i = 0; i < m_ui->resultsSplitter->count(); ++i)
        if (auto *p = qobject_cast<ComparisonPanel *>(m_ui->resultsSplitter->widget(i)); p && p != m_live)
            kept << p;
    return kept;
}

bool CompareView::isUpdating() const
{
    return m_refreshTimer->isActive() || m_runner->isRunning();
}

void CompareView::scheduleRefresh()
{
    if (m_db)
        m_refreshTimer->start();
}

void CompareView::refresh()
{
    m_refreshTimer->stop();
    if (!m_db)
        return;
    const CompareOptions o = currentOptions();
    if (o.metric.isEmpty())
        return;
    if (!m_ui->allProvincesCheck->isChecked() && o.provinces.isEmpty()) {
        m_runner->cancel();
        m_haveResult = false;
        m_live->setComparison(render::ComparisonGrid{}, render::ChartKind::Bars);
        m_live->setMessage(tr("Tick at least one province, or All provinces."));
        updateControls();
        Q_EMIT comparisonShown();
        return;
    }
    if (o.yearFrom > 0 && o.yearTo > 0 && o.yearFrom > o.yearTo) {
        m_live->setMessage(tr("The first year (%1) is after the last year (%2).").arg(o.yearFrom).arg(o.yearTo));
        return;
    }
    SavedComparisons::setLast(currentSettings());
    showHint(tr("Counting…"));
    // Until the new result is shown, an export would not be what the filter says.
    m_ui->exportPdfButton->setEnabled(false);
    m_ui->exportCsvButton->setEnabled(false);
    m_ui->keepButton->setEnabled(false);
    m_runner->run(m_db->location(), o);
}

void CompareView::showResult(const CompareResult &result)
{
    m_result = result;
    m_haveResult = result.ok;
    if (!result.ok) {
        m_live->setComparison(render::ComparisonGrid{}, render::ChartKind::Bars);
        m_live->setMessage(tr("The comparison could not be made: %1").arg(result.error));
    } else {
        redraw();
    }
    showHint();
    updateControls();
    Q_EMIT comparisonShown();
}

void CompareView::redraw()
{
    if (!m_haveResult)
        return;
    SavedComparisons::setLast(currentSettings()); // measure and chart too
    const render::ComparisonGrid grid = render::ComparisonGrid::fromResult(
        m_result, perThousandMembers() ? render::ComparisonMeasure::PerThousandMembers : render::ComparisonMeasure::Value,
        render::FactLabels::catalogueLanguage());
    const int chart = m_ui->chartCombo->currentIndex();
    const render::ChartKind kind = chart == 1   ? render::ChartKind::Bars
                                   : chart == 2 ? render::ChartKind::Lines
                                                : render::ComparisonChart::suggestedKind(grid);
    m_live->setComparison(grid, kind);
    m_live->setMessage(grid.isEmpty() ? tr("No figures match the filter.") : QString());
}

bool CompareView::exportPdf(const QString &path, QString *error) const
{
    render::ComparisonPdfOptions options;
    options.chart = currentChartKind();
    return render::ComparisonPdfWriter(options).write(currentGrid(), path, error);
}

bool CompareView::exportCsv(const QString &path, QString *error) const
{
    return render::ComparisonCsvWriter::write(currentGrid(), path, error);
}

ComparisonPanel *CompareView::keepCurrent()
{
    if (currentGrid().isEmpty())
        return nullptr;
    auto *kept = new ComparisonPanel(true, m_ui->resultsSplitter);
    kept->setComparison(currentGrid(), currentChartKind());
    m_ui->resultsSplitter->addWidget(kept);
    connect(kept, &ComparisonPanel::closeRequested, kept, &QObject::deleteLater);
    // Side by side in equal shares.
    const int n = m_ui->resultsSplitter->count();
    m_ui->resultsSplitter->setSizes(QList<int>(n, m_ui->resultsSplitter->width() / n));
    showHint(tr("Kept beside: change the filter to compare with it; close it with its × button."));
    return kept;
}

void CompareView::saveCurrentAs(const QString &name)
{
    SavedComparison c = currentSettings();
    c.name = name.trimmed();
    if (c.name.isEmpty() || c.options.metric.isEmpty())
        return;
    SavedComparisons::save(c);
    fillSavedCombo();
    m_ui->savedCombo->setCurrentIndex(m_ui->savedCombo->findText(c.name));
    showHint(tr("Saved as \"%1\".").arg(c.name));
}

bool CompareView::openSaved(const QString &name)
{
    const std::optional<SavedComparison> c = SavedComparisons::load(name);
    if (!c || !applyFilter(*c))
        return false;
    m_ui->savedCombo->setCurrentIndex(std::max(0, m_ui->savedCombo->findText(name)));
    updateControls();
    refresh();
    return true;
}

SavedComparison CompareView::currentSettings() const
{
    SavedComparison c;
    c.options = currentOptions();
    c.perThousandMembers = m_ui->perThousandCheck->isChecked();
    c.chart = chartKey(m_ui->chartCombo->currentIndex());
    return c;
}

bool CompareView::applyFilter(const SavedComparison &c)
{
    {
        // One query for the whole filter, not one per widget.
        const QSignalBlocker b1(m_ui->metricCombo), b2(m_ui->levelCombo), b3(m_ui->yearFrom), b4(m_ui->yearTo),
            b5(m_ui->confirmedCheck), b6(m_ui->boundariesCheck), b7(m_ui->allProvincesCheck),
            b8(m_ui->perThousandCheck), b9(m_ui->chartCombo), b10(m_provinces);
        if (!MetricChoices::select(m_ui->metricCombo, c.options.metric))
            return false;
        m_ui->levelCombo->setCurrentIndex(std::max(0, m_ui->levelCombo->findData(c.options.level)));
        m_ui->yearFrom->setValue(c.options.yearFrom > 0 ? c.options.yearFrom : kAnyYear);
        m_ui->yearTo->setValue(c.options.yearTo > 0 ? c.options.yearTo : kAnyYear);
        m_ui->confirmedCheck->setChecked(c.options.confirmedOnly);
        m_ui->boundariesCheck->setChecked(c.options.boundaries2025);
        m_provinces->setBoundaries2025(c.options.boundaries2025);
        m_ui->allProvincesCheck->setChecked(c.options.provinces.isEmpty());
        m_ui->provinceTree->setEnabled(!c.options.provinces.isEmpty());
        m_provinces->setCheckedProvinces(c.options.provinces);
        m_ui->perThousandCheck->setChecked(c.perThousandMembers);
        m_ui->chartCombo->setCurrentIndex(chartIndex(c.chart));
    }
    m_ui->provinceTree->expandAll();
    return true;
}

void CompareView::fillCombos()
{
    MetricChoices::fill(m_ui->metricCombo, render::FactLabels::catalogueLanguage());
    FactChoices::fillLevels(m_ui->levelCombo, Level::All);
    {
        const QSignalBlocker blocker(m_ui->chartCombo);
        const int chart = std::max(0, m_ui->chartCombo->currentIndex());
        m_ui->chartCombo->clear();
        m_ui->chartCombo->addItems({tr("Automatic"), tr("Bars by province"), tr("Lines over the years")});
        m_ui->chartCombo->setCurrentIndex(chart);
    }
}

void CompareView::fillSavedCombo()
{
    const QSignalBlocker blocker(m_ui->savedCombo);
    const QString current = m_ui->savedCombo->currentIndex() > 0 ? m_ui->savedCombo->currentText() : QString();
    m_ui->savedCombo->clear();
    m_ui->savedCombo->addItem(tr("Open a saved comparison…"));
    m_ui->savedCombo->addItems(SavedComparisons::names());
    m_ui->savedCombo->setCurrentIndex(std::max(0, m_ui->savedCombo->findText(current)));
    updateControls();
}

void CompareView::updateControls()
{
    const MetricInfo *metric = MetricCatalogue::instance().find(MetricChoices::current(m_ui->metricCombo));
    // A rate per 1,000 members means nothing.
    m_ui->perThousandCheck->setEnabled(metric && !metric->isRate);
    const bool shown = m_haveResult && !currentGrid().isEmpty();
    m_ui->keepButton->setEnabled(shown);
    m_ui->exportPdfButton->setEnabled(m_haveResult);
    m_ui->exportCsvButton->setEnabled(m_haveResult);
    m_ui->saveButton->setEnabled(metric != nullptr);
    m_ui->savedCombo->setEnabled(m_ui->savedCombo->count() > 1);
    m_ui->deleteSavedButton->setEnabled(m_ui->savedCombo->currentIndex() > 0);
}

void CompareView::showHint(const QString &message)
{
    m_ui->hintLabel->setText(message.isEmpty()
                                 ? tr("Ctrl+K keep beside · Ctrl+Shift+S save · Ctrl+Shift+P export PDF · "
                                      "Ctrl+Shift+X export CSV · Ctrl+C copies the selected cells. Point at a cell to see its "
                                      "sources; ≠ marks figures the sources disagree on.")
                                 : message);
}

void CompareView::exportPdfInteractively()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the comparison as PDF"),
                                                QDir(dir).filePath(suggestedFileName(currentGrid(), QStringLiteral(".pdf"))),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (exportPdf(path, &error))
        showHint(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export PDF"), tr("The PDF could not be written: %1").arg(error));
}

void CompareView::exportCsvInteractively()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the comparison table as CSV"),
                                                QDir(dir).filePath(suggestedFileName(currentGrid(), QStringLiteral(".csv"))),
                                                tr("CSV files for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString error;
    if (exportCsv(path, &error))
        showHint(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export CSV"), tr("The CSV file could not be written: %1").arg(error));
}

void CompareView::saveInteractively()
{
    const CompareOptions o = currentOptions();
    QString suggestion = render::ComparisonText(render::FactLabels::catalogueLanguage()).metricName(o.metric);
    if (o.yearFrom > 0 || o.yearTo > 0)
        suggestion += QStringLiteral(", ") + (o.yearFrom > 0 ? QString::number(o.yearFrom) : QStringLiteral("…"))
            + QStringLiteral("–") + (o.yearTo > 0 ? QString::number(o.yearTo) : QStringLiteral("…"));
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the comparison"),
                                               tr("Name of the comparison (its filter, measure and chart are kept):"),
                                               QLineEdit::Normal, suggestion, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (SavedComparisons::load(name.trimmed())
        && QMessageBox::question(this, tr("Save the comparison"),
                                 tr("A comparison named \"%1\" exists. Replace it?").arg(name.trimmed()))
               != QMessageBox::Yes)
        return;
    saveCurrentAs(name);
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        fillSavedCombo();
        showHint();
        // Names, notes and the chart come in the new language with the next query.
        scheduleRefresh();
    }
    QWidget::changeEvent(event);
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Figures may have been reviewed or entered on the other pages meanwhile.
    scheduleRefresh();
}

} // namespace thp::app
