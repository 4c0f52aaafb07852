#pragma once
// The program's settings: the database (an SQLite file, or a PostgreSQL URL, with a
// connection test), the language, the data folder and the reviewer's name. OK saves them
// (AppSettings) after a new database has passed the test; the window then applies them.

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace thp::app {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the form holds now.
    QString databaseLocation() const;
    void setDatabaseLocation(const QString &location);
    QString language() const;
    void setLanguage(const QString &code);
    QString dataFolder() const;
    void setDataFolder(const QString &folder);
    QString reviewerName() const;
    void setReviewerName(const QString &name);

    // Opens the database in the form once (on a connection of its own). Shows and returns the outcome.
    bool testConnection(QString *message = nullptr);
    QString testMessage() const;
    // True when the last accepted form names another database than the one at start.
    bool databaseChanged() const;

public Q_SLOTS:
    // Saves, unless a changed database fails its test (the message stays in the form).
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browseDatabase();
    void browseFolder();
    void updateEnabled();
    void fillLanguages();

    std::unique_ptr<::Ui::SettingsDialog> m_ui;
    QString m_initialDatabase;
    QString m_testedLocation; // passed the test
};

} // namespace thp::app
