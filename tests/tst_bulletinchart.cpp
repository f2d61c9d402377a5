// BulletinChart on its own: built, laid out and drawn with no view and no widget, at the sizes the window, the
// exports and the briefing ask for. At the height it asks for itself (preferredHeight) every category label is
// whole and no two touch, on screen and on the briefing's paper, in Chinese and in English.

#include "briefinglayout.h"
#include "briefingoptions.h"
#include "bulletinchart.h"
#include "chartstyle.h"

#include <QApplication>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegendMarker>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QValueAxis>
#include <QtTest>
#include <bulletinloader.h>
#include <chartdatamodel.h>
#include <defaultcharts.h>
#include <indicatorformat.h>
#include <indicatorroles.h>
#include <memory>

using Bulletin::ChartKind;
using Bulletin::ChartSpec;
using Bulletin::Document;
using Bulletin::IndicatorFormat;
using Bulletin::Language;

Q_DECLARE_METATYPE(Bulletin::ChartSpec)
Q_DECLARE_METATYPE(Bulletin::Language)

namespace {

std::shared_ptr<const Document> builtIn()
{
    static const std::shared_ptr<const Document> document = Bulletin::BulletinLoader::loadBuiltIn().document;
    return document;
}

// Every chart the program draws from the built-in bulletin: the sections' own and the overview's.
QList<ChartSpec> everyChart()
{
    QList<ChartSpec> charts;
    for (const Bulletin::Section &section : builtIn()->sections)
        charts.append(section.charts);
    charts.append(Bulletin::DefaultCharts::overview(*builtIn()));
    return charts;
}

struct NamedLanguage
{
    const char *name;
    Language language;
};
const NamedLanguage Languages[] = { { "zh", Language::Chinese }, { "en", Language::English } };

// Text without any white space (line breaks, no-break spaces, U+2028 included): labels wrap where they like.
QString squeezed(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

QString squeezedHtml(const QString &html)
{
    return squeezed(QTextDocumentFragment::fromHtml(html).toPlainText());
}

QCategoryAxis *categoryAxis(const BulletinChart &chart)
{
    const auto vertical = chart.axes(Qt::Vertical);
    return vertical.size() == 1 ? qobject_cast<QCategoryAxis *>(vertical.first()) : nullptr;
}

// The category labels as drawn: the chart's text items left of the plot (nothing else of a chart lies there).
QList<const QGraphicsTextItem *> drawnCategoryLabels(const BulletinChart &chart)
{
    QList<const QGraphicsTextItem *> labels;
    if (!chart.scene())
        return labels;
    const QRectF plot = chart.plotArea();
    const auto items = chart.scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || !chart.isAncestorOf(text) || text->toPlainText().isEmpty())
            continue;
        const QRectF rect = text->sceneBoundingRect();
        if (rect.right() <= plot.left() + 1 && rect.center().y() >= plot.top() - 1
            && rect.center().y() <= plot.bottom() + 1)
            labels.append(text);
    }
    std::sort(labels.begin(), labels.end(), [](const QGraphicsTextItem *a, const QGraphicsTextItem *b) {
        return a->sceneBoundingRect().top() < b->sceneBoundingRect().top();
    });
    return labels;
}

// The text itself, without the margin Qt Charts leaves around a label's document.
QRectF textRect(const QGraphicsTextItem *item)
{
    const qreal margin = item->document()->documentMargin();
    return item->sceneBoundingRect().adjusted(margin, margin, -margin, -margin);
}

QString describe(const QRectF &rect)
{
    return QStringLiteral("(%1,%2 %3x%4)")
        .arg(rect.x(), 0, 'f', 1)
        .arg(rect.y(), 0, 'f', 1)
        .arg(rect.width(), 0, 'f', 1)
        .arg(rect.height(), 0, 'f', 1);
}

