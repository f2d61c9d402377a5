// libFuzzer target: any bytes given to the JSON loader (the CSV importer when they do not open with '{'); a bulletin
// that loads has every chart built, laid out at two sizes and drawn into an image, and its briefing painted into a
// PDF in memory. Besides crashes and sanitizer reports, a broken promise aborts: an axis that is not a finite range,
// a chart height out of bounds, a label that reads "inf" or "nan", a Qt warning, or an input over its time budget.

#include "briefingoptions.h"
#include "briefingpainter.h"
#include "bulletinchart.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QValueAxis>
#include <bulletinloader.h>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <defaultcharts.h>

namespace {

// libFuzzer's -timeout catches an input that never returns; this one names the step that took too long.
constexpr qint64 BudgetMs = 10000;
constexpr qreal MaxPreferredHeight = 20000;

void check(bool condition, const char *promise, const QString &detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "broken promise: %s %s\n", promise, qPrintable(detail.left(300)));
    std::abort();
}

void failOnWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    // Only the offscreen platform's note about a missing runtime folder says nothing about the input.
    if ((type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        && !message.startsWith(QLatin1String("QStandardPaths:")))
        check(false, "Qt gives no warning", message);
}

bool saysNonFinite(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("(?<![A-Za-z])(inf|infinity|nan)(?![A-Za-z])|∞"), QRegularExpression::CaseInsensitiveOption);
    return word.match(text).hasMatch();
}

void checkChart(BulletinChart &chart)
{
    const auto axes = chart.axes();
    for (const QAbstractAxis *axis : axes) {
        if (const auto *valueAxis = qobject_cast<const QValueAxis *>(axis)) {
            const double min = valueAxis->min();
            const double max = valueAxis->max();
            check(std::isfinite(min) && std::isfinite(max) && min < max && std::isfinite(max - min),
                "every axis is a finite range", QStringLiteral("[%1, %2]").arg(min).arg(max));
        }
    }
    const auto items = chart.scene()->items();
    for (const QGraphicsItem *item : items) {
        QString text;
        if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        check(!saysNonFinite(text), "no label reads inf or nan", text);
    }
}

void checkBudget(const QElapsedTimer &timer, const char *step)
{
    check(timer.elapsed() < BudgetMs, "an input is drawn within its time budget", QString::fromUtf8(step));
}

void draw(const std::shared_ptr<const Bulletin::Document> &document, Bulletin::Language language)
{
    QElapsedTimer timer;
    timer.start();
    QList<Bulletin::ChartSpec> charts = Bulletin::DefaultCharts::overview(*document);
    for (const Bulletin::Section &section : document->sections)
        charts += section.charts;
    for (const Bulletin::ChartSpec &spec : std::as_const(charts)) {
        for (const QSizeF size : { QSizeF(900, 500), QSizeF(320, 200) }) {
            BulletinChart chart(document, spec, language, ChartStyle::light(), BulletinChart::Framing::Standalone);
            const qreal height = chart.preferredHeight(size.width());
            check(std::isfinite(height) && height > 0 && height < MaxPreferredHeight, "a chart's height is bounded",
                QString::number(height));
            chart.layOut(size);
            QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            chart.render(&painter, QRectF(QPointF(0, 0), size));
            painter.end();
            checkChart(chart);
            checkBudget(timer, "charts");
        }
    }

    BriefingOptions options = BriefingOptions::everything(*document);
    options.language = language;
    options.generatedOn = QDate(2020, 7, 31);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(BriefingOptions::pageLayout());
    check(BriefingPainter::paint(&writer, document, options) > 0, "a bulletin gives a briefing of some pages");
    checkBudget(timer, "briefing");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "fuzz_render";
    static char *argv[] = { name, nullptr };
    // Charts are QGraphicsWidgets: one application for the whole run, never destroyed while libFuzzer exits.
    static const QApplication *application = new QApplication(argc, argv);
    Q_UNUSED(application);
    qInstallMessageHandler(failOnWarnings);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray head = bytes.left(16).trimmed();
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3).trimmed();
    const bool json = head.startsWith('{');
    const Bulletin::LoadResult loaded = json ? Bulletin::BulletinLoader::loadJson(bytes, QStringLiteral("fuzz.json"))
                                             : Bulletin::BulletinLoader::loadCsv(bytes, QStringLiteral("fuzz.csv"));
    if (!loaded.ok())
        return 0;
    // One language an input, chosen by the input itself so that a finding replays alike.
    draw(loaded.document, size % 2 == 0 ? Bulletin::Language::Chinese : Bulletin::Language::English);
    return 0;
}
