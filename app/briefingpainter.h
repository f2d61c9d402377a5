#pragma once

#include "briefinglayout.h"
#include "briefingoptions.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <bulletin.h>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

// Paints a briefing on any paged device: the print preview's printer, a real printer and QPdfWriter share this.
class BriefingPainter
{
    Q_DECLARE_TR_FUNCTIONS(BriefingPainter)

public:
    // Lays the briefing out for the device's page and paints every page; returns the page count, 0 when the
    // device cannot be painted on.
    static int paint(QPagedPaintDevice *device, const std::shared_ptr<const Bulletin::Document> &document,
        const BriefingOptions &options);

    enum class Overwrite { Refuse, Allow };
    // Writes the briefing as a PDF with embedded fonts. The file appears whole or not at all (written to a
    // temporary file beside it, then renamed). Returns an empty string on success, else a message naming the file.
    static QString writePdf(const QString &filePath, const std::shared_ptr<const Bulletin::Document> &document,
        const BriefingOptions &options, const QPageLayout &pageLayout, Overwrite overwrite);

    static void paintPage(
        QPainter *painter, const BriefingLayout::Page &page, const std::shared_ptr<const Bulletin::Document> &document);
    // Charts are laid out in screen pixels, where their point-sized fonts have the size they have on screen; this
    // many device pixels per screen pixel keep those fonts at their point size on paper.
    static qreal chartScale(const QPaintDevice *device);
};
