// The briefing's layout engine, without printing: where every block lands on which page, for several papers,
// resolutions and choices of content.

#include "briefinglayout.h"
#include "briefingoptions.h"

#include <QBuffer>
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
    QVERIFY(allText.contains(QStringLiteral("生成日期")));
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

QTEST_MAIN(TestBriefingLayout)
#include "tst_briefinglayout.moc"
