#include "safefilename.h"

#include <QStringList>
#include <QTextBoundaryFinder>
#include <algorithm>

namespace Bulletin {

namespace {

constexpr char32_t Replacement = U'_';

bool isForbidden(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    switch (c) {
    case U'/':
    case U'\\':
    case U':':
    case U'*':
    case U'?':
    case U'"':
    case U'<':
    case U'>':
    case U'|':
        return true;
    default:
        break;
    }
    if ((c >= 0xd800 && c <= 0xdfff) || (c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef))
        return true;
    // Bidirectional overrides, zero-width characters and line separators would make a name look like another.
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool isTrimmed(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
}

QString trimmed(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isTrimmed(text.at(begin)))
        ++begin;
    // A trailing "-" is harmless; dots and spaces are not (Windows drops them and so names another file).
    while (end > begin && isTrimmed(text.at(end - 1)) && text.at(end - 1) != QLatin1Char('-'))
        --end;
    return text.mid(begin, end - begin);
}

QString replaceForbidden(const QString &text)
{
    QString result;
    result.reserve(text.size());
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_C).toUcs4();
    char32_t previous = 0;
    for (const uint value : codePoints) {
        char32_t c = value;
        if (isForbidden(c))
            c = Replacement;
        else if (QChar::category(c) == QChar::Separator_Space)
            c = U' ';
        // Runs of replaced characters and spaces collapse, so "a / b" does not become "a _ b" noise.
        if ((c == Replacement || c == U' ') && previous == c)
            continue;
        result += QString::fromUcs4(&c, 1);
        previous = c;
    }
    return result;
}

// A name cut short ends where a reader expects it to: not inside a Latin word when a space is near, and not on an
// opening quote or bracket. Chinese has no spaces and breaks anywhere.
QString endAtWord(QString cut, QChar next)
{
    const auto latinWordChar = [](QChar c) { return c.unicode() < 0x2E80 && c.isLetterOrNumber(); };
    if (!cut.isEmpty() && latinWordChar(cut.back()) && latinWordChar(next)) {
        const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
        if (space > cut.size() / 2)
            cut.truncate(space);
    }
    // A phrase cut short does not end on a word that leads into what was cut ("credit granted and").
    static const QStringList leading { QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("of"),
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("in"), QStringLiteral("on"),
        QStringLiteral("for"), QStringLiteral("with"), QStringLiteral("to"), QStringLiteral("by"),
        QStringLiteral("from"), QStringLiteral("at"), QStringLiteral("vs") };
    for (;;) {
        while (cut.endsWith(QLatin1Char(' ')))
            cut.chop(1);
        const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
        if (space <= 0 || !leading.contains(cut.mid(space + 1), Qt::CaseInsensitive))
            break;
        cut.truncate(space);
    }
    while (!cut.isEmpty()
        && (cut.back().isSpace() || cut.back().category() == QChar::Punctuation_Open
            || cut.back().category() == QChar::Punctuation_InitialQuote
            || cut.back().category() == QChar::Punctuation_Dash))
        cut.chop(1);
    return cut;
}

} // namespace

QString SafeFileName::component(const QString &text, int maxBytes, const QString &fallback)
{
    maxBytes = std::max(maxBytes, 1);
    QString name = trimmed(replaceForbidden(text));
    const QString whole = name;
    name = truncateUtf8(name, maxBytes);
    if (name.size() < whole.size())
        name = endAtWord(name, whole.at(name.size()));
    name = trimmed(name);
    if (isReservedDeviceName(name))
        name = QLatin1Char('_') + trimmed(truncateUtf8(name, maxBytes - 1));
    if (!name.isEmpty())
        return name;
    const QString safeFallback = fallback.isEmpty() ? QString() : component(fallback, maxBytes, QString());
    return safeFallback.isEmpty() ? truncateUtf8(QStringLiteral("unnamed"), maxBytes) : safeFallback;
}

QString SafeFileName::truncateUtf8(const QString &text, int maxBytes)
{
    if (text.toUtf8().size() <= maxBytes)
        return text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype kept = 0;
    qsizetype bytes = 0;
    for (qsizetype next = finder.toNextBoundary(); next > 0; next = finder.toNextBoundary()) {
        const qsizetype clusterBytes = text.mid(kept, next - kept).toUtf8().size();
        if (bytes + clusterBytes > maxBytes)
            break;
        bytes += clusterBytes;
        kept = next;
    }
    return text.left(kept);
}

bool SafeFileName::isReservedDeviceName(const QString &name)
{
    // Windows ignores the extension and trailing spaces: "nul.txt" and "CON .png" are devices too.
    QString stem = name.section(QLatin1Char('.'), 0, 0);
    while (stem.endsWith(QLatin1Char(' ')))
        stem.chop(1);
    stem = stem.toUpper();
    static const QStringList plain { QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
        QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$"), QStringLiteral("CLOCK$") };
    if (plain.contains(stem))
        return true;
    if (stem.size() != 4 || !(stem.startsWith(QStringLiteral("COM")) || stem.startsWith(QStringLiteral("LPT"))))
        return false;
    const QChar digit = stem.at(3);
    return (digit >= QLatin1Char('0') && digit <= QLatin1Char('9')) || digit == QChar(u'¹') || digit == QChar(u'²')
        || digit == QChar(u'³');
}

bool SafeFileName::isSafe(const QString &name, int maxBytes)
{
    return !name.isEmpty() && component(name, maxBytes, QString()) == name;
}

} // namespace Bulletin
