#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Bulletin {

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8" or "GB18030"
    bool ok = false;
    // Where decoding failed, 1-based; the column counts characters.
    int errorLine = 0;
    int errorColumn = 0;
    // Set when the failure has a cause more telling than the encoding (UTF-16 or UTF-32 text, a NUL byte, GB18030
    // text cut short).
    QString errorMessage;
};

// Turns file bytes into text, refusing anything that is not valid in the accepted encodings.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    // UTF-8 only; a leading BOM is dropped.
    static DecodedText decodeUtf8(const QByteArray &bytes);
    // As decodeUtf8, but only checks: the text is left empty.
    static DecodedText checkUtf8(const QByteArray &bytes);
    // The quick part of checkUtf8: refuses UTF-16 and UTF-32 byte-order marks and NUL bytes, which no text file holds.
    static DecodedText checkNotBinary(const QByteArray &bytes);
    // UTF-8 (with or without BOM) or, failing that, GB18030 as Excel writes on Chinese Windows.
    static DecodedText decodeUtf8OrGb18030(const QByteArray &bytes);
    // Offset of the first byte that is not part of valid UTF-8, or -1.
    static qsizetype firstInvalidUtf8Byte(const QByteArray &bytes);
    // Offset of the first byte that does not begin a well-formed GB18030 sequence, or -1; truncated is set when the
    // bytes end inside a sequence that was well-formed so far.
    static qsizetype firstInvalidGb18030Byte(const QByteArray &bytes, bool *truncated = nullptr);
    static bool hasUtf8Bom(const QByteArray &bytes);
};

} // namespace Bulletin
