#include "briefingpainter.h"

#include "bulletinchart.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

namespace {

void paintItem(QPainter *painter, const BriefingLayout::Item &item)
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
    case BriefingLayout::Item::Chart:
        // The chart the layout measured, laid out already; drawn, never rebuilt.
        if (item.chartObject)
            item.chartObject->render(painter, item.rect);
        return;
    }
}

} // namespace

void BriefingPainter::paintPage(QPainter *painter, const BriefingLayout::Page &page)
{
    for (const BriefingLayout::Item &item : page.header)
        paintItem(painter, item);
    for (const BriefingLayout::Block &block : page.blocks) {
        for (const BriefingLayout::Item &item : block.items)
            paintItem(painter, item);
    }
    for (const BriefingLayout::Item &item : page.footer)
        paintItem(painter, item);
}

int BriefingPainter::paint(QPagedPaintDevice *device, const std::shared_ptr<const Bulletin::Document> &document,
    const BriefingOptions &options)
{
    if (!device || !document)
        return 0;
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    // What the painter can reach: the page's paint rect, with the painter's origin at its top left.
    const QRectF pageRect(0, 0, device->width(), device->height());
    const BriefingLayout layout(document, options, device, pageRect);
    const QList<BriefingLayout::Page> &pages = layout.pages();
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0 && !device->newPage())
            return 0;
        paintPage(&painter, pages.at(p));
    }
    return painter.end() ? int(pages.size()) : 0;
}

QString BriefingPainter::writePdf(const QString &filePath, const std::shared_ptr<const Bulletin::Document> &document,
    const BriefingOptions &options, const QPageLayout &pageLayout, Bulletin::Overwrite overwrite)
{
    if (QFileInfo(filePath).isDir())
        return tr("%1: is a folder; give a file name ending in .pdf").arg(filePath);
    return Bulletin::AtomicFile::write(
        filePath,
        [&](QIODevice *device) {
            QPdfWriter writer(device);
            writer.setResolution(300);
            writer.setPageLayout(pageLayout);
            writer.setTitle(document->subtitle.isEmpty() ? document->title
                                                         : document->title + QStringLiteral("——") + document->subtitle);
            writer.setCreator(QStringLiteral("bulletin-dashboard ") + QCoreApplication::applicationVersion());
            return paint(&writer, document, options) > 0;
        },
        overwrite);
}
