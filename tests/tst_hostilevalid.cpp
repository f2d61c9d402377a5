// Bulletins the loader accepts whose ranks, texts, numbers or chart sizes sit at the edge of what it allows
// (tests/data/hostile-valid/, and larger ones made here): every chart is built, laid out and drawn at a large and a
// small size, and the whole briefing painted in both languages. Nothing may crash, hang or draw nonsense: every
// axis and every drawn shape is finite, no label reads "inf" or "nan", labels are of a bounded length, heights are
// bounded, and Qt warns about nothing. The command line exports the same files with exit status 0.

#include "briefinglayout.h"
#include "briefingoptions.h"
#include "briefingpainter.h"
#include "bulletinchart.h"
#include "headlessrun.h"

#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QValueAxis>
#include <algorithm>
#include <bulletinloader.h>
#include <chartdatamodel.h>
#include <cmath>
#include <defaultcharts.h>

using Bulletin::ChartSpec;
using Bulletin::Document;
using Bulletin::Language;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool Sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool Sanitized = true;
#else
constexpr bool Sanitized = false;
#endif
#else
constexpr bool Sanitized = false;
#endif

// A hang detector, not a benchmark: each file took well under a second when this was written.
constexpr qint64 FileBoundMs = Sanitized ? 120000 : 20000;
// No chart needs to be taller than this to show its 40 rows whole, whatever a file says.
constexpr qreal MaxPreferredHeight = 20000;
// The longest text a chart may draw in one piece: a title or footer, cut by ChartText, with room for line breaks.
constexpr int MaxDrawnText = 1000;
// Lines of a briefing heading, card label or table cell: a section title of megabytes must not fill pages.
constexpr int MaxBlockLines = 24;

const QList<QSizeF> Sizes { QSizeF(900, 500), QSizeF(320, 200) };

// Qt's warnings ("invalid range for value axis: [nan - nan]") are failures here, not noise.
QStringList &warnings()
{
    static QStringList list;
    return list;
}

QtMessageHandler previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        warnings().append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

bool finite(const QRectF &rect)
{
    return std::isfinite(rect.x()) && std::isfinite(rect.y()) && std::isfinite(rect.width())
        && std::isfinite(rect.height());
}

// "inf", "nan", "+inf pp", "1e+308inf" — but not "information" or "financial".
bool saysNonFinite(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("(?<![A-Za-z])(inf|infinity|nan)(?![A-Za-z])|∞"), QRegularExpression::CaseInsensitiveOption);
    return word.match(text).hasMatch();
}

