#include "ImporterFixtures.h"

#include "importers/LegacyVietnamese.h"

#include <QAbstractTextDocumentLayout>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextLayout>
#include <QTextCursor>
#include <QTextDocument>

#include <quazip/quacrc32.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <unicode/ucnv.h>

namespace thp::fixtures {

QStringList sampleNames()
{
    return QDir(QStringLiteral(THP_SAMPLES_DIR)).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
}

QString sampleText(const QString &name)
{
    QFile f(QStringLiteral(THP_SAMPLES_DIR) + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).normalized(QString::NormalizationForm_C);
}

QByteArray encodeWindows1258(const QString &nfc)
{
    // Split every letter into (base + vowel mark) precomposed + tone as a combining mark.
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QString prepared;
    for (qsizetype i = 0; i < nfd.size();) {
        QString base(nfd.at(i++));
        QString tones;
        while (i < nfd.size() && nfd.at(i).category() == QChar::Mark_NonSpacing) {
            const char16_t m = nfd.at(i).unicode();
            if (m == 0x0300 || m == 0x0301 || m == 0x0303 || m == 0x0309 || m == 0x0323)
                tones += nfd.at(i);
            else
                base += nfd.at(i);
            ++i;
        }
        prepared += base.normalized(QString::NormalizationForm_C) + tones;
    }
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open("windows-1258", &st);
    ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &st);
    QByteArray out(prepared.size() * 2 + 16, Qt::Uninitialized);
    const int32_t n = ucnv_fromUChars(cnv, out.data(), int32_t(out.size()),
                                      reinterpret_cast<const UChar *>(prepared.utf16()), int32_t(prepared.size()), &st);
    ucnv_close(cnv);
    if (U_FAILURE(st))
        return {};
    out.truncate(n);
    return out;
}

bool writeZip(const QString &path, const ZipEntries &entries, const char *password)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : entries) {
        QuaZipFile f(&zip);
        QuaZipNewInfo info(name);
        const bool stored = name == QLatin1String("mimetype");
        QuaCrc32 crc;
        if (!f.open(QIODevice::WriteOnly, info, password, quint32(crc.calculate(data)), stored ? 0 : 8))
            return false;
        f.write(data);
        f.close();
        if (f.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

namespace {

QString xmlEscape(const QString &s)
{
    QString e = s.toHtmlEscaped();
    return e;
}

// windows-1252 reading of legacy bytes, as Word stores a .VnTime/VNI run.
QString asStoredInWord(const QByteArray &bytes)
{
    QString s;
    for (const char c : bytes)
        s += QChar(LegacyCodec::windows1252(uchar(c)));
    return s;
}

const char *kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

QByteArray contentTypes()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
           "</Types>";
}

QByteArray rootRels()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
           "</Relationships>";
}

QString run(const QString &text, const QString &font = {})
{
    QString r = QStringLiteral("<w:r>");
    if (!font.isEmpty())
        r += QStringLiteral("<w:rPr><w:rFonts w:ascii=\"%1\" w:hAnsi=\"%1\"/></w:rPr>").arg(font);
    return r + QStringLiteral("<w:t xml:space=\"preserve\">") + xmlEscape(text) + QStringLiteral("</w:t></w:r>");
}

// Splits text into runs of 1..9 characters, with proofing marks between some of them.
QString splitRuns(const QString &text, const QString &font, QRandomGenerator &rng)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = qMin<qsizetype>(text.size() - i, 1 + rng.bounded(9));
        out += run(text.mid(i, n), font);
        if (rng.bounded(4) == 0)
            out += QStringLiteral("<w:proofErr w:type=\"spellStart\"/>");
        i += n;
    }
    return out;
}

} // namespace

