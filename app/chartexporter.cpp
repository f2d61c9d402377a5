#include "chartexporter.h"

#include "bulletinchartview.h"
#include "chartstyle.h"
#include "pngencoder.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <chartdatamodel.h>
#include <cmath>

using Bulletin::ChartKind;

namespace {

// BulletinChartView's outer margin, which the title shares.
constexpr qreal TitleMargin = 12;

// The dots per inch at which the scene lays out its text (that of the screen, 96 offscreen). Every
// device the chart is drawn on gets the same, so that text keeps its size relative to the bars.
int layoutDpi()
{
    return QImage(1, 1, QImage::Format_RGB32).logicalDpiX();
}

// QSvgGenerator names only the first family; a reader without WenQuanYi should fall back to another
// Chinese sans-serif font rather than to a serif one.
QByteArray withFallbackFamilies(QByteArray svg)
{
    const QByteArray family = ChartStyle::font(10).families().value(0).toUtf8();
    const QByteArray from = QByteArray("font-family=\"") + family + '"';
    const QByteArray to = QByteArray("font-family=\"'") + family
        + "', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif\"";
    return svg.replace(from, to);
}

// At most two lines that fit the chart's width, the second elided when the title is longer still.
QString wrappedTitle(const QString &title, int chartWidth)
{
    const QFontMetricsF metrics(ChartStyle::titleFont());
    const qreal width = std::max(60.0, chartWidth - 4.0 * TitleMargin);
    qsizetype end = 0;
    while (end < title.size() && metrics.horizontalAdvance(title.left(end + 1)) <= width)
        ++end;
    if (end > 0 && end < title.size() && title.at(end).isLowSurrogate())
        --end;
    // An English title breaks between words.
    if (end > 0 && end < title.size() && title.at(end) != QLatin1Char(' ') && title.at(end).unicode() < 0x2E80) {
        const qsizetype space = title.lastIndexOf(QLatin1Char(' '), end - 1);
        if (space > 0)
            end = space + 1;
    }
    if (end == title.size() || end == 0)
        return title.toHtmlEscaped();
    const QString second = metrics.elidedText(title.mid(end), Qt::ElideRight, width);
    return title.left(end).toHtmlEscaped() + QStringLiteral("<br>") + second.toHtmlEscaped();
}

} // namespace

ChartExporter::ChartExporter(
    std::shared_ptr<const Bulletin::Document> document, const Bulletin::ChartSpec &spec, QSize size)
    : m_view(std::make_unique<BulletinChartView>(std::move(document), spec, ChartStyle::light()))
    , m_size(size)
{
    dress();
}

ChartExporter::ChartExporter(const BulletinChartView &view, QSize size)
    : m_size(size)
{
    const Bulletin::ChartSpec *spec = view.dataModel()->chartSpec();
    Bulletin::ChartSpec copy;
    if (spec)
        copy = *spec;
    else
        copy.id = view.chartId();
    m_view = std::make_unique<BulletinChartView>(view.dataModel()->document(), copy, ChartStyle::light());
    dress();
}

ChartExporter::~ChartExporter() = default;

QString ChartExporter::title() const
{
    const Bulletin::ChartSpec *spec = m_view->dataModel()->chartSpec();
    return spec ? spec->displayTitle() : QString();
}

void ChartExporter::dress()
{
    QChart *chart = m_view->chart();
    const Bulletin::ChartDataModel *model = m_view->dataModel();
    const Bulletin::ChartSpec *spec = model->chartSpec();
    const auto document = model->document();
    if (spec && document) {
        // The chart's own words follow the interface language, as BulletinChartView's do.
        const bool english = Bulletin::englishPreferred();
        const QString region = !document->region.isEmpty() ? document->displayRegion()
            : english                                      ? QStringLiteral("The city")
                                                           : QStringLiteral("本市");
        const QString province = !document->comparisonRegion.isEmpty() ? document->displayComparisonRegion()
            : english                                                  ? QStringLiteral("the province")
                                                                       : QStringLiteral("全省");

        // Out of the program, a chart must say where and when on its own.
        QStringList context { region };
        if (!document->period.isEmpty())
            context.append(document->displayPeriod());
        const QString subtitle
            = QStringLiteral("<span style=\"color:%1\">%2</span>")
                  .arg(ChartStyle::light().mutedText.name(), context.join(QStringLiteral(" · ")).toHtmlEscaped());
        // Qt Charts elides a title wider than the chart as a whole, subtitle and all: wrap it first. The view's own
        // title, as the view wrapped it for the screen, is all of it or what precedes its note.
        QString title = chart->title();
        const QString division = QStringLiteral("<div align=\"center\">");
        const qsizetype start = title.startsWith(division) ? division.size() : 0;
        const qsizetype end = start > 0 ? title.indexOf(QStringLiteral("<br><span"), start) : title.size();
        if (end >= start)
            title.replace(start, end - start, wrappedTitle(spec->displayTitle(), m_size.width()));
        const QString closing = QStringLiteral("</span></div>");
        if (title.endsWith(closing))
            title.insert(title.size() - closing.size(), QStringLiteral("<br>") + subtitle);
        else
            title = QStringLiteral("<div align=\"center\">") + title
                + QStringLiteral("<br><span style=\"font-size:9pt; font-weight:normal\">") + subtitle
                + QStringLiteral("</span></div>");
        chart->setTitle(title);

        // The screen shows a legend only for paired bars; on paper every chart names whose figures these are.
        QString label;
        if (spec->kind == ChartKind::Ranking)
            label
                = (english ? QStringLiteral("%1's rank in %2") : QStringLiteral("%1在%2的名次")).arg(region, province);
        else if (spec->kind == ChartKind::Bars)
            label = document->comparisonRegion.isEmpty() ? region
                : english                                ? QStringLiteral("%1, %2").arg(region, province)
                                                         : province + region;
        chart->legend()->setVisible(true);
        if (!label.isEmpty()) {
            const auto markers = chart->legend()->markers(m_view->barSeries());
            for (QLegendMarker *marker : markers)
                marker->setLabel(label);
        }
    }
    m_view->layOutForRendering(QSizeF(m_size));
}

