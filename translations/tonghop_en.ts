<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MainWindow</name>
    <message>
        <source>TongHop</source>
        <translation>TongHop</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Search title, province, file (accents optional)</source>
        <translation>Search title, province, file (accents optional)</translation>
    </message>
    <message>
        <source>Reports library</source>
        <translation>Reports library</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Write the open report&apos;s figure table to a PDF file</source>
        <translation>Write the open report&apos;s figure table to a PDF file</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About TongHop</source>
        <translation>&amp;About TongHop</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>No report open</source>
        <translation>No report open</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Report text</translation>
    </message>
    <message>
        <source>Open a report from the library to read it here.</source>
        <translation>Open a report from the library to read it here.</translation>
    </message>
    <message>
        <source>Figures of the report</source>
        <translation>Figures of the report</translation>
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
        <translation>not a valid PDF, or the file is damaged</translation>
    </message>
    <message>
        <source>the PDF is password-protected; remove the password and try again</source>
        <translation>the PDF is password-protected; remove the password and try again</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>the PDF has no pages</translation>
    </message>
    <message>
        <source>the PDF has %1 pages, more than the %2 a report can have</source>
        <translation>the PDF has %1 pages, more than the %2 a report can have</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned pages) and Tesseract has no Vietnamese data: install the package tesseract-ocr-vie</source>
        <translation>the PDF has no text layer (scanned pages) and Tesseract has no Vietnamese data: install the package tesseract-ocr-vie</translation>
    </message>
    <message>
        <source>the PDF has no text layer: the text was recognised by OCR and may contain errors</source>
        <translation>the PDF has no text layer: the text was recognised by OCR and may contain errors</translation>
    </message>
    <message>
        <source>only the first %1 of %2 pages were recognised</source>
        <translation>only the first %1 of %2 pages were recognised</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned pages) and this build has no OCR: install tesseract-ocr-vie and libtesseract-dev, then rebuild TongHop</source>
        <translation>the PDF has no text layer (scanned pages) and this build has no OCR: install tesseract-ocr-vie and libtesseract-dev, then rebuild TongHop</translation>
    </message>
    <message>
        <source>OCR found no text in the PDF</source>
        <translation>OCR found no text in the PDF</translation>
    </message>
    <message>
        <source>the PDF contains no text</source>
        <translation>the PDF contains no text</translation>
    </message>
</context>
<context>
    <name>thp::BatchImporter</name>
    <message>
        <source>1 figure</source>
        <translation>1 figure</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 figures</translation>
    </message>
</context>
<context>
    <name>thp::CompareQuery</name>
    <message>
        <source>entered by %1</source>
        <translation>entered by %1</translation>
    </message>
    <message>
        <source>sources disagree: %1 (%2) chosen because %3; also given: %4</source>
        <translation>sources disagree: %1 (%2) chosen because %3; also given: %4</translation>
    </message>
    <message>
        <source>a person reviewed it</source>
        <translation>a person reviewed it</translation>
    </message>
    <message>
        <source>it is from the newest report</source>
        <translation>it is from the newest report</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>unknown metric &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;</source>
        <translation>unknown level &quot;%1&quot;</translation>
    </message>
    <message>
        <source>figure of %1 only, not of the whole province; not combined</source>
        <translation>figure of %1 only, not of the whole province; not combined</translation>
    </message>
    <message>
        <source>not comparable: no figure for %1 for %2; the rate of only some of the merged provinces is not the rate of %3</source>
        <translation>not comparable: no figure for %1 for %2; the rate of only some of the merged provinces is not the rate of %3</translation>
    </message>
    <message>
        <source>not comparable: no figure for %1 for %2; a sum of only some of the merged provinces would understate %3</source>
        <translation>not comparable: no figure for %1 for %2; a sum of only some of the merged provinces would understate %3</translation>
    </message>
    <message>
        <source>sum of %1</source>
        <translation>sum of %1</translation>
    </message>
    <message>
        <source>rate of %1 weighted by %2</source>
        <translation>rate of %1 weighted by %2</translation>
    </message>
    <message>
        <source>not comparable: this rate cannot be combined across provinces</source>
        <translation>not comparable: this rate cannot be combined across provinces</translation>
    </message>
    <message>
        <source>not comparable: a rate cannot be combined without %1 (missing for %2); averaging the rates would be wrong</source>
        <translation>not comparable: a rate cannot be combined without %1 (missing for %2); averaging the rates would be wrong</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>sources disagree</translation>
    </message>
    <message>
        <source>sources disagree for a part</source>
        <translation>sources disagree for a part</translation>
    </message>
