// Document-level fields: the five dev reports against their gold values, and small texts for
// the traps a province detector falls into.

#include "extract/DocumentFieldsDetector.h"
#include "text/Normalizer.h"

#include <QFile>
#include <QTest>

using namespace thp;

namespace {

QString sample(const QString &name)
{
    QFile f(QStringLiteral(THP_SAMPLES_DIR "/") + name + QStringLiteral(".txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Normalizer::toNfc(QString::fromUtf8(f.readAll()));
}

DocumentInfo detect(const QString &text, const QString &title = {}, int latest = 0)
{
    static const DocumentFieldsDetector d;
    return d.detect(Normalizer::toNfc(text), title, latest);
}

// Provinces named anywhere in the text, whatever their weight.
QStringList mentioned(const QString &text)
{
    static const DocumentFieldsDetector d;
    QStringList out;
    for (const ProvinceMention &m : d.provinceMentions(Normalizer::toNfc(text))) {
        if (!out.contains(m.province))
            out.append(m.province);
    }
    return out;
}

} // namespace

class TestDocFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void devReports_data();
    void devReports();
    void namDinhUnit();
    void bacGiangDocuments();
    void anGiangDocuments();
    void placeOfIssueIsNotTheSubject();
    void peaceIsNotHoaBinh();
    void hoChiMinhThoughtIsNotTheCity();
    void districtNamedLikeAProvince();
    void noPlace();
    void listOfProvincesIsNoSubject();
    void districtCommittees();
    void blocCommittee();
    void centralCityCommittee();
    void sidebarDoesNotWin();
    void hueByYear();
    void yearSources();
    void termIgnoresOtherBodies();
    void givenTitleWins();
    void mentionsHaveSpans();
    void oddInputs();
};

void TestDocFields::devReports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("province2025");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("unit");
    QTest::newRow("an-giang") << QStringLiteral("an-giang-nq4-xii") << QStringLiteral("An Giang")
                              << QStringLiteral("An Giang") << 2021 << QStringLiteral("XII") << QString();
    QTest::newRow("bac-giang") << QStringLiteral("bac-giang-interview-2017") << QStringLiteral("Bắc Giang")
                               << QStringLiteral("Bắc Ninh") << 2017 << QStringLiteral("XII") << QString();
    QTest::newRow("lang-son") << QStringLiteral("lang-son-tu-soi-tu-sua") << QStringLiteral("Lạng Sơn")
                              << QStringLiteral("Lạng Sơn") << 2023 << QStringLiteral("XIII") << QString();
    QTest::newRow("nam-dinh") << QStringLiteral("nam-dinh-city-nq4-xii") << QStringLiteral("Nam Định")
                              << QStringLiteral("Ninh Bình") << 2017 << QStringLiteral("XII")
                              << QStringLiteral("Thành ủy Nam Định");
    QTest::newRow("nghe-an") << QStringLiteral("nghe-an-chi-thi-05") << QStringLiteral("Nghệ An")
                             << QStringLiteral("Nghệ An") << 2020 << QStringLiteral("XII") << QString();
}

void TestDocFields::devReports()
{
    QFETCH(QString, name);
    QFETCH(QString, province);
    QFETCH(QString, province2025);
    QFETCH(int, year);
    QFETCH(QString, term);
    QFETCH(QString, unit);
    const QString text = sample(name);
    QVERIFY2(!text.isEmpty(), qPrintable(name));
    const DocumentInfo info = detect(text);
    QCOMPARE(info.province, province);
    QCOMPARE(info.province2025, province2025);
    QCOMPARE(info.year, year);
    QCOMPARE(info.term, term);
    QCOMPARE(info.unit, unit);
    QVERIFY(!info.title.isEmpty());
}

void TestDocFields::namDinhUnit()
{
    const DocumentInfo info = detect(sample(QStringLiteral("nam-dinh-city-nq4-xii")));
    QCOMPARE(info.unit, QStringLiteral("Thành ủy Nam Định"));
    // The report has no headline: its first sentence stands in.
    QVERIFY(info.title.startsWith(QStringLiteral("Đảng bộ Thành phố Nam Định")));
}

void TestDocFields::bacGiangDocuments()
{
    const DocumentInfo info = detect(sample(QStringLiteral("bac-giang-interview-2017")));
    QVERIFY2(info.documents.contains(QStringLiteral("Kế hoạch số 23-KH/TU ngày 7-12-2016")),
             qPrintable(info.documents.join(u" | ")));
    QVERIFY(info.documents.contains(QStringLiteral("Chương trình hành động số 27-CTr/TU ngày 28-12-2016")));
    // The headline, not the masthead or the printing stamp.
    QCOMPARE(info.title, QStringLiteral("Thống nhất về nhận thức và hành động; tập trung thực hiện với quyết tâm chính trị cao"));
}