// Why the chart's category labels are not every one drawn whole and apart, or empty when they are: one label item
// a row, each the axis' label for that row, no two overlapping, nothing truncated.
QString labelProblems(const BulletinChart &chart)
{
    QStringList problems;
    const auto axes = chart.axes();
    for (const QAbstractAxis *axis : axes) {
        if (axis->labelsTruncated())
            problems.append(
                QStringLiteral("%1 axis labels truncated")
                    .arg(axis->orientation() == Qt::Vertical ? QStringLiteral("category") : QStringLiteral("value")));
    }
    if (chart.labelsTruncated() && problems.isEmpty())
        problems.append(QStringLiteral("labelsTruncated()"));

    QCategoryAxis *axis = categoryAxis(chart);
    if (!axis)
        return QStringLiteral("no category axis");
    const QStringList expected = axis->categoriesLabels();
    const QList<const QGraphicsTextItem *> drawn = drawnCategoryLabels(chart);
    if (drawn.size() != expected.size())
        problems.append(QStringLiteral("%1 category labels drawn for %2 rows").arg(drawn.size()).arg(expected.size()));
    QStringList wanted;
    for (const QString &label : expected)
        wanted.append(squeezedHtml(label));
    for (const QGraphicsTextItem *item : drawn) {
        if (!wanted.contains(squeezed(item->toPlainText())))
            problems.append(QStringLiteral("label \"%1\" is none of the axis' labels").arg(item->toPlainText()));
    }
    for (int i = 0; i < drawn.size(); ++i) {
        for (int j = i + 1; j < drawn.size(); ++j) {
            const QRectF a = textRect(drawn.at(i));
            const QRectF b = textRect(drawn.at(j));
            if (a.intersects(b))
                problems.append(QStringLiteral("\"%1\" %2 overlaps \"%3\" %4 by %5 px")
                                    .arg(squeezed(drawn.at(i)->toPlainText()), describe(a),
                                        squeezed(drawn.at(j)->toPlainText()), describe(b))
                                    .arg(a.intersected(b).height(), 0, 'f', 1));
        }
    }
    return problems.join(QStringLiteral("; "));
}

QString where(const BulletinChart &chart, const char *language)
{
    return QStringLiteral("%1/%2 at %3x%4 (plot %5): ")
        .arg(QString::fromLatin1(language), chart.chartId())
        .arg(chart.size().width())
        .arg(chart.size().height())
        .arg(describe(chart.plotArea()));
}

void addLanguageAndChartRows()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<ChartSpec>("spec");
    for (const NamedLanguage &language : Languages) {
        for (const ChartSpec &spec : everyChart())
            QTest::addRow("%s/%s", language.name, qPrintable(spec.id)) << language.language << spec;
    }
}

// The classes of the widgets that exist, for a failure message.
QString widgetNames()
{
    QStringList names;
    const auto widgets = QApplication::allWidgets();
    for (const QWidget *widget : widgets)
        names.append(QString::fromLatin1(widget->metaObject()->className()));
    return names.join(QStringLiteral(", "));
}

int pixelsUnlike(const QImage &image, const QColor &background)
{
    const QRgb plain = background.rgba();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += line[x] != plain ? 1 : 0;
    }
    return count;
}

// A page device to measure with, as the PDF writer is; nothing is written.
struct PdfDevice
{
    explicit PdfDevice(int resolution)
    {
        buffer.open(QIODevice::WriteOnly);
        writer = std::make_unique<QPdfWriter>(&buffer);
        writer->setResolution(resolution);
        writer->setPageLayout(BriefingOptions::pageLayout(QPageSize::A4));
    }
    QRectF pageRect() const { return QRectF(0, 0, writer->width(), writer->height()); }

    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;
};

// Mean and standard deviation of the grey of an image's pixels inside rects (scene coordinates times scale), each
// shrunk by inset pixels so that outlines do not count.
struct GreyStats
{
    qreal mean = 0;
    qreal deviation = 0;
    qint64 pixels = 0;
    // Pixels from one dark stroke across a row to the next, along the rows: the hatch's period.
    qreal period = 0;
};

GreyStats greyStats(const QImage &image, const QList<QRectF> &rects, qreal scale, int inset)
{
    GreyStats stats;
    qreal sum = 0;
    qreal squares = 0;
    qint64 darkRuns = 0;
    qint64 runPixels = 0;
    for (const QRectF &rect : rects) {
        const QRect pixels = QRectF(rect.topLeft() * scale, rect.size() * scale)
                                 .toAlignedRect()
                                 .adjusted(inset, inset, -inset, -inset)
                                 .intersected(image.rect());
        for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
            bool dark = false;
            for (int x = pixels.left(); x <= pixels.right(); ++x) {
                const int grey = qGray(image.pixel(x, y));
                sum += grey;
                squares += qreal(grey) * grey;
                ++stats.pixels;
                // Well below white: a scaled hatch's lines are smoothed at their edges.
                if (grey < 192 && !dark)
                    ++darkRuns;
                dark = grey < 192;
            }
            runPixels += pixels.width();
        }
    }
    if (stats.pixels == 0)
        return stats;
    stats.mean = sum / stats.pixels;
    stats.deviation = std::sqrt(std::max<qreal>(0, squares / stats.pixels - stats.mean * stats.mean));
    stats.period = darkRuns > 0 ? qreal(runPixels) / darkRuns : 0;
    return stats;
}

