#include "articlenormalizer.h"

#include "chineseconverter.h"

namespace Bulletin {

namespace {

// Full-width digits count too: they become ASCII on the way, and "１２３．４" is a number.
bool isAsciiDigit(QChar c)
{
    return (c.unicode() >= '0' && c.unicode() <= '9') || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19);
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool isBlank(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == 0x00A0 || u == 0x3000 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F
        || u == 0x205F || u == '\f' || u == '\v';
}

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF || u == 0x00AD
        || (u < 0x20 && u != '\n' && !isBlank(c)) || u == 0x7F;
}

// Digits from `from` followed by 月, 年, 日 or 号: the second end of a range.
bool endsRange(const QString &text, qsizetype from)
{
    qsizetype k = from;
    while (k < text.size() && isAsciiDigit(text.at(k)))
        ++k;
    if (k == from || k >= text.size())
        return false;
    const QChar c = text.at(k);
    return c == QChar(u'月') || c == QChar(u'年') || c == QChar(u'日') || c == QChar(u'号');
}

// Closing punctuation after which an ASCII full stop ends a sentence.
bool endsChineseWord(QChar c)
{
    return isHan(c) || c == QChar(0x201D) || c == QChar(0xFF09) || c == QChar(0x300B) || c == QLatin1Char('%');
}

// Maps the converted text back onto the text as read; OpenCC keeps lines, and almost always their lengths.
QList<qsizetype> conversionOrigin(const QString &source, const QString &converted)
{
    QList<qsizetype> origin;
    origin.reserve(converted.size() + 1);
    if (converted.size() == source.size()) {
        for (qsizetype i = 0; i <= converted.size(); ++i)
            origin.append(i);
        return origin;
    }
    const QList<QStringView> sourceLines = QStringView(source).split(QLatin1Char('\n'));
    const QList<QStringView> convertedLines = QStringView(converted).split(QLatin1Char('\n'));
    qsizetype sourceStart = 0;
    for (qsizetype line = 0; line < convertedLines.size(); ++line) {
        const qsizetype length = convertedLines.at(line).size();
        const qsizetype sourceLength = line < sourceLines.size() ? sourceLines.at(line).size() : 0;
        for (qsizetype j = 0; j < length; ++j) {
            const qsizetype offset = length == sourceLength ? j : (sourceLength == 0 ? 0 : j * sourceLength / length);
            origin.append(qMin(sourceStart + offset, source.size()));
        }
        if (line + 1 < convertedLines.size())
            origin.append(qMin(sourceStart + sourceLength, source.size())); // the line feed
        sourceStart = qMin(sourceStart + sourceLength + 1, source.size());
    }
    origin.append(source.size());
    return origin;
}

} // namespace

NormalizedText ArticleNormalizer::normalize(const QString &text)
{
    const QString simplified = ChineseConverter::toSimplified(text);
    const QList<qsizetype> converted = conversionOrigin(text, simplified);
    const QString &s = simplified;
    const qsizetype n = s.size();

    NormalizedText result;
    result.text.reserve(n);
    result.origin.reserve(n + 1);
    const auto put = [&result, &converted](QChar c, qsizetype from) {
        result.text += c;
        result.origin.append(converted.at(from));
    };
    const auto lastOut = [&result]() { return result.text.isEmpty() ? QChar() : result.text.back(); };
    bool quoteOpen = false;

    for (qsizetype i = 0; i < n; ++i) {
        QChar c = s.at(i);
        if (c == QLatin1Char('\n')) {
            while (!result.text.isEmpty() && result.text.back() == QLatin1Char(' ')) {
                result.text.chop(1);
                result.origin.removeLast();
            }
            put(c, i);
            quoteOpen = false;
            continue;
        }
        if (isInvisible(c))
            continue;
        if (isBlank(c)) {
            qsizetype j = i;
            while (j < n && (isBlank(s.at(j)) || isInvisible(s.at(j))))
                ++j;
            const QChar before = lastOut();
            const QChar after = j < n ? s.at(j) : QChar();
            // Spaces only separate words of Latin script; between Chinese words and around numbers they are
            // typesetting ("增长 1.7 %").
            if (isAsciiAlnum(before) && isAsciiAlnum(after))
                put(QLatin1Char(' '), i);
            i = j - 1;
            continue;
        }
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(u - 0xFF10 + '0');
        else if (u >= 0xFF21 && u <= 0xFF3A)
            c = QChar(u - 0xFF21 + 'A');
        else if (u >= 0xFF41 && u <= 0xFF5A)
            c = QChar(u - 0xFF41 + 'a');
        else if (u == 0xFF05 || u == 0xFE6A)
            c = QLatin1Char('%');
        else if (u == 0xFF0B)
            c = QLatin1Char('+');
        else if (u == 0x2015)
            c = QChar(0x2014);

        const QChar before = lastOut();
        const QChar next = i + 1 < n ? s.at(i + 1) : QChar();
        switch (c.unicode()) {
        case ',': {
            // A thousands separator between digits ("1,234.5亿元") goes; any other comma is a Chinese one.
            const bool grouping = isAsciiDigit(before) && i + 3 < n && isAsciiDigit(s.at(i + 1))
                && isAsciiDigit(s.at(i + 2)) && isAsciiDigit(s.at(i + 3)) && (i + 4 >= n || !isAsciiDigit(s.at(i + 4)));
            if (!grouping)
                put(QChar(0xFF0C), i);
            continue;
        }
        case ';':
            put(QChar(0xFF1B), i);
            continue;
        case ':':
            put(isAsciiDigit(before) && isAsciiDigit(next) ? c : QChar(0xFF1A), i);
            continue;
        case '(':
            put(QChar(0xFF08), i);
            continue;
        case ')':
            put(QChar(0xFF09), i);
            continue;
        case '?':
            put(QChar(0xFF1F), i);
            continue;
        case '!':
            put(QChar(0xFF01), i);
            continue;
        case '"':
            put(quoteOpen ? QChar(0x201D) : QChar(0x201C), i);
            quoteOpen = !quoteOpen;
            continue;
        case '.':
        case 0xFF0E:
            if (isAsciiDigit(before) && isAsciiDigit(next))
                put(QLatin1Char('.'), i);
            // After a Chinese word or a percent sign a point is no decimal point, even before a digit
            // ("增长8%.3万余名").
            else if (endsChineseWord(before))
                put(QChar(0x3002), i);
            else
                put(c, i);
            continue;
        case '-':
        case 0x2013:
        case 0xFF0D:
            if (next == QLatin1Char('-') && c == QLatin1Char('-')) {
                put(QChar(0x2014), i);
                put(QChar(0x2014), i + 1);
                ++i;
            } else if (isAsciiDigit(before) && isAsciiDigit(next) && endsRange(s, i + 1)) {
                // A range of months or years: 1-6月, 2016–2020年; a date such as 2022-04-18 keeps its hyphens.
                put(QChar(0x2014), i);
            } else {
                put(c, i);
            }
            continue;
        default:
            break;
        }
        put(c, i);
    }
    while (!result.text.isEmpty() && result.text.back() == QLatin1Char(' ')) {
        result.text.chop(1);
        result.origin.removeLast();
    }
    result.origin.append(text.size());
    return result;
}

} // namespace Bulletin
