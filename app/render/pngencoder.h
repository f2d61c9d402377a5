#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QImage;

// Opaque images as 8-bit RGB PNG, several times faster than QImageWriter: libpng, as Qt drives it, tries
// every row filter on every row; a chart (flat areas, straight edges) compresses about as well with the
// "up" filter and fast deflate. Bands of rows are deflated on all cores and joined into one zlib stream;
// rows stream into zlib, so no second copy of a large image is made.
class PngEncoder
{
public:
    struct Options
    {
        // Written as the pHYs chunk; 0 leaves it out.
        int dotsPerMeter = 0;
        // Key (Latin-1, 1 to 79 characters) and text, written as iTXt in UTF-8.
        QList<QPair<QString, QString>> texts;
    };

    // Transparency is dropped (the image is taken as RGB32). Empty on failure.
    static QByteArray encode(const QImage &image, const Options &options);
};
