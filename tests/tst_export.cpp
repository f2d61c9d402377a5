// Charts leaving the program: files checked as a reader would see them (pixels, SVG text, PDF text and
// fonts through poppler), file names from hostile data, atomic writes, and the dialog's memory. Charts
// speak Chinese unless a test chooses English, whatever the machine's locale.

#include "applanguage.h"
#include "bulletinchart.h"
#include "bulletinchartview.h"
#include "chartbatchexporter.h"
#include "chartexportactions.h"
#include "chartexportdialog.h"
#include "chartexporter.h"
#include "chartstyle.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "pngencoder.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImageReader>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtTest>
#include <bulletinloader.h>
#include <chartdatamodel.h>
#include <defaultcharts.h>
#include <memory>
#include <safefilename.h>

using namespace Bulletin;

Q_DECLARE_METATYPE(AppLanguage::Language)
using Format = ChartExporter::Format;

namespace {

std::shared_ptr<const Document> builtIn()
{
    static const std::shared_ptr<const Document> document = BulletinLoader::loadBuiltIn().document;
    return document;
}

// Every chart the program exports for the built-in bulletin: the overview's and the sections'.
QList<ChartSpec> allCharts(const Document &document)
{
    QList<ChartSpec> charts = DefaultCharts::overview(document);
    for (const Section &section : document.sections)
        charts.append(section.charts);
    return charts;
}

ChartSpec chartById(const Document &document, const QString &id)
{
    const QList<ChartSpec> charts = allCharts(document);
    for (const ChartSpec &spec : charts) {
        if (spec.id == id)
            return spec;
    }
    return {};
}

void addChartRows()
{
    QTest::addColumn<QString>("chartId");
    for (const ChartSpec &spec : allCharts(*builtIn()))
        QTest::addRow("%s", qPrintable(spec.id)) << spec.id;
}

void addLanguageChartRows()
{
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addColumn<QString>("chartId");
    for (const auto &[name, language] :
        { std::pair { "zh", AppLanguage::Chinese }, std::pair { "en", AppLanguage::English } }) {
        for (const ChartSpec &spec : allCharts(*builtIn()))
            QTest::addRow("%s/%s", name, qPrintable(spec.id)) << language << spec.id;
    }
}

// The text of every <text> element, one a line; error receives the parser's complaint.
QString svgText(const QByteArray &svg, QString *error, QString *viewBox = nullptr)
{
    QXmlStreamReader reader(svg);
    QStringList texts;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("svg") && viewBox)
            *viewBox = reader.attributes().value(QStringLiteral("viewBox")).toString();
        if (reader.name() == QLatin1String("text"))
            texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    *error = reader.hasError() ? reader.errorString() : QString();
    return texts.join(QLatin1Char('\n'));
}

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Code points of the CJK radical blocks, which Noto Sans CJK's reverse mapping puts in place of 长, 门, 页, 黑.
QString radicalsIn(const QString &text)
{
    QString found;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (c >= 0x2e80 && c <= 0x2fdf)
            found += QStringLiteral("U+%1 ").arg(c, 4, 16, QLatin1Char('0'));
    }
    return found;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The built-in bulletin with titles an attacker might write.
std::shared_ptr<const Document> hostileDocument()
{
    auto document = std::make_shared<Document>(*builtIn());
    const QStringList titles { QStringLiteral("../../x"), QStringLiteral("a/b"), QStringLiteral("CON"),
        QString(300, QChar(u'长')), QStringLiteral("C:\\Windows\\x"), QStringLiteral("/etc/passwd"),
        QStringLiteral("..\n..\t.."), QString(300, QLatin1Char('a')) };
    int t = 0;
    for (Section &section : document->sections) {
        section.title = titles.at(t++ % titles.size());
        for (ChartSpec &spec : section.charts)
            spec.title = titles.at(t++ % titles.size());
    }
    // The overview's chart titles are built from these.
    document->region = QStringLiteral("../../../tmp/evil");
    document->comparisonRegion = QStringLiteral("nul");
    return document;
}