QString ChartExporter::fitWarning() const
{
    const auto axes = m_view->chart()->axes();
    for (const QAbstractAxis *axis : axes) {
        if (axis->labelsTruncated())
            return tr("\"%1\": some axis labels are cut short at %2x%3 px; a larger size shows them whole")
                .arg(title())
                .arg(m_size.width())
                .arg(m_size.height());
    }
    return {};
}

void ChartExporter::render(QPainter *painter, const QRectF &target) const
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QChart *chart = m_view->chart();
    chart->scene()->render(painter, target, chart->sceneBoundingRect(), Qt::IgnoreAspectRatio);
}

QImage ChartExporter::toImage(double scale) const
{
    const QSize pixels(qRound(m_size.width() * scale), qRound(m_size.height() * scale));
    if (!checkSize(m_size, scale).isEmpty())
        return {};
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    image.fill(ChartStyle::light().background);
    QPainter painter(&image);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    // Set only now: the image's dots per inch decide the size at which the painter resolves fonts.
    image.setDevicePixelRatio(scale);
    const int dotsPerMeter = qRound(BaseDpi * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QByteArray ChartExporter::toPng(double scale) const
{
    const QImage image = toImage(scale);
    if (image.isNull())
        return {};
    PngEncoder::Options options;
    options.dotsPerMeter = image.dotsPerMeterX();
    options.texts = { { QStringLiteral("Title"), title() }, { QStringLiteral("Source"), m_view->sourceLine() },
        { QStringLiteral("Software"), QStringLiteral("bulletin-dashboard " BULLETIN_DASHBOARD_VERSION) } };
    return PngEncoder::encode(image, options);
}

QByteArray ChartExporter::toSvg() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(m_size);
    generator.setViewBox(QRect(QPoint(0, 0), m_size));
    generator.setResolution(layoutDpi());
    generator.setTitle(title());
    generator.setDescription(m_view->sourceLine());
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    render(&painter, QRectF(QPointF(0, 0), QSizeF(m_size)));
    if (!painter.end())
        return {};
    return withFallbackFamilies(bytes);
}

QByteArray ChartExporter::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // At the layout's resolution one scene pixel is one device pixel; the page is the chart's size in
    // points, without margins. Text and bars stay vector whatever the resolution.
    const int dpi = layoutDpi();
    writer.setResolution(dpi);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("bulletin-dashboard " BULLETIN_DASHBOARD_VERSION));
    const QSizeF points = QSizeF(m_size) * 72.0 / dpi;
    writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&writer))
        return {};
    render(&painter, QRectF(writer.pageLayout().paintRectPixels(dpi)));
    if (!painter.end())
        return {};
    return bytes;
}

QByteArray ChartExporter::encode(Format format, double scale) const
{
    switch (format) {
    case Format::Png:
        return toPng(scale);
    case Format::Svg:
        return toSvg();
    case Format::Pdf:
        return toPdf();
    }
    return {};
}

QString ChartExporter::save(const QString &filePath, Format format, double scale, Overwrite overwrite) const
{
    const QFileInfo info(filePath);
    if (info.isDir())
        return tr("%1: is a folder").arg(filePath);
    if (overwrite == Overwrite::Refuse && info.exists())
        return tr("%1: the file exists already; it was not overwritten").arg(filePath);
    const QByteArray bytes = encode(format, scale);
    if (bytes.isEmpty())
        return tr("%1: the chart could not be rendered at %2×%3 px, scale %4")
            .arg(filePath)
            .arg(m_size.width())
            .arg(m_size.height())
            .arg(scale);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot be written: %2").arg(filePath, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("%1: cannot be written: %2").arg(filePath, file.errorString());
    return {};
}

QString ChartExporter::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString ChartExporter::formatName(Format format)
{
    return suffix(format).toUpper();
}

std::optional<ChartExporter::Format> ChartExporter::formatFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    if (key.startsWith(QLatin1Char('.')))
        key.remove(0, 1);
    for (const Format format : allFormats()) {
        if (key == suffix(format))
            return format;
    }
    return std::nullopt;
}

QString ChartExporter::checkSize(QSize size, double scale, bool bitmap)
{
    if (size.width() < MinSide || size.width() > MaxSide || size.height() < MinSide || size.height() > MaxSide)
        return tr("the size must be %1 to %2 px a side, not %3x%4")
            .arg(MinSide)
            .arg(MaxSide)
            .arg(size.width())
            .arg(size.height());
    if (!std::isfinite(scale) || scale <= 0 || scale > MaxScale)
        return tr("the scale must be above 0 and at most %1, not %2").arg(MaxScale).arg(scale);
    if (!bitmap)
        return {};
    const qint64 width = qRound64(size.width() * scale);
    const qint64 height = qRound64(size.height() * scale);
    if (width > MaxPixelSide || height > MaxPixelSide || width * height > MaxPixels)
        return tr("an image of %1x%2 px is too large (at most %3 px a side and %4 megapixels)")
            .arg(width)
            .arg(height)
            .arg(MaxPixelSide)
            .arg(MaxPixels / (1024 * 1024));
    return {};
}
