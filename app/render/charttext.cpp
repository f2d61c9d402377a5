#include "charttext.h"

#include <QFont>
#include <QFontMetricsF>
#include <cmath>
#include <limits>

namespace {

bool isWide(char16_t code)
{
    return (code >= 0x2010 && code < 0x2070) || (code >= 0x2E80 && code < 0xD800) || (code >= 0xF900 && code < 0xFB00)
        || (code >= 0xFE30 && code < 0xFE50) || (code >= 0xFF00 && code < 0xFF61) || (code >= 0xFFE0 && code < 0xFFE7);
}

// Words in lines no wider than limit, filled one word after the other; a word wider than the limit is cut.
QStringList fillLines(const QStringList &words, int limit)
{
    QStringList lines;
    QString line;
    int lineWidth = 0;
    for (const QString &word : words) {
        const int wordWidth = ChartText::displayWidth(word);
        if (!line.isEmpty() && lineWidth + 1 + wordWidth > limit) {
            lines.append(line);
            line.clear();
            lineWidth = 0;
        }
        if (!line.isEmpty()) {
            line += QLatin1Char(' ');
            ++lineWidth;
        }
        line += word;
        lineWidth += wordWidth;
    }
    lines.append(line);
    return lines;
}

// Lines as even as they can be: in as few lines as maxWidth allows or, when lines is given, in that many lines
// however wide. The search over widths is bounded: a label is at most MaxLabelChars long.
QStringList wrapWords(const QString &text, int maxWidth, qsizetype lines)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool widthBound = lines <= 0;
    if (widthBound)
        lines = fillLines(words, maxWidth).size();
    const int total = ChartText::displayWidth(text);
    for (int limit = int((total + lines - 1) / std::max<qsizetype>(lines, 1));; ++limit) {
        const QStringList even = fillLines(words, limit);
        if (even.size() <= lines || (widthBound && limit >= maxWidth) || limit >= total)
            return even;
    }
}

// Where to break a name in two: near the middle, never inside a quotation ("“万企帮万村”").
int breakPosition(const QString &name)
{
    const qreal middle = name.size() / 2.0;
    int best = int(middle);
    qreal bestCost = std::numeric_limits<qreal>::max();
    int open = 0;
    for (int position = 1; position < name.size(); ++position) {
        const QChar previous = name.at(position - 1);
        if (previous == QChar(u'“') || previous == QChar(u'《') || previous == QChar(u'（'))
            ++open;
        else if (previous == QChar(u'”') || previous == QChar(u'》') || previous == QChar(u'）'))
            --open;
        if (name.at(position).isLowSurrogate())
            continue;
        const qreal cost = std::abs(position - middle) + (open > 0 ? 100 : 0);
        if (cost < bestCost) {
            bestCost = cost;
            best = position;
        }
    }
    return best;
}

} // namespace

int ChartText::displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += isWide(c.unicode()) ? 2 : 1;
    return width;
}

QString ChartText::bounded(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype end = maxChars - 1;
    if (end > 0 && text.at(end).isLowSurrogate())
        --end;
    return text.left(end) + QChar(0x2026);
}

QString ChartText::wrapName(const QString &name, int maxWidth, bool evenLines)
{
    const int lines = (displayWidth(name) + maxWidth - 1) / maxWidth;
    if (lines <= 1)
        return name.toHtmlEscaped();
    if (name.contains(QLatin1Char(' '))) {
        QStringList parts = wrapWords(name, maxWidth, evenLines ? lines : 0);
        for (QString &part : parts)
            part = part.toHtmlEscaped();
        return parts.join(QStringLiteral("<br>"));
    }
    if (lines == 2) {
        const int position = breakPosition(name);
        return name.left(position).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(position).toHtmlEscaped();
    }
    const int perLine = int((name.size() + lines - 1) / lines);
    QStringList parts;
    for (int start = 0; start < name.size(); start += perLine)
        parts.append(name.mid(start, perLine).toHtmlEscaped());
    return parts.join(QStringLiteral("<br>"));
}

QString ChartText::wrapToWidth(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    QString line;
    qreal lineWidth = 0;
    // Where the current line's last space is, and the width of what follows it, so that moving a word to the next
    // line costs nothing to measure again.
    qsizetype lastSpace = -1;
    qreal widthAfterSpace = 0;
    for (const QChar c : text) {
        const qreal advance = metrics.horizontalAdvance(c);
        if (!line.isEmpty() && lineWidth + advance > width) {
            // Below U+2E80 nothing is Chinese: a Latin word, dashes and quotes within it included. A space early in
            // the line ("* 湖南省…") is no word's start.
            const bool inWord = c != QLatin1Char(' ') && c.unicode() < 0x2E80;
            if (inWord && lastSpace >= line.size() / 2 && lastSpace > 0) {
                lines.append(line.left(lastSpace + 1));
                line = line.mid(lastSpace + 1);
                lineWidth = widthAfterSpace;
            } else {
                lines.append(line);
                line.clear();
                lineWidth = 0;
            }
            lastSpace = -1;
            widthAfterSpace = lineWidth;
        }
        if (c == QLatin1Char(' ')) {
            lastSpace = line.size();
            widthAfterSpace = 0;
        } else {
            widthAfterSpace += advance;
        }
        line += c;
        lineWidth += advance;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

QString ChartText::plain(const QString &html)
{
    QString text = html;
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

int ChartText::lineCount(const QString &html)
{
    return int(html.count(QLatin1String("<br>"))) + 1;
}

qreal ChartText::labelHeight(const QString &html, const QFont &font)
{
    // Whole-pixel lines and half a pixel of margin above and below, with an extra pixel.
    return qreal(lineCount(html)) * std::ceil(QFontMetricsF(font).height()) + 2;
}