QString pdfFailureHint()
{
    return QStringLiteral("poppler-utils (pdftotext, pdffonts, pdfinfo, pdfimages) must be installed; "
                          "tools/bootstrap.sh installs it");
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pngPixelSize_data();
    void pngPixelSize();
    void pngIsLightWhateverTheScreenStyle();
    void pngEncoderRoundTrips_data();
    void pngEncoderRoundTrips();
    void svgKeepsTextAndContext_data();
    void svgKeepsTextAndContext();
    void pdfTextFontsAndPage_data();
    void pdfTextFontsAndPage();
    void pdfChineseCopiesOutRight();
    void footerSitsUnderThePlotAtEverySize_data();
    void footerSitsUnderThePlotAtEverySize();
    void labelsFitAtTheDefaultSize_data();
    void labelsFitAtTheDefaultSize();
    void tooSmallWarns();
    void longTitleKeepsItsSubtitle();
    void legendNamesCityAndProvince_data();
    void legendNamesCityAndProvince();
    void englishExport_data();
    void englishExport();
    void sizeLimits_data();
    void sizeLimits();

    void saveRefusesToOverwrite();
    void failedSaveLeavesNoFile();

    void batchNamesAndOrder_data();
    void batchNamesAndOrder();
    void hostileTitlesStayInsideTheFolder();
    void batchRefusesExistingFiles();
    void batchUnwritableFolder();
    void batchCreatesMissingFolder();
    void batchCancelLeavesNoPartialFile_data();
    void batchCancelLeavesNoPartialFile();

    void dialogRemembersChoices();
    void dialogAsksBeforeReplacing();
    void dialogSuffixFollowsFormat();
    void contextMenuAndClipboard();
    void exportOneChartThroughTheDialog();
    void mainWindowActions();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExport::initTestCase()
{
    AppLanguage::apply(AppLanguage::Chinese);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(builtIn());
}

void TestExport::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExport::cleanup()
{
    if (AppLanguage::current() != AppLanguage::Chinese)
        AppLanguage::apply(AppLanguage::Chinese);
}

void TestExport::pngPixelSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addRow("900x500@1") << QSize(900, 500) << 1.0;
    QTest::addRow("900x500@2") << QSize(900, 500) << 2.0;
    QTest::addRow("640x400@3") << QSize(640, 400) << 3.0;
    QTest::addRow("1200x700@1.5") << QSize(1200, 700) << 1.5;
    QTest::addRow("300dpi") << QSize(900, 500) << 300.0 / ChartExporter::BaseDpi;
}

void TestExport::pngPixelSize()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    const ChartExporter exporter(
        builtIn(), chartById(*builtIn(), QStringLiteral("economy_vs_province")), AppLanguage::bulletinLanguage(), size);
    const QString path = m_dir->filePath(QStringLiteral("chart.png"));
    QCOMPARE(exporter.save(path, Format::Png, scale, Bulletin::Overwrite::Refuse), QString());

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
    // Tagged with its resolution, so that a word processor places it at the chart's size.
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), qRound(ChartExporter::BaseDpi * scale));
    QCOMPARE(image.text(QStringLiteral("Title")), exporter.title());

    // Drawn, on white, across the whole image (the bottom right is not cut off or left blank).
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    int drawn = 0;
    const QRect lowerRight(image.width() / 2, image.height() / 2, image.width() / 2, image.height() / 2);
    for (int y = lowerRight.top(); y <= lowerRight.bottom(); y += 3) {
        for (int x = lowerRight.left(); x <= lowerRight.right(); x += 3)
            drawn += image.pixel(x, y) != qRgb(255, 255, 255);
    }
    QVERIFY2(drawn > 100, qPrintable(QString::number(drawn)));
}

void TestExport::pngIsLightWhateverTheScreenStyle()
{
    BulletinChartView dark(builtIn(), QStringLiteral("economy_vs_province"), ChartStyle::dark());
    const ChartExporter exporter(*dark.bulletinChart(), QSize(600, 400));
    const QImage image = exporter.toImage(1);
    QCOMPARE(image.size(), QSize(600, 400));
    QCOMPARE(image.pixelColor(2, 2), ChartStyle::light().background);
    QCOMPARE(image.pixelColor(597, 397), ChartStyle::light().background);
    QCOMPARE(exporter.chart()->chartStyle().text, ChartStyle::light().text);
}

void TestExport::pngEncoderRoundTrips_data()
{
    QTest::addColumn<QImage>("image");
    QImage noise(37, 23, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < noise.height(); ++y) {
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, random.generate() | 0xff000000u);
    }
    QTest::addRow("noise-odd-size") << noise;
    QImage gradient(300, 1, QImage::Format_RGB32);
    for (int x = 0; x < gradient.width(); ++x)
        gradient.setPixel(x, 0, qRgb(x % 256, 255 - x % 256, (x * 7) % 256));
    QTest::addRow("one-row") << gradient;
    QImage pixel(1, 1, QImage::Format_RGB32);
    pixel.fill(QColor(0xe6, 0x9f, 0x00));
    QTest::addRow("one-pixel") << pixel;
    QTest::addRow("chart-2x") << ChartExporter(
        builtIn(), chartById(*builtIn(), QStringLiteral("economy_ranking")), AppLanguage::bulletinLanguage())
                                     .toImage(2);
    QImage rgb888(64, 48, QImage::Format_RGB888);
    rgb888.fill(QColor(0x12, 0x34, 0x56));
    QTest::addRow("other-format") << rgb888;
}

void TestExport::pngEncoderRoundTrips()
{
    QFETCH(QImage, image);
    PngEncoder::Options options;
    options.dotsPerMeter = 7559;
    options.texts = { { QStringLiteral("Title"), QStringLiteral("增长、页、门、黑") },
        { QStringLiteral("Source"), QStringLiteral("数据来源：test") } };
    const QByteArray png = PngEncoder::encode(image, options);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    QBuffer buffer;
    buffer.setData(png);
    QImageReader decoder(&buffer, "png");
    const QImage back = decoder.read();
    QVERIFY2(!back.isNull(), qPrintable(decoder.errorString()));
    QCOMPARE(back.size(), image.size());
    QImage expected = image.convertToFormat(QImage::Format_RGB32);
    expected.setDevicePixelRatio(1); // a file has no device pixel ratio
    QCOMPARE(back.convertToFormat(QImage::Format_RGB32), expected);
    QCOMPARE(back.dotsPerMeterX(), 7559);
    QCOMPARE(back.text(QStringLiteral("Title")), QStringLiteral("增长、页、门、黑"));
    QCOMPARE(back.text(QStringLiteral("Source")), QStringLiteral("数据来源：test"));
    QVERIFY(!back.hasAlphaChannel());
}