// The plot's bars of one brush, as drawn (Qt Charts draws each bar as a rectangle item).
QList<QRectF> barRects(const BulletinChart &chart, const QBrush &brush)
{
    QList<QRectF> rects;
    const auto items = chart.scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *rect = dynamic_cast<const QGraphicsRectItem *>(item);
        if (!rect || !rect->isVisible() || !chart.isAncestorOf(rect) || rect->brush() != brush)
            continue;
        const QRectF bounds = rect->sceneBoundingRect();
        if (chart.plotArea().contains(bounds.center()) && bounds.width() > 12 && bounds.height() > 8)
            rects.append(bounds);
    }
    return rects;
}

QImage rendered(BulletinChart &chart, qreal scale)
{
    QImage image((chart.size() * scale).toSize(), QImage::Format_RGB32);
    image.fill(chart.chartStyle().background);
    QPainter painter(&image);
    chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    return image;
}

const ChartSpec *builtInChart(const QString &id)
{
    for (const Bulletin::Section &section : builtIn()->sections) {
        for (const ChartSpec &spec : section.charts) {
            if (spec.id == id)
                return &spec;
        }
    }
    return nullptr;
}

} // namespace

class TestBulletinChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void drawsWithoutAnyWidget_data() { addLanguageAndChartRows(); }
    void drawsWithoutAnyWidget();
    void laysOutAtTheSizeAsked_data();
    void laysOutAtTheSizeAsked();
    void textScaleEnlargesText_data() { addLanguageAndChartRows(); }
    void textScaleEnlargesText();
    void toolTipNamesTheFigures_data() { addLanguageAndChartRows(); }
    void toolTipNamesTheFigures();
    void narrowLegendSaysDerivedInAWord_data();
    void narrowLegendSaysDerivedInAWord();
    void highlightSelectsOneRow_data() { addLanguageAndChartRows(); }
    void highlightSelectsOneRow();
    void languageChangeRebuildsLabels_data();
    void languageChangeRebuildsLabels();
    void briefingChartLabelsNeverOverlap_data();
    void briefingChartLabelsNeverOverlap();
    void grayscaleKeepsCityAndProvinceApart_data();
    void grayscaleKeepsCityAndProvinceApart();
    void grayscaleMarksTheFirstPlaceByFill_data();
    void grayscaleMarksTheFirstPlaceByFill();
};

void TestBulletinChart::initTestCase()
{
    QVERIFY(builtIn());
    QVERIFY(everyChart().size() > 2);
    QVERIFY(qobject_cast<QApplication *>(QCoreApplication::instance()));
}

void TestBulletinChart::drawsWithoutAnyWidget()
{
    QFETCH(Language, language);
    QFETCH(ChartSpec, spec);

    // Given: no widget at all.
    QVERIFY2(QApplication::allWidgets().isEmpty(), qPrintable(widgetNames()));
    const ChartStyle style = ChartStyle::light();

    // When: a chart is built, laid out and drawn into an image.
    QImage image(QSize(640, 480), QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background);
    {
        BulletinChart chart(builtIn(), spec, language, style, BulletinChart::Framing::Standalone);
        QCOMPARE(chart.chartId(), spec.id);
        QCOMPARE(chart.dataModel()->rowCount(), int(spec.indicatorIds.size()));
        chart.layOut(QSizeF(image.size()));
        QPainter painter(&image);
        chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
        painter.end();
        QVERIFY(chart.scene());
        // Then: no widget was needed for any of it.
        QVERIFY2(QApplication::allWidgets().isEmpty(), qPrintable(widgetNames()));
    }
    QVERIFY(QApplication::allWidgets().isEmpty());

    // And: the chart was drawn — bars or dots, labels, title — not just its background.
    const int drawn = pixelsUnlike(image, style.background);
    QVERIFY2(drawn > image.width() * image.height() / 50, qPrintable(QString::number(drawn)));
    // The city's colour (bars) or the ranking colour (dots) is on the image.
    const QColor mark = spec.kind == ChartKind::Ranking
        ? style.ranking
        : (spec.kind == ChartKind::Comparison ? style.city : style.bars);
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y) {
        for (int x = 0; x < image.width() && !found; ++x)
            found = QColor(image.pixel(x, y)) == mark;
    }
    QVERIFY2(found, qPrintable(mark.name()));
}