ZipEntries docxFromBody(const QString &bodyXml, const QString &stylesXml)
{
    ZipEntries e;
    e << qMakePair(QStringLiteral("[Content_Types].xml"), contentTypes());
    e << qMakePair(QStringLiteral("_rels/.rels"), rootRels());
    const QString doc = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                       "<w:document xmlns:w=\"%1\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>%2<w:sectPr/></w:body></w:document>")
                            .arg(QLatin1String(kWordNs), bodyXml);
    e << qMakePair(QStringLiteral("word/document.xml"), doc.toUtf8());
    if (!stylesXml.isEmpty()) {
        const QString styles = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                              "<w:styles xmlns:w=\"%1\">%2</w:styles>")
                                   .arg(QLatin1String(kWordNs), stylesXml);
        e << qMakePair(QStringLiteral("word/styles.xml"), styles.toUtf8());
    }
    return e;
}

ZipEntries docxEntries(const QStringList &paragraphs, DocxRuns runs)
{
    QRandomGenerator rng(1258);
    const LegacyCodec &tcvn3 = LegacyCodec::tcvn3();
    const LegacyCodec &vni = LegacyCodec::vni();
    QString body;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString &p = paragraphs.at(i);
        if (runs == DocxRuns::LegacyMixed && i % 3 == 1) {
            body += QStringLiteral("<w:p>") + splitRuns(asStoredInWord(vni.encode(p)), QStringLiteral("VNI-Times"), rng)
                + QStringLiteral("</w:p>");
            continue;
        }
        if (runs == DocxRuns::LegacyMixed && i % 3 == 2) {
            const QByteArray bytes = tcvn3.encode(p);
            if (tcvn3.decode(bytes) == p) { // TCVN3 has no toned capitals
                body += QStringLiteral("<w:p><w:pPr><w:pStyle w:val=\"VnBody\"/><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/></w:rPr></w:pPr>")
                    + splitRuns(asStoredInWord(bytes), QString(), rng) + QStringLiteral("</w:p>");
                continue;
            }
        }
        body += QStringLiteral("<w:p>") + splitRuns(p, runs == DocxRuns::Unicode ? QString() : QStringLiteral("Times New Roman"), rng)
            + QStringLiteral("</w:p>");
    }
    const QString styles = QStringLiteral(
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/></w:rPr></w:rPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"VnBase\"><w:basedOn w:val=\"Normal\"/><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"VnBody\"><w:basedOn w:val=\"VnBase\"/></w:style>");
    return docxFromBody(body, styles);
}

ZipEntries odtEntries(const QStringList &paragraphs, const QList<QStringList> &tableRows)
{
    QString body;
    for (const QString &p : paragraphs) {
        // Double spaces are stored as <text:s/> in ODF.
        QString x = xmlEscape(p);
        x.replace(QStringLiteral("  "), QStringLiteral(" <text:s/>"));
        body += QStringLiteral("<text:p text:style-name=\"P1\">") + x + QStringLiteral("</text:p>");
    }
    if (!tableRows.isEmpty()) {
        body += QStringLiteral("<table:table table:name=\"T1\">");
        for (const QStringList &row : tableRows) {
            body += QStringLiteral("<table:table-row>");
            for (const QString &c : row)
                body += QStringLiteral("<table:table-cell><text:p>") + xmlEscape(c) + QStringLiteral("</text:p></table:table-cell>");
            body += QStringLiteral("</table:table-row>");
        }
        body += QStringLiteral("</table:table>");
    }
    const QString content = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.2\">"
        "<office:body><office:text>%1</office:text></office:body></office:document-content>").arg(body);
    ZipEntries e;
    e << qMakePair(QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.text"));
    e << qMakePair(QStringLiteral("content.xml"), content.toUtf8());
    return e;
}