QString describeSize(const QSizeF &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

// What is wrong with a chart as laid out at size; empty when nothing is.
QStringList chartProblems(BulletinChart &chart, const QSizeF &size)
{
    QStringList problems;
    const auto problem
        = [&](const QString &text) { problems.append(describeSize(size) + QStringLiteral(": ") + text); };

    if (!finite(chart.plotArea()))
        problem(QStringLiteral("plot area not finite"));
    const auto axes = chart.axes();
    for (QAbstractAxis *axis : axes) {
        const auto *valueAxis = qobject_cast<const QValueAxis *>(axis);
        if (!valueAxis)
            continue;
        const double min = valueAxis->min();
        const double max = valueAxis->max();
        if (!std::isfinite(min) || !std::isfinite(max) || !(min < max) || !std::isfinite(max - min))
            problem(QStringLiteral("axis range [%1, %2]").arg(min).arg(max));
        if (axis->titleText().size() > MaxDrawnText)
            problem(QStringLiteral("axis title of %1 characters").arg(axis->titleText().size()));
        if (saysNonFinite(axis->titleText()))
            problem(QStringLiteral("axis title \"%1\"").arg(axis->titleText()));
        auto *categories = qobject_cast<QCategoryAxis *>(axis);
        if (!categories)
            continue;
        // Categories on top of one another are labels piled in one place.
        const QStringList labels = categories->categoriesLabels();
        if (labels.size() > Bulletin::ChartDataModel::MaxRows + 1)
            problem(QStringLiteral("%1 category labels").arg(labels.size()));
        double previous = -std::numeric_limits<double>::infinity();
        for (const QString &label : labels) {
            const double end = categories->endValue(label);
            if (!std::isfinite(end) || !(end > previous))
                problem(QStringLiteral("category \"%1\" at %2 after %3").arg(label.left(80)).arg(end).arg(previous));
            previous = end;
            if (label.size() > MaxDrawnText)
                problem(QStringLiteral("category label of %1 characters").arg(label.size()));
            if (saysNonFinite(label))
                problem(QStringLiteral("category label \"%1\"").arg(label));
        }
    }
    if (const QHorizontalBarSeries *bars = chart.barSeries()) {
        const auto sets = bars->barSets();
        for (const QBarSet *set : sets) {
            if (set->count() > Bulletin::ChartDataModel::MaxRows)
                problem(QStringLiteral("%1 bars in a set").arg(set->count()));
            for (int i = 0; i < set->count(); ++i) {
                if (!std::isfinite(set->at(i)))
                    problem(QStringLiteral("bar %1 of %2 is %3").arg(i).arg(set->label()).arg(set->at(i)));
            }
        }
    }
    if (const QScatterSeries *dots = chart.rankSeries()) {
        const auto points = dots->points();
        for (const QPointF &point : points) {
            if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
                problem(QStringLiteral("rank dot at %1, %2").arg(point.x()).arg(point.y()));
        }
    }

    // What Qt Charts made of it: every shape finite, every text short, finite and somewhere on the chart.
    const QRectF chartRect(QPointF(0, 0), size);
    const auto items = chart.scene()->items();
    for (const QGraphicsItem *item : items) {
        if (!item->isVisible())
            continue;
        const QRectF bounds = item->sceneBoundingRect();
        if (!finite(bounds)) {
            problem(QStringLiteral("an item (type %1) bounded by %2, %3 %4x%5")
                        .arg(item->type())
                        .arg(bounds.x())
                        .arg(bounds.y())
                        .arg(bounds.width())
                        .arg(bounds.height()));
            continue;
        }
        QString text;
        if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        else
            continue;
        if (text.isEmpty())
            continue;
        if (text.size() > MaxDrawnText)
            problem(QStringLiteral("a text of %1 characters: %2…").arg(text.size()).arg(text.left(80)));
        if (saysNonFinite(text))
            problem(QStringLiteral("a text reads \"%1\"").arg(text.left(200)));
        if (!bounds.intersects(chartRect.adjusted(-2, -2, 2, 2)))
            problem(QStringLiteral("\"%1\" drawn off the chart, at %2, %3")
                        .arg(text.left(80))
                        .arg(bounds.x())
                        .arg(bounds.y()));
    }
    return problems;
}

QJsonObject header(const QString &id, const QString &title)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), title },
        { QStringLiteral("period"), QStringLiteral("测试期间") },
        { QStringLiteral("region"), QStringLiteral("测试市") },
        { QStringLiteral("comparison_region"), QStringLiteral("测试省") }, { QStringLiteral("comparison_units"), 14 },
        { QStringLiteral("synthetic"), true } };
}

QJsonObject indicator(const QString &id, const QString &name, double value, double provinceValue, int rank)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("value"), value }, { QStringLiteral("unit"), QStringLiteral("%") },
        { QStringLiteral("province_value"), provinceValue }, { QStringLiteral("rank"), rank },
        { QStringLiteral("rank_of"), 14 }, { QStringLiteral("source"), QStringLiteral("测试数据") } };
}

QJsonObject chartOf(const QString &id, const QString &kind, const QString &title, const QJsonArray &ids)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind },
        { QStringLiteral("title"), title }, { QStringLiteral("indicators"), ids } };
}

QByteArray bulletin(const QJsonObject &head, const QJsonObject &section)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("format_version"), 1 }, { QStringLiteral("bulletin"), head },
                             { QStringLiteral("sections"), QJsonArray { section } } })
        .toJson(QJsonDocument::Compact);
}

QString spacedWords(qsizetype bytes, const QString &stem)
{
    QString text = QStringLiteral("测试数据");
    text.reserve(bytes + 16);
    for (int i = 0; text.size() < bytes; ++i)
        text += QLatin1Char(' ') + stem + QString::number(i % 97);
    return text;
}

