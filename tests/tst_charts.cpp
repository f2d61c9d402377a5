// Every chart the built-in bulletin declares, checked as structure: the bars show the bulletin's
// figures, no label is cut off, text is readable on every chart style, the source travels with the chart.
// Charts speak Chinese unless a test chooses English, whatever the machine's locale.

#include "applanguage.h"
#include "apptheme.h"
#include "bulletinchart.h"
#include "bulletinchartview.h"
#include "chartexporter.h"
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
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTextDocumentFragment>
#include <QValueAxis>
#include <QtTest>
#include <bulletinloader.h>
#include <chartdatamodel.h>
#include <cmath>
#include <indicatorformat.h>
#include <indicatorroles.h>
#include <indicatortablemodel.h>
#include <memory>

using namespace Bulletin;

Q_DECLARE_METATYPE(ChartStyle)
Q_DECLARE_METATYPE(AppLanguage::Language)

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

// A rich-text label as read on screen, without line breaks and spaces: "GDP growth<br>+0.4 pp" → "GDPgrowth+0.4pp".
QString squeezed(const QString &html)
{
    QString text = QTextDocumentFragment::fromHtml(html).toPlainText();
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QString squeezedText(const QString &text)
{
    return QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
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
    void cleanup();

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
    void interfaceKeepsTheSystemFont_data();
    void interfaceKeepsTheSystemFont();
    void viewFollowsAModelReset();
    void unknownChartIsEmpty();
    void summaryReadsTheFigures();
    void englishComparison();
    void rankingWords_data();
    void rankingWords();
    void englishNamesBreakBetweenWords_data();
    void englishNamesBreakBetweenWords();
    void followsALanguageSwitch();
    void footerKeepsEnglishWordsWhole_data();
    void footerKeepsEnglishWordsWhole();
};

void TestCharts::initTestCase()
{
    AppLanguage::apply(AppLanguage::Chinese);
    QVERIFY(builtIn());
}

void TestCharts::cleanup()
{
    if (AppLanguage::current() != AppLanguage::Chinese)
        AppLanguage::apply(AppLanguage::Chinese);
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

    if (spec->kind == ChartKind::Ranking) {
        // Ranks are dots on a rank axis, one a row: x is the rank itself, so that 1st and 2nd are a place apart.
        QVERIFY(!view.barSeries());
        QScatterSeries *dots = view.bulletinChart()->rankSeries();
        QVERIFY(dots);
        QCOMPARE(dots->count(), int(spec->indicatorIds.size()));
        int widestRankOf = 1;
        for (int row = 0; row < dots->count(); ++row) {
            const QModelIndex index = table.indexOfIndicator(spec->indicatorIds.at(row));
            QCOMPARE(dots->at(row).x(), index.data(RankRole).toDouble());
            QCOMPARE(dots->at(row).y(), double(row));
            widestRankOf = std::max(widestRankOf, index.data(RankOfRole).toInt());
            // A first place is marked.
            const auto configuration = dots->pointConfiguration(row);
            QCOMPARE(configuration.contains(QXYSeries::PointConfiguration::Color), index.data(RankRole).toInt() == 1);
        }
        const auto horizontal = view.chart()->axes(Qt::Horizontal);
        QCOMPARE(horizontal.size(), 1);
        auto *rankAxis = qobject_cast<QCategoryAxis *>(horizontal.first());
        QVERIFY(rankAxis);
        // The last place on the left, the first on the right.
        QVERIFY(rankAxis->isReverse());
        QCOMPARE(rankAxis->max(), widestRankOf + 0.5);
        QVERIFY(rankAxis->min() < 1);
        QVERIFY(rankAxis->categoriesLabels().contains(QStringLiteral("1")));
        QVERIFY(rankAxis->categoriesLabels().contains(QString::number(widestRankOf)));
        return;
    }

    const QList<QBarSet *> sets = view.barSeries()->barSets();
    QCOMPARE(sets.size(), spec->kind == ChartKind::Comparison ? 2 : 1);
    QVERIFY(qobject_cast<QHorizontalBarSeries *>(view.barSeries()));
    for (QBarSet *set : sets) {
        QCOMPARE(set->count(), int(spec->indicatorIds.size()));
        for (int row = 0; row < set->count(); ++row) {
            const QModelIndex index = table.indexOfIndicator(spec->indicatorIds.at(row));
            QVERIFY2(index.isValid(), qPrintable(spec->indicatorIds.at(row)));
            const double expected = spec->kind == ChartKind::Comparison
                ? index.data(set == sets.first() ? ValueRole : ProvinceValueRole).toDouble()
                : index.data(ValueRole).toDouble();
            QCOMPARE(set->at(row), expected);
        }
    }

    // The value axis holds every bar and zero, with room past the longest for its label.
    const auto horizontal = view.chart()->axes(Qt::Horizontal);
    QCOMPARE(horizontal.size(), 1);
    auto *valueAxis = qobject_cast<QValueAxis *>(horizontal.first());
    QVERIFY(valueAxis);
    {
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
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<QSize>("size");
    const QList<QPair<const char *, AppLanguage::Language>> languages { { "zh", AppLanguage::Chinese },
        { "en", AppLanguage::English } };
    for (const auto &[name, language] : languages) {
        for (const Section &section : builtIn()->sections) {
            for (const ChartSpec &spec : section.charts) {
                for (const QSize size : { QSize(900, 420), QSize(640, 360) })
                    QTest::addRow("%s/%s@%dx%d", name, qPrintable(spec.id), size.width(), size.height())
                        << language << spec.id << size;
            }
        }
    }
}

void TestCharts::noAxisLabelIsTruncated()
{
    QFETCH(AppLanguage::Language, language);
    QFETCH(QString, chartId);
    QFETCH(QSize, size);
    AppLanguage::apply(language);
    BulletinChartView view(builtIn(), chartId);
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const auto axes = view.chart()->axes();
    QCOMPARE(axes.size(), 2);
    for (QAbstractAxis *axis : axes) {
        QVERIFY2(!axis->labelsTruncated(), qPrintable(axis->titleText()));
        // Category labels name every indicator in full, in the interface's language.
        if (axis->orientation() == Qt::Vertical) {
            const ChartSpec *spec = findChart(*builtIn(), chartId);
            QStringList labels;
            for (const QString &label : qobject_cast<QCategoryAxis *>(axis)->categoriesLabels())
                labels.append(squeezed(label));
            for (const QString &id : spec->indicatorIds) {
                const Indicator *indicator = builtIn()->findIndicator(id);
                const QString name = language == AppLanguage::English ? indicator->nameEn : indicator->name;
                QVERIFY(!name.isEmpty());
                QVERIFY2(labels.join(QLatin1Char('|')).contains(squeezedText(name)), qPrintable(id));
            }
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

    const auto sets = view.barSeries() ? view.barSeries()->barSets() : QList<QBarSet *>();
    for (QBarSet *set : sets)
        QVERIFY2(contrast(set->labelColor(), background) >= 4.5, qPrintable(set->labelColor().name()));
    if (QScatterSeries *dots = view.bulletinChart()->rankSeries()) {
        QVERIFY(contrast(dots->pointLabelsColor(), background) >= 4.5);
        QVERIFY(std::max(contrast(dots->color(), background), contrast(dots->borderColor(), background)) >= 3.0);
    }
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
    if (QScatterSeries *dots = view.bulletinChart()->rankSeries()) {
        for (int row = 0; row < dots->count(); ++row) {
            emit dots->clicked(dots->at(row));
            QCOMPARE(spy.size(), 1);
            QCOMPARE(spy.takeFirst().at(0).toString(), spec->indicatorIds.at(row));
        }
        return;
    }
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

void TestCharts::interfaceKeepsTheSystemFont_data()
{
    QTest::addColumn<QString>("family");
    QTest::addRow("alias") << QStringLiteral("Sans Serif");
    QTest::addRow("generic") << QStringLiteral("sans-serif");
    QTest::addRow("real") << QFontInfo(QFont(QStringLiteral("Sans Serif"))).family();
}

void TestCharts::interfaceKeepsTheSystemFont()
{
    QFETCH(QString, family);
    const QFont system(family, 10);
    const QFont font = AppTheme::interfaceFont(system);
    // The CJK families are fallbacks only: Latin text keeps the font the system font resolves to.
    QCOMPARE(QFontInfo(font).family(), QFontInfo(system).family());
    QVERIFY(font.families().size() > 1);
    QCOMPARE(font.families().mid(1), ChartStyle::fontFamilies());
    QCOMPARE(font.hintingPreference(), QFont::PreferNoHinting);
    QCOMPARE(font.pointSizeF(), system.pointSizeF());
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

void TestCharts::englishComparison()
{
    // Given the English interface, when the economy's comparison with the province is drawn
    AppLanguage::apply(AppLanguage::English);
    const ChartSpec *spec = findChart(*builtIn(), QStringLiteral("economy_vs_province"));
    QVERIFY(spec && !spec->titleEn.isEmpty());
    BulletinChartView view(builtIn(), spec->id);
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.viewport()->repaint();

    // Then its title, legend, regions, source line and unit are English, and every label is whole
    QCOMPARE(view.chart()->title(), spec->titleEn);
    QCOMPARE(view.dataModel()->headerData(ChartDataModel::CityColumn, Qt::Horizontal).toString(),
        QStringLiteral("Hengyang"));
    QCOMPARE(view.barSeries()->barSets().at(1)->label(), QStringLiteral("Hunan"));
    const auto markers = view.chart()->legend()->markers();
    QCOMPARE(markers.size(), 2);
    QCOMPARE(markers.at(0)->label(), QStringLiteral("Hengyang"));
    QCOMPARE(markers.at(1)->label(), QStringLiteral("Hunan (derived from the stated gap)"));
    QVERIFY2(view.sourceLine().startsWith(QStringLiteral("Source: ")), qPrintable(view.sourceLine()));
    QVERIFY(view.sourceLine().endsWith(QStringLiteral(" · January–June 2020")));
    QVERIFY2(sceneText(view.scene()).contains(view.sourceLine()), qPrintable(sceneText(view.scene())));
    QVERIFY(sceneText(view.scene()).contains(QStringLiteral("Note: the Hunan figures were not published")));
    const auto horizontal = view.chart()->axes(Qt::Horizontal);
    QCOMPARE(horizontal.size(), 1);
    QCOMPARE(horizontal.first()->titleText(), QStringLiteral("Unit: %"));
    const QStringList labels
        = qobject_cast<QCategoryAxis *>(view.chart()->axes(Qt::Vertical).first())->categoriesLabels();
    QCOMPARE(labels.size(), 3);
    QCOMPARE(squeezed(labels.first()), QStringLiteral("GDPgrowth+0.4pp"));
    for (QAbstractAxis *axis : view.chart()->axes())
        QVERIFY2(!axis->labelsTruncated(), qPrintable(axis->titleText()));
    QVERIFY2(
        view.accessibleSummary().startsWith(spec->titleEn + QStringLiteral(": GDP growth Hengyang 1.7%, Hunan 1.3%")),
        qPrintable(view.accessibleSummary()));
    QVERIFY(view.accessibleSummary().contains(QStringLiteral("+0.4 pp")));
    QCOMPARE(view.accessibleName(), spec->titleEn);
}

void TestCharts::rankingWords_data()
{
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("axisTitle");
    QTest::addColumn<QString>("subtitle");
    QTest::addRow("chinese") << AppLanguage::Chinese << QStringLiteral("地区生产总值增速第2名/14")
                             << QStringLiteral("湖南省14个市州中的名次")
                             << QStringLiteral("第1名为最好，越靠右名次越靠前");
    QTest::addRow("english") << AppLanguage::English << QStringLiteral("GDPgrowthNo.2of14")
                             << QStringLiteral("Rank among Hunan's 14 cities")
                             << QStringLiteral("1st is best: the further right, the higher the rank");
}

void TestCharts::rankingWords()
{
    QFETCH(AppLanguage::Language, language);
    QFETCH(QString, firstLabel);
    QFETCH(QString, axisTitle);
    QFETCH(QString, subtitle);
    AppLanguage::apply(language);
    BulletinChartView view(builtIn(), QStringLiteral("economy_ranking"));
    auto *categories = qobject_cast<QCategoryAxis *>(view.chart()->axes(Qt::Vertical).first());
    QVERIFY(categories);
    QCOMPARE(squeezed(categories->categoriesLabels().first()), firstLabel);
    auto *ranks = qobject_cast<QCategoryAxis *>(view.chart()->axes(Qt::Horizontal).first());
    QVERIFY(ranks);
    // A rank axis from the first place to the last, in plain numbers.
    QCOMPARE(ranks->categoriesLabels().first(), QStringLiteral("1"));
    QVERIFY(ranks->categoriesLabels().contains(QStringLiteral("14")));
    QCOMPARE(ranks->titleText(), axisTitle);
    QVERIFY2(view.chart()->title().contains(subtitle), qPrintable(view.chart()->title()));
}

void TestCharts::englishNamesBreakBetweenWords_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("exported");
    // Not shown: labels as built, three lines at most per name; shown small: fewer, wider lines; exported: a
    // taller title and a legend leave less room still.
    QTest::addRow("as-built") << QSize() << false;
    QTest::addRow("900x420") << QSize(900, 420) << false;
    QTest::addRow("640x360") << QSize(640, 360) << false;
    QTest::addRow("460x340") << QSize(460, 340) << false;
    QTest::addRow("exported-900x500") << QSize(900, 500) << true;
}

void TestCharts::englishNamesBreakBetweenWords()
{
    // Every English label line is made of whole words of the name, and the gap or rank is whole on one line.
    QFETCH(QSize, size);
    QFETCH(bool, exported);
    AppLanguage::apply(AppLanguage::English);
    int wrapped = 0;
    for (const Section &section : builtIn()->sections) {
        for (const ChartSpec &spec : section.charts) {
            BulletinChartView shown(builtIn(), spec.id);
            const std::unique_ptr<ChartExporter> exporter = exported
                ? std::make_unique<ChartExporter>(builtIn(), spec, Bulletin::Language::English, size)
                : nullptr;
            QChart *chart = exported ? static_cast<QChart *>(exporter->chart()) : shown.chart();
            if (size.isValid() && !exported) {
                shown.resize(size);
                shown.show();
                QVERIFY(QTest::qWaitForWindowExposed(&shown));
                QCoreApplication::processEvents();
            }
            auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).first());
            const QStringList labels = axis->categoriesLabels();
            for (int row = 0; row < labels.size(); ++row) {
                const Indicator *indicator = builtIn()->findIndicator(spec.indicatorIds.at(row));
                QString detail;
                if (spec.kind == ChartKind::Comparison)
                    detail = IndicatorFormat::gap(*indicator, Bulletin::Language::English);
                else if (spec.kind == ChartKind::Ranking)
                    detail = IndicatorFormat::rankWithScope(*indicator, Bulletin::Language::English);
                QStringList lines = QTextDocumentFragment::fromHtml(labels.at(row))
                                        .toPlainText()
                                        .replace(QChar::Nbsp, QLatin1Char(' '))
                                        .split(QRegularExpression(QStringLiteral("[\\n\\x{2028}]")));
                wrapped += lines.size() > 2 ? 1 : 0;
                if (!detail.isEmpty()) {
                    const auto at = std::find_if(
                        lines.begin(), lines.end(), [&detail](const QString &line) { return line.contains(detail); });
                    QVERIFY2(
                        at != lines.end(), qPrintable(spec.id + QLatin1String(": ") + lines.join(QLatin1Char('|'))));
                    at->remove(detail);
                }
                const QStringList words = indicator->nameEn.split(QLatin1Char(' '));
                for (const QString &line : std::as_const(lines)) {
                    for (QString word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                        if (word.endsWith(QLatin1Char('*')))
                            word.chop(1);
                        QVERIFY2(words.contains(word), qPrintable(spec.id + QLatin1String(": ") + line));
                    }
                }
            }
        }
    }
    QVERIFY(wrapped > 0);
}

void TestCharts::followsALanguageSwitch()
{
    // Given a chart on screen in Chinese
    const ChartSpec *spec = findChart(*builtIn(), QStringLiteral("economy_vs_province"));
    BulletinChartView view(builtIn(), spec->id);
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.chart()->title(), spec->title);
    QCOMPARE(view.barSeries()->barSets().at(0)->label(), builtIn()->region);

    // When the interface switches to English, then back
    AppLanguage::apply(AppLanguage::English);
    QTRY_COMPARE(view.chart()->title(), spec->titleEn);
    QCOMPARE(view.barSeries()->barSets().at(0)->label(), builtIn()->regionEn);
    QVERIFY(view.sourceLine().startsWith(QStringLiteral("Source: ")));
    QVERIFY(sceneText(view.scene()).contains(QStringLiteral("Source: ")));
    // The bars still show the bulletin's figures.
    QCOMPARE(view.barSeries()->barSets().at(0)->at(0), *builtIn()->findIndicator(spec->indicatorIds.at(0))->value);

    AppLanguage::apply(AppLanguage::Chinese);
    QTRY_COMPARE(view.chart()->title(), spec->title);
    QVERIFY(sceneText(view.scene()).contains(QStringLiteral("数据来源：")));
}

void TestCharts::footerKeepsEnglishWordsWhole_data()
{
    QTest::addColumn<int>("width");
    for (const int width : { 460, 520, 640, 900 })
        QTest::addRow("%d", width) << width;
}

void TestCharts::footerKeepsEnglishWordsWhole()
{
    QFETCH(int, width);
    AppLanguage::apply(AppLanguage::English);
    BulletinChartView view(builtIn(), QStringLiteral("economy_vs_province"));
    view.resize(width, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QGraphicsSimpleTextItem *footer = nullptr;
    const auto items = view.scene()->items();
    for (const QGraphicsItem *item : items) {
        if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            footer = simple;
    }
    QVERIFY(footer);
    const QStringList lines = footer->text().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() > 1, qPrintable(footer->text()));
    // No line ends inside a Latin word ("January|–June"); the note and the source line are paragraphs of their own.
    const auto latin = [](QChar c) { return c != QLatin1Char(' ') && c.unicode() < 0x2E80; };
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i + 1).startsWith(QStringLiteral("Source: ")))
            continue;
        QVERIFY2(!(latin(lines.at(i).back()) && latin(lines.at(i + 1).front())),
            qPrintable(lines.at(i) + QLatin1Char('|') + lines.at(i + 1)));
    }
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