void TestExport::svgKeepsTextAndContext_data()
{
    addChartRows();
}

void TestExport::svgKeepsTextAndContext()
{
    QFETCH(QString, chartId);
    const ChartSpec spec = chartById(*builtIn(), chartId);
    const ChartExporter exporter(builtIn(), spec, AppLanguage::bulletinLanguage());
    const QString path = m_dir->filePath(QStringLiteral("chart.svg"));
    QCOMPARE(exporter.save(path, Format::Svg, 1, Bulletin::Overwrite::Refuse), QString());

    QString error;
    QString viewBox;
    const QByteArray svg = readBytes(path);
    const QString text = svgText(svg, &error, &viewBox);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(viewBox, QStringLiteral("0 0 900 500"));
    QVERIFY2(text.contains(spec.title), qPrintable(text));
    QVERIFY2(text.contains(builtIn()->period), qPrintable(text));
    QVERIFY2(text.contains(exporter.chart()->sourceLine()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("数据来源：")));
    QVERIFY2(text.contains(builtIn()->region), qPrintable(text));
    QVERIFY2(text.contains(builtIn()->comparisonRegion), qPrintable(text));
    // Units: on the value axis for values, as places among the province's cities for ranks.
    const QString unit = exporter.chart()->dataModel()->unit();
    if (spec.kind == ChartKind::Ranking)
        QVERIFY2(text.contains(QStringLiteral("名")), qPrintable(text));
    else
        QVERIFY2(!unit.isEmpty() && text.contains(QStringLiteral("单位：") + unit), qPrintable(text));
    QVERIFY(svg.contains("font-family=\"'WenQuanYi Micro Hei'"));
    QVERIFY(svg.contains(QStringLiteral("<title>%1</title>").arg(spec.title.toHtmlEscaped()).toUtf8()));
}

void TestExport::pdfTextFontsAndPage_data()
{
    addChartRows();
}

void TestExport::pdfTextFontsAndPage()
{
    QFETCH(QString, chartId);
    for (const char *tool : { "pdftotext", "pdffonts", "pdfinfo", "pdfimages" })
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), qPrintable(pdfFailureHint()));

    const ChartSpec spec = chartById(*builtIn(), chartId);
    const ChartExporter exporter(builtIn(), spec, AppLanguage::bulletinLanguage(), QSize(800, 480));
    const QString path = m_dir->filePath(QStringLiteral("chart.pdf"));
    QCOMPARE(exporter.save(path, Format::Pdf, 1, Bulletin::Overwrite::Refuse), QString());

    const ToolRun text = runTool(
        QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(spec.title), qPrintable(text.out));
    QVERIFY2(text.out.contains(builtIn()->period), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("数据来源：")), qPrintable(text.out));
    QVERIFY2(radicalsIn(text.out).isEmpty(), qPrintable(radicalsIn(text.out)));

    const ToolRun fonts = runTool(QStringLiteral("pdffonts"), { path });
    QCOMPARE(fonts.exitCode, 0);
    const QStringList rows = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!rows.isEmpty(), qPrintable(fonts.out));
    for (const QString &row : rows) {
        // name, type (may hold spaces), encoding, then emb sub uni object generation.
        const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(row));
    }
    QVERIFY2(fonts.out.contains(QStringLiteral("WenQuanYi")), qPrintable(fonts.out));

    // One page the size of the chart, in points, drawn as vectors: no bitmap anywhere.
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), { path });
    QVERIFY2(info.out.contains(QStringLiteral("Pages:           1")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("Page size:       600 x 360 pts")), qPrintable(info.out));
    const ToolRun images = runTool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
    QCOMPARE(images.exitCode, 0);
    QCOMPARE(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // the header only
}

void TestExport::pdfChineseCopiesOutRight()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), qPrintable(pdfFailureHint()));
    // The characters whose radical forms Noto Sans CJK hands back to a copy.
    ChartSpec spec = chartById(*builtIn(), QStringLiteral("economy_vs_province"));
    spec.title = QStringLiteral("增长、页、门、黑：复制检查");
    const ChartExporter exporter(builtIn(), spec, AppLanguage::bulletinLanguage());
    const QString path = m_dir->filePath(QStringLiteral("chinese.pdf"));
    QCOMPARE(exporter.save(path, Format::Pdf, 1, Bulletin::Overwrite::Refuse), QString());
    const ToolRun text = runTool(
        QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("增长、页、门、黑：复制检查")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("增长")), qPrintable(text.out));
    QVERIFY2(radicalsIn(text.out).isEmpty(), qPrintable(radicalsIn(text.out)));
}

void TestExport::footerSitsUnderThePlotAtEverySize_data()
{
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<QSize>("size");
    for (const ChartSpec &spec : allCharts(*builtIn())) {
        for (const QSize size : { QSize(400, 300), QSize(600, 400), QSize(900, 500), QSize(1600, 900) })
            QTest::addRow("%s-%dx%d", qPrintable(spec.id), size.width(), size.height()) << spec.id << size;
    }
}

