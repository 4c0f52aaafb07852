<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <source>TongHop</source>
        <translation>TongHop</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Search title, province, file (accents optional)</source>
        <translation>Tìm theo tiêu đề, tỉnh/thành, tệp (có hoặc không dấu)</translation>
    </message>
    <message>
        <source>Reports library</source>
        <translation>Thư viện báo cáo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Xuất PDF…</translation>
    </message>
    <message>
        <source>Write the open report&apos;s figure table to a PDF file</source>
        <translation>Ghi bảng số liệu của báo cáo đang mở ra tệp PDF</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About TongHop</source>
        <translation>&amp;Giới thiệu TongHop</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>No report open</source>
        <translation>Chưa mở báo cáo nào</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Open a report from the library to read it here.</source>
        <translation>Mở một báo cáo trong thư viện để đọc tại đây.</translation>
    </message>
    <message>
        <source>Figures of the report</source>
        <translation>Số liệu của báo cáo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TongHop</source>
        <translation>TongHop</translation>
    </message>
</context>
<context>
    <name>thp</name>
    <message>
        <source>not a valid PDF, or the file is damaged</source>
        <translation>không phải tệp PDF hợp lệ hoặc tệp bị hỏng</translation>
    </message>
    <message>
        <source>the PDF is password-protected; remove the password and try again</source>
        <translation>tệp PDF được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi thử lại</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>tệp PDF không có trang nào</translation>
    </message>
    <message>
        <source>the PDF has %1 pages, more than the %2 a report can have</source>
        <translation>tệp PDF có %1 trang, vượt quá giới hạn %2 trang của một báo cáo</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned pages) and Tesseract has no Vietnamese data: install the package tesseract-ocr-vie</source>
        <translation>tệp PDF không có lớp văn bản (trang được quét) và Tesseract chưa có dữ liệu tiếng Việt: hãy cài gói tesseract-ocr-vie</translation>
    </message>
    <message>
        <source>the PDF has no text layer: the text was recognised by OCR and may contain errors</source>
        <translation>tệp PDF không có lớp văn bản: nội dung đã được nhận dạng bằng OCR và có thể có lỗi</translation>
    </message>
    <message>
        <source>only the first %1 of %2 pages were recognised</source>
        <translation>chỉ nhận dạng được %1 trang đầu trong tổng số %2 trang</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned pages) and this build has no OCR: install tesseract-ocr-vie and libtesseract-dev, then rebuild TongHop</source>
        <translation>tệp PDF không có lớp văn bản (trang được quét) và bản TongHop này không có chức năng OCR: hãy cài tesseract-ocr-vie và libtesseract-dev, rồi biên dịch lại TongHop</translation>
    </message>
    <message>
        <source>OCR found no text in the PDF</source>
        <translation>OCR không tìm thấy văn bản nào trong tệp PDF</translation>
    </message>
    <message>
        <source>the PDF contains no text</source>
        <translation>tệp PDF không chứa văn bản</translation>
    </message>
</context>
<context>
    <name>thp::BatchImporter</name>
    <message>
        <source>1 figure</source>
        <translation>1 số liệu</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 số liệu</translation>
    </message>
