// The briefing's layout engine, without printing: where every block lands on which page, for several papers,
// resolutions and choices of content.

#include "briefinglayout.h"
#include "briefingoptions.h"
#include "briefingpainter.h"
#include "bulletinchart.h"

#include <QBarSet>
#include <QBuffer>
#include <QFontInfo>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <QtTest>
#include <bulletinloader.h>
#include <defaultcharts.h>

using Bulletin::Document;
using Block = BriefingLayout::Block;
using BlockKind = BriefingLayout::BlockKind;
using Item = BriefingLayout::Item;
using Page = BriefingLayout::Page;

Q_DECLARE_METATYPE(BriefingOptions::Language)

namespace {

// A page device to measure with, as the PDF writer and the printer are; nothing is written.
struct Device
{
    Device(const QPageLayout &layout, int resolution)
    {
        buffer.open(QIODevice::WriteOnly);
        writer = std::make_unique<QPdfWriter>(&buffer);
        writer->setResolution(resolution);
        writer->setPageLayout(layout);
    }
    QRectF pageRect() const { return QRectF(0, 0, writer->width(), writer->height()); }

    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;
};

std::shared_ptr<const Document> builtIn()
{
    static const std::shared_ptr<const Document> document = Bulletin::BulletinLoader::loadBuiltIn().document;
    return document;
}

// Rules are drawn on block edges; a hair of tolerance for rounding of device pixels.
bool inside(const QRectF &outer, const QRectF &inner, qreal tolerance = 0.5)
{
    return inner.left() >= outer.left() - tolerance && inner.right() <= outer.right() + tolerance
        && inner.top() >= outer.top() - tolerance && inner.bottom() <= outer.bottom() + tolerance;
}

QString describe(const Block &block)
{
    return QStringLiteral("block kind %1 \"%2\" at %3,%4 %5x%6")
        .arg(int(block.kind))
        .arg(block.label)
        .arg(block.rect.x())
        .arg(block.rect.y())
        .arg(block.rect.width())
        .arg(block.rect.height());
}

QString text(const QList<Item> &items)
{
    QStringList parts;
    for (const Item &item : items)
        parts.append(item.plainText());
    return parts.join(QLatin1Char('|'));
}

QStringList headings(const BriefingLayout &layout)
{
    QStringList labels;
    for (const Page &page : layout.pages()) {
        for (const Block &block : page.blocks) {
            if (block.kind == BlockKind::Heading)
                labels.append(block.label);
        }
    }
    return labels;
}

QStringList chartIds(const BriefingLayout &layout)
{
    QStringList ids;
    for (const Page &page : layout.pages()) {
        for (const Block &block : page.blocks) {
            if (block.kind == BlockKind::Chart)
                ids.append(block.label);
        }
    }
    return ids;
}

// A bulletin with a section far longer than a page: paragraphs and a table that must break.
std::shared_ptr<const Document> longDocument()
{
    auto document = std::make_shared<Document>(*builtIn());
    Bulletin::Section &section = document->sections[2];
    QString text;
    for (int i = 0; i < 6; ++i)
        text += section.text + QLatin1Char('\n');
    section.text = text;
    const QList<Bulletin::Indicator> indicators = section.indicators;
    for (int copy = 1; copy <= 3; ++copy) {
        for (Bulletin::Indicator indicator : indicators) {
            indicator.id += QString::number(copy);
            section.indicators.append(indicator);
        }
    }
    return document;
}

QString allText(const BriefingLayout &layout)
{
    QStringList parts;
    for (const Page &page : layout.pages()) {
        for (const Block &block : page.blocks)
            parts.append(text(block.items));
    }
    return parts.join(QLatin1Char('|'));
}

// A bulletin of sections, each a paragraph of its own length and a table of `rows` indicators (every fifth with a
// name long enough to wrap): tables start at every height of a page, so page breaks fall everywhere in them.
std::shared_ptr<const Document> tableDocument(int rows)
{
    auto document = std::make_shared<Document>();
    document->id = QStringLiteral("tables");
    document->title = QStringLiteral("合成简报");
    document->region = QStringLiteral("衡阳");
    document->period = QStringLiteral("2020年上半年");
    const QString sentence = QStringLiteral("全市经济运行总体平稳，主要指标稳中有进。");
    for (int s = 0; s < 12; ++s) {
        Bulletin::Section section;
        section.id = QStringLiteral("s%1").arg(s);
        section.title = QStringLiteral("第%1部分").arg(s + 1);
        section.text = sentence.repeated((s * 7) % 23 + 1);
        for (int r = 0; r < rows; ++r) {
            Bulletin::Indicator indicator;
            indicator.id = QStringLiteral("s%1-i%2").arg(s).arg(r);
            indicator.name = QStringLiteral("指标%1").arg(r + 1);
            if (r % 5 == 3)
                indicator.name += QStringLiteral("（规模以上工业企业主营业务收入，含新增入库企业）").repeated(3);
            indicator.value = r + 0.5;
            indicator.unit = QStringLiteral("亿元");
            section.indicators.append(indicator);
        }
        document->sections.append(section);
    }
    return document;
}

} // namespace

class TestBriefingLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void pagesAreWellFormed_data();
    void pagesAreWellFormed();
    void firstPageHoldsTheSummary();
    void pageCountIsStable();
    void resolutionDoesNotChangePagination();
    void chosenSectionsOnly();
    void contentSwitches();
    void longParagraphsAndTablesBreak();
    void englishRunningText();
    void tablesKeepRowsTogether_data();
    void tablesKeepRowsTogether();
    void editorNotesStayOut_data();
    void editorNotesStayOut();
    void issueText_data();
    void issueText();
    void masthead_data();
    void masthead();
    void serifBody_data();
    void serifBody();
    void grayscaleInksAreGray();
    void grayscaleChartsKeepCityAndProvinceApart_data();
    void grayscaleChartsKeepCityAndProvinceApart();
};

void TestBriefingLayout::initTestCase()
{
    QVERIFY(builtIn());
}

void TestBriefingLayout::pagesAreWellFormed_data()
{
    QTest::addColumn<std::shared_ptr<const Document>>("document");
    QTest::addColumn<QPageLayout>("pageLayout");
    QTest::addColumn<BriefingOptions>("options");

    const BriefingOptions everything = BriefingOptions::everything(*builtIn());
    BriefingOptions textOnly = everything;
    textOnly.includeCharts = false;
    textOnly.includeTables = false;
    BriefingOptions noText = everything;
    noText.includeFullText = false;
    BriefingOptions english = everything;
    english.language = BriefingOptions::Language::English;

    const QList<QPair<const char *, QPageLayout>> papers {
        { "A4", BriefingOptions::pageLayout(QPageSize::A4) },
        { "A4-landscape", BriefingOptions::pageLayout(QPageSize::A4, QPageLayout::Landscape) },
        { "Letter", BriefingOptions::pageLayout(QPageSize::Letter) },
        { "Letter-landscape", BriefingOptions::pageLayout(QPageSize::Letter, QPageLayout::Landscape) },
        { "A5", BriefingOptions::pageLayout(QPageSize::A5) },
    };
    for (const auto &[name, layout] : papers) {
        QTest::addRow("%s-everything", name) << builtIn() << layout << everything;
        QTest::addRow("%s-text-only", name) << builtIn() << layout << textOnly;
        QTest::addRow("%s-no-text", name) << builtIn() << layout << noText;
        QTest::addRow("%s-english", name) << builtIn() << layout << english;
        QTest::addRow("%s-long", name) << longDocument() << layout << BriefingOptions::everything(*longDocument());
    }
}

void TestBriefingLayout::pagesAreWellFormed()
{
    QFETCH(std::shared_ptr<const Document>, document);
    QFETCH(QPageLayout, pageLayout);
    QFETCH(BriefingOptions, options);
    const Device device(pageLayout, 300);
    const BriefingLayout layout(document, options, device.writer.get(), device.pageRect());
    const QList<Page> &pages = layout.pages();
    QVERIFY(!pages.isEmpty());
    const QRectF pageRect = device.pageRect();

    for (int p = 0; p < pages.size(); ++p) {
        const Page &page = pages.at(p);
        const QString where = QStringLiteral("page %1 of %2: ").arg(p + 1).arg(pages.size());
        QVERIFY2(!page.blocks.isEmpty(), qPrintable(where + QStringLiteral("empty")));

        // Header and footer on every page, inside the paint rect, clear of the body.
        QVERIFY(inside(pageRect, page.headerRect));
        QVERIFY(inside(pageRect, page.footerRect));
        QVERIFY(inside(pageRect, page.bodyRect));
        QVERIFY(page.headerRect.bottom() <= page.bodyRect.top());
        QVERIFY(page.footerRect.top() >= page.bodyRect.bottom());
        QVERIFY(!page.header.isEmpty());
        QVERIFY(!page.footer.isEmpty());
        for (const Item &item : page.header)
            QVERIFY2(inside(page.headerRect, item.rect), qPrintable(where + item.plainText()));
        for (const Item &item : page.footer)
            QVERIFY2(inside(page.footerRect, item.rect), qPrintable(where + item.plainText()));
        QVERIFY2(text(page.header).contains(document->title), qPrintable(where + text(page.header)));
        const QString number = BriefingLayout::pageNumberText(p + 1, int(pages.size()), options.language);
        QVERIFY2(text(page.footer).contains(number), qPrintable(where + text(page.footer)));

        for (int b = 0; b < page.blocks.size(); ++b) {
            const Block &block = page.blocks.at(b);
            // Whole on one page: a block never reaches past the body, so nothing is cut or pushed off paper.
            QVERIFY2(inside(page.bodyRect, block.rect), qPrintable(where + describe(block)));
            QVERIFY2(block.rect.height() > 0, qPrintable(where + describe(block)));
            for (const Item &item : block.items)
                QVERIFY2(inside(block.rect, item.rect), qPrintable(where + describe(block) + item.plainText()));
            for (int other = b + 1; other < page.blocks.size(); ++other) {
                QVERIFY2(!block.rect.intersects(page.blocks.at(other).rect),
                    qPrintable(
                        where + describe(block) + QStringLiteral(" overlaps ") + describe(page.blocks.at(other))));
            }
        }

        // No heading, caption or table header alone at the bottom of a page (the last page may end anywhere but there).
        const Block &last = page.blocks.last();
        QVERIFY2(!last.keepWithNext, qPrintable(where + QStringLiteral("ends with ") + describe(last)));
        // A table continued on this page repeats its header.
        QVERIFY2(page.blocks.first().kind != BlockKind::TableRow,
            qPrintable(where + QStringLiteral("starts with a table row without a header")));
    }
}

