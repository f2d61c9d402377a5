<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../models/import/articlereader.cpp" line="70"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="72"/>
        <source>is a folder, not an article</source>
        <translation>这是一个文件夹，不是文章</translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="75"/>
        <source>is not a regular file (a pipe, a device or a socket)</source>
        <translation>不是普通文件（而是管道、设备或套接字）</translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="77"/>
        <location filename="../models/import/articlereader.cpp" line="85"/>
        <source>the file is larger than %1 MiB; no article is that long</source>
        <translation>文件大于 %1 MiB；文章不会有这么长</translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="80"/>
        <location filename="../models/import/articlereader.cpp" line="83"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="97"/>
        <location filename="../models/import/articlereader.cpp" line="135"/>
        <source>the article is empty</source>
        <translation>文章为空</translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="101"/>
        <source>a Word 97–2003 document (.doc) or another OLE file, which cannot be read; save it as .docx or as text</source>
        <translation>这是 Word 97–2003 文档（.doc）或其他 OLE 文件，无法读取；请另存为 .docx 或文本</translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="104"/>
        <source>a PDF file, which cannot be read; save the article as text, a web page or .docx</source>
        <translation>这是 PDF 文件，无法读取；请将文章另存为文本、网页或 .docx</translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="106"/>
        <source>an RTF file, which cannot be read; save it as .docx or as text</source>
        <translation>这是 RTF 文件，无法读取；请另存为 .docx 或文本</translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="116"/>
        <source>the document holds no text</source>
        <translation>文档中没有文字</translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="123"/>
        <source>the text is neither UTF-8 nor GB18030</source>
        <translation>文本既不是 UTF-8 编码，也不是 GB18030 编码</translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="129"/>
        <source>no article text was found in the page</source>
        <translation>网页中未找到文章正文</translation>
    </message>
