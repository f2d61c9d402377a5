#include "pngencoder.h"

#include <QImage>
#include <QThread>
#include <QtEndian>
#include <algorithm>
#include <future>
#include <limits>
#include <vector>
#include <zlib.h>

namespace {

enum Filter : char { NoFilter = 0, Up = 2 };

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &out, const char *type, const QByteArray &data)
{
    appendBigEndian(out, quint32(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef *>(out.constData() + start), uInt(out.size() - start));
    appendBigEndian(out, quint32(crc));
}

struct Band
{
    QByteArray deflated;
    uLong adler = 0;
    qsizetype rawSize = 0;
    bool ok = false;
};

// Rows first..last-1, filtered and deflated as a raw segment that ends byte-aligned (sync flush) or, for
// the last band, with the final block. Segments share no history, so they can be made in parallel and
// joined (as pigz does).
Band deflateBand(const QImage &image, int first, int last, bool isLast)
{
    Band band;
    z_stream stream {};
    // Level 1: the filtered rows of a chart are mostly zeros, which fast deflate packs nearly as well.
    if (deflateInit2(&stream, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return band;
    const int width = image.width();
    std::vector<Bytef> row(1 + 3 * size_t(width));
    std::vector<Bytef> buffer(128 * 1024);
    band.adler = adler32(0L, Z_NULL, 0);
    band.ok = true;
    const auto pump = [&](int flush) {
        do {
            stream.next_out = buffer.data();
            stream.avail_out = uInt(buffer.size());
            if (deflate(&stream, flush) == Z_STREAM_ERROR) {
                band.ok = false;
                return;
            }
            band.deflated.append(
                reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size() - stream.avail_out));
        } while (stream.avail_out == 0);
    };
    for (int y = first; y < last && band.ok; ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        Bytef *p = row.data();
        if (y == 0) {
            *p++ = NoFilter;
            for (int x = 0; x < width; ++x) {
                *p++ = Bytef(qRed(pixels[x]));
                *p++ = Bytef(qGreen(pixels[x]));
                *p++ = Bytef(qBlue(pixels[x]));
            }
        } else {
            const auto *above = reinterpret_cast<const QRgb *>(image.constScanLine(y - 1));
            *p++ = Up;
            for (int x = 0; x < width; ++x) {
                *p++ = Bytef(qRed(pixels[x]) - qRed(above[x]));
                *p++ = Bytef(qGreen(pixels[x]) - qGreen(above[x]));
                *p++ = Bytef(qBlue(pixels[x]) - qBlue(above[x]));
            }
        }
        band.adler = adler32(band.adler, row.data(), uInt(row.size()));
        band.rawSize += qsizetype(row.size());
        stream.next_in = row.data();
        stream.avail_in = uInt(row.size());
        pump(Z_NO_FLUSH);
    }
    if (band.ok)
        pump(isLast ? Z_FINISH : Z_SYNC_FLUSH);
    deflateEnd(&stream);
    return band;
}

// The filtered rows as a zlib stream; empty on failure.
QByteArray compressedRows(const QImage &image)
{
    // Bands of at least 128 rows, one for each core: a 2x chart takes half the time on two cores.
    const int height = image.height();
    const int bands = std::clamp(std::min(QThread::idealThreadCount(), height / 128), 1, 16);
    std::vector<std::future<Band>> pending;
    for (int b = 1; b < bands; ++b) {
        pending.push_back(std::async(std::launch::async, deflateBand, std::cref(image), height * b / bands,
            height * (b + 1) / bands, b == bands - 1));
    }
    std::vector<Band> done;
    done.push_back(deflateBand(image, 0, height / bands, bands == 1));
    for (auto &future : pending)
        done.push_back(future.get());

    // Deflate, 32 KiB window, fastest; then the segments and the Adler-32 of all the rows.
    QByteArray out("\x78\x01", 2);
    uLong adler = adler32(0L, Z_NULL, 0);
    for (const Band &band : done) {
        if (!band.ok)
            return {};
        out.append(band.deflated);
        adler = adler32_combine(adler, band.adler, band.rawSize);
    }
    appendBigEndian(out, quint32(adler));
    return out;
}

} // namespace

QByteArray PngEncoder::encode(const QImage &source, const Options &options)
{
    if (source.isNull())
        return {};
    const QImage image
        = source.format() == QImage::Format_RGB32 ? source : source.convertToFormat(QImage::Format_RGB32);
    QByteArray out("\x89PNG\r\n\x1a\n", 8);

    QByteArray header;
    appendBigEndian(header, quint32(image.width()));
    appendBigEndian(header, quint32(image.height()));
    // 8 bits a sample, truecolour, deflate, adaptive filtering, no interlace.
    header.append("\x08\x02\x00\x00\x00", 5);
    appendChunk(out, "IHDR", header);

    if (options.dotsPerMeter > 0) {
        QByteArray physical;
        appendBigEndian(physical, quint32(options.dotsPerMeter));
        appendBigEndian(physical, quint32(options.dotsPerMeter));
        physical.append('\x01'); // per metre
        appendChunk(out, "pHYs", physical);
    }
    for (const auto &[key, text] : options.texts) {
        const QByteArray keyword = key.toLatin1();
        if (keyword.isEmpty() || keyword.size() > 79 || keyword.contains('\0'))
            continue;
        // Keyword, then uncompressed, no language tag, no translated keyword, then UTF-8 text.
        QByteArray international = keyword;
        international.append("\0\0\0\0\0", 5);
        international.append(text.toUtf8());
        appendChunk(out, "iTXt", international);
    }

    const QByteArray rows = compressedRows(image);
    if (rows.isEmpty() || rows.size() > std::numeric_limits<qint32>::max())
        return {};
    appendChunk(out, "IDAT", rows);
    appendChunk(out, "IEND", {});
    return out;
}