QString htmlPage(const QString &title, const QStringList &paragraphs, const QString &charset)
{
    QString body;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        QString p = paragraphs.at(i).toHtmlEscaped();
        if (i == 2) // numeric entities must be decoded too
            p.replace(QStringLiteral("ệ"), QStringLiteral("&#7879;")).replace(QStringLiteral("ả"), QStringLiteral("&#x1EA3;"));
        if (i % 4 == 3)
            body += QStringLiteral("<p><strong>") + p + QStringLiteral("</strong></p>\n");
        else
            body += QStringLiteral("<p>") + p + QStringLiteral("</p>\n");
        if (i == paragraphs.size() / 2) // an ad box in the middle of the article
            body += QStringLiteral("<div class=\"ads-inline\"><span>Quảng cáo</span><a href=\"/ad\">Vay tiêu dùng lãi suất 0%, giải ngân trong ngày</a></div>\n");
    }
    const QString t = title.toHtmlEscaped();
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"%1\">\n<title>%2 - Báo Xây dựng Đảng</title>\n"
        "<meta property=\"og:title\" content=\"%2\">\n"
        "<style>body{font-family:Arial} .menu li{display:inline}</style>\n"
        "<script>var _gaq = _gaq || []; _gaq.push(['_trackPageview', 'Kỷ luật 999 đảng viên']);</script>\n"
        "</head><body>\n"
        "<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">Xây dựng Đảng</a></div>\n"
        "<nav class=\"menu\"><ul><li><a href=\"/thoi-su\">Thời sự</a></li><li><a href=\"/xay-dung-dang\">Xây dựng Đảng</a></li>"
        "<li><a href=\"/kinh-te\">Kinh tế</a></li><li><a href=\"/van-hoa\">Văn hóa - Xã hội</a></li><li><a href=\"/quoc-phong\">Quốc phòng - An ninh</a></li></ul></nav></header>\n"
        "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/xay-dung-dang\">Xây dựng Đảng</a></div>\n"
        "<div class=\"container\"><div class=\"main-col\">\n"
        "<article class=\"article-detail\"><h1 class=\"title\">%2</h1>\n"
        "<div class=\"meta\">Thứ Hai, 12/03/2018 09:15</div>\n"
        "<div class=\"article-content\">\n%3</div>\n"
        "<div class=\"tags\"><a href=\"/tag/1\">Nghị quyết Trung ương 4</a> <a href=\"/tag/2\">chỉnh đốn Đảng</a></div>\n"
        "</article>\n"
        "<div class=\"box-related\"><h3>Tin liên quan</h3><ul>"
        "<li><a href=\"/a1\">Kỷ luật 57 đảng viên vi phạm trong năm 2017 tại tỉnh bạn</a></li>"
        "<li><a href=\"/a2\">Kết nạp 1.234 đảng viên mới trong quý I</a></li></ul></div>\n"
        "<div class=\"other-news\"><h3>Các tin khác</h3><ul>"
        "<li><a href=\"/b1\">Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12</a></li>"
        "<li><a href=\"/b2\">Tỉnh ủy khai trương cổng thông tin điện tử</a></li></ul></div>\n"
        "<section id=\"comments\" class=\"comment-box\"><h3>Bình luận (2)</h3>"
        "<div class=\"comment\"><b>Nguyễn Văn A</b><p>Bài viết rất hay, tôi đề nghị kỷ luật thêm 888 đảng viên vi phạm, "
        "vì tình trạng suy thoái tư tưởng chính trị, đạo đức, lối sống vẫn còn diễn biến phức tạp ở nhiều nơi.</p></div>"
        "<div class=\"comment\"><b>Trần Thị B</b><p>Cần công khai kết quả kiểm tra, giám sát để nhân dân cùng theo dõi, "
        "góp ý, phản biện một cách thực chất và thường xuyên hơn nữa trong thời gian tới.</p></div>"
        "<form><textarea>Ý kiến của bạn</textarea><button>Gửi bình luận</button></form></section>\n"
        "</div>\n"
        "<aside class=\"sidebar\"><div class=\"most-read\"><h3>Đọc nhiều nhất</h3><ol>"
        "<li><a href=\"/c1\">Khai trừ khỏi Đảng 12 đảng viên</a></li><li><a href=\"/c2\">Điều động 345 cán bộ</a></li></ol></div>"
        "<div class=\"banner ads\"><a href=\"/ad2\"><img src=\"ad.png\" alt=\"Quảng cáo\"></a></div></aside>\n"
        "</div>\n"
        "<footer class=\"site-footer\"><p>Cơ quan chủ quản: Ban Tổ chức Trung ương. Giấy phép số 123/GP-BTTTT. "
        "Bản quyền thuộc về Tạp chí Xây dựng Đảng, ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>\n"
        "<script>document.write('Xem nhiều nhất');</script>\n"
        "</body></html>\n").arg(charset, t, body);
}