</context>
<context>
    <name>thp::CompareQuery</name>
    <message>
        <source>entered by %1</source>
        <translation>do %1 nhập tay</translation>
    </message>
    <message>
        <source>sources disagree: %1 (%2) chosen because %3; also given: %4</source>
        <translation>các nguồn không khớp: chọn %1 (%2) vì %3; các giá trị khác: %4</translation>
    </message>
    <message>
        <source>a person reviewed it</source>
        <translation>đã có người rà soát</translation>
    </message>
    <message>
        <source>it is from the newest report</source>
        <translation>lấy từ báo cáo mới nhất</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>chỉ tiêu &quot;%1&quot; không có trong danh mục</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;</source>
        <translation>cấp &quot;%1&quot; không hợp lệ</translation>
    </message>
    <message>
        <source>figure of %1 only, not of the whole province; not combined</source>
        <translation>số liệu chỉ của %1, không phải của cả tỉnh; không cộng gộp</translation>
    </message>
    <message>
        <source>not comparable: no figure for %1 for %2; the rate of only some of the merged provinces is not the rate of %3</source>
        <translation>không so sánh được: thiếu số liệu của %1 cho thời kỳ %2; tỷ lệ của riêng một số tỉnh đã hợp nhất không phải là tỷ lệ của %3</translation>
    </message>
    <message>
        <source>not comparable: no figure for %1 for %2; a sum of only some of the merged provinces would understate %3</source>
        <translation>không so sánh được: thiếu số liệu của %1 cho thời kỳ %2; tổng của riêng một số tỉnh đã hợp nhất sẽ thấp hơn thực tế của %3</translation>
    </message>
    <message>
        <source>sum of %1</source>
        <translation>tổng của %1</translation>
    </message>
    <message>
        <source>rate of %1 weighted by %2</source>
        <translation>tỷ lệ của %1, bình quân gia quyền theo %2</translation>
    </message>
    <message>
        <source>not comparable: this rate cannot be combined across provinces</source>
        <translation>không so sánh được: không thể gộp tỷ lệ này giữa các tỉnh</translation>
    </message>
    <message>
        <source>not comparable: a rate cannot be combined without %1 (missing for %2); averaging the rates would be wrong</source>
        <translation>không so sánh được: không thể gộp tỷ lệ khi thiếu %1 (thiếu ở %2); lấy trung bình cộng các tỷ lệ sẽ cho kết quả sai</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>các nguồn không khớp</translation>
    </message>
    <message>
        <source>sources disagree for a part</source>
        <translation>các nguồn không khớp ở một phần</translation>
    </message>
</context>
<context>
    <name>thp::ConsistencyChecker</name>
    <message>
        <source>%1: a rate above 100% (%2)</source>
        <translation>%1: tỷ lệ vượt quá 100% (%2)</translation>
    </message>
    <message>
        <source>%1 is given with different values: %2</source>
        <translation>%1 được nêu với các giá trị khác nhau: %2</translation>
    </message>
    <message>
        <source>%1: the parts add up to %2, more than the total %3</source>
        <translation>%1: các thành phần cộng lại được %2, lớn hơn tổng số %3</translation>
    </message>
    <message>
        <source>%1: the tiers add up to %2, the total says %3</source>
        <translation>%1: các cấp cộng lại được %2, trong khi tổng số ghi %3</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, but the report states %4</source>
        <translation>%1 trên %2 là %3, nhưng báo cáo ghi %4</translation>
    </message>
</context>
<context>
    <name>thp::Database</name>
    <message>
        <source>schema migration %1 is missing from the program (%2)</source>
        <translation>chương trình thiếu bước nâng cấp lược đồ %1 (%2)</translation>
    </message>
    <message>
        <source>the PostgreSQL driver (QPSQL) is not installed</source>
        <translation>chưa cài trình điều khiển PostgreSQL (QPSQL)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>không kết nối được tới %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 là thư mục, không phải tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
    <message>
        <source>the SQLite driver (QSQLITE) is not installed</source>
        <translation>chưa cài trình điều khiển SQLite (QSQLITE)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a TongHop database (it holds other tables); it was left unchanged</source>
        <translation>%1 không phải cơ sở dữ liệu của TongHop (có chứa các bảng khác); tệp được giữ nguyên</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>không đọc được phiên bản lược đồ của %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer TongHop (database schema %2; this program knows up to %3). It was not opened or changed: please update TongHop.</source>
        <translation>%1 được tạo bởi phiên bản TongHop mới hơn (lược đồ cơ sở dữ liệu %2; chương trình này chỉ hỗ trợ đến %3). Tệp không được mở và không bị thay đổi: vui lòng cập nhật TongHop.</translation>
    </message>
    <message>
        <source>cannot update the schema of %1: %2</source>
        <translation>không cập nhật được lược đồ của %1: %2</translation>
    </message>
    <message>
        <source>schema migration %1 failed on %2: %3</source>
        <translation>không thực hiện được bước nâng cấp lược đồ %1 trên %2: %3</translation>
    </message>
    <message>
        <source>the province list is missing from the program</source>
        <translation>chương trình thiếu danh sách tỉnh/thành</translation>
    </message>
    <message>
        <source>the province list is malformed at line %1</source>
        <translation>danh sách tỉnh/thành sai định dạng ở dòng %1</translation>
    </message>
    <message>
        <source>cannot store the province list: %1</source>
        <translation>không lưu được danh sách tỉnh/thành: %1</translation>
    </message>
    <message>
        <source>cannot store the metric catalogue: %1</source>
        <translation>không lưu được danh mục chỉ tiêu: %1</translation>
    </message>
