// What the core says to a user (why an import failed, what a check found) reaches the screen
// in the language of the interface: every message must be filed in the catalogue under the
// context the program looks it up in.
#include "app/LanguageManager.h"
#include "extract/Extractor.h"
#include "importers/ImporterRegistry.h"
#include "text/Normalizer.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thp;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
    }

    void importErrorsAreVietnamese_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("english");
        QTest::newRow("damaged pdf") << QStringLiteral("hong.pdf") << QByteArray("%PDF-1.4\nnot really a pdf")
                                     << QStringLiteral("not a valid PDF");
        QTest::newRow("damaged docx") << QStringLiteral("hong.docx") << QByteArray("PK\x03\x04 truncated")
                                      << QStringLiteral("truncated");
        QTest::newRow("empty") << QStringLiteral("rong.txt") << QByteArray() << QStringLiteral("empty");
    }

    void importErrorsAreVietnamese()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, english);
        const QString path = m_dir.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const ImportOutcome out = ImporterRegistry::instance().read(path);
        QVERIFY(!out.ok);
        QVERIFY2(!out.error.contains(english, Qt::CaseInsensitive), qPrintable(out.error));
        QVERIFY2(isVietnamese(out.error), qPrintable(out.error));
    }

    void checkWarningsAreVietnamese()
    {
        const ExtractionResult r = Extractor::instance().extract(Normalizer::toNfc(QStringLiteral(
            "Năm 2022, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 104%.")));
        QCOMPARE(r.facts.size(), qsizetype(1));
        QCOMPARE(r.facts.first().warnings.size(), qsizetype(1));
        QVERIFY2(isVietnamese(r.facts.first().warnings.first()), qPrintable(r.facts.first().warnings.first()));
    }

    void standardButtonsAreVietnamese()
    {
        // Qt has no Vietnamese catalogue of its own: TongHop's carries these.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Đóng"));
        QVERIFY(isVietnamese(box.button(QDialogButtonBox::Ok)->text()));
    }

    void textBoxMenusAreVietnamese()
    {
        // The right-click menu of every text box (values, names, the search box).
        QLineEdit edit(QStringLiteral("58.713"));
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList texts;
        for (const QAction *a : menu->actions())
            if (!a->isSeparator())
                texts << a->text().section(u'\t', 0, 0); // "Sao &chép\tCtrl+C"
        const QStringList expected = {QStringLiteral("&Hoàn tác"), QStringLiteral("&Làm lại"), QStringLiteral("&Cắt"),
                                      QStringLiteral("Sao &chép"), QStringLiteral("&Dán"), QStringLiteral("Xóa"),
                                      QStringLiteral("Chọn tất cả")};
        QCOMPARE(texts, expected);
    }

    void fileDialogIsVietnamese()
    {
        // Qt's own file dialog, used where the desktop offers none (File › Import reports).
        QFileDialog dialog(nullptr, QString(), m_dir.path());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setFileMode(QFileDialog::ExistingFiles);
        QStringList labels;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            if (!l->text().isEmpty())
                labels << l->text();
        QVERIFY2(labels.contains(QStringLiteral("Tìm trong:")) && labels.contains(QStringLiteral("&Tên tệp:"))
                     && labels.contains(QStringLiteral("Loại tệp:")),
                 qPrintable(labels.join(u'|')));
        const auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        for (const QAbstractButton *b : buttons->buttons())
            QVERIFY2(isVietnamese(b->text()), qPrintable(b->text()));
        if (const QString shots = qEnvironmentVariable("THP_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.resize(900, 560);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(300);
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/file-dialog.png")));
        }
    }

private:
    // Vietnamese text has letters outside Latin-1 (ơ, ư, ệ, đ …); these English messages do not.
    static bool isVietnamese(const QString &s)
    {
        for (QChar c : s)
            if (c.isLetter() && c.unicode() > 0xFF)
                return true;
        return false;
    }

    QTemporaryDir m_dir;
    app::LanguageManager m_language;
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