void TestBriefingLayout::firstPageHoldsTheSummary()
{
    const Device device(BriefingOptions::pageLayout(QPageSize::A4), 300);
    const BriefingLayout layout(
        builtIn(), BriefingOptions::everything(*builtIn()), device.writer.get(), device.pageRect());
    const Page &first = layout.pages().first();
    QList<BlockKind> kinds;
    QString allText;
    for (const Block &block : first.blocks) {
        kinds.append(block.kind);
        allText += text(block.items);
    }
    QCOMPARE(kinds.first(), BlockKind::Masthead);
    QVERIFY(kinds.contains(BlockKind::Meta));
    QVERIFY(allText.contains(builtIn()->title));
    QVERIFY(allText.contains(builtIn()->subtitle));
    QVERIFY(allText.contains(builtIn()->region));
    QVERIFY(allText.contains(builtIn()->period));
    // The date under the masthead, the period in the byline.
    QVERIFY(allText.contains(
        QLocale(QLocale::Chinese, QLocale::China).toString(QDate::currentDate(), QStringLiteral("yyyy年M月d日"))));
    // The built-in bulletin names no newspaper and no date: the sheet says nothing of either, and prints no
    // placeholder in their stead.
    QVERIFY(builtIn()->newspaper.isEmpty() && builtIn()->publicationDate.isEmpty());
    QVERIFY(!allText.contains(QStringLiteral("报纸")));
    QVERIFY(!allText.contains(QStringLiteral("未注明")));
    QVERIFY(allText.contains(QStringLiteral("记者")));

    // Every key-figure card on page 1.
    for (const Bulletin::KeyFigure &figure : builtIn()->keyFigures)
        QVERIFY2(allText.contains(figure.label), qPrintable(figure.label));

    // The comparison: its chart, and its table whole, header to note.
    const QStringList charts = [&first] {
        QStringList ids;
        for (const Block &block : first.blocks) {
            if (block.kind == BlockKind::Chart)
                ids.append(block.label);
        }
        return ids;
    }();
    QVERIFY(charts.contains(QStringLiteral("overview-comparison")));
    int comparisonRows = 0;
    for (const auto &section : builtIn()->sections) {
        for (const auto &indicator : section.indicators)
            comparisonRows += indicator.hasProvinceComparison() || indicator.hasRank() ? 1 : 0;
    }
    QCOMPARE(kinds.count(BlockKind::TableHeader), 1);
    QCOMPARE(kinds.count(BlockKind::TableRow), comparisonRows);
    QCOMPARE(kinds.last(), BlockKind::Note);
}

void TestBriefingLayout::pageCountIsStable()
{
    const Device device(BriefingOptions::pageLayout(QPageSize::A4), 300);
    const BriefingOptions options = BriefingOptions::everything(*builtIn());
    const BriefingLayout once(builtIn(), options, device.writer.get(), device.pageRect());
    const BriefingLayout again(builtIn(), options, device.writer.get(), device.pageRect());
    QCOMPARE(again.pages().size(), once.pages().size());
    for (int p = 0; p < once.pages().size(); ++p) {
        QCOMPARE(again.pages().at(p).blocks.size(), once.pages().at(p).blocks.size());
        for (int b = 0; b < once.pages().at(p).blocks.size(); ++b)
            QCOMPARE(again.pages().at(p).blocks.at(b).rect, once.pages().at(p).blocks.at(b).rect);
    }
    // The built-in bulletin, everything chosen, on A4: what the PDF test and the eye have checked.
    QVERIFY2(once.pages().size() >= 6 && once.pages().size() <= 10, qPrintable(QString::number(once.pages().size())));
}

