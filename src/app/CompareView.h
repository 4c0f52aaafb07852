#pragma once
// The analysts' page: one metric across provinces and years, as a table and a chart, with
// export to PDF and CSV. The query and the drawing live in the core and render libraries.

#include <QWidget>

namespace thp {
class Database;
}

namespace thp::app {

class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // The database the comparisons read; nullptr when none is open.
    void setDatabase(Database *db);

private:
    Database *m_db = nullptr;
};

} // namespace thp::app
