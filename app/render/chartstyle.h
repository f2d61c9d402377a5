#pragma once

#include <QColor>
#include <QFont>

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

    static ChartStyle light();
    static ChartStyle dark();
    static ChartStyle highContrast();

    // Families pinned so that output never depends on fontconfig's fallback order; WenQuanYi comes first
    // because PDF text set in Noto Sans CJK extracts as radicals.
    static QFont font(qreal pointSize, bool bold = false);
    static QStringList fontFamilies();
    // WCAG 2 contrast ratio, 1 to 21.
    static qreal contrast(const QColor &a, const QColor &b);
    // The fill itself when it stands out 3:1 from the background (WCAG for graphics), else a darker or
    // lighter shade of it that does, for the bar's outline.
    static QColor edgeFor(const QColor &fill, const QColor &background);
    static QFont titleFont() { return font(13, true); }
    static QFont labelFont() { return font(10); }
    static QFont smallFont() { return font(9); }
};