QString savedNewsPage(const QString &title, const QStringList &paragraphs)
{
    QRandomGenerator rng(84);
    const QStringList sections = {QStringLiteral("Thời sự"), QStringLiteral("Xây dựng Đảng"), QStringLiteral("Chính trị"),
                                  QStringLiteral("Kinh tế"), QStringLiteral("Xã hội"), QStringLiteral("Văn hóa"),
                                  QStringLiteral("Pháp luật"), QStringLiteral("Quốc phòng - An ninh"), QStringLiteral("Thế giới"),
                                  QStringLiteral("Giáo dục"), QStringLiteral("Y tế"), QStringLiteral("Địa phương")};
    const QStringList headlines = {
        QStringLiteral("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 bàn nhiều nội dung quan trọng"),
        QStringLiteral("Kết nạp hơn 1.200 đảng viên mới trong quý I"),
        QStringLiteral("Tăng cường kiểm tra, giám sát việc thực hiện Nghị quyết Trung ương 4"),
        QStringLiteral("Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW"),
        QStringLiteral("Nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư"),
        QStringLiteral("Kỷ luật cán bộ vi phạm trong quản lý đất đai"),
        QStringLiteral("Đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân")};
    auto headline = [&]() -> QString { return headlines.at(int(rng.bounded(qsizetype(headlines.size())))); };
    auto slug = [&](int i) -> QString { return QStringLiteral("/tin-tuc/bai-viet-%1-%2.html").arg(i).arg(rng.bounded(100000, 999999)); };

    QString css;
    for (int i = 0; i < 400; ++i)
        css += QStringLiteral(".c%1 .item-%2>a:hover,.box-%1 .title{color:#%3;margin:0 %4px;font:600 15px/1.4 \"Roboto\",Arial,sans-serif}\n")
                   .arg(i).arg(i % 17).arg(rng.bounded(0x100000, 0xFFFFFF), 0, 16).arg(i % 24);
    QString js; // minified-looking tag manager and ad code
    for (int i = 0; i < 300; ++i)
        js += QStringLiteral("(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js',id:%1});"
                             "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;if(i<%2&&w.adSlots){w.adSlots.push('slot-%2')}"
                             "})(window,document,'script','dataLayer','GTM-%3');\n")
                  .arg(i).arg(rng.bounded(1000)).arg(rng.bounded(100000, 999999));
    const QString svg = QStringLiteral("<svg class=\"icon\" viewBox=\"0 0 24 24\" width=\"16\" height=\"16\"><path d=\"M12 2C6.48 2 2 6.48 2 12s4.48 "
                                       "10 10 10 10-4.48 10-10S17.52 2 12 2zm-1 17.93c-3.95-.49-7-3.85-7-7.93 0-.62.08-1.21.21-1.79L9 15v1c0 "
                                       "1.1.9 2 2 2v1.93zm6.9-2.54c-.26-.81-1-1.39-1.9-1.39h-1v-3c0-.55-.45-1-1-1H8v-2h2c.55 0 1-.45 1-1V7h2c1.1 0 "
                                       "2-.9 2-2v-.41c2.93 1.19 5 4.06 5 7.41 0 2.08-.8 3.97-2.1 5.39z\"/></svg>");
    auto newsList = [&](const QString &cls, const QString &heading, int n) -> QString {
        QString h = QStringLiteral("<!-- box %1 -->\n<div class=\"%1\"><h3 class=\"box-title\">%2</h3><ul class=\"list-news\">").arg(cls, heading);
        for (int i = 0; i < n; ++i)
            h += QStringLiteral("<li class=\"item\"><a class=\"thumb\" href=\"%1\"><img src=\"https://cdn.example.vn/2018/03/%2.jpg\" "
                                "alt=\"%3\" loading=\"lazy\" width=\"240\" height=\"160\"></a><h4><a href=\"%1\" title=\"%3\">%3</a></h4>"
                                "<span class=\"time\">%4 giờ trước</span></li>\n")
                     .arg(slug(i), QString::number(rng.bounded(100000, 999999)), headline().toHtmlEscaped())
                     .arg(rng.bounded(1, 23));
        return h + QStringLiteral("</ul></div>\n");
    };

    QString menu = QStringLiteral("<nav class=\"main-menu\"><ul class=\"menu\">");
    for (const QString &sec : sections) {
        menu += QStringLiteral("<li class=\"menu-item has-sub\"><a href=\"/%1\">%2</a><ul class=\"sub-menu\">").arg(rng.bounded(100, 999)).arg(sec);
        for (int k = 0; k < 10; ++k)
            menu += QStringLiteral("<li><a href=\"/chuyen-muc/%1\">%2 %3</a></li>").arg(rng.bounded(1000, 9999)).arg(sec).arg(k + 1);
        menu += QStringLiteral("</ul></li>\n");
    }
    menu += QStringLiteral("</ul></nav>\n");

    QString article;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        article += QStringLiteral("<p style=\"text-align: justify;\">") + paragraphs.at(i).toHtmlEscaped() + QStringLiteral("</p>\n");
        if (i == 3)
            article += QStringLiteral("<figure class=\"image\"><img src=\"https://cdn.example.vn/2018/03/hoi-nghi.jpg\" alt=\"Hội nghị\">"
                                      "<figcaption>Quang cảnh hội nghị. Ảnh: Thu Hà</figcaption></figure>\n");
    }
    QString comments = QStringLiteral("<section id=\"comments\" class=\"comment-box\"><h3>Bình luận (8)</h3>");
    for (int i = 0; i < 8; ++i)
        comments += QStringLiteral("<div class=\"comment\"><b>Bạn đọc %1</b> <span class=\"time\">%2/03/2018</span><p>Đề nghị tiếp tục "
                                   "công khai kết quả kiểm tra, giám sát để nhân dân cùng theo dõi, góp ý và phản biện.</p></div>")
                        .arg(i + 1).arg(10 + i);
    comments += QStringLiteral("<form class=\"comment-form\"><textarea>Ý kiến của bạn</textarea><button>Gửi bình luận</button></form></section>\n");

    const QString t = title.toHtmlEscaped();
    QString head = QStringLiteral("<!DOCTYPE html>\n<!-- saved from url=(0071)https://www.example.vn/xay-dung-dang/kinh-nghiem-hay.html -->\n"
                                  "<html lang=\"vi\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n"
                                  "<title>%1 - Báo Xây dựng Đảng</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<meta property=\"og:title\" content=\"%1\">\n<meta property=\"og:type\" content=\"article\">\n"
                                  "<meta name=\"description\" content=\"%1\">\n<link rel=\"canonical\" href=\"https://www.example.vn/a.html\">\n")
                           .arg(t);
    for (int i = 0; i < 12; ++i)
        head += QStringLiteral("<link rel=\"preload\" href=\"https://cdn.example.vn/static/js/chunk-%1.js\" as=\"script\">\n").arg(rng.bounded(100000, 999999), 0, 16);
    head += QStringLiteral("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"%1\","
                           "\"datePublished\":\"2018-03-12T09:15:00+07:00\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Báo Xây dựng Đảng\"}}</script>\n")
                .arg(t);
    head += QStringLiteral("<style>") + css + QStringLiteral("</style>\n<script>") + js.left(js.size() / 2) + QStringLiteral("</script>\n</head>\n");

    QString body = QStringLiteral("<body class=\"detail-page\">\n<!-- Google Tag Manager (noscript) --><noscript><iframe src=\"https://www.googletagmanager.com/ns.html?id=GTM-XXXX\" "
                                  "height=\"0\" width=\"0\" style=\"display:none\"></iframe></noscript>\n"
                                  "<header class=\"site-header\"><div class=\"top-bar\"><span class=\"date\">Thứ Hai, 12/03/2018</span>");
    for (int i = 0; i < 6; ++i)
        body += QStringLiteral("<a class=\"social\" href=\"#\">") + svg + QStringLiteral("</a>");
    body += QStringLiteral("</div><div class=\"logo\"><a href=\"/\">Xây dựng Đảng</a></div>\n<form class=\"search\"><input name=\"q\" placeholder=\"Tìm kiếm\"><button>")
        + svg + QStringLiteral("</button></form>\n") + menu + QStringLiteral("</header>\n");
    body += QStringLiteral("<div class=\"banner ads\"><!-- ad slot top --><script>window.adSlots=window.adSlots||[];adSlots.push('top-970x90');</script></div>\n");
    body += QStringLiteral("<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/xay-dung-dang\">Xây dựng Đảng</a></div>\n");
    body += QStringLiteral("<div class=\"container\"><div class=\"main-col\">\n<article class=\"article-detail\"><h1 class=\"title\">%1</h1>\n"
                           "<div class=\"meta\"><span class=\"author\">Thu Hà</span> <time>12/03/2018 09:15</time></div>\n"
                           "<div class=\"share\"><a href=\"#\">Chia sẻ</a>%2%2</div>\n<div class=\"article-content\">\n").arg(t, svg);
    body += article + QStringLiteral("</div>\n<div class=\"tags\"><a href=\"/tag/1\">Nghị quyết Trung ương 4</a> <a href=\"/tag/2\">chỉnh đốn Đảng</a></div>\n</article>\n");
    body += newsList(QStringLiteral("box-related"), QStringLiteral("Tin liên quan"), 10);
    body += comments;
    body += newsList(QStringLiteral("other-news"), QStringLiteral("Tin cùng chuyên mục"), 12);
    body += QStringLiteral("</div>\n<aside class=\"sidebar\">") + newsList(QStringLiteral("most-read"), QStringLiteral("Đọc nhiều nhất"), 10)
        + QStringLiteral("<div class=\"banner ads\"><!-- ad slot right --><a href=\"/ad2\"><img src=\"ad.png\" alt=\"Quảng cáo\"></a></div></aside>\n</div>\n");
    body += QStringLiteral("<footer class=\"site-footer\"><ul class=\"footer-menu\">");
    for (const QString &sec : sections)
        body += QStringLiteral("<li><a href=\"/%1\">%2</a></li>").arg(rng.bounded(100, 999)).arg(sec);
    body += QStringLiteral("</ul><p>Cơ quan chủ quản: Ban Tổ chức Trung ương. Giấy phép số 123/GP-BTTTT. Bản quyền thuộc về Tạp chí Xây dựng Đảng.</p></footer>\n");
    body += QStringLiteral("<script>") + js.mid(js.size() / 2) + QStringLiteral("</script>\n</body></html>\n");
    return head + body;
}

