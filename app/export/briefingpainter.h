#pragma once

#include "briefinglayout.h"
#include "briefingoptions.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <atomicfile.h>
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

    // Writes the briefing as a PDF with embedded fonts. The file appears whole or not at all (AtomicFile).
    // Returns an empty string on success, else a message naming the file.
    static QString writePdf(const QString &filePath, const std::shared_ptr<const Bulletin::Document> &document,
        const BriefingOptions &options, const QPageLayout &pageLayout, Bulletin::Overwrite overwrite);

    static void paintPage(QPainter *painter, const BriefingLayout::Page &page);
};