void TestExport::footerSitsUnderThePlotAtEverySize()
{
    QFETCH(QString, chartId);
    QFETCH(QSize, size);
    const ChartExporter exporter(builtIn(), chartById(*builtIn(), chartId), AppLanguage::bulletinLanguage(), size);
    const QChart *chart = exporter.chart();
    QCOMPARE(chart->size(), QSizeF(size));
    const QRectF bounds(QPointF(0, 0), chart->size());
    const QRectF plot = chart->plotArea();
    QVERIFY(bounds.contains(plot));

    const QGraphicsSimpleTextItem *footer = nullptr;
    const auto children = chart->childItems();
    for (const QGraphicsItem *child : children) {
        if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(child))
            footer = text;
    }
    QVERIFY(footer);
    QVERIFY(footer->text().contains(QStringLiteral("数据来源：")));
    const QRectF footerRect = footer->mapRectToParent(footer->boundingRect());
    QVERIFY2(bounds.contains(footerRect),
        qPrintable(QStringLiteral("%1,%2 %3x%4")
                       .arg(footerRect.x())
                       .arg(footerRect.y())
                       .arg(footerRect.width())
                       .arg(footerRect.height())));
    QVERIFY2(footerRect.top() > plot.bottom(), qPrintable(QString::number(footerRect.top())));
    // Nothing drawn over it: axis labels and titles end above the footer.
    const auto items = chart->scene()->items();
    for (const QGraphicsItem *item : items) {
        if (item == footer || !item->isVisible())
            continue;
        const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item);
        const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item);
        if ((!rich || rich->toPlainText().isEmpty()) && (!simple || simple->text().isEmpty()))
            continue;
        const QRectF rect = chart->mapRectFromScene(item->sceneBoundingRect());
        QVERIFY2(rect.bottom() <= footerRect.top() + 1,
            qPrintable(QStringLiteral("%1 ends at %2, the footer starts at %3")
                           .arg(rich ? rich->toPlainText() : simple->text())
                           .arg(rect.bottom())
                           .arg(footerRect.top())));
    }
    // Not pinned to the 640x480 the view was created with.
    QVERIFY(footerRect.bottom() > size.height() - 40);
}

void TestExport::labelsFitAtTheDefaultSize_data()
{
    addLanguageChartRows();
}

void TestExport::labelsFitAtTheDefaultSize()
{
    QFETCH(AppLanguage::Language, language);
    QFETCH(QString, chartId);
    AppLanguage::apply(language);
    for (const QSize size : { ChartExporter::defaultSize(), QSize(1600, 900) }) {
        const ChartExporter exporter(builtIn(), chartById(*builtIn(), chartId), AppLanguage::bulletinLanguage(), size);
        QVERIFY2(exporter.fitWarning().isEmpty(), qPrintable(exporter.fitWarning()));
    }
}

void TestExport::tooSmallWarns()
{
    // Ten ranked indicators cannot be labelled in 300 px; the export says so rather than nothing.
    const ChartSpec spec = chartById(*builtIn(), QStringLiteral("overview-ranking"));
    const ChartExporter exporter(builtIn(), spec, AppLanguage::bulletinLanguage(), QSize(400, 300));
    QVERIFY(exporter.fitWarning().contains(spec.title));
    QVERIFY(exporter.fitWarning().contains(QStringLiteral("400x300")));

    ChartBatchExporter::Options options;
    options.folder = m_dir->path();
    options.size = QSize(400, 300);
    options.formats = { Format::Svg };
    const ChartBatchExporter::Result result
        = ChartBatchExporter(builtIn(), AppLanguage::bulletinLanguage()).run(options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.warnings.isEmpty());
}

void TestExport::longTitleKeepsItsSubtitle()
{
    ChartSpec spec = chartById(*builtIn(), QStringLiteral("economy_ranking"));
    spec.title = QString(300, QChar(u'长'));
    const ChartExporter exporter(builtIn(), spec, AppLanguage::bulletinLanguage());
    QString error;
    const QString text = svgText(exporter.encode(Format::Svg, 1), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Two lines of title, the second elided, then the hint and the region and period under it.
    QVERIFY2(text.contains(QString(20, QChar(u'长'))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("…")), qPrintable(text));
    QVERIFY2(text.contains(builtIn()->region + QStringLiteral(" · ") + builtIn()->period), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("第1名为最好")), qPrintable(text));
}

void TestExport::legendNamesCityAndProvince_data()
{
    addLanguageChartRows();
}

void TestExport::legendNamesCityAndProvince()
{
    QFETCH(AppLanguage::Language, language);
    QFETCH(QString, chartId);
    AppLanguage::apply(language);
    const ChartExporter exporter(builtIn(), chartById(*builtIn(), chartId), AppLanguage::bulletinLanguage());
    const QLegend *legend = exporter.chart()->legend();
    QVERIFY(legend->isVisible());
    QString labels;
    const auto markers = legend->markers();
    for (const QLegendMarker *marker : markers) {
        QVERIFY(marker->isVisible());
        labels += marker->label() + QLatin1Char('|');
    }
    const bool english = language == AppLanguage::English;
    QVERIFY2(labels.contains(english ? builtIn()->regionEn : builtIn()->region), qPrintable(labels));
    QVERIFY2(
        labels.contains(english ? builtIn()->comparisonRegionEn : builtIn()->comparisonRegion), qPrintable(labels));
}

