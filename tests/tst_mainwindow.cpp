#include "applanguage.h"
#include "bulletinchart.h"
#include "bulletinchartview.h"
#include "figuretiles.h"
#include "indicatorsearchpanel.h"
#include "keyfigurecard.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "sectionpage.h"
#include "sectiontextview.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QScatterSeries>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <bulletinloader.h>
#include <bulletinwriter.h>
#include <chartdatamodel.h>
#include <defaultcharts.h>
#include <indicatorfilterproxymodel.h>
#include <indicatorroles.h>
#include <indicatortablemodel.h>

Q_DECLARE_METATYPE(AppLanguage::Language)

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tabsMatchSections_data();
    void tabsMatchSections();
    void firstWindowFitsTheScreen();
    void searchListShowsValuesWithTheirUnits();
    void sectionPagesAreBuiltLazily();
    void overviewChartsShowTheModelsValues();
    void noAxisLabelIsTruncated();
    void selectingARowShowsItsSource();
    void badFileKeepsTheCurrentBulletin_data();
    void badFileKeepsTheCurrentBulletin();
    void searchFindsAndOpensAnIndicator();
    void keyFigureCardOpensItsSection();
    void chartBarSelectsTheIndicator();
    void selectionIsMarkedInEveryChart();
    void twoBarChartsAreTiles();
    void zoomScalesChartsAndCards();
    void lastTabIsRemembered();
    void quitsAfterFirstPaint();
    void languageSwitchesAtRunTime();
    void pagesSpeakTheInterfaceLanguage_data();
    void pagesSpeakTheInterfaceLanguage();

private:
    static std::shared_ptr<const Bulletin::Document> builtIn();
    QString writeBuiltInCsv();
    QTemporaryDir m_dir;
};

static QStringList visibleText(BulletinChartView *chart)
{
    QStringList texts;
    const QList<QGraphicsItem *> items = chart->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts.append(text->toPlainText());
    }
    return texts;
}

std::shared_ptr<const Bulletin::Document> TestMainWindow::builtIn()
{
    const Bulletin::LoadResult result = Bulletin::BulletinLoader::loadBuiltIn();
    return result.document;
}

QString TestMainWindow::writeBuiltInCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("built-in.csv"));
    const QString failure
        = Bulletin::BulletinWriter::writeFile(*builtIn(), path, Bulletin::BulletinWriter::Overwrite::Allow);
    return failure.isEmpty() ? path : QString();
}

void TestMainWindow::initTestCase()
{
    AppLanguage::apply(AppLanguage::English);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(builtIn());
}

void TestMainWindow::init()
{
    QSettings().clear();
    if (AppLanguage::current() != AppLanguage::English)
        AppLanguage::apply(AppLanguage::English);
}

void TestMainWindow::tabsMatchSections_data()
{
    QTest::addColumn<bool>("fromCsv");
    QTest::addRow("built-in") << false;
    QTest::addRow("csv") << true;
}

void TestMainWindow::tabsMatchSections()
{
    QFETCH(bool, fromCsv);
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    if (fromCsv) {
        const QString csv = writeBuiltInCsv();
        QVERIFY(!csv.isEmpty());
        QVERIFY2(window.openFile(csv), qPrintable(window.lastError()));
    }
    const int sections = int(window.document()->sections.size());
    QCOMPARE(sections, builtIn()->sections.size());
    QCOMPARE(window.tabs()->count(), sections + 1);
    // The interface is English: a section's short English title, the whole titles in the tool tip.
    for (int s = 0; s < sections; ++s) {
        const Bulletin::Section &section = window.document()->sections.at(s);
        QVERIFY(!section.titleShortEn.isEmpty());
        QCOMPARE(window.tabs()->tabText(s + 1), section.titleShortEn);
        QCOMPARE(window.tabs()->tabToolTip(s + 1), section.titleEn + u'\n' + section.title);
    }
    // Every tab shows whole at 1366 pixels: the tab bar needs no scroll buttons.
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int tabsWidth = 0;
    for (int t = 0; t < window.tabs()->count(); ++t)
        tabsWidth += window.tabs()->tabBar()->tabRect(t).width();
    QVERIFY2(tabsWidth <= window.tabs()->width(),
        qPrintable(QStringLiteral("%1 of %2").arg(tabsWidth).arg(window.tabs()->width())));
    // A CSV bulletin gets charts derived from its data: the economy section compares with the province.
    SectionPage *economy = window.sectionPage(1);
    QVERIFY(economy);
    QVERIFY(!economy->charts().isEmpty());
}

