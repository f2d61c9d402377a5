// A large synthetic bulletin (tools/generate_bulletin.py, 200 sections x 50 indicators) in the window: it opens,
// pages are built only when shown, and the indicator search keeps up with typing. The bounds are generous
// correctness limits, not benchmarks (bench/scale measures); the figures are printed for the record.

#include "bulletinchartview.h"
#include "indicatorsearchpanel.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "sectionpage.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <bulletinloader.h>
#include <bulletinvalidator.h>
#include <chartdatamodel.h>
#include <defaultcharts.h>
#include <indicatorfilterproxymodel.h>
#include <indicatortablemodel.h>

namespace {

// Timings are reported, not asserted: CI machines are shared and noisy. bench/scale.cpp holds the targets.
constexpr int Sections = 200;
constexpr int IndicatorsPerSection = 50;
constexpr int Many = 40000;

QJsonObject indicator(int i, bool withSource = true)
{
    QJsonObject object { { QStringLiteral("id"), QStringLiteral("i%1").arg(i) },
        { QStringLiteral("name"), QStringLiteral("指标%1").arg(i) }, { QStringLiteral("value"), i },
        { QStringLiteral("unit"), QStringLiteral("个") } };
    if (withSource)
        object.insert(QStringLiteral("source"), QStringLiteral("第%1句").arg(i));
    return object;
}

QJsonObject section(const QString &id, const QJsonArray &indicators, const QJsonArray &charts = {})
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("title"), id }, { QStringLiteral("text"), id },
        { QStringLiteral("indicators"), indicators }, { QStringLiteral("charts"), charts } };
}

QByteArray bulletin(const QJsonArray &sections, const QJsonArray &keyFigures = {})
{
    const QJsonObject header { { QStringLiteral("id"), QStringLiteral("shape") },
        { QStringLiteral("title"), QStringLiteral("合成测试数据") }, { QStringLiteral("period"), QStringLiteral("P") },
        { QStringLiteral("region"), QStringLiteral("R") }, { QStringLiteral("synthetic"), true } };
    return QJsonDocument(QJsonObject { { QStringLiteral("format_version"), 1 }, { QStringLiteral("bulletin"), header },
                             { QStringLiteral("sections"), sections }, { QStringLiteral("key_figures"), keyFigures } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensWithLazyPages();
    void searchKeepsUpWithTyping_data();
    void searchKeepsUpWithTyping();
    void pathologicalShapesLoad_data();
    void pathologicalShapesLoad();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestScale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("synthetic.json"));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 runs tools/generate_bulletin.py");
    QProcess generator;
    generator.start(python,
        { QStringLiteral(BULLETIN_TEST_DATA_DIR "/../../tools/generate_bulletin.py"), QStringLiteral("--sections"),
            QString::number(Sections), QStringLiteral("--indicators"), QString::number(IndicatorsPerSection),
            QStringLiteral("-o"), m_path });
    QVERIFY(generator.waitForFinished(120000));
    QVERIFY2(generator.exitCode() == 0, generator.readAllStandardError().constData());

    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->setDocument(Bulletin::BulletinLoader::loadBuiltIn().document, QString());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestScale::opensWithLazyPages()
{
    // When the large bulletin is opened and the window repaints
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_window->openFile(m_path), qPrintable(m_window->lastError()));
    const qint64 opened = timer.elapsed();
    m_window->repaint();
    QCoreApplication::processEvents();
    const qint64 painted = timer.elapsed();

    // Then it shows every section as a tab, marked as synthetic, and has built none of their pages
    const auto document = m_window->document();
    QVERIFY(document->synthetic);
    QVERIFY(document->title.contains(QStringLiteral("合成测试数据")));
    QCOMPARE(document->indicatorCount(), Sections * IndicatorsPerSection);
    QCOMPARE(m_window->tabs()->count(), Sections + 1);
    QCOMPARE(m_window->tableModel()->rowCount(), Sections * IndicatorsPerSection);
    for (int s = 0; s < Sections; ++s)
        QVERIFY(!m_window->hasSectionPage(s));
    // The overview compares and ranks a readable few, not thousands of bars.
    QCOMPARE(m_window->overviewPage()->charts().size(), 2);
    for (BulletinChartView *chart : m_window->overviewPage()->charts())
        QCOMPARE(chart->dataModel()->rowCount(), Bulletin::DefaultCharts::MaxIndicatorsPerChart);

    // And a page is built when its tab is shown, alone
    timer.start();
    QVERIFY(m_window->showSection(QStringLiteral("s137")));
    QCoreApplication::processEvents();
    const qint64 page = timer.elapsed();
    QVERIFY(m_window->hasSectionPage(136));
    QCOMPARE(m_window->sectionPage(136)->sectionId(), QStringLiteral("s137"));
    QVERIFY(!m_window->hasSectionPage(135));
    QVERIFY(!m_window->hasSectionPage(137));

    qInfo("%d indicators: opened in %lld ms, painted after %lld ms; one section page in %lld ms",
        document->indicatorCount(), opened, painted, page);
}

void TestScale::searchKeepsUpWithTyping_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("matches");
    // Counted independently over the generated file (name, id, section title, English name, source).
    QTest::addRow("chinese") << QStringLiteral("工业增加值") << 624;
    QTest::addRow("english-two-terms") << QStringLiteral("tax revenue") << 626;
    QTest::addRow("id") << QStringLiteral("s123-i04") << 10;
}

