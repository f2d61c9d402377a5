#include "chartexporter.h"

#include "bulletinchart.h"
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
#include <QSvgGenerator>
#include <chartdatamodel.h>
#include <cmath>

using Bulletin::ChartKind;

namespace {

// The dots per inch at which the chart lays out its text (that of the screen, 96 offscreen). Every
// device the chart is drawn on gets the same, so that text keeps its size relative to the bars.
int layoutDpi()
{
    return QImage(1, 1, QImage::Format_RGB32).logicalDpiX();
}

// QSvgGenerator names only the first family; a reader without it should fall back to the chart's other faces,
// then to another Chinese sans-serif font rather than to a serif one.
QByteArray withFallbackFamilies(QByteArray svg, Bulletin::Language language)
{
    QStringList families = ChartStyle::fontFamilies(language);
    families.removeAll(QStringLiteral("Sans Serif"));
    const QByteArray family = families.value(0).toUtf8();
    for (const QString &extra : { QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
             QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC") }) {
        if (!families.contains(extra))
            families.append(extra);
    }
    const QByteArray from = QByteArray("font-family=\"") + family + '"';
    const QByteArray to
        = QByteArray("font-family=\"'") + families.join(QStringLiteral("', '")).toUtf8() + "', sans-serif\"";
    return svg.replace(from, to);
}

} // namespace

ChartExporter::ChartExporter(std::shared_ptr<const Bulletin::Document> document, const Bulletin::ChartSpec &spec,
    Bulletin::Language language, QSize size)
    : m_chart(std::make_unique<BulletinChart>(
        std::move(document), spec, language, ChartStyle::light(), BulletinChart::Framing::Standalone))
    , m_size(size)
{
    m_chart->layOut(QSizeF(m_size));
}

ChartExporter::ChartExporter(const BulletinChart &chart, QSize size)
    : m_size(size)
{
    const Bulletin::ChartSpec *spec = chart.dataModel()->chartSpec();
    Bulletin::ChartSpec copy;
    if (spec)
        copy = *spec;
    m_chart = std::make_unique<BulletinChart>(
        chart.dataModel()->document(), copy, chart.language(), ChartStyle::light(), BulletinChart::Framing::Standalone);
    m_chart->layOut(QSizeF(m_size));
}

ChartExporter::~ChartExporter() = default;

QString ChartExporter::title() const
{
    return m_chart->plainTitle();
}

QString ChartExporter::fitWarning() const
{
    if (m_chart->labelsTruncated())
        return tr("\"%1\": some axis labels are cut short at %2x%3 px; a larger size shows them whole")
            .arg(title())
            .arg(m_size.width())
            .arg(m_size.height());
    return {};
}

void ChartExporter::render(QPainter *painter, const QRectF &target) const
{
    m_chart->render(painter, target);
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
    options.texts = { { QStringLiteral("Title"), title() }, { QStringLiteral("Source"), m_chart->sourceLine() },
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
    generator.setDescription(m_chart->sourceLine());
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    render(&painter, QRectF(QPointF(0, 0), QSizeF(m_size)));
    if (!painter.end())
        return {};
    return withFallbackFamilies(bytes, m_chart->language());
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

QString ChartExporter::save(const QString &filePath, Format format, double scale, Bulletin::Overwrite overwrite,
    Bulletin::AtomicFile::Links links) const
{
    const QString refused = Bulletin::AtomicFile::check(filePath, overwrite, links);
    if (!refused.isEmpty())
        return refused;
    const QByteArray bytes = encode(format, scale);
    if (bytes.isEmpty())
        return tr("%1: the chart could not be rendered at %2×%3 px, scale %4")
            .arg(filePath)
            .arg(m_size.width())
            .arg(m_size.height())
            .arg(scale);
    return Bulletin::AtomicFile::write(filePath, bytes, overwrite, links);
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
