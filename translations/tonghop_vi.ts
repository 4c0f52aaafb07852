<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CompareView</name>
    <message>
        <source>&amp;Metric:</source>
        <translation>Chỉ t&amp;iêu:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>Cấ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Năm đầu</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Năm cuối</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Biể&amp;u đồ:</translation>
    </message>
    <message>
        <source>&amp;2025 boundaries (merged provinces)</source>
        <translation>Theo địa giới năm &amp;2025 (các tỉnh đã hợp nhất)</translation>
    </message>
    <message>
        <source>Add up the figures of the provinces merged in 2025, where every one of them has a figure for the period</source>
        <translation>Cộng số liệu của các tỉnh đã hợp nhất năm 2025, khi tất cả các tỉnh đó đều có số liệu của thời kỳ</translation>
    </message>
    <message>
        <source>Per 1,000 Party &amp;members</source>
        <translation>Tính trên &amp;1.000 đảng viên</translation>
    </message>
    <message>
        <source>Divide each count by the province&apos;s number of Party members in the same period</source>
        <translation>Chia mỗi số đếm cho tổng số đảng viên của tỉnh/thành trong cùng thời kỳ</translation>
    </message>
    <message>
        <source>C&amp;onfirmed figures only</source>
        <translation>Chỉ số liệu đã &amp;xác nhận</translation>
    </message>
    <message>
        <source>Only figures a person confirmed, corrected or entered</source>
        <translation>Chỉ lấy số liệu đã được người rà soát xác nhận, sửa hoặc nhập tay</translation>
    </message>
    <message>
        <source>&amp;Provinces:</source>
        <translation>&amp;Danh sách tỉnh/thành:</translation>
    </message>
    <message>
        <source>&amp;All provinces</source>
        <translation>Tất cả tỉnh/t&amp;hành</translation>
    </message>
    <message>
        <source>Provinces by region</source>
        <translation>Tỉnh/thành theo vùng</translation>
    </message>
    <message>
        <source>Keep this comparison on screen beside the next one (Ctrl+K)</source>
        <translation>Giữ kết quả so sánh này trên màn hình, bên cạnh lần so sánh tiếp theo (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Keep beside</source>
        <translation>Giữ &amp;lại bên cạnh</translation>
    </message>
    <message>
        <source>Save the filter, measure and chart under a name to open again later (Ctrl+Shift+S)</source>
        <translation>Lưu bộ lọc, cách tính và biểu đồ với một tên để mở lại sau (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Lưu &amp;với tên…</translation>
    </message>
    <message>
        <source>Write the comparison shown (title, filter, table, chart, sources) to an A4 PDF (Ctrl+Shift+P)</source>
        <translation>Ghi kết quả so sánh đang hiển thị (tiêu đề, bộ lọc, bảng, biểu đồ, nguồn) ra tệp PDF khổ A4 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất PD&amp;F…</translation>
    </message>
    <message>
        <source>Write the table shown to a CSV file that Excel opens with its diacritics (Ctrl+Shift+X)</source>
        <translation>Ghi bảng đang hiển thị ra tệp CSV, mở bằng Excel vẫn giữ nguyên dấu tiếng Việt (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Các so sánh đã lưu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>New figure</source>
        <translation>Số liệu mới</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉnh/t&amp;hành:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Thời &amp;kỳ:</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Năm đầu</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Năm cuối</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>Chỉ tiê&amp;u:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>G&amp;iá trị:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>for example 58.713 or 98,4</source>
        <translation>ví dụ 58.713 hoặc 98,4</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>&amp;Mức độ:</translation>
    </message>
    <message>
        <source>Entered &amp;by:</source>
        <translation>Người nhậ&amp;p:</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>họ tên của bạn</translation>
    </message>
    <message>
        <source>Save the figure (Enter in the value field, or Ctrl+Enter)</source>
        <translation>Lưu số liệu (Enter tại ô giá trị, hoặc Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Save figure</source>
        <translation>&amp;Lưu số liệu</translation>
    </message>
    <message>
        <source>Figures entered for the province</source>
        <translation>Số liệu đã nhập của tỉnh/thành</translation>
    </message>
    <message>
        <source>Remove the figure selected in the table (Delete)</source>
        <translation>Xóa số liệu đang chọn trong bảng (Delete)</translation>
    </message>
    <message>
        <source>&amp;Remove figure</source>
        <translation>&amp;Xóa số liệu</translation>
    </message>
    <message>
        <source>Enter figures that have no imported report behind them (a printed report, a phone call). Each figure is saved for a province, or a committee below it, and a period; the checks below are warnings: you can still save.</source>
        <translation>Nhập tay các số liệu không có báo cáo gốc trong chương trình (báo cáo bản giấy, thông tin qua điện thoại). Mỗi số liệu được lưu theo tỉnh/thành, hoặc một cấp ủy trực thuộc, và thời kỳ; các kiểm tra bên dưới chỉ là cảnh báo: vẫn có thể lưu.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>A committee below the province (a city, town or district committee), or the whole province. Choose from the list or type a name.</source>
        <translation>Một cấp ủy trực thuộc tỉnh (thành ủy, thị ủy, huyện ủy, quận ủy) hoặc toàn tỉnh. Chọn trong danh sách hoặc gõ tên.</translation>
    </message>
    <message>
        <source>Figures of a committee below the province are compared in rows of their own, never added to the province&apos;s.</source>
        <translation>Số liệu của cấp ủy trực thuộc được so sánh ở dòng riêng, không bao giờ cộng vào số liệu của toàn tỉnh.</translation>
    </message>
</context>
<context>
    <name>FactEditDialog</name>
    <message>
        <source>Correct the figure</source>
        <translation>Sửa số liệu</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>What the figure counts</source>
        <translation>Chỉ tiêu của số liệu</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Giá trị:</translation>
    </message>
    <message>
        <source>Written the Vietnamese way: 58.713 or 98,4</source>
        <translation>Viết theo cách Việt Nam: 58.713 hoặc 98,4</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>Cấ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Thời kỳ:</translation>
    </message>
    <message>
        <source>A year (2023) or a range of years (2016-2020); empty: the report&apos;s year</source>
        <translation>Một năm (2023) hoặc một khoảng năm (2016-2020); để trống: năm của báo cáo</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>&amp;Mức độ:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import reports</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <source>Files to import:</source>
        <translation>Các tệp cần nhập:</translation>
    </message>
    <message>
        <source>&amp;Encoding of text and HTML files:</source>
        <translation>&amp;Bảng mã của tệp văn bản và HTML:</translation>
    </message>
    <message>
        <source>Detected from the bytes unless you choose one; Word, OpenDocument and PDF files say their own</source>
        <translation>Tự nhận dạng từ nội dung tệp nếu không chọn; tệp Word, OpenDocument và PDF tự khai báo bảng mã</translation>
    </message>
    <message>
        <source>Files and their results</source>
        <translation>Các tệp và kết quả nhập</translation>
    </message>
</context>
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
    <message>
        <source>&amp;Reports and review</source>
        <translation>&amp;Báo cáo và rà soát</translation>
    </message>
    <message>
        <source>Search words of the title, text or province (accents optional) — Ctrl+F</source>
        <translation>Tìm theo tiêu đề, nội dung hoặc tỉnh/thành (có hoặc không dấu) — Ctrl+F</translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation>Tìm báo cáo</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>Reports of this province; a province of 2025 also shows the provinces merged into it</source>
        <translation>Báo cáo của tỉnh/thành này; tỉnh/thành theo địa giới 2025 hiển thị cả các tỉnh đã hợp nhất vào đó</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Trạng thái rà soát</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>S&amp;o sánh</translation>
    </message>
    <message>
        <source>E&amp;nter results</source>
        <translation>&amp;Nhập kết quả</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Rà soát</translation>
    </message>
    <message>
        <source>&amp;Import reports…</source>
        <translation>&amp;Nhập báo cáo…</translation>
    </message>
    <message>
        <source>Import report files (text, HTML, Word, PDF); you can also drop files or folders on the window</source>
        <translation>Nhập các tệp báo cáo (văn bản, HTML, Word, PDF); cũng có thể kéo thả tệp hoặc thư mục vào cửa sổ</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Nhập cả thư &amp;mục…</translation>
    </message>
    <message>
        <source>Import every report in a folder and its subfolders</source>
        <translation>Nhập mọi báo cáo trong một thư mục và các thư mục con</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; đang được bảo vệ chống ghi.
Vẫn xóa?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Có chắc muốn xóa &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách nơi lưu và dấu trang</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp ẩ&amp;n</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Thay tệp này?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>Đồ&amp;ng ý</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không &amp;với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Cuộn tới đây</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Đầu</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Cuối</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Mép trái</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Mép phải</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Lên một trang</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Xuống một trang</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Sang trái một trang</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Sang phải một trang</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;trống&gt;</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Chèn ký tự điều khiển Unicode</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Dấu trái sang phải</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Dấu phải sang trái</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Ký tự nối độ rộng không</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Ký tự không nối độ rộng không</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Khoảng trắng độ rộng không</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Bắt đầu nhúng trái sang phải</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Bắt đầu nhúng phải sang trái</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Bắt đầu ép trái sang phải</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Bắt đầu ép phải sang trái</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Kết thúc định dạng hướng</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Cô lập trái sang phải</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Cô lập phải sang trái</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Cô lập theo ký tự mạnh đầu tiên</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Kết thúc cô lập hướng</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
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
    <message>
        <source>The selected figure</source>
        <translation>Số liệu đang chọn</translation>
    </message>
    <message>
        <source>Review keys</source>
        <translation>Phím rà soát</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>Tệp &amp;SQLite trên máy này</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Tệp SQLite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (shared by several computers)</source>
        <translation>Máy chủ &amp;PostgreSQL (dùng chung cho nhiều máy)</translation>
    </message>
    <message>
        <source>PostgreSQL address</source>
        <translation>Địa chỉ PostgreSQL</translation>
    </message>
    <message>
        <source>postgresql://user:password@server:5432/tonghop</source>
        <translation>postgresql://nguoidung:matkhau@maychu:5432/tonghop</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Opens the database once to check that it can be used (Alt+T)</source>
        <translation>Mở thử cơ sở dữ liệu một lần để kiểm tra có dùng được không (Alt+K)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>Where the SQLite database is kept by default, and where file dialogs open</source>
        <translation>Nơi lưu cơ sở dữ liệu SQLite mặc định, cũng là thư mục mở ra khi chọn tệp</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;yệt…</translation>
    </message>
    <message>
        <source>&amp;Your name (for the review history):</source>
        <translation>&amp;Họ tên (ghi vào lịch sử rà soát):</translation>
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
    <message>
        <source>the schema migrations are missing from the program</source>
        <translation>chương trình thiếu các bước nâng cấp lược đồ</translation>
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
    <name>thp::DocxImporter</name>
    <message>
        <source>not a Word document: the zip archive has no %1</source>
        <translation>không phải tài liệu Word: tệp nén zip không có %1</translation>
    </message>
    <message>
        <source>the document XML is truncated</source>
        <translation>XML của tài liệu bị thiếu phần cuối</translation>
    </message>
    <message>
        <source>the document XML is damaged (line %1: %2)</source>
        <translation>XML của tài liệu bị hỏng (dòng %1: %2)</translation>
    </message>
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
</context>
<context>
    <name>thp::EntryValidator</name>
    <message>
        <source>Choose the province the figure is about.</source>
        <translation>Hãy chọn tỉnh/thành của số liệu.</translation>
    </message>
    <message>
        <source>Give the years the figure covers.</source>
        <translation>Hãy nhập các năm mà số liệu áp dụng.</translation>
    </message>
    <message>
        <source>%1 for %2 was already entered as %3.</source>
        <translation>%1 thời kỳ %2 đã được nhập trước đó với giá trị %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is more than its total, %3 (%4).</source>
        <translation>%1 (%2) lớn hơn tổng số của nó là %3 (%4).</translation>
    </message>
    <message>
        <source>The parts of %1 add up to %2, more than the total %3.</source>
        <translation>Các thành phần của %1 cộng lại được %2, lớn hơn tổng số %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province TongHop knows: comparisons will list it on its own.</source>
        <translation>&quot;%1&quot; không có trong danh sách tỉnh/thành của TongHop: khi so sánh sẽ được liệt kê riêng.</translation>
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
    <message>
        <source>ambiguous number &quot;%1&quot; (a dot not followed by three digits) was not read: «%2»</source>
        <translation>số &quot;%1&quot; không rõ ràng (sau dấu chấm không phải là ba chữ số) nên không được đọc: «%2»</translation>
    </message>
</context>
<context>
    <name>thp::FactInput</name>
    <message>
        <source>Choose what the figure counts.</source>
        <translation>Hãy chọn chỉ tiêu của số liệu.</translation>
    </message>
    <message>
        <source>The period %1 is not a range of years between 1930 and 2100.</source>
        <translation>Thời kỳ %1 không phải khoảng năm trong phạm vi 1930–2100.</translation>
    </message>
    <message>
        <source>Write the value as a number, the Vietnamese way: 58.713 or 98,4.</source>
        <translation>Hãy viết giá trị dưới dạng số, theo cách Việt Nam: 58.713 hoặc 98,4.</translation>
    </message>
    <message>
        <source>Write the period as a year (2023) or a range of years (2016-2020), or leave it empty.</source>
        <translation>Hãy ghi thời kỳ là một năm (2023) hoặc một khoảng năm (2016-2020), hoặc để trống.</translation>
    </message>
    <message>
        <source>Type the figure as a number, for example 58.713 or 98,4.</source>
        <translation>Hãy nhập số liệu dưới dạng số, ví dụ 58.713 hoặc 98,4.</translation>
    </message>
    <message>
        <source>A figure cannot be below zero.</source>
        <translation>Số liệu không được nhỏ hơn 0.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2).</source>
        <translation>Thời kỳ kết thúc (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>A rate above 100% (%1): please check the figure.</source>
        <translation>Tỷ lệ vượt quá 100% (%1): vui lòng kiểm tra lại số liệu.</translation>
    </message>
    <message>
        <source>%1 is a count, but %2 is not a whole number.</source>
        <translation>%1 là số đếm, nhưng %2 không phải số nguyên.</translation>
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
    <message>
        <source>figure #%1 cannot be given the status &quot;%2&quot;</source>
        <translation>không thể chuyển số liệu #%1 sang trạng thái &quot;%2&quot;</translation>
    </message>
    <message>
        <source>there is no report #%1 (it may have been removed)</source>
        <translation>không có báo cáo #%1 (có thể đã bị xóa)</translation>
    </message>
    <message>
        <source>the words of the figure are not inside the report&apos;s text</source>
        <translation>phần chữ của số liệu không nằm trong nội dung báo cáo</translation>
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
    <name>thp::app::CompareView</name>
    <message>
        <source>No database open.</source>
        <translation>Chưa mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Tick at least one province, or All provinces.</source>
        <translation>Hãy đánh dấu ít nhất một tỉnh/thành, hoặc chọn Tất cả tỉnh/thành.</translation>
    </message>
    <message>
        <source>The first year (%1) is after the last year (%2).</source>
        <translation>Năm đầu (%1) sau năm cuối (%2).</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>Không thực hiện được việc so sánh: %1</translation>
    </message>
    <message>
        <source>No figures match the filter.</source>
        <translation>Không có số liệu nào phù hợp với bộ lọc.</translation>
    </message>
    <message>
        <source>Kept beside: change the filter to compare with it; close it with its × button.</source>
        <translation>Đã giữ bên cạnh: thay đổi bộ lọc để so sánh với kết quả này; đóng bằng nút × của nó.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Đã lưu với tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Bars by province</source>
        <translation>Cột theo tỉnh/thành</translation>
    </message>
    <message>
        <source>Lines over the years</source>
        <translation>Đường theo các năm</translation>
    </message>
    <message>
        <source>Open a saved comparison…</source>
        <translation>Mở một so sánh đã lưu…</translation>
    </message>
    <message>
        <source>Ctrl+K keep beside · Ctrl+Shift+S save · Ctrl+Shift+P export PDF · Ctrl+Shift+X export CSV · Ctrl+C copies the selected cells. Point at a cell to see its sources; ≠ marks figures the sources disagree on.</source>
        <translation>Ctrl+K giữ bên cạnh · Ctrl+Shift+S lưu · Ctrl+Shift+P xuất PDF · Ctrl+Shift+X xuất CSV · Ctrl+C sao chép các ô đang chọn. Trỏ chuột vào một ô để xem nguồn; dấu ≠ đánh dấu số liệu mà các nguồn không khớp nhau.</translation>
    </message>
    <message>
        <source>Export the comparison as PDF</source>
        <translation>Xuất kết quả so sánh ra PDF</translation>
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
        <source>Export the comparison table as CSV</source>
        <translation>Xuất bảng so sánh ra CSV</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>Tệp CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Không ghi được tệp CSV: %1</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>Lưu so sánh</translation>
    </message>
    <message>
        <source>Name of the comparison (its filter, measure and chart are kept):</source>
        <translation>Tên của so sánh (lưu kèm bộ lọc, cách tính và biểu đồ):</translation>
    </message>
    <message>
        <source>A comparison named &quot;%1&quot; exists. Replace it?</source>
        <translation>Đã có so sánh tên &quot;%1&quot;. Thay thế so sánh đó?</translation>
    </message>
</context>
<context>
    <name>thp::app::ComparisonPanel</name>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Chưa có kết quả so sánh</translation>
    </message>
    <message numerus="yes">
        <source>Source reports (%n):</source>
        <translation>
            <numerusform>Báo cáo nguồn (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Close this comparison</source>
        <translation>Đóng so sánh này</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Bảng so sánh</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Biểu đồ so sánh</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see the notes)</source>
        <translation>
            <numerusform>và %n mục khác (xem phần ghi chú)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thp::app::ComparisonTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Value: %1 (%2, %3)</source>
        <translation>Giá trị: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>Không so sánh được</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Other values given for this figure:</source>
        <translation>Các giá trị khác được nêu cho số liệu này:</translation>
    </message>
</context>
<context>
    <name>thp::app::EnteredFactsModel</name>
    <message>
        <source>Metric</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>Thời điểm nhập</translation>
    </message>
    <message>
        <source>whole province</source>
        <translation>toàn tỉnh</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>thp::app::EntryView</name>
    <message>
        <source>Enter %1</source>
        <translation>nhập %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>xóa %1</translation>
    </message>
    <message>
        <source>You can still save: the figure is stored as you typed it, with these checks noted here only.</source>
        <translation>Vẫn có thể lưu: số liệu được lưu đúng như đã nhập, các cảnh báo này chỉ hiển thị tại đây.</translation>
    </message>
    <message>
        <source>The figure was not saved: %1</source>
        <translation>Chưa lưu được số liệu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n warning(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Đã lưu, có %n cảnh báo. Hoàn tác bằng Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Undo with Ctrl+Z.</source>
        <translation>Đã lưu. Hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>The figure was not removed: %1</source>
        <translation>Chưa xóa được số liệu: %1</translation>
    </message>
    <message>
        <source>Removed. Undo with Ctrl+Z.</source>
        <translation>Đã xóa. Hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>This step could not be undone or redone: %1</source>
        <translation>Không hoàn tác hoặc làm lại được thao tác này: %1</translation>
    </message>
    <message>
        <source>Figures entered by hand</source>
        <translation>Số liệu nhập tay</translation>
    </message>
    <message numerus="yes">
        <source>Figures entered by hand for %1 (%n):</source>
        <translation>
            <numerusform>Số liệu nhập tay của %1 (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter saves the figure · Delete removes the figure selected below · Ctrl+Z undoes, Ctrl+Y redoes.</source>
        <translation>Enter hoặc Ctrl+Enter: lưu số liệu · Delete: xóa số liệu đang chọn bên dưới · Ctrl+Z: hoàn tác, Ctrl+Y: làm lại.</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
</context>
<context>
    <name>thp::app::FactCellDelegate</name>
    <message>
        <source>%1 (the report&apos;s year)</source>
        <translation>%1 (năm của báo cáo)</translation>
    </message>
</context>
<context>
    <name>thp::app::FactEditDialog</name>
    <message>
        <source>Add a figure the extraction missed</source>
        <translation>Thêm số liệu bị bỏ sót khi trích xuất</translation>
    </message>
    <message>
        <source>Choose what the figure counts…</source>
        <translation>Chọn chỉ tiêu của số liệu…</translation>
    </message>
    <message>
        <source>%1 (the report&apos;s year)</source>
        <translation>%1 (năm của báo cáo)</translation>
    </message>
    <message>
        <source>Read from: &lt;i&gt;«%1»&lt;/i&gt;</source>
        <translation>Trích từ: &lt;i&gt;«%1»&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Check on the report: %1</source>
        <translation>Đối chiếu với báo cáo: %1</translation>
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
    <message>
        <source>How sure the extraction was of this figure (rule %1).</source>
        <translation>Độ tin cậy khi trích xuất số liệu này (quy tắc %1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Độ tin cậy</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
</context>
<context>
    <name>thp::app::ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>Tự nhận dạng</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>Stopping after the file being read now…</source>
        <translation>Sẽ dừng sau khi đọc xong tệp hiện tại…</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>đang đọc…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2: %3</source>
        <translation>Đang nhập tệp %1/%2: %3</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>đã bỏ qua</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>việc nhập đã bị hủy</translation>
    </message>
    <message>
        <source>No report files were found there.</source>
        <translation>Không tìm thấy tệp báo cáo nào tại đó.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import.</source>
        <translation>
            <numerusform>%n tệp cần nhập.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 · skipped (already stored): %2 · failed: %3</source>
        <translation>Đã nhập: %1 · bỏ qua (đã có): %2 · lỗi: %3</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(đã hủy)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Không nhập được báo cáo nào: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Looking for report files in %1…</source>
        <translation>Đang tìm các tệp báo cáo trong %1…</translation>
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
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Sample reports</source>
        <translation>Báo cáo mẫu</translation>
    </message>
    <message numerus="yes">
        <source>The database is empty. Import the %n sample report(s) that come with TongHop, to see what the program does with real reports?

You can remove them later, and import your own with File › Import (Ctrl+O).</source>
        <translation>
            <numerusform>Cơ sở dữ liệu đang trống. Nhập %n báo cáo mẫu đi kèm TongHop để xem chương trình xử lý báo cáo thực tế như thế nào?

Có thể xóa các báo cáo này sau và nhập báo cáo của mình bằng Tệp › Nhập báo cáo (Ctrl+O).</numerusform>
        </translation>
    </message>
    <message>
        <source>Any review status</source>
        <translation>Mọi trạng thái rà soát</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Chưa rà soát</translation>
    </message>
    <message>
        <source>Partly reviewed</source>
        <translation>Đã rà soát một phần</translation>
    </message>
    <message>
        <source>All reviewed</source>
        <translation>Đã rà soát hết</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Tất cả tỉnh/thành</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Tất cả các vùng</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>Imported: %1 · skipped: %2 · failed: %3</source>
        <translation>Đã nhập: %1 · bỏ qua: %2 · lỗi: %3</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation>Báo cáo (%1);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import a folder of reports</source>
        <translation>Nhập một thư mục báo cáo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s) shown · database: %2</source>
        <translation>
            <numerusform>Đang hiển thị %1/%n báo cáo · cơ sở dữ liệu: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading reports… · database: %1</source>
        <translation>Đang tải danh sách báo cáo… · cơ sở dữ liệu: %1</translation>
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
    <message>
        <source>not reviewed</source>
        <translation>chưa rà soát</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>đã rà soát</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>đã rà soát %1/%2</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>không có số liệu</translation>
    </message>
    <message>
        <source>Waiting for review: %1 · confirmed: %2 · corrected: %3 · rejected: %4</source>
        <translation>Chờ rà soát: %1 · đã xác nhận: %2 · đã sửa: %3 · đã loại: %4</translation>
    </message>
    <message>
        <source>%1 · format %2 · encoding %3</source>
        <translation>%1 · định dạng %2 · bảng mã %3</translation>
    </message>
    <message>
        <source>The province as named on the report&apos;s date</source>
        <translation>Tên tỉnh/thành tại thời điểm ban hành báo cáo</translation>
    </message>
    <message>
        <source>The province on the 2025 boundaries</source>
        <translation>Tỉnh/thành theo địa giới năm 2025</translation>
    </message>
    <message>
        <source>The committee that wrote the report</source>
        <translation>Cấp ủy, đơn vị ban hành báo cáo</translation>
    </message>
    <message>
        <source>How many of the report&apos;s figures a person has reviewed</source>
        <translation>Số lượng số liệu của báo cáo đã được rà soát</translation>
    </message>
    <message>
        <source>Province (2025)</source>
        <translation>Tỉnh/thành (2025)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Rà soát</translation>
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
        <source>The review now walks the least confident figures first.</source>
        <translation>Thứ tự rà soát: số liệu có độ tin cậy thấp nhất trước.</translation>
    </message>
    <message>
        <source>The review now walks the figures in reading order.</source>
        <translation>Thứ tự rà soát: theo thứ tự xuất hiện trong văn bản.</translation>
    </message>
    <message>
        <source>&amp;Accept and go to the next</source>
        <translation>&amp;Xác nhận và chuyển sang số liệu tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Correct the figure…</source>
        <translation>&amp;Sửa số liệu…</translation>
    </message>
    <message>
        <source>&amp;Reject the figure</source>
        <translation>&amp;Loại số liệu</translation>
    </message>
    <message>
        <source>&amp;Back to the previous figure</source>
        <translation>&amp;Quay lại số liệu trước</translation>
    </message>
    <message>
        <source>&amp;Next least confident figure</source>
        <translation>Số liệu có độ tin cậy thấp &amp;kế tiếp</translation>
    </message>
    <message>
        <source>&amp;Least confident first</source>
        <translation>Độ tin cậy thấp xếp &amp;trước</translation>
    </message>
    <message>
        <source>Accept all from this r&amp;ule…</source>
        <translation>Xác nhận tất cả theo q&amp;uy tắc này…</translation>
    </message>
    <message>
        <source>A&amp;dd a figure from the selected words…</source>
        <translation>T&amp;hêm số liệu từ đoạn chữ đã chọn…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Every figure of this report has been reviewed.</source>
        <translation>Đã rà soát hết số liệu của báo cáo này.</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>xác nhận %1</translation>
    </message>
    <message>
        <source>A figure added by hand is not rejected: undo its addition (Ctrl+Z) or correct it.</source>
        <translation>Số liệu thêm tay không đánh dấu loại được: hãy hoàn tác việc thêm (Ctrl+Z) hoặc sửa lại.</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>loại %1</translation>
    </message>
    <message>
        <source>Correct %1 to %2</source>
        <translation>sửa %1 thành %2</translation>
    </message>
    <message>
        <source>This figure was not read by a rule.</source>
        <translation>Số liệu này không do quy tắc nào trích xuất.</translation>
    </message>
    <message>
        <source>No figure read by the rule “%1” is still to review.</source>
        <translation>Không còn số liệu nào do quy tắc “%1” trích xuất cần rà soát.</translation>
    </message>
    <message>
        <source>Accept all from this rule</source>
        <translation>Xác nhận tất cả theo quy tắc này</translation>
    </message>
    <message numerus="yes">
        <source>Accept the %n figure(s) read by the rule “%1” that are still to review?</source>
        <translation>
            <numerusform>Xác nhận %n số liệu chưa rà soát do quy tắc “%1” trích xuất?</numerusform>
        </translation>
    </message>
    <message>
        <source>One undo (Ctrl+Z) takes them all back.</source>
        <translation>Một lần hoàn tác (Ctrl+Z) sẽ hủy toàn bộ.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n figure(s) from the rule %1</source>
        <translation>
            <numerusform>xác nhận %n số liệu theo quy tắc %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the words of the missing figure in the text first, then add it (%1).</source>
        <translation>Trước hết hãy chọn phần chữ của số liệu bị thiếu trong văn bản, sau đó thêm số liệu (%1).</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>thêm %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Chưa lưu thay đổi</translation>
    </message>
    <message>
        <source>The figure was not changed.</source>
        <translation>Số liệu vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>all reviewed</source>
        <translation>đã rà soát hết</translation>
    </message>
    <message numerus="yes">
        <source>%n still to review</source>
        <translation>
            <numerusform>còn %n chờ rà soát</numerusform>
        </translation>
    </message>
    <message>
        <source>Read by the rule %1 with confidence %2.</source>
        <translation>Trích xuất theo quy tắc %1, độ tin cậy %2.</translation>
    </message>
    <message>
        <source>Added by %1.</source>
        <translation>Do %1 thêm.</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>Chưa lưu “%1”: %2</translation>
    </message>
    <message>
        <source>Change the c&amp;ell in place</source>
        <translation>Sửa &amp;ngay tại ô</translation>
    </message>
    <message>
        <source>Correct the whole figure in a form (%1); %2 changes the selected cell in place</source>
        <translation>Sửa toàn bộ số liệu trong biểu mẫu (%1); %2 sửa ngay tại ô đang chọn</translation>
    </message>
    <message>
        <source>Change the selected cell in place (%1 or double-click; Enter saves, Esc cancels); %2 corrects the whole figure in a form</source>
        <translation>Sửa ngay tại ô đang chọn (%1 hoặc nhấp đúp; Enter lưu, Esc hủy); %2 sửa toàn bộ số liệu trong biểu mẫu</translation>
    </message>
    <message>
        <source>%1 or double-click: change it here (Enter saves, Esc cancels). %2: correct the whole figure in a form.</source>
        <translation>%1 hoặc nhấp đúp: sửa ngay tại đây (Enter lưu, Esc hủy). %2: sửa toàn bộ số liệu trong biểu mẫu.</translation>
    </message>
    <message>
        <source>%1 accept and go on · %2 change the cell in place (Enter saves, Esc cancels) · %3 correct in a form · %4 reject · %5 back · %6 least confident next · %7 least confident first · %8 accept all from this rule · select words in the text, then %9 add a figure · %10 undo</source>
        <translation>%1 xác nhận và chuyển tiếp · %2 sửa tại ô (Enter lưu, Esc hủy) · %3 sửa trong biểu mẫu · %4 loại · %5 quay lại · %6 số liệu độ tin cậy thấp kế tiếp · %7 độ tin cậy thấp xếp trước · %8 xác nhận tất cả theo quy tắc này · chọn chữ trong văn bản rồi %9 thêm số liệu · %10 hoàn tác</translation>
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
    <name>thp::app::SettingsDialog</name>
    <message>
        <source>Choose a database file.</source>
        <translation>Hãy chọn tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL address.</source>
        <translation>Hãy nhập địa chỉ PostgreSQL.</translation>
    </message>
    <message>
        <source>A PostgreSQL address starts with postgresql:// (for example postgresql://user@server:5432/tonghop).</source>
        <translation>Địa chỉ PostgreSQL bắt đầu bằng postgresql:// (ví dụ postgresql://nguoidung@maychu:5432/tonghop).</translation>
    </message>
    <message>
        <source>Connected: the database can be used (schema version %1).</source>
        <translation>Đã kết nối: có thể dùng cơ sở dữ liệu này (phiên bản lược đồ %1).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Không kết nối được: %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
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