// A section whose title is 3 MB of words, with charts, so that exported file names and headings meet it.
QByteArray sectionTitleOf3MB()
{
    QJsonArray indicators { indicator(QStringLiteral("a"), QStringLiteral("测试数据甲"), 1, 2, 3),
        indicator(QStringLiteral("b"), QStringLiteral("测试数据乙"), 2, 1, 4) };
    const QJsonArray ids { QStringLiteral("a"), QStringLiteral("b") };
    const QJsonObject section { { QStringLiteral("id"), QStringLiteral("long") },
        { QStringLiteral("title"), spacedWords(3 * 1024 * 1024, QStringLiteral("title")) },
        { QStringLiteral("text"), QStringLiteral("测试数据。") }, { QStringLiteral("indicators"), indicators },
        { QStringLiteral("charts"),
            QJsonArray {
                chartOf(QStringLiteral("c"), QStringLiteral("comparison"), QStringLiteral("测试数据：比较"), ids),
                chartOf(QStringLiteral("r"), QStringLiteral("ranking"), QStringLiteral("测试数据：排名"), ids) } } };
    return bulletin(header(QStringLiteral("section-title-3mb"), QStringLiteral("测试数据：长分节标题")), section);
}

// One declared chart of each kind over 10,000 indicators; a chart shows ChartDataModel::MaxRows of them.
QByteArray chartOf10000Indicators()
{
    QJsonArray indicators;
    QJsonArray ids;
    for (int i = 0; i < 10000; ++i) {
        const QString id = QStringLiteral("i%1").arg(i);
        indicators.append(indicator(id, QStringLiteral("测试数据指标%1").arg(i), i % 37 - 5, i % 11, i % 14 + 1));
        ids.append(id);
    }
    const QJsonObject section { { QStringLiteral("id"), QStringLiteral("many") },
        { QStringLiteral("title"), QStringLiteral("测试数据：一万项") },
        { QStringLiteral("text"), QStringLiteral("测试数据。") }, { QStringLiteral("indicators"), indicators },
        { QStringLiteral("charts"),
            QJsonArray {
                chartOf(QStringLiteral("c"), QStringLiteral("comparison"), QStringLiteral("测试数据：比较"), ids),
                chartOf(QStringLiteral("r"), QStringLiteral("ranking"), QStringLiteral("测试数据：排名"), ids),
                chartOf(QStringLiteral("b"), QStringLiteral("bars"), QStringLiteral("测试数据：数值"), ids) } } };
    return bulletin(header(QStringLiteral("chart-10000-indicators"), QStringLiteral("测试数据：一万项指标")), section);
}

// Every row of a full chart named with 100 KB of words: the wrapping of all of them together must stay linear.
QByteArray fortyNamesOf100KB()
{
    QJsonArray indicators;
    QJsonArray ids;
    for (int i = 0; i < Bulletin::ChartDataModel::MaxRows; ++i) {
        const QString id = QStringLiteral("n%1").arg(i);
        QJsonObject item = indicator(id, spacedWords(100 * 1024, QStringLiteral("name")), i, 40 - i, i % 14 + 1);
        item.insert(QStringLiteral("name_en"), spacedWords(100 * 1024, QStringLiteral("word")));
        indicators.append(item);
        ids.append(id);
    }
    const QJsonObject section { { QStringLiteral("id"), QStringLiteral("names") },
        { QStringLiteral("title"), QStringLiteral("测试数据：长名称") },
        { QStringLiteral("text"), QStringLiteral("测试数据。") }, { QStringLiteral("indicators"), indicators },
        { QStringLiteral("charts"),
            QJsonArray {
                chartOf(QStringLiteral("c"), QStringLiteral("comparison"), QStringLiteral("测试数据：比较"), ids),
                chartOf(QStringLiteral("r"), QStringLiteral("ranking"), QStringLiteral("测试数据：排名"), ids),
                chartOf(QStringLiteral("b"), QStringLiteral("bars"), QStringLiteral("测试数据：数值"), ids) } } };
    return bulletin(header(QStringLiteral("forty-names-100kb"), QStringLiteral("测试数据：四十个长名称")), section);
}