void TestMainWindow::sectionPagesAreBuiltLazily()
{
    MainWindow window;
    window.setDocument(builtIn(), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int s = 0; s < window.document()->sections.size(); ++s)
        QVERIFY(!window.hasSectionPage(s));
    QVERIFY(window.showSection(QStringLiteral("projects")));
    QVERIFY(window.hasSectionPage(2));
    QVERIFY(!window.hasSectionPage(1));
}

void TestMainWindow::overviewChartsShowTheModelsValues()
{
    MainWindow window;
    window.setDocument(builtIn(), QString());
    const QList<BulletinChartView *> charts = window.overviewPage()->charts();
    QCOMPARE(charts.size(), 2);
    const Bulletin::IndicatorTableModel *table = window.tableModel();
    int comparedBars = 0;
    for (BulletinChartView *chart : charts) {
        const QList<QBarSet *> sets = chart->barSeries() ? chart->barSeries()->barSets() : QList<QBarSet *>();
        const QScatterSeries *dots = chart->bulletinChart()->rankSeries();
        QVERIFY(!sets.isEmpty() || dots);
        const Bulletin::ChartDataModel *data = chart->dataModel();
        for (int row = 0; row < data->rowCount(); ++row) {
            const QModelIndex index = table->indexOfIndicator(data->indicatorId(row));
            QVERIFY2(index.isValid(), qPrintable(data->indicatorId(row)));
            if (chart->chartId() == QLatin1String("overview-comparison")) {
                QCOMPARE(sets.at(0)->at(row), index.data(Bulletin::ValueRole).toDouble());
                QCOMPARE(sets.at(1)->at(row), index.data(Bulletin::ProvinceValueRole).toDouble());
                ++comparedBars;
            } else {
                // A rank is a dot at its place on the rank axis: 1st of 13 and 1st of 14 stand together.
                QVERIFY(dots);
                QCOMPARE(dots->at(row).x(), index.data(Bulletin::RankRole).toDouble());
            }
        }
    }
    int withProvince = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        withProvince += table->index(row, 0).data(Bulletin::ProvinceValueRole).isValid() ? 1 : 0;
    QCOMPARE(comparedBars, withProvince);
}

// With no window size remembered, the window opens no larger than the screen (a projector's 1024 × 768 too).
void TestMainWindow::firstWindowFitsTheScreen()
{
    QSettings().remove(QStringLiteral("window/geometry"));
    MainWindow window;
    const QSize available = window.screen()->availableGeometry().size();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
        qPrintable(QStringLiteral("%1x%2 on %3x%4")
                       .arg(window.width())
                       .arg(window.height())
                       .arg(available.width())
                       .arg(available.height())));
}

// The indicator list gives each value its unit in one column, in the language of the interface, and has room for
// the figures of the built-in bulletin.
void TestMainWindow::searchListShowsValuesWithTheirUnits()
{
    MainWindow window;
    window.setDocument(builtIn(), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *view = window.searchPanel()->view();
    QVERIFY(view->isColumnHidden(Bulletin::IndicatorTableModel::UnitColumn));
    QVERIFY(!view->isColumnHidden(Bulletin::IndicatorTableModel::ValueColumn));
    QVERIFY(view->itemDelegateForColumn(Bulletin::IndicatorTableModel::ValueColumn));
    const QAbstractItemModel *model = view->model();
    const QFontMetrics metrics(view->font());
    const int width = view->header()->sectionSize(Bulletin::IndicatorTableModel::ValueColumn);
    bool sawTax = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex value = model->index(row, Bulletin::IndicatorTableModel::ValueColumn);
        const QString shown = value.data(Bulletin::FormattedValueRole).toString();
        if (value.data(Bulletin::IndicatorIdRole).toString() == QStringLiteral("local_tax_revenue")) {
            QCOMPARE(shown, QStringLiteral("5.028 billion yuan"));
            sawTax = true;
        }
        // Figures with a number fit whole; only long outcomes in words may be cut at their end.
        if (value.data(Bulletin::ValueRole).isValid())
            QVERIFY2(metrics.horizontalAdvance(shown) <= width, qPrintable(shown));
    }
    QVERIFY(sawTax);
}

