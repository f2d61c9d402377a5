<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BriefingActions</name>
    <message>
        <source>Briefing &amp;contents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sections, charts, tables and text of the printed briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save briefing as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be painted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bulletin is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save briefing as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first page (title, key figures and the comparison with the province) is always printed. Choose what follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts (also those of the first page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headings, header and footer in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPainter</name>
    <message>
        <source>%1: is a folder; give a file name ending in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file exists already; it was not overwritten (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: the PDF could not be painted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulletin::ChartDataModel</name>
    <message>
        <source>Rank score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulletin::IndicatorTableModel</name>
    <message>
        <source>Derived from the stated gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulletin::SectionTreeModel</name>
    <message>
        <source>Section / indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinLoader</name>
    <message>
        <source>%1 more problems not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a bulletin file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; bulletins larger than %2 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulletins larger than %1 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinValidator</name>
    <message>
        <source>a bulletin may have at most %1 sections (the window shows a tab for each), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id of letters, digits, &apos;_&apos; or &apos;-&apos;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate section id &quot;%1&quot; (first used by section %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate indicator id &quot;%1&quot; (first used at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate chart id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, a value_text or a rank; the indicator has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank and rank_of must be given together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least 1 units ranked, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a rank within 1..%1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province_derived is true but there is no province_value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart &quot;%1&quot; names unknown indicator &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comparison chart needs value and province_value; indicator &quot;%1&quot; lacks them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ranking chart needs a rank; indicator &quot;%1&quot; has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bar chart needs a value; indicator &quot;%1&quot; has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bar chart needs indicators of one unit; chart &quot;%1&quot; mixes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names unknown section &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names unknown indicator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinWriter</name>
    <message>
        <source>%1: is a folder; give a file name ending in .csv or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file exists already; it was not overwritten (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBatchExporter</name>
    <message>
        <source>no folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write into this folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no format given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refusing a file name that leaves the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exists already, with %2 more of the files to write; nothing was written (use --force to replace them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a file; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chart could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExportActions</name>
    <message>
        <source>Export c&amp;hart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart with the focus, or the tab&apos;s first chart, as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a&amp;ll charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every chart of the bulletin into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab has no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1

%n complete file(s) were written before the problem.</source>
        <translation>
            <numerusform>%1

%n complete file were written before the problem.</numerusform>
            <numerusform>%1

%n complete files were written before the problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled; %n complete file(s) kept in %1</source>
        <translation>
            <numerusform>Export cancelled; %n complete file kept in %1</numerusform>
            <numerusform>Export cancelled; %n complete files kept in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n chart file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n chart file to %1</numerusform>
            <numerusform>Wrote %n chart files to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts were written, but at this size some labels do not fit:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was written, but at this size some labels do not fit:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are named NN-section-chart, numbered in the order of the tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2× (sharp on high-resolution screens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG s&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image would be too large: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG is %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG and PDF keep text and bars as vectors; a PDF page is the chart&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all charts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exist already:

%1

Replace them?</source>
        <translation>
            <numerusform>%n file exist already:

%1

Replace them?</numerusform>
            <numerusform>%n files exist already:

%1

Replace them?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>&quot;%1&quot;: some axis labels are cut short at %2x%3 px; a larger size shows them whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file exists already; it was not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chart could not be rendered at %2×%3 px, scale %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size must be %1 to %2 px a side, not %3x%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale must be above 0 and at most %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image of %1x%2 px is too large (at most %3 px a side and %4 megapixels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write every indicator of the bulletin to OUT (.csv: UTF-8 table with BOM; .json: the bulletin format) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace output files that exist already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit right after the main window is first painted, printing &quot;first paint&quot; (for smoke tests and bench/startup.py).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the id and title of every section (the IDs --tab accepts) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on the section with id ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a printable briefing sheet of the bulletin to OUT.pdf (A4 portrait unless --paper says otherwise) and exit. Needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --brief: the sections to include, as ids separated by commas (see --list-sections); default: every section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --brief: the paper size, A4 (default) or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulletin to open (.json or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one FILE, found %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--brief needs an output file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sections and --paper go with --brief OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sections needs at least one section id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper: expected A4 or Letter, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-data needs an output file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: zh (Chinese) or en (English). Default: the system&apos;s, or the last one chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang expects zh or en, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every chart of the bulletin into DIR (created when missing) as NN-&lt;section&gt;-&lt;chart&gt;.&lt;ext&gt;, print the files written and exit. Existing files are replaced only with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-charts: png, svg and/or pdf, separated by commas (default: png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-charts: PNG pixels per chart pixel, above 0 and at most 8 (default: 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-charts: the chart&apos;s size in pixels, 100 to 8000 a side (default: 900x500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard of a city&apos;s development bulletin: key figures, highlight sections and comparisons with the province.

Without FILE it opens the built-in bulletin (Hengyang, January–June 2020).
Headless modes (--export-data, --export-charts, --brief, --list-sections) need no display.

Exit status: 0 success; 1 an output file could not be written (or exists, without --force); 2 a problem with the input or the arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format, --scale and --size go with --export-charts DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-charts cannot be combined with --export-data, --brief or --list-sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-charts needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: expected png, svg or pdf separated by commas, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: expected a number above 0 and at most 8, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT in pixels such as 900x500, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvBulletinReader</name>
    <message>
        <source>expected a finite number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text is neither UTF-8 nor GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (expected a header row: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names this column twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header lacks column(s) %1 (expected: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a section title, found an empty field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an indicator name, found an empty field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has a header but no indicator rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>unexpected quote inside a field (quote the whole field and double the quotes inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>--sections: no section with id &quot;%1&quot;; valid ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorSearchPanel</name>
    <message>
        <source>Search indicators (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked in the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonBulletinReader</name>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field (expected a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field (expected an integer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field (expected an array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected format version %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field (expected an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least 1, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (the file must be UTF-8 encoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (expected a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: invalid escape sequence (JSON allows \&quot;, \\, \/, \b, \f, \n, \r, \t and \uXXXX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is given twice in one object (which one counts would be a guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFigureCard</name>
    <message>
        <source>Key figure %1: %2 %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open bulletin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bulletin Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n section(s)</source>
        <translation>
            <numerusform>%1 · %n section</numerusform>
            <numerusform>%1 · %n sections</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n indicator(s)</source>
        <translation>
            <numerusform> · %n indicator</numerusform>
            <numerusform> · %n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulletin on screen is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletins (*.json *.csv);;JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv);;Bulletin JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bulletin Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bulletin Dashboard %1&lt;/h3&gt;&lt;p&gt;Key figures, highlight sections and comparisons with the province from a city&apos;s development bulletin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data source:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Provincial values marked * are derived from the gap the text states.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newspaper: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNTHETIC TEST DATA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter mode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Select an indicator to see the sentence it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The provincial value is derived from the gap the text states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTextView</name>
    <message>
        <source>Section text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file is UTF-16 text (as Excel&apos;s &quot;Unicode Text&quot; writes); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL byte: the file holds binary data or UTF-16 text, not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file %1 is damaged; what cannot be read is ignored, and the file is rewritten when settings are next saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); the window cannot be shown. Headless modes such as --export-data work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section with id &quot;%1&quot;; see --list-sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
