// A section's charts in the window at common screen widths: as many columns as fit, every chart inside the viewport,
// never a horizontal scroll bar, in both interface languages.

#include "applanguage.h"
#include "bulletinchartview.h"
#include "chartgrid.h"
#include "mainwindow.h"
#include "sectionpage.h"

#include <QGridLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>
#include <bulletinloader.h>

Q_DECLARE_METATYPE(AppLanguage::Language)

namespace {

std::shared_ptr<const Bulletin::Document> builtIn()
{
    static const std::shared_ptr<const Bulletin::Document> document = Bulletin::BulletinLoader::loadBuiltIn().document;
    return document;
}

constexpr int WindowHeight = 900;
const int WindowWidths[] = { 1024, 1366, 1920 };

// The scroll area the grid scrolls in, however deep inside it the grid lies.
QScrollArea *scrollAreaOf(const QWidget *widget)
{
    for (QWidget *parent = widget ? widget->parentWidget() : nullptr; parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent))
            return scroll;
    }
    return nullptr;
}

// The window at width, showing the section, once its layouts have settled.
bool showSectionAt(MainWindow &window, int sectionIndex, int width)
{
    window.resize(width, WindowHeight);
    if (!window.isVisible()) {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
    }
    if (!window.showSection(builtIn()->sections.at(sectionIndex).id))
        return false;
    SectionPage *page = window.sectionPage(sectionIndex);
    if (!page || !page->chartGrid())
        return false;
    // Resizes, heights for widths and a vertical scroll bar coming and going take several rounds of events.
    QRect last;
    int stable = 0;
    for (int round = 0; round < 100 && stable < 5; ++round) {
        QTest::qWait(20);
        const QRect now = page->chartGrid()->geometry();
        stable = now == last ? stable + 1 : 0;
        last = now;
    }
    return stable >= 5;
}

// The columns the charts stand in, told by where they are: distinct left edges.
int shownColumns(const ChartGrid *grid)
{
    QList<int> lefts;
    const auto charts = grid->charts();
    for (const BulletinChartView *chart : charts) {
        if (!lefts.contains(chart->x()))
            lefts.append(chart->x());
    }
    return int(lefts.size());
}

// As many columns of the least width, with the grid's spacing between them, as the width holds; at least one, at
// most one a chart.
int columnsThatFit(const ChartGrid *grid, int width)
{
    const auto *layout = qobject_cast<const QGridLayout *>(grid->layout());
    const int spacing = layout ? layout->horizontalSpacing() : 0;
    int columns = 1;
    while (columns < grid->charts().size() && (columns + 1) * grid->minimumColumnWidth() + columns * spacing <= width)
        ++columns;
    return columns;
}

} // namespace

class TestChartGrid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void noHorizontalScrollBar_data();
    void noHorizontalScrollBar();
    void widerWindowsShowMoreColumns_data();
    void widerWindowsShowMoreColumns();
};

void TestChartGrid::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(builtIn());
    // The projects section declares four charts: the one that needs several columns.
    const Bulletin::Section *projects = builtIn()->findSection(QStringLiteral("projects"));
    QVERIFY(projects);
    QCOMPARE(projects->charts.size(), 4);
}

void TestChartGrid::init()
{
    QSettings().clear();
}

void TestChartGrid::cleanupTestCase()
{
    AppLanguage::apply(AppLanguage::Chinese);
}

void TestChartGrid::noHorizontalScrollBar_data()
{
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addColumn<int>("sectionIndex");
    QTest::addColumn<int>("width");
    const QList<QPair<const char *, AppLanguage::Language>> languages { { "zh", AppLanguage::Chinese },
        { "en", AppLanguage::English } };
    for (const auto &[name, language] : languages) {
        for (int s = 0; s < builtIn()->sections.size(); ++s) {
            const Bulletin::Section &section = builtIn()->sections.at(s);
            if (section.charts.isEmpty())
                continue;
            for (const int width : WindowWidths)
                QTest::addRow("%s/%s@%d", name, qPrintable(section.id), width) << language << s << width;
        }
    }
}