void TestScale::searchKeepsUpWithTyping()
{
    QFETCH(QString, word);
    QFETCH(int, matches);
    if (m_window->document()->indicatorCount() != Sections * IndicatorsPerSection)
        QVERIFY(m_window->openFile(m_path));
    IndicatorSearchPanel *panel = m_window->searchPanel();
    panel->searchField()->clear();
    QCoreApplication::processEvents();

    // Each insert() is one keystroke, or one input-method commit for Chinese; the view updates before the next.
    QList<qint64> keystrokes;
    for (const QChar c : word) {
        QElapsedTimer timer;
        timer.start();
        panel->searchField()->insert(QString(c));
        QCoreApplication::processEvents();
        keystrokes.append(timer.elapsed());
    }
    QCOMPARE(panel->searchField()->text(), word);
    QCOMPARE(panel->proxy()->rowCount(), matches);

    std::sort(keystrokes.begin(), keystrokes.end());
    qInfo("\"%s\": %lld keystrokes on %d rows, median %lld ms, slowest %lld ms", qPrintable(word),
        qint64(keystrokes.size()), m_window->tableModel()->rowCount(), keystrokes.at(keystrokes.size() / 2),
        keystrokes.last());
}

void TestScale::pathologicalShapesLoad_data()
{
    // Shapes a damaged or hostile file can take, each once quadratic somewhere in loading (a list search per row
    // or per reference): seconds, or far longer, for what now takes milliseconds.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("csv");
    QTest::addColumn<int>("problems");

    QByteArray table = "section,indicator,value,unit,province_value,province_derived,rank,rank_of,period,source\n";
    for (int i = 0; i < Many; ++i)
        table += QStringLiteral("S,N%1,1,unit%1,,,,,P,x\n").arg(i).toUtf8();
    QTest::addRow("csv-a-unit-per-row") << table << true << 0;

    // As when the section column of a spreadsheet holds something else: a tab per row would never finish.
    QByteArray sectionPerRow
        = "section,indicator,value,unit,province_value,province_derived,rank,rank_of,period,source\n";
    for (int i = 0; i < Many; ++i)
        sectionPerRow += QStringLiteral("S%1,N%1,1,u,,,,,P,x\n").arg(i).toUtf8();
    QTest::addRow("csv-a-section-per-row") << sectionPerRow << true << 1;

    QJsonArray indicators;
    QJsonArray ids;
    for (int i = 0; i < Many; ++i) {
        indicators.append(indicator(i));
        ids.append(QStringLiteral("i%1").arg(i));
    }
    const QJsonObject chart { { QStringLiteral("id"), QStringLiteral("all") },
        { QStringLiteral("kind"), QStringLiteral("bars") }, { QStringLiteral("title"), QStringLiteral("all") },
        { QStringLiteral("indicators"), ids } };
    QTest::addRow("json-a-chart-of-every-indicator")
        << bulletin({ section(QStringLiteral("s"), indicators, { chart }) }) << false << 0;

    QJsonArray sections;
    for (int s = 0; s < Bulletin::BulletinValidator::MaxSections; ++s)
        sections.append(section(QStringLiteral("s%1").arg(s), { indicator(s) }));
    QJsonArray figures;
    for (int k = 0; k < Many; ++k)
        figures.append(QJsonObject { { QStringLiteral("number"), k + 1 },
            { QStringLiteral("label"), QStringLiteral("L") }, { QStringLiteral("text"), QStringLiteral("T") },
            { QStringLiteral("section"), QStringLiteral("s%1").arg(Bulletin::BulletinValidator::MaxSections - 1) },
            { QStringLiteral("indicator"), QStringLiteral("i%1").arg(Bulletin::BulletinValidator::MaxSections - 1) } });
    QTest::addRow("json-key-figures-naming-the-last-section") << bulletin(sections, figures) << false << 0;

    QJsonArray sourceless;
    for (int i = 0; i < Many; ++i)
        sourceless.append(indicator(i, false));
    QTest::addRow("json-a-problem-per-indicator") << bulletin({ section(QStringLiteral("s"), sourceless) }) << false
                                                  << Bulletin::BulletinLoader::MaxReportedProblems + 1;
}

void TestScale::pathologicalShapesLoad()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, csv);
    QFETCH(int, problems);
    QElapsedTimer timer;
    timer.start();
    const Bulletin::LoadResult result = csv ? Bulletin::BulletinLoader::loadCsv(bytes, QStringLiteral("shape.csv"))
                                            : Bulletin::BulletinLoader::loadJson(bytes, QStringLiteral("shape.json"));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(result.problems.size(), problems);
    QCOMPARE(result.ok(), problems == 0);
    if (problems > Bulletin::BulletinLoader::MaxReportedProblems) // a long list is cut, and says how much more
        QVERIFY2(result.problems.last().message.contains(QStringLiteral("more problems not listed")),
            qPrintable(result.problems.last().toString()));
    qInfo("%.1f MiB loaded in %lld ms", bytes.size() / 1048576.0, elapsed);
}

QTEST_MAIN(TestScale)
#include "tst_scale.moc"