namespace {

bool drawDocument(QPdfWriter &writer, QTextDocument &doc, const QString &runningHeader)
{
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const double headerH = 40;
    const double footerH = 40;
    const QSizeF body(page.width(), page.height() - headerH - footerH);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(body);
    // Draw line by line, each on its page: drawContents() would also emit the lines of a
    // block that belong to the next page (clipped, but still in the PDF's text layer).
    struct PlacedLine {
        QTextLine line;
        QPointF origin;
    };
    std::vector<std::vector<PlacedLine>> pages(size_t(std::max(1, doc.pageCount())));
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QPointF origin = doc.documentLayout()->blockBoundingRect(block).topLeft();
        const QTextLayout *layout = block.layout();
        for (int j = 0; j < layout->lineCount(); ++j) {
            const QTextLine line = layout->lineAt(j);
            const size_t pageIndex = size_t(std::max(0.0, (origin.y() + line.y()) / body.height()));
            if (pageIndex >= pages.size())
                pages.resize(pageIndex + 1);
            pages[pageIndex].push_back({line, origin});
        }
    }
    const QFont small(QStringLiteral("Noto Sans"), 8);
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.setFont(small);
        if (!runningHeader.isEmpty())
            painter.drawText(QRectF(0, 0, page.width(), headerH - 10), Qt::AlignHCenter | Qt::AlignTop, runningHeader);
        painter.drawText(QRectF(0, page.height() - footerH + 10, page.width(), footerH - 10), Qt::AlignHCenter | Qt::AlignTop,
                         QStringLiteral("Trang %1").arg(i + 1));
        painter.save();
        painter.translate(0, headerH - double(i) * body.height());
        for (const PlacedLine &l : pages[i])
            l.line.draw(&painter, l.origin);
        painter.restore();
    }
    painter.end();
    return true;
}

} // namespace