void TestDocFields::anGiangDocuments()
{
    const DocumentInfo info = detect(sample(QStringLiteral("an-giang-nq4-xii")));
    const QStringList expected = {
        QStringLiteral("Chỉ thị số 05-CT/TW"),
        QStringLiteral("Quy định số 08-QĐi/TW ngày 25-10-2018"),
        QStringLiteral("Quy định số 101-QĐ/TW"),
        QStringLiteral("Chỉ thị số 15-CT/TU"),
        QStringLiteral("Chương trình hành động số 11-CTr/TU ngày 7-2-2017"),
    };
    // De-duplicated ("Chỉ thị số 05-CT/TW" is cited twice), in order of first appearance.
    QCOMPARE(info.documents, expected);

    const DocumentInfo ls = detect(sample(QStringLiteral("lang-son-tu-soi-tu-sua")));
    // "Kết luận số 21" later in the text is the same document as "Kết luận số 21-KL/TW".
    QCOMPARE(ls.documents.count(QStringLiteral("Kết luận số 21-KL/TW")), 1);
    for (const QString &d : ls.documents)
        QVERIFY2(d != QStringLiteral("Kết luận số 21"), qPrintable(ls.documents.join(u" | ")));
    QVERIFY(ls.documents.contains(QStringLiteral("Kế hoạch số 44-KH/TU ngày 15/1/2022")));
}

void TestDocFields::placeOfIssueIsNotTheSubject()
{
    const DocumentInfo info = detect(QStringLiteral(
        "BÁO CÁO\nHà Nội, ngày 5 tháng 3 năm 2021\n"
        "Kết quả thực hiện Nghị quyết Trung ương 4 (khóa XII)\n"
        "Ban Thường vụ Tỉnh ủy Thanh Hóa đã lãnh đạo, chỉ đạo các cấp ủy tổ chức quán triệt Nghị quyết. "
        "Các cấp ủy đã kiểm tra 120 tổ chức đảng."));
    QCOMPARE(info.province, QStringLiteral("Thanh Hóa"));
    QCOMPARE(info.year, 2021);
    QVERIFY(!mentioned(QStringLiteral("Hà Nội, ngày 5 tháng 3 năm 2021")).contains(QStringLiteral("Hà Nội")));
    QCOMPARE(info.term, QStringLiteral("XII"));

    // Only a place of issue: no province.
    const DocumentInfo none = detect(QStringLiteral(
        "Hà Nội, ngày 5 tháng 3 năm 2021\nCác cấp ủy đã kiểm tra 120 tổ chức đảng."));
    QCOMPARE(none.province, QString());
}

void TestDocFields::peaceIsNotHoaBinh()
{
    const DocumentInfo info = detect(QStringLiteral(
        "Góp phần xây dựng hòa bình và ổn định\n"
        "Thời gian qua, Tỉnh ủy Nghệ An chú trọng giáo dục truyền thống, góp phần xây dựng hòa bình, "
        "hữu nghị. Vì hòa bình, các cấp ủy đã tổ chức 30 lớp học tập."));
    QCOMPARE(info.province, QStringLiteral("Nghệ An"));
    QCOMPARE(info.province2025, QStringLiteral("Nghệ An"));
    QCOMPARE(mentioned(QStringLiteral("Vì hòa bình. Hòa bình và hữu nghị. xây dựng hoà bình")), QStringList());
    // The capitalised proper name is a place.
    QCOMPARE(mentioned(QStringLiteral("Đoàn công tác tỉnh Hòa Bình")), QStringList{QStringLiteral("Hòa Bình")});
    // "Thái Bình Dương" is the Pacific, not Thái Bình.
    const DocumentInfo pacific = detect(QStringLiteral(
        "Hợp tác khu vực châu Á - Thái Bình Dương được Đảng bộ tỉnh Quảng Ngãi quan tâm."));
    QCOMPARE(pacific.province, QStringLiteral("Quảng Ngãi"));
}

