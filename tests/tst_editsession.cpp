// Editing in the window: edit mode, live updates of tables and charts, undo, problems, saving, and recovering
// the edits of a run that was killed.

#include "applanguage.h"
#include "articlereviewpanel.h"
#include "bulletinchart.h"
#include "bulletinchartview.h"
#include "editsession.h"
#include "mainwindow.h"
#include "problemspanel.h"
#include "propertiespanel.h"
#include "sectionpage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QFrame>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeWidget>
#include <QUndoStack>
#include <bulletinloader.h>
#include <bulletinwriter.h>
#include <chartdatamodel.h>
#include <documenteditor.h>
#include <indicatorroles.h>
#include <indicatortablemodel.h>

using Bulletin::DocumentEditor;

namespace {

std::shared_ptr<const Bulletin::Document> builtIn()
{
    static const auto document = Bulletin::BulletinLoader::loadBuiltIn().document;
    return document;
}

int sectionOf(const QString &indicatorId)
{
    int section = -1;
    builtIn()->findIndicator(indicatorId, &section);
    return section;
}

} // namespace

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void browsingIsReadOnly();
    void aValueEditUpdatesTableAndChartInPlace();
    void undoRestoresTheDocument();
    void problemsNameTheirPlace();
    void savingWritesTheFileAndClearsTheMark();
    void structureEditsShowAtOnce();
    void newBulletinOpensInEditMode();
    void killedEditsAreOfferedBack();
    void anImportedArticleIsReviewed();

private:
    QTemporaryDir m_home;
};

void TestEditSession::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The program's names: the recovery test reads what the program itself wrote aside.
    QCoreApplication::setOrganizationName(QStringLiteral("bulletin-dashboard"));
    QCoreApplication::setApplicationName(QStringLiteral("bulletin-dashboard"));
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_home.path()));
    // The bulletin's own names, whatever the machine's locale.
    AppLanguage::apply(AppLanguage::Chinese);
}

void TestEditSession::browsingIsReadOnly()
{
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    const QModelIndex value = window.tableModel()->indexOfIndicator(
        QStringLiteral("gdp_growth"), Bulletin::IndicatorTableModel::ValueColumn);
    QVERIFY(!(value.flags() & Qt::ItemIsEditable));
    QVERIFY(!window.tableModel()->setData(value, 9.9, Qt::EditRole));

    window.session()->setEditing(true);
    QVERIFY(value.flags() & Qt::ItemIsEditable);
    window.session()->setEditing(false);
    QVERIFY(!(value.flags() & Qt::ItemIsEditable));
}

void TestEditSession::aValueEditUpdatesTableAndChartInPlace()
{
    // Given the economy section on screen, in edit mode
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    const int economy = sectionOf(QStringLiteral("gdp_growth"));
    SectionPage *page = window.sectionPage(economy);
    BulletinChartView *chart = nullptr;
    for (BulletinChartView *each : page->charts()) {
        if (each->chartId() == QLatin1String("economy_vs_province"))
            chart = each;
    }
    QVERIFY(chart);
    const int row = chart->dataModel()->rowOf(QStringLiteral("gdp_growth"));
    QVERIFY(row >= 0);
    window.session()->setEditing(true);

    // When the value is edited in the table
    const QModelIndex value = window.tableModel()->indexOfIndicator(
        QStringLiteral("gdp_growth"), Bulletin::IndicatorTableModel::ValueColumn);
    QVERIFY(window.tableModel()->setData(value, 4.2, Qt::EditRole));

    // Then the same page and chart show it, the bar included, and the window says it is unsaved
    QCOMPARE(window.sectionPage(economy), page);
    QCOMPARE(window.document()->findIndicator(QStringLiteral("gdp_growth"))->value, 4.2);
    QCOMPARE(value.data(Bulletin::ValueRole).toDouble(), 4.2);
    QCOMPARE(chart->dataModel()->index(row, Bulletin::ChartDataModel::CityColumn).data().toDouble(), 4.2);
    QCOMPARE(chart->barSeries()->barSets().first()->at(row), 4.2);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));
}

