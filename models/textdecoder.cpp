#include "textdecoder.h"

#include <QStringDecoder>
#include <cstring>

namespace Bulletin {

namespace {

int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

bool validSequence(const unsigned char *p, int length)
{
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return false;
    }
    // Overlong forms, surrogates and code points above U+10FFFF.
    if (length == 3 && p[0] == 0xE0 && p[1] < 0xA0)
        return false;
    if (length == 3 && p[0] == 0xED && p[1] > 0x9F)
        return false;
    if (length == 4 && p[0] == 0xF0 && p[1] < 0x90)
        return false;
    if (length == 4 && p[0] == 0xF4 && p[1] > 0x8F)
        return false;
    return true;
}

DecodedText failureAt(const QByteArray &bytes, qsizetype offset, qsizetype start)
{
    DecodedText result;
    // lastIndexOf(c, -1) would search from the end, not before the start.
    const qsizetype lineStart = offset > 0 ? bytes.lastIndexOf('\n', offset - 1) + 1 : 0;
    result.errorLine = int(bytes.left(offset).count('\n')) + 1;
    const qsizetype from = qMax(lineStart, start);
    result.errorColumn = int(QString::fromUtf8(bytes.mid(from, offset - from)).size()) + 1;
    return result;
}

} // namespace

bool TextDecoder::hasUtf8Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

qsizetype TextDecoder::firstInvalidUtf8Byte(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Runs of ASCII (markup, digits, Latin names) eight bytes at a time.
        while (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, data + i, sizeof chunk);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(data[i]);
        if (length == 0 || i + length > size || !validSequence(data + i, length))
            return i;
        i += length;
    }
    return -1;
}

DecodedText TextDecoder::checkNotBinary(const QByteArray &bytes)
{
    // Before UTF-16: the UTF-32 little-endian mark begins with the UTF-16 one.
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) || bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))) {
        DecodedText result;
        result.errorLine = 1;
        result.errorColumn = 1;
        result.errorMessage = tr("the file is UTF-32 text; save it as UTF-8");
        return result;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        DecodedText result;
        result.errorLine = 1;
        result.errorColumn = 1;
        result.errorMessage = tr("the file is UTF-16 text (as Excel's \"Unicode Text\" writes); save it as UTF-8");
        return result;
    }
    const qsizetype start = hasUtf8Bom(bytes) ? 3 : 0;
    // Valid in UTF-8 and GB18030 alike, but never in a text file: binary data, or UTF-16 without a BOM.
    const qsizetype nul = QByteArrayView(bytes).sliced(start).indexOf('\0');
    if (nul >= 0) {
        DecodedText result = failureAt(bytes.mid(start), nul, 0);
        result.errorMessage = tr("a NUL byte: the file holds binary data or UTF-16 text, not UTF-8");
        return result;
    }
    DecodedText result;
    result.ok = true;
    return result;
}

DecodedText TextDecoder::checkUtf8(const QByteArray &bytes)
{
    const DecodedText binary = checkNotBinary(bytes);
    if (!binary.ok)
        return binary;
    const QByteArray body = bytes.mid(hasUtf8Bom(bytes) ? 3 : 0);
    const qsizetype invalid = firstInvalidUtf8Byte(body);
    if (invalid >= 0)
        return failureAt(body, invalid, 0);
    DecodedText result;
    result.encoding = QStringLiteral("UTF-8");
    result.ok = true;
    return result;
}

DecodedText TextDecoder::decodeUtf8(const QByteArray &bytes)
{
    DecodedText result = checkUtf8(bytes);
    if (result.ok)
        result.text = QString::fromUtf8(QByteArrayView(bytes).sliced(hasUtf8Bom(bytes) ? 3 : 0));
    return result;
}

qsizetype TextDecoder::firstInvalidGb18030Byte(const QByteArray &bytes, bool *truncated)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    const auto between = [](unsigned char c, unsigned char low, unsigned char high) { return c >= low && c <= high; };
    if (truncated)
        *truncated = false;
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (!between(lead, 0x81, 0xFE))
            return i;
        // Two bytes (a trail of 0x40–0x7E or 0x80–0xFE), or four (digit, 0x81–0xFE, digit).
        const qsizetype length = i + 1 < size && between(data[i + 1], 0x30, 0x39) ? 4 : 2;
        if (i + length > size) {
            const bool fits = i + 1 >= size || (length == 4 && (i + 2 >= size || between(data[i + 2], 0x81, 0xFE)));
            if (truncated)
                *truncated = fits;
            return i;
        }
        const bool valid = length == 2 ? (between(data[i + 1], 0x40, 0x7E) || between(data[i + 1], 0x80, 0xFE))
                                       : (between(data[i + 2], 0x81, 0xFE) && between(data[i + 3], 0x30, 0x39));
        if (!valid)
            return i;
        i += length;
    }
    return -1;
}

DecodedText TextDecoder::decodeUtf8OrGb18030(const QByteArray &bytes)
{
    DecodedText utf8 = decodeUtf8(bytes);
    if (utf8.ok || hasUtf8Bom(bytes) || !utf8.errorMessage.isEmpty())
        return utf8;
    QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return utf8;
    bool truncated = false;
    const qsizetype gbInvalid = firstInvalidGb18030Byte(bytes, &truncated);
    if (gbInvalid >= 0) {
        // Only a file that reads as GB18030 up to a character cut off at its end is told so, at the cut: it fails
        // as UTF-8 at its first Chinese character. Any other byte that neither encoding allows is shown where UTF-8
        // fails, as Latin-1 text ("é" then a letter) would read as GB18030 on and on.
        if (!truncated || gbInvalid <= firstInvalidUtf8Byte(bytes))
            return utf8;
        DecodedText result = failureAt(bytes, gbInvalid, 0);
        const qsizetype lineStart = gbInvalid > 0 ? bytes.lastIndexOf('\n', gbInvalid - 1) + 1 : 0;
        // Columns count characters, as GB18030 reads them.
        const QString before = decoder.decode(bytes.mid(lineStart, gbInvalid - lineStart));
        result.errorColumn = int(before.size()) + 1;
        result.errorMessage = tr("the file ends in the middle of a GB18030 character: it was cut short (or it is "
                                 "neither UTF-8 nor GB18030)");
        return result;
    }
    DecodedText result;
    result.text = decoder.decode(bytes);
    if (decoder.hasError() || result.text.contains(QChar::ReplacementCharacter))
        return utf8;
    result.encoding = QStringLiteral("GB18030");
    result.ok = true;
    return result;
}

} // namespace Bulletin