void TestBulletinChart::laysOutAtTheSizeAsked_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<ChartSpec>("spec");
    QTest::addColumn<int>("width");
    // 0: the height the chart asks for at that width.
    QTest::addColumn<int>("height");
    for (const NamedLanguage &language : Languages) {
        for (const ChartSpec &spec : everyChart()) {
            for (const QSize size : { QSize(900, 500), QSize(640, 360), QSize(460, 340) })
                QTest::addRow("%s/%s@%dx%d", language.name, qPrintable(spec.id), size.width(), size.height())
                    << language.language << spec << size.width() << size.height();
            for (const int width : { 460, 640, 900 })
                QTest::addRow("%s/%s@%dxpreferred", language.name, qPrintable(spec.id), width)
                    << language.language << spec << width << 0;
        }
    }
}

void TestBulletinChart::laysOutAtTheSizeAsked()
{
    QFETCH(Language, language);
    QFETCH(ChartSpec, spec);
    QFETCH(int, width);
    QFETCH(int, height);

    BulletinChart chart(builtIn(), spec, language);
    const bool preferred = height == 0;
    const QSizeF size(width, preferred ? chart.preferredHeight(width) : height);
    QVERIFY(size.height() > 0);

    chart.layOut(size);

    QCOMPARE(chart.size(), size);
    const QRectF plot = chart.plotArea();
    const QString here = where(chart, QTest::currentDataTag());
    QVERIFY2(!plot.isEmpty(), qPrintable(here));
    QVERIFY2(QRectF(QPointF(0, 0), size).contains(plot), qPrintable(here));
    QVERIFY(QApplication::allWidgets().isEmpty());
    if (!preferred)
        return;

    // At the height it asked for, every label whole and none touching another.
    const QString problems = labelProblems(chart);
    QVERIFY2(problems.isEmpty(), qPrintable(here + problems));
    // And drawn inside the chart.
    for (const QGraphicsTextItem *label : drawnCategoryLabels(chart))
        QVERIFY2(QRectF(QPointF(-1, -1), size + QSizeF(2, 2)).contains(textRect(label)),
            qPrintable(here + describe(textRect(label))));
}

void TestBulletinChart::textScaleEnlargesText()
{
    QFETCH(Language, language);
    QFETCH(ChartSpec, spec);
    const qreal width = 640;

    BulletinChart normal(builtIn(), spec, language);
    BulletinChart large(builtIn(), spec, language);
    large.setTextScale(1.5);
    QCOMPARE(large.textScale(), 1.5);
    QCOMPARE(normal.textScale(), 1.0);

    // Each laid out at the height it asks for: larger text needs more height.
    const qreal normalHeight = normal.preferredHeight(width);
    const qreal largeHeight = large.preferredHeight(width);
    QVERIFY2(largeHeight > normalHeight, qPrintable(QStringLiteral("%1 vs %2").arg(largeHeight).arg(normalHeight)));
    normal.layOut(QSizeF(width, normalHeight));
    large.layOut(QSizeF(width, largeHeight));

    const auto ratio = [](const QFont &big, const QFont &small) { return big.pointSizeF() / small.pointSizeF(); };
    QCOMPARE(ratio(large.titleFont(), normal.titleFont()), 1.5);
    QCOMPARE(ratio(large.legend()->font(), normal.legend()->font()), 1.5);
    QCOMPARE(ratio(categoryAxis(large)->labelsFont(), categoryAxis(normal)->labelsFont()), 1.5);
    const QAbstractAxis *normalBottom = normal.axes(Qt::Horizontal).value(0);
    const QAbstractAxis *largeBottom = large.axes(Qt::Horizontal).value(0);
    QVERIFY(normalBottom && largeBottom);
    QCOMPARE(ratio(largeBottom->labelsFont(), normalBottom->labelsFont()), 1.5);
    if (spec.kind == ChartKind::Ranking) {
        QCOMPARE(ratio(large.rankSeries()->pointLabelsFont(), normal.rankSeries()->pointLabelsFont()), 1.5);
    } else {
        const auto normalSets = normal.barSeries()->barSets();
        const auto largeSets = large.barSeries()->barSets();
        QCOMPARE(largeSets.size(), normalSets.size());
        for (int i = 0; i < normalSets.size(); ++i)
            QCOMPARE(ratio(largeSets.at(i)->labelFont(), normalSets.at(i)->labelFont()), 1.5);
    }

    // The labels drawn are larger too, and still whole and apart.
    const auto normalLabels = drawnCategoryLabels(normal);
    const auto largeLabels = drawnCategoryLabels(large);
    QCOMPARE(largeLabels.size(), normalLabels.size());
    for (int i = 0; i < normalLabels.size(); ++i)
        QCOMPARE(ratio(largeLabels.at(i)->font(), normalLabels.at(i)->font()), 1.5);
    const QString problems = labelProblems(large);
    QVERIFY2(problems.isEmpty(), qPrintable(where(large, QTest::currentDataTag()) + problems));
}