void TestEditSession::undoRestoresTheDocument()
{
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    const QByteArray before = Bulletin::BulletinWriter::toJson(*window.document());
    DocumentEditor *editor = window.session()->editor();
    QVERIFY(editor->setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("name"), QStringLiteral("改")));
    QVERIFY(editor->setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("name"), QStringLiteral("改名")));
    QVERIFY(!editor->addSection(0).isEmpty());
    // Typing in one field is one step; the new section another.
    QCOMPARE(editor->undoStack()->count(), 2);
    QVERIFY(window.isWindowModified());
    window.session()->undoAction()->trigger();
    window.session()->undoAction()->trigger();
    QCOMPARE(Bulletin::BulletinWriter::toJson(*window.document()), before);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.tableModel()->indexOfIndicator(QStringLiteral("gdp_growth")).data().toString(),
        builtIn()->findIndicator(QStringLiteral("gdp_growth"))->name);
    window.session()->redoAction()->trigger();
    QCOMPARE(window.document()->findIndicator(QStringLiteral("gdp_growth"))->name, QStringLiteral("改名"));
}

void TestEditSession::problemsNameTheirPlace()
{
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    QCOMPARE(window.problemsPanel()->problems().size(), 0);
    DocumentEditor *editor = window.session()->editor();
    // A rank above rank_of, an empty name.
    QVERIFY(editor->setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("rank"), 15));
    QVERIFY(editor->setIndicatorField(QStringLiteral("retail_sales_growth"), QStringLiteral("name"), QString()));
    const QList<Bulletin::EditProblem> problems = window.problemsPanel()->problems();
    QVERIFY2(problems.size() >= 2, qPrintable(QString::number(problems.size())));
    QStringList places;
    for (const Bulletin::EditProblem &problem : problems)
        places.append(problem.place);
    const Bulletin::Section &economy = builtIn()->sections.at(sectionOf(QStringLiteral("gdp_growth")));
    QVERIFY2(
        places.contains(economy.title + QStringLiteral(" › 地区生产总值增速 › rank")), qPrintable(places.join(u'\n')));
    QVERIFY2(places.filter(QStringLiteral(" › name")).size() >= 1, qPrintable(places.join(u'\n')));
    QCoreApplication::processEvents();
    // "（2 个问题）": the count, in the interface language.
    QVERIFY2(window.windowTitle().contains(QStringLiteral("%1 个问题").arg(problems.size())),
        qPrintable(window.windowTitle()));
    QCOMPARE(window.problemsPanel()->list()->topLevelItemCount(), problems.size());
}

void TestEditSession::savingWritesTheFileAndClearsTheMark()
{
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    QVERIFY(window.session()->isBuiltIn());
    DocumentEditor *editor = window.session()->editor();
    QVERIFY(editor->setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("value"), 2.5));
    QTemporaryDir dir;
    for (const QString &name : { QStringLiteral("edited.json"), QStringLiteral("edited.csv") }) {
        QVERIFY(editor->setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("note"), name));
        const QString path = dir.filePath(name);
        QCOMPARE(window.session()->saveTo(path), QString());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.session()->filePath(), path);
        QVERIFY(!window.session()->isBuiltIn());
        QVERIFY2(window.windowTitle().contains(name), qPrintable(window.windowTitle()));
        const Bulletin::LoadResult loaded = Bulletin::BulletinLoader::loadFile(path);
        QVERIFY2(loaded.ok(), qPrintable(Bulletin::describeProblems(loaded.problems)));
        QCOMPARE(loaded.document->findIndicator(QStringLiteral("gdp_growth"))->value, 2.5);
        QCOMPARE(loaded.document->findIndicator(QStringLiteral("gdp_growth"))->note, name);
    }
}

void TestEditSession::structureEditsShowAtOnce()
{
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    const int tabs = window.tabs()->count();
    DocumentEditor *editor = window.session()->editor();
    const QString section = editor->addSection(1);
    QVERIFY(!section.isEmpty());
    QCOMPARE(window.tabs()->count(), tabs + 1);
    const QString indicator = editor->addIndicator(section, 0);
    QVERIFY(window.tableModel()->indexOfIndicator(indicator).isValid());
    QVERIFY(editor->removeSection(section));
    QCOMPARE(window.tabs()->count(), tabs);
    QVERIFY(!window.tableModel()->indexOfIndicator(indicator).isValid());
}

