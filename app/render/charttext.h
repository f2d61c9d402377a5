#pragma once

#include <QString>
#include <QStringList>

class QFont;
class QFontMetricsF;

// Breaking and bounding the text a chart draws: names into label lines, the footer into lines of a width, and
// anything a file says cut to a length a chart can carry. Every function is linear in its input, whatever it is.
class ChartText
{
public:
    // A name or title longer than this many characters is cut short with "…": a chart label has a bounded size
    // whatever a bulletin says.
    static constexpr int MaxLabelChars = 160;
    static constexpr int MaxTitleChars = 240;
    static constexpr int MaxFooterChars = 600;
    static constexpr int MaxUnitChars = 24;
    static constexpr int MaxNameChars = 60;

    // Chinese characters (and full-width forms) take two columns, Latin letters, digits and punctuation one.
    static int displayWidth(const QString &text);
    // text when it has at most maxChars characters, else its first ones and "…", never splitting a surrogate pair.
    static QString bounded(const QString &text, int maxChars);
    // Splits a name into lines no wider than maxWidth columns, as rich text joined by "<br>": English between
    // words (evenLines: as many lines as the width calls for, of even length), Chinese between characters,
    // never inside a quotation.
    static QString wrapName(const QString &name, int maxWidth, bool evenLines = false);
    // Breaks text so that no line is wider than width (pixels): Chinese at any character, a Latin word before it
    // begins; lines joined by '\n'.
    static QString wrapToWidth(const QString &text, const QFontMetricsF &metrics, qreal width);
    // Height of a rich-text label of "<br>"-separated lines as Qt Charts lays it out (a QGraphicsTextItem).
    static qreal labelHeight(const QString &html, const QFont &font);
    static int lineCount(const QString &html);
    // A label line's rich text as plain text (the entities toHtmlEscaped() writes, undone).
    static QString plain(const QString &html);
};
