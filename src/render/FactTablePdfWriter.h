#pragma once
// Writes a table of figures as an A4 PDF: title, subtitle (province, year, source),
// column headers repeated on every page, wrapped rows, and a footer with the date and
// "page n of m". The table is plain strings so the desktop program and the CLI share it.

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace thp::render {

struct FactTable {
    QString title;
    QString subtitle;
    QStringList headers;
    QList<QStringList> rows;
    QList<int> numericColumns; // right-aligned (figures)
};

struct PdfOptions {
    QDate date = QDate::currentDate();                       // printed in the footer
    QLocale locale = QLocale(QLocale::Vietnamese, QLocale::Vietnam); // formats the date
    QString creator = QStringLiteral("TongHop");
};

class FactTablePdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(thp::render::FactTablePdfWriter)

public:
    explicit FactTablePdfWriter(PdfOptions options = {});

    // Returns false and a reason in *error when the file cannot be written.
    bool write(const FactTable &table, const QString &path, QString *error = nullptr) const;

private:
    PdfOptions m_options;
};

} // namespace thp::render