bool writePdf(const QString &path, const QStringList &paragraphs, const QString &runningHeader)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("Noto Sans"), 10));
    doc.setDocumentMargin(0);
    QTextCursor cursor(&doc);
    QTextBlockFormat fmt;
    fmt.setBottomMargin(8);
    fmt.setAlignment(Qt::AlignLeft);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i == 0)
            cursor.setBlockFormat(fmt);
        else
            cursor.insertBlock(fmt);
        cursor.insertText(paragraphs.at(i));
    }
    return drawDocument(writer, doc, runningHeader);
}

bool writeScannedPdf(const QString &path, const QStringList &paragraphs)
{
    // Render the text into a 200 dpi picture, then put only the picture into the PDF.
    QImage image(1654, 2339, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        QTextDocument doc;
        QFont f(QStringLiteral("Noto Sans"));
        f.setPixelSize(34);
        doc.setDefaultFont(f);
        doc.setTextWidth(1400);
        doc.setPlainText(paragraphs.join(QStringLiteral("\n\n")));
        p.translate(120, 150);
        doc.drawContents(&p);
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(200);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    painter.drawImage(QPoint(0, 0), image);
    painter.end();
    return true;
}

namespace {

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    unsigned char s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = uchar(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + uchar(key.at(i % key.size()))) & 0xFF;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    for (int k = 0, i = 0, j = 0; k < data.size(); ++k) {
        i = (i + 1) & 0xFF;
        j = (j + s[i]) & 0xFF;
        std::swap(s[i], s[j]);
        out[k] = char(data.at(k) ^ char(s[(s[i] + s[j]) & 0xFF]));
    }
    return out;
}

} // namespace