void TestDocFields::hoChiMinhThoughtIsNotTheCity()
{
    const DocumentInfo info = detect(QStringLiteral(
        "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\n"
        "Ban Thường vụ Tỉnh ủy Quảng Ninh đã chỉ đạo học tập và làm theo tư tưởng, đạo đức, phong cách "
        "Hồ Chí Minh; Chủ tịch Hồ Chí Minh; Học viện Chính trị quốc gia Hồ Chí Minh; Đoàn TNCS Hồ Chí Minh. "
        "Lời dạy của Hồ Chí Minh luôn được nhắc lại."));
    QCOMPARE(info.province, QStringLiteral("Quảng Ninh"));
    QCOMPARE(mentioned(info.title), QStringList());
    QCOMPARE(mentioned(QStringLiteral("Học viện Chính trị quốc gia Hồ Chí Minh; Đoàn TNCS Hồ Chí Minh; "
                                      "Chủ tịch Hồ Chí Minh; tấm gương Hồ Chí Minh; Điện Biên Phủ; Thái Bình Dương")),
             QStringList());
    // The city needs a city form.
    const DocumentInfo city = detect(QStringLiteral(
        "Ban Thường vụ Thành ủy TP.HCM chỉ đạo học tập tư tưởng Hồ Chí Minh trong Đảng bộ Thành phố Hồ Chí Minh."));
    QCOMPARE(city.province, QStringLiteral("Hồ Chí Minh"));
    QCOMPARE(city.unit, QString());
}

void TestDocFields::districtNamedLikeAProvince()
{
    const DocumentInfo info = detect(QStringLiteral(
        "Huyện ủy Quảng Ninh lãnh đạo thực hiện Nghị quyết\n"
        "Ban Thường vụ Huyện ủy Quảng Ninh đã ban hành kế hoạch thực hiện. Năm 2019, Huyện ủy Quảng Ninh "
        "đã tổ chức 12 lớp học tập cho đảng viên."));
    QCOMPARE(info.province, QStringLiteral("Quảng Bình"));
    QCOMPARE(info.province2025, QStringLiteral("Quảng Trị"));
    QCOMPARE(info.unit, QStringLiteral("Huyện ủy Quảng Ninh"));
    QCOMPARE(info.year, 2019);
}

void TestDocFields::noPlace()
{
    const DocumentInfo info = detect(QStringLiteral(
        "Công tác xây dựng Đảng\nCác cấp ủy đã tổ chức học tập, quán triệt nghị quyết cho cán bộ, đảng viên "
        "và nhân dân; kiểm tra 45 tổ chức đảng."));
    QCOMPARE(info.province, QString());
    QCOMPARE(info.province2025, QString());
    QCOMPARE(info.unit, QString());
    QCOMPARE(info.year, 0);
    QCOMPARE(info.term, QString());
    QVERIFY(info.documents.isEmpty());
}

void TestDocFields::listOfProvincesIsNoSubject()
{
    // Names inside people's names are not places.
    const DocumentInfo people = detect(QStringLiteral(
        "Kết quả học tập Nghị quyết\nĐồng chí Lê Hải Dương, Bí thư Tỉnh ủy Bắc Ninh, phát biểu. Ông Nguyễn Hà Nam "
        "cho biết năm 2021 toàn tỉnh tổ chức 30 lớp. Đồng chí Lê Hải Dương nhấn mạnh."));
    QCOMPARE(people.province, QStringLiteral("Bắc Ninh"));

    const DocumentInfo info = detect(QStringLiteral(
        "Tổng kết công tác xây dựng Đảng\nCác địa phương như Hà Giang, Lào Cai, Yên Bái, Sơn La đã làm tốt "
        "công tác này. Hà Giang và Lào Cai dẫn đầu."));
    QCOMPARE(info.province, QString());
}

void TestDocFields::districtCommittees()
{
    // A numbered district of Hồ Chí Minh City.
    const DocumentInfo q3 = detect(QStringLiteral(
        "Quận ủy Quận 3 lãnh đạo thực hiện Nghị quyết Trung ương 4 (khóa XII)\n"
        "Ban Thường vụ Quận ủy Quận 3 đã ban hành Kế hoạch số 45-KH/QU ngày 3/1/2017. Năm 2018, Quận ủy đã "
        "kiểm tra 30 tổ chức đảng."));
    QCOMPARE(q3.province, QStringLiteral("Hồ Chí Minh"));
    QCOMPARE(q3.unit, QStringLiteral("Quận ủy Quận 3"));
    QCOMPARE(q3.documents, QStringList{QStringLiteral("Kế hoạch số 45-KH/QU ngày 3/1/2017")});
    // "Châu Thành" is a huyện in ten provinces: the province comes from other evidence.
    const DocumentInfo ct = detect(QStringLiteral(
        "Huyện ủy Châu Thành thực hiện Chỉ thị 05\nBan Thường vụ Huyện ủy Châu Thành (tỉnh Tiền Giang) đã "
        "quán triệt Chỉ thị số 05-CT/TW. Năm 2019, Huyện ủy Châu Thành đã tổ chức 40 lớp."));
    QCOMPARE(ct.province, QStringLiteral("Tiền Giang"));
    QCOMPARE(ct.province2025, QStringLiteral("Đồng Tháp"));
    QCOMPARE(ct.unit, QStringLiteral("Huyện ủy Châu Thành"));
    // Alone, an ambiguous district name does not pick a province.
    QCOMPARE(detect(QStringLiteral("Huyện ủy Châu Thành đã tổ chức 40 lớp.")).province, QString());
}