</context>
<context>
    <name>thp::DatabaseBackup</name>
    <message>
        <source>a PostgreSQL database is backed up with pg_dump, not by TongHop</source>
        <translation>cơ sở dữ liệu PostgreSQL được sao lưu bằng pg_dump, không phải bằng TongHop</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup</source>
        <translation>%1 đã tồn tại; hãy chọn tên tệp mới cho bản sao lưu</translation>
    </message>
    <message>
        <source>the backup cannot be the database itself</source>
        <translation>bản sao lưu không được trùng với chính cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>the database connection gives no SQLite handle</source>
        <translation>kết nối cơ sở dữ liệu không cung cấp con trỏ (handle) SQLite</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>không ghi được bản sao lưu %1: %2</translation>
    </message>
</context>
<context>
    <name>thp::DocumentParser</name>
    <message>
        <source>the document XML is damaged (line %1: %2)</source>
        <translation>XML của tài liệu bị hỏng (dòng %1: %2)</translation>
    </message>
    <message>
        <source>the document XML is truncated</source>
        <translation>XML của tài liệu bị thiếu phần cuối</translation>
    </message>
</context>
<context>
    <name>thp::DocxImporter</name>
    <message>
        <source>the text looked like %1 without a %1 font and was converted</source>
        <translation>văn bản có dạng mã %1 nhưng không dùng phông %1 và đã được chuyển đổi</translation>
    </message>
    <message>
        <source>text in legacy Vietnamese fonts (TCVN3/VNI) was converted to Unicode</source>
        <translation>văn bản dùng phông tiếng Việt cũ (TCVN3/VNI) đã được chuyển sang Unicode</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>tài liệu không chứa văn bản</translation>
    </message>
    <message>
        <source>not a Word document: the zip archive has no %1</source>
        <translation>không phải tài liệu Word: tệp nén zip không có %1</translation>
    </message>
</context>
<context>
    <name>thp::ExtractionRun</name>
    <message>
        <source>ambiguous number &quot;%1&quot; (a dot not followed by three digits) was not read: «%2»</source>
        <translation>số &quot;%1&quot; không rõ ràng (sau dấu chấm không phải là ba chữ số) nên không được đọc: «%2»</translation>
    </message>