void TestBulletinChart::narrowLegendSaysDerivedInAWord_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<int>("width");
    for (const int width : { 240, 320, 480, 640, 900 }) {
        QTest::addRow("zh/%d", width) << Language::Chinese << width;
        QTest::addRow("en/%d", width) << Language::English << width;
    }
}

// The overview's provincial values are all derived: the legend says so whole where it fits, in a word where it
// does not, and is never cut.
void TestBulletinChart::narrowLegendSaysDerivedInAWord()
{
    QFETCH(Language, language);
    QFETCH(int, width);
    const ChartSpec spec = Bulletin::DefaultCharts::overview(*builtIn()).first();
    QCOMPARE(spec.kind, ChartKind::Comparison);
    BulletinChart chart(builtIn(), spec, language);
    chart.layOut(QSizeF(width, chart.preferredHeight(width)));
    const auto markers = chart.legend()->markers();
    QCOMPARE(markers.size(), 2);
    const QFontMetricsF metrics(chart.legend()->font());
    const auto needed = [&](const QString &province) {
        return metrics.horizontalAdvance(markers.at(0)->label()) + metrics.horizontalAdvance(province)
            + 4 * metrics.height();
    };
    const QString label = markers.at(1)->label();
    const QString whole = IndicatorFormat::derivedRemark(language);
    const QString brief = IndicatorFormat::derivedRemarkBrief(language);
    const qreal room = width - 24;
    if (label.endsWith(brief)) {
        QString full = label;
        full.replace(brief, whole);
        QVERIFY2(needed(full) > room, qPrintable(label));
    } else {
        QVERIFY2(label.endsWith(whole), qPrintable(label));
        QVERIFY2(needed(label) <= room, qPrintable(label));
    }
    // On a chart a third of a 1024-pixel window wide, the English says it in a word.
    if (language == Language::English && width == 320)
        QVERIFY2(label.endsWith(brief), qPrintable(label));
}

void TestBulletinChart::toolTipNamesTheFigures()
{
    QFETCH(Language, language);
    QFETCH(ChartSpec, spec);
    BulletinChart chart(builtIn(), spec, language);
    QCOMPARE(chart.dataModel()->rowCount(), int(spec.indicatorIds.size()));

    for (int row = 0; row < spec.indicatorIds.size(); ++row) {
        const Bulletin::Indicator *indicator = builtIn()->findIndicator(spec.indicatorIds.at(row));
        QVERIFY(indicator);
        const QString tip = chart.toolTip(row);
        const QStringList lines = tip.split(QLatin1Char('\n'));
        // The indicator's name first, in the chart's language, then the city's value.
        QCOMPARE(lines.first(), indicator->displayName(language));
        QVERIFY2(
            lines.size() > 1 && lines.at(1).endsWith(IndicatorFormat::value(*indicator, language)), qPrintable(tip));
        // Bars carry the unit when it is a sign or Chinese; English words are said once, on the axis.
        const auto bars = chart.series();
        for (QAbstractSeries *series : bars) {
            if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series)) {
                const bool words = language == Language::English && indicator->unitEn.contains(u' ');
                QVERIFY2(!words || barSeries->labelsFormat() == QStringLiteral("@value"),
                    qPrintable(barSeries->labelsFormat()));
            }
        }
        QVERIFY2(lines.at(1).startsWith(IndicatorFormat::cityName(*builtIn(), language)), qPrintable(tip));
        if (spec.kind == ChartKind::Comparison) {
            QVERIFY(indicator->hasProvinceComparison());
            const QString province = IndicatorFormat::provinceName(*builtIn(), language);
            const QString gap = IndicatorFormat::gap(*indicator, language);
            QVERIFY(!gap.isEmpty());
            QVERIFY2(lines.size() > 3, qPrintable(tip));
            QVERIFY2(lines.at(2).startsWith(province), qPrintable(tip));
            QVERIFY2(lines.at(2).contains(IndicatorFormat::provinceValue(*indicator, language)), qPrintable(tip));
            QVERIFY2(lines.at(3).endsWith(gap), qPrintable(tip));
        }
        if (spec.kind == ChartKind::Ranking) {
            QVERIFY(indicator->hasRank());
            QVERIFY2(tip.contains(IndicatorFormat::rankWithScope(*indicator, language)), qPrintable(tip));
        }
        // No other row's figures: its name is not in this tip, unless it is part of this one's.
        for (int other = 0; other < spec.indicatorIds.size(); ++other) {
            const QString otherName = builtIn()->findIndicator(spec.indicatorIds.at(other))->displayName(language);
            if (other != row && !indicator->displayName(language).contains(otherName))
                QVERIFY2(!tip.contains(otherName), qPrintable(tip));
        }
    }
    QVERIFY(chart.toolTip(-1).isEmpty());
    QVERIFY(chart.toolTip(int(spec.indicatorIds.size())).isEmpty());
}

