// The briefing in the window: its File-menu actions, the contents dialog and its memory, and the one painting
// function on each of its devices (print preview, printer, PDF writer).

#include "briefingactions.h"
#include "briefingdialog.h"
#include "briefinglayout.h"
#include "briefingoptions.h"
#include "briefingpainter.h"
#include "mainwindow.h"

#include <QAction>
#include <QBuffer>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <bulletinloader.h>

namespace {

std::shared_ptr<const Bulletin::Document> builtIn()
{
    static const std::shared_ptr<const Bulletin::Document> document = Bulletin::BulletinLoader::loadBuiltIn().document;
    return document;
}

int expectedPages(const BriefingOptions &options, QPageLayout pageLayout = BriefingOptions::pageLayout())
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(pageLayout);
    return int(
        BriefingLayout(*builtIn(), options, &writer, QRectF(0, 0, writer.width(), writer.height())).pages().size());
}

} // namespace

class TestBriefingUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void fileMenuHasTheBriefingActions();
    void dialogDefaultsToEverything();
    void choicesAreRemembered();
    void printPreviewPaintsEveryPage();
    void previewActionOpensThePreviewDialog();
    void printerPaintsAsThePdfWriter();
    void saveBriefing();
    void writePdfIsAtomic();
};

void TestBriefingUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bulletin-dashboard-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_briefingui"));
    QVERIFY(builtIn());
}

void TestBriefingUi::init()
{
    QSettings().clear();
}

void TestBriefingUi::fileMenuHasTheBriefingActions()
{
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    BriefingActions *briefing = window.briefingActions();
    QVERIFY(briefing);
    QMenu *fileMenu = window.menuBar()->actions().first()->menu();
    QVERIFY(fileMenu);
    const QList<QAction *> actions = fileMenu->actions();
    for (QAction *action : briefing->actions()) {
        QVERIFY2(actions.contains(action), qPrintable(action->text()));
        QVERIFY(action->isEnabled());
    }
    QCOMPARE(briefing->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    QCOMPARE(briefing->printAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QVERIFY(briefing->previewAction()->text().remove(QLatin1Char('&')).contains(QStringLiteral("preview")));
    QVERIFY(briefing->savePdfAction()->text().remove(QLatin1Char('&')).contains(QStringLiteral("PDF")));
}

void TestBriefingUi::dialogDefaultsToEverything()
{
    const BriefingOptions options = BriefingOptions::load(*builtIn(), QSettings());
    QCOMPARE(options.sectionIds.size(), builtIn()->sections.size());
    QVERIFY(options.includeCharts && options.includeTables && options.includeFullText);

    BriefingDialog dialog(*builtIn(), options);
    QCOMPARE(dialog.sectionList()->count(), int(builtIn()->sections.size()));
    for (int row = 0; row < dialog.sectionList()->count(); ++row)
        QCOMPARE(dialog.sectionList()->item(row)->checkState(), Qt::Checked);
    const BriefingOptions back = dialog.options();
    QCOMPARE(back.sectionIds, options.sectionIds);
    QCOMPARE(back.includeCharts, true);
}

void TestBriefingUi::choicesAreRemembered()
{
    BriefingOptions options = BriefingOptions::load(*builtIn(), QSettings());
    BriefingDialog dialog(*builtIn(), options);
    dialog.sectionList()->item(0)->setCheckState(Qt::Unchecked);
    dialog.sectionList()->item(3)->setCheckState(Qt::Unchecked);
    BriefingOptions chosen = dialog.options();
    chosen.includeCharts = false;
    {
        QSettings settings;
        chosen.save(*builtIn(), settings);
    }
    const BriefingOptions again = BriefingOptions::load(*builtIn(), QSettings());
    QCOMPARE(again.sectionIds, chosen.sectionIds);
    QVERIFY(!again.includes(builtIn()->sections.at(0).id));
    QVERIFY(!again.includes(builtIn()->sections.at(3).id));
    QVERIFY(again.includes(builtIn()->sections.at(1).id));
    QCOMPARE(again.includeCharts, false);
    QCOMPARE(again.includeTables, true);

    // Another bulletin's sections are all in by default: only exclusions are remembered.
    Bulletin::Document other = *builtIn();
    other.sections.first().id = QStringLiteral("brand-new");
    QVERIFY(BriefingOptions::load(other, QSettings()).includes(QStringLiteral("brand-new")));
}

void TestBriefingUi::printPreviewPaintsEveryPage()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(BriefingOptions::pageLayout());
    QPrintPreviewWidget preview(&printer);
    const BriefingOptions options = BriefingOptions::everything(*builtIn());
    int painted = 0;
    connect(&preview, &QPrintPreviewWidget::paintRequested, this,
        [&](QPrinter *device) { painted = BriefingPainter::paint(device, builtIn(), options); });
    preview.updatePreview();
    QCOMPARE(painted, expectedPages(options));
    QCOMPARE(preview.pageCount(), painted);

    // Landscape through the printer settings: the preview lays the briefing out again.
    printer.setPageOrientation(QPageLayout::Landscape);
    preview.updatePreview();
    QCOMPARE(painted, expectedPages(options, BriefingOptions::pageLayout(QPageSize::A4, QPageLayout::Landscape)));
    QCOMPARE(preview.pageCount(), painted);
}

void TestBriefingUi::previewActionOpensThePreviewDialog()
{
    BriefingActions actions(nullptr);
    actions.setDocument(builtIn());
    int pages = -1;
    bool sawDialog = false;
    // The dialog is modal: look at it from inside its event loop, then close it.
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        sawDialog = true;
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
            QTRY_VERIFY((pages = preview->pageCount()) > 0);
        dialog->reject();
    });
    actions.previewAction()->trigger();
    QVERIFY(sawDialog);
    QCOMPARE(pages, expectedPages(actions.options()));
}