// Text is measured with the device's own metrics, so a 1200 dpi printer paginates as a 300 dpi PDF does.
void TestBriefingLayout::resolutionDoesNotChangePagination()
{
    const BriefingOptions options = BriefingOptions::everything(*builtIn());
    const Device pdf(BriefingOptions::pageLayout(QPageSize::A4), 300);
    const Device printer(BriefingOptions::pageLayout(QPageSize::A4), 1200);
    const BriefingLayout low(builtIn(), options, pdf.writer.get(), pdf.pageRect());
    const BriefingLayout high(builtIn(), options, printer.writer.get(), printer.pageRect());
    QCOMPARE(high.pixelsPerPoint() / low.pixelsPerPoint(), 4.0);
    QCOMPARE(high.pages().size(), low.pages().size());
    for (int p = 0; p < low.pages().size(); ++p) {
        QStringList lowLabels;
        QStringList highLabels;
        for (const Block &block : low.pages().at(p).blocks)
            lowLabels.append(block.label);
        for (const Block &block : high.pages().at(p).blocks)
            highLabels.append(block.label);
        QCOMPARE(highLabels, lowLabels);
    }
}

void TestBriefingLayout::chosenSectionsOnly()
{
    const Device device(BriefingOptions::pageLayout(QPageSize::A4), 300);
    BriefingOptions options = BriefingOptions::everything(*builtIn());
    options.sectionIds = { QStringLiteral("economy"), QStringLiteral("poverty") };
    const BriefingLayout layout(builtIn(), options, device.writer.get(), device.pageRect());
    const QStringList titles = headings(layout);
    for (const Bulletin::Section &section : builtIn()->sections)
        QCOMPARE(titles.contains(section.title), options.includes(section.id));

    QStringList expectedCharts;
    for (const Bulletin::ChartSpec &spec : Bulletin::DefaultCharts::overview(*builtIn()))
        expectedCharts.append(spec.id);
    for (const QString &id : options.sectionIds) {
        for (const Bulletin::ChartSpec &spec : builtIn()->findSection(id)->charts)
            expectedCharts.append(spec.id);
    }
    QStringList charts = chartIds(layout);
    charts.sort();
    expectedCharts.sort();
    QCOMPARE(charts, expectedCharts);

    // No sections: the first page alone, still with header and footer.
    options.sectionIds.clear();
    const BriefingLayout summary(builtIn(), options, device.writer.get(), device.pageRect());
    QVERIFY(summary.pages().size() <= 2);
    for (const Bulletin::Section &section : builtIn()->sections)
        QVERIFY(!headings(summary).contains(section.title));
}

void TestBriefingLayout::contentSwitches()
{
    const Device device(BriefingOptions::pageLayout(QPageSize::A4), 300);
    const BriefingOptions everything = BriefingOptions::everything(*builtIn());
    const BriefingLayout full(builtIn(), everything, device.writer.get(), device.pageRect());

    BriefingOptions options = everything;
    options.includeCharts = false;
    options.includeTables = false;
    options.includeFullText = false;
    const BriefingLayout bare(builtIn(), options, device.writer.get(), device.pageRect());
    QVERIFY(chartIds(bare).isEmpty());
    QVERIFY(bare.pages().size() < full.pages().size());
    int paragraphs = 0;
    int tables = 0;
    for (const Page &page : bare.pages()) {
        for (const Block &block : page.blocks) {
            paragraphs += block.kind == BlockKind::Paragraph ? 1 : 0;
            tables += block.kind == BlockKind::TableHeader ? 1 : 0;
        }
    }
    QCOMPARE(paragraphs, 0);
    // The first page's comparison table stays.
    QCOMPARE(tables, 1);
    // Section headings stay, each followed by the next.
    QCOMPARE(headings(bare).size(), headings(full).size());
}

void TestBriefingLayout::longParagraphsAndTablesBreak()
{
    const std::shared_ptr<const Document> document = longDocument();
    const Device device(BriefingOptions::pageLayout(QPageSize::A4), 300);
    const BriefingLayout layout(
        document, BriefingOptions::everything(*document), device.writer.get(), device.pageRect());

    // Every line of every paragraph is placed once, in order; a broken paragraph leaves at least two lines on
    // each side of the break.
    QHash<const QTextLayout *, QList<QPair<int, int>>> pieces;
    int tableHeaders = 0;
    for (const Page &page : layout.pages()) {
        for (const Block &block : page.blocks) {
            tableHeaders += block.kind == BlockKind::TableHeader ? 1 : 0;
            if (block.kind != BlockKind::Paragraph)
                continue;
            const Item &item = block.items.first();
            pieces[item.text.get()].append({ item.firstLine, item.lineCount });
        }
    }
    int broken = 0;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
        int next = 0;
        for (const auto &[first, count] : it.value()) {
            QCOMPARE(first, next);
            next += count;
            if (it.value().size() > 1 && it.key()->lineCount() >= 4)
                QVERIFY2(count >= 2, qPrintable(QStringLiteral("a piece of %1 lines").arg(count)));
        }
        QCOMPARE(next, it.key()->lineCount());
        broken += it.value().size() > 1 ? 1 : 0;
    }
    QVERIFY(broken > 0);
    // The long table goes over a page and repeats its header there.
    int tables = 0;
    for (const Bulletin::Section &section : document->sections)
        tables += section.indicators.isEmpty() ? 0 : 1;
    QVERIFY2(tableHeaders > tables + 1, qPrintable(QString::number(tableHeaders)));
}