</context>
<context>
    <name>thp::ConsistencyChecker</name>
    <message>
        <source>%1: a rate above 100% (%2)</source>
        <translation>%1: a rate above 100% (%2)</translation>
    </message>
    <message>
        <source>%1 is given with different values: %2</source>
        <translation>%1 is given with different values: %2</translation>
    </message>
    <message>
        <source>%1: the parts add up to %2, more than the total %3</source>
        <translation>%1: the parts add up to %2, more than the total %3</translation>
    </message>
    <message>
        <source>%1: the tiers add up to %2, the total says %3</source>
        <translation>%1: the tiers add up to %2, the total says %3</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, but the report states %4</source>
        <translation>%1 of %2 is %3, but the report states %4</translation>
    </message>
</context>
<context>
    <name>thp::Database</name>
    <message>
        <source>schema migration %1 is missing from the program (%2)</source>
        <translation>schema migration %1 is missing from the program (%2)</translation>
    </message>
    <message>
        <source>the PostgreSQL driver (QPSQL) is not installed</source>
        <translation>the PostgreSQL driver (QPSQL) is not installed</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>the SQLite driver (QSQLITE) is not installed</source>
        <translation>the SQLite driver (QSQLITE) is not installed</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a TongHop database (it holds other tables); it was left unchanged</source>
        <translation>%1 is not a TongHop database (it holds other tables); it was left unchanged</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>cannot read the schema version of %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer TongHop (database schema %2; this program knows up to %3). It was not opened or changed: please update TongHop.</source>
        <translation>%1 was written by a newer TongHop (database schema %2; this program knows up to %3). It was not opened or changed: please update TongHop.</translation>
    </message>
    <message>
        <source>cannot update the schema of %1: %2</source>
        <translation>cannot update the schema of %1: %2</translation>
    </message>
    <message>
        <source>schema migration %1 failed on %2: %3</source>
        <translation>schema migration %1 failed on %2: %3</translation>
    </message>
    <message>
        <source>the province list is missing from the program</source>
        <translation>the province list is missing from the program</translation>
    </message>
    <message>
        <source>the province list is malformed at line %1</source>
        <translation>the province list is malformed at line %1</translation>
    </message>
    <message>
        <source>cannot store the province list: %1</source>
        <translation>cannot store the province list: %1</translation>
    </message>
    <message>
        <source>cannot store the metric catalogue: %1</source>
        <translation>cannot store the metric catalogue: %1</translation>
    </message>
</context>
<context>
    <name>thp::DatabaseBackup</name>
    <message>
        <source>a PostgreSQL database is backed up with pg_dump, not by TongHop</source>
        <translation>a PostgreSQL database is backed up with pg_dump, not by TongHop</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup</source>
        <translation>%1 already exists; choose a new file name for the backup</translation>
    </message>
    <message>
        <source>the backup cannot be the database itself</source>
        <translation>the backup cannot be the database itself</translation>
    </message>
    <message>
        <source>the database connection gives no SQLite handle</source>
        <translation>the database connection gives no SQLite handle</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>cannot write the backup %1: %2</translation>
    </message>
