// The briefing in the window: its File-menu actions, the contents dialog and its memory, and the one painting
// function on each of its devices (print preview, printer, PDF writer).

#include "applanguage.h"
#include "briefingactions.h"
#include "briefingdialog.h"
#include "briefinglayout.h"
#include "briefingoptions.h"
#include "briefingpainter.h"
#include "mainwindow.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
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
        BriefingLayout(builtIn(), options, &writer, QRectF(0, 0, writer.width(), writer.height())).pages().size());
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
    void sheetLanguageBeatsTheInterface_data();
    void sheetLanguageBeatsTheInterface();
    void dialogNamesSectionsInTheInterfaceLanguage_data();
    void dialogNamesSectionsInTheInterfaceLanguage();
    void sheetOptionsAreRemembered();
    void dialogRestoresSheetOptions();
    void editorNotesStayOutOfThePdf_data();
    void editorNotesStayOutOfThePdf();
};

Q_DECLARE_METATYPE(AppLanguage::Language)
Q_DECLARE_METATYPE(BriefingOptions::Language)

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
    QCOMPARE(
        BriefingPainter::writePdf(path, builtIn(), options, BriefingOptions::pageLayout(), Bulletin::Overwrite::Refuse),
        QString());
    const QByteArray first = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(first.startsWith("%PDF-"));
    QVERIFY(first.trimmed().endsWith("%%EOF"));
    // Refused without overwriting; nothing else is left in the folder, no temporary file either.
    const QString refused = BriefingPainter::writePdf(
        path, builtIn(), options, BriefingOptions::pageLayout(), Bulletin::Overwrite::Refuse);
    QVERIFY(refused.contains(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("brief.pdf") });
    QVERIFY(!BriefingPainter::writePdf(
        dir.path(), builtIn(), options, BriefingOptions::pageLayout(), Bulletin::Overwrite::Allow)
                 .isEmpty());
}

void TestBriefingUi::sheetLanguageBeatsTheInterface_data()
{
    QTest::addColumn<AppLanguage::Language>("interface");
    QTest::addColumn<BriefingOptions::Language>("sheet");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    // Words of the charts, of the tables' figures and of the bulletin's names, in the sheet's language only.
    QTest::addRow("english-sheet-chinese-interface")
        << AppLanguage::Chinese << BriefingOptions::Language::English
        << QStringList { QStringLiteral("Unit: %"), QStringLiteral("+0.4 pp"), QStringLiteral("GDP growth"),
               QStringLiteral("(derived from the stated gap)") }
        << QStringList { QStringLiteral("单位："), QStringLiteral("个百分点"), QStringLiteral("据差值推算") };
    QTest::addRow("chinese-sheet-english-interface")
        << AppLanguage::English << BriefingOptions::Language::Chinese
        << QStringList { QStringLiteral("单位：%"), QStringLiteral("+0.4 个百分点"), QStringLiteral("据差值推算") }
        << QStringList { QStringLiteral("Unit:"), QStringLiteral(" pp"), QStringLiteral("GDP growth"),
               QStringLiteral("derived from") };
}

void TestBriefingUi::sheetLanguageBeatsTheInterface()
{
    QFETCH(AppLanguage::Language, interface);
    QFETCH(BriefingOptions::Language, sheet);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils)");
    AppLanguage::apply(interface);
    const QLocale interfaceLocale;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("brief.pdf"));
    BriefingOptions options = BriefingOptions::everything(*builtIn());
    options.includeFullText = false;
    options.language = sheet;
    QCOMPARE(
        BriefingPainter::writePdf(path, builtIn(), options, BriefingOptions::pageLayout(), Bulletin::Overwrite::Refuse),
        QString());
    // The interface's language is back once the sheet is written.
    QCOMPARE(QLocale(), interfaceLocale);

    QProcess pdftotext;
    pdftotext.start(
        QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const QString &word : present)
        QVERIFY2(text.contains(word), qPrintable(word + QLatin1Char('\n') + text.left(2000)));
    for (const QString &word : absent)
        QVERIFY2(!text.contains(word), qPrintable(word + QLatin1Char('\n') + text.left(2000)));
    AppLanguage::apply(AppLanguage::English);
}

void TestBriefingUi::dialogNamesSectionsInTheInterfaceLanguage_data()
{
    QTest::addColumn<AppLanguage::Language>("interface");
    QTest::addRow("chinese") << AppLanguage::Chinese;
    QTest::addRow("english") << AppLanguage::English;
}

void TestBriefingUi::dialogNamesSectionsInTheInterfaceLanguage()
{
    QFETCH(AppLanguage::Language, interface);
    AppLanguage::apply(interface);
    const bool english = interface == AppLanguage::English;
    const BriefingDialog dialog(*builtIn(), BriefingOptions::everything(*builtIn()));
    QCOMPARE(dialog.sectionList()->count(), int(builtIn()->sections.size()));
    for (int row = 0; row < dialog.sectionList()->count(); ++row) {
        const Bulletin::Section &section = builtIn()->sections.at(row);
        QVERIFY(!section.titleEn.isEmpty());
        QCOMPARE(dialog.sectionList()->item(row)->text(), english ? section.titleEn : section.title);
        QCOMPARE(dialog.sectionList()->item(row)->toolTip(), english ? section.title : section.titleEn);
    }
    AppLanguage::apply(AppLanguage::English);
}