void TestDocFields::blocCommittee()
{
    const DocumentInfo info = detect(QStringLiteral(
        "Đảng bộ Khối các cơ quan tỉnh Lạng Sơn học tập Nghị quyết\nĐảng ủy Khối các cơ quan tỉnh đã tổ chức "
        "20 lớp quán triệt Nghị quyết Trung ương 4 (khóa XIII) năm 2022."));
    QCOMPARE(info.province, QStringLiteral("Lạng Sơn"));
    QCOMPARE(info.unit, QStringLiteral("Đảng ủy Khối các cơ quan tỉnh"));
    QCOMPARE(info.term, QStringLiteral("XIII"));
    QCOMPARE(info.year, 2022);
}

void TestDocFields::centralCityCommittee()
{
    // "Thành ủy Đà Nẵng" is the provincial committee of a centrally-run city: no unit.
    const DocumentInfo dn = detect(QStringLiteral(
        "Ban Thường vụ Thành ủy Đà Nẵng lãnh đạo thực hiện Chỉ thị số 05-CT/TW. Năm 2022, Thành ủy "
        "đã kiểm tra 30 tổ chức đảng."));
    QCOMPARE(dn.province, QStringLiteral("Đà Nẵng"));
    QCOMPARE(dn.province2025, QStringLiteral("Đà Nẵng"));
    QCOMPARE(dn.unit, QString());
    // "Thành ủy Vinh" is a provincial city of Nghệ An.
    const DocumentInfo vinh = detect(QStringLiteral(
        "Đảng bộ thành phố Vinh thực hiện Nghị quyết Trung ương 4 (khóa XII)\n"
        "Ban Thường vụ Thành ủy Vinh đã chỉ đạo các tổ chức cơ sở đảng. Thành ủy đã kiểm tra 20 tổ chức đảng."));
    QCOMPARE(vinh.province, QStringLiteral("Nghệ An"));
    QCOMPARE(vinh.unit, QStringLiteral("Thành ủy Vinh"));
}

void TestDocFields::sidebarDoesNotWin()
{
    // The Bắc Giang page mentions Hà Nội and Hải Dương only in its sidebar.
    static const DocumentFieldsDetector d;
    const QString text = sample(QStringLiteral("bac-giang-interview-2017"));
    double bacGiang = 0;
    double haNoi = 0;
    for (const ProvinceMention &m : d.provinceMentions(text, 2017)) {
        if (m.province == QStringLiteral("Bắc Giang"))
            bacGiang += m.weight;
        if (m.province == QStringLiteral("Hà Nội"))
            haNoi += m.weight;
    }
    QVERIFY(bacGiang > 5 * haNoi);
    QVERIFY(haNoi < 1.0);
}

void TestDocFields::hueByYear()
{
    const DocumentInfo before = detect(QStringLiteral(
        "Ngày 12/3/2020\nBan Thường vụ Tỉnh ủy Thừa Thiên Huế chỉ đạo; Thành ủy Huế tổ chức 10 lớp."));
    QCOMPARE(before.province, QStringLiteral("Thừa Thiên Huế"));
    QCOMPARE(before.province2025, QStringLiteral("Huế"));
    const DocumentInfo after = detect(QStringLiteral(
        "Ngày 12/9/2025\nBan Thường vụ Thành ủy Huế chỉ đạo các cấp ủy tổ chức 10 lớp học tập."));
    QCOMPARE(after.province, QStringLiteral("Huế"));
    QCOMPARE(after.unit, QString());
}