void TestBriefingUi::printerPaintsAsThePdfWriter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QPrinter printer(QPrinter::HighResolution);
    QCOMPARE(printer.resolution(), 1200);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageLayout(BriefingOptions::pageLayout(QPageSize::Letter));
    BriefingOptions options = BriefingOptions::everything(*builtIn());
    options.sectionIds = { QStringLiteral("economy") };
    QCOMPARE(BriefingPainter::paint(&printer, builtIn(), options),
        expectedPages(options, BriefingOptions::pageLayout(QPageSize::Letter)));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("printed.pdf"))).size() > 10000);
}

void TestBriefingUi::saveBriefing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BriefingActions actions(nullptr);
    QCOMPARE(actions.saveBriefing(dir.filePath(QStringLiteral("none.pdf"))).isEmpty(), false);
    QVERIFY(!actions.previewAction()->isEnabled());
    actions.setDocument(builtIn());
    QVERIFY(actions.previewAction()->isEnabled());
    const QString path = dir.filePath(QStringLiteral("briefing.pdf"));
    QCOMPARE(actions.saveBriefing(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestBriefingUi::writePdfIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("brief.pdf"));
    const BriefingOptions options = BriefingOptions::everything(*builtIn());
    QCOMPARE(BriefingPainter::writePdf(
                 path, builtIn(), options, BriefingOptions::pageLayout(), BriefingPainter::Overwrite::Refuse),
        QString());
    const QByteArray first = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(first.startsWith("%PDF-"));
    QVERIFY(first.trimmed().endsWith("%%EOF"));
    // Refused without overwriting; nothing else is left in the folder, no temporary file either.
    const QString refused = BriefingPainter::writePdf(
        path, builtIn(), options, BriefingOptions::pageLayout(), BriefingPainter::Overwrite::Refuse);
    QVERIFY(refused.contains(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("brief.pdf") });
    QVERIFY(!BriefingPainter::writePdf(
        dir.path(), builtIn(), options, BriefingOptions::pageLayout(), BriefingPainter::Overwrite::Allow)
                 .isEmpty());
}

QTEST_MAIN(TestBriefingUi)
#include "tst_briefingui.moc"
