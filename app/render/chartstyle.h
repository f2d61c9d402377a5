#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>
#include <bulletin.h>

// Colours and fonts of every bulletin chart. Series colours follow the Okabe–Ito palette, which stays
// distinguishable with the common colour-vision deficiencies.
struct ChartStyle
{
    QColor background;
    QColor text;
    // Secondary text: axis titles, the source line, footnotes.
    QColor mutedText;
    QColor grid;
    QColor axisLine;
    QColor city;
    QColor province;
    QColor bars;
    QColor ranking;
    QColor rankingBorder;
    // The dot of a first place on a rank axis.
    QColor firstPlace;
    // Solid in colour; hatched where grey alone must keep the city's and the province's bars apart. A hatch is
    // drawn in the fill colour over the background.
    Qt::BrushStyle cityPattern = Qt::SolidPattern;
    Qt::BrushStyle provincePattern = Qt::SolidPattern;

    static ChartStyle light();
    static ChartStyle dark();
    static ChartStyle highContrast();
    // For black-and-white print: the city's bars solid dark grey, the province's black hatching on white, rank dots
    // hollow and the first place filled.
    static ChartStyle grayscale();

    // Families pinned so that output never depends on fontconfig's fallback order. In Chinese a CJK face comes
    // first, for full-width quotes and dashes; WenQuanYi leads because PDF text set in Noto Sans CJK extracts as
    // radicals. In English a Latin face comes first (the first one installed wins), with the CJK faces after it
    // for any Chinese characters.
    static QFont font(qreal pointSize, bool bold, Bulletin::Language language);
    static QStringList fontFamilies(Bulletin::Language language);
    // The faces English text is set in, most wanted first.
    static QStringList latinFamilies();
    // The Chinese forms, until the briefing passes its language.
    static QFont font(qreal pointSize, bool bold = false) { return font(pointSize, bold, Bulletin::Language::Chinese); }
    static QStringList fontFamilies() { return fontFamilies(Bulletin::Language::Chinese); }
    // WCAG 2 contrast ratio, 1 to 21.
    static qreal contrast(const QColor &a, const QColor &b);
    // The fill itself when it stands out 3:1 from the background (WCAG for graphics), else a darker or
    // lighter shade of it that does, for the bar's outline.
    static QColor edgeFor(const QColor &fill, const QColor &background);
    static QFont titleFont(Bulletin::Language language) { return font(13, true, language); }
    static QFont labelFont(Bulletin::Language language) { return font(10, false, language); }
    static QFont smallFont(Bulletin::Language language) { return font(9, false, language); }
    static QFont titleFont() { return titleFont(Bulletin::Language::Chinese); }
    static QFont labelFont() { return labelFont(Bulletin::Language::Chinese); }
    static QFont smallFont() { return smallFont(Bulletin::Language::Chinese); }
};