void TestDocFields::yearSources()
{
    // A publication stamp beats a printing stamp.
    QCOMPARE(detect(QStringLiteral("Thời gian: 21/03/2018 19:46:52\nTiêu đề bài báo về Đảng bộ\n"
                                   "Cập nhật: 09:17|21/02/2017\nNội dung.")).year,
             2017);
    // Only a printing stamp: better than nothing.
    QCOMPARE(detect(QStringLiteral("Thời gian: 21/03/2018 19:46:52\nNội dung không có năm.")).year, 2018);
    // The extractor's latest fact year beats years in the text.
    QCOMPARE(detect(QStringLiteral("Từ năm 2016 đến năm 2019, Tỉnh ủy đã ..."), {}, 2020).year, 2020);
    // Cited documents' dates and numbers are not the report's years; periods are.
    QCOMPARE(detect(QStringLiteral("Thực hiện Kế hoạch số 12-KH/TU ngày 3-4-2022 và Nghị quyết số "
                                   "202/2025/QH15, từ năm 2016 đến tháng 6-2019 đã kiểm tra.")).year,
             2019);
    // A term of office or a target is not a covered year.
    QCOMPARE(detect(QStringLiteral("Nhiệm kỳ 2020-2025, phấn đấu đến năm 2030 đạt 95%. Năm 2021 đã kết nạp.")).year,
             2021);
    // Weekday header.
    QCOMPARE(detect(QStringLiteral("Thứ ba, 21/02/2017 - 09:17\nTiêu đề\nNăm 2016, ...")).year, 2017);
}

void TestDocFields::termIgnoresOtherBodies()
{
    const DocumentInfo info = detect(QStringLiteral(
        "Đại biểu Quốc hội khóa XV tiếp xúc cử tri. Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX "
        "khẳng định thực hiện tốt Nghị quyết Trung ương 4 khóa XII. Quốc hội khóa XV, HĐND tỉnh khóa XVIII."));
    QCOMPARE(info.term, QStringLiteral("XII"));
    const DocumentInfo list = detect(QStringLiteral(
        "Thực hiện Nghị quyết Trung ương 4 (khóa XIII). Gắn với kết quả thực hiện NQTW4 khóa XI, XII và "
        "Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khoá XIII."));
    QCOMPARE(list.term, QStringLiteral("XIII"));
}

void TestDocFields::givenTitleWins()
{
    const DocumentInfo info = detect(QStringLiteral("Nội dung báo cáo. Các cấp ủy đã kiểm tra 12 tổ chức đảng."),
                                     QStringLiteral("Tỉnh ủy Lai Châu thực hiện Nghị quyết Trung ương 4 (khóa XIII)"));
    QCOMPARE(info.title, QStringLiteral("Tỉnh ủy Lai Châu thực hiện Nghị quyết Trung ương 4 (khóa XIII)"));
    QCOMPARE(info.province, QStringLiteral("Lai Châu"));
    QCOMPARE(info.term, QStringLiteral("XIII"));
}

void TestDocFields::mentionsHaveSpans()
{
    static const DocumentFieldsDetector d;
    const QString text = Normalizer::toNfc(QStringLiteral("Theo Ban Tổ chức Huyện ủy Văn Lãng, năm 2023 ..."));
    const QList<ProvinceMention> ms = d.provinceMentions(text);
    QCOMPARE(ms.size(), 1);
    QCOMPARE(ms.first().province, QStringLiteral("Lạng Sơn"));
    QCOMPARE(text.mid(ms.first().start, ms.first().end - ms.first().start), QStringLiteral("Huyện ủy Văn Lãng"));
    QCOMPARE(ms.first().unit, QStringLiteral("Huyện ủy Văn Lãng"));
    QCOMPARE(ms.first().how, QStringLiteral("district-committee"));
}

void TestDocFields::oddInputs()
{
    // Empty, blank, symbols only, emoji (surrogate pairs), a lone digit, a dangling cue.
    const QStringList inputs = {
        QString(), QStringLiteral("   \n\n  "), QStringLiteral("|||---..."), QStringLiteral("😀 Tỉnh ủy 😀"),
        QStringLiteral("7"), QStringLiteral("Tỉnh ủy"), QStringLiteral("Kế hoạch số"), QStringLiteral("khóa"),
        QStringLiteral("Hà Nội, ngày"), QStringLiteral("ngày 31/12/"),
    };
    for (const QString &in : inputs) {
        const DocumentInfo info = detect(in);
        QVERIFY2(info.province.isEmpty(), qPrintable(in));
        QVERIFY(info.term.isEmpty());
        QVERIFY(info.documents.isEmpty());
        QCOMPARE(info.year, 0);
    }
    // A long single line without any place still gives a title (its first sentence, shortened).
    const QString longLine = QStringLiteral("Các cấp ủy đã tổ chức học tập nghị quyết ").repeated(20);
    const DocumentInfo info = detect(longLine);
    QVERIFY(!info.title.isEmpty());
    QVERIFY(info.title.size() <= 161);
}

QTEST_GUILESS_MAIN(TestDocFields)
#include "tst_docfields.moc"