// What the program printed is its own warnings (labels cut short), of a bounded length, never one of Qt's.
bool ownWords(const QString &err)
{
    if (err.size() > 64 * 1024)
        return false;
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return std::all_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("warning: ")) && line.size() <= 2000 && !saysNonFinite(line);
    });
}

QString languageName(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("zh");
}

} // namespace

class TestHostileValid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void corpusIsThere();
    void charts_data();
    void charts();
    void briefing_data();
    void briefing();
    void shrinksInPlace_data();
    void shrinksInPlace();
    void commandLine_data();
    void commandLine();

private:
    void addFileRows();
    QString path(const QString &name) const;

    QTemporaryDir m_generated;
};

void TestHostileValid::initTestCase()
{
    QVERIFY(m_generated.isValid());
    const QList<QPair<QString, QByteArray>> generated {
        { QStringLiteral("generated-section-title-3mb.json"), sectionTitleOf3MB() },
        { QStringLiteral("generated-chart-10000-indicators.json"), chartOf10000Indicators() },
        { QStringLiteral("generated-forty-names-100kb.json"), fortyNamesOf100KB() },
    };
    for (const auto &[name, bytes] : generated) {
        QFile file(m_generated.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    previousHandler = qInstallMessageHandler(recordWarnings);
}

void TestHostileValid::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestHostileValid::init()
{
    warnings().clear();
}

void TestHostileValid::cleanup()
{
    const QStringList said = warnings();
    warnings().clear();
    QVERIFY2(said.isEmpty(), qPrintable(QStringLiteral("Qt warned: ") + said.join(QStringLiteral("\n"))));
}

QString TestHostileValid::path(const QString &name) const
{
    return name.startsWith(QLatin1String("generated-"))
        ? m_generated.filePath(name)
        : QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/hostile-valid/") + name;
}

void TestHostileValid::addFileRows()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/hostile-valid"));
    const QStringList names
        = dir.entryList({ QStringLiteral("*.json"), QStringLiteral("*.csv") }, QDir::Files, QDir::Name);
    for (const QString &name : names)
        QTest::addRow("%s", qPrintable(name)) << dir.filePath(name);
    for (const QString &name : QDir(m_generated.path()).entryList(QDir::Files, QDir::Name))
        QTest::addRow("%s", qPrintable(name)) << m_generated.filePath(name);
}

// generate.py writes a file for each reported case; the test reads whatever is in the folder, so check it is there.
void TestHostileValid::corpusIsThere()
{
    for (const char *name : { "rank-of-billion.json", "rank-of-billion.csv", "chart-title-20000-words.json",
             "long-indicator-names.json", "long-texts-everywhere.json", "extreme-largest.json", "extreme-denormal.json",
             "extreme-plain.json", "extreme-values.csv", "many-indicators.json" })
        QVERIFY2(QFile::exists(path(QString::fromLatin1(name))), name);
}

void TestHostileValid::charts_data()
{
    addFileRows();
}

void TestHostileValid::charts()
{
    QFETCH(QString, file);
    QElapsedTimer timer;
    timer.start();
    const Bulletin::LoadResult loaded = Bulletin::BulletinLoader::loadFile(file);
    QVERIFY2(loaded.ok(), qPrintable(Bulletin::describeProblems(loaded.problems)));
    const std::shared_ptr<const Document> document = loaded.document;

    QList<ChartSpec> charts = Bulletin::DefaultCharts::overview(*document);
    for (const Bulletin::Section &section : document->sections)
        charts += section.charts;
    QVERIFY(!charts.isEmpty());

    QStringList problems;
    for (const ChartSpec &spec : std::as_const(charts)) {
        for (const Language language : { Language::Chinese, Language::English }) {
            const QString where = spec.id + QLatin1Char('/') + languageName(language) + QStringLiteral(" at ");
            // A chart of its own for each size: shrinking one chart is tested on its own (shrinksInPlace).
            for (const QSizeF &size : Sizes) {
                BulletinChart chart(document, spec, language, ChartStyle::light(), BulletinChart::Framing::Standalone);
                const qreal height = chart.preferredHeight(size.width());
                if (!std::isfinite(height) || height <= 0 || height > MaxPreferredHeight)
                    problems.append(
                        where + QStringLiteral("width %1: preferred height %2").arg(size.width()).arg(height));
                chart.layOut(size);
                QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::white);
                QPainter painter(&image);
                chart.render(&painter, QRectF(QPointF(0, 0), size));
                painter.end();
                for (const QString &problem : chartProblems(chart, size))
                    problems.append(where + problem);
            }
            QVERIFY2(timer.elapsed() < FileBoundMs,
                qPrintable(QStringLiteral("%1 ms by chart %2").arg(timer.elapsed()).arg(spec.id)));
        }
    }
    // QTest cuts a long message short: each problem is printed whole first.
    for (const QString &problem : std::as_const(problems))
        qInfo().noquote() << problem;
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problems, the first: ").arg(problems.size()) + problems.value(0)));
}