void TestExport::englishExport_data()
{
    addChartRows();
}

void TestExport::englishExport()
{
    // Given the English interface, when a chart is exported
    QFETCH(QString, chartId);
    AppLanguage::apply(AppLanguage::English);
    const ChartSpec spec = chartById(*builtIn(), chartId);
    QVERIFY(!spec.titleEn.isEmpty());
    const ChartExporter exporter(builtIn(), spec, AppLanguage::bulletinLanguage());
    QCOMPARE(exporter.title(), spec.titleEn);
    const QString svgPath = m_dir->filePath(QStringLiteral("chart.svg"));
    QCOMPARE(exporter.save(svgPath, Format::Svg, 1, Bulletin::Overwrite::Refuse), QString());
    QString error;
    // A rank is kept on one line with no-break spaces.
    const QString text = svgText(readBytes(svgPath), &error).replace(QChar::Nbsp, QLatin1Char(' '));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Then the chart's own words are English: title, context, legend, unit or ranks, source line
    const auto squeezed = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s"))); };
    QVERIFY2(squeezed(text).contains(squeezed(spec.titleEn)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Hengyang · January–June 2020")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Source: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Hunan")), qPrintable(text));
    if (spec.kind == ChartKind::Ranking) {
        QVERIFY2(text.contains(QStringLiteral("Hengyang's rank in Hunan")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("No. ")), qPrintable(text));
    } else {
        // The SVG holds Latin and Chinese runs of a line apart.
        QVERIFY2(squeezed(text).contains(squeezed(QStringLiteral("Unit: ") + exporter.chart()->dataModel()->unit())),
            qPrintable(text));
        // The bulletin's English unit, not its Chinese one.
        QVERIFY2(!text.contains(QStringLiteral("亿元")), qPrintable(text));
    }
    for (const QString &chinese : { QStringLiteral("数据来源"), QStringLiteral("单位："), QStringLiteral("名次"),
             QStringLiteral("推算"), QStringLiteral("衡阳市") })
        QVERIFY2(!text.contains(chinese), qPrintable(chinese + QLatin1Char('\n') + text));
    QVERIFY2(exporter.fitWarning().isEmpty(), qPrintable(exporter.fitWarning()));

    // The PNG says the same in its text chunks.
    QBuffer buffer;
    buffer.setData(exporter.encode(Format::Png, 1));
    QImageReader decoder(&buffer, "png");
    const QImage back = decoder.read();
    QVERIFY2(!back.isNull(), qPrintable(decoder.errorString()));
    QCOMPARE(back.text(QStringLiteral("Title")), spec.titleEn);
    QVERIFY(back.text(QStringLiteral("Source")).startsWith(QStringLiteral("Source: ")));
}

void TestExport::sizeLimits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("bitmap");
    QTest::addColumn<bool>("ok");
    QTest::addRow("default") << QSize(900, 500) << 2.0 << true << true;
    QTest::addRow("smallest") << QSize(100, 100) << 1.0 << true << true;
    QTest::addRow("too-small") << QSize(99, 500) << 1.0 << true << false;
    QTest::addRow("too-wide") << QSize(8001, 500) << 1.0 << true << false;
    QTest::addRow("zero-scale") << QSize(900, 500) << 0.0 << true << false;
    QTest::addRow("negative-scale") << QSize(900, 500) << -1.0 << true << false;
    QTest::addRow("scale-9") << QSize(900, 500) << 9.0 << true << false;
    QTest::addRow("nan-scale") << QSize(900, 500) << qQNaN() << true << false;
    QTest::addRow("huge-bitmap") << QSize(8000, 8000) << 8.0 << true << false;
    QTest::addRow("huge-vector") << QSize(8000, 8000) << 8.0 << false << true;
}

void TestExport::sizeLimits()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(bool, bitmap);
    QFETCH(bool, ok);
    QCOMPARE(ChartExporter::checkSize(size, scale, bitmap).isEmpty(), ok);
}

void TestExport::saveRefusesToOverwrite()
{
    const ChartExporter exporter(
        builtIn(), chartById(*builtIn(), QStringLiteral("capital_growth")), AppLanguage::bulletinLanguage());
    const QString path = m_dir->filePath(QStringLiteral("kept.svg"));
    QVERIFY(writeBytes(path, "mine"));
    const QString failure = exporter.save(path, Format::Svg, 1, Bulletin::Overwrite::Refuse);
    QVERIFY2(failure.contains(path), qPrintable(failure));
    QCOMPARE(readBytes(path), QByteArray("mine"));
    QCOMPARE(exporter.save(path, Format::Svg, 1, Bulletin::Overwrite::Allow), QString());
    QVERIFY(readBytes(path).startsWith("<?xml"));
    QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("kept.svg") });
}

