#include "app/EntryView.h"

#include "app/AppSettings.h"
#include "app/EnteredFactsModel.h"
#include "app/EntryCommands.h"
#include "app/FactChoices.h"
#include "app/MetricChoices.h"
#include "analysis/FactInput.h"
#include "analysis/ProvinceCommittees.h"
#include "extract/Gazetteer.h"
#include "model/MetricCatalogue.h"
#include "render/FactLabels.h"
#include "store/FactStore.h"
#include "store/ReportUnit.h"

#include "ui_EntryView.h"

#include <QCollator>
#include <QCompleter>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QSignalBlocker>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <limits>

namespace thp::app {


EntryView::EntryView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::EntryView>())
    , m_entered(new EnteredFactsModel(this))
    , m_ids(std::make_shared<EnteredIds>())
{
    m_ui->setupUi(this);
    m_ui->enteredView->setModel(m_entered);
    QHeaderView *header = m_ui->enteredView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EnteredFactsModel::Metric, QHeaderView::Stretch);
    m_ui->yearFrom->setGroupSeparatorShown(false);
    m_ui->yearTo->setGroupSeparatorShown(false);
    const int lastYear = QDate::currentDate().year() - 1;
    m_ui->yearFrom->setValue(lastYear);
    m_ui->yearTo->setValue(lastYear);
    // The name the review history uses (Settings › reviewer name); may be changed here.
    m_ui->whoEdit->setText(AppSettings::reviewerName());
    m_ui->saveButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ui->enteredView->installEventFilter(this); // Delete removes the selected figure
    fillProvinces();
    fillCombos();
    fillCommittees();

    connect(m_ui->provinceCombo, &QComboBox::currentTextChanged, this, [this] {
        fillCommittees();
        reload();
        validate();
    });
    connect(m_ui->committeeCombo, &QComboBox::currentTextChanged, this, &EntryView::validate);
    connect(m_ui->yearFrom, &QSpinBox::valueChanged, this, [this](int from) {
        // A single year is the common case: the end follows the start until set apart.
        if (m_ui->yearTo->value() < from)
            m_ui->yearTo->setValue(from);
        validate();
    });
    connect(m_ui->yearTo, &QSpinBox::valueChanged, this, &EntryView::validate);
    connect(m_ui->metricCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateUnit();
        validate();
    });
    connect(m_ui->levelCombo, &QComboBox::currentIndexChanged, this, &EntryView::validate);
    connect(m_ui->qualifierCombo, &QComboBox::currentIndexChanged, this, &EntryView::validate);
    connect(m_ui->valueEdit, &QLineEdit::textChanged, this, &EntryView::validate);
    connect(m_ui->valueEdit, &QLineEdit::returnPressed, this, &EntryView::saveFigure);
    connect(m_ui->whoEdit, &QLineEdit::textChanged, this, &EntryView::updateControls);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &EntryView::saveFigure);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &EntryView::removeSelected);
    connect(m_ui->enteredView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntryView::updateControls);
    updateUnit();
    validate();
    showHint();
}

EntryView::~EntryView() = default;

void EntryView::setDatabase(Database *db)
{
    m_db = db;
    m_ids = std::make_shared<EnteredIds>(); // ids belong to one database
    reload();
    validate();
}

void EntryView::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

QString EntryView::province() const
{
    const QString typed = m_ui->provinceCombo->currentText().trimmed();
    const ProvinceInfo *known = Gazetteer::instance().province(typed);
    return known ? known->name : typed;
}

QString EntryView::committee() const
{
    const QString typed = m_ui->committeeCombo->currentText().simplified();
    if (typed.isEmpty() || typed == m_ui->committeeCombo->itemText(0))
        return {};
    // A committee typed in other letter case is the listed one.
    const int listed = m_ui->committeeCombo->findText(typed, Qt::MatchFixedString);
    const QString name = listed > 0 ? m_ui->committeeCombo->itemText(listed) : typed;
    // The province's own committee ("Tỉnh ủy ...") means the whole province, as the store has it.
    return store::subProvincialUnit(name, province(), Gazetteer::instance().isCentralCity(province(), 0));
}

