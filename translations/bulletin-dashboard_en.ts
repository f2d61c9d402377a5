<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../models/import/articlereader.cpp" line="70"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="72"/>
        <source>is a folder, not an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="75"/>
        <source>is not a regular file (a pipe, a device or a socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="77"/>
        <location filename="../models/import/articlereader.cpp" line="85"/>
        <source>the file is larger than %1 MiB; no article is that long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="80"/>
        <location filename="../models/import/articlereader.cpp" line="83"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="97"/>
        <location filename="../models/import/articlereader.cpp" line="135"/>
        <source>the article is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="101"/>
        <source>a Word 97–2003 document (.doc) or another OLE file, which cannot be read; save it as .docx or as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="104"/>
        <source>a PDF file, which cannot be read; save the article as text, a web page or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="106"/>
        <source>an RTF file, which cannot be read; save it as .docx or as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="116"/>
        <source>the document holds no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="123"/>
        <source>the text is neither UTF-8 nor GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/articlereader.cpp" line="129"/>
        <source>no article text was found in the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleReviewPanel</name>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="25"/>
        <source>Accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="61"/>
        <source>Accept every figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="108"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="108"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="108"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="109"/>
        <source>Figures found in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="110"/>
        <source>The article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="112"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="114"/>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="116"/>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="167"/>
        <source>No figure was made of this number: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="171"/>
        <source>Not a figure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="229"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="230"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/articlereviewpanel.cpp" line="231"/>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../models/atomicfile.cpp" line="30"/>
        <source>%1: is a symbolic link; it was not written through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="33"/>
        <location filename="../models/atomicfile.cpp" line="69"/>
        <source>%1: is a symbolic link to a file that does not exist; it was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="36"/>
        <source>%1: is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="38"/>
        <source>%1: is not a regular file (a pipe, a device or a socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="78"/>
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
        <location filename="../app/ui/briefingdialog.cpp" line="23"/>
        <source>Briefing contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="25"/>
        <source>The first page (title, key figures and the comparison with the province) is always printed. Choose what follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="30"/>
        <source>&amp;Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="45"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="46"/>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="57"/>
        <source>For each section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="58"/>
        <source>Full &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="60"/>
        <source>&amp;Charts (also those of the first page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="62"/>
        <source>Indicator &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="69"/>
        <source>Masthead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="72"/>
        <source>e.g. Hengyang Municipal Bureau of Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="75"/>
        <source>e.g. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="76"/>
        <source>A number is printed as 第12期 (No. 12 in English); other wording as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="78"/>
        <source>Issuing un&amp;it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="79"/>
        <source>Issue nu&amp;mber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="80"/>
        <source>Left out of the masthead when empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="85"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="86"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="91"/>
        <source>Sans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="92"/>
        <source>Serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="94"/>
        <source>The serif face (AR PL UMing) is not installed: the body is set in the sans face. Install fonts-arphic-uming to print it in serif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="101"/>
        <source>For a black-and-white &amp;printer (city and province told apart by pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="106"/>
        <source>&amp;Headings, header and footer in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/briefingdialog.cpp" line="107"/>
        <source>&amp;Body face:</source>
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
        <location filename="../models/chartdatamodel.cpp" line="361"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/chartdatamodel.cpp" line="363"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulletin::DocumentEditor</name>
    <message>
        <location filename="../models/documenteditor.cpp" line="596"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="621"/>
        <location filename="../models/documenteditor.cpp" line="652"/>
        <location filename="../models/documenteditor.cpp" line="670"/>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="685"/>
        <source>Edit %1 of key figure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="696"/>
        <location filename="../models/documenteditor.cpp" line="1114"/>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="699"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="729"/>
        <source>Duplicate section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="753"/>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="763"/>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="777"/>
        <location filename="../models/documenteditor.cpp" line="1117"/>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="781"/>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="798"/>
        <source>Duplicate indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="817"/>
        <source>Remove indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="841"/>
        <source>Move indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="856"/>
        <source>New chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="859"/>
        <source>Add chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="872"/>
        <source>Remove chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="885"/>
        <source>Move chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="895"/>
        <source>New key figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="905"/>
        <source>Add key figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="918"/>
        <source>Remove key figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="930"/>
        <source>Move key figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="970"/>
        <source>Bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="973"/>
        <source>Key figure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="1003"/>
        <source>expected a text, found an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/documenteditor.cpp" line="1109"/>
        <source>New bulletin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulletin::IndicatorTableModel</name>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="238"/>
        <source>Derived from the stated gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="275"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="277"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="279"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="281"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="283"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="285"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="287"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="289"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/indicatortablemodel.cpp" line="291"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulletin::SectionTreeModel</name>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="421"/>
        <source>Section / indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="423"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="425"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="427"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sectiontreemodel.cpp" line="429"/>
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
        <source>is not a regular file (a pipe, a device or a socket); only files are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="46"/>
        <source>the file is %1 MiB; bulletins larger than %2 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="51"/>
        <location filename="../models/bulletinloader.cpp" line="57"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinloader.cpp" line="55"/>
        <source>bulletins larger than %1 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinValidator</name>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="27"/>
        <source>a bulletin may have at most %1 sections (the window shows a tab for each), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="61"/>
        <location filename="../models/bulletinvalidator.cpp" line="79"/>
        <location filename="../models/bulletinvalidator.cpp" line="95"/>
        <location filename="../models/bulletinvalidator.cpp" line="109"/>
        <source>expected an id of letters, digits, &apos;_&apos; or &apos;-&apos;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="68"/>
        <source>expected a date such as 2020-07-16, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="82"/>
        <source>duplicate section id &quot;%1&quot; (first used by section %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="98"/>
        <source>duplicate indicator id &quot;%1&quot; (first used at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="111"/>
        <source>duplicate chart id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="121"/>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="124"/>
        <source>expected a number from -1e15 to 1e15, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="139"/>
        <source>expected a share of the target of at least 0 percent, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="143"/>
        <source>expected the sentence the figure comes from, found an empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="146"/>
        <source>expected a value, a value_text or a rank; the indicator has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="149"/>
        <source>rank and rank_of must be given together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="152"/>
        <source>expected at least 1 units ranked, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="155"/>
        <source>expected a rank within 1..%1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="159"/>
        <source>province_derived is true but there is no province_value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="172"/>
        <source>a chart needs at least one indicator; chart &quot;%1&quot; has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="184"/>
        <source>chart &quot;%1&quot; names unknown indicator &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="190"/>
        <source>a comparison chart needs value and province_value; indicator &quot;%1&quot; lacks them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="196"/>
        <source>a ranking chart needs a rank; indicator &quot;%1&quot; has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="200"/>
        <source>a bar chart needs a value; indicator &quot;%1&quot; has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="207"/>
        <source>a bar chart needs indicators of one unit; chart &quot;%1&quot; mixes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="219"/>
        <source>expected a number of at least 1, as printed, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="222"/>
        <source>names unknown section &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bulletinvalidator.cpp" line="225"/>
        <source>names unknown indicator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinWriter</name>
    <message>
        <location filename="../models/bulletinwriter.cpp" line="344"/>
        <source>%1: is a folder; give a file name ending in .csv or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="13"/>
        <source>%1: the file exists already; it was not overwritten (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/atomicfile.cpp" line="20"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBatchExporter</name>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="74"/>
        <source>no folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="77"/>
        <source>%1: is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="79"/>
        <source>%1: the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="83"/>
        <source>%1: cannot write into this folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="91"/>
        <source>no format given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="108"/>
        <source>%1: refusing a file name that leaves the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="113"/>
        <source>%1: is a symbolic link; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="119"/>
        <source>%1: exists already, with %2 more of the files to write; nothing was written (use --force to replace them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="123"/>
        <source>%1: is not a file; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="137"/>
        <source>&quot;%1&quot;: only the first %2 of its %3 indicators are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartbatchexporter.cpp" line="149"/>
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
        <location filename="../app/ui/chartexportactions.cpp" line="78"/>
        <source>This tab has no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="103"/>
        <source>Exporting charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="103"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="104"/>
        <source>Export all charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="109"/>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="117"/>
        <source>Cannot export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportactions.cpp" line="118"/>
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
        <location filename="../app/ui/chartexportactions.cpp" line="122"/>
        <source>Export cancelled; %n complete file(s) kept in %1</source>
        <translation>
            <numerusform>Export cancelled; %n complete file kept in %1</numerusform>
            <numerusform>Export cancelled; %n complete files kept in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/chartexportactions.cpp" line="124"/>
        <source>Wrote %n chart file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n chart file to %1</numerusform>
            <numerusform>Wrote %n chart files to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="126"/>
        <location filename="../app/ui/chartexportactions.cpp" line="185"/>
        <source>Labels cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="127"/>
        <source>The charts were written, but at this size some labels do not fit:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="144"/>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="145"/>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="145"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="155"/>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="159"/>
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="179"/>
        <source>Cannot export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="182"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/chartexportactions.cpp" line="186"/>
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
        <location filename="../app/export/chartexporter.cpp" line="85"/>
        <source>&quot;%1&quot;: some axis labels are cut short at %2x%3 px; a larger size shows them whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="195"/>
        <source>%1: the chart could not be rendered at %2×%3 px, scale %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="236"/>
        <source>the size must be %1 to %2 px a side, not %3x%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="242"/>
        <source>the scale must be above 0 and at most %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/chartexporter.cpp" line="248"/>
        <source>an image of %1x%2 px is too large (at most %3 px a side and %4 megapixels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="19"/>
        <source>Write every indicator of the bulletin to OUT (.csv: UTF-8 table with BOM; .json: the bulletin format) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="25"/>
        <source>Replace output files that exist already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="27"/>
        <source>Exit right after the main window is first painted, printing &quot;first paint&quot; (for smoke tests and bench/startup.py).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="31"/>
        <source>Print the id and title of every section (the IDs --tab accepts) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="40"/>
        <source>Open the window on the section with id ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="43"/>
        <source>Write a printable briefing sheet of the bulletin to OUT.pdf (A4 portrait unless --paper says otherwise) and exit. Needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48"/>
        <source>With --brief: the sections to include, as ids separated by commas (see --list-sections); default: every section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="53"/>
        <source>With --brief: the paper size, A4 (default) or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="56"/>
        <source>With --brief: set the body text in a Song (Ming) serif face, AR PL UMing (Debian: fonts-arphic-uming); without it installed the sans is used and a warning printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="60"/>
        <source>With --brief: for a black-and-white printer; city and province bars differ in pattern and shade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="63"/>
        <source>With --brief: the issuing unit printed in the masthead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="66"/>
        <source>With --brief: the issue printed in the masthead; a number N as 第N期 (No. N in English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="79"/>
        <source>With --export-charts: PNG pixels per chart pixel, from 0.1 to 8 (default: 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="83"/>
        <source>Draft a bulletin from ARTICLE (plain text in UTF-8 or GB18030, a saved web page or a .docx file): sections, key figures and every figure with the sentence it came from, for review. Needs --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="88"/>
        <source>With --import-article: write the draft bulletin (JSON) to DRAFT.json; an existing file is replaced only with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="93"/>
        <source>With --import-article: print what was found, a line per figure with its sentence, and every number that became no figure, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="134"/>
        <source>A bulletin to open (.json or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="171"/>
        <source>--scale: expected a number from %1 to %2, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="194"/>
        <source>--output and --import-report go with --import-article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="198"/>
        <source>--import-article reads an article, not a bulletin: it takes no FILE and cannot be combined with --export-data, --export-charts, --brief or --list-sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="206"/>
        <source>--import-article needs an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="208"/>
        <source>--import-article needs --output DRAFT.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="246"/>
        <source>expected at most one FILE, found %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="267"/>
        <source>--brief needs an output file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="272"/>
        <source>--sections and --paper go with --brief OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="278"/>
        <source>--serif, --grayscale, --issuer and --issue go with --brief OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="290"/>
        <source>--sections needs at least one section id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="302"/>
        <source>--paper: expected A4 or Letter, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="310"/>
        <source>--export-data needs an output file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="35"/>
        <source>Interface language: zh (Chinese) or en (English). Default: the system&apos;s, or the last one chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="260"/>
        <source>--lang expects zh or en, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="70"/>
        <source>Write every chart of the bulletin into DIR (created when missing) as NN-&lt;section&gt;-&lt;chart&gt;.&lt;ext&gt;, print the files written and exit. Existing files are replaced only with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="75"/>
        <source>With --export-charts: png, svg and/or pdf, separated by commas (default: png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="97"/>
        <source>With --export-charts: the chart&apos;s size in pixels, 100 to 8000 a side (default: 900x500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="104"/>
        <source>Dashboard of a city&apos;s development bulletin: key figures, highlight sections and comparisons with the province.

Without FILE it opens the built-in bulletin (Hengyang, January–June 2020).
Headless modes (--export-data, --export-charts, --brief, --list-sections) need no display.

Exit status: 0 success; 1 an output file could not be written (or exists, without --force); 2 a problem with the input or the arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="142"/>
        <source>--format, --scale and --size go with --export-charts DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="147"/>
        <source>--export-charts cannot be combined with --export-data, --brief or --list-sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="152"/>
        <source>--export-charts needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="159"/>
        <source>--format: expected png, svg or pdf separated by commas, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="180"/>
        <source>--size: expected WIDTHxHEIGHT in pixels such as 900x500, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvBulletinReader</name>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="69"/>
        <source>expected a finite number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="83"/>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="102"/>
        <source>expected true or false, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="127"/>
        <source>expected a number with a decimal point, found &quot;%1&quot;: a decimal comma is not read (write %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="131"/>
        <source>expected a finite number, found &quot;%1&quot;: a comma may only separate thousands, as in 1,234.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="137"/>
        <source>&quot;%1&quot; could be %2 or %3: no number in the file has a decimal point to tell whether the comma separates thousands or decimals (write the number without the comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="218"/>
        <source>text is neither UTF-8 nor GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="228"/>
        <source>the file is empty (expected a header row: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="240"/>
        <source>the header names this column twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="252"/>
        <source>the header lacks column(s) %1 (expected: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="294"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="300"/>
        <source>expected a section title, found an empty field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="304"/>
        <source>expected an indicator name, found an empty field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvbulletinreader.cpp" line="360"/>
        <source>the table has a header but no indicator rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <location filename="../models/csvtable.cpp" line="42"/>
        <source>a byte-order mark (U+FEFF) inside the text, invisible, as joining two files leaves it; delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvtable.cpp" line="76"/>
        <source>unexpected quote inside a field (quote the whole field and double the quotes inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvtable.cpp" line="94"/>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvtable.cpp" line="106"/>
        <source>quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxArticleExtractor</name>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="32"/>
        <source>not a readable ZIP archive, as a .docx file is (damaged or cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="34"/>
        <source>a ZIP archive without word/document.xml: not a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="37"/>
        <source>word/document.xml cannot be unpacked (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="44"/>
        <source>word/document.xml cannot be unpacked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="50"/>
        <source>word/document.xml unpacks to more than %1 MiB; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="58"/>
        <source>word/document.xml is damaged (ZIP error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/docxarticleextractor.cpp" line="88"/>
        <source>word/document.xml:%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../app/ui/editsession.cpp" line="84"/>
        <source>&amp;Edit mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="85"/>
        <source>Edit the bulletin: its fields, sections, indicators, charts and key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="86"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="87"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="88"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="89"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="109"/>
        <source>Built-in bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="109"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="128"/>
        <location filename="../app/ui/editsession.cpp" line="151"/>
        <source>Cannot save bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="143"/>
        <source>Save bulletin as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="143"/>
        <source>Bulletin JSON (*.json);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="161"/>
        <source>There is no bulletin to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="179"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/editsession.cpp" line="180"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../app/ui/fieldform.cpp" line="78"/>
        <source>Comparison with the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/fieldform.cpp" line="79"/>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/fieldform.cpp" line="80"/>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="70"/>
        <source>--sections: no section with id &quot;%1&quot;; valid ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="87"/>
        <source>--serif: the serif face (AR PL UMing, Debian package fonts-arphic-uming) is not installed; the body is set in the sans face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="119"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/headlessrunner.cpp" line="151"/>
        <source>%1: a draft of %2 sections and %3 indicators; %4 numbers were not recognised as figures (--import-report lists them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../models/import/importreport.cpp" line="41"/>
        <source>%1: %2 sections, %3 indicators, %4 key figures; %5 numbers became no figure, %6 of them unrecognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importreport.cpp" line="50"/>
        <source>title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importreport.cpp" line="52"/>
        <source>region: %1; period: %2; compared with: %3 (%4 units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importreport.cpp" line="57"/>
        <source>section %1: %2 (%3 indicators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importreport.cpp" line="60"/>
        <source>Figures (indicator, kind, as written, name: what the draft holds, sentence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importreport.cpp" line="70"/>
        <source>Numbers that became no figure (reason, as written, sentence):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorSearchPanel</name>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="89"/>
        <source>Search indicators (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="90"/>
        <source>Search indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="91"/>
        <source>Compared with the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="92"/>
        <source>Ranked in the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="93"/>
        <source>Matching indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="117"/>
        <source>No indicator has what the ticked boxes ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="119"/>
        <source>No indicator matches “%1” and has what the ticked boxes ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="120"/>
        <source>No indicator matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/indicatorsearchpanel.cpp" line="125"/>
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
        <location filename="../models/jsonbulletinreader.cpp" line="105"/>
        <source>missing required field (expected a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="109"/>
        <location filename="../models/jsonbulletinreader.cpp" line="206"/>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="122"/>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="127"/>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="138"/>
        <source>missing required field (expected an integer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="145"/>
        <source>expected an integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="149"/>
        <source>expected an integer of at most %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="161"/>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="172"/>
        <source>missing required field (expected an array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="176"/>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="191"/>
        <source>unknown field &quot;%1&quot; (the fields here are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="193"/>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="234"/>
        <location filename="../models/jsonbulletinreader.cpp" line="255"/>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="247"/>
        <source>expected format version %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="254"/>
        <source>missing required field (expected an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="309"/>
        <source>expected at least 1, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="352"/>
        <source>expected &quot;comparison&quot;, &quot;ranking&quot; or &quot;bars&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="473"/>
        <source>invalid UTF-8 (the file must be UTF-8 encoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="481"/>
        <source>the file is empty (expected a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="492"/>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="499"/>
        <source>expected a JSON object at the top level, found an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="507"/>
        <source>JSON syntax error: invalid escape sequence (JSON allows \&quot;, \\, \/, \b, \f, \n, \r, \t and \uXXXX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonbulletinreader.cpp" line="515"/>
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
        <location filename="../app/ui/keyfigurecard.cpp" line="174"/>
        <source>Key figure %1: %2 %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="139"/>
        <location filename="../app/ui/mainwindow.cpp" line="912"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="147"/>
        <location filename="../app/ui/mainwindow.cpp" line="914"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="181"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="183"/>
        <source>&amp;New bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="187"/>
        <source>&amp;Open bulletin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="189"/>
        <source>&amp;Import article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="191"/>
        <source>Import article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="192"/>
        <source>Articles (*.txt *.html *.htm *.docx);;Text (*.txt);;Web page (*.html *.htm);;Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="200"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="207"/>
        <source>&amp;Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="224"/>
        <location filename="../app/ui/mainwindow.cpp" line="821"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="227"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="230"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="239"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="240"/>
        <source>&amp;Search indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="249"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="251"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="252"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="252"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="253"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="273"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="296"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="297"/>
        <source>&amp;About Bulletin Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="298"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="300"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="389"/>
        <source> (%n problem(s))</source>
        <translation>
            <numerusform> (%n problem)</numerusform>
            <numerusform> (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="409"/>
        <source>Edit mode: every change can be undone (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="409"/>
        <source>Browsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="460"/>
        <source>Cannot import article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="469"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="481"/>
        <source>Imported %1: %n figure(s) to review</source>
        <translation>
            <numerusform>Imported %1: %n figure to review</numerusform>
            <numerusform>Imported %1: %n figures to review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="496"/>
        <source>a bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="497"/>
        <source>Unsaved edits of %1 from %2 were kept when the program last stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="502"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="504"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="515"/>
        <source>Cannot recover edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="532"/>
        <source>Open as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="533"/>
        <source>%1 has problems to correct:

%2

Open it in edit mode as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="877"/>
        <source>%1 · %n section(s)</source>
        <translation>
            <numerusform>%1 · %n section</numerusform>
            <numerusform>%1 · %n sections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="826"/>
        <source>Built-in bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="878"/>
        <source> · %n indicator(s)</source>
        <translation>
            <numerusform> · %n indicator</numerusform>
            <numerusform> · %n indicators</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="541"/>
        <source>Cannot open bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="109"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="113"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="122"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="128"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="461"/>
        <location filename="../app/ui/mainwindow.cpp" line="542"/>
        <source>The bulletin on screen is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="546"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="574"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="795"/>
        <source>Open bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="795"/>
        <source>Bulletins (*.json *.csv);;JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="809"/>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="810"/>
        <source>CSV table (*.csv);;Bulletin JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="819"/>
        <source>Cannot export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="829"/>
        <source>About Bulletin Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="830"/>
        <source>&lt;h3&gt;Bulletin Dashboard %1&lt;/h3&gt;&lt;p&gt;Key figures, highlight sections and comparisons with the province from a city&apos;s development bulletin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data source:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Provincial values marked * are derived from the gap the text states.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="261"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="278"/>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="282"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="287"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="292"/>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="55"/>
        <location filename="../app/ui/mainwindow.cpp" line="900"/>
        <source>Bulletin Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="80"/>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="82"/>
        <source>Newspaper: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="84"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="86"/>
        <source>Reporter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/overviewpage.cpp" line="90"/>
        <source>SYNTHETIC TEST DATA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../app/ui/presenterwindow.cpp" line="39"/>
        <source>Presenter mode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/presenterwindow.cpp" line="112"/>
        <source>Slide %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/presenterwindow.cpp" line="169"/>
        <source>%1 (%2/%3)</source>
        <comment>a section&apos;s title and the slide&apos;s place among its slides</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../app/ui/problemspanel.cpp" line="46"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/problemspanel.cpp" line="46"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/problemspanel.cpp" line="47"/>
        <source>Problems of the bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/problemspanel.cpp" line="93"/>
        <source>No problems: the bulletin can be saved as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/problemspanel.cpp" line="94"/>
        <source>%n problem(s): the bulletin can be saved as a draft.</source>
        <translation>
            <numerusform>%n problem: the bulletin can be saved as a draft.</numerusform>
            <numerusform>%n problems: the bulletin can be saved as a draft.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="36"/>
        <location filename="../app/ui/propertiespanel.cpp" line="59"/>
        <location filename="../app/ui/propertiespanel.cpp" line="105"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="37"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="38"/>
        <location filename="../app/ui/propertiespanel.cpp" line="60"/>
        <location filename="../app/ui/propertiespanel.cpp" line="106"/>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="39"/>
        <source>Newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="40"/>
        <source>Published (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="41"/>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="42"/>
        <source>Reporter (Latin letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="43"/>
        <location filename="../app/ui/propertiespanel.cpp" line="79"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="44"/>
        <location filename="../app/ui/propertiespanel.cpp" line="80"/>
        <source>Period (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="45"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="46"/>
        <source>Region (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="47"/>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="48"/>
        <source>Compared with (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="49"/>
        <source>Units compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="50"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="51"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="52"/>
        <source>Synthetic test data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="61"/>
        <source>Short title (tabs, file names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="62"/>
        <source>Short title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="63"/>
        <location filename="../app/ui/propertiespanel.cpp" line="116"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="73"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="74"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="75"/>
        <source>Value in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="76"/>
        <source>Value in words (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="77"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="78"/>
        <source>Unit (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="81"/>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="82"/>
        <source>Provincial value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="83"/>
        <source>Derived from the stated gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="84"/>
        <source>Stated gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="85"/>
        <source>Unit of the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="86"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="87"/>
        <source>Ranked among</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="88"/>
        <source>Ranked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="89"/>
        <source>Ranked against (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="90"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="91"/>
        <source>Target (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="92"/>
        <source>Target completed (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="93"/>
        <source>Note for readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="94"/>
        <source>Note for readers (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="95"/>
        <source>Note for editors (never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="96"/>
        <source>Source sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="105"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="114"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="115"/>
        <source>Label (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="117"/>
        <location filename="../app/ui/propertiespanel.cpp" line="309"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="118"/>
        <location filename="../app/ui/propertiespanel.cpp" line="310"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="131"/>
        <location filename="../app/ui/propertiespanel.cpp" line="185"/>
        <location filename="../app/ui/propertiespanel.cpp" line="248"/>
        <location filename="../app/ui/propertiespanel.cpp" line="276"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="143"/>
        <location filename="../app/ui/propertiespanel.cpp" line="192"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="149"/>
        <location filename="../app/ui/propertiespanel.cpp" line="198"/>
        <location filename="../app/ui/propertiespanel.cpp" line="249"/>
        <location filename="../app/ui/propertiespanel.cpp" line="277"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="150"/>
        <location filename="../app/ui/propertiespanel.cpp" line="199"/>
        <location filename="../app/ui/propertiespanel.cpp" line="250"/>
        <location filename="../app/ui/propertiespanel.cpp" line="278"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="158"/>
        <location filename="../app/ui/propertiespanel.cpp" line="205"/>
        <location filename="../app/ui/propertiespanel.cpp" line="251"/>
        <location filename="../app/ui/propertiespanel.cpp" line="283"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="211"/>
        <source>Use selected text as source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="218"/>
        <source>Move to section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="253"/>
        <source>Indicators shown (tick them, drag to order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="308"/>
        <source>Bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="311"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/propertiespanel.cpp" line="312"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionBrowser</name>
    <message>
        <location filename="../app/ui/sectionbrowser.cpp" line="50"/>
        <source>Sections and their indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="64"/>
        <source>Select an indicator to see the sentence it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="87"/>
        <source>Indicators of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="317"/>
        <source> The provincial value is derived from the gap the text states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sectionpage.cpp" line="318"/>
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
        <location filename="../models/textdecoder.cpp" line="94"/>
        <source>the file is UTF-32 text; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/textdecoder.cpp" line="101"/>
        <source>the file is UTF-16 text (as Excel&apos;s &quot;Unicode Text&quot; writes); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/textdecoder.cpp" line="109"/>
        <source>a NUL byte: the file holds binary data or UTF-16 text, not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/textdecoder.cpp" line="193"/>
        <source>the file ends in the middle of a GB18030 character: it was cut short (or it is neither UTF-8 nor GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="93"/>
        <source>Cannot open bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>the settings file %1 is damaged; what cannot be read is ignored, and the file is rewritten when settings are next saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74"/>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); the window cannot be shown. Headless modes such as --export-data work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="115"/>
        <source>no section with id &quot;%1&quot;; see --list-sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