void TestHostileValid::briefing_data()
{
    addFileRows();
}

void TestHostileValid::briefing()
{
    QFETCH(QString, file);
    QElapsedTimer timer;
    timer.start();
    const Bulletin::LoadResult loaded = Bulletin::BulletinLoader::loadFile(file);
    QVERIFY2(loaded.ok(), qPrintable(Bulletin::describeProblems(loaded.problems)));
    const std::shared_ptr<const Document> document = loaded.document;

    for (const Language language : { Language::Chinese, Language::English }) {
        BriefingOptions options = BriefingOptions::everything(*document);
        options.language = language;
        options.generatedOn = QDate(2020, 7, 31);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(BriefingOptions::pageLayout());

        // The layout first, to look at: every block finite, headings and labels of a few lines.
        const BriefingLayout layout(document, options, &writer, QRectF(0, 0, writer.width(), writer.height()));
        QVERIFY(!layout.pages().isEmpty());
        for (const BriefingLayout::Page &page : layout.pages()) {
            for (const BriefingLayout::Block &block : page.blocks) {
                QVERIFY2(finite(block.rect), qPrintable(block.label.left(80)));
                // A block taller than the page would be cut at its foot.
                QVERIFY2(
                    block.rect.top() >= page.bodyRect.top() - 1 && block.rect.bottom() <= page.bodyRect.bottom() + 1,
                    qPrintable(QStringLiteral("block %1 (%2) at %3..%4 on a body of %5..%6")
                                   .arg(int(block.kind))
                                   .arg(block.label.left(80))
                                   .arg(block.rect.top())
                                   .arg(block.rect.bottom())
                                   .arg(page.bodyRect.top())
                                   .arg(page.bodyRect.bottom())));
                for (const BriefingLayout::Item &item : block.items) {
                    QVERIFY2(finite(item.rect), qPrintable(block.label.left(80)));
                    if (!item.text)
                        continue;
                    QVERIFY2(!saysNonFinite(item.text->text()), qPrintable(item.text->text().left(200)));
                    if (block.kind != BriefingLayout::BlockKind::Paragraph)
                        QVERIFY2(item.lineCount <= MaxBlockLines,
                            qPrintable(QStringLiteral("%1 lines in a block of kind %2: %3…")
                                           .arg(item.lineCount)
                                           .arg(int(block.kind))
                                           .arg(item.text->text().left(80))));
                }
            }
        }

        const int pages = BriefingPainter::paint(&writer, document, options);
        QVERIFY2(pages > 0, qPrintable(languageName(language)));
        QVERIFY(buffer.data().startsWith("%PDF"));
        QVERIFY2(timer.elapsed() < FileBoundMs,
            qPrintable(QStringLiteral("%1 ms by the briefing in %2").arg(timer.elapsed()).arg(languageName(language))));
    }
}

// A chart laid out large and then small, as a window that shrinks does, is drawn at the small size: the plot area
// and what Qt Charts places in it move inside the chart. (Not a file's fault: minimal.json shows it.)
void TestHostileValid::shrinksInPlace_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<QSizeF>("size");
    const QString minimal = QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/minimal.json");
    QTest::addRow("minimal-overview-comparison-320x200")
        << minimal << QStringLiteral("overview-comparison") << QSizeF(320, 200);
    QTest::addRow("minimal-overview-ranking-320x200")
        << minimal << QStringLiteral("overview-ranking") << QSizeF(320, 200);
    QTest::addRow("minimal-economy-bars-320x200") << minimal << QStringLiteral("economy-bars") << QSizeF(320, 200);
    QTest::addRow("minimal-overview-comparison-600x300")
        << minimal << QStringLiteral("overview-comparison") << QSizeF(600, 300);
}