void TestMainWindow::noAxisLabelIsTruncated()
{
    MainWindow window;
    window.resize(1366, 768);
    window.setDocument(builtIn(), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int checked = 0;
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        const QList<BulletinChartView *> charts
            = tab == 0 ? window.overviewPage()->charts() : window.sectionPage(tab - 1)->charts();
        for (BulletinChartView *chart : charts) {
            QTRY_VERIFY(chart->isVisible() && chart->width() > 0);
            // A chart lays itself out once its page has settled (BulletinChartView::resizeEvent).
            QString problem;
            const auto allLabelsShown = [chart, &problem] {
                problem.clear();
                const auto axes = chart->chart()->axes();
                for (QAbstractAxis *axis : axes) {
                    if (axis->labelsTruncated())
                        problem = QStringLiteral("truncated labels");
                    // Qt Charts may also hide a label it has no room for: every category must be drawn.
                    if (auto *categories = qobject_cast<QCategoryAxis *>(axis)) {
                        for (const QString &label : categories->categoriesLabels()) {
                            const QString text = QTextDocumentFragment::fromHtml(label).toPlainText();
                            if (!visibleText(chart).contains(text))
                                problem = QStringLiteral("label not drawn: ") + text;
                        }
                    }
                }
                return problem.isEmpty();
            };
            QTRY_VERIFY2(allLabelsShown(), qPrintable(chart->chartId() + QLatin1Char(' ') + problem));
            ++checked;
        }
    }
    // Every declared chart is drawn, but those that would be one or two plain bars, which are figure tiles.
    int declared = 2;
    for (const Bulletin::Section &section : window.document()->sections) {
        for (const Bulletin::ChartSpec &spec : section.charts)
            declared += FigureTiles::replacesChart(spec) ? 0 : 1;
    }
    QCOMPARE(checked, declared);
}

void TestMainWindow::selectingARowShowsItsSource()
{
    MainWindow window;
    window.setDocument(builtIn(), QString());
    QVERIFY(window.showSection(QStringLiteral("economy")));
    SectionPage *page = window.sectionPage(1);
    QVERIFY(page);
    QTableView *table = page->table();
    int gdpRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(Bulletin::IndicatorIdRole).toString() == QLatin1String("gdp_growth"))
            gdpRow = row;
    }
    QVERIFY(gdpRow >= 0);
    table->setCurrentIndex(table->model()->index(gdpRow, Bulletin::IndicatorTableModel::NameColumn));
    const QString source = builtIn()->findIndicator(QStringLiteral("gdp_growth"))->source;
    QVERIFY(page->provenanceText().contains(source));
    QCOMPARE(page->textView()->highlightedSource(), source);
    QVERIFY(page->textView()->toHtml().contains(QStringLiteral("selected-source")));
}

void TestMainWindow::badFileKeepsTheCurrentBulletin_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("where");
    QTest::addRow("json-syntax") << QByteArray("{\n  \"format_version\": 1,\n  oops\n}") << QStringLiteral("json")
                                 << QStringLiteral(":3:");
    QTest::addRow("json-rank") << QByteArray() << QStringLiteral("json") << QStringLiteral("rank");
    QTest::addRow("csv-number") << QByteArray("section,indicator,value,unit,province_value,province_derived,rank,"
                                              "rank_of,period,source\nA,B,abc,%,,,,,2020,x\n")
                                << QStringLiteral("csv") << QStringLiteral(":2: column value");
}

void TestMainWindow::badFileKeepsTheCurrentBulletin()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, suffix);
    QFETCH(QString, where);
    if (bytes.isEmpty()) {
        // The built-in bulletin with one rank beyond the number of cities.
        bytes = Bulletin::BulletinWriter::toJson(*builtIn());
        bytes.replace("\"rank\": 2,", "\"rank\": 15,");
    }
    const QString path
        = m_dir.filePath(QStringLiteral("bad-%1.%2").arg(QString::fromLatin1(QTest::currentDataTag()), suffix));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    const auto before = window.document();
    window.showSection(QStringLiteral("economy"));
    QVERIFY(!window.openFile(path));
    QCOMPARE(window.document(), before);
    QCOMPARE(window.tabs()->count(), before->sections.size() + 1);
    QCOMPARE(window.tabs()->currentIndex(), 2);
    QVERIFY2(window.lastError().contains(path), qPrintable(window.lastError()));
    QVERIFY2(window.lastError().contains(where), qPrintable(window.lastError()));
}