// Masthead, body face and black-and-white printing are the user's: remembered across bulletins, not per bulletin.
void TestBriefingUi::sheetOptionsAreRemembered()
{
    const BriefingOptions defaults = BriefingOptions::load(*builtIn(), QSettings());
    QVERIFY(defaults.issuingUnit.isEmpty() && defaults.issue.isEmpty());
    QVERIFY(!defaults.serifBody && !defaults.grayscale);

    BriefingOptions options = defaults;
    options.issuingUnit = QStringLiteral("  衡阳市统计局 ");
    options.issue = QStringLiteral("12");
    options.serifBody = true;
    options.grayscale = true;
    {
        QSettings settings;
        options.save(*builtIn(), settings);
    }
    Bulletin::Document other = *builtIn();
    other.id = QStringLiteral("another-bulletin");
    for (const Bulletin::Document *document : { builtIn().get(), static_cast<const Bulletin::Document *>(&other) }) {
        const BriefingOptions again = BriefingOptions::load(*document, QSettings());
        QCOMPARE(again.issuingUnit, QStringLiteral("衡阳市统计局"));
        QCOMPARE(again.issue, QStringLiteral("12"));
        QCOMPARE(again.serifBody, true);
        QCOMPARE(again.grayscale, true);
    }

    // Cleared fields stay cleared.
    options.issuingUnit.clear();
    options.serifBody = false;
    {
        QSettings settings;
        options.save(*builtIn(), settings);
    }
    const BriefingOptions cleared = BriefingOptions::load(*builtIn(), QSettings());
    QVERIFY(cleared.issuingUnit.isEmpty());
    QCOMPARE(cleared.issue, QStringLiteral("12"));
    QCOMPARE(cleared.serifBody, false);
}

void TestBriefingUi::dialogRestoresSheetOptions()
{
    AppLanguage::apply(AppLanguage::English);
    BriefingOptions remembered = BriefingOptions::everything(*builtIn());
    remembered.issuingUnit = QStringLiteral("衡阳市统计局");
    remembered.issue = QStringLiteral("7");
    remembered.serifBody = true;
    remembered.grayscale = true;
    {
        QSettings settings;
        remembered.save(*builtIn(), settings);
    }
    BriefingActions actions(nullptr);
    actions.setDocument(builtIn());
    BriefingDialog dialog(*builtIn(), actions.options());
    QCOMPARE(dialog.issuingUnitEdit()->text(), QStringLiteral("衡阳市统计局"));
    QCOMPARE(dialog.issueEdit()->text(), QStringLiteral("7"));
    QCOMPARE(dialog.bodyFaceBox()->currentText(), QStringLiteral("Serif"));
    QVERIFY(dialog.grayscaleBox()->isChecked());
    // The fallback to the sans is said, not silent, and said only when the face is missing.
    QCOMPARE(dialog.serifNotice()->isHidden(), BriefingLayout::serifAvailable());
    QVERIFY(dialog.serifNotice()->text().contains(QStringLiteral("not installed")));

    dialog.issuingUnitEdit()->setText(QStringLiteral(" 湖南省统计局 "));
    dialog.issueEdit()->clear();
    dialog.bodyFaceBox()->setCurrentIndex(dialog.bodyFaceBox()->findText(QStringLiteral("Sans")));
    dialog.grayscaleBox()->setChecked(false);
    const BriefingOptions chosen = dialog.options();
    QCOMPARE(chosen.issuingUnit, QStringLiteral("湖南省统计局"));
    QVERIFY(chosen.issue.isEmpty());
    QCOMPARE(chosen.serifBody, false);
    QCOMPARE(chosen.grayscale, false);
    actions.setOptions(chosen);
    QCOMPARE(actions.options().issuingUnit, QStringLiteral("湖南省统计局"));
}

void TestBriefingUi::editorNotesStayOutOfThePdf_data()
{
    QTest::addColumn<BriefingOptions::Language>("sheet");
    QTest::addColumn<QString>("readerNote");
    QTest::addRow("chinese") << BriefingOptions::Language::Chinese << QStringLiteral("口径调整");
    QTest::addRow("english") << BriefingOptions::Language::English << QStringLiteral("READER-NOTE-EN");
}

// What a reader copies out of the PDF: the readers' note in the sheet's language, never the editors'.
void TestBriefingUi::editorNotesStayOutOfThePdf()
{
    QFETCH(BriefingOptions::Language, sheet);
    QFETCH(QString, readerNote);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils)");
    auto document = std::make_shared<Bulletin::Document>(*builtIn());
    for (Bulletin::Section &section : document->sections) {
        for (Bulletin::Indicator &indicator : section.indicators)
            indicator.editorNote = QStringLiteral("EDITOR-ONLY编者核对口径");
    }
    document->sections[0].indicators[0].note = QStringLiteral("口径调整");
    document->sections[0].indicators[0].noteEn = QStringLiteral("READER-NOTE-EN");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("brief.pdf"));
    BriefingOptions options = BriefingOptions::everything(*document);
    options.language = sheet;
    QCOMPARE(
        BriefingPainter::writePdf(path, document, options, BriefingOptions::pageLayout(), Bulletin::Overwrite::Refuse),
        QString());
    QProcess pdftotext;
    pdftotext.start(
        QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(QLatin1Char('\n'));
    QVERIFY2(text.contains(readerNote), qPrintable(text.left(2000)));
    QVERIFY(!text.contains(QStringLiteral("EDITOR")));
    QVERIFY(!text.contains(QStringLiteral("编者核对口径")));
}

QTEST_MAIN(TestBriefingUi)
#include "tst_briefingui.moc"