Fact EntryView::currentFact() const
{
    Fact f;
    f.metric = MetricChoices::current(m_ui->metricCombo);
    f.level = m_ui->levelCombo->currentData().toString();
    f.qualifier = m_ui->qualifierCombo->currentData().toString();
    f.period = Period{m_ui->yearFrom->value(), m_ui->yearTo->value()};
    f.value = FactInput::parseValue(m_ui->valueEdit->text()).value_or(std::numeric_limits<double>::quiet_NaN());
    if (const MetricInfo *info = MetricCatalogue::instance().find(f.metric))
        f.unit = info->isRate ? QStringLiteral("%") : info->unit;
    f.confidence = 1.0;
    return f;
}

QList<EntryIssue> EntryView::currentIssues() const
{
    return m_issues;
}

void EntryView::validate()
{
    // Oldest first: EntryValidator lets a later entry of a figure replace an earlier one
    // (the table lists the newest first).
    QList<StoredFact> entered = m_entered->facts();
    std::sort(entered.begin(), entered.end(), [](const StoredFact &a, const StoredFact &b) { return a.id < b.id; });
    // Only the figures of the same committee (or of the whole province) are the same figure.
    const QString unit = committee();
    QList<Fact> known;
    for (const StoredFact &s : std::as_const(entered))
        if (s.subUnit == unit)
            known << s.fact;
    const bool noValue = m_ui->valueEdit->text().trimmed().isEmpty();
    m_issues = noValue ? QList<EntryIssue>{} : EntryValidator::check(currentFact(), province(), known);
    QStringList lines;
    for (const EntryIssue &i : std::as_const(m_issues))
        lines << (i.severity == EntryIssue::Error
                      ? QStringLiteral("<span style=\"color:#b00020\">✖ %1</span>").arg(i.message.toHtmlEscaped())
                      : QStringLiteral("<span style=\"color:#8a5a00\">⚠ %1</span>").arg(i.message.toHtmlEscaped()));
    if (!noValue && !m_issues.isEmpty() && !EntryValidator::hasErrors(m_issues))
        lines << tr("You can still save: the figure is stored as you typed it, with these checks noted here only.")
                     .toHtmlEscaped();
    m_ui->issuesLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->issuesLabel->setVisible(!lines.isEmpty());
    updateControls();
}

bool EntryView::saveFigure()
{
    if (!m_db || m_ui->valueEdit->text().trimmed().isEmpty())
        return false;
    validate();
    if (EntryValidator::hasErrors(m_issues))
        return false;
    const QString who = m_ui->whoEdit->text().trimmed();
    const QString where = province();
    FactStore store(*m_db);
    const FactChange c = store.addEnteredFact(currentFact(), where, who, committee());
    if (!c.ok) {
        showHint(tr("The figure was not saved: %1").arg(c.error), true);
        return false;
    }
    const int warnings = int(m_issues.size());
    if (m_undo)
        m_undo->push(new EnterFactCommand(*m_db, c.fact, c.fact.changedBy, m_ids,
                                          [this](const QString &error) { stepDone(error); }));
    m_ui->valueEdit->clear();
    reload();
    showHint(warnings > 0 ? tr("Saved, with %n warning(s). Undo with Ctrl+Z.", nullptr, warnings)
                          : tr("Saved. Undo with Ctrl+Z."));
    m_ui->valueEdit->setFocus();
    Q_EMIT factsChanged();
    return true;
}

bool EntryView::removeSelected()
{
    const QModelIndexList rows = m_ui->enteredView->selectionModel()->selectedRows();
    if (!m_db || rows.isEmpty())
        return false;
    const StoredFact f = m_entered->factAt(rows.first().row());
    const QString who = m_ui->whoEdit->text().trimmed();
    const FactChange c = FactStore(*m_db).removeEnteredFact(f.id, who, f.revision);
    if (!c.ok) {
        showHint(tr("The figure was not removed: %1").arg(c.error), true);
        reload();
        return false;
    }
    if (m_undo)
        m_undo->push(new RemoveEnteredFactCommand(*m_db, f, who, m_ids, [this](const QString &error) { stepDone(error); }));
    reload();
    showHint(tr("Removed. Undo with Ctrl+Z."));
    Q_EMIT factsChanged();
    return true;
}