void TestBulletinChart::highlightSelectsOneRow()
{
    QFETCH(Language, language);
    QFETCH(ChartSpec, spec);
    BulletinChart chart(builtIn(), spec, language);
    chart.layOut(QSizeF(640, chart.preferredHeight(640)));
    const int rows = int(spec.indicatorIds.size());

    // Which rows are marked, on every bar set or on the dots.
    const auto selectedRows = [&chart, rows] {
        QList<int> selected;
        for (int row = 0; row < rows; ++row) {
            bool marked = false;
            if (chart.rankSeries()) {
                marked = chart.rankSeries()->isPointSelected(row);
            } else {
                const auto sets = chart.barSeries()->barSets();
                for (const QBarSet *set : sets)
                    marked = marked || set->isBarSelected(row);
                // A comparison marks the city's and the province's bar of the row alike.
                for (const QBarSet *set : sets)
                    if (set->isBarSelected(row) != marked)
                        return QList<int> { -1 };
            }
            if (marked)
                selected.append(row);
        }
        return selected;
    };
    QCOMPARE(selectedRows(), QList<int>());

    for (int row = 0; row < rows; ++row) {
        chart.setHighlightedIndicator(spec.indicatorIds.at(row));
        QCOMPARE(chart.highlightedIndicator(), spec.indicatorIds.at(row));
        QCOMPARE(selectedRows(), QList<int> { row });
    }
    // A rebuild (another language) keeps the mark on the same indicator.
    chart.setHighlightedIndicator(spec.indicatorIds.first());
    chart.setLanguage(language == Language::English ? Language::Chinese : Language::English);
    QCOMPARE(selectedRows(), QList<int> { 0 });

    chart.setHighlightedIndicator(QStringLiteral("no-such-indicator"));
    QCOMPARE(selectedRows(), QList<int>());
    chart.setHighlightedIndicator(spec.indicatorIds.last());
    chart.setHighlightedIndicator(QString());
    QCOMPARE(selectedRows(), QList<int>());
}

void TestBulletinChart::languageChangeRebuildsLabels_data()
{
    QTest::addColumn<ChartSpec>("spec");
    for (const ChartSpec &spec : everyChart())
        QTest::addRow("%s", qPrintable(spec.id)) << spec;
}

