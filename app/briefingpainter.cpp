#include "briefingpainter.h"

#include "bulletinchartview.h"
#include "chartstyle.h"
#include "localescope.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextLayout>

namespace {

// Screen pixels the bulletin's charts need to show every label in full (tst_charts checks 640).
constexpr qreal MinimumChartWidth = 600;

void paintItem(QPainter *painter, const BriefingLayout::Item &item,
    const std::shared_ptr<const Bulletin::Document> &document, qreal chartScale)
{
    switch (item.kind) {
    case BriefingLayout::Item::Text: {
        if (!item.text || item.lineCount <= 0)
            return;
        painter->setPen(item.color);
        const QPointF origin = item.rect.topLeft() - QPointF(0, item.text->lineAt(item.firstLine).y());
        for (int i = item.firstLine; i < item.firstLine + item.lineCount; ++i)
            item.text->lineAt(i).draw(painter, origin);
        return;
    }
    case BriefingLayout::Item::Rule:
        painter->setPen(QPen(item.color, item.lineWidth, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(item.rect.topLeft(), item.rect.bottomRight());
        return;
    case BriefingLayout::Item::Box:
    case BriefingLayout::Item::Ellipse:
        painter->setPen(item.border.isValid() ? QPen(item.border, item.lineWidth) : QPen(Qt::NoPen));
        painter->setBrush(item.color);
        if (item.kind == BriefingLayout::Item::Ellipse)
            painter->drawEllipse(item.rect);
        else
            painter->drawRect(item.rect);
        painter->setBrush(Qt::NoBrush);
        return;
    case BriefingLayout::Item::Chart: {
        BulletinChartView view(document, item.chart, ChartStyle::light());
        // Laid out at the size it will have on paper, in screen pixels; the view is never shown. On narrow paper
        // (A5) it is laid out wider and drawn smaller, rather than have its labels cut short.
        QSizeF size = item.rect.size() / chartScale;
        if (size.width() < MinimumChartWidth)
            size *= MinimumChartWidth / size.width();
        view.layOutForRendering(size);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        view.chart()->scene()->render(painter, item.rect, view.chart()->sceneBoundingRect(), Qt::IgnoreAspectRatio);
        painter->restore();
        return;
    }
    }
}

} // namespace

qreal BriefingPainter::chartScale(const QPaintDevice *device)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal screenDpi = screen ? screen->logicalDotsPerInchY() : 96;
    return device->logicalDpiY() / (screenDpi > 0 ? screenDpi : 96);
}

void BriefingPainter::paintPage(
    QPainter *painter, const BriefingLayout::Page &page, const std::shared_ptr<const Bulletin::Document> &document)
{
    const qreal scale = chartScale(painter->device());
    for (const BriefingLayout::Item &item : page.header)
        paintItem(painter, item, document, scale);
    for (const BriefingLayout::Block &block : page.blocks) {
        for (const BriefingLayout::Item &item : block.items)
            paintItem(painter, item, document, scale);
    }
    for (const BriefingLayout::Item &item : page.footer)
        paintItem(painter, item, document, scale);
}

int BriefingPainter::paint(QPagedPaintDevice *device, const std::shared_ptr<const Bulletin::Document> &document,
    const BriefingOptions &options)
{
    if (!device || !document)
        return 0;
    // The charts speak the sheet's language, as its text does.
    const LocaleScope locale(options.locale());
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    // What the painter can reach: the page's paint rect, with the painter's origin at its top left.
    const QRectF pageRect(0, 0, device->width(), device->height());
    const BriefingLayout layout(*document, options, device, pageRect);
    const QList<BriefingLayout::Page> &pages = layout.pages();
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0 && !device->newPage())
            return 0;
        paintPage(&painter, pages.at(p), document);
    }
    return painter.end() ? int(pages.size()) : 0;
}

QString BriefingPainter::writePdf(const QString &filePath, const std::shared_ptr<const Bulletin::Document> &document,
    const BriefingOptions &options, const QPageLayout &pageLayout, Overwrite overwrite)
{
    const QFileInfo info(filePath);
    if (info.isDir())
        return tr("%1: is a folder; give a file name ending in .pdf").arg(filePath);
    if (overwrite == Overwrite::Refuse && info.exists())
        return tr("%1: the file exists already; it was not overwritten (use --force to replace it)").arg(filePath);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot be written: %2").arg(filePath, file.errorString());
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(pageLayout);
        writer.setTitle(document->subtitle.isEmpty() ? document->title
                                                     : document->title + QStringLiteral("——") + document->subtitle);
        writer.setCreator(QStringLiteral("bulletin-dashboard ") + QCoreApplication::applicationVersion());
        pages = paint(&writer, document, options);
    }
    if (pages == 0) {
        file.cancelWriting();
        return tr("%1: cannot be written: the PDF could not be painted").arg(filePath);
    }
    if (!file.commit())
        return tr("%1: cannot be written: %2").arg(filePath, file.errorString());
    return {};
}