void EntryView::stepDone(const QString &error)
{
    reload();
    validate();
    if (!error.isEmpty())
        showHint(tr("This step could not be undone or redone: %1").arg(error), true);
    Q_EMIT factsChanged();
}

void EntryView::reload()
{
    const QString where = province();
    m_entered->setFacts(m_db && !where.isEmpty() ? FactStore(*m_db).enteredFacts(where) : QList<StoredFact>());
    m_ui->enteredLabel->setText(where.isEmpty() ? tr("Figures entered by hand")
                                                : tr("Figures entered by hand for %1 (%n):", nullptr,
                                                     int(m_entered->rowCount()))
                                                      .arg(where));
    updateControls();
}

void EntryView::fillProvinces()
{
    const QSignalBlocker blocker(m_ui->provinceCombo);
    const QString current = m_ui->provinceCombo->currentText();
    QStringList names;
    for (const ProvinceInfo &p : Gazetteer::instance().provinces())
        names << p.name;
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    m_ui->provinceCombo->clear();
    m_ui->provinceCombo->addItems(names);
    m_ui->provinceCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->provinceCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->provinceCombo->setCurrentIndex(current.isEmpty() ? 0 : std::max(0, m_ui->provinceCombo->findText(current)));
}

void EntryView::fillCommittees()
{
    // A committee typed or chosen stays when it belongs to the new province too.
    QComboBox *combo = m_ui->committeeCombo;
    const bool whole = combo->count() == 0 || combo->currentText().simplified() == combo->itemText(0);
    const QString current = whole ? QString() : combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Whole province"));
    combo->addItems(ProvinceCommittees::of(province()));
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    const int keep = current.isEmpty() ? 0 : combo->findText(current);
    combo->setCurrentIndex(std::max(0, keep));
}

void EntryView::fillCombos()
{
    MetricChoices::fill(m_ui->metricCombo, render::FactLabels::catalogueLanguage());
    FactChoices::fillLevels(m_ui->levelCombo, Level::All);
    FactChoices::fillQualifiers(m_ui->qualifierCombo, Qualifier::Exact);
}

void EntryView::updateUnit()
{
    const MetricInfo *info = MetricCatalogue::instance().find(MetricChoices::current(m_ui->metricCombo));
    m_ui->unitLabel->setText(!info ? QString()
                                   : MetricCatalogue::instance().displayUnit(info->key, render::FactLabels::catalogueLanguage()));
}

void EntryView::updateControls()
{
    const bool hasValue = !m_ui->valueEdit->text().trimmed().isEmpty();
    m_ui->saveButton->setEnabled(m_db && hasValue && !EntryValidator::hasErrors(m_issues));
    m_ui->removeButton->setEnabled(m_db && m_ui->enteredView->selectionModel()->hasSelection());
    m_ui->formBox->setEnabled(m_db != nullptr);
}

void EntryView::showHint(const QString &message, bool isError)
{
    m_ui->hintLabel->setStyleSheet(isError ? QStringLiteral("color:#b00020") : QString());
    m_ui->hintLabel->setText(message.isEmpty() ? tr("Enter or Ctrl+Enter saves the figure · Delete removes the figure "
                                                    "selected below · Ctrl+Z undoes, Ctrl+Y redoes.")
                                               : message);
}

bool EntryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->enteredView && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EntryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Settings may have changed the reviewer's name meanwhile; a name typed here stays.
    if (!m_ui->whoEdit->isModified())
        m_ui->whoEdit->setText(AppSettings::reviewerName());
}

void EntryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        fillCommittees();
        m_entered->retranslate();
        reload();
        validate();
        showHint();
    }
    QWidget::changeEvent(event);
}

} // namespace thp::app