</context>
<context>
    <name>thp::DocumentParser</name>
    <message>
        <source>the document XML is damaged (line %1: %2)</source>
        <translation>the document XML is damaged (line %1: %2)</translation>
    </message>
    <message>
        <source>the document XML is truncated</source>
        <translation>the document XML is truncated</translation>
    </message>
</context>
<context>
    <name>thp::DocxImporter</name>
    <message>
        <source>the text looked like %1 without a %1 font and was converted</source>
        <translation>the text looked like %1 without a %1 font and was converted</translation>
    </message>
    <message>
        <source>text in legacy Vietnamese fonts (TCVN3/VNI) was converted to Unicode</source>
        <translation>text in legacy Vietnamese fonts (TCVN3/VNI) was converted to Unicode</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>the document contains no text</translation>
    </message>
    <message>
        <source>not a Word document: the zip archive has no %1</source>
        <translation>not a Word document: the zip archive has no %1</translation>
    </message>
</context>
<context>
    <name>thp::ExtractionRun</name>
    <message>
        <source>ambiguous number &quot;%1&quot; (a dot not followed by three digits) was not read: «%2»</source>
        <translation>ambiguous number &quot;%1&quot; (a dot not followed by three digits) was not read: «%2»</translation>
    </message>
</context>
<context>
    <name>thp::Extractor</name>
    <message>
        <source>extra rules not used: %1</source>
        <translation>extra rules not used: %1</translation>
    </message>
    <message>
        <source>the report is empty</source>
        <translation>the report is empty</translation>
    </message>
    <message>
        <source>no figures found</source>
        <translation>no figures found</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) could not be decoded</source>
        <translation>
            <numerusform>%n character could not be decoded</numerusform>
            <numerusform>%n characters could not be decoded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thp::FactStore</name>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>unknown metric &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;</source>
        <translation>unknown level &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown qualifier &quot;%1&quot;</source>
        <translation>unknown qualifier &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value must be a number not below zero</source>
        <translation>the value must be a number not below zero</translation>
    </message>
    <message>
        <source>the period %1 is not a valid range of years</source>
        <translation>the period %1 is not a valid range of years</translation>
    </message>
    <message>
        <source>there is no figure #%1 (it may have been removed)</source>
        <translation>there is no figure #%1 (it may have been removed)</translation>
    </message>
    <message>
        <source>%1 changed this figure at %2 after you opened it; nothing was saved. Look at the figure again and repeat your change.</source>
        <translation>%1 changed this figure at %2 after you opened it; nothing was saved. Look at the figure again and repeat your change.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>a figure entered by hand is removed, not rejected</source>
        <translation>a figure entered by hand is removed, not rejected</translation>
    </message>
    <message>
        <source>only figures entered by hand can be removed; reject an extracted figure instead</source>
        <translation>only figures entered by hand can be removed; reject an extracted figure instead</translation>
    </message>
    <message>
        <source>figure #%1 changed while saving; nothing was saved</source>
        <translation>figure #%1 changed while saving; nothing was saved</translation>
    </message>
    <message>
        <source>a figure entered by hand needs the province it is about</source>
        <translation>a figure entered by hand needs the province it is about</translation>
    </message>
    <message>
        <source>a figure entered by hand needs the years it covers</source>
        <translation>a figure entered by hand needs the years it covers</translation>
    </message>
</context>
<context>
    <name>thp::HtmlImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>unknown charset &quot;%1&quot; declared; detected instead</source>
        <translation>unknown charset &quot;%1&quot; declared; detected instead</translation>
    </message>
    <message>
        <source>bytes that are invalid in %1 were replaced</source>
        <translation>bytes that are invalid in %1 were replaced</translation>
    </message>
    <message>
        <source>the page used %1 fonts; the text was converted to Unicode</source>
        <translation>the page used %1 fonts; the text was converted to Unicode</translation>
    </message>
    <message>
        <source>the page contains no article text</source>
        <translation>the page contains no article text</translation>
    </message>
    <message>
        <source>file too large for a web page (%1 MB; the limit is %2 MB)</source>
        <translation>file too large for a web page (%1 MB; the limit is %2 MB)</translation>
    </message>