</context>
<context>
    <name>thp::Extractor</name>
    <message>
        <source>extra rules not used: %1</source>
        <translation>không dùng các quy tắc bổ sung: %1</translation>
    </message>
    <message>
        <source>the report is empty</source>
        <translation>báo cáo trống</translation>
    </message>
    <message>
        <source>no figures found</source>
        <translation>không tìm thấy số liệu nào</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) could not be decoded</source>
        <translation>
            <numerusform>%n ký tự không giải mã được</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thp::FactStore</name>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>chỉ tiêu &quot;%1&quot; không có trong danh mục</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;</source>
        <translation>cấp &quot;%1&quot; không hợp lệ</translation>
    </message>
    <message>
        <source>unknown qualifier &quot;%1&quot;</source>
        <translation>mức độ &quot;%1&quot; không hợp lệ</translation>
    </message>
    <message>
        <source>the value must be a number not below zero</source>
        <translation>giá trị phải là số không âm</translation>
    </message>
    <message>
        <source>the period %1 is not a valid range of years</source>
        <translation>thời kỳ %1 không phải là khoảng năm hợp lệ</translation>
    </message>
    <message>
        <source>there is no figure #%1 (it may have been removed)</source>
        <translation>không có số liệu #%1 (có thể đã bị xóa)</translation>
    </message>
    <message>
        <source>%1 changed this figure at %2 after you opened it; nothing was saved. Look at the figure again and repeat your change.</source>
        <translation>%1 đã sửa số liệu này lúc %2, sau thời điểm bạn mở số liệu; chưa lưu thay đổi nào. Vui lòng xem lại số liệu và thực hiện lại thay đổi.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>Người khác</translation>
    </message>
    <message>
        <source>a figure entered by hand is removed, not rejected</source>
        <translation>số liệu nhập tay phải xóa bỏ, không đánh dấu loại</translation>
    </message>
    <message>
        <source>only figures entered by hand can be removed; reject an extracted figure instead</source>
        <translation>chỉ xóa được số liệu nhập tay; với số liệu trích xuất tự động, hãy đánh dấu loại</translation>
    </message>
    <message>
        <source>figure #%1 changed while saving; nothing was saved</source>
        <translation>số liệu #%1 đã thay đổi trong lúc lưu; chưa lưu thay đổi nào</translation>
    </message>
    <message>
        <source>a figure entered by hand needs the province it is about</source>
        <translation>số liệu nhập tay phải ghi rõ tỉnh/thành</translation>
    </message>
    <message>
        <source>a figure entered by hand needs the years it covers</source>
        <translation>số liệu nhập tay phải ghi rõ các năm áp dụng</translation>
    </message>
</context>
<context>
    <name>thp::HtmlImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>unknown charset &quot;%1&quot; declared; detected instead</source>
        <translation>trang khai báo bảng mã không xác định &quot;%1&quot;; đã tự nhận dạng bảng mã</translation>
    </message>
    <message>
        <source>bytes that are invalid in %1 were replaced</source>
        <translation>các byte không hợp lệ trong %1 đã được thay thế</translation>
    </message>
    <message>
        <source>the page used %1 fonts; the text was converted to Unicode</source>
        <translation>trang dùng phông %1; văn bản đã được chuyển sang Unicode</translation>
    </message>
    <message>
        <source>the page contains no article text</source>
        <translation>trang không có nội dung bài viết</translation>
    </message>
    <message>
        <source>file too large for a web page (%1 MB; the limit is %2 MB)</source>
        <translation>tệp quá lớn đối với một trang web (%1 MB; giới hạn là %2 MB)</translation>
    </message>
</context>
<context>
    <name>thp::ImporterRegistry</name>
    <message>
        <source>file not found</source>
        <translation>không tìm thấy tệp</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>tệp quá lớn (%1 MB; giới hạn là %2 MB)</translation>
    </message>
    <message>
        <source>unsupported file format (not text, HTML, DOCX, ODT or PDF)</source>
        <translation>định dạng tệp không được hỗ trợ (không phải văn bản thuần, HTML, DOCX, ODT hay PDF)</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>không đọc được tệp (%1)</translation>
    </message>
</context>
<context>
    <name>thp::LegacyDocImporter</name>
    <message>
        <source>the document is password-protected; open it in Word, remove the password and save it again</source>
        <translation>tài liệu được bảo vệ bằng mật khẩu; hãy mở bằng Word, gỡ mật khẩu rồi lưu lại</translation>
    </message>
    <message>
        <source>old Word 97-2003 .doc format is not supported: please open it in Word or LibreOffice and save as .docx</source>
        <translation>không hỗ trợ định dạng .doc cũ của Word 97-2003: vui lòng mở bằng Word hoặc LibreOffice rồi lưu thành .docx</translation>
    </message>