void TestBriefingLayout::englishRunningText()
{
    const Device device(BriefingOptions::pageLayout(QPageSize::Letter), 300);
    BriefingOptions options = BriefingOptions::everything(*builtIn());
    options.language = BriefingOptions::Language::English;
    const BriefingLayout layout(builtIn(), options, device.writer.get(), device.pageRect());
    const int count = int(layout.pages().size());
    QCOMPARE(BriefingLayout::pageNumberText(1, count, options.language), QStringLiteral("Page 1 of %1").arg(count));
    QVERIFY(text(layout.pages().first().footer).contains(QStringLiteral("Page 1 of %1").arg(count)));
    QVERIFY(text(layout.pages().first().footer).contains(QStringLiteral("Source: ")));
    QCOMPARE(
        BriefingLayout::pageNumberText(2, 7, BriefingOptions::Language::Chinese), QStringLiteral("第 2 页 / 共 7 页"));
}

void TestBriefingLayout::tablesKeepRowsTogether_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QPageLayout>("pageLayout");
    for (int rows = 1; rows <= 40; ++rows) {
        QTest::addRow("A4-%d-rows", rows) << rows << BriefingOptions::pageLayout(QPageSize::A4);
        QTest::addRow("A5-%d-rows", rows) << rows << BriefingOptions::pageLayout(QPageSize::A5);
    }
}

// Orphans and widows of tables, read off the pages: no table leaves one row alone at the bottom of a page or at
// the top of the next, a caption stays with its header and first two rows, a table of fewer than four rows is
// never broken, and no heading or caption is the last thing on a page.
void TestBriefingLayout::tablesKeepRowsTogether()
{
    QFETCH(int, rows);
    QFETCH(QPageLayout, pageLayout);
    const std::shared_ptr<const Document> document = tableDocument(rows);
    const Device device(pageLayout, 300);
    const BriefingLayout layout(
        document, BriefingOptions::everything(*document), device.writer.get(), device.pageRect());

    struct Table
    {
        QString caption;
        QList<int> rowsPerPage;
    };
    QList<Table> tables;
    const QList<Page> &pages = layout.pages();
    for (int p = 0; p < pages.size(); ++p) {
        const QList<Block> &blocks = pages.at(p).blocks;
        const QString where = QStringLiteral("page %1: ").arg(p + 1);
        for (int b = 0; b < blocks.size(); ++b) {
            const Block &block = blocks.at(b);
            if (block.kind == BlockKind::TableCaption) {
                QVERIFY2(b + 1 < blocks.size() && blocks.at(b + 1).kind == BlockKind::TableHeader,
                    qPrintable(where + block.label + QStringLiteral(" without its header")));
                tables.append({ block.label, {} });
            } else if (block.kind == BlockKind::TableHeader) {
                QVERIFY(!tables.isEmpty());
                tables.last().rowsPerPage.append(0);
                // A header repeated on a later page opens it.
                if (tables.last().rowsPerPage.size() > 1)
                    QVERIFY2(b == 0, qPrintable(where + describe(block)));
            } else if (block.kind == BlockKind::TableRow) {
                QVERIFY(!tables.isEmpty() && !tables.last().rowsPerPage.isEmpty());
                ++tables.last().rowsPerPage.last();
            }
        }
        if (p + 1 < pages.size()) {
            const BlockKind last = blocks.last().kind;
            QVERIFY2(last != BlockKind::Heading && last != BlockKind::TableCaption && last != BlockKind::TableHeader,
                qPrintable(where + QStringLiteral("ends with ") + describe(blocks.last())));
        }
    }

    QCOMPARE(tables.size(), document->sections.size());
    int broken = 0;
    for (const Table &table : std::as_const(tables)) {
        QString split;
        int total = 0;
        for (const int count : table.rowsPerPage) {
            split += QStringLiteral(" %1").arg(count);
            total += count;
        }
        const QByteArray message = (table.caption + QStringLiteral(": rows per page") + split).toUtf8();
        QCOMPARE(total, rows);
        if (rows < 4) {
            QVERIFY2(table.rowsPerPage.size() == 1, message.constData());
            continue;
        }
        for (const int count : table.rowsPerPage)
            QVERIFY2(count >= 2, message.constData());
        broken += table.rowsPerPage.size() > 1 ? 1 : 0;
    }
    // Twelve tables of ten rows or more fill pages: some of them are broken (one to twelve of them, measured).
    if (rows >= 10)
        QVERIFY2(broken > 0, qPrintable(QString::number(layout.pages().size())));
}

void TestBriefingLayout::editorNotesStayOut_data()
{
    QTest::addColumn<BriefingOptions::Language>("language");
    QTest::addColumn<QString>("readerNote");
    QTest::addRow("chinese") << BriefingOptions::Language::Chinese << QStringLiteral("读者须知：口径调整");
    QTest::addRow("english") << BriefingOptions::Language::English << QStringLiteral("READER-NOTE-EN");
}