void TestExport::failedSaveLeavesNoFile()
{
    const ChartExporter exporter(
        builtIn(), chartById(*builtIn(), QStringLiteral("capital_growth")), AppLanguage::bulletinLanguage());
    // A folder in the way of the file, and a "folder" that is a regular file: even root cannot write these.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("taken.png")));
    QVERIFY(writeBytes(m_dir->filePath(QStringLiteral("blocker")), "x"));
    for (const QString &name : { QStringLiteral("taken.png"), QStringLiteral("blocker/chart.png") }) {
        const QString failure = exporter.save(m_dir->filePath(name), Format::Png, 2, Bulletin::Overwrite::Allow);
        QVERIFY2(failure.contains(name), qPrintable(failure));
    }
    QCOMPARE(entries(m_dir->path()), (QStringList { QStringLiteral("blocker"), QStringLiteral("taken.png") }));
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("taken.png"))).isDir());
    QVERIFY(entries(m_dir->filePath(QStringLiteral("taken.png"))).isEmpty());
}

void TestExport::batchNamesAndOrder_data()
{
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("firstPrefix");
    QTest::addRow("chinese") << false << QStringLiteral("01-概览-");
    // Names follow the interface language, as the charts do: the bulletin's English titles.
    QTest::addRow("english") << true << QStringLiteral("01-Overview-Hengyang compared with Hunan");
}

void TestExport::batchNamesAndOrder()
{
    QFETCH(bool, english);
    QFETCH(QString, firstPrefix);
    AppLanguage::apply(english ? AppLanguage::English : AppLanguage::Chinese);
    const ChartBatchExporter batch(builtIn(), AppLanguage::bulletinLanguage());
    const QList<ChartSpec> expected = allCharts(*builtIn());
    QCOMPARE(batch.charts().size(), expected.size());
    ChartBatchExporter::Options options;
    options.folder = m_dir->filePath(QStringLiteral("out"));
    options.formats = ChartExporter::allFormats();
    options.scale = 1;
    const ChartBatchExporter::Result result = batch.run(options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.written, batch.filePaths(options));
    QCOMPARE(result.written.size(), expected.size() * 3);

    static const QRegularExpression pattern(QStringLiteral("^(\\d\\d)-([^/]+)-([^/]+)\\.(png|svg|pdf)$"));
    for (int i = 0; i < result.written.size(); ++i) {
        const QString name = QFileInfo(result.written.at(i)).fileName();
        const QRegularExpressionMatch match = pattern.match(name);
        QVERIFY2(match.hasMatch(), qPrintable(name));
        QCOMPARE(match.captured(1).toInt(), i / 3 + 1);
        QCOMPARE(match.captured(4), ChartExporter::suffix(ChartExporter::allFormats().at(i % 3)));
        // The chart's whole title, after the short title of its section.
        QVERIFY2(
            name.contains(SafeFileName::component(expected.at(i / 3).displayTitle(AppLanguage::bulletinLanguage()))),
            qPrintable(name));
        QVERIFY(name.toUtf8().size() <= SafeFileName::DefaultMaxBytes);
        QVERIFY(QFileInfo(result.written.at(i)).size() > 1000);
    }
    QVERIFY2(QFileInfo(result.written.first()).fileName().startsWith(firstPrefix),
        qPrintable(QFileInfo(result.written.first()).fileName()));
    QCOMPARE(entries(options.folder).size(), result.written.size());
}

void TestExport::hostileTitlesStayInsideTheFolder()
{
    const auto document = hostileDocument();
    const ChartBatchExporter batch(document, AppLanguage::bulletinLanguage());
    QDir(m_dir->path()).mkpath(QStringLiteral("a/b/out"));
    ChartBatchExporter::Options options;
    options.folder = m_dir->filePath(QStringLiteral("a/b/out"));
    options.formats = { Format::Png, Format::Svg };
    options.scale = 1;
    options.size = QSize(400, 300);
    const ChartBatchExporter::Result result = batch.run(options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.written.size(), batch.charts().size() * 2);

    const QString folder = QFileInfo(options.folder).canonicalFilePath();
    const QStringList written = entries(options.folder);
    QCOMPARE(written.size(), result.written.size());
    for (const QString &name : written) {
        QVERIFY2(SafeFileName::isSafe(name), qPrintable(name));
        QVERIFY2(name.toUtf8().size() <= SafeFileName::DefaultMaxBytes, qPrintable(name));
        QVERIFY2(!SafeFileName::isReservedDeviceName(name.section(QLatin1Char('-'), 1)), qPrintable(name));
        QCOMPARE(QFileInfo(QDir(options.folder).filePath(name)).canonicalPath(), folder);
    }
    for (const QString &path : result.written)
        QCOMPARE(QFileInfo(path).canonicalPath(), folder);
    // Nothing anywhere else: the temporary folder holds a/b/out and nothing beside it.
    QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("a") });
    QCOMPARE(entries(m_dir->filePath(QStringLiteral("a"))), QStringList { QStringLiteral("b") });
    QCOMPARE(entries(m_dir->filePath(QStringLiteral("a/b"))), QStringList { QStringLiteral("out") });
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/evil")));
}