void TestEditSession::newBulletinOpensInEditMode()
{
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    window.newBulletin();
    QVERIFY(window.session()->isEditing());
    QVERIFY(!window.session()->isBuiltIn());
    QVERIFY(window.session()->filePath().isEmpty());
    QCOMPARE(window.document()->sections.size(), 1);
    QCOMPARE(window.tabs()->count(), 2);
}

void TestEditSession::killedEditsAreOfferedBack()
{
    // Given the program running with an unsaved edit (made through its test hook)
    QFile::remove(QDir(EditSession::autosaveFolder()).filePath(QStringLiteral("unsaved.json")));
    QProcess program;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("BULLETIN_DASHBOARD_TEST_EDIT"), QStringLiteral("gdp_growth.value=7.5"));
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(BULLETIN_DASHBOARD_BINARY), { QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY(program.waitForStarted());
    const QString autosave = QDir(EditSession::autosaveFolder()).filePath(QStringLiteral("unsaved.json"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(autosave), 30000);

    // When it is killed, with no chance to clean up
    program.kill();
    QVERIFY(program.waitForFinished());

    // Then the next start offers the edits back, and recovers them as unsaved edits of the built-in bulletin
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    QVERIFY(window.offerRecovery());
    QVERIFY(!window.recoveryBar()->isHidden());
    auto *recover = window.recoveryBar()->findChild<QPushButton *>(QStringLiteral("recoverButton"));
    QVERIFY(recover);
    recover->click();
    QCOMPARE(window.document()->findIndicator(QStringLiteral("gdp_growth"))->value, 7.5);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.session()->isBuiltIn());

    // And declining forgets them
    window.session()->autosaveNow();
    QVERIFY(QFileInfo::exists(autosave));
    MainWindow second;
    second.setInteractive(false);
    second.setDocument(builtIn(), QString());
    QVERIFY(second.offerRecovery());
    second.recoveryBar()->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
    QVERIFY(!QFileInfo::exists(autosave));
    QVERIFY(!second.offerRecovery());
}

void TestEditSession::anImportedArticleIsReviewed()
{
    // Given an article imported into the window
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    QVERIFY(window.importArticle(QStringLiteral(BULLETIN_TEST_DATA_DIR "/articles/hengyang-2020-h1.txt")));
    ArticleReviewPanel *review = window.reviewPanel();
    QVERIFY(review);
    const QList<Bulletin::FoundFigure> figures = review->result().figures;
    QVERIFY(figures.size() > 20);
    // Then it is a new, unsaved draft in edit mode, its figures marked in the text and listed for review
    QVERIFY(window.session()->isEditing());
    QVERIFY(window.session()->filePath().isEmpty());
    QVERIFY(!window.session()->isBuiltIn());
    QVERIFY(window.isWindowModified());
    QCOMPARE(review->figureList()->topLevelItemCount(), figures.size());
    QTextCursor cursor(review->articleView()->document());
    cursor.setPosition(int(figures.first().range.start) + 1);
    QCOMPARE(cursor.charFormat().background().color(), ArticleReviewPanel::kindColor(figures.first().kind));

    // When a figure is rejected, and another accepted, each step can be undone
    const QString rejected = figures.at(0).indicatorId;
    const QString accepted = figures.at(1).indicatorId;
    review->reject(rejected);
    QVERIFY(!window.document()->findIndicator(rejected));
    QCOMPARE(review->status(rejected), ArticleReviewPanel::Status::Rejected);
    review->accept(accepted);
    QCOMPARE(review->status(accepted), ArticleReviewPanel::Status::Accepted);
    window.session()->undoAction()->trigger();
    QCOMPARE(review->status(accepted), ArticleReviewPanel::Status::Pending);
    window.session()->undoAction()->trigger();
    QVERIFY(window.document()->findIndicator(rejected));
    QCOMPARE(review->status(rejected), ArticleReviewPanel::Status::Pending);

    // And a file that is no article is refused, the bulletin on screen kept
    const auto before = window.document();
    QTemporaryDir dir;
    QFile empty(dir.filePath(QStringLiteral("empty.txt")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QVERIFY(!window.importArticle(empty.fileName()));
    QCOMPARE(window.document(), before);
    QVERIFY(window.lastError().contains(QStringLiteral("empty.txt")));
}

QTEST_MAIN(TestEditSession)

#include "tst_editsession.moc"
