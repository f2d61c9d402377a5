<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../models/atomicfile.cpp" line="13"/>
        <source>%1: is a symbolic link; it was not written through</source>
        <translation>%1：这是一个符号链接，未通过它写入</translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="15"/>
        <source>%1: is a symbolic link to a file that does not exist; it was not created</source>
        <translation>%1：这是指向不存在文件的符号链接，未创建该文件</translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="18"/>
        <source>%1: is a folder</source>
        <translation>%1：这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="20"/>
        <source>%1: is not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="22"/>
        <source>%1: the file exists already; it was not overwritten (use --force to replace it)</source>
        <translation>%1：文件已存在，未被覆盖（如需替换，请使用 --force）</translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="42"/>
        <location filename="../models/atomicfile.cpp" line="47"/>
        <location filename="../models/atomicfile.cpp" line="50"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="46"/>
        <source>%1: cannot be written: its content could not be produced</source>
        <translation>%1：无法写入：未能生成文件内容</translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="20"/>
        <source>Briefing &amp;contents…</source>
        <translation>简报内容(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="22"/>
        <source>Choose the sections, charts, tables and text of the printed briefing</source>
        <translation>选择打印简报的章节、图表、表格和正文</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="25"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="29"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="34"/>
        <source>Save briefing as P&amp;DF…</source>
        <translation>将简报另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="82"/>
        <source>Cannot print the briefing</source>
        <translation>无法打印简报</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="82"/>
        <source>The printer could not be painted on.</source>
        <translation>无法在打印机上绘制。</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="99"/>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="109"/>
        <source>Print briefing</source>
        <translation>打印简报</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="117"/>
        <source>No bulletin is open.</source>
        <translation>尚未打开公报。</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="130"/>
        <source>Save briefing as PDF</source>
        <translation>将简报另存为 PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="131"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingactions.cpp" line="141"/>
        <source>Cannot save the briefing</source>
        <translation>无法保存简报</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="20"/>
        <source>Briefing contents</source>
        <translation>简报内容</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="22"/>
        <source>The first page (title, key figures and the comparison with the province) is always printed. Choose what follows it.</source>
        <translation>首页（标题、关键数据及与全省的比较）总会打印。请选择其后的内容。</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="27"/>
        <source>&amp;Sections</source>
        <translation>章节(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="39"/>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="40"/>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="51"/>
        <source>For each section</source>
        <translation>每个章节包括</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="52"/>
        <source>Full &amp;text</source>
        <translation>全文(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="54"/>
        <source>&amp;Charts (also those of the first page)</source>
        <translation>图表（含首页图表）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="56"/>
        <source>Indicator &amp;tables</source>
        <translation>指标表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="64"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="65"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="68"/>
        <source>&amp;Headings, header and footer in:</source>
        <translation>标题、页眉和页脚语言(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>BriefingPainter</name>
    <message>
        <location filename="../app/export/briefingpainter.cpp" line="88"/>
        <source>%1: is a folder; give a file name ending in .pdf</source>
        <translation>%1：这是一个文件夹；请给出以 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <source>%1: the file exists already; it was not overwritten (use --force to replace it)</source>
        <translation type="vanished">%1：文件已存在，未被覆盖（如需替换，请使用 --force）</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="vanished">%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot be written: the PDF could not be painted</source>
        <translation type="vanished">%1：无法写入：未能绘制 PDF</translation>
    </message>
</context>
<context>
    <name>Bulletin::ChartDataModel</name>
    <message>
        <source>Rank score</source>
        <translation type="vanished">名次得分</translation>
    </message>
    <message>
        <location filename="../models/chartdatamodel.cpp" line="163"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../models/chartdatamodel.cpp" line="165"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>Bulletin::IndicatorTableModel</name>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="99"/>
        <source>Derived from the stated gap: %1</source>
        <translation>由文中所述差值推算：%1</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="136"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="138"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="140"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="142"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="144"/>
        <source>Province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="146"/>
        <source>Gap</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="148"/>
        <source>Rank</source>
        <translation>全省排名</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="150"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="152"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Bulletin::SectionTreeModel</name>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="146"/>
        <source>Section / indicator</source>
        <translation>章节 / 指标</translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="148"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="150"/>
        <source>Province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="152"/>
        <source>Gap</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="154"/>
        <source>Rank</source>
        <translation>全省排名</translation>
    </message>
</context>
<context>
    <name>BulletinLoader</name>
    <message>
        <location filename="../models/bulletinloader.cpp" line="27"/>
        <source>%1 more problems not listed</source>
        <translation>另有 %1 个问题未列出</translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="38"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="40"/>
        <source>is a folder, not a bulletin file</source>
        <translation>这是一个文件夹，不是公报文件</translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="43"/>
        <source>the file is %1 MiB; bulletins larger than %2 MiB are refused</source>
        <translation>文件大小为 %1 MiB；不接受大于 %2 MiB 的公报</translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="48"/>
        <location filename="../models/bulletinloader.cpp" line="54"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="52"/>
        <source>bulletins larger than %1 MiB are refused</source>
        <translation>不接受大于 %1 MiB 的公报</translation>
    </message>
</context>
<context>
    <name>BulletinValidator</name>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="25"/>
        <source>a bulletin may have at most %1 sections (the window shows a tab for each), found %2</source>
        <translation>一份公报最多可有 %1 个章节（窗口为每个章节显示一个标签页），实际为 %2 个</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="62"/>
        <location filename="../models/bulletinvalidator.cpp" line="78"/>
        <location filename="../models/bulletinvalidator.cpp" line="92"/>
        <source>expected an id of letters, digits, &apos;_&apos; or &apos;-&apos;, found &quot;%1&quot;</source>
        <translation>应为由字母、数字、“_”或“-”组成的 id，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="65"/>
        <source>duplicate section id &quot;%1&quot; (first used by section %2)</source>
        <translation>章节 id“%1”重复（已由第 %2 个章节使用）</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="81"/>
        <source>duplicate indicator id &quot;%1&quot; (first used at %2)</source>
        <translation>指标 id“%1”重复（首次使用于 %2）</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="94"/>
        <source>duplicate chart id &quot;%1&quot;</source>
        <translation>图表 id“%1”重复</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="104"/>
        <source>expected a finite number</source>
        <translation>应为有限数值</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="119"/>
        <source>expected a value, a value_text or a rank; the indicator has none</source>
        <translation>应有 value、value_text 或 rank；该指标三者皆无</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="122"/>
        <source>rank and rank_of must be given together</source>
        <translation>rank 与 rank_of 必须同时给出</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="125"/>
        <source>expected at least 1 units ranked, found %1</source>
        <translation>参与排名的单位应至少为 1 个，实际为 %1</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="128"/>
        <source>expected a rank within 1..%1, found %2</source>
        <translation>名次应在 1 至 %1 之间，实际为 %2</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="132"/>
        <source>province_derived is true but there is no province_value</source>
        <translation>province_derived 为 true，但没有 province_value</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="154"/>
        <source>chart &quot;%1&quot; names unknown indicator &quot;%2&quot;</source>
        <translation>图表“%1”引用了未知指标“%2”</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="160"/>
        <source>a comparison chart needs value and province_value; indicator &quot;%1&quot; lacks them</source>
        <translation>对比图需要 value 和 province_value；指标“%1”缺少这两项</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="166"/>
        <source>a ranking chart needs a rank; indicator &quot;%1&quot; has none</source>
        <translation>排名图需要 rank；指标“%1”没有 rank</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="170"/>
        <source>a bar chart needs a value; indicator &quot;%1&quot; has none</source>
        <translation>柱状图需要 value；指标“%1”没有 value</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="177"/>
        <source>a bar chart needs indicators of one unit; chart &quot;%1&quot; mixes %2</source>
        <translation>柱状图中的指标须为同一单位；图表“%1”混用了 %2</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="189"/>
        <source>names unknown section &quot;%1&quot;</source>
        <translation>引用了未知章节“%1”</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="192"/>
        <source>names unknown indicator &quot;%1&quot;</source>
        <translation>引用了未知指标“%1”</translation>
    </message>
</context>
<context>
    <name>BulletinWriter</name>
    <message>
        <location filename="../models/bulletinwriter.cpp" line="187"/>
        <source>%1: is a folder; give a file name ending in .csv or .json</source>
        <translation>%1：这是一个文件夹；请给出以 .csv 或 .json 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../models/bulletinwriter.cpp" line="189"/>
        <source>%1: the file exists already; it was not overwritten (use --force to replace it)</source>
        <translation>%1：文件已存在，未被覆盖（如需替换，请使用 --force）</translation>
    </message>
    <message>
        <location filename="../models/bulletinwriter.cpp" line="194"/>
        <location filename="../models/bulletinwriter.cpp" line="196"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>ChartBatchExporter</name>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="62"/>
        <source>no folder given</source>
        <translation>未指定文件夹</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="65"/>
        <source>%1: is not a folder</source>
        <translation>%1：不是文件夹</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="67"/>
        <source>%1: the folder cannot be created</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="71"/>
        <source>%1: cannot write into this folder: %2</source>
        <translation>%1：无法写入此文件夹：%2</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="79"/>
        <source>no format given</source>
        <translation>未指定格式</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="96"/>
        <source>%1: refusing a file name that leaves the folder</source>
        <translation>%1：拒绝使用指向该文件夹之外的文件名</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="101"/>
        <source>%1: is a symbolic link; nothing was written</source>
        <translation>%1：这是一个符号链接，未写入任何文件</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="107"/>
        <source>%1: exists already, with %2 more of the files to write; nothing was written (use --force to replace them)</source>
        <translation>%1：已存在，待写入的文件中另有 %2 个也已存在；未写入任何文件（如需替换，请使用 --force）</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="111"/>
        <source>%1: is not a file; nothing was written</source>
        <translation>%1：不是文件；未写入任何文件</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="131"/>
        <source>%1: the chart could not be rendered</source>
        <translation>%1：无法渲染图表</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="vanished">%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>ChartExportActions</name>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="36"/>
        <source>Export c&amp;hart…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="37"/>
        <source>Export the chart with the focus, or the tab&apos;s first chart, as PNG, SVG or PDF</source>
        <translation>将当前焦点所在的图表（或本页第一个图表）导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="38"/>
        <source>Export a&amp;ll charts…</source>
        <translation>导出全部图表(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="39"/>
        <source>Export every chart of the bulletin into a folder</source>
        <translation>将公报的全部图表导出到一个文件夹</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="77"/>
        <source>This tab has no chart to export.</source>
        <translation>此页没有可导出的图表。</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="102"/>
        <source>Exporting charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="103"/>
        <source>Export all charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="108"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="116"/>
        <source>Cannot export charts</source>
        <translation>无法导出图表</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportactions.cpp" line="117"/>
        <source>%1

%n complete file(s) were written before the problem.</source>
        <translation>
            <numerusform>%1

出错前已写入 %n 个完整文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportactions.cpp" line="121"/>
        <source>Export cancelled; %n complete file(s) kept in %1</source>
        <translation>
            <numerusform>导出已取消；%1 中保留了 %n 个完整文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportactions.cpp" line="123"/>
        <source>Wrote %n chart file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个图表文件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="125"/>
        <location filename="../app/ui/chartexportactions.cpp" line="183"/>
        <source>Labels cut short</source>
        <translation>标签显示不全</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="126"/>
        <source>The charts were written, but at this size some labels do not fit:

%1</source>
        <translation>图表已写入，但在此尺寸下部分标签放不下：

%1</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="143"/>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="144"/>
        <source>Export as &amp;SVG…</source>
        <translation>导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="144"/>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="154"/>
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="158"/>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="177"/>
        <source>Cannot export chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="180"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="184"/>
        <source>The chart was written, but at this size some labels do not fit:

%1</source>
        <translation>图表已写入，但在此尺寸下部分标签放不下：

%1</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="55"/>
        <location filename="../app/ui/chartexportdialog.cpp" line="327"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="55"/>
        <source>Export all charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="60"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="64"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="64"/>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="72"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="85"/>
        <source>F&amp;ormats:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="87"/>
        <source>Files are named NN-section-chart, numbered in the order of the tabs.</source>
        <translation>文件名为“序号-章节-图表”，按标签页顺序编号。</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="94"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="98"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="99"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="105"/>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="108"/>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="109"/>
        <source>2× (sharp on high-resolution screens)</source>
        <translation>2×（高分辨率屏幕上清晰）</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="110"/>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="111"/>
        <location filename="../app/ui/chartexportdialog.cpp" line="115"/>
        <source>Dots per inch</source>
        <translation>每英寸点数</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="114"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="120"/>
        <source>PNG s&amp;cale:</source>
        <translation>PNG 缩放(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="129"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="292"/>
        <source>Choose a file.</source>
        <translation>请选择文件。</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="292"/>
        <source>Choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="294"/>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="298"/>
        <source>The image would be too large: %1.</source>
        <translation>图像过大：%1。</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="317"/>
        <source>The PNG is %1 × %2 pixels.</source>
        <translation>PNG 为 %1 × %2 像素。</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="319"/>
        <source>SVG and PDF keep text and bars as vectors; a PDF page is the chart&apos;s size.</source>
        <translation>SVG 和 PDF 中的文字和条形保持为矢量；PDF 页面与图表同尺寸。</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="328"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="334"/>
        <source>Export all charts to</source>
        <translation>将全部图表导出到</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="349"/>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportdialog.cpp" line="350"/>
        <source>%n file(s) exist already:

%1

Replace them?</source>
        <translation>
            <numerusform>已存在 %n 个文件：

%1

是否替换？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportdialog.cpp" line="364"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是文件夹，请指定文件名。</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="78"/>
        <source>&quot;%1&quot;: some axis labels are cut short at %2x%3 px; a larger size shows them whole</source>
        <translation>“%1”：在 %2x%3 像素下，部分坐标轴标签被截断；尺寸更大时可完整显示</translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation type="vanished">%1：这是一个文件夹</translation>
    </message>
    <message>
        <source>%1: the file exists already; it was not overwritten</source>
        <translation type="vanished">%1：文件已存在，未被覆盖</translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="188"/>
        <source>%1: the chart could not be rendered at %2×%3 px, scale %4</source>
        <translation>%1：无法以 %2×%3 像素、%4 倍缩放渲染图表</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="vanished">%1：无法写入：%2</translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="229"/>
        <source>the size must be %1 to %2 px a side, not %3x%4</source>
        <translation>每边尺寸须在 %1 至 %2 像素之间，而不是 %3x%4</translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="235"/>
        <source>the scale must be above 0 and at most %1, not %2</source>
        <translation>缩放倍数须大于 0 且不超过 %1，而不是 %2</translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="241"/>
        <source>an image of %1x%2 px is too large (at most %3 px a side and %4 megapixels)</source>
        <translation>%1x%2 像素的图像过大（每边最多 %3 像素，总计最多 %4 百万像素）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="15"/>
        <source>Write every indicator of the bulletin to OUT (.csv: UTF-8 table with BOM; .json: the bulletin format) and exit.</source>
        <translation>将公报的全部指标写入 OUT（.csv：带 BOM 的 UTF-8 表格；.json：公报格式）后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="21"/>
        <source>Replace output files that exist already.</source>
        <translation>覆盖已存在的输出文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="23"/>
        <source>Exit right after the main window is first painted, printing &quot;first paint&quot; (for smoke tests and bench/startup.py).</source>
        <translation>主窗口首次绘制后立即退出，并输出“first paint”（用于冒烟测试和 bench/startup.py）。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="27"/>
        <source>Print the id and title of every section (the IDs --tab accepts) and exit.</source>
        <translation>列出每个章节的标识和标题（即 --tab 接受的 ID）后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="36"/>
        <source>Open the window on the section with id ID.</source>
        <translation>打开窗口并显示标识为 ID 的章节。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="39"/>
        <source>Write a printable briefing sheet of the bulletin to OUT.pdf (A4 portrait unless --paper says otherwise) and exit. Needs no display.</source>
        <translation>将公报的简报写入 OUT.pdf（默认 A4 纵向，可用 --paper 更改）后退出。无需显示器。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="44"/>
        <source>With --brief: the sections to include, as ids separated by commas (see --list-sections); default: every section.</source>
        <translation>与 --brief 一起使用：要包含的章节标识，以逗号分隔（见 --list-sections）；默认全部章节。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="49"/>
        <source>With --brief: the paper size, A4 (default) or Letter.</source>
        <translation>与 --brief 一起使用：纸张大小，A4（默认）或 Letter。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="95"/>
        <source>A bulletin to open (.json or .csv).</source>
        <translation>要打开的公报（.json 或 .csv）。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="183"/>
        <source>expected at most one FILE, found %1: %2</source>
        <translation>最多只能指定一个文件，实际为 %1 个：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="204"/>
        <source>--brief needs an output file name</source>
        <translation>--brief 需要输出文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="209"/>
        <source>--sections and --paper go with --brief OUT.pdf</source>
        <translation>--sections 和 --paper 须与 --brief OUT.pdf 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="216"/>
        <source>--sections needs at least one section id</source>
        <translation>--sections 至少需要一个章节标识</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="228"/>
        <source>--paper: expected A4 or Letter, found &quot;%1&quot;</source>
        <translation>--paper：应为 A4 或 Letter，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="236"/>
        <source>--export-data needs an output file name</source>
        <translation>--export-data 需要输出文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="31"/>
        <source>Interface language: zh (Chinese) or en (English). Default: the system&apos;s, or the last one chosen.</source>
        <translation>界面语言：zh（中文）或 en（英文）。默认跟随系统或上次的选择。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="197"/>
        <source>--lang expects zh or en, found &quot;%1&quot;</source>
        <translation>--lang 应为 zh 或 en，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="52"/>
        <source>Write every chart of the bulletin into DIR (created when missing) as NN-&lt;section&gt;-&lt;chart&gt;.&lt;ext&gt;, print the files written and exit. Existing files are replaced only with --force.</source>
        <translation>将公报的全部图表写入 DIR（不存在时自动创建），文件名为 NN-&lt;章节&gt;-&lt;图表&gt;.&lt;扩展名&gt;，列出写入的文件后退出。仅在指定 --force 时覆盖已有文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="57"/>
        <source>With --export-charts: png, svg and/or pdf, separated by commas (default: png).</source>
        <translation>与 --export-charts 一起使用：png、svg 和/或 pdf，以逗号分隔（默认 png）。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="61"/>
        <source>With --export-charts: PNG pixels per chart pixel, above 0 and at most 8 (default: 2).</source>
        <translation>与 --export-charts 一起使用：PNG 缩放倍数，大于 0 且不超过 8（默认 2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="65"/>
        <source>With --export-charts: the chart&apos;s size in pixels, 100 to 8000 a side (default: 900x500).</source>
        <translation>与 --export-charts 一起使用：图表尺寸（像素），每边 100 至 8000（默认 900x500）。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="72"/>
        <source>Dashboard of a city&apos;s development bulletin: key figures, highlight sections and comparisons with the province.

Without FILE it opens the built-in bulletin (Hengyang, January–June 2020).
Headless modes (--export-data, --export-charts, --brief, --list-sections) need no display.

Exit status: 0 success; 1 an output file could not be written (or exists, without --force); 2 a problem with the input or the arguments.</source>
        <translation>城市发展公报仪表盘：关键数据、亮点章节以及与全省的比较。

不指定文件时打开内置公报（衡阳，2020年1—6月）。
无界面模式（--export-data、--export-charts、--brief、--list-sections）无需显示器。

退出状态：0 成功；1 无法写入输出文件（或文件已存在且未指定 --force）；2 输入或参数有误。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="103"/>
        <source>--format, --scale and --size go with --export-charts DIR</source>
        <translation>--format、--scale 和 --size 须与 --export-charts DIR 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="108"/>
        <source>--export-charts cannot be combined with --export-data, --brief or --list-sections</source>
        <translation>--export-charts 不能与 --export-data、--brief 或 --list-sections 同时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="113"/>
        <source>--export-charts needs a folder</source>
        <translation>--export-charts 需要一个文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="120"/>
        <source>--format: expected png, svg or pdf separated by commas, found &quot;%1&quot;</source>
        <translation>--format：应为以逗号分隔的 png、svg 或 pdf，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="131"/>
        <source>--scale: expected a number above 0 and at most 8, found &quot;%1&quot;</source>
        <translation>--scale：应为大于 0 且不超过 8 的数，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="139"/>
        <source>--size: expected WIDTHxHEIGHT in pixels such as 900x500, found &quot;%1&quot;</source>
        <translation>--size：应为“宽x高”像素，例如 900x500，实际为“%1”</translation>
    </message>
</context>
<context>
    <name>CsvBulletinReader</name>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="55"/>
        <source>expected a finite number, found &quot;%1&quot;</source>
        <translation>应为有限数值，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="69"/>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation>应为整数，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="88"/>
        <source>expected true or false, found &quot;%1&quot;</source>
        <translation>应为 true 或 false，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="136"/>
        <source>text is neither UTF-8 nor GB18030</source>
        <translation>文本既不是 UTF-8 编码，也不是 GB18030 编码</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="146"/>
        <source>the file is empty (expected a header row: %1)</source>
        <translation>文件为空（应有表头行：%1）</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="158"/>
        <source>the header names this column twice</source>
        <translation>表头中此列出现了两次</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="170"/>
        <source>the header lacks column(s) %1 (expected: %2)</source>
        <translation>表头缺少列 %1（应有：%2）</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="190"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>应与表头一样有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="196"/>
        <source>expected a section title, found an empty field</source>
        <translation>应为章节标题，实际为空字段</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="200"/>
        <source>expected an indicator name, found an empty field</source>
        <translation>应为指标名称，实际为空字段</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="243"/>
        <source>the table has a header but no indicator rows</source>
        <translation>表格只有表头，没有指标行</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <location filename="../models/csvtable.cpp" line="67"/>
        <source>unexpected quote inside a field (quote the whole field and double the quotes inside it)</source>
        <translation>字段中出现意外的引号（请用引号括起整个字段，并把字段内的每个引号写成两个）</translation>
    </message>
    <message>
        <location filename="../models/csvtable.cpp" line="85"/>
        <source>unexpected text after a closing quote</source>
        <translation>右引号后出现意外的文本</translation>
    </message>
    <message>
        <location filename="../models/csvtable.cpp" line="97"/>
        <source>quoted field is never closed</source>
        <translation>带引号的字段缺少结束引号</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="63"/>
        <source>--sections: no section with id &quot;%1&quot;; valid ids: %2</source>
        <translation>--sections：没有 id 为“%1”的章节；有效的 id：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="103"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>IndicatorSearchPanel</name>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="68"/>
        <source>Search indicators (Ctrl+F)</source>
        <translation>搜索指标（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="69"/>
        <source>Search indicators</source>
        <translation>搜索指标</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="70"/>
        <source>Compared with the province</source>
        <translation>有全省对比</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="71"/>
        <source>Ranked in the province</source>
        <translation>有全省排名</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="72"/>
        <source>Matching indicators</source>
        <translation>匹配的指标</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="92"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n 个指标</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonBulletinReader</name>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="23"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="25"/>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="27"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="29"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="31"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="35"/>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="65"/>
        <source>missing required field (expected a string)</source>
        <translation>缺少必填字段（应为字符串）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="70"/>
        <location filename="../models/jsonbulletinreader.cpp" line="147"/>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="82"/>
        <source>expected a number, found %1</source>
        <translation>应为数值，实际为%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="87"/>
        <source>expected a finite number</source>
        <translation>应为有限数值</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="98"/>
        <source>missing required field (expected an integer)</source>
        <translation>缺少必填字段（应为整数）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="105"/>
        <source>expected an integer, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="117"/>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="128"/>
        <source>missing required field (expected an array)</source>
        <translation>缺少必填字段（应为数组）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="132"/>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="174"/>
        <location filename="../models/jsonbulletinreader.cpp" line="195"/>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="187"/>
        <source>expected format version %1, found %2</source>
        <translation>格式版本应为 %1，实际为 %2</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="194"/>
        <source>missing required field (expected an object)</source>
        <translation>缺少必填字段（应为对象）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="246"/>
        <source>expected at least 1, found %1</source>
        <translation>应至少为 1，实际为 %1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="397"/>
        <source>invalid UTF-8 (the file must be UTF-8 encoded)</source>
        <translation>无效的 UTF-8（文件必须采用 UTF-8 编码）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="405"/>
        <source>the file is empty (expected a JSON object)</source>
        <translation>文件为空（应为 JSON 对象）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="416"/>
        <source>JSON syntax error: %1</source>
        <translation>JSON 语法错误：%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="423"/>
        <source>expected a JSON object at the top level, found an array</source>
        <translation>顶层应为 JSON 对象，实际为数组</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="431"/>
        <source>JSON syntax error: invalid escape sequence (JSON allows \&quot;, \\, \/, \b, \f, \n, \r, \t and \uXXXX)</source>
        <translation>JSON 语法错误：无效的转义序列（JSON 只允许 \&quot;、\\、\/、\b、\f、\n、\r、\t 和 \uXXXX）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="439"/>
        <source>the field is given twice in one object (which one counts would be a guess)</source>
        <translation>同一对象中此字段出现了两次（无法确定以哪一个为准）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="21"/>
        <source>null</source>
        <translation>空值 null</translation>
    </message>
</context>
<context>
    <name>KeyFigureCard</name>
    <message>
        <location filename="../app/ui/keyfigurecard.cpp" line="71"/>
        <source>Key figure %1: %2 %3. %4</source>
        <translation>关键数据 %1：%2 %3。%4</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="69"/>
        <location filename="../app/ui/mainwindow.cpp" line="537"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="97"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="99"/>
        <source>&amp;Open bulletin…</source>
        <translation>打开公报(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="101"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="105"/>
        <source>&amp;Export data…</source>
        <translation>导出数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="122"/>
        <location filename="../app/ui/mainwindow.cpp" line="448"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="128"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="129"/>
        <source>&amp;Search indicators</source>
        <translation>搜索指标(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="137"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="139"/>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="140"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="140"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="141"/>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="161"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="184"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="185"/>
        <source>&amp;About Bulletin Dashboard</source>
        <translation>关于发展公报仪表盘(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="186"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="188"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="503"/>
        <source>%1 · %n section(s)</source>
        <translation>
            <numerusform>%1 · %n 个章节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="453"/>
        <location filename="../app/ui/mainwindow.cpp" line="504"/>
        <source>Built-in bulletin</source>
        <translation>内置公报</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="505"/>
        <source> · %n indicator(s)</source>
        <translation>
            <numerusform> · %n 个指标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="220"/>
        <source>Cannot open bulletin</source>
        <translation>无法打开公报</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="221"/>
        <source>The bulletin on screen is unchanged.

%1</source>
        <translation>当前显示的公报保持不变。

%1</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="225"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="241"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="422"/>
        <source>Open bulletin</source>
        <translation>打开公报</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="422"/>
        <source>Bulletins (*.json *.csv);;JSON (*.json);;CSV (*.csv)</source>
        <translation>公报 (*.json *.csv);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="436"/>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="437"/>
        <source>CSV table (*.csv);;Bulletin JSON (*.json)</source>
        <translation>CSV 表格 (*.csv);;公报 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="446"/>
        <source>Cannot export data</source>
        <translation>无法导出数据</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="456"/>
        <source>About Bulletin Dashboard</source>
        <translation>关于发展公报仪表盘</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="457"/>
        <source>&lt;h3&gt;Bulletin Dashboard %1&lt;/h3&gt;&lt;p&gt;Key figures, highlight sections and comparisons with the province from a city&apos;s development bulletin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data source:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Provincial values marked * are derived from the gap the text states.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;发展公报仪表盘 %1&lt;/h3&gt;&lt;p&gt;展示城市发展公报的关键数据、亮点章节以及与全省的比较。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据来源：&lt;/b&gt;%2&lt;/p&gt;&lt;p&gt;标有 * 的全省数值由文中所述差值推算。&lt;/p&gt;&lt;p&gt;基于 Qt %3 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="149"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="166"/>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="170"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="175"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="180"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="75"/>
        <source>Period: %1</source>
        <translation>时期：%1</translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="76"/>
        <source>Newspaper: %1</source>
        <translation>报纸：%1</translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="77"/>
        <source>not named in the text</source>
        <translation>原文未注明</translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="78"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="78"/>
        <source>not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="80"/>
        <source>Reporter: %1</source>
        <translation>记者：%1</translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="82"/>
        <source>SYNTHETIC TEST DATA</source>
        <translation>合成测试数据</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../app/ui/presenterwindow.cpp" line="76"/>
        <source>Presenter mode — %1</source>
        <translation>演示模式 — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/presenterwindow.cpp" line="128"/>
        <source>Slide %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="46"/>
        <source>Select an indicator to see the sentence it comes from.</source>
        <translation>选择一个指标，即可查看其出处原句。</translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="62"/>
        <source>Indicators of %1</source>
        <translation>%1的指标</translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="173"/>
        <source> The provincial value is derived from the gap the text states.</source>
        <translation>全省数值由文中所述差值推算。</translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="174"/>
        <source>Source: “%1”</source>
        <translation>出处：“%1”</translation>
    </message>
</context>
<context>
    <name>SectionTextView</name>
    <message>
        <location filename="../app/ui/sectiontextview.cpp" line="20"/>
        <source>Section text</source>
        <translation>章节正文</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <location filename="../models/textdecoder.cpp" line="93"/>
        <source>the file is UTF-16 text (as Excel&apos;s &quot;Unicode Text&quot; writes); save it as UTF-8</source>
        <translation>文件是 UTF-16 文本（Excel 的“Unicode 文本”格式即是如此）；请另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../models/textdecoder.cpp" line="101"/>
        <source>a NUL byte: the file holds binary data or UTF-16 text, not UTF-8</source>
        <translation>出现 NUL 字节：文件包含二进制数据或 UTF-16 文本，而不是 UTF-8</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="89"/>
        <source>Cannot open bulletin</source>
        <translation>无法打开公报</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请运行“%1 --help”查看帮助。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>the settings file %1 is damaged; what cannot be read is ignored, and the file is rewritten when settings are next saved</source>
        <translation>设置文件 %1 已损坏；无法读取的部分将被忽略，下次保存设置时会重写该文件</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); the window cannot be shown. Headless modes such as --export-data work without one.</source>
        <translation>没有显示环境（DISPLAY 和 WAYLAND_DISPLAY 均未设置），无法显示窗口。--export-data 等无界面模式无需显示环境即可运行。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="98"/>
        <source>no section with id &quot;%1&quot;; see --list-sections</source>
        <translation>没有 id 为“%1”的章节；请参阅 --list-sections</translation>
    </message>
</context>
</TS>