void TestBulletinChart::languageChangeRebuildsLabels()
{
    QFETCH(ChartSpec, spec);
    const qreal width = 640;
    BulletinChart chart(builtIn(), spec, Language::Chinese);
    chart.layOut(QSizeF(width, chart.preferredHeight(width)));

    // The names the axis and the drawn labels carry, squeezed.
    const auto names = [&chart] {
        QString axisText;
        for (const QString &label : categoryAxis(chart)->categoriesLabels())
            axisText += squeezedHtml(label) + QLatin1Char('|');
        QString drawnText;
        for (const QGraphicsTextItem *item : drawnCategoryLabels(chart))
            drawnText += squeezed(item->toPlainText()) + QLatin1Char('|');
        return std::make_pair(axisText, drawnText);
    };
    const auto check = [&](Language language) {
        const auto [axisText, drawnText] = names();
        for (const QString &id : spec.indicatorIds) {
            const Bulletin::Indicator *indicator = builtIn()->findIndicator(id);
            const QString wanted = squeezed(indicator->displayName(language));
            const QString other = squeezed(
                indicator->displayName(language == Language::English ? Language::Chinese : Language::English));
            QVERIFY(!wanted.isEmpty());
            QVERIFY2(axisText.contains(wanted), qPrintable(id + QStringLiteral(": ") + axisText));
            QVERIFY2(drawnText.contains(wanted), qPrintable(id + QStringLiteral(": ") + drawnText));
            if (!wanted.contains(other))
                QVERIFY2(!axisText.contains(other), qPrintable(id + QStringLiteral(": ") + axisText));
        }
        QCOMPARE(chart.language(), language);
        QCOMPARE(chart.plainTitle(), spec.displayTitle(language));
        QCOMPARE(chart.dataModel()->rowCount(), int(spec.indicatorIds.size()));
    };

    check(Language::Chinese);
    if (QTest::currentTestFailed())
        return;
    // When: the language changes and the chart is laid out again.
    chart.setLanguage(Language::English);
    chart.layOut(QSizeF(width, chart.preferredHeight(width)));
    // Then: English names everywhere, whole and apart.
    check(Language::English);
    if (QTest::currentTestFailed())
        return;
    QString problems = labelProblems(chart);
    QVERIFY2(problems.isEmpty(), qPrintable(where(chart, "en") + problems));
    // And back.
    chart.setLanguage(Language::Chinese);
    chart.layOut(QSizeF(width, chart.preferredHeight(width)));
    check(Language::Chinese);
    if (QTest::currentTestFailed())
        return;
    problems = labelProblems(chart);
    QVERIFY2(problems.isEmpty(), qPrintable(where(chart, "zh") + problems));
}

void TestBulletinChart::briefingChartLabelsNeverOverlap_data()
{
    QTest::addColumn<Language>("language");
    for (const NamedLanguage &language : Languages)
        QTest::addRow("%s", language.name) << language.language;
}