void TestExport::batchRefusesExistingFiles()
{
    const ChartBatchExporter batch(builtIn(), AppLanguage::bulletinLanguage());
    ChartBatchExporter::Options options;
    options.folder = m_dir->path();
    options.formats = { Format::Svg };
    const QStringList planned = batch.filePaths(options);
    QVERIFY(writeBytes(planned.at(3), "mine"));

    const ChartBatchExporter::Result refused = batch.run(options);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(planned.at(3)), qPrintable(refused.error));
    QVERIFY(refused.written.isEmpty());
    QCOMPARE(entries(m_dir->path()), QStringList { QFileInfo(planned.at(3)).fileName() });
    QCOMPARE(readBytes(planned.at(3)), QByteArray("mine"));
    QCOMPARE(batch.existingFiles(options), QStringList { planned.at(3) });

    options.overwrite = true;
    const ChartBatchExporter::Result replaced = batch.run(options);
    QVERIFY2(replaced.ok(), qPrintable(replaced.error));
    QCOMPARE(replaced.written, planned);
    QVERIFY(readBytes(planned.at(3)).startsWith("<?xml"));
}

void TestExport::batchUnwritableFolder()
{
    // Below a regular file: no folder can be made there, whoever runs the test.
    QVERIFY(writeBytes(m_dir->filePath(QStringLiteral("blocker")), "x"));
    const ChartBatchExporter batch(builtIn(), AppLanguage::bulletinLanguage());
    for (const QString &folder :
        { m_dir->filePath(QStringLiteral("blocker")), m_dir->filePath(QStringLiteral("blocker/charts")) }) {
        ChartBatchExporter::Options options;
        options.folder = folder;
        const ChartBatchExporter::Result result = batch.run(options);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(folder), qPrintable(result.error));
        QVERIFY(result.written.isEmpty());
    }
    QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("blocker") });
    QCOMPARE(readBytes(m_dir->filePath(QStringLiteral("blocker"))), QByteArray("x"));
}

void TestExport::batchCreatesMissingFolder()
{
    ChartBatchExporter::Options options;
    options.folder = m_dir->filePath(QStringLiteral("new/deeper"));
    options.formats = { Format::Pdf };
    const ChartBatchExporter::Result result
        = ChartBatchExporter(builtIn(), AppLanguage::bulletinLanguage()).run(options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(entries(options.folder).size(), result.written.size());
}

void TestExport::batchCancelLeavesNoPartialFile_data()
{
    QTest::addColumn<int>("cancelAtCall");
    QTest::addColumn<int>("complete");
    // Calls come in pairs for each file: before rendering, then before committing.
    QTest::addRow("before-the-first") << 0 << 0;
    QTest::addRow("before-committing-the-first") << 1 << 0;
    QTest::addRow("before-the-third") << 4 << 2;
    QTest::addRow("before-committing-the-third") << 5 << 2;
}

void TestExport::batchCancelLeavesNoPartialFile()
{
    QFETCH(int, cancelAtCall);
    QFETCH(int, complete);
    const ChartBatchExporter batch(builtIn(), AppLanguage::bulletinLanguage());
    ChartBatchExporter::Options options;
    options.folder = m_dir->path();
    options.formats = { Format::Png, Format::Pdf };
    int calls = 0;
    const ChartBatchExporter::Result result
        = batch.run(options, [&calls, cancelAtCall](int, int, const QString &) { return calls++ != cancelAtCall; });
    QVERIFY(result.cancelled);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.written.size(), complete);
    QCOMPARE(result.written, batch.filePaths(options).mid(0, complete));
    // The complete files and nothing else: no temporary or half-written file.
    QStringList names;
    for (const QString &path : result.written)
        names.append(QFileInfo(path).fileName());
    names.sort();
    QCOMPARE(entries(m_dir->path()), names);
}

