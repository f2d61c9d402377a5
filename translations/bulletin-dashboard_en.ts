<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../models/atomicfile.cpp" line="13"/>
        <source>%1: is a symbolic link; it was not written through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="15"/>
        <source>%1: is a symbolic link to a file that does not exist; it was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="18"/>
        <source>%1: is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="20"/>
        <source>%1: is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="22"/>
        <source>%1: the file exists already; it was not overwritten (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="42"/>
        <location filename="../models/atomicfile.cpp" line="47"/>
        <location filename="../models/atomicfile.cpp" line="50"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="46"/>
        <source>%1: cannot be written: its content could not be produced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="20"/>
        <source>Briefing &amp;contents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="22"/>
        <source>Choose the sections, charts, tables and text of the printed briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="25"/>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="29"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="34"/>
        <source>Save briefing as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="82"/>
        <source>Cannot print the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="82"/>
        <source>The printer could not be painted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="99"/>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="109"/>
        <source>Print briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="117"/>
        <source>No bulletin is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="130"/>
        <source>Save briefing as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="131"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="141"/>
        <source>Cannot save the briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="20"/>
        <source>Briefing contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="22"/>
        <source>The first page (title, key figures and the comparison with the province) is always printed. Choose what follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="27"/>
        <source>&amp;Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="39"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="40"/>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="51"/>
        <source>For each section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="52"/>
        <source>Full &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="54"/>
        <source>&amp;Charts (also those of the first page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="56"/>
        <source>Indicator &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="64"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="65"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="68"/>
        <source>&amp;Headings, header and footer in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPainter</name>
    <message>
        <location filename="../app/export/briefingpainter.cpp" line="88"/>
        <source>%1: is a folder; give a file name ending in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulletin::ChartDataModel</name>
    <message>
        <location filename="../models/chartdatamodel.cpp" line="163"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/chartdatamodel.cpp" line="165"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulletin::IndicatorTableModel</name>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="99"/>
        <source>Derived from the stated gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="136"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="138"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="140"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="142"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="144"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="146"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="148"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="150"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="152"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulletin::SectionTreeModel</name>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="146"/>
        <source>Section / indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="148"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="150"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="152"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="154"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinLoader</name>
    <message>
        <location filename="../models/bulletinloader.cpp" line="27"/>
        <source>%1 more problems not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="38"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="40"/>
        <source>is a folder, not a bulletin file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="43"/>
        <source>the file is %1 MiB; bulletins larger than %2 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="48"/>
        <location filename="../models/bulletinloader.cpp" line="54"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="52"/>
        <source>bulletins larger than %1 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinValidator</name>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="25"/>
        <source>a bulletin may have at most %1 sections (the window shows a tab for each), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="62"/>
        <location filename="../models/bulletinvalidator.cpp" line="78"/>
        <location filename="../models/bulletinvalidator.cpp" line="92"/>
        <source>expected an id of letters, digits, &apos;_&apos; or &apos;-&apos;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="65"/>
        <source>duplicate section id &quot;%1&quot; (first used by section %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="81"/>
        <source>duplicate indicator id &quot;%1&quot; (first used at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="94"/>
        <source>duplicate chart id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="104"/>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="119"/>
        <source>expected a value, a value_text or a rank; the indicator has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="122"/>
        <source>rank and rank_of must be given together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="125"/>
        <source>expected at least 1 units ranked, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="128"/>
        <source>expected a rank within 1..%1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="132"/>
        <source>province_derived is true but there is no province_value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="154"/>
        <source>chart &quot;%1&quot; names unknown indicator &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="160"/>
        <source>a comparison chart needs value and province_value; indicator &quot;%1&quot; lacks them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="166"/>
        <source>a ranking chart needs a rank; indicator &quot;%1&quot; has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="170"/>
        <source>a bar chart needs a value; indicator &quot;%1&quot; has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="177"/>
        <source>a bar chart needs indicators of one unit; chart &quot;%1&quot; mixes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="189"/>
        <source>names unknown section &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="192"/>
        <source>names unknown indicator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinWriter</name>
    <message>
        <location filename="../models/bulletinwriter.cpp" line="187"/>
        <source>%1: is a folder; give a file name ending in .csv or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinwriter.cpp" line="189"/>
        <source>%1: the file exists already; it was not overwritten (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinwriter.cpp" line="194"/>
        <location filename="../models/bulletinwriter.cpp" line="196"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBatchExporter</name>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="62"/>
        <source>no folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="65"/>
        <source>%1: is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="67"/>
        <source>%1: the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="71"/>
        <source>%1: cannot write into this folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="79"/>
        <source>no format given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="96"/>
        <source>%1: refusing a file name that leaves the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="101"/>
        <source>%1: is a symbolic link; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="107"/>
        <source>%1: exists already, with %2 more of the files to write; nothing was written (use --force to replace them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="111"/>
        <source>%1: is not a file; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="131"/>
        <source>%1: the chart could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExportActions</name>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="36"/>
        <source>Export c&amp;hart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="37"/>
        <source>Export the chart with the focus, or the tab&apos;s first chart, as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="38"/>
        <source>Export a&amp;ll charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="39"/>
        <source>Export every chart of the bulletin into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="77"/>
        <source>This tab has no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="102"/>
        <source>Exporting charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="102"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="103"/>
        <source>Export all charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="108"/>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="116"/>
        <source>Cannot export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportactions.cpp" line="117"/>
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
        <location filename="../app/ui/chartexportactions.cpp" line="121"/>
        <source>Export cancelled; %n complete file(s) kept in %1</source>
        <translation>
            <numerusform>Export cancelled; %n complete file kept in %1</numerusform>
            <numerusform>Export cancelled; %n complete files kept in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportactions.cpp" line="123"/>
        <source>Wrote %n chart file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n chart file to %1</numerusform>
            <numerusform>Wrote %n chart files to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="125"/>
        <location filename="../app/ui/chartexportactions.cpp" line="183"/>
        <source>Labels cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="126"/>
        <source>The charts were written, but at this size some labels do not fit:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="143"/>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="144"/>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="144"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="154"/>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="158"/>
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="177"/>
        <source>Cannot export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="180"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="184"/>
        <source>The chart was written, but at this size some labels do not fit:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="55"/>
        <location filename="../app/ui/chartexportdialog.cpp" line="327"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="55"/>
        <source>Export all charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="60"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="64"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="64"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="72"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="85"/>
        <source>F&amp;ormats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="87"/>
        <source>Files are named NN-section-chart, numbered in the order of the tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="94"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="98"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="99"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="105"/>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="108"/>
        <source>1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="109"/>
        <source>2× (sharp on high-resolution screens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="110"/>
        <source>3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="111"/>
        <location filename="../app/ui/chartexportdialog.cpp" line="115"/>
        <source>Dots per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="114"/>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="120"/>
        <source>PNG s&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="129"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="292"/>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="292"/>
        <source>Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="294"/>
        <source>Choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="298"/>
        <source>The image would be too large: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="317"/>
        <source>The PNG is %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="319"/>
        <source>SVG and PDF keep text and bars as vectors; a PDF page is the chart&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="328"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="334"/>
        <source>Export all charts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="349"/>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportdialog.cpp" line="350"/>
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
        <location filename="../app/ui/chartexportdialog.cpp" line="364"/>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="78"/>
        <source>&quot;%1&quot;: some axis labels are cut short at %2x%3 px; a larger size shows them whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="188"/>
        <source>%1: the chart could not be rendered at %2×%3 px, scale %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="229"/>
        <source>the size must be %1 to %2 px a side, not %3x%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="235"/>
        <source>the scale must be above 0 and at most %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="241"/>
        <source>an image of %1x%2 px is too large (at most %3 px a side and %4 megapixels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="15"/>
        <source>Write every indicator of the bulletin to OUT (.csv: UTF-8 table with BOM; .json: the bulletin format) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="21"/>
        <source>Replace output files that exist already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="23"/>
        <source>Exit right after the main window is first painted, printing &quot;first paint&quot; (for smoke tests and bench/startup.py).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="27"/>
        <source>Print the id and title of every section (the IDs --tab accepts) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="36"/>
        <source>Open the window on the section with id ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="39"/>
        <source>Write a printable briefing sheet of the bulletin to OUT.pdf (A4 portrait unless --paper says otherwise) and exit. Needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="44"/>
        <source>With --brief: the sections to include, as ids separated by commas (see --list-sections); default: every section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="49"/>
        <source>With --brief: the paper size, A4 (default) or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="95"/>
        <source>A bulletin to open (.json or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="183"/>
        <source>expected at most one FILE, found %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="204"/>
        <source>--brief needs an output file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="209"/>
        <source>--sections and --paper go with --brief OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="216"/>
        <source>--sections needs at least one section id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="228"/>
        <source>--paper: expected A4 or Letter, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="236"/>
        <source>--export-data needs an output file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="31"/>
        <source>Interface language: zh (Chinese) or en (English). Default: the system&apos;s, or the last one chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="197"/>
        <source>--lang expects zh or en, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="52"/>
        <source>Write every chart of the bulletin into DIR (created when missing) as NN-&lt;section&gt;-&lt;chart&gt;.&lt;ext&gt;, print the files written and exit. Existing files are replaced only with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="57"/>
        <source>With --export-charts: png, svg and/or pdf, separated by commas (default: png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="61"/>
        <source>With --export-charts: PNG pixels per chart pixel, above 0 and at most 8 (default: 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="65"/>
        <source>With --export-charts: the chart&apos;s size in pixels, 100 to 8000 a side (default: 900x500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="72"/>
        <source>Dashboard of a city&apos;s development bulletin: key figures, highlight sections and comparisons with the province.

Without FILE it opens the built-in bulletin (Hengyang, January–June 2020).
Headless modes (--export-data, --export-charts, --brief, --list-sections) need no display.

Exit status: 0 success; 1 an output file could not be written (or exists, without --force); 2 a problem with the input or the arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="103"/>
        <source>--format, --scale and --size go with --export-charts DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="108"/>
        <source>--export-charts cannot be combined with --export-data, --brief or --list-sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="113"/>
        <source>--export-charts needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="120"/>
        <source>--format: expected png, svg or pdf separated by commas, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="131"/>
        <source>--scale: expected a number above 0 and at most 8, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="139"/>
        <source>--size: expected WIDTHxHEIGHT in pixels such as 900x500, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvBulletinReader</name>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="55"/>
        <source>expected a finite number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="69"/>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="88"/>
        <source>expected true or false, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="136"/>
        <source>text is neither UTF-8 nor GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="146"/>
        <source>the file is empty (expected a header row: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="158"/>
        <source>the header names this column twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="170"/>
        <source>the header lacks column(s) %1 (expected: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="190"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="196"/>
        <source>expected a section title, found an empty field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="200"/>
        <source>expected an indicator name, found an empty field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="243"/>
        <source>the table has a header but no indicator rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <location filename="../models/csvtable.cpp" line="67"/>
        <source>unexpected quote inside a field (quote the whole field and double the quotes inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvtable.cpp" line="85"/>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvtable.cpp" line="97"/>
        <source>quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="63"/>
        <source>--sections: no section with id &quot;%1&quot;; valid ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="103"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorSearchPanel</name>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="68"/>
        <source>Search indicators (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="69"/>
        <source>Search indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="70"/>
        <source>Compared with the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="71"/>
        <source>Ranked in the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="72"/>
        <source>Matching indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="92"/>
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
        <location filename="../models/jsonbulletinreader.cpp" line="23"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="25"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="27"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="29"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="31"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="35"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="65"/>
        <source>missing required field (expected a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="70"/>
        <location filename="../models/jsonbulletinreader.cpp" line="147"/>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="82"/>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="87"/>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="98"/>
        <source>missing required field (expected an integer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="105"/>
        <source>expected an integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="117"/>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="128"/>
        <source>missing required field (expected an array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="132"/>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="174"/>
        <location filename="../models/jsonbulletinreader.cpp" line="195"/>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="187"/>
        <source>expected format version %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="194"/>
        <source>missing required field (expected an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="246"/>
        <source>expected at least 1, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="397"/>
        <source>invalid UTF-8 (the file must be UTF-8 encoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="405"/>
        <source>the file is empty (expected a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="416"/>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="423"/>
        <source>expected a JSON object at the top level, found an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="431"/>
        <source>JSON syntax error: invalid escape sequence (JSON allows \&quot;, \\, \/, \b, \f, \n, \r, \t and \uXXXX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="439"/>
        <source>the field is given twice in one object (which one counts would be a guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="21"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFigureCard</name>
    <message>
        <location filename="../app/ui/keyfigurecard.cpp" line="71"/>
        <source>Key figure %1: %2 %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="69"/>
        <location filename="../app/ui/mainwindow.cpp" line="537"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="97"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="99"/>
        <source>&amp;Open bulletin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="101"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="105"/>
        <source>&amp;Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="122"/>
        <location filename="../app/ui/mainwindow.cpp" line="448"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="128"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="129"/>
        <source>&amp;Search indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="137"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="139"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="140"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="140"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="141"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="161"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="184"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="185"/>
        <source>&amp;About Bulletin Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="186"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="188"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="503"/>
        <source>%1 · %n section(s)</source>
        <translation>
            <numerusform>%1 · %n section</numerusform>
            <numerusform>%1 · %n sections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="453"/>
        <location filename="../app/ui/mainwindow.cpp" line="504"/>
        <source>Built-in bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="505"/>
        <source> · %n indicator(s)</source>
        <translation>
            <numerusform> · %n indicator</numerusform>
            <numerusform> · %n indicators</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="220"/>
        <source>Cannot open bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="221"/>
        <source>The bulletin on screen is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="225"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="241"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="422"/>
        <source>Open bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="422"/>
        <source>Bulletins (*.json *.csv);;JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="436"/>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="437"/>
        <source>CSV table (*.csv);;Bulletin JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="446"/>
        <source>Cannot export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="456"/>
        <source>About Bulletin Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="457"/>
        <source>&lt;h3&gt;Bulletin Dashboard %1&lt;/h3&gt;&lt;p&gt;Key figures, highlight sections and comparisons with the province from a city&apos;s development bulletin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data source:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Provincial values marked * are derived from the gap the text states.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="149"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="166"/>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="170"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="175"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="180"/>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="75"/>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="76"/>
        <source>Newspaper: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="77"/>
        <source>not named in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="78"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="78"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="80"/>
        <source>Reporter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="82"/>
        <source>SYNTHETIC TEST DATA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../app/ui/presenterwindow.cpp" line="76"/>
        <source>Presenter mode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/presenterwindow.cpp" line="128"/>
        <source>Slide %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="46"/>
        <source>Select an indicator to see the sentence it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="62"/>
        <source>Indicators of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="173"/>
        <source> The provincial value is derived from the gap the text states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="174"/>
        <source>Source: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTextView</name>
    <message>
        <location filename="../app/ui/sectiontextview.cpp" line="20"/>
        <source>Section text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <location filename="../models/textdecoder.cpp" line="93"/>
        <source>the file is UTF-16 text (as Excel&apos;s &quot;Unicode Text&quot; writes); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/textdecoder.cpp" line="101"/>
        <source>a NUL byte: the file holds binary data or UTF-16 text, not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="89"/>
        <source>Cannot open bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>the settings file %1 is damaged; what cannot be read is ignored, and the file is rewritten when settings are next saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); the window cannot be shown. Headless modes such as --export-data work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="98"/>
        <source>no section with id &quot;%1&quot;; see --list-sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