</context>
<context>
    <name>thp::OdtImporter</name>
    <message>
        <source>the document XML is damaged (line %1: %2)</source>
        <translation>XML của tài liệu bị hỏng (dòng %1: %2)</translation>
    </message>
    <message>
        <source>the document XML is damaged; text after line %1 is missing</source>
        <translation>XML của tài liệu bị hỏng; thiếu phần văn bản sau dòng %1</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>tài liệu không chứa văn bản</translation>
    </message>
    <message>
        <source>not an OpenDocument text: the zip archive has no content.xml</source>
        <translation>không phải văn bản OpenDocument: tệp nén zip không có content.xml</translation>
    </message>
</context>
<context>
    <name>thp::PdfImporter</name>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>tệp quá lớn (%1 MB; giới hạn là %2 MB)</translation>
    </message>
</context>
<context>
    <name>thp::ReportStore</name>
    <message>
        <source>the database is busy or read-only: %1</source>
        <translation>cơ sở dữ liệu đang bận hoặc chỉ cho phép đọc: %1</translation>
    </message>
    <message>
        <source>the database is busy: %1</source>
        <translation>cơ sở dữ liệu đang bận: %1</translation>
    </message>
    <message>
        <source>already stored as report #%1 (%2)</source>
        <translation>đã được lưu trước đó thành báo cáo #%1 (%2)</translation>
    </message>
    <message>
        <source>cannot store the report: %1</source>
        <translation>không lưu được báo cáo: %1</translation>
    </message>
    <message>
        <source>cannot index the report for search: %1</source>
        <translation>không lập được chỉ mục tìm kiếm cho báo cáo: %1</translation>
    </message>
    <message>
        <source>cannot store the figure %1 = %2: %3</source>
        <translation>không lưu được số liệu %1 = %2: %3</translation>
    </message>
    <message>
        <source>cannot save the report: %1</source>
        <translation>không ghi lại được báo cáo: %1</translation>
    </message>
    <message>
        <source>there is no report #%1</source>
        <translation>không có báo cáo #%1</translation>
    </message>
</context>
<context>
    <name>thp::TextDecoder</name>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>không nhận biết được bảng mã &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid UTF-8 bytes were replaced</source>
        <translation>các byte UTF-8 không hợp lệ đã được thay thế</translation>
    </message>
    <message>
        <source>encoding guessed as %1 (uncertain); choose the encoding if the text looks wrong</source>
        <translation>bảng mã được đoán là %1 (chưa chắc chắn); hãy chọn bảng mã nếu văn bản hiển thị sai</translation>
    </message>
    <message>
        <source>not UTF-8 and not a Vietnamese encoding; read as %1</source>
        <translation>không phải UTF-8 cũng không phải bảng mã tiếng Việt; đã đọc theo %1</translation>
    </message>
    <message>
        <source>bytes that are invalid in %1 were replaced</source>
        <translation>các byte không hợp lệ trong %1 đã được thay thế</translation>
    </message>