void TestExport::dialogRemembersChoices()
{
    const QString folder = m_dir->filePath(QStringLiteral("charts"));
    {
        ChartExportDialog dialog(ChartExportDialog::Mode::AllCharts);
        dialog.setFolder(folder);
        dialog.setFormats({ Format::Svg, Format::Pdf });
        dialog.setChartSize(QSize(1200, 640));
        dialog.setScale(0, 300);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    {
        ChartExportDialog dialog(ChartExportDialog::Mode::AllCharts);
        QCOMPARE(QFileInfo(dialog.folder()).absoluteFilePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(dialog.formats(), (QList<Format> { Format::Svg, Format::Pdf }));
        QCOMPARE(dialog.chartSize(), QSize(1200, 640));
        QCOMPARE(dialog.scale(), 300.0 / ChartExporter::BaseDpi);
        QCOMPARE(ChartExportDialog::rememberedSize(), QSize(1200, 640));
    }
    {
        ChartExportDialog dialog(ChartExportDialog::Mode::OneChart, QStringLiteral("增速与全省平均比较"));
        // One chart offers the remembered folder with the chart's name.
        QCOMPARE(QFileInfo(dialog.filePath()).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(QFileInfo(dialog.filePath()).fileName(), QStringLiteral("增速与全省平均比较.png"));
        dialog.setFormat(Format::Pdf);
        dialog.setScale(3);
        dialog.accept();
    }
    ChartExportDialog again(ChartExportDialog::Mode::OneChart, QStringLiteral("x"));
    QCOMPARE(again.format(), Format::Pdf);
    QCOMPARE(again.scale(), 3.0);
    QCOMPARE(QFileInfo(again.filePath()).fileName(), QStringLiteral("x.pdf"));

    // Nothing to export to, or no format: the dialog does not accept.
    ChartExportDialog empty(ChartExportDialog::Mode::AllCharts);
    empty.setFormats({});
    QVERIFY(!empty.problem().isEmpty());
    empty.accept();
    QVERIFY(empty.result() != QDialog::Accepted);
}

void TestExport::dialogAsksBeforeReplacing()
{
    const QString path = m_dir->filePath(QStringLiteral("exists.svg"));
    QVERIFY(writeBytes(path, "mine"));
    QStringList asked;
    bool answer = false;
    ChartExportDialog dialog(ChartExportDialog::Mode::OneChart, QStringLiteral("exists"));
    dialog.setConfirmReplace([&asked, &answer](const QStringList &files) {
        asked = files;
        return answer;
    });
    dialog.setFormat(Format::Svg);
    dialog.setFilePath(path);
    dialog.accept();
    QCOMPARE(asked, QStringList { path });
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.overwrite());
    answer = true;
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.overwrite());

    // All charts: the dialog asks about the files of the export that exist.
    ChartExportDialog all(ChartExportDialog::Mode::AllCharts);
    all.setFolder(m_dir->path());
    all.setExistingFiles([](const QString &folder, const QList<Format> &) {
        return QStringList { QDir(folder).filePath(QStringLiteral("01-a-b.png")) };
    });
    asked.clear();
    answer = false;
    all.setConfirmReplace([&asked, &answer](const QStringList &files) {
        asked = files;
        return answer;
    });
    all.accept();
    QCOMPARE(asked.size(), 1);
    QVERIFY(all.result() != QDialog::Accepted);
}

void TestExport::dialogSuffixFollowsFormat()
{
    ChartExportDialog dialog(ChartExportDialog::Mode::OneChart, QStringLiteral("图表"));
    dialog.setFilePath(m_dir->filePath(QStringLiteral("report.v2.png")));
    dialog.setFormat(Format::Svg);
    QCOMPARE(QFileInfo(dialog.filePath()).fileName(), QStringLiteral("report.v2.svg"));
    dialog.setFormat(Format::Pdf);
    QCOMPARE(QFileInfo(dialog.filePath()).fileName(), QStringLiteral("report.v2.pdf"));
}

void TestExport::contextMenuAndClipboard()
{
    BulletinChartView view(builtIn(), QStringLiteral("economy_ranking"));
    QMenu menu;
    ChartExportActions::addChartActions(&menu, &view);
    QStringList data;
    QAction *copy = nullptr;
    const auto actions = menu.actions();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        data.append(action->data().toString());
        if (action->data() == QStringLiteral("clipboard"))
            copy = action;
    }
    QCOMPARE(data,
        (QStringList {
            QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("clipboard") }));
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->trigger();
    const QImage image = QApplication::clipboard()->image();
    QCOMPARE(image.size(), ChartExporter::defaultSize() * 2);
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
}

void TestExport::exportOneChartThroughTheDialog()
{
    BulletinChartView view(builtIn(), QStringLiteral("bank_enterprise_funds"), ChartStyle::highContrast());
    const QString path = m_dir->filePath(QStringLiteral("from-dialog.svg"));
    bool seen = false;
    QTimer::singleShot(0, this, [&seen, path] {
        auto *dialog = qobject_cast<ChartExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        QCOMPARE(dialog->format(), Format::Svg);
        dialog->setFilePath(path);
        dialog->setChartSize(QSize(700, 420));
        dialog->accept();
    });
    QCOMPARE(ChartExportActions::exportOneChart(&view, Format::Svg), path);
    QVERIFY(seen);
    QString error;
    QString viewBox;
    const QString text = svgText(readBytes(path), &error, &viewBox);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(viewBox, QStringLiteral("0 0 700 420"));
    QVERIFY(text.contains(QStringLiteral("银企对接授信与到位资金")));
}

void TestExport::mainWindowActions()
{
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ChartExportActions *actions = window.chartExportActions();
    QVERIFY(actions);

    // Both entries are in the File menu.
    const QMenu *fileMenu = window.menuBar()->actions().first()->menu();
    QVERIFY(fileMenu->actions().contains(actions->exportChartAction()));
    QVERIFY(fileMenu->actions().contains(actions->exportAllAction()));

    // The overview's first chart, until a chart has the focus; none on a tab without charts.
    actions->updateActions();
    QVERIFY(actions->exportChartAction()->isEnabled());
    QCOMPARE(actions->chartToExport(), window.overviewPage()->charts().value(0));
    BulletinChartView *second = window.overviewPage()->charts().value(1);
    QVERIFY(second);
    second->setFocus();
    QTRY_COMPARE(actions->chartToExport(), second);
    QVERIFY(window.showSection(QStringLiteral("epidemic")));
    window.tabs()->setFocus();
    QTRY_VERIFY(!actions->chartToExport());
    actions->updateActions();
    QVERIFY(!actions->exportChartAction()->isEnabled());
    QVERIFY(actions->exportAllAction()->isEnabled());

    // Export all, through the dialog and the progress dialog.
    const QString folder = m_dir->filePath(QStringLiteral("all"));
    QTimer::singleShot(0, this, [folder] {
        auto *dialog = qobject_cast<ChartExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setFolder(folder);
        dialog->setFormats({ Format::Png });
        dialog->setScale(1);
        dialog->accept();
    });
    actions->exportAllAction()->trigger();
    QCOMPARE(entries(folder).size(), ChartBatchExporter(builtIn(), AppLanguage::bulletinLanguage()).charts().size());
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