void TestHostileValid::shrinksInPlace()
{
    QFETCH(QString, file);
    QFETCH(QString, chartId);
    QFETCH(QSizeF, size);
    const Bulletin::LoadResult loaded = Bulletin::BulletinLoader::loadFile(file);
    QVERIFY(loaded.ok());
    QList<ChartSpec> charts = Bulletin::DefaultCharts::overview(*loaded.document);
    for (const Bulletin::Section &section : loaded.document->sections)
        charts += section.charts;
    const auto spec = std::find_if(charts.cbegin(), charts.cend(), [&](const ChartSpec &c) { return c.id == chartId; });
    QVERIFY(spec != charts.cend());
    BulletinChart chart(
        loaded.document, *spec, Language::Chinese, ChartStyle::light(), BulletinChart::Framing::Standalone);
    chart.layOut(Sizes.first());
    chart.layOut(size);
    const QRectF plot = chart.plotArea();
    QVERIFY2(QRectF(QPointF(0, 0), size).contains(plot),
        qPrintable(QStringLiteral("plot area %1,%2 %3x%4 in a chart of %5")
                       .arg(plot.x())
                       .arg(plot.y())
                       .arg(plot.width())
                       .arg(plot.height())
                       .arg(describeSize(size))));
    const QStringList problems = chartProblems(chart, size);
    for (const QString &problem : problems)
        qInfo().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0)));
}

void TestHostileValid::commandLine_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : { "extreme-largest.json", "extreme-denormal.json", "rank-of-billion.csv",
             "long-texts-everywhere.json", "generated-section-title-3mb.json" })
        QTest::addRow("%s", name) << path(QString::fromLatin1(name));
}

void TestHostileValid::commandLine()
{
    QFETCH(QString, file);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    // A runtime folder of its own, so that what the program prints is its own.
    const QHash<QString, QString> environment { { QStringLiteral("XDG_RUNTIME_DIR"), out.path() } };
    const QString charts = out.filePath(QStringLiteral("charts"));

    const HeadlessRun exported = runHeadless(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY),
        { file, QStringLiteral("--export-charts"), charts, QStringLiteral("--format"), QStringLiteral("png,svg,pdf"),
            QStringLiteral("--force") },
        out.path(), environment);
    VERIFY_EXIT(exported, 0);
    QVERIFY2(ownWords(exported.err), qPrintable(exported.err.left(2000)));
    const QStringList svgs = QDir(charts).entryList({ QStringLiteral("*.svg") }, QDir::Files);
    QVERIFY(!svgs.isEmpty());
    QCOMPARE(QDir(charts).entryList({ QStringLiteral("*.png") }, QDir::Files).size(), svgs.size());
    QCOMPARE(QDir(charts).entryList({ QStringLiteral("*.pdf") }, QDir::Files).size(), svgs.size());
    for (const QString &name : svgs) {
        QFile svg(QDir(charts).filePath(name));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        const QRegularExpressionMatch found
            = QRegularExpression(QStringLiteral("[^\\n]{0,80}(?<![A-Za-z])(inf|nan)(?![A-Za-z])[^\\n]{0,40}"),
                QRegularExpression::CaseInsensitiveOption)
                  .match(text);
        QVERIFY2(!found.hasMatch(), qPrintable(name + QStringLiteral(": ") + found.captured(0)));
    }

    const QString brief = out.filePath(QStringLiteral("brief.pdf"));
    const HeadlessRun briefed = runHeadless(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY),
        { file, QStringLiteral("--brief"), brief, QStringLiteral("--force") }, out.path(), environment);
    VERIFY_EXIT(briefed, 0);
    QVERIFY2(ownWords(briefed.err), qPrintable(briefed.err.left(2000)));
    QFile pdf(brief);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

QTEST_MAIN(TestHostileValid)
#include "tst_hostilevalid.moc"
