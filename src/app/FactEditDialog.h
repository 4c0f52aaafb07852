#pragma once
// Correcting one figure, or adding one the extraction missed: what it counts (the
// catalogue, grouped by family, in the catalogue's language), its value as written the
// Vietnamese way, tier, period and qualifier. What looks wrong is said before saving;
// only what cannot be stored keeps Save disabled.

#include "model/Fact.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FactEditDialog;
}

namespace thp::app {

class FactEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode { Correct, Add };
    explicit FactEditDialog(Mode mode, QWidget *parent = nullptr);
    ~FactEditDialog() override;

    // The figure to start from, the report's year (for an empty period) and the words it
    // was (or will be) read from.
    void setFact(const Fact &fact, int reportYear);
    // The figure as the person set it (span, words, rule and checks of the original kept).
    Fact fact() const;
    bool canSave() const;
    QStringList problems() const; // errors and warnings as shown

    // For tests and for keyboard users: choose a metric by key.
    bool selectMetric(const QString &metricKey);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillChoices();
    void updateProblems();
    void updateTexts();
    QString currentMetric() const;

    std::unique_ptr<::Ui::FactEditDialog> m_ui;
    Mode m_mode;
    Fact m_original;
    int m_reportYear = 0;
    QStringList m_problems;
    QWidget *m_firstField = nullptr;
};

} // namespace thp::app