// A note for the bulletin's editors (how a figure was read from the text) never reaches the printed remarks; the
// readers' note does, in the sheet's language.
void TestBriefingLayout::editorNotesStayOut()
{
    QFETCH(BriefingOptions::Language, language);
    QFETCH(QString, readerNote);
    auto document = std::make_shared<Document>(*builtIn());
    Bulletin::Indicator &indicator = document->sections[0].indicators[0];
    indicator.note = QStringLiteral("读者须知：口径调整");
    indicator.noteEn = QStringLiteral("READER-NOTE-EN");
    indicator.editorNote = QStringLiteral("EDITOR-ONLY");
    document->sections[1].indicators[0].editorNote = QStringLiteral("EDITOR-ONLY编者核对口径");
    BriefingOptions options = BriefingOptions::everything(*document);
    options.language = language;
    const Device device(BriefingOptions::pageLayout(QPageSize::A4), 300);
    const BriefingLayout layout(document, options, device.writer.get(), device.pageRect());
    const QString all = allText(layout);
    QVERIFY2(all.contains(readerNote), qPrintable(readerNote));
    QVERIFY(!all.contains(QStringLiteral("EDITOR-ONLY")));
    QVERIFY(!all.contains(QStringLiteral("编者核对口径")));
    // Nor the built-in bulletin's own notes for editors.
    for (const Bulletin::Section &section : builtIn()->sections) {
        for (const Bulletin::Indicator &builtInIndicator : section.indicators) {
            if (!builtInIndicator.editorNote.isEmpty())
                QVERIFY2(!all.contains(builtInIndicator.editorNote), qPrintable(builtInIndicator.editorNote));
        }
    }
    // The other language's note is not printed either.
    QVERIFY(!all.contains(language == BriefingOptions::Language::English ? QStringLiteral("读者须知")
                                                                         : QStringLiteral("READER-NOTE-EN")));
}

void TestBriefingLayout::issueText_data()
{
    QTest::addColumn<QString>("issue");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("english");
    QTest::addRow("number") << QStringLiteral("12") << QStringLiteral("第12期") << QStringLiteral("No. 12");
    QTest::addRow("padded") << QStringLiteral(" 7 ") << QStringLiteral("第7期") << QStringLiteral("No. 7");
    QTest::addRow("worded") << QStringLiteral("总第123期") << QStringLiteral("总第123期")
                            << QStringLiteral("总第123期");
    QTest::addRow("empty") << QString() << QString() << QString();
}

void TestBriefingLayout::issueText()
{
    QFETCH(QString, issue);
    QFETCH(QString, chinese);
    QFETCH(QString, english);
    QCOMPARE(BriefingLayout::issueText(issue, BriefingOptions::Language::Chinese), chinese);
    QCOMPARE(BriefingLayout::issueText(issue, BriefingOptions::Language::English), english);
}

void TestBriefingLayout::masthead_data()
{
    QTest::addColumn<BriefingOptions::Language>("language");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("issue");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("chinese") << BriefingOptions::Language::Chinese << QStringLiteral("衡阳市统计局")
                             << QStringLiteral("12")
                             << QStringList { QStringLiteral("衡阳市统计局"), QStringLiteral("第12期"),
                                    QStringLiteral("2024年5月6日") };
    QTest::addRow("english") << BriefingOptions::Language::English << QStringLiteral("Hengyang Bureau of Statistics")
                             << QStringLiteral("12")
                             << QStringList { QStringLiteral("Hengyang Bureau of Statistics"), QStringLiteral("No. 12"),
                                    QStringLiteral("6 May 2024") };
    QTest::addRow("none") << BriefingOptions::Language::Chinese << QString() << QString()
                          << QStringList { QStringLiteral("2024年5月6日") };
}

// The issuing unit and the date on one line under the masthead, the issue between them, all above the red rule;
// what is not given is left out.
void TestBriefingLayout::masthead()
{
    QFETCH(BriefingOptions::Language, language);
    QFETCH(QString, issuer);
    QFETCH(QString, issue);
    QFETCH(QStringList, expected);
    BriefingOptions options = BriefingOptions::everything(*builtIn());
    options.language = language;
    options.issuingUnit = issuer;
    options.issue = issue;
    options.generatedOn = QDate(2024, 5, 6);
    const Device device(BriefingOptions::pageLayout(QPageSize::A4), 300);
    const BriefingLayout layout(builtIn(), options, device.writer.get(), device.pageRect());
    const Block &masthead = layout.pages().first().blocks.first();
    QCOMPARE(masthead.kind, BlockKind::Masthead);

    QHash<QString, QRectF> where;
    qreal firstRule = -1;
    for (const Item &item : masthead.items) {
        if (item.kind == Item::Text)
            where.insert(item.plainText(), item.rect);
        else if (item.kind == Item::Rule && firstRule < 0)
            firstRule = item.rect.top();
    }
    for (const QString &text : std::as_const(expected)) {
        QVERIFY2(where.contains(text), qPrintable(where.keys().join(QLatin1Char('|'))));
        QVERIFY2(where.value(text).bottom() <= firstRule, qPrintable(text));
    }
    const QRectF date = where.value(expected.last());
    if (!issuer.isEmpty()) {
        // One line: the unit at the left margin, the date at the right.
        const QRectF unit = where.value(expected.first());
        QVERIFY(qAbs(unit.top() - date.top()) < 1);
        QVERIFY(unit.left() <= masthead.rect.left() + 1);
        QVERIFY(date.right() >= masthead.rect.right() - layout.pixelsPerPoint() * 2);
        QVERIFY(where.value(expected.at(1)).bottom() <= date.top());
    } else {
        // The masthead, the date, the title and the subtitle: no empty line stands for the unit or the issue.
        QCOMPARE(where.size(), builtIn()->subtitle.isEmpty() ? 3 : 4);
    }
    const QString all = text(masthead.items);
    QCOMPARE(all.contains(QStringLiteral("期")) || all.contains(QStringLiteral("No.")), !issue.isEmpty());
}

