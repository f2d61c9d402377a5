// Every chart the built-in bulletin declares, checked as structure: the bars show the bulletin's
// figures, no label is cut off, text is readable on every chart style, the source travels with the chart.

#include "bulletinchartview.h"
#include "chartstyle.h"

#include <QAbstractItemModelTester>
#include <QAbstractSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QSignalSpy>
#include <QValueAxis>
#include <QtTest>
#include <bulletinloader.h>
#include <chartdatamodel.h>
#include <cmath>
#include <indicatorroles.h>
#include <indicatortablemodel.h>
#include <memory>

using namespace Bulletin;

Q_DECLARE_METATYPE(ChartStyle)

namespace {

std::shared_ptr<const Document> builtIn()
{
    static const std::shared_ptr<const Document> document = BulletinLoader::loadBuiltIn().document;
    return document;
}

const ChartSpec *findChart(const Document &document, const QString &chartId)
{
    for (const Section &section : document.sections) {
        for (const ChartSpec &spec : section.charts) {
            if (spec.id == chartId)
                return &spec;
        }
    }
    return nullptr;
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString sceneText(const QGraphicsScene *scene)
{
    QString text;
    const auto items = scene->items();
    for (const QGraphicsItem *item : items) {
        if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text += simple->text().remove(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return text;
}

void addChartRows()
{
    QTest::addColumn<QString>("chartId");
    const auto document = builtIn();
    QVERIFY(document);
    for (const Section &section : document->sections) {
        for (const ChartSpec &spec : section.charts)
            QTest::addRow("%s", qPrintable(spec.id)) << spec.id;
    }
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void modelFollowsTheSpec_data() { addChartRows(); }
    void modelFollowsTheSpec();
    void barsShowTheBulletinsFigures_data() { addChartRows(); }
    void barsShowTheBulletinsFigures();
    void noAxisLabelIsTruncated_data();
    void noAxisLabelIsTruncated();
    void textIsReadableOnEveryStyle_data();
    void textIsReadableOnEveryStyle();
    void comparisonLegendNamesBothRegions();
    void sourceLineIsInTheScene_data() { addChartRows(); }
    void sourceLineIsInTheScene();
    void clickingABarNamesItsIndicator_data() { addChartRows(); }
    void clickingABarNamesItsIndicator();
    void fontsArePinned();
    void viewFollowsAModelReset();
    void unknownChartIsEmpty();
    void summaryReadsTheFigures();
};

void TestCharts::initTestCase()
{
    QVERIFY(builtIn());
}

void TestCharts::modelFollowsTheSpec()
{
    QFETCH(QString, chartId);
    ChartDataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChart(builtIn(), chartId);

    const ChartSpec *spec = findChart(*builtIn(), chartId);
    QVERIFY(spec);
    QVERIFY(model.chartSpec());
    QCOMPARE(model.chartSpec()->id, chartId);
    QCOMPARE(model.rowCount(), int(spec->indicatorIds.size()));
    QCOMPARE(model.columnCount(), int(ChartDataModel::ColumnCount));
    QCOMPARE(model.headerData(ChartDataModel::CityColumn, Qt::Horizontal).toString(), builtIn()->region);
    QCOMPARE(model.headerData(ChartDataModel::ProvinceColumn, Qt::Horizontal).toString(), builtIn()->comparisonRegion);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = spec->indicatorIds.at(row);
        QCOMPARE(model.indicatorId(row), id);
        QCOMPARE(model.index(row, 0).data(IndicatorIdRole).toString(), id);
        QCOMPARE(model.headerData(row, Qt::Vertical).toString(), builtIn()->findIndicator(id)->name);
    }
    if (spec->kind != ChartKind::Ranking)
        QVERIFY(!model.unit().isEmpty());
}

void TestCharts::barsShowTheBulletinsFigures()
{
    QFETCH(QString, chartId);
    BulletinChartView view(builtIn(), chartId);
    IndicatorTableModel table;
    table.setDocument(builtIn());
    const ChartSpec *spec = findChart(*builtIn(), chartId);
    QVERIFY(spec);

    const QList<QBarSet *> sets = view.barSeries()->barSets();
    QCOMPARE(sets.size(), spec->kind == ChartKind::Comparison ? 2 : 1);
    QVERIFY(qobject_cast<QHorizontalBarSeries *>(view.barSeries()));
    for (QBarSet *set : sets) {
        QCOMPARE(set->count(), int(spec->indicatorIds.size()));
        for (int row = 0; row < set->count(); ++row) {
            const QModelIndex index = table.indexOfIndicator(spec->indicatorIds.at(row));
            QVERIFY2(index.isValid(), qPrintable(spec->indicatorIds.at(row)));
            double expected = 0;
            switch (spec->kind) {
            case ChartKind::Comparison:
                expected = index.data(set == sets.first() ? ValueRole : ProvinceValueRole).toDouble();
                break;
            case ChartKind::Ranking:
                expected = index.data(RankOfRole).toInt() - index.data(RankRole).toInt() + 1;
                break;
            case ChartKind::Bars:
                expected = index.data(ValueRole).toDouble();
                break;
            }
            QCOMPARE(set->at(row), expected);
        }
    }

    // The value axis holds every bar and zero, with room past the longest for its label.
    const auto horizontal = view.chart()->axes(Qt::Horizontal);
    QCOMPARE(horizontal.size(), 1);
    auto *valueAxis = qobject_cast<QValueAxis *>(horizontal.first());
    QVERIFY(valueAxis);
    if (spec->kind == ChartKind::Ranking) {
        // Full length is first place; the axis ends there.
        QCOMPARE(valueAxis->min(), 0.0);
        for (QBarSet *set : sets) {
            for (int row = 0; row < set->count(); ++row)
                QVERIFY(set->at(row) <= valueAxis->max());
        }
        QVERIFY(!view.barSeries()->isLabelsVisible());
    } else {
        QVERIFY(valueAxis->min() <= 0);
        for (QBarSet *set : sets) {
            for (int row = 0; row < set->count(); ++row)
                QVERIFY(set->at(row) < valueAxis->max());
        }
        QVERIFY(valueAxis->titleText().contains(view.dataModel()->unit()));
        QVERIFY(view.barSeries()->isLabelsVisible());
        QCOMPARE(view.barSeries()->labelsPosition(), QAbstractBarSeries::LabelsOutsideEnd);
    }
}

void TestCharts::noAxisLabelIsTruncated_data()
{
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<QSize>("size");
    for (const Section &section : builtIn()->sections) {
        for (const ChartSpec &spec : section.charts) {
            for (const QSize size : { QSize(900, 420), QSize(640, 360) })
                QTest::addRow("%s@%dx%d", qPrintable(spec.id), size.width(), size.height()) << spec.id << size;
        }
    }
}

void TestCharts::noAxisLabelIsTruncated()
{
    QFETCH(QString, chartId);
    QFETCH(QSize, size);
    BulletinChartView view(builtIn(), chartId);
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const auto axes = view.chart()->axes();
    QCOMPARE(axes.size(), 2);
    for (QAbstractAxis *axis : axes) {
        QVERIFY2(!axis->labelsTruncated(), qPrintable(axis->titleText()));
        // Category labels name every indicator in full.
        if (axis->orientation() == Qt::Vertical) {
            const ChartSpec *spec = findChart(*builtIn(), chartId);
            const QString labels = qobject_cast<QCategoryAxis *>(axis)
                                       ->categoriesLabels()
                                       .join(QLatin1Char('|'))
                                       .remove(QStringLiteral("<br>"));
            for (const QString &id : spec->indicatorIds)
                QVERIFY2(labels.contains(builtIn()->findIndicator(id)->name), qPrintable(id));
        }
    }
}

void TestCharts::textIsReadableOnEveryStyle_data()
{
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<ChartStyle>("style");
    const QList<std::pair<const char *, ChartStyle>> styles { { "light", ChartStyle::light() },
        { "dark", ChartStyle::dark() }, { "high-contrast", ChartStyle::highContrast() } };
    for (const Section &section : builtIn()->sections) {
        for (const ChartSpec &spec : section.charts) {
            for (const auto &[name, style] : styles)
                QTest::addRow("%s/%s", qPrintable(spec.id), name) << spec.id << style;
        }
    }
}

void TestCharts::textIsReadableOnEveryStyle()
{
    QFETCH(QString, chartId);
    QFETCH(ChartStyle, style);

    // Built light then switched, as the application does when the theme changes.
    BulletinChartView view(builtIn(), chartId, ChartStyle::light());
    view.setChartStyle(style);
    const QColor background = view.chart()->backgroundBrush().color();
    QCOMPARE(background, style.background);

    const auto sets = view.barSeries()->barSets();
    for (QBarSet *set : sets)
        QVERIFY2(contrast(set->labelColor(), background) >= 4.5, qPrintable(set->labelColor().name()));
    const auto axes = view.chart()->axes();
    for (QAbstractAxis *axis : axes) {
        QVERIFY(contrast(axis->labelsColor(), background) >= 4.5);
        QVERIFY(contrast(axis->titleBrush().color(), background) >= 4.5);
    }
    QVERIFY(contrast(view.chart()->titleBrush().color(), background) >= 4.5);
    QVERIFY(contrast(view.chart()->legend()->labelColor(), background) >= 4.5);
    QVERIFY(contrast(style.mutedText, background) >= 4.5);
    // Bars are graphics, not text: WCAG asks 3:1 against what surrounds them.
    for (QBarSet *set : sets) {
        const QColor edge = set->borderColor();
        QVERIFY2(std::max(contrast(set->color(), background), contrast(edge, background)) >= 3.0,
            qPrintable(set->color().name()));
    }
}

void TestCharts::comparisonLegendNamesBothRegions()
{
    int comparisons = 0;
    for (const Section &section : builtIn()->sections) {
        for (const ChartSpec &spec : section.charts) {
            if (spec.kind != ChartKind::Comparison)
                continue;
            ++comparisons;
            BulletinChartView view(builtIn(), spec.id);
            QVERIFY(view.chart()->legend()->isVisible());
            const auto markers = view.chart()->legend()->markers();
            QCOMPARE(markers.size(), 2);
            QVERIFY(markers.at(0)->label().startsWith(builtIn()->region));
            QVERIFY(markers.at(1)->label().startsWith(builtIn()->comparisonRegion));
            QCOMPARE(view.barSeries()->barSets().at(0)->label(), builtIn()->region);
            QCOMPARE(view.barSeries()->barSets().at(1)->label(), builtIn()->comparisonRegion);
            // Every provincial figure of the built-in comparison is implied by a gap, and says so.
            QVERIFY(markers.at(1)->label().contains(QStringLiteral("推算")));
            QVERIFY(sceneText(view.scene()).contains(QStringLiteral("差值推算")));
        }
    }
    QVERIFY(comparisons > 0);
}

void TestCharts::sourceLineIsInTheScene()
{
    QFETCH(QString, chartId);
    BulletinChartView view(builtIn(), chartId);
    view.resize(640, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QString expected
        = QStringLiteral("数据来源：") + builtIn()->sourceNote + QStringLiteral(" · ") + builtIn()->period;
    QCOMPARE(view.sourceLine(), expected);
    const QGraphicsSimpleTextItem *footer = nullptr;
    const auto items = view.scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item);
        if (simple && simple->text().remove(QLatin1Char('\n')).contains(expected))
            footer = simple;
    }
    QVERIFY(footer);
    // Inside what an export renders, and below the plot.
    QVERIFY(view.chart()->sceneBoundingRect().contains(footer->sceneBoundingRect()));
    QVERIFY(footer->sceneBoundingRect().top() > view.chart()->plotArea().bottom());
}

void TestCharts::clickingABarNamesItsIndicator()
{
    QFETCH(QString, chartId);
    BulletinChartView view(builtIn(), chartId);
    const ChartSpec *spec = findChart(*builtIn(), chartId);
    QSignalSpy spy(&view, &BulletinChartView::indicatorActivated);
    const auto sets = view.barSeries()->barSets();
    for (QBarSet *set : sets) {
        for (int row = 0; row < set->count(); ++row) {
            emit set->clicked(row);
            QCOMPARE(spy.size(), 1);
            QCOMPARE(spy.takeFirst().at(0).toString(), spec->indicatorIds.at(row));
        }
    }
}

void TestCharts::fontsArePinned()
{
    const QFont font = ChartStyle::labelFont();
    QCOMPARE(font.families().value(0), QStringLiteral("WenQuanYi Micro Hei"));
    BulletinChartView view(builtIn(), QStringLiteral("economy_vs_province"));
    const auto axes = view.chart()->axes();
    for (QAbstractAxis *axis : axes)
        QCOMPARE(axis->labelsFont().families().value(0), QStringLiteral("WenQuanYi Micro Hei"));
    QCOMPARE(view.chart()->titleFont().families().value(0), QStringLiteral("WenQuanYi Micro Hei"));
    if (QFontDatabase::families().contains(QStringLiteral("WenQuanYi Micro Hei")))
        QCOMPARE(QFontInfo(font).family(), QStringLiteral("WenQuanYi Micro Hei"));
}

void TestCharts::viewFollowsAModelReset()
{
    BulletinChartView view(builtIn(), QStringLiteral("economy_vs_province"));
    view.dataModel()->setChart(builtIn(), QStringLiteral("key_projects_investment"));
    const ChartSpec *spec = findChart(*builtIn(), QStringLiteral("key_projects_investment"));
    const auto sets = view.barSeries()->barSets();
    QCOMPARE(sets.size(), 1);
    QCOMPARE(sets.first()->count(), int(spec->indicatorIds.size()));
    QCOMPARE(sets.first()->at(0), *builtIn()->findIndicator(spec->indicatorIds.at(0))->value);
    QVERIFY(!view.chart()->legend()->isVisible());
    QCOMPARE(view.chart()->title(), spec->title);
    QCOMPARE(sets.first()->labelColor(), view.chartStyle().text);
}

void TestCharts::unknownChartIsEmpty()
{
    BulletinChartView view(builtIn(), QStringLiteral("no-such-chart"));
    QCOMPARE(view.dataModel()->rowCount(), 0);
    QVERIFY(!view.dataModel()->chartSpec());
    QVERIFY(view.accessibleSummary().isEmpty());
    view.resize(640, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

void TestCharts::summaryReadsTheFigures()
{
    BulletinChartView comparison(builtIn(), QStringLiteral("economy_vs_province"));
    QVERIFY(comparison.accessibleSummary().contains(QStringLiteral("衡阳市 1.7%，湖南省 1.3%")));
    QVERIFY(comparison.accessibleSummary().contains(QStringLiteral("+0.4 个百分点")));
    QCOMPARE(comparison.accessibleDescription(), comparison.accessibleSummary());

    BulletinChartView ranking(builtIn(), QStringLiteral("economy_ranking"));
    QVERIFY(ranking.accessibleSummary().contains(QStringLiteral("地区生产总值增速 第2名 / 14")));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