</context>
<context>
    <name>ArticleReviewPanel</name>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="25"/>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="61"/>
        <source>Accept every figure</source>
        <translation>接受全部数据</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="108"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="108"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="108"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="108"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="109"/>
        <source>Figures found in the article</source>
        <translation>文章中识别出的数据</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="110"/>
        <source>The article</source>
        <translation>文章原文</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="112"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="114"/>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="116"/>
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="167"/>
        <source>No figure was made of this number: check it</source>
        <translation>此数字未被识别为数据，请核对</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="171"/>
        <source>Not a figure: %1</source>
        <translation>不作为数据：%1</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="229"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="230"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="231"/>
        <source>to review</source>
        <translation>待审核</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../models/atomicfile.cpp" line="30"/>
        <source>%1: is a symbolic link; it was not written through</source>
        <translation>%1：这是一个符号链接，未通过它写入</translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="33"/>
        <location filename="../models/atomicfile.cpp" line="69"/>
        <source>%1: is a symbolic link to a file that does not exist; it was not created</source>
        <translation>%1：这是指向不存在文件的符号链接，未创建该文件</translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="36"/>
        <source>%1: is a folder</source>
        <translation>%1：这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="38"/>
        <source>%1: is not a regular file (a pipe, a device or a socket)</source>
        <translation>%1：不是普通文件（而是管道、设备或套接字）</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation type="vanished">%1：不是普通文件</translation>
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
        <location filename="../models/atomicfile.cpp" line="78"/>
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
        <location filename="../app/ui/briefingdialog.cpp" line="23"/>
        <source>Briefing contents</source>
        <translation>简报内容</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="25"/>
        <source>The first page (title, key figures and the comparison with the province) is always printed. Choose what follows it.</source>
        <translation>首页（标题、关键数据及与全省的比较）总会打印。请选择其后的内容。</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="30"/>
        <source>&amp;Sections</source>
        <translation>章节(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="45"/>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="46"/>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="57"/>
        <source>For each section</source>
        <translation>每个章节包括</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="58"/>
        <source>Full &amp;text</source>
        <translation>全文(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="60"/>
        <source>&amp;Charts (also those of the first page)</source>
        <translation>图表（含首页图表）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="62"/>
        <source>Indicator &amp;tables</source>
        <translation>指标表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="69"/>
        <source>Masthead</source>
        <translation>报头</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="72"/>
        <source>e.g. Hengyang Municipal Bureau of Statistics</source>
        <translation>例如：衡阳市统计局</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="75"/>
        <source>e.g. 12</source>
        <translation>例如：12</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="76"/>
        <source>A number is printed as 第12期 (No. 12 in English); other wording as written.</source>
        <translation>数字印为“第12期”（英文为 No. 12）；其他写法按原样印出。</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="78"/>
        <source>Issuing un&amp;it:</source>
        <translation>发文单位(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="79"/>
        <source>Issue nu&amp;mber:</source>
        <translation>期号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="80"/>
        <source>Left out of the masthead when empty.</source>
        <translation>留空则报头中不印。</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="85"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="86"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="91"/>
        <source>Sans</source>
        <translation>黑体</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="92"/>
        <source>Serif</source>
        <translation>宋体</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="94"/>
        <source>The serif face (AR PL UMing) is not installed: the body is set in the sans face. Install fonts-arphic-uming to print it in serif.</source>
        <translation>未安装宋体字体（AR PL UMing）：正文将使用黑体。安装 fonts-arphic-uming 后即可用宋体打印。</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="101"/>
        <source>For a black-and-white &amp;printer (city and province told apart by pattern)</source>
        <translation>适合黑白打印机(&amp;P)（以图案区分本市与全省）</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="106"/>
        <source>&amp;Headings, header and footer in:</source>
        <translation>标题、页眉和页脚语言(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="107"/>
        <source>&amp;Body face:</source>
        <translation>正文字体(&amp;B)：</translation>
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
        <location filename="../models/chartdatamodel.cpp" line="361"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../models/chartdatamodel.cpp" line="363"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>Bulletin::DocumentEditor</name>
    <message>
        <location filename="../models/documenteditor.cpp" line="596"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="621"/>
        <location filename="../models/documenteditor.cpp" line="652"/>
        <location filename="../models/documenteditor.cpp" line="670"/>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="685"/>
        <source>Edit %1 of key figure %2</source>
        <translation>编辑关键数据 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="696"/>
        <location filename="../models/documenteditor.cpp" line="1114"/>
        <source>New section</source>
        <translation>新章节</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="699"/>
        <source>Add section</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="729"/>
        <source>Duplicate section</source>
        <translation>创建章节副本</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="753"/>
        <source>Remove section</source>
        <translation>删除章节</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="763"/>
        <source>Move section</source>
        <translation>移动章节</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="777"/>
        <location filename="../models/documenteditor.cpp" line="1117"/>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="781"/>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="798"/>
        <source>Duplicate indicator</source>
        <translation>创建指标副本</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="817"/>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="841"/>
        <source>Move indicator</source>
        <translation>移动指标</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="856"/>
        <source>New chart</source>
        <translation>新图表</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="859"/>
        <source>Add chart</source>
        <translation>添加图表</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="872"/>
        <source>Remove chart</source>
        <translation>删除图表</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="885"/>
        <source>Move chart</source>
        <translation>移动图表</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="895"/>
        <source>New key figure</source>
        <translation>新关键数据</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="905"/>
        <source>Add key figure</source>
        <translation>添加关键数据</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="918"/>
        <source>Remove key figure</source>
        <translation>删除关键数据</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="930"/>
        <source>Move key figure</source>
        <translation>移动关键数据</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="970"/>
        <source>Bulletin</source>
        <translation>公报</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="973"/>
        <source>Key figure %1</source>
        <translation>关键数据 %1</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="1003"/>
        <source>expected a text, found an empty one</source>
        <translation>应为文本，实际为空</translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="1109"/>
        <source>New bulletin</source>
        <translation>新公报</translation>
    </message>
</context>
<context>
    <name>Bulletin::IndicatorTableModel</name>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="238"/>
        <source>Derived from the stated gap: %1</source>
        <translation>由文中所述差值推算：%1</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="275"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="277"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="279"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="281"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="283"/>
        <source>Province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="285"/>
        <source>Gap</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="287"/>
        <source>Rank</source>
        <translation>全省排名</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="289"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="291"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Bulletin::SectionTreeModel</name>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="421"/>
        <source>Section / indicator</source>
        <translation>章节 / 指标</translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="423"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="425"/>
        <source>Province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="427"/>
        <source>Gap</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="429"/>
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
        <source>is not a regular file (a pipe, a device or a socket); only files are read</source>
        <translation>不是普通文件（而是管道、设备或套接字）；只读取普通文件</translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="46"/>
        <source>the file is %1 MiB; bulletins larger than %2 MiB are refused</source>
        <translation>文件大小为 %1 MiB；不接受大于 %2 MiB 的公报</translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="51"/>
        <location filename="../models/bulletinloader.cpp" line="57"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="55"/>
        <source>bulletins larger than %1 MiB are refused</source>
        <translation>不接受大于 %1 MiB 的公报</translation>
    </message>
</context>
<context>
    <name>BulletinValidator</name>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="27"/>
        <source>a bulletin may have at most %1 sections (the window shows a tab for each), found %2</source>
        <translation>一份公报最多可有 %1 个章节（窗口为每个章节显示一个标签页），实际为 %2 个</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="61"/>
        <location filename="../models/bulletinvalidator.cpp" line="79"/>
        <location filename="../models/bulletinvalidator.cpp" line="95"/>
        <location filename="../models/bulletinvalidator.cpp" line="109"/>
        <source>expected an id of letters, digits, &apos;_&apos; or &apos;-&apos;, found &quot;%1&quot;</source>
        <translation>应为由字母、数字、“_”或“-”组成的 id，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="68"/>
        <source>expected a date such as 2020-07-16, found &quot;%1&quot;</source>
        <translation>应为日期（例如 2020-07-16），实际为“%1”</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="82"/>
        <source>duplicate section id &quot;%1&quot; (first used by section %2)</source>
        <translation>章节 id“%1”重复（已由第 %2 个章节使用）</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="98"/>
        <source>duplicate indicator id &quot;%1&quot; (first used at %2)</source>
        <translation>指标 id“%1”重复（首次使用于 %2）</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="111"/>
        <source>duplicate chart id &quot;%1&quot;</source>
        <translation>图表 id“%1”重复</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="121"/>
        <source>expected a finite number</source>
        <translation>应为有限数值</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="124"/>
        <source>expected a number from -1e15 to 1e15, found %1</source>
        <translation>应为 -1e15 至 1e15 之间的数值，实际为 %1</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="139"/>
        <source>expected a share of the target of at least 0 percent, found %1</source>
        <translation>目标完成比例应不低于 0%，实际为 %1</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="143"/>
        <source>expected the sentence the figure comes from, found an empty text</source>
        <translation>应为该数据的出处原句，实际为空</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="146"/>
        <source>expected a value, a value_text or a rank; the indicator has none</source>
        <translation>应有 value、value_text 或 rank；该指标三者皆无</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="149"/>
        <source>rank and rank_of must be given together</source>
        <translation>rank 与 rank_of 必须同时给出</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="152"/>
        <source>expected at least 1 units ranked, found %1</source>
        <translation>参与排名的单位应至少为 1 个，实际为 %1</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="155"/>
        <source>expected a rank within 1..%1, found %2</source>
        <translation>名次应在 1 至 %1 之间，实际为 %2</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="159"/>
        <source>province_derived is true but there is no province_value</source>
        <translation>province_derived 为 true，但没有 province_value</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="172"/>
        <source>a chart needs at least one indicator; chart &quot;%1&quot; has none</source>
        <translation>图表至少需要一个指标；图表“%1”没有指标</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="184"/>
        <source>chart &quot;%1&quot; names unknown indicator &quot;%2&quot;</source>
        <translation>图表“%1”引用了未知指标“%2”</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="190"/>
        <source>a comparison chart needs value and province_value; indicator &quot;%1&quot; lacks them</source>
        <translation>对比图需要 value 和 province_value；指标“%1”缺少这两项</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="196"/>
        <source>a ranking chart needs a rank; indicator &quot;%1&quot; has none</source>
        <translation>排名图需要 rank；指标“%1”没有 rank</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="200"/>
        <source>a bar chart needs a value; indicator &quot;%1&quot; has none</source>
        <translation>柱状图需要 value；指标“%1”没有 value</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="207"/>
        <source>a bar chart needs indicators of one unit; chart &quot;%1&quot; mixes %2</source>
        <translation>柱状图中的指标须为同一单位；图表“%1”混用了 %2</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="219"/>
        <source>expected a number of at least 1, as printed, found %1</source>
        <translation>应为不小于 1 的编号（即刊印的序号），实际为 %1</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="222"/>
        <source>names unknown section &quot;%1&quot;</source>
        <translation>引用了未知章节“%1”</translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="225"/>
        <source>names unknown indicator &quot;%1&quot;</source>
        <translation>引用了未知指标“%1”</translation>
    </message>
</context>
<context>
    <name>BulletinWriter</name>
    <message>
        <location filename="../models/bulletinwriter.cpp" line="344"/>
        <source>%1: is a folder; give a file name ending in .csv or .json</source>
        <translation>%1：这是一个文件夹；请给出以 .csv 或 .json 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="13"/>
        <source>%1: the file exists already; it was not overwritten (use --force to replace it)</source>
        <translation>%1：文件已存在，未被覆盖（如需替换，请使用 --force）</translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="20"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>ChartBatchExporter</name>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="74"/>
        <source>no folder given</source>
        <translation>未指定文件夹</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="77"/>
        <source>%1: is not a folder</source>
        <translation>%1：不是文件夹</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="79"/>
        <source>%1: the folder cannot be created</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="83"/>
        <source>%1: cannot write into this folder: %2</source>
        <translation>%1：无法写入此文件夹：%2</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="91"/>
        <source>no format given</source>
        <translation>未指定格式</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="108"/>
        <source>%1: refusing a file name that leaves the folder</source>
        <translation>%1：拒绝使用指向该文件夹之外的文件名</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="113"/>
        <source>%1: is a symbolic link; nothing was written</source>
        <translation>%1：这是一个符号链接，未写入任何文件</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="119"/>
        <source>%1: exists already, with %2 more of the files to write; nothing was written (use --force to replace them)</source>
        <translation>%1：已存在，待写入的文件中另有 %2 个也已存在；未写入任何文件（如需替换，请使用 --force）</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="123"/>
        <source>%1: is not a file; nothing was written</source>
        <translation>%1：不是文件；未写入任何文件</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="137"/>
        <source>&quot;%1&quot;: only the first %2 of its %3 indicators are drawn</source>
        <translation>“%1”：只绘出了全部 %3 项指标中的前 %2 项</translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="149"/>
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
        <location filename="../app/ui/chartexportactions.cpp" line="78"/>
        <source>This tab has no chart to export.</source>
        <translation>此页没有可导出的图表。</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="103"/>
        <source>Exporting charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="104"/>
        <source>Export all charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="109"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="117"/>
        <source>Cannot export charts</source>
        <translation>无法导出图表</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportactions.cpp" line="118"/>
        <source>%1

%n complete file(s) were written before the problem.</source>
        <translation>
            <numerusform>%1

出错前已写入 %n 个完整文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportactions.cpp" line="122"/>
        <source>Export cancelled; %n complete file(s) kept in %1</source>
        <translation>
            <numerusform>导出已取消；%1 中保留了 %n 个完整文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportactions.cpp" line="124"/>
        <source>Wrote %n chart file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个图表文件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="126"/>
        <location filename="../app/ui/chartexportactions.cpp" line="185"/>
        <source>Labels cut short</source>
        <translation>标签显示不全</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="127"/>
        <source>The charts were written, but at this size some labels do not fit:

%1</source>
        <translation>图表已写入，但在此尺寸下部分标签放不下：

%1</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="144"/>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="145"/>
        <source>Export as &amp;SVG…</source>
        <translation>导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="145"/>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="155"/>
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="159"/>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="179"/>
        <source>Cannot export chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="182"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="186"/>
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
        <location filename="../app/export/chartexporter.cpp" line="85"/>
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
        <location filename="../app/export/chartexporter.cpp" line="195"/>
        <source>%1: the chart could not be rendered at %2×%3 px, scale %4</source>
        <translation>%1：无法以 %2×%3 像素、%4 倍缩放渲染图表</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="vanished">%1：无法写入：%2</translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="236"/>
        <source>the size must be %1 to %2 px a side, not %3x%4</source>
        <translation>每边尺寸须在 %1 至 %2 像素之间，而不是 %3x%4</translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="242"/>
        <source>the scale must be above 0 and at most %1, not %2</source>
        <translation>缩放倍数须大于 0 且不超过 %1，而不是 %2</translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="248"/>
        <source>an image of %1x%2 px is too large (at most %3 px a side and %4 megapixels)</source>
        <translation>%1x%2 像素的图像过大（每边最多 %3 像素，总计最多 %4 百万像素）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="19"/>
        <source>Write every indicator of the bulletin to OUT (.csv: UTF-8 table with BOM; .json: the bulletin format) and exit.</source>
        <translation>将公报的全部指标写入 OUT（.csv：带 BOM 的 UTF-8 表格；.json：公报格式）后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="25"/>
        <source>Replace output files that exist already.</source>
        <translation>覆盖已存在的输出文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="27"/>
        <source>Exit right after the main window is first painted, printing &quot;first paint&quot; (for smoke tests and bench/startup.py).</source>
        <translation>主窗口首次绘制后立即退出，并输出“first paint”（用于冒烟测试和 bench/startup.py）。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="31"/>
        <source>Print the id and title of every section (the IDs --tab accepts) and exit.</source>
        <translation>列出每个章节的标识和标题（即 --tab 接受的 ID）后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="40"/>
        <source>Open the window on the section with id ID.</source>
        <translation>打开窗口并显示标识为 ID 的章节。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="43"/>
        <source>Write a printable briefing sheet of the bulletin to OUT.pdf (A4 portrait unless --paper says otherwise) and exit. Needs no display.</source>
        <translation>将公报的简报写入 OUT.pdf（默认 A4 纵向，可用 --paper 更改）后退出。无需显示器。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48"/>
        <source>With --brief: the sections to include, as ids separated by commas (see --list-sections); default: every section.</source>
        <translation>与 --brief 一起使用：要包含的章节标识，以逗号分隔（见 --list-sections）；默认全部章节。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="53"/>
        <source>With --brief: the paper size, A4 (default) or Letter.</source>
        <translation>与 --brief 一起使用：纸张大小，A4（默认）或 Letter。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="56"/>
        <source>With --brief: set the body text in a Song (Ming) serif face, AR PL UMing (Debian: fonts-arphic-uming); without it installed the sans is used and a warning printed.</source>
        <translation>与 --brief 合用：正文使用宋体（AR PL UMing，Debian 软件包 fonts-arphic-uming）；未安装时使用黑体并给出警告。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="60"/>
        <source>With --brief: for a black-and-white printer; city and province bars differ in pattern and shade.</source>
        <translation>与 --brief 合用：适合黑白打印机；本市与全省的条形以图案和深浅区分。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="63"/>
        <source>With --brief: the issuing unit printed in the masthead.</source>
        <translation>与 --brief 合用：印在报头的发文单位。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="66"/>
        <source>With --brief: the issue printed in the masthead; a number N as 第N期 (No. N in English).</source>
        <translation>与 --brief 合用：印在报头的期号；数字 N 印为“第N期”（英文为 No. N）。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="79"/>
        <source>With --export-charts: PNG pixels per chart pixel, from 0.1 to 8 (default: 2).</source>
        <translation>与 --export-charts 一起使用：PNG 缩放倍数，即每个图表像素对应的 PNG 像素数，0.1 至 8（默认 2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="83"/>
        <source>Draft a bulletin from ARTICLE (plain text in UTF-8 or GB18030, a saved web page or a .docx file): sections, key figures and every figure with the sentence it came from, for review. Needs --output.</source>
        <translation>根据文章 ARTICLE（UTF-8 或 GB18030 编码的纯文本、保存的网页或 .docx 文件）生成公报草稿，包括章节、关键数据以及每项数据及其出处原句，供审核。需配合 --output 使用。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="88"/>
        <source>With --import-article: write the draft bulletin (JSON) to DRAFT.json; an existing file is replaced only with --force.</source>
        <translation>与 --import-article 一起使用：将公报草稿（JSON）写入 DRAFT.json；仅在指定 --force 时覆盖已有文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="93"/>
        <source>With --import-article: print what was found, a line per figure with its sentence, and every number that became no figure, with the reason.</source>
        <translation>与 --import-article 一起使用：输出识别结果，每项数据一行并附出处原句，同时列出未转为数据的每个数字及其原因。</translation>
    </message>
    <message>
        <source>Dashboard of a city&apos;s development bulletin: key figures, highlight sections and comparisons with the province.

Without FILE it opens the built-in bulletin (Hengyang, January–June 2020).
Headless modes (--export-data, --export-charts, --brief, --list-sections, --import-article) need no display.

Exit status: 0 success; 1 an output file could not be written (or exists, without --force); 2 a problem with the input or the arguments.</source>
        <translation type="vanished">城市发展公报仪表盘：关键数据、亮点章节以及与全省的比较。

不指定文件时打开内置公报（衡阳，2020年1—6月）。
无界面模式（--export-data、--export-charts、--brief、--list-sections、--import-article）无需显示器。

退出状态：0 成功；1 无法写入输出文件（或文件已存在且未指定 --force）；2 输入或参数有误。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="134"/>
        <source>A bulletin to open (.json or .csv).</source>
        <translation>要打开的公报（.json 或 .csv）。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="171"/>
        <source>--scale: expected a number from %1 to %2, found &quot;%3&quot;</source>
        <translation>--scale：应为 %1 至 %2 之间的数值，实际为“%3”</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="194"/>
        <source>--output and --import-report go with --import-article</source>
        <translation>--output 和 --import-report 须与 --import-article 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="198"/>
        <source>--import-article reads an article, not a bulletin: it takes no FILE and cannot be combined with --export-data, --export-charts, --brief or --list-sections</source>
        <translation>--import-article 读取的是文章而非公报：不能指定公报文件，也不能与 --export-data、--export-charts、--brief 或 --list-sections 同时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="206"/>
        <source>--import-article needs an article file</source>
        <translation>--import-article 需要一个文章文件</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="208"/>
        <source>--import-article needs --output DRAFT.json</source>
        <translation>--import-article 需要 --output DRAFT.json</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="246"/>
        <source>expected at most one FILE, found %1: %2</source>
        <translation>最多只能指定一个文件，实际为 %1 个：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="267"/>
        <source>--brief needs an output file name</source>
        <translation>--brief 需要输出文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="272"/>
        <source>--sections and --paper go with --brief OUT.pdf</source>
        <translation>--sections 和 --paper 须与 --brief OUT.pdf 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="278"/>
        <source>--serif, --grayscale, --issuer and --issue go with --brief OUT.pdf</source>
        <translation>--serif、--grayscale、--issuer 和 --issue 须与 --brief OUT.pdf 合用</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="290"/>
        <source>--sections needs at least one section id</source>
        <translation>--sections 至少需要一个章节标识</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="302"/>
        <source>--paper: expected A4 or Letter, found &quot;%1&quot;</source>
        <translation>--paper：应为 A4 或 Letter，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="310"/>
        <source>--export-data needs an output file name</source>
        <translation>--export-data 需要输出文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="35"/>
        <source>Interface language: zh (Chinese) or en (English). Default: the system&apos;s, or the last one chosen.</source>
        <translation>界面语言：zh（中文）或 en（英文）。默认跟随系统或上次的选择。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="260"/>
        <source>--lang expects zh or en, found &quot;%1&quot;</source>
        <translation>--lang 应为 zh 或 en，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="70"/>
        <source>Write every chart of the bulletin into DIR (created when missing) as NN-&lt;section&gt;-&lt;chart&gt;.&lt;ext&gt;, print the files written and exit. Existing files are replaced only with --force.</source>
        <translation>将公报的全部图表写入 DIR（不存在时自动创建），文件名为 NN-&lt;章节&gt;-&lt;图表&gt;.&lt;扩展名&gt;，列出写入的文件后退出。仅在指定 --force 时覆盖已有文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="75"/>
        <source>With --export-charts: png, svg and/or pdf, separated by commas (default: png).</source>
        <translation>与 --export-charts 一起使用：png、svg 和/或 pdf，以逗号分隔（默认 png）。</translation>
    </message>
    <message>
        <source>With --export-charts: PNG pixels per chart pixel, above 0 and at most 8 (default: 2).</source>
        <translation type="vanished">与 --export-charts 一起使用：PNG 缩放倍数，大于 0 且不超过 8（默认 2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="97"/>
        <source>With --export-charts: the chart&apos;s size in pixels, 100 to 8000 a side (default: 900x500).</source>
        <translation>与 --export-charts 一起使用：图表尺寸（像素），每边 100 至 8000（默认 900x500）。</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="104"/>
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
        <location filename="../app/cli/commandline.cpp" line="142"/>
        <source>--format, --scale and --size go with --export-charts DIR</source>
        <translation>--format、--scale 和 --size 须与 --export-charts DIR 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="147"/>
        <source>--export-charts cannot be combined with --export-data, --brief or --list-sections</source>
        <translation>--export-charts 不能与 --export-data、--brief 或 --list-sections 同时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="152"/>
        <source>--export-charts needs a folder</source>
        <translation>--export-charts 需要一个文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="159"/>
        <source>--format: expected png, svg or pdf separated by commas, found &quot;%1&quot;</source>
        <translation>--format：应为以逗号分隔的 png、svg 或 pdf，实际为“%1”</translation>
    </message>
    <message>
        <source>--scale: expected a number above 0 and at most 8, found &quot;%1&quot;</source>
        <translation type="vanished">--scale：应为大于 0 且不超过 8 的数，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="180"/>
        <source>--size: expected WIDTHxHEIGHT in pixels such as 900x500, found &quot;%1&quot;</source>
        <translation>--size：应为“宽x高”像素，例如 900x500，实际为“%1”</translation>
    </message>
</context>
<context>
    <name>CsvBulletinReader</name>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="69"/>
        <source>expected a finite number, found &quot;%1&quot;</source>
        <translation>应为有限数值，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="83"/>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation>应为整数，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="102"/>
        <source>expected true or false, found &quot;%1&quot;</source>
        <translation>应为 true 或 false，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="127"/>
        <source>expected a number with a decimal point, found &quot;%1&quot;: a decimal comma is not read (write %2)</source>
        <translation>应为使用小数点的数值，实际为“%1”：不识别以逗号表示的小数（请写作 %2）</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="131"/>
        <source>expected a finite number, found &quot;%1&quot;: a comma may only separate thousands, as in 1,234.5</source>
        <translation>应为有限数值，实际为“%1”：逗号只能用作千位分隔符，例如 1,234.5</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="137"/>
        <source>&quot;%1&quot; could be %2 or %3: no number in the file has a decimal point to tell whether the comma separates thousands or decimals (write the number without the comma)</source>
        <translation>“%1”可能是 %2，也可能是 %3：文件中没有带小数点的数值，无法判断逗号是千位分隔符还是小数点（请去掉该数值中的逗号）</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="218"/>
        <source>text is neither UTF-8 nor GB18030</source>
        <translation>文本既不是 UTF-8 编码，也不是 GB18030 编码</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="228"/>
        <source>the file is empty (expected a header row: %1)</source>
        <translation>文件为空（应有表头行：%1）</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="240"/>
        <source>the header names this column twice</source>
        <translation>表头中此列出现了两次</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="252"/>
        <source>the header lacks column(s) %1 (expected: %2)</source>
        <translation>表头缺少列 %1（应有：%2）</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="294"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>应与表头一样有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="300"/>
        <source>expected a section title, found an empty field</source>
        <translation>应为章节标题，实际为空字段</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="304"/>
        <source>expected an indicator name, found an empty field</source>
        <translation>应为指标名称，实际为空字段</translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="360"/>
        <source>the table has a header but no indicator rows</source>
        <translation>表格只有表头，没有指标行</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <location filename="../models/csvtable.cpp" line="42"/>
        <source>a byte-order mark (U+FEFF) inside the text, invisible, as joining two files leaves it; delete it</source>
        <translation>文本中有一个不可见的字节顺序标记（U+FEFF），通常是合并两个文件时留下的；请将其删除</translation>
    </message>
    <message>
        <location filename="../models/csvtable.cpp" line="76"/>
        <source>unexpected quote inside a field (quote the whole field and double the quotes inside it)</source>
        <translation>字段中出现意外的引号（请用引号括起整个字段，并把字段内的每个引号写成两个）</translation>
    </message>
    <message>
        <location filename="../models/csvtable.cpp" line="94"/>
        <source>unexpected text after a closing quote</source>
        <translation>右引号后出现意外的文本</translation>
    </message>
    <message>
        <location filename="../models/csvtable.cpp" line="106"/>
        <source>quoted field is never closed</source>
        <translation>带引号的字段缺少结束引号</translation>
    </message>
</context>
<context>
    <name>DocxArticleExtractor</name>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="32"/>
        <source>not a readable ZIP archive, as a .docx file is (damaged or cut short?)</source>
        <translation>不是可读取的 ZIP 压缩包（.docx 文件应为 ZIP 压缩包；文件是否已损坏或不完整？）</translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="34"/>
        <source>a ZIP archive without word/document.xml: not a Word document</source>
        <translation>ZIP 压缩包中没有 word/document.xml：不是 Word 文档</translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="37"/>
        <source>word/document.xml cannot be unpacked (error %1)</source>
        <translation>无法解压 word/document.xml（错误 %1）</translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="44"/>
        <source>word/document.xml cannot be unpacked: %1</source>
        <translation>无法解压 word/document.xml：%1</translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="50"/>
        <source>word/document.xml unpacks to more than %1 MiB; it was not read</source>
        <translation>word/document.xml 解压后超过 %1 MiB，未读取</translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="58"/>
        <source>word/document.xml is damaged (ZIP error %1)</source>
        <translation>word/document.xml 已损坏（ZIP 错误 %1）</translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="88"/>
        <source>word/document.xml:%1:%2: %3</source>
        <translation>word/document.xml:%1:%2：%3</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../app/ui/editsession.cpp" line="84"/>
        <source>&amp;Edit mode</source>
        <translation>编辑模式(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="85"/>
        <source>Edit the bulletin: its fields, sections, indicators, charts and key figures</source>
        <translation>编辑公报的字段、章节、指标、图表和关键数据</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="86"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="87"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="88"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="89"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="109"/>
        <source>Built-in bulletin</source>
        <translation>内置公报</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="109"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="128"/>
        <location filename="../app/ui/editsession.cpp" line="151"/>
        <source>Cannot save bulletin</source>
        <translation>无法保存公报</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="143"/>
        <source>Save bulletin as</source>
        <translation>将公报另存为</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="143"/>
        <source>Bulletin JSON (*.json);;CSV table (*.csv)</source>
        <translation>公报 JSON (*.json);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="161"/>
        <source>There is no bulletin to save.</source>
        <translation>没有可保存的公报。</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="179"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="180"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有尚未保存的更改。是否保存？</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../app/ui/fieldform.cpp" line="78"/>
        <source>Comparison with the province</source>
        <translation>全省对比图</translation>
    </message>
    <message>
        <location filename="../app/ui/fieldform.cpp" line="79"/>
        <source>Ranking</source>
        <translation>排名图</translation>
    </message>
    <message>
        <location filename="../app/ui/fieldform.cpp" line="80"/>
        <source>Bars</source>
        <translation>柱状图</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="70"/>
        <source>--sections: no section with id &quot;%1&quot;; valid ids: %2</source>
        <translation>--sections：没有 id 为“%1”的章节；有效的 id：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="87"/>
        <source>--serif: the serif face (AR PL UMing, Debian package fonts-arphic-uming) is not installed; the body is set in the sans face</source>
        <translation>--serif：未安装宋体字体（AR PL UMing，Debian 软件包 fonts-arphic-uming）；正文使用黑体</translation>
    </message>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="119"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="151"/>
        <source>%1: a draft of %2 sections and %3 indicators; %4 numbers were not recognised as figures (--import-report lists them)</source>
        <translation>%1：草稿含 %2 个章节、%3 个指标；%4 个数字未能识别为数据（--import-report 可列出）</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../models/import/importreport.cpp" line="41"/>
        <source>%1: %2 sections, %3 indicators, %4 key figures; %5 numbers became no figure, %6 of them unrecognised</source>
        <translation>%1：%2 个章节，%3 个指标，%4 项关键数据；%5 个数字未转为数据，其中 %6 个未能识别</translation>
    </message>
    <message>
        <location filename="../models/import/importreport.cpp" line="50"/>
        <source>title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <location filename="../models/import/importreport.cpp" line="52"/>
        <source>region: %1; period: %2; compared with: %3 (%4 units)</source>
        <translation>地区：%1；时期：%2；比较对象：%3（%4 个单位）</translation>
    </message>
    <message>
        <location filename="../models/import/importreport.cpp" line="57"/>
        <source>section %1: %2 (%3 indicators)</source>
        <translation>章节 %1：%2（%3 个指标）</translation>
    </message>
    <message>
        <location filename="../models/import/importreport.cpp" line="60"/>
        <source>Figures (indicator, kind, as written, name: what the draft holds, sentence):</source>
        <translation>数据（指标、类型、原文写法、名称：草稿所记内容、原句）：</translation>
    </message>
    <message>
        <location filename="../models/import/importreport.cpp" line="70"/>
        <source>Numbers that became no figure (reason, as written, sentence):</source>
        <translation>未转为数据的数字（原因、原文写法、原句）：</translation>
    </message>
</context>
<context>
    <name>IndicatorSearchPanel</name>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="89"/>
        <source>Search indicators (Ctrl+F)</source>
        <translation>搜索指标（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="90"/>
        <source>Search indicators</source>
        <translation>搜索指标</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="91"/>
        <source>Compared with the province</source>
        <translation>有全省对比</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="92"/>
        <source>Ranked in the province</source>
        <translation>有全省排名</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="93"/>
        <source>Matching indicators</source>
        <translation>匹配的指标</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="117"/>
        <source>No indicator has what the ticked boxes ask for.</source>
        <translation>没有符合所勾选条件的指标。</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="119"/>
        <source>No indicator matches “%1” and has what the ticked boxes ask for.</source>
        <translation>没有与“%1”匹配且符合所勾选条件的指标。</translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="120"/>
        <source>No indicator matches “%1”.</source>
        <translation>没有与“%1”匹配的指标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="125"/>
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
        <location filename="../models/jsonbulletinreader.cpp" line="105"/>
        <source>missing required field (expected a string)</source>
        <translation>缺少必填字段（应为字符串）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="109"/>
        <location filename="../models/jsonbulletinreader.cpp" line="206"/>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="122"/>
        <source>expected a number, found %1</source>
        <translation>应为数值，实际为%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="127"/>
        <source>expected a finite number</source>
        <translation>应为有限数值</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="138"/>
        <source>missing required field (expected an integer)</source>
        <translation>缺少必填字段（应为整数）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="145"/>
        <source>expected an integer, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="149"/>
        <source>expected an integer of at most %1, found %2</source>
        <translation>应为不超过 %1 的整数，实际为 %2</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="161"/>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="172"/>
        <source>missing required field (expected an array)</source>
        <translation>缺少必填字段（应为数组）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="176"/>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="191"/>
        <source>unknown field &quot;%1&quot; (the fields here are %2)</source>
        <translation>未知字段“%1”（此处的字段为 %2）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="193"/>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知字段“%1”；是否应为“%2”？</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="234"/>
        <location filename="../models/jsonbulletinreader.cpp" line="255"/>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="247"/>
        <source>expected format version %1, found %2</source>
        <translation>格式版本应为 %1，实际为 %2</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="254"/>
        <source>missing required field (expected an object)</source>
        <translation>缺少必填字段（应为对象）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="309"/>
        <source>expected at least 1, found %1</source>
        <translation>应至少为 1，实际为 %1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="352"/>
        <source>expected &quot;comparison&quot;, &quot;ranking&quot; or &quot;bars&quot;, found &quot;%1&quot;</source>
        <translation>应为“comparison”、“ranking”或“bars”，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="473"/>
        <source>invalid UTF-8 (the file must be UTF-8 encoded)</source>
        <translation>无效的 UTF-8（文件必须采用 UTF-8 编码）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="481"/>
        <source>the file is empty (expected a JSON object)</source>
        <translation>文件为空（应为 JSON 对象）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="492"/>
        <source>JSON syntax error: %1</source>
        <translation>JSON 语法错误：%1</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="499"/>
        <source>expected a JSON object at the top level, found an array</source>
        <translation>顶层应为 JSON 对象，实际为数组</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="507"/>
        <source>JSON syntax error: invalid escape sequence (JSON allows \&quot;, \\, \/, \b, \f, \n, \r, \t and \uXXXX)</source>
        <translation>JSON 语法错误：无效的转义序列（JSON 只允许 \&quot;、\\、\/、\b、\f、\n、\r、\t 和 \uXXXX）</translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="515"/>
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
        <location filename="../app/ui/keyfigurecard.cpp" line="174"/>
        <source>Key figure %1: %2 %3. %4</source>
        <translation>关键数据 %1：%2 %3。%4</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="139"/>
        <location filename="../app/ui/mainwindow.cpp" line="912"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="147"/>
        <location filename="../app/ui/mainwindow.cpp" line="914"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="181"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="183"/>
        <source>&amp;New bulletin</source>
        <translation>新建公报(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="187"/>
        <source>&amp;Open bulletin…</source>
        <translation>打开公报(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="189"/>
        <source>&amp;Import article…</source>
        <translation>导入文章(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="191"/>
        <source>Import article</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="192"/>
        <source>Articles (*.txt *.html *.htm *.docx);;Text (*.txt);;Web page (*.html *.htm);;Word (*.docx)</source>
        <translation>文章 (*.txt *.html *.htm *.docx);;文本 (*.txt);;网页 (*.html *.htm);;Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="200"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="207"/>
        <source>&amp;Export data…</source>
        <translation>导出数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="224"/>
        <location filename="../app/ui/mainwindow.cpp" line="821"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="227"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="230"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="239"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="240"/>
        <source>&amp;Search indicators</source>
        <translation>搜索指标(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="249"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="251"/>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="252"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="252"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="253"/>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="273"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="296"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="297"/>
        <source>&amp;About Bulletin Dashboard</source>
        <translation>关于发展公报仪表盘(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="298"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="300"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="389"/>
        <source> (%n problem(s))</source>
        <translation>
            <numerusform>（%n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="409"/>
        <source>Edit mode: every change can be undone (Ctrl+Z)</source>
        <translation>编辑模式：所有更改均可撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="409"/>
        <source>Browsing</source>
        <translation>浏览模式</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="460"/>
        <source>Cannot import article</source>
        <translation>无法导入文章</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="469"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="481"/>
        <source>Imported %1: %n figure(s) to review</source>
        <translation>
            <numerusform>已导入 %1：%n 项数据待审核</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="496"/>
        <source>a bulletin</source>
        <translation>一份公报</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="497"/>
        <source>Unsaved edits of %1 from %2 were kept when the program last stopped.</source>
        <translation>程序上次停止运行时，保留了 %2 对 %1 所做的未保存编辑。</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="502"/>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="504"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="515"/>
        <source>Cannot recover edits</source>
        <translation>无法恢复编辑内容</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="532"/>
        <source>Open as a draft?</source>
        <translation>以草稿打开？</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="533"/>
        <source>%1 has problems to correct:

%2

Open it in edit mode as a draft?</source>
        <translation>%1 存在需要更正的问题：

%2

是否在编辑模式下将其作为草稿打开？</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="877"/>
        <source>%1 · %n section(s)</source>
        <translation>
            <numerusform>%1 · %n 个章节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="826"/>
        <source>Built-in bulletin</source>
        <translation>内置公报</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="878"/>
        <source> · %n indicator(s)</source>
        <translation>
            <numerusform> · %n 个指标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="541"/>
        <source>Cannot open bulletin</source>
        <translation>无法打开公报</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="109"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="113"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="122"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="128"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="461"/>
        <location filename="../app/ui/mainwindow.cpp" line="542"/>
        <source>The bulletin on screen is unchanged.

%1</source>
        <translation>当前显示的公报保持不变。

%1</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="546"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="574"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="795"/>
        <source>Open bulletin</source>
        <translation>打开公报</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="795"/>
        <source>Bulletins (*.json *.csv);;JSON (*.json);;CSV (*.csv)</source>
        <translation>公报 (*.json *.csv);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="809"/>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="810"/>
        <source>CSV table (*.csv);;Bulletin JSON (*.json)</source>
        <translation>CSV 表格 (*.csv);;公报 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="819"/>
        <source>Cannot export data</source>
        <translation>无法导出数据</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="829"/>
        <source>About Bulletin Dashboard</source>
        <translation>关于发展公报仪表盘</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="830"/>
        <source>&lt;h3&gt;Bulletin Dashboard %1&lt;/h3&gt;&lt;p&gt;Key figures, highlight sections and comparisons with the province from a city&apos;s development bulletin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data source:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Provincial values marked * are derived from the gap the text states.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;发展公报仪表盘 %1&lt;/h3&gt;&lt;p&gt;展示城市发展公报的关键数据、亮点章节以及与全省的比较。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据来源：&lt;/b&gt;%2&lt;/p&gt;&lt;p&gt;标有 * 的全省数值由文中所述差值推算。&lt;/p&gt;&lt;p&gt;基于 Qt %3 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="261"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="278"/>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="282"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="287"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="292"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="55"/>
        <location filename="../app/ui/mainwindow.cpp" line="900"/>
        <source>Bulletin Dashboard</source>
        <translation>发展公报仪表盘</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="80"/>
        <source>Period: %1</source>
        <translation>时期：%1</translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="82"/>
        <source>Newspaper: %1</source>
        <translation>报纸：%1</translation>
    </message>
    <message>
        <source>not named in the text</source>
        <translation type="vanished">原文未注明</translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="84"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="vanished">未注明</translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="86"/>
        <source>Reporter: %1</source>
        <translation>记者：%1</translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="90"/>
        <source>SYNTHETIC TEST DATA</source>
        <translation>合成测试数据</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../app/ui/presenterwindow.cpp" line="39"/>
        <source>Presenter mode — %1</source>
        <translation>演示模式 — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/presenterwindow.cpp" line="112"/>
        <source>Slide %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <location filename="../app/ui/presenterwindow.cpp" line="169"/>
        <source>%1 (%2/%3)</source>
        <comment>a section&apos;s title and the slide&apos;s place among its slides</comment>
        <translation>%1（%2/%3）</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../app/ui/problemspanel.cpp" line="46"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../app/ui/problemspanel.cpp" line="46"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../app/ui/problemspanel.cpp" line="47"/>
        <source>Problems of the bulletin</source>
        <translation>公报存在的问题</translation>
    </message>
    <message>
        <location filename="../app/ui/problemspanel.cpp" line="93"/>
        <source>No problems: the bulletin can be saved as it is.</source>
        <translation>没有问题：公报可按原样保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/problemspanel.cpp" line="94"/>
        <source>%n problem(s): the bulletin can be saved as a draft.</source>
        <translation>
            <numerusform>%n 个问题：公报可保存为草稿。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="36"/>
        <location filename="../app/ui/propertiespanel.cpp" line="59"/>
        <location filename="../app/ui/propertiespanel.cpp" line="72"/>
        <location filename="../app/ui/propertiespanel.cpp" line="104"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="36"/>
        <location filename="../app/ui/propertiespanel.cpp" line="59"/>
        <location filename="../app/ui/propertiespanel.cpp" line="105"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="37"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="38"/>
        <location filename="../app/ui/propertiespanel.cpp" line="60"/>
        <location filename="../app/ui/propertiespanel.cpp" line="106"/>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="39"/>
        <source>Newspaper</source>
        <translation>报纸</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="40"/>
        <source>Published (YYYY-MM-DD)</source>
        <translation>发布日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="41"/>
        <source>Reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="42"/>
        <source>Reporter (Latin letters)</source>
        <translation>记者（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="43"/>
        <location filename="../app/ui/propertiespanel.cpp" line="79"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="44"/>
        <location filename="../app/ui/propertiespanel.cpp" line="80"/>
        <source>Period (English)</source>
        <translation>时期（英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="45"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="46"/>
        <source>Region (English)</source>
        <translation>地区（英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="47"/>
        <source>Compared with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="48"/>
        <source>Compared with (English)</source>
        <translation>比较对象（英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="49"/>
        <source>Units compared</source>
        <translation>参与比较的单位数</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="50"/>
        <source>Introduction</source>
        <translation>导语</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="51"/>
        <source>Source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="52"/>
        <source>Synthetic test data</source>
        <translation>合成测试数据</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="61"/>
        <source>Short title (tabs, file names)</source>
        <translation>简短标题（标签页、文件名）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="62"/>
        <source>Short title (English)</source>
        <translation>简短标题（英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="63"/>
        <location filename="../app/ui/propertiespanel.cpp" line="116"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="72"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="73"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="74"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="75"/>
        <source>Value in words</source>
        <translation>数值（文字表述）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="76"/>
        <source>Value in words (English)</source>
        <translation>数值（文字表述，英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="77"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="78"/>
        <source>Unit (English)</source>
        <translation>单位（英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="81"/>
        <source>Higher is better</source>
        <translation>数值越高越好</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="82"/>
        <source>Provincial value</source>
        <translation>全省数值</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="83"/>
        <source>Derived from the stated gap</source>
        <translation>由文中所述差值推算</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="84"/>
        <source>Stated gap</source>
        <translation>文中所述差值</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="85"/>
        <source>Unit of the gap</source>
        <translation>差值单位</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="86"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="87"/>
        <source>Ranked among</source>
        <translation>参与排名的单位数</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="88"/>
        <source>Ranked against</source>
        <translation>排名范围</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="89"/>
        <source>Ranked against (English)</source>
        <translation>排名范围（英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="90"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="91"/>
        <source>Target (English)</source>
        <translation>目标（英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="92"/>
        <source>Target completed (%)</source>
        <translation>目标完成率（%）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="93"/>
        <source>Note for readers</source>
        <translation>备注（供读者）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="94"/>
        <source>Note for readers (English)</source>
        <translation>备注（供读者，英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="95"/>
        <source>Note for editors (never printed)</source>
        <translation>编辑备注（不打印）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="96"/>
        <source>Source sentence</source>
        <translation>出处原句</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="105"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="114"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="115"/>
        <source>Label (English)</source>
        <translation>标签（英文）</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="117"/>
        <location filename="../app/ui/propertiespanel.cpp" line="309"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="118"/>
        <location filename="../app/ui/propertiespanel.cpp" line="310"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="131"/>
        <location filename="../app/ui/propertiespanel.cpp" line="185"/>
        <location filename="../app/ui/propertiespanel.cpp" line="248"/>
        <location filename="../app/ui/propertiespanel.cpp" line="276"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="143"/>
        <location filename="../app/ui/propertiespanel.cpp" line="192"/>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="149"/>
        <location filename="../app/ui/propertiespanel.cpp" line="198"/>
        <location filename="../app/ui/propertiespanel.cpp" line="249"/>
        <location filename="../app/ui/propertiespanel.cpp" line="277"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="150"/>
        <location filename="../app/ui/propertiespanel.cpp" line="199"/>
        <location filename="../app/ui/propertiespanel.cpp" line="250"/>
        <location filename="../app/ui/propertiespanel.cpp" line="278"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="158"/>
        <location filename="../app/ui/propertiespanel.cpp" line="205"/>
        <location filename="../app/ui/propertiespanel.cpp" line="251"/>
        <location filename="../app/ui/propertiespanel.cpp" line="283"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="211"/>
        <source>Use selected text as source</source>
        <translation>将所选文字设为出处原句</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="218"/>
        <source>Move to section</source>
        <translation>移至章节</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="253"/>
        <source>Indicators shown (tick them, drag to order):</source>
        <translation>显示的指标（勾选以显示，拖动以排序）：</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="308"/>
        <source>Bulletin</source>
        <translation>公报</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="311"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="312"/>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
</context>
<context>
    <name>SectionBrowser</name>
    <message>
        <location filename="../app/ui/sectionbrowser.cpp" line="50"/>
        <source>Sections and their indicators</source>
        <translation>章节及其指标</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="64"/>
        <source>Select an indicator to see the sentence it comes from.</source>
        <translation>选择一个指标，即可查看其出处原句。</translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="87"/>
        <source>Indicators of %1</source>
        <translation>%1的指标</translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="317"/>
        <source> The provincial value is derived from the gap the text states.</source>
        <translation>；全省数值由文中所述差值推算。</translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="318"/>
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
        <location filename="../models/textdecoder.cpp" line="94"/>
        <source>the file is UTF-32 text; save it as UTF-8</source>
        <translation>文件是 UTF-32 文本；请另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../models/textdecoder.cpp" line="101"/>
        <source>the file is UTF-16 text (as Excel&apos;s &quot;Unicode Text&quot; writes); save it as UTF-8</source>
        <translation>文件是 UTF-16 文本（Excel 的“Unicode 文本”格式即是如此）；请另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../models/textdecoder.cpp" line="109"/>
        <source>a NUL byte: the file holds binary data or UTF-16 text, not UTF-8</source>
        <translation>出现 NUL 字节：文件包含二进制数据或 UTF-16 文本，而不是 UTF-8</translation>
    </message>
    <message>
        <location filename="../models/textdecoder.cpp" line="193"/>
        <source>the file ends in the middle of a GB18030 character: it was cut short (or it is neither UTF-8 nor GB18030)</source>
        <translation>文件在一个 GB18030 字符的中间结束：文件已被截断（或者既不是 UTF-8 编码，也不是 GB18030 编码）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="93"/>
        <source>Cannot open bulletin</source>
        <translation>无法打开公报</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请运行“%1 --help”查看帮助。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>the settings file %1 is damaged; what cannot be read is ignored, and the file is rewritten when settings are next saved</source>
        <translation>设置文件 %1 已损坏；无法读取的部分将被忽略，下次保存设置时会重写该文件</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74"/>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); the window cannot be shown. Headless modes such as --export-data work without one.</source>
        <translation>没有显示环境（DISPLAY 和 WAYLAND_DISPLAY 均未设置），无法显示窗口。--export-data 等无界面模式无需显示环境即可运行。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="115"/>
        <source>no section with id &quot;%1&quot;; see --list-sections</source>
        <translation>没有 id 为“%1”的章节；请参阅 --list-sections</translation>
    </message>
</context>
</TS>