void TestMainWindow::searchFindsAndOpensAnIndicator()
{
    MainWindow window;
    window.setDocument(builtIn(), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IndicatorSearchPanel *panel = window.searchPanel();
    panel->searchField()->insert(QStringLiteral("地区生产总值"));
    QVERIFY(panel->proxy()->rowCount() >= 1);
    QCOMPARE(panel->proxy()->index(0, 0).data(Bulletin::IndicatorIdRole).toString(), QStringLiteral("gdp_growth"));
    QTest::keyClick(panel->searchField(), Qt::Key_Return);
    QCOMPARE(window.tabs()->currentIndex(), 2);
    QCOMPARE(window.sectionPage(1)->selectedIndicatorId(), QStringLiteral("gdp_growth"));

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(panel->searchField()->hasFocus());
}

void TestMainWindow::keyFigureCardOpensItsSection()
{
    MainWindow window;
    window.setDocument(builtIn(), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<KeyFigureCard *> cards = window.overviewPage()->cards();
    QCOMPARE(cards.size(), builtIn()->keyFigures.size());
    KeyFigureCard *card = cards.at(3);
    QCOMPARE(card->indicatorId(), builtIn()->keyFigures.at(3).indicatorId);
    QTest::mouseClick(card, Qt::LeftButton);
    int sectionIndex = -1;
    QVERIFY(builtIn()->findIndicator(card->indicatorId(), &sectionIndex));
    QCOMPARE(window.tabs()->currentIndex(), sectionIndex + 1);
    QCOMPARE(window.sectionPage(sectionIndex)->selectedIndicatorId(), card->indicatorId());
}

void TestMainWindow::chartBarSelectsTheIndicator()
{
    MainWindow window;
    window.setDocument(builtIn(), QString());
    BulletinChartView *comparison = window.overviewPage()->charts().first();
    QBarSet *city = comparison->barSeries()->barSets().first();
    const QString indicatorId = comparison->dataModel()->indicatorId(1);
    emit city->clicked(1);
    SectionPage *page = qobject_cast<SectionPage *>(window.tabs()->currentWidget()->findChild<SectionPage *>());
    QVERIFY(page);
    QCOMPARE(page->selectedIndicatorId(), indicatorId);
    QVERIFY(page->provenanceText().contains(builtIn()->findIndicator(indicatorId)->source));
}

void TestMainWindow::selectionIsMarkedInEveryChart()
{
    // Given the window with the economy section open
    MainWindow window;
    window.setDocument(builtIn(), QString());
    int economy = -1;
    builtIn()->findIndicator(QStringLiteral("gdp_growth"), &economy);
    SectionPage *page = window.sectionPage(economy);
    QVERIFY(page);

    // When an indicator is chosen in the section's table
    QVERIFY(page->selectIndicator(QStringLiteral("gdp_growth")));

    // Then every chart that shows it marks it, on the overview too, and charts without it mark nothing
    int marked = 0;
    const auto charts = window.findChildren<BulletinChartView *>();
    for (BulletinChartView *chart : charts) {
        const int row = chart->dataModel()->rowOf(QStringLiteral("gdp_growth"));
        if (QAbstractBarSeries *bars = chart->barSeries()) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                QCOMPARE(set->selectedBars(), row >= 0 ? QList<int> { row } : QList<int>());
                marked += row >= 0 ? 1 : 0;
            }
        } else if (QScatterSeries *dots = chart->bulletinChart()->rankSeries()) {
            QCOMPARE(dots->selectedPoints(), row >= 0 ? QList<int> { row } : QList<int>());
            marked += row >= 0 ? 1 : 0;
        }
    }
    // The overview's comparison (two sets) and ranking, the section's comparison (two sets) and ranking.
    QCOMPARE(marked, 6);
}

void TestMainWindow::twoBarChartsAreTiles()
{
    MainWindow window;
    window.setDocument(builtIn(), QString());
    int projects = -1;
    builtIn()->findIndicator(QStringLiteral("bank_credit_granted"), &projects);
    SectionPage *page = window.sectionPage(projects);
    QVERIFY(page);
    // The section declares four charts; the two-bar one is shown as two tiles with the bulletin's figures.
    QCOMPARE(page->charts().size(), 3);
    QVERIFY(page->figureTiles());
    // In English, the bulletin's 亿元 (unit_en "100 million yuan") are counted as English counts.
    QCOMPARE(page->figureTiles()->valueTexts(),
        QStringList({ QStringLiteral("72.656 billion yuan"), QStringLiteral("32.643 billion yuan") }));
    for (BulletinChartView *chart : page->charts())
        QVERIFY(!FigureTiles::replacesChart(*chart->dataModel()->chartSpec()));
}

