#include "app/SettingsDialog.h"

#include "app/AppSettings.h"
#include "store/Database.h"

#include "ui_SettingsDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QPushButton>

namespace thp::app {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    fillLanguages();
    connect(m_ui->sqliteRadio, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->browseDatabaseButton, &QPushButton::clicked, this, &SettingsDialog::browseDatabase);
    connect(m_ui->browseFolderButton, &QPushButton::clicked, this, &SettingsDialog::browseFolder);
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    // A changed address must be tested again.
    auto forgetTest = [this] {
        m_testedLocation.clear();
        m_ui->testResultLabel->clear();
    };
    connect(m_ui->sqlitePathEdit, &QLineEdit::textEdited, this, forgetTest);
    connect(m_ui->postgresUrlEdit, &QLineEdit::textEdited, this, forgetTest);
    connect(m_ui->sqliteRadio, &QRadioButton::toggled, this, forgetTest);

    m_initialDatabase = AppSettings::databaseLocation();
    setDatabaseLocation(m_initialDatabase);
    setLanguage(AppSettings::language());
    setDataFolder(AppSettings::dataFolder());
    setReviewerName(AppSettings::reviewerName());
    m_ui->reviewerEdit->setPlaceholderText(AppSettings::loginName());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const QString current = m_ui->languageCombo->currentData().toString();
    m_ui->languageCombo->clear();
    // Each language named in itself, so that it can be found whatever the current one is.
    m_ui->languageCombo->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    if (!current.isEmpty())
        setLanguage(current);
}

QString SettingsDialog::databaseLocation() const
{
    return m_ui->sqliteRadio->isChecked() ? m_ui->sqlitePathEdit->text().trimmed() : m_ui->postgresUrlEdit->text().trimmed();
}

void SettingsDialog::setDatabaseLocation(const QString &location)
{
    const bool pg = Database::isPostgresUrl(location);
    if (pg)
        m_ui->postgresUrlEdit->setText(location);
    else
        m_ui->sqlitePathEdit->setText(QDir::toNativeSeparators(location));
    (pg ? m_ui->postgresRadio : m_ui->sqliteRadio)->setChecked(true);
    updateEnabled();
}

QString SettingsDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &code)
{
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(code)));
}

QString SettingsDialog::dataFolder() const
{
    return QDir::fromNativeSeparators(m_ui->dataFolderEdit->text().trimmed());
}

void SettingsDialog::setDataFolder(const QString &folder)
{
    m_ui->dataFolderEdit->setText(QDir::toNativeSeparators(folder));
}

QString SettingsDialog::reviewerName() const
{
    return m_ui->reviewerEdit->text().trimmed();
}

void SettingsDialog::setReviewerName(const QString &name)
{
    m_ui->reviewerEdit->setText(name);
}

QString SettingsDialog::testMessage() const
{
    return m_ui->testResultLabel->text();
}

bool SettingsDialog::databaseChanged() const
{
    return databaseLocation() != m_initialDatabase;
}

bool SettingsDialog::testConnection(QString *message)
{
    const QString location = databaseLocation();
    QString text;
    bool ok = false;
    if (location.isEmpty()) {
        text = m_ui->sqliteRadio->isChecked() ? tr("Choose a database file.") : tr("Enter the PostgreSQL address.");
    } else if (m_ui->postgresRadio->isChecked() && !Database::isPostgresUrl(location)) {
        text = tr("A PostgreSQL address starts with postgresql:// (for example postgresql://user@server:5432/tonghop).");
    } else {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        QString error;
        // A connection of its own: the window's stays as it is until OK.
        const std::unique_ptr<Database> db = Database::open(location, &error);
        QGuiApplication::restoreOverrideCursor();
        ok = db != nullptr;
        text = ok ? tr("Connected: the database can be used (schema version %1).").arg(db->schemaVersion())
                  : tr("Cannot connect: %1").arg(error);
    }
    m_testedLocation = ok ? location : QString();
    m_ui->testResultLabel->setText(text);
    m_ui->testResultLabel->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    if (message)
        *message = text;
    return ok;
}

void SettingsDialog::accept()
{
    if (databaseChanged() && m_testedLocation != databaseLocation() && !testConnection())
        return; // the reason is shown under the address
    AppSettings::setDataFolder(dataFolder());
    AppSettings::setDatabaseLocation(databaseLocation());
    AppSettings::setLanguage(language());
    AppSettings::setReviewerName(reviewerName());
    QDialog::accept();
}

void SettingsDialog::browseDatabase()
{
    const QString start = m_ui->sqlitePathEdit->text().isEmpty() ? dataFolder() : m_ui->sqlitePathEdit->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), start,
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_ui->sqlitePathEdit->setText(QDir::toNativeSeparators(path));
    m_ui->sqliteRadio->setChecked(true);
    m_testedLocation.clear();
    m_ui->testResultLabel->clear();
}

void SettingsDialog::browseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Data folder"), dataFolder());
    if (!dir.isEmpty())
        setDataFolder(dir);
}

void SettingsDialog::updateEnabled()
{
    const bool sqlite = m_ui->sqliteRadio->isChecked();
    m_ui->sqlitePathEdit->setEnabled(sqlite);
    m_ui->browseDatabaseButton->setEnabled(sqlite);
    m_ui->postgresUrlEdit->setEnabled(!sqlite);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString keep = m_ui->testResultLabel->text();
        m_ui->retranslateUi(this);
        fillLanguages();
        m_ui->testResultLabel->setText(keep);
    }
    QDialog::changeEvent(event);
}

} // namespace thp::app
