// A large synthetic bulletin (tools/generate_bulletin.py, 200 sections x 50 indicators) in the window: it opens,
// pages are built only when shown, and the indicator search keeps up with typing. The bounds are generous
// correctness limits, not benchmarks (bench/scale measures); the figures are printed for the record.

#include "bulletinchartview.h"
#include "indicatorsearchpanel.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "sectionpage.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <bulletinloader.h>
#include <chartdatamodel.h>
#include <defaultcharts.h>
#include <indicatorfilterproxymodel.h>
#include <indicatortablemodel.h>

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr int Slowdown = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int Slowdown = 10;
#else
constexpr int Slowdown = 1;
#endif
#else
constexpr int Slowdown = 1;
#endif

constexpr int Sections = 200;
constexpr int IndicatorsPerSection = 50;
constexpr qint64 OpenBoundMs = 5000 * Slowdown;
constexpr qint64 PageBoundMs = 1000 * Slowdown;
constexpr qint64 KeystrokeBoundMs = 250 * Slowdown;

} // namespace

class TestScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensWithLazyPages();
    void searchKeepsUpWithTyping_data();
    void searchKeepsUpWithTyping();

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
    QVERIFY2(painted < OpenBoundMs, qPrintable(QString::number(painted)));
    QVERIFY2(page < PageBoundMs, qPrintable(QString::number(page)));
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
    QVERIFY2(keystrokes.last() < KeystrokeBoundMs, qPrintable(QString::number(keystrokes.last())));
}

QTEST_MAIN(TestScale)
#include "tst_scale.moc"