void TestBriefingLayout::serifBody_data()
{
    QTest::addColumn<BriefingOptions::Language>("language");
    QTest::addColumn<QString>("bodyFamily");
    QTest::addRow("chinese") << BriefingOptions::Language::Chinese << QStringLiteral("AR PL UMing CN");
    QTest::addRow("english") << BriefingOptions::Language::English << QStringLiteral("DejaVu Serif");
}

// Body text, table cells and notes in the serif face when chosen; headings, masthead and running text stay in the
// sans. The face is checked installed (tools/bootstrap.sh installs fonts-arphic-uming).
void TestBriefingLayout::serifBody()
{
    QFETCH(BriefingOptions::Language, language);
    QFETCH(QString, bodyFamily);
    QVERIFY2(BriefingLayout::serifAvailable(), "AR PL UMing CN (Debian: fonts-arphic-uming)");
    BriefingOptions options = BriefingOptions::everything(*builtIn());
    options.language = language;
    QVERIFY(!BriefingLayout::serifFamilies(language).contains(QStringLiteral("Noto Serif CJK SC")));

    using Role = BriefingLayout::FontRole;
    const QString sans = QFontInfo(BriefingLayout::font(Role::Body, options)).family();
    QVERIFY(sans != bodyFamily);
    options.serifBody = true;
    for (const Role role : { Role::Body, Role::TableCell, Role::Note })
        QCOMPARE(QFontInfo(BriefingLayout::font(role, options)).family(), bodyFamily);
    for (const Role role : { Role::Heading1, Role::Masthead, Role::Running, Role::TableHeader })
        QCOMPARE(QFontInfo(BriefingLayout::font(role, options)).family(), sans);

    // The paragraphs of the sheet are laid out in that face.
    const Device device(BriefingOptions::pageLayout(QPageSize::A4), 300);
    const BriefingLayout layout(builtIn(), options, device.writer.get(), device.pageRect());
    int paragraphs = 0;
    for (const Page &page : layout.pages()) {
        for (const Block &block : page.blocks) {
            if (block.kind != BlockKind::Paragraph)
                continue;
            ++paragraphs;
            QCOMPARE(QFontInfo(block.items.first().text->font()).family(), bodyFamily);
        }
    }
    QVERIFY(paragraphs > 0);
}

// On a black-and-white printer the sheet's own blocks (masthead, cards, tables) print as given: grey inks only, so
// that nothing is told apart by a hue the printer turns into a grey of its choosing.
void TestBriefingLayout::grayscaleInksAreGray()
{
    BriefingOptions options = BriefingOptions::everything(*builtIn());
    const Device device(BriefingOptions::pageLayout(QPageSize::A4), 300);
    const auto coloured = [&device](const BriefingOptions &options) {
        const BriefingLayout layout(builtIn(), options, device.writer.get(), device.pageRect());
        QStringList found;
        for (const Page &page : layout.pages()) {
            QList<Item> items = page.header + page.footer;
            for (const Block &block : page.blocks)
                items += block.items;
            for (const Item &item : std::as_const(items)) {
                for (const QColor &color : { item.color, item.border }) {
                    if (color.isValid() && color.hslSaturation() > 0)
                        found.append(color.name());
                }
            }
        }
        return found;
    };
    // In colour the masthead is red and the cards blue; grey inks only when printing in black and white.
    QVERIFY(!coloured(options).isEmpty());
    options.grayscale = true;
    QCOMPARE(coloured(options), QStringList());
}

void TestBriefingLayout::grayscaleChartsKeepCityAndProvinceApart_data()
{
    QTest::addColumn<bool>("grayscale");
    QTest::addColumn<int>("margin");
    // Measured: grey 107 and 174 in colour (Okabe–Ito blue and orange); 64 solid and 223 hatched in black and white.
    QTest::addRow("colour") << false << 40;
    QTest::addRow("grayscale") << true << 100;
}

