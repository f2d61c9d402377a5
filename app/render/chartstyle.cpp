#include "chartstyle.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace {

qreal relativeLuminance(const QColor &color)
{
    const auto channel = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

ChartStyle ChartStyle::light()
{
    ChartStyle style;
    style.background = QColor(0xff, 0xff, 0xff);
    style.text = QColor(0x1a, 0x1a, 0x1a);
    style.mutedText = QColor(0x55, 0x55, 0x55);
    style.grid = QColor(0xdd, 0xdd, 0xdd);
    style.axisLine = QColor(0x88, 0x88, 0x88);
    style.city = QColor(0x00, 0x72, 0xb2);
    style.province = QColor(0xe6, 0x9f, 0x00);
    style.bars = QColor(0x00, 0x9e, 0x73);
    style.ranking = QColor(0x56, 0xb4, 0xe9);
    style.rankingBorder = QColor(0x00, 0x72, 0xb2);
    style.firstPlace = QColor(0xd5, 0x5e, 0x00);
    return style;
}

ChartStyle ChartStyle::dark()
{
    ChartStyle style;
    style.background = QColor(0x1e, 0x1e, 0x1e);
    style.text = QColor(0xf0, 0xf0, 0xf0);
    style.mutedText = QColor(0xb8, 0xb8, 0xb8);
    style.grid = QColor(0x3c, 0x3c, 0x3c);
    style.axisLine = QColor(0x80, 0x80, 0x80);
    // Sky blue instead of the light theme's blue: #0072B2 is too dark against a dark background.
    style.city = QColor(0x56, 0xb4, 0xe9);
    style.province = QColor(0xe6, 0x9f, 0x00);
    style.bars = QColor(0x00, 0x9e, 0x73);
    style.ranking = QColor(0x56, 0xb4, 0xe9);
    style.rankingBorder = QColor(0xa8, 0xd8, 0xf4);
    style.firstPlace = QColor(0xe6, 0x9f, 0x00);
    return style;
}

ChartStyle ChartStyle::highContrast()
{
    ChartStyle style;
    style.background = QColor(0x00, 0x00, 0x00);
    style.text = QColor(0xff, 0xff, 0xff);
    style.mutedText = QColor(0xff, 0xff, 0xff);
    style.grid = QColor(0x80, 0x80, 0x80);
    style.axisLine = QColor(0xff, 0xff, 0xff);
    style.city = QColor(0x56, 0xb4, 0xe9);
    style.province = QColor(0xf0, 0xe4, 0x42);
    style.bars = QColor(0x00, 0x9e, 0x73);
    style.ranking = QColor(0x56, 0xb4, 0xe9);
    style.rankingBorder = QColor(0xff, 0xff, 0xff);
    style.firstPlace = QColor(0xf0, 0xe4, 0x42);
    return style;
}

ChartStyle ChartStyle::grayscale()
{
    ChartStyle style;
    style.background = QColor(0xff, 0xff, 0xff);
    style.text = QColor(0x00, 0x00, 0x00);
    style.mutedText = QColor(0x40, 0x40, 0x40);
    style.grid = QColor(0xd0, 0xd0, 0xd0);
    style.axisLine = QColor(0x60, 0x60, 0x60);
    style.city = QColor(0x40, 0x40, 0x40);
    // Lines an eighth of the area: about 85 % white where the city's bars are 25 %.
    style.province = QColor(0x00, 0x00, 0x00);
    style.provincePattern = Qt::BDiagPattern;
    style.bars = QColor(0x59, 0x59, 0x59);
    style.ranking = QColor(0xff, 0xff, 0xff);
    style.rankingBorder = QColor(0x00, 0x00, 0x00);
    style.firstPlace = QColor(0x00, 0x00, 0x00);
    return style;
}

QStringList ChartStyle::latinFamilies()
{
    // DejaVu Sans on Linux, Segoe UI on Windows, Helvetica Neue on macOS; Arial and Liberation Sans elsewhere.
    return { QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"), QStringLiteral("Helvetica Neue"),
        QStringLiteral("Arial"), QStringLiteral("Liberation Sans") };
}

QStringList ChartStyle::fontFamilies(Bulletin::Language language)
{
    const QStringList cjk { QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Sans Serif") };
    return language == Bulletin::Language::English ? latinFamilies() + cjk : cjk;
}

QFont ChartStyle::font(qreal pointSize, bool bold, Bulletin::Language language)
{
    QFont font;
    font.setFamilies(fontFamilies(language));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // As the interface (main.cpp), and so that the screen and the exports space text alike.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Without ligatures: a PDF's text is copied and searched, and "staff" set with an ﬀ glyph comes back as "staﬀ".
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

qreal ChartStyle::contrast(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ChartStyle::edgeFor(const QColor &fill, const QColor &background)
{
    const bool darken = relativeLuminance(background) > 0.5;
    QColor edge = fill;
    for (int step = 0; step < 20 && contrast(edge, background) < 3.0; ++step)
        edge = darken ? edge.darker(115) : edge.lighter(115);
    return edge;
}
