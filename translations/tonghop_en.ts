<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CompareView</name>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metric:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Years:</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>C&amp;hart:</translation>
    </message>
    <message>
        <source>&amp;2025 boundaries (merged provinces)</source>
        <translation>&amp;2025 boundaries (merged provinces)</translation>
    </message>
    <message>
        <source>Add up the figures of the provinces merged in 2025, where every one of them has a figure for the period</source>
        <translation>Add up the figures of the provinces merged in 2025, where every one of them has a figure for the period</translation>
    </message>
    <message>
        <source>Per 1,000 Party &amp;members</source>
        <translation>Per 1,000 Party &amp;members</translation>
    </message>
    <message>
        <source>Divide each count by the province&apos;s number of Party members in the same period</source>
        <translation>Divide each count by the province&apos;s number of Party members in the same period</translation>
    </message>
    <message>
        <source>C&amp;onfirmed figures only</source>
        <translation>C&amp;onfirmed figures only</translation>
    </message>
    <message>
        <source>Only figures a person confirmed, corrected or entered</source>
        <translation>Only figures a person confirmed, corrected or entered</translation>
    </message>
    <message>
        <source>&amp;Provinces:</source>
        <translation>&amp;Provinces:</translation>
    </message>
    <message>
        <source>&amp;All provinces</source>
        <translation>&amp;All provinces</translation>
    </message>
    <message>
        <source>Provinces by region</source>
        <translation>Provinces by region</translation>
    </message>
    <message>
        <source>Keep this comparison on screen beside the next one (Ctrl+K)</source>
        <translation>Keep this comparison on screen beside the next one (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Keep beside</source>
        <translation>&amp;Keep beside</translation>
    </message>
    <message>
        <source>Save the filter, measure and chart under a name to open again later (Ctrl+Shift+S)</source>
        <translation>Save the filter, measure and chart under a name to open again later (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <source>Write the comparison shown (title, filter, table, chart, sources) to an A4 PDF (Ctrl+Shift+P)</source>
        <translation>Write the comparison shown (title, filter, table, chart, sources) to an A4 PDF (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Write the table shown to a CSV file that Excel opens with its diacritics (Ctrl+Shift+X)</source>
        <translation>Write the table shown to a CSV file that Excel opens with its diacritics (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Saved comparisons</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>New figure</source>
        <translation>New figure</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metric:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>for example 58.713 or 98,4</source>
        <translation>for example 58.713 or 98,4</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>&amp;Qualifier:</translation>
    </message>
    <message>
        <source>Entered &amp;by:</source>
        <translation>Entered &amp;by:</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <source>Save the figure (Enter in the value field, or Ctrl+Enter)</source>
        <translation>Save the figure (Enter in the value field, or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Save figure</source>
        <translation>&amp;Save figure</translation>
    </message>
    <message>
        <source>Figures entered for the province</source>
        <translation>Figures entered for the province</translation>
    </message>
    <message>
        <source>Remove the figure selected in the table (Delete)</source>
        <translation>Remove the figure selected in the table (Delete)</translation>
    </message>
    <message>
        <source>&amp;Remove figure</source>
        <translation>&amp;Remove figure</translation>
    </message>
    <message>
        <source>Enter figures that have no imported report behind them (a printed report, a phone call). Each figure is saved for a province, or a committee below it, and a period; the checks below are warnings: you can still save.</source>
        <translation>Enter figures that have no imported report behind them (a printed report, a phone call). Each figure is saved for a province, or a committee below it, and a period; the checks below are warnings: you can still save.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>A committee below the province (a city, town or district committee), or the whole province. Choose from the list or type a name.</source>
        <translation>A committee below the province (a city, town or district committee), or the whole province. Choose from the list or type a name.</translation>
    </message>
    <message>
        <source>Figures of a committee below the province are compared in rows of their own, never added to the province&apos;s.</source>
        <translation>Figures of a committee below the province are compared in rows of their own, never added to the province&apos;s.</translation>
    </message>
</context>
<context>
    <name>FactEditDialog</name>
    <message>
        <source>Correct the figure</source>
        <translation>Correct the figure</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Figure:</translation>
    </message>
    <message>
        <source>What the figure counts</source>
        <translation>What the figure counts</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Written the Vietnamese way: 58.713 or 98,4</source>
        <translation>Written the Vietnamese way: 58.713 or 98,4</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>A year (2023) or a range of years (2016-2020); empty: the report&apos;s year</source>
        <translation>A year (2023) or a range of years (2016-2020); empty: the report&apos;s year</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>&amp;Qualifier:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import reports</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <source>Files to import:</source>
        <translation>Files to import:</translation>
    </message>
    <message>
        <source>&amp;Encoding of text and HTML files:</source>
        <translation>&amp;Encoding of text and HTML files:</translation>
    </message>
    <message>
        <source>Detected from the bytes unless you choose one; Word, OpenDocument and PDF files say their own</source>
        <translation>Detected from the bytes unless you choose one; Word, OpenDocument and PDF files say their own</translation>
    </message>
    <message>
        <source>Files and their results</source>
        <translation>Files and their results</translation>
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
        <translation>Reports</translation>
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
    <message>
        <source>&amp;Reports and review</source>
        <translation>&amp;Reports and review</translation>
    </message>
    <message>
        <source>Search words of the title, text or province (accents optional) — Ctrl+F</source>
        <translation>Search words of the title, text or province (accents optional) — Ctrl+F</translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation>Search reports</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Reports of this province; a province of 2025 also shows the provinces merged into it</source>
        <translation>Reports of this province; a province of 2025 also shows the provinces merged into it</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>E&amp;nter results</source>
        <translation>E&amp;nter results</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <source>&amp;Import reports…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <source>Import report files (text, HTML, Word, PDF); you can also drop files or folders on the window</source>
        <translation>Import report files (text, HTML, Word, PDF); you can also drop files or folders on the window</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>Import every report in a folder and its subfolders</source>
        <translation>Import every report in a folder and its subfolders</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
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
        <translation>Step &amp;down</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
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
        <translation>Delete</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Scroll here</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Left edge</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Right edge</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Page up</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Page down</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Page left</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Page right</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Scroll left</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Scroll right</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Scroll Left</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Scroll Right</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;empty&gt;</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Insert Unicode control character</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Left-to-right mark</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Right-to-left mark</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Zero width joiner</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Zero width non-joiner</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Zero width space</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Start of left-to-right embedding</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Start of right-to-left embedding</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Start of left-to-right override</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Start of right-to-left override</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Pop directional formatting</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Left-to-right isolate</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Right-to-left isolate</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI First strong isolate</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Pop directional isolate</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
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
    <message>
        <source>The selected figure</source>
        <translation>The selected figure</translation>
    </message>
    <message>
        <source>Review keys</source>
        <translation>Review keys</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite file on this computer</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (shared by several computers)</source>
        <translation>&amp;PostgreSQL server (shared by several computers)</translation>
    </message>
    <message>
        <source>PostgreSQL address</source>
        <translation>PostgreSQL address</translation>
    </message>
    <message>
        <source>postgresql://user:password@server:5432/tonghop</source>
        <translation>postgresql://user:password@server:5432/tonghop</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Opens the database once to check that it can be used (Alt+T)</source>
        <translation>Opens the database once to check that it can be used (Alt+T)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <source>Where the SQLite database is kept by default, and where file dialogs open</source>
        <translation>Where the SQLite database is kept by default, and where file dialogs open</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Your name (for the review history):</source>
        <translation>&amp;Your name (for the review history):</translation>
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
    <message>
        <source>the schema migrations are missing from the program</source>
        <translation>the schema migrations are missing from the program</translation>
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
    <name>thp::DocxImporter</name>
    <message>
        <source>not a Word document: the zip archive has no %1</source>
        <translation>not a Word document: the zip archive has no %1</translation>
    </message>
    <message>
        <source>the document XML is truncated</source>
        <translation>the document XML is truncated</translation>
    </message>
    <message>
        <source>the document XML is damaged (line %1: %2)</source>
        <translation>the document XML is damaged (line %1: %2)</translation>
    </message>
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
</context>
<context>
    <name>thp::EntryValidator</name>
    <message>
        <source>Choose the province the figure is about.</source>
        <translation>Choose the province the figure is about.</translation>
    </message>
    <message>
        <source>Give the years the figure covers.</source>
        <translation>Give the years the figure covers.</translation>
    </message>
    <message>
        <source>%1 for %2 was already entered as %3.</source>
        <translation>%1 for %2 was already entered as %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is more than its total, %3 (%4).</source>
        <translation>%1 (%2) is more than its total, %3 (%4).</translation>
    </message>
    <message>
        <source>The parts of %1 add up to %2, more than the total %3.</source>
        <translation>The parts of %1 add up to %2, more than the total %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province TongHop knows: comparisons will list it on its own.</source>
        <translation>&quot;%1&quot; is not a province TongHop knows: comparisons will list it on its own.</translation>
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
    <message>
        <source>ambiguous number &quot;%1&quot; (a dot not followed by three digits) was not read: «%2»</source>
        <translation>ambiguous number &quot;%1&quot; (a dot not followed by three digits) was not read: «%2»</translation>
    </message>
</context>
<context>
    <name>thp::FactInput</name>
    <message>
        <source>Choose what the figure counts.</source>
        <translation>Choose what the figure counts.</translation>
    </message>
    <message>
        <source>The period %1 is not a range of years between 1930 and 2100.</source>
        <translation>The period %1 is not a range of years between 1930 and 2100.</translation>
    </message>
    <message>
        <source>Write the value as a number, the Vietnamese way: 58.713 or 98,4.</source>
        <translation>Write the value as a number, the Vietnamese way: 58.713 or 98,4.</translation>
    </message>
    <message>
        <source>Write the period as a year (2023) or a range of years (2016-2020), or leave it empty.</source>
        <translation>Write the period as a year (2023) or a range of years (2016-2020), or leave it empty.</translation>
    </message>
    <message>
        <source>Type the figure as a number, for example 58.713 or 98,4.</source>
        <translation>Type the figure as a number, for example 58.713 or 98,4.</translation>
    </message>
    <message>
        <source>A figure cannot be below zero.</source>
        <translation>A figure cannot be below zero.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2).</source>
        <translation>The period ends (%1) before it begins (%2).</translation>
    </message>
    <message>
        <source>A rate above 100% (%1): please check the figure.</source>
        <translation>A rate above 100% (%1): please check the figure.</translation>
    </message>
    <message>
        <source>%1 is a count, but %2 is not a whole number.</source>
        <translation>%1 is a count, but %2 is not a whole number.</translation>
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
    <message>
        <source>figure #%1 cannot be given the status &quot;%2&quot;</source>
        <translation>figure #%1 cannot be given the status &quot;%2&quot;</translation>
    </message>
    <message>
        <source>there is no report #%1 (it may have been removed)</source>
        <translation>there is no report #%1 (it may have been removed)</translation>
    </message>
    <message>
        <source>the words of the figure are not inside the report&apos;s text</source>
        <translation>the words of the figure are not inside the report&apos;s text</translation>
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
    <name>thp::app::CompareView</name>
    <message>
        <source>No database open.</source>
        <translation>No database open.</translation>
    </message>
    <message>
        <source>Tick at least one province, or All provinces.</source>
        <translation>Tick at least one province, or All provinces.</translation>
    </message>
    <message>
        <source>The first year (%1) is after the last year (%2).</source>
        <translation>The first year (%1) is after the last year (%2).</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation>The comparison could not be made: %1</translation>
    </message>
    <message>
        <source>No figures match the filter.</source>
        <translation>No figures match the filter.</translation>
    </message>
    <message>
        <source>Kept beside: change the filter to compare with it; close it with its × button.</source>
        <translation>Kept beside: change the filter to compare with it; close it with its × button.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Saved as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Bars by province</source>
        <translation>Bars by province</translation>
    </message>
    <message>
        <source>Lines over the years</source>
        <translation>Lines over the years</translation>
    </message>
    <message>
        <source>Open a saved comparison…</source>
        <translation>Open a saved comparison…</translation>
    </message>
    <message>
        <source>Ctrl+K keep beside · Ctrl+Shift+S save · Ctrl+Shift+P export PDF · Ctrl+Shift+X export CSV · Ctrl+C copies the selected cells. Point at a cell to see its sources; ≠ marks figures the sources disagree on.</source>
        <translation>Ctrl+K keep beside · Ctrl+Shift+S save · Ctrl+Shift+P export PDF · Ctrl+Shift+X export CSV · Ctrl+C copies the selected cells. Point at a cell to see its sources; ≠ marks figures the sources disagree on.</translation>
    </message>
    <message>
        <source>Export the comparison as PDF</source>
        <translation>Export the comparison as PDF</translation>
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
        <source>Export the comparison table as CSV</source>
        <translation>Export the comparison table as CSV</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>CSV files for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>The CSV file could not be written: %1</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>Save the comparison</translation>
    </message>
    <message>
        <source>Name of the comparison (its filter, measure and chart are kept):</source>
        <translation>Name of the comparison (its filter, measure and chart are kept):</translation>
    </message>
    <message>
        <source>A comparison named &quot;%1&quot; exists. Replace it?</source>
        <translation>A comparison named &quot;%1&quot; exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>thp::app::ComparisonPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>No comparison yet</translation>
    </message>
    <message numerus="yes">
        <source>Source reports (%n):</source>
        <translation>
            <numerusform>Source report (%n):</numerusform>
            <numerusform>Source reports (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Close this comparison</source>
        <translation>Close this comparison</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Comparison table</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Comparison chart</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see the notes)</source>
        <translation>
            <numerusform>and %n more (see the notes)</numerusform>
            <numerusform>and %n more (see the notes)</numerusform>
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
        <translation>Value: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>Not comparable</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Other values given for this figure:</source>
        <translation>Other values given for this figure:</translation>
    </message>
</context>
<context>
    <name>thp::app::EnteredFactsModel</name>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <source>whole province</source>
        <translation>whole province</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>thp::app::EntryView</name>
    <message>
        <source>Enter %1</source>
        <translation>Enter %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>You can still save: the figure is stored as you typed it, with these checks noted here only.</source>
        <translation>You can still save: the figure is stored as you typed it, with these checks noted here only.</translation>
    </message>
    <message>
        <source>The figure was not saved: %1</source>
        <translation>The figure was not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n warning(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Saved, with %n warning. Undo with Ctrl+Z.</numerusform>
            <numerusform>Saved, with %n warnings. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Undo with Ctrl+Z.</source>
        <translation>Saved. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>The figure was not removed: %1</source>
        <translation>The figure was not removed: %1</translation>
    </message>
    <message>
        <source>Removed. Undo with Ctrl+Z.</source>
        <translation>Removed. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>This step could not be undone or redone: %1</source>
        <translation>This step could not be undone or redone: %1</translation>
    </message>
    <message>
        <source>Figures entered by hand</source>
        <translation>Figures entered by hand</translation>
    </message>
    <message numerus="yes">
        <source>Figures entered by hand for %1 (%n):</source>
        <translation>
            <numerusform>Figure entered by hand for %1 (%n):</numerusform>
            <numerusform>Figures entered by hand for %1 (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter saves the figure · Delete removes the figure selected below · Ctrl+Z undoes, Ctrl+Y redoes.</source>
        <translation>Enter or Ctrl+Enter saves the figure · Delete removes the figure selected below · Ctrl+Z undoes, Ctrl+Y redoes.</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>Whole province</translation>
    </message>
</context>
<context>
    <name>thp::app::FactCellDelegate</name>
    <message>
        <source>%1 (the report&apos;s year)</source>
        <translation>%1 (the report&apos;s year)</translation>
    </message>
</context>
<context>
    <name>thp::app::FactEditDialog</name>
    <message>
        <source>Add a figure the extraction missed</source>
        <translation>Add a figure the extraction missed</translation>
    </message>
    <message>
        <source>Choose what the figure counts…</source>
        <translation>Choose what the figure counts…</translation>
    </message>
    <message>
        <source>%1 (the report&apos;s year)</source>
        <translation>%1 (the report&apos;s year)</translation>
    </message>
    <message>
        <source>Read from: &lt;i&gt;«%1»&lt;/i&gt;</source>
        <translation>Read from: &lt;i&gt;«%1»&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Check on the report: %1</source>
        <translation>Check on the report: %1</translation>
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
    <message>
        <source>How sure the extraction was of this figure (rule %1).</source>
        <translation>How sure the extraction was of this figure (rule %1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
</context>
<context>
    <name>thp::app::ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>Stopping after the file being read now…</source>
        <translation>Stopping after the file being read now…</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2: %3</source>
        <translation>Importing file %1 of %2: %3</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>the import was cancelled</translation>
    </message>
    <message>
        <source>No report files were found there.</source>
        <translation>No report files were found there.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import.</source>
        <translation>
            <numerusform>%n file to import.</numerusform>
            <numerusform>%n files to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 · skipped (already stored): %2 · failed: %3</source>
        <translation>Imported: %1 · skipped (already stored): %2 · failed: %3</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Looking for report files in %1…</source>
        <translation>Looking for report files in %1…</translation>
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
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Sample reports</source>
        <translation>Sample reports</translation>
    </message>
    <message numerus="yes">
        <source>The database is empty. Import the %n sample report(s) that come with TongHop, to see what the program does with real reports?

You can remove them later, and import your own with File › Import (Ctrl+O).</source>
        <translation>
            <numerusform>The database is empty. Import the %n sample report that come with TongHop, to see what the program does with real reports?

You can remove them later, and import your own with File › Import (Ctrl+O).</numerusform>
            <numerusform>The database is empty. Import the %n sample reports that come with TongHop, to see what the program does with real reports?

You can remove them later, and import your own with File › Import (Ctrl+O).</numerusform>
        </translation>
    </message>
    <message>
        <source>Any review status</source>
        <translation>Any review status</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Partly reviewed</source>
        <translation>Partly reviewed</translation>
    </message>
    <message>
        <source>All reviewed</source>
        <translation>All reviewed</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Imported: %1 · skipped: %2 · failed: %3</source>
        <translation>Imported: %1 · skipped: %2 · failed: %3</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation>Reports (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Import a folder of reports</source>
        <translation>Import a folder of reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s) shown · database: %2</source>
        <translation>
            <numerusform>%1 of %n report shown · database: %2</numerusform>
            <numerusform>%1 of %n reports shown · database: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading reports… · database: %1</source>
        <translation>Loading reports… · database: %1</translation>
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
    <message>
        <source>not reviewed</source>
        <translation>not reviewed</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 of %2 reviewed</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>no figures</translation>
    </message>
    <message>
        <source>Waiting for review: %1 · confirmed: %2 · corrected: %3 · rejected: %4</source>
        <translation>Waiting for review: %1 · confirmed: %2 · corrected: %3 · rejected: %4</translation>
    </message>
    <message>
        <source>%1 · format %2 · encoding %3</source>
        <translation>%1 · format %2 · encoding %3</translation>
    </message>
    <message>
        <source>The province as named on the report&apos;s date</source>
        <translation>The province as named on the report&apos;s date</translation>
    </message>
    <message>
        <source>The province on the 2025 boundaries</source>
        <translation>The province on the 2025 boundaries</translation>
    </message>
    <message>
        <source>The committee that wrote the report</source>
        <translation>The committee that wrote the report</translation>
    </message>
    <message>
        <source>How many of the report&apos;s figures a person has reviewed</source>
        <translation>How many of the report&apos;s figures a person has reviewed</translation>
    </message>
    <message>
        <source>Province (2025)</source>
        <translation>Province (2025)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
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
        <source>The review now walks the least confident figures first.</source>
        <translation>The review now walks the least confident figures first.</translation>
    </message>
    <message>
        <source>The review now walks the figures in reading order.</source>
        <translation>The review now walks the figures in reading order.</translation>
    </message>
    <message>
        <source>&amp;Accept and go to the next</source>
        <translation>&amp;Accept and go to the next</translation>
    </message>
    <message>
        <source>&amp;Correct the figure…</source>
        <translation>&amp;Correct the figure…</translation>
    </message>
    <message>
        <source>&amp;Reject the figure</source>
        <translation>&amp;Reject the figure</translation>
    </message>
    <message>
        <source>&amp;Back to the previous figure</source>
        <translation>&amp;Back to the previous figure</translation>
    </message>
    <message>
        <source>&amp;Next least confident figure</source>
        <translation>&amp;Next least confident figure</translation>
    </message>
    <message>
        <source>&amp;Least confident first</source>
        <translation>&amp;Least confident first</translation>
    </message>
    <message>
        <source>Accept all from this r&amp;ule…</source>
        <translation>Accept all from this r&amp;ule…</translation>
    </message>
    <message>
        <source>A&amp;dd a figure from the selected words…</source>
        <translation>A&amp;dd a figure from the selected words…</translation>
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
        <translation>Every figure of this report has been reviewed.</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Accept %1</translation>
    </message>
    <message>
        <source>A figure added by hand is not rejected: undo its addition (Ctrl+Z) or correct it.</source>
        <translation>A figure added by hand is not rejected: undo its addition (Ctrl+Z) or correct it.</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Reject %1</translation>
    </message>
    <message>
        <source>Correct %1 to %2</source>
        <translation>Correct %1 to %2</translation>
    </message>
    <message>
        <source>This figure was not read by a rule.</source>
        <translation>This figure was not read by a rule.</translation>
    </message>
    <message>
        <source>No figure read by the rule “%1” is still to review.</source>
        <translation>No figure read by the rule “%1” is still to review.</translation>
    </message>
    <message>
        <source>Accept all from this rule</source>
        <translation>Accept all from this rule</translation>
    </message>
    <message numerus="yes">
        <source>Accept the %n figure(s) read by the rule “%1” that are still to review?</source>
        <translation>
            <numerusform>Accept the %n figure read by the rule “%1” that are still to review?</numerusform>
            <numerusform>Accept the %n figures read by the rule “%1” that are still to review?</numerusform>
        </translation>
    </message>
    <message>
        <source>One undo (Ctrl+Z) takes them all back.</source>
        <translation>One undo (Ctrl+Z) takes them all back.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n figure(s) from the rule %1</source>
        <translation>
            <numerusform>Accept %n figure from the rule %1</numerusform>
            <numerusform>Accept %n figures from the rule %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the words of the missing figure in the text first, then add it (%1).</source>
        <translation>Select the words of the missing figure in the text first, then add it (%1).</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <source>The figure was not changed.</source>
        <translation>The figure was not changed.</translation>
    </message>
    <message>
        <source>all reviewed</source>
        <translation>all reviewed</translation>
    </message>
    <message numerus="yes">
        <source>%n still to review</source>
        <translation>
            <numerusform>%n still to review</numerusform>
            <numerusform>%n still to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Read by the rule %1 with confidence %2.</source>
        <translation>Read by the rule %1 with confidence %2.</translation>
    </message>
    <message>
        <source>Added by %1.</source>
        <translation>Added by %1.</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>“%1” was not saved: %2</translation>
    </message>
    <message>
        <source>Change the c&amp;ell in place</source>
        <translation>Change the c&amp;ell in place</translation>
    </message>
    <message>
        <source>Correct the whole figure in a form (%1); %2 changes the selected cell in place</source>
        <translation>Correct the whole figure in a form (%1); %2 changes the selected cell in place</translation>
    </message>
    <message>
        <source>Change the selected cell in place (%1 or double-click; Enter saves, Esc cancels); %2 corrects the whole figure in a form</source>
        <translation>Change the selected cell in place (%1 or double-click; Enter saves, Esc cancels); %2 corrects the whole figure in a form</translation>
    </message>
    <message>
        <source>%1 or double-click: change it here (Enter saves, Esc cancels). %2: correct the whole figure in a form.</source>
        <translation>%1 or double-click: change it here (Enter saves, Esc cancels). %2: correct the whole figure in a form.</translation>
    </message>
    <message>
        <source>%1 accept and go on · %2 change the cell in place (Enter saves, Esc cancels) · %3 correct in a form · %4 reject · %5 back · %6 least confident next · %7 least confident first · %8 accept all from this rule · select words in the text, then %9 add a figure · %10 undo</source>
        <translation>%1 accept and go on · %2 change the cell in place (Enter saves, Esc cancels) · %3 correct in a form · %4 reject · %5 back · %6 least confident next · %7 least confident first · %8 accept all from this rule · select words in the text, then %9 add a figure · %10 undo</translation>
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
    <name>thp::app::SettingsDialog</name>
    <message>
        <source>Choose a database file.</source>
        <translation>Choose a database file.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL address.</source>
        <translation>Enter the PostgreSQL address.</translation>
    </message>
    <message>
        <source>A PostgreSQL address starts with postgresql:// (for example postgresql://user@server:5432/tonghop).</source>
        <translation>A PostgreSQL address starts with postgresql:// (for example postgresql://user@server:5432/tonghop).</translation>
    </message>
    <message>
        <source>Connected: the database can be used (schema version %1).</source>
        <translation>Connected: the database can be used (schema version %1).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
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