void TestBulletinChart::briefingChartLabelsNeverOverlap()
{
    QFETCH(Language, language);
    // Given: the whole briefing, laid out for an A4 PDF at 300 dpi.
    BriefingOptions options = BriefingOptions::everything(*builtIn());
    options.language = language;
    const PdfDevice device(300);
    const BriefingLayout layout(builtIn(), options, device.writer.get(), device.pageRect());

    // Then: every chart's category labels are whole and apart.
    QStringList problems;
    QStringList charts;
    for (int p = 0; p < layout.pages().size(); ++p) {
        for (const BriefingLayout::Block &block : layout.pages().at(p).blocks) {
            for (const BriefingLayout::Item &item : block.items) {
                if (item.kind != BriefingLayout::Item::Chart)
                    continue;
                QVERIFY2(item.chartObject, qPrintable(item.chart.id));
                const BulletinChart &chart = *item.chartObject;
                QCOMPARE(chart.chartId(), item.chart.id);
                QCOMPARE(chart.language(), language);
                charts.append(chart.chartId());
                const QString found = labelProblems(chart);
                if (!found.isEmpty())
                    problems.append(QStringLiteral("page %1: ").arg(p + 1) + where(chart, QTest::currentDataTag())
                        + QStringLiteral("preferred height %1: ").arg(chart.preferredHeight(chart.size().width()))
                        + found);
            }
        }
    }
    // Every chart the bulletin declares is on the sheet.
    for (const Bulletin::Section &section : builtIn()->sections) {
        for (const ChartSpec &spec : section.charts)
            QVERIFY2(charts.contains(spec.id), qPrintable(spec.id));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestBulletinChart::grayscaleKeepsCityAndProvinceApart_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<Language>("language");
    QTest::addRow("screen/zh") << 1.0 << Language::Chinese;
    QTest::addRow("screen/en") << 1.0 << Language::English;
    // The briefing's and the exports' resolutions: the hatch grows with the chart rather than fading into grey.
    QTest::addRow("3x/zh") << 3.0 << Language::Chinese;
    QTest::addRow("6x/en") << 6.0 << Language::English;
}

// In grey alone, as a black-and-white printer sees it: the city's bars dark and even, the province's light and
// hatched.
void TestBulletinChart::grayscaleKeepsCityAndProvinceApart()
{
    QFETCH(qreal, scale);
    QFETCH(Language, language);
    const ChartSpec *spec = builtInChart(QStringLiteral("economy_vs_province"));
    QVERIFY(spec);
    QCOMPARE(spec->kind, ChartKind::Comparison);
    const ChartStyle style = ChartStyle::grayscale();
    BulletinChart chart(builtIn(), *spec, language, style, BulletinChart::Framing::Standalone);
    chart.layOut(QSizeF(900, std::max<qreal>(560, chart.preferredHeight(900))));
    const QImage image = rendered(chart, scale);

    const QList<QRectF> cityBars = barRects(chart, QBrush(style.city, style.cityPattern));
    const QList<QRectF> provinceBars = barRects(chart, QBrush(style.province, style.provincePattern));
    QVERIFY2(cityBars.size() >= 3, qPrintable(QString::number(cityBars.size())));
    QVERIFY2(provinceBars.size() >= 3, qPrintable(QString::number(provinceBars.size())));
    const int inset = qCeil(2 * scale);
    const GreyStats city = greyStats(image, cityBars, scale, inset);
    const GreyStats province = greyStats(image, provinceBars, scale, inset);
    const QString figures = QStringLiteral("city mean %1 sd %2, province mean %3 sd %4 period %5 px")
                                .arg(city.mean, 0, 'f', 1)
                                .arg(city.deviation, 0, 'f', 1)
                                .arg(province.mean, 0, 'f', 1)
                                .arg(province.deviation, 0, 'f', 1)
                                .arg(province.period, 0, 'f', 1);
    QVERIFY(city.pixels > 500 * scale * scale);
    QVERIFY(province.pixels > 500 * scale * scale);
    // More than a quarter of the range apart in mean grey.
    QVERIFY2(std::abs(city.mean - province.mean) > 0.25 * 255, qPrintable(figures));
    // The city's bars are solid, the province's carry a hatch of dark lines on light ground.
    QVERIFY2(city.deviation < 10, qPrintable(figures));
    QVERIFY2(province.deviation > 40, qPrintable(figures));
    // Qt's hatch repeats every 8 pixels at 1x; at 3x every 24, lines as thick as the chart's, not a haze.
    QVERIFY2(province.period > 6 * scale && province.period < 11 * scale, qPrintable(figures));

    // The legend says which is which with the same fill.
    int hatchedMarkers = 0;
    const auto markers = chart.legend()->markers();
    for (const QLegendMarker *marker : markers)
        hatchedMarkers += marker->brush().style() == style.provincePattern ? 1 : 0;
    QCOMPARE(hatchedMarkers, 1);
}

void TestBulletinChart::grayscaleMarksTheFirstPlaceByFill_data()
{
    QTest::addColumn<QString>("chartId");
    QTest::addRow("economy") << QStringLiteral("economy_ranking");
    QTest::addRow("finance") << QStringLiteral("finance_ranking");
}

// Rank dots hollow, the first place filled: told apart without colour.
void TestBulletinChart::grayscaleMarksTheFirstPlaceByFill()
{
    QFETCH(QString, chartId);
    const ChartSpec *spec = builtInChart(chartId);
    QVERIFY(spec);
    QCOMPARE(spec->kind, ChartKind::Ranking);
    BulletinChart chart(builtIn(), *spec, Language::Chinese, ChartStyle::grayscale());
    chart.layOut(QSizeF(900, std::max<qreal>(480, chart.preferredHeight(900))));
    const QImage image = rendered(chart, 1);
    QScatterSeries *dots = chart.rankSeries();
    QVERIFY(dots);
    int firsts = 0;
    int others = 0;
    for (int row = 0; row < dots->count(); ++row) {
        const QPoint centre = chart.mapToPosition(dots->at(row), dots).toPoint();
        qreal grey = 0;
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx)
                grey += qGray(image.pixel(centre + QPoint(dx, dy))) / 9.0;
        }
        const bool first = chart.dataModel()->index(row, 0).data(Bulletin::RankRole).toInt() == 1;
        const QString what = QStringLiteral("row %1 (%2): grey %3")
                                 .arg(row)
                                 .arg(first ? QStringLiteral("first") : QStringLiteral("other"))
                                 .arg(grey);
        if (first) {
            QVERIFY2(grey < 60, qPrintable(what));
            ++firsts;
        } else {
            QVERIFY2(grey > 190, qPrintable(what));
            ++others;
        }
    }
    QVERIFY(firsts > 0);
    QVERIFY(others > 0);
}

QTEST_MAIN(TestBulletinChart)
#include "tst_bulletinchart.moc"