void TestMainWindow::zoomScalesChartsAndCards()
{
    MainWindow window;
    window.setDocument(builtIn(), QString());
    window.setFontScale(1.0);
    BulletinChartView *chart = window.overviewPage()->charts().first();
    const qreal titleSize = chart->chart()->titleFont().pointSizeF();
    const qreal labelSize = chart->chart()->axes(Qt::Horizontal).first()->labelsFont().pointSizeF();
    auto *card = window.overviewPage()->findChild<QLabel *>(QStringLiteral("keyFigureValue"));
    QVERIFY(card);
    QCoreApplication::processEvents();
    const qreal cardSize = QFontInfo(card->font()).pointSizeF();

    window.setFontScale(1.5);
    QCoreApplication::processEvents();
    QCOMPARE(chart->chart()->titleFont().pointSizeF(), titleSize * 1.5);
    QCOMPARE(chart->chart()->axes(Qt::Horizontal).first()->labelsFont().pointSizeF(), labelSize * 1.5);
    QVERIFY2(QFontInfo(card->font()).pointSizeF() > cardSize * 1.3,
        qPrintable(QString::number(QFontInfo(card->font()).pointSizeF())));
    // A section page built after the zoom has its charts at the zoomed size too.
    SectionPage *page = window.sectionPage(1);
    QVERIFY(page && !page->charts().isEmpty());
    QCOMPARE(page->charts().first()->bulletinChart()->textScale(), 1.5);
    window.setFontScale(1.0);
    QCOMPARE(chart->chart()->titleFont().pointSizeF(), titleSize);
}

void TestMainWindow::lastTabIsRemembered()
{
    {
        MainWindow window;
        window.setDocument(builtIn(), QString());
        window.show();
        QVERIFY(window.showSection(QStringLiteral("poverty")));
        window.close();
    }
    MainWindow window;
    window.setDocument(builtIn(), QString());
    window.restoreLastTab();
    QCOMPARE(window.tabs()->currentIndex(), 6);
}

void TestMainWindow::quitsAfterFirstPaint()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BULLETIN_DASHBOARD_BINARY),
        { QStringLiteral("--quit-after-first-paint"), QStringLiteral("--tab"), QStringLiteral("economy") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // bench/startup.py times start-up up to this line.
    QCOMPARE(process.readAllStandardOutput(), QByteArray("first paint\n"));
}

void TestMainWindow::languageSwitchesAtRunTime()
{
    const auto document = builtIn();
    const Bulletin::Section *economy = document->findSection(QStringLiteral("economy"));
    QVERIFY(economy && !economy->titleEn.isEmpty() && !economy->charts.isEmpty());
    const Bulletin::ChartSpec overviewSpec = Bulletin::DefaultCharts::overview(*document).first();
    MainWindow window;
    window.setDocument(document, QString());
    window.show();
    QVERIFY(window.showIndicator(QStringLiteral("economy"), QStringLiteral("gdp_growth")));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Overview"));
    QCOMPARE(window.tabs()->tabText(2), economy->titleShortEn);
    QVERIFY(window.windowTitle().startsWith(document->titleEn));
    QCOMPARE(window.overviewPage()->charts().first()->chart()->title(), overviewSpec.titleEn);
    QCOMPARE(window.sectionPage(1)->charts().first()->chart()->title(), economy->charts.first().titleEn);
    const QModelIndex gdp = window.tableModel()->indexOfIndicator(QStringLiteral("gdp_growth"));
    QCOMPARE(gdp.data().toString(), QStringLiteral("GDP growth"));

    window.setLanguage(AppLanguage::Chinese);
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    QCOMPARE(window.tabs()->tabText(0), QStringLiteral("概览"));
    QCOMPARE(window.tabs()->currentIndex(), 2);
    QCOMPARE(window.searchPanel()->searchField()->placeholderText(), QStringLiteral("搜索指标（Ctrl+F）"));
    // The bulletin's own names, in the tabs, the window title, the pages, their charts and the indicator list; the
    // page on screen keeps its selection.
    QCOMPARE(window.tabs()->tabText(2), economy->titleShort);
    QVERIFY(window.windowTitle().startsWith(document->title));
    QCOMPARE(window.overviewPage()->charts().first()->chart()->title(), overviewSpec.title);
    QCOMPARE(window.sectionPage(1)->charts().first()->chart()->title(), economy->charts.first().title);
    QCOMPARE(window.sectionPage(1)->findChild<QLabel *>(QStringLiteral("sectionTitle"))->text(), economy->title);
    QCOMPARE(window.sectionPage(1)->selectedIndicatorId(), QStringLiteral("gdp_growth"));
    QCOMPARE(gdp.data().toString(), QStringLiteral("地区生产总值增速"));
    QCOMPARE(
        window.searchPanel()->view()->model()->index(0, Bulletin::IndicatorTableModel::NameColumn).data().toString(),
        document->sections.first().indicators.first().name);
    // Rebuilt menus must not leave the old actions behind: each shortcut stays unambiguous.
    int openActions = 0;
    for (QAction *action : window.findChildren<QAction *>())
        openActions += action->shortcut() == QKeySequence(QKeySequence::Open) ? 1 : 0;
    QCOMPARE(openActions, 1);

    window.setLanguage(AppLanguage::English);
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QStringLiteral("en"));
    QCOMPARE(window.tabs()->tabText(2), economy->titleShortEn);
    QCOMPARE(
        window.searchPanel()->view()->model()->index(0, Bulletin::IndicatorTableModel::NameColumn).data().toString(),
        document->sections.first().indicators.first().nameEn);
}