QByteArray encryptedPdf()
{
    // PDF 1.4 standard security handler, revision 2 (40-bit RC4): enough for a reader to ask
    // for the password. Algorithms 3.2-3.4 of the PDF reference.
    const QByteArray pad = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const auto padded = [&](const QByteArray &pw) { return QByteArray(pw + pad).left(32); };
    const QByteArray id = QByteArray::fromHex("0123456789ABCDEF0123456789ABCDEF");
    const QByteArray ownerKey = QCryptographicHash::hash(padded("owner"), QCryptographicHash::Md5).left(5);
    const QByteArray o = rc4(ownerKey, padded("secret"));
    const qint32 p = -4;
    QByteArray pBytes(4, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        pBytes[i] = char((quint32(p) >> (8 * i)) & 0xFF);
    const QByteArray fileKey = QCryptographicHash::hash(QByteArray(padded("secret") + o + pBytes + id), QCryptographicHash::Md5).left(5);
    const QByteArray u = rc4(fileKey, pad);

    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const auto obj = [&](const QByteArray &body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    obj("<< /Type /Catalog /Pages 2 0 R >>");
    obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
    obj("<< /Filter /Standard /V 1 /R 2 /O <" + o.toHex() + "> /U <" + u.toHex() + "> /P -4 >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (const qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">] >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace thp::fixtures