</context>
<context>
    <name>thp::TextImporter</name>
    <message>
        <source>file too large for a text report (%1 MB; the limit is %2 MB)</source>
        <translation>tệp quá lớn đối với một báo cáo dạng văn bản (%1 MB; giới hạn là %2 MB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>binary data, not a text document</source>
        <translation>dữ liệu nhị phân, không phải tài liệu văn bản</translation>
    </message>
    <message>
        <source>the file contains no text</source>
        <translation>tệp không chứa văn bản</translation>
    </message>
</context>
<context>
    <name>thp::ZipArchive</name>
    <message>
        <source>damaged or truncated zip archive (error %1)</source>
        <translation>tệp nén zip bị hỏng hoặc bị cắt cụt (lỗi %1)</translation>
    </message>
    <message>
        <source>damaged zip archive (it claims %1 entries)</source>
        <translation>tệp nén zip bị hỏng (khai báo có %1 mục)</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>tệp nén không có %1</translation>
    </message>
    <message>
        <source>damaged zip entry %1</source>
        <translation>mục %1 trong tệp zip bị hỏng</translation>
    </message>
    <message>
        <source>the document is encrypted (password-protected); save it without a password</source>
        <translation>tài liệu đã được mã hóa (có mật khẩu); hãy lưu lại mà không đặt mật khẩu</translation>
    </message>
    <message>
        <source>%1 is %2 MB uncompressed, over the %3 MB limit (possibly a zip bomb)</source>
        <translation>%1 có kích thước %2 MB khi giải nén, vượt giới hạn %3 MB (có thể là zip bomb)</translation>
    </message>
    <message>
        <source>cannot open zip entry %1 (error %2)</source>
        <translation>không mở được mục %1 trong tệp zip (lỗi %2)</translation>
    </message>
    <message>
        <source>damaged zip entry %1 (truncated or corrupt data)</source>
        <translation>mục %1 trong tệp zip bị hỏng (dữ liệu bị cắt cụt hoặc bị lỗi)</translation>
    </message>
    <message>
        <source>%1 expands beyond the %2 MB limit (possibly a zip bomb)</source>
        <translation>%1 khi giải nén vượt giới hạn %2 MB (có thể là zip bomb)</translation>
    </message>
    <message>
        <source>damaged zip entry %1 (checksum error)</source>
        <translation>mục %1 trong tệp zip bị hỏng (sai tổng kiểm tra)</translation>
    </message>
</context>
<context>
    <name>thp::app::FactTableModel</name>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>thp::app::MainWindow</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some sample reports could not be imported: %1</source>
        <translation>Không nhập được một số báo cáo mẫu: %1</translation>
    </message>
    <message>
        <source>No report is open.</source>
        <translation>Chưa mở báo cáo nào.</translation>
    </message>
    <message>
        <source>Export the figure table</source>
        <translation>Xuất bảng số liệu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Không ghi được tệp PDF: %1</translation>
    </message>
    <message>
        <source>About TongHop</source>
        <translation>Giới thiệu TongHop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TongHop %1&lt;/h3&gt;&lt;p&gt;Compiles and sums up the figures of Party-building reports: import, review, compare and export.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TongHop %1&lt;/h3&gt;&lt;p&gt;Tổng hợp số liệu các báo cáo về công tác xây dựng Đảng: nhập báo cáo, rà soát, so sánh và xuất kết quả.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) · database: %1</source>
        <translation>
            <numerusform>%n báo cáo · cơ sở dữ liệu: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thp::app::ReportListModel</name>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
</context>
<context>
    <name>thp::app::ReportView</name>
    <message>
        <source>No report open</source>
        <translation>Chưa mở báo cáo nào</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n số liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a figure to see where it was read in the text.</source>
        <translation>Chọn một số liệu để xem vị trí trích xuất trong văn bản.</translation>
    </message>
</context>
<context>
    <name>thp::app::SampleReports</name>
    <message>
        <source>cannot copy the sample to %1</source>
        <translation>không sao chép được báo cáo mẫu sang %1</translation>
    </message>
</context>
<context>
    <name>thp::render::ComparisonCsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>thp::render::ComparisonPdfWriter</name>
    <message>
        <source>cannot write %1</source>
        <translation>không ghi được %1</translation>
    </message>
</context>
<context>
    <name>thp::render::FactLabels</name>
    <message>
        <source>Central</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <source>Grassroots</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Party cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Whole committee</source>
        <translation>Toàn đảng bộ</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Chính xác</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Khoảng</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Ít nhất</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Chờ rà soát</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã loại</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <source>en</source>
        <comment>catalogue language code</comment>
        <extracomment>The language code of this translation (&quot;vi&quot; for Vietnamese); it picks the metric names.</extracomment>
        <translation>vi</translation>
    </message>
</context>
<context>
    <name>thp::render::FactTablePdfWriter</name>
    <message>
        <source>the table has no columns</source>
        <translation>bảng không có cột nào</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>không ghi được %1</translation>
    </message>
    <message>
        <source>No figures.</source>
        <translation>Không có số liệu.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>thp::render::ReportTable</name>
    <message>
        <source>year %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>nguồn: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
</TS>