void TestMainWindow::pagesSpeakTheInterfaceLanguage_data()
{
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addRow("chinese") << AppLanguage::Chinese;
    QTest::addRow("english") << AppLanguage::English;
}

void TestMainWindow::pagesSpeakTheInterfaceLanguage()
{
    QFETCH(AppLanguage::Language, language);
    AppLanguage::apply(language);
    const bool english = language == AppLanguage::English;
    const auto document = builtIn();
    MainWindow window;
    window.setDocument(document, QString());

    // The overview: title, region and period, key figures; the bulletin's own headline under an English title.
    OverviewPage *overview = window.overviewPage();
    QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("bulletinTitle"))->text(),
        english ? document->titleEn : document->title);
    const QString subtitle = overview->findChild<QLabel *>(QStringLiteral("bulletinSubtitle"))->text();
    QCOMPARE(subtitle.contains(document->title), english);
    QVERIFY(subtitle.contains(document->subtitle));
    const QString meta = overview->findChild<QLabel *>(QStringLiteral("bulletinMeta"))->text();
    QVERIFY2(meta.startsWith(english ? document->regionEn : document->region), qPrintable(meta));
    QVERIFY2(meta.contains(english ? document->periodEn : document->period), qPrintable(meta));
    const QList<KeyFigureCard *> cards = overview->cards();
    QCOMPARE(cards.size(), document->keyFigures.size());
    for (int i = 0; i < cards.size(); ++i) {
        const Bulletin::KeyFigure &figure = document->keyFigures.at(i);
        QVERIFY(!figure.labelEn.isEmpty());
        // The card's caption, in the interface language: its label, or the indicator's name where the label only
        // repeats the value shown above it ("零死亡").
        const QString caption = cards.at(i)->findChild<QLabel *>(QStringLiteral("keyFigureLabel"))->text();
        const QString label = english ? figure.labelEn : figure.label;
        const Bulletin::Indicator *indicator = document->findIndicator(figure.indicatorId);
        QVERIFY(indicator);
        const QString name = english && !indicator->nameEn.isEmpty() ? indicator->nameEn : indicator->name;
        QVERIFY2(caption == label || (caption == name && label.contains(cards.at(i)->valueText().left(2))),
            qPrintable(caption + QStringLiteral(" / ") + label));
    }

    // A section: its title in the interface language, its text as the bulletin wrote it.
    const Bulletin::Section &section = document->sections.at(1);
    SectionPage *page = window.sectionPage(1);
    QCOMPARE(
        page->findChild<QLabel *>(QStringLiteral("sectionTitle"))->text(), english ? section.titleEn : section.title);
    QCOMPARE(page->textView()->toPlainText().left(10), section.text.left(10));
    const QModelIndex first = page->table()->model()->index(0, Bulletin::IndicatorTableModel::NameColumn);
    QCOMPARE(first.data().toString(), english ? section.indicators.first().nameEn : section.indicators.first().name);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
