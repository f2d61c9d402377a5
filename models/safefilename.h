#pragma once

#include <QString>

namespace Bulletin {

// File names made from text that comes from data (section and chart titles): one path component that
// stays inside the folder it is written to, on Linux, macOS and Windows alike.
class SafeFileName
{
public:
    static constexpr int DefaultMaxBytes = 120;

    // Replaces separators, drive colons, characters Windows forbids and control or format characters
    // with "_"; strips leading and trailing dots, spaces and underscores (so no "." or ".." is left);
    // prefixes Windows device names (CON, nul.txt) with "_"; truncates to maxBytes of UTF-8 without
    // cutting a character. Returns fallback, itself made safe, when nothing is left.
    static QString component(
        const QString &text, int maxBytes = DefaultMaxBytes, const QString &fallback = QStringLiteral("unnamed"));

    // The longest prefix of text, whole grapheme clusters only, whose UTF-8 encoding fits maxBytes.
    static QString truncateUtf8(const QString &text, int maxBytes);
    // CON, PRN, AUX, NUL, COM1–9, LPT1–9 (also with superscript digits, and with any extension).
    static bool isReservedDeviceName(const QString &name);
    // True when name is a single component that component() would leave as it is.
    static bool isSafe(const QString &name, int maxBytes = DefaultMaxBytes);
};

} // namespace Bulletin