void TestChartGrid::noHorizontalScrollBar()
{
    QFETCH(AppLanguage::Language, language);
    QFETCH(int, sectionIndex);
    QFETCH(int, width);
    AppLanguage::apply(language);

    // Given: the window on the built-in bulletin, this wide, showing the section.
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    QVERIFY(showSectionAt(window, sectionIndex, width));
    QCOMPARE(window.width(), width);
    SectionPage *page = window.sectionPage(sectionIndex);
    QVERIFY(window.tabs()->currentWidget() == page || window.tabs()->currentWidget()->isAncestorOf(page));
    QVERIFY(page->isVisible());
    ChartGrid *grid = page->chartGrid();
    // The grid holds the page's charts, each one the section declares (a page may show small ones as figures).
    QCOMPARE(grid->charts(), page->charts());
    QStringList declared;
    for (const Bulletin::ChartSpec &spec : builtIn()->sections.at(sectionIndex).charts)
        declared.append(spec.id);
    for (const BulletinChartView *chart : page->charts())
        QVERIFY2(declared.contains(chart->chartId()), qPrintable(chart->chartId()));
    QScrollArea *scroll = scrollAreaOf(grid);
    QVERIFY(scroll);
    QVERIFY(scroll->isVisible());
    const QWidget *viewport = scroll->viewport();
    const QString sizes = QStringLiteral("viewport %1 px, grid %2 px, %3 columns of %4 px least")
                              .arg(viewport->width())
                              .arg(grid->width())
                              .arg(grid->columnCount())
                              .arg(grid->minimumColumnWidth());

    // Then: nothing to scroll sideways.
    QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
        qPrintable(QStringLiteral("maximum %1; ").arg(scroll->horizontalScrollBar()->maximum()) + sizes));
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(sizes));
    QVERIFY2(grid->width() <= viewport->width(), qPrintable(sizes));

    // And: every chart lies inside the viewport from side to side, and is at least a column's least width.
    const auto charts = grid->charts();
    for (const BulletinChartView *chart : charts) {
        QVERIFY(chart->isVisible());
        const QRect rect(chart->mapTo(viewport, QPoint(0, 0)), chart->size());
        const QString here
            = chart->chartId() + QStringLiteral(" at x %1..%2; ").arg(rect.left()).arg(rect.right()) + sizes;
        QVERIFY2(rect.left() >= 0, qPrintable(here));
        QVERIFY2(rect.right() < viewport->width(), qPrintable(here));
        QVERIFY2(chart->width() >= grid->minimumColumnWidth() || grid->columnCount() == 1, qPrintable(here));
    }

    // And: as many columns as fit.
    if (charts.isEmpty())
        return;
    const int fit = columnsThatFit(grid, viewport->width());
    QVERIFY2(grid->columnCount() == fit, qPrintable(QStringLiteral("%1 fit; ").arg(fit) + sizes));
    QVERIFY2(shownColumns(grid) == fit, qPrintable(QStringLiteral("%1 shown; ").arg(shownColumns(grid)) + sizes));
    if (width >= 1366 && grid->charts().size() >= 2)
        QVERIFY2(grid->columnCount() >= 2, qPrintable(sizes));
}

void TestChartGrid::widerWindowsShowMoreColumns_data()
{
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addRow("zh") << AppLanguage::Chinese;
    QTest::addRow("en") << AppLanguage::English;
}

void TestChartGrid::widerWindowsShowMoreColumns()
{
    QFETCH(AppLanguage::Language, language);
    AppLanguage::apply(language);
    int projects = -1;
    for (int s = 0; s < builtIn()->sections.size(); ++s) {
        if (builtIn()->sections.at(s).id == QLatin1String("projects"))
            projects = s;
    }
    QVERIFY(projects >= 0);

    // Given: one window, widened step by step on the projects section (four charts).
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    QMap<int, int> columns;
    for (const int width : WindowWidths) {
        QVERIFY(showSectionAt(window, projects, width));
        QCOMPARE(window.width(), width);
        ChartGrid *grid = window.sectionPage(projects)->chartGrid();
        QVERIFY2(grid->charts().size() >= 3, qPrintable(QString::number(grid->charts().size())));
        columns.insert(width, shownColumns(grid));
        QCOMPARE(grid->columnCount(), columns.value(width));
        QCOMPARE(scrollAreaOf(grid)->horizontalScrollBar()->maximum(), 0);
    }

    // Then: two columns on a laptop, more on a full-HD screen than on 1024 px.
    const QString seen = QStringLiteral("1024: %1, 1366: %2, 1920: %3")
                             .arg(columns.value(1024))
                             .arg(columns.value(1366))
                             .arg(columns.value(1920));
    QVERIFY2(columns.value(1366) >= 2, qPrintable(seen));
    QVERIFY2(columns.value(1920) > columns.value(1024), qPrintable(seen));
    QVERIFY2(columns.value(1366) >= columns.value(1024), qPrintable(seen));
}

QTEST_MAIN(TestChartGrid)
#include "tst_chartgrid.moc"