// The comparison chart as printed, turned grey: within every pair of bars the city's and the province's differ in
// shade by a clear margin and, on a black-and-white sheet, one of them is hatched. Measured on the rendered page.
void TestBriefingLayout::grayscaleChartsKeepCityAndProvinceApart()
{
    QFETCH(bool, grayscale);
    QFETCH(int, margin);
    BriefingOptions options = BriefingOptions::everything(*builtIn());
    options.sectionIds.clear();
    options.grayscale = grayscale;
    const QPageLayout pageLayout = BriefingOptions::pageLayout(QPageSize::A4);
    const QRect paint = pageLayout.paintRectPixels(150);
    QImage image(paint.size(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(150 / 0.0254));
    image.setDotsPerMeterY(qRound(150 / 0.0254));
    image.fill(Qt::white);
    const BriefingLayout layout(builtIn(), options, &image, QRectF(QPointF(0, 0), QSizeF(paint.size())));

    const Item *chartItem = nullptr;
    for (int p = 0; p < layout.pages().size() && !chartItem; ++p) {
        for (const Block &block : layout.pages().at(p).blocks) {
            if (block.kind == BlockKind::Chart && block.label == QLatin1String("overview-comparison")) {
                chartItem = &block.items.first();
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                BriefingPainter::paintPage(&painter, layout.pages().at(p));
                break;
            }
        }
    }
    QVERIFY(chartItem && chartItem->chartObject);
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);

    BulletinChart *chart = chartItem->chartObject.get();
    QHorizontalBarSeries *series = chart->barSeries();
    QVERIFY(series);
    const QList<QBarSet *> sets = series->barSets();
    QCOMPARE(sets.size(), 2);
    // Chart coordinates to the page: the chart's scene rect is drawn stretched into the item's rect.
    const QRectF scene = chart->sceneBoundingRect();
    const QRectF target = chartItem->rect;
    const auto toPage = [&](const QPointF &value) {
        const QPointF p = chart->mapToScene(chart->mapToPosition(value, series));
        return QPointF(target.left() + (p.x() - scene.left()) * target.width() / scene.width(),
            target.top() + (p.y() - scene.top()) * target.height() / scene.height());
    };
    struct Shade
    {
        qreal mean = 0;
        qreal deviation = 0;
    };
    // The middle of a bar, clear of its outline: mean grey level and how much it varies (a hatch varies).
    const auto shade = [&](qreal from, qreal to, qreal low, qreal high) {
        const QRectF bar = QRectF(toPage(QPointF(from, low)), toPage(QPointF(to, high))).normalized();
        const QRect inner
            = bar.adjusted(bar.width() * 0.15, bar.height() * 0.2, -bar.width() * 0.15, -bar.height() * 0.2)
                  .toAlignedRect()
                  .intersected(gray.rect());
        qreal sum = 0;
        qreal squares = 0;
        int count = 0;
        for (int y = inner.top(); y <= inner.bottom(); ++y) {
            const uchar *line = gray.constScanLine(y);
            for (int x = inner.left(); x <= inner.right(); ++x) {
                sum += line[x];
                squares += qreal(line[x]) * line[x];
                ++count;
            }
        }
        Shade result;
        if (count > 0) {
            result.mean = sum / count;
            result.deviation = std::sqrt(std::max<qreal>(0, squares / count - result.mean * result.mean));
        }
        return std::make_pair(result, count);
    };

    const qreal width = series->barWidth();
    int pairs = 0;
    for (int row = 0; row < sets.at(0)->count(); ++row) {
        const qreal city = sets.at(0)->at(row);
        const qreal province = sets.at(1)->at(row);
        if (city <= 0 || province <= 0)
            continue;
        // Two bars share a category's width, one on each side of its centre line.
        const auto [lower, lowerCount] = shade(0, sets.at(0)->at(row), row - width / 2, row);
        const auto [upper, upperCount] = shade(0, sets.at(1)->at(row), row, row + width / 2);
        QVERIFY2(
            lowerCount > 50 && upperCount > 50, qPrintable(QStringLiteral("%1 %2").arg(lowerCount).arg(upperCount)));
        const QString measured = QStringLiteral("row %1: grey %2 ± %3 and %4 ± %5")
                                     .arg(row)
                                     .arg(lower.mean, 0, 'f', 0)
                                     .arg(lower.deviation, 0, 'f', 0)
                                     .arg(upper.mean, 0, 'f', 0)
                                     .arg(upper.deviation, 0, 'f', 0);
        QVERIFY2(qAbs(lower.mean - upper.mean) >= margin, qPrintable(measured));
        const bool hatched = std::max(lower.deviation, upper.deviation) >= 30;
        QVERIFY2(hatched == grayscale, qPrintable(measured));
        ++pairs;
    }
    QVERIFY(pairs >= 2);
}

QTEST_MAIN(TestBriefingLayout)
#include "tst_briefinglayout.moc"