</context>
<context>
    <name>thp::ImporterRegistry</name>
    <message>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>file too large (%1 MB; the limit is %2 MB)</translation>
    </message>
    <message>
        <source>unsupported file format (not text, HTML, DOCX, ODT or PDF)</source>
        <translation>unsupported file format (not text, HTML, DOCX, ODT or PDF)</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>the file could not be read (%1)</translation>
    </message>
</context>
<context>
    <name>thp::LegacyDocImporter</name>
    <message>
        <source>the document is password-protected; open it in Word, remove the password and save it again</source>
        <translation>the document is password-protected; open it in Word, remove the password and save it again</translation>
    </message>
    <message>
        <source>old Word 97-2003 .doc format is not supported: please open it in Word or LibreOffice and save as .docx</source>
        <translation>old Word 97-2003 .doc format is not supported: please open it in Word or LibreOffice and save as .docx</translation>
    </message>
</context>
<context>
    <name>thp::OdtImporter</name>
    <message>
        <source>the document XML is damaged (line %1: %2)</source>
        <translation>the document XML is damaged (line %1: %2)</translation>
    </message>
    <message>
        <source>the document XML is damaged; text after line %1 is missing</source>
        <translation>the document XML is damaged; text after line %1 is missing</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>the document contains no text</translation>
    </message>
    <message>
        <source>not an OpenDocument text: the zip archive has no content.xml</source>
        <translation>not an OpenDocument text: the zip archive has no content.xml</translation>
    </message>
</context>
<context>
    <name>thp::PdfImporter</name>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>file too large (%1 MB; the limit is %2 MB)</translation>
    </message>
</context>
<context>
    <name>thp::ReportStore</name>
    <message>
        <source>the database is busy or read-only: %1</source>
        <translation>the database is busy or read-only: %1</translation>
    </message>
    <message>
        <source>the database is busy: %1</source>
        <translation>the database is busy: %1</translation>
    </message>
    <message>
        <source>already stored as report #%1 (%2)</source>
        <translation>already stored as report #%1 (%2)</translation>
    </message>
    <message>
        <source>cannot store the report: %1</source>
        <translation>cannot store the report: %1</translation>
    </message>
    <message>
        <source>cannot index the report for search: %1</source>
        <translation>cannot index the report for search: %1</translation>
    </message>
    <message>
        <source>cannot store the figure %1 = %2: %3</source>
        <translation>cannot store the figure %1 = %2: %3</translation>
    </message>
    <message>
        <source>cannot save the report: %1</source>
        <translation>cannot save the report: %1</translation>
    </message>
    <message>
        <source>there is no report #%1</source>
        <translation>there is no report #%1</translation>
    </message>
</context>
<context>
    <name>thp::TextDecoder</name>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>unknown encoding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid UTF-8 bytes were replaced</source>
        <translation>invalid UTF-8 bytes were replaced</translation>
    </message>
    <message>
        <source>encoding guessed as %1 (uncertain); choose the encoding if the text looks wrong</source>
        <translation>encoding guessed as %1 (uncertain); choose the encoding if the text looks wrong</translation>
    </message>
    <message>
        <source>not UTF-8 and not a Vietnamese encoding; read as %1</source>
        <translation>not UTF-8 and not a Vietnamese encoding; read as %1</translation>
    </message>
    <message>
        <source>bytes that are invalid in %1 were replaced</source>
        <translation>bytes that are invalid in %1 were replaced</translation>
    </message>
