#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <atomicfile.h>
#include <bulletin.h>
#include <memory>
#include <optional>

class BulletinChart;

// Renders one bulletin chart for use outside the program (PNG, SVG, PDF, the clipboard): a BulletinChart of its
// own, laid out at the export size in the light style (a chart on paper is on white) and framed for leaving the
// program (a subtitle with the region and period, a legend naming the city and the province, the source line
// under the plot), drawn straight onto the file's painter. No widget is involved.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format { Png, Svg, Pdf };

    static constexpr int MinSide = 100;
    static constexpr int MaxSide = 8000;
    static constexpr double MaxScale = 8;
    // A bitmap at most this large: 512 MiB at 4 bytes a pixel, sides within what the raster engine draws.
    static constexpr qint64 MaxPixels = qint64(128) * 1024 * 1024;
    static constexpr int MaxPixelSide = 32767;
    // A chart pixel is a CSS pixel, 1/96 inch: a scale of 2 is 192 dots per inch.
    static constexpr int BaseDpi = 96;
    static QSize defaultSize() { return { 900, 500 }; }

    ChartExporter(std::shared_ptr<const Bulletin::Document> document, const Bulletin::ChartSpec &spec,
        Bulletin::Language language, QSize size = defaultSize());
    // The chart a window shows, whatever its size, zoom and style there.
    explicit ChartExporter(const BulletinChart &chart, QSize size = defaultSize());
    ~ChartExporter();
    ChartExporter(const ChartExporter &) = delete;
    ChartExporter &operator=(const ChartExporter &) = delete;

    QSize size() const { return m_size; }
    // The chart's title as plain text.
    QString title() const;
    // The chart that is rendered, laid out at size(); for inspection.
    BulletinChart *chart() const { return m_chart.get(); }

    // Empty when every axis label fits at this size; else a warning naming the chart. (Qt Charts elides
    // what does not fit: ten categories in 300 px cannot be shown whole.)
    QString fitWarning() const;

    // An image of size × scale pixels, its device pixel ratio and dots per inch (BaseDpi × scale) set.
    QImage toImage(double scale) const;
    // The file's bytes; empty when rendering failed.
    QByteArray encode(Format format, double scale) const;

    // Renders and writes atomically (AtomicFile): on failure no file, not even part of one, is left.
    // Returns an empty string on success, else a message naming the file.
    QString save(const QString &filePath, Format format, double scale, Bulletin::Overwrite overwrite,
        Bulletin::AtomicFile::Links links = Bulletin::AtomicFile::Links::FollowExisting) const;

    static QString suffix(Format format);
    static QString formatName(Format format);
    // "png", "SVG", ".pdf"; nothing for anything else.
    static std::optional<Format> formatFromName(const QString &name);
    static QList<Format> allFormats() { return { Format::Png, Format::Svg, Format::Pdf }; }
    // An empty string when size and scale are within the limits above, else what is wrong; bitmap:
    // whether a PNG of size × scale pixels is to be made.
    static QString checkSize(QSize size, double scale, bool bitmap = true);

private:
    QByteArray toPng(double scale) const;
    QByteArray toSvg() const;
    QByteArray toPdf() const;
    void render(QPainter *painter, const QRectF &target) const;

    std::unique_ptr<BulletinChart> m_chart;
    QSize m_size;
};