</context>
<context>
    <name>thp::TextImporter</name>
    <message>
        <source>file too large for a text report (%1 MB; the limit is %2 MB)</source>
        <translation>file too large for a text report (%1 MB; the limit is %2 MB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>binary data, not a text document</source>
        <translation>binary data, not a text document</translation>
    </message>
    <message>
        <source>the file contains no text</source>
        <translation>the file contains no text</translation>
    </message>
</context>
<context>
    <name>thp::ZipArchive</name>
    <message>
        <source>damaged or truncated zip archive (error %1)</source>
        <translation>damaged or truncated zip archive (error %1)</translation>
    </message>
    <message>
        <source>damaged zip archive (it claims %1 entries)</source>
        <translation>damaged zip archive (it claims %1 entries)</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>the archive has no %1</translation>
    </message>
    <message>
        <source>damaged zip entry %1</source>
        <translation>damaged zip entry %1</translation>
    </message>
    <message>
        <source>the document is encrypted (password-protected); save it without a password</source>
        <translation>the document is encrypted (password-protected); save it without a password</translation>
    </message>
    <message>
        <source>%1 is %2 MB uncompressed, over the %3 MB limit (possibly a zip bomb)</source>
        <translation>%1 is %2 MB uncompressed, over the %3 MB limit (possibly a zip bomb)</translation>
    </message>
    <message>
        <source>cannot open zip entry %1 (error %2)</source>
        <translation>cannot open zip entry %1 (error %2)</translation>
    </message>
    <message>
        <source>damaged zip entry %1 (truncated or corrupt data)</source>
        <translation>damaged zip entry %1 (truncated or corrupt data)</translation>
    </message>
    <message>
        <source>%1 expands beyond the %2 MB limit (possibly a zip bomb)</source>
        <translation>%1 expands beyond the %2 MB limit (possibly a zip bomb)</translation>
    </message>
    <message>
        <source>damaged zip entry %1 (checksum error)</source>
        <translation>damaged zip entry %1 (checksum error)</translation>
    </message>
</context>
<context>
    <name>thp::app::FactTableModel</name>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>thp::app::MainWindow</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some sample reports could not be imported: %1</source>
        <translation>Some sample reports could not be imported: %1</translation>
    </message>
    <message>
        <source>No report is open.</source>
        <translation>No report is open.</translation>
    </message>
    <message>
        <source>Export the figure table</source>
        <translation>Export the figure table</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
        <source>About TongHop</source>
        <translation>About TongHop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TongHop %1&lt;/h3&gt;&lt;p&gt;Compiles and sums up the figures of Party-building reports: import, review, compare and export.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TongHop %1&lt;/h3&gt;&lt;p&gt;Compiles and sums up the figures of Party-building reports: import, review, compare and export.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) · database: %1</source>
        <translation>
            <numerusform>%n report · database: %1</numerusform>
            <numerusform>%n reports · database: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thp::app::ReportListModel</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>thp::app::ReportView</name>
    <message>
        <source>No report open</source>
        <translation>No report open</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a figure to see where it was read in the text.</source>
        <translation>Select a figure to see where it was read in the text.</translation>
    </message>
</context>
<context>
    <name>thp::app::SampleReports</name>
    <message>
        <source>cannot copy the sample to %1</source>
        <translation>cannot copy the sample to %1</translation>
    </message>
</context>
<context>
    <name>thp::render::ComparisonCsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>thp::render::ComparisonPdfWriter</name>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
</context>
<context>
    <name>thp::render::FactLabels</name>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Grassroots</source>
        <translation>Grassroots</translation>
    </message>
    <message>
        <source>Party cell</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Whole committee</source>
        <translation>Whole committee</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Approximate</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>At least</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>en</source>
        <comment>catalogue language code</comment>
        <extracomment>The language code of this translation (&quot;vi&quot; for Vietnamese); it picks the metric names.</extracomment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>thp::render::FactTablePdfWriter</name>
    <message>
        <source>the table has no columns</source>
        <translation>the table has no columns</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>No figures.</source>
        <translation>No figures.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>thp::render::ReportTable</name>
    <message>
        <source>year %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
</TS>
