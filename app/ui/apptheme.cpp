#include "apptheme.h"

#include "contraststyle.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPixmapCache>
#include <QStyle>

namespace {

QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

QPalette makePalette(const QColor &window, const QColor &base, const QColor &text, const QColor &highlight,
    const QColor &highlightedText, const QColor &link, const QColor &button)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, text.lighter(60));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, highlightedText);
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::LinkVisited, link);
    // The shades styles draw frames, separators and handles with; left unset they would be the light default
    // palette's, whatever the theme.
    const QColor outline = ContrastStyle::outline(window, base, text, 3.0);
    palette.setColor(QPalette::Light, ContrastStyle::blend(button, text, 0.12));
    palette.setColor(QPalette::Midlight, ContrastStyle::blend(button, text, 0.06));
    palette.setColor(QPalette::Mid, outline);
    palette.setColor(QPalette::Dark, outline);
    palette.setColor(QPalette::Shadow, ContrastStyle::blend(outline, text, 0.5));
    // Disabled text visibly fainter than enabled text, yet still readable.
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, outline);
    return palette;
}

} // namespace

QString AppTheme::name(Theme theme)
{
    switch (theme) {
    case Light:
        return QStringLiteral("light");
    case Dark:
        return QStringLiteral("dark");
    case HighContrast:
        return QStringLiteral("high-contrast");
    case System:
        break;
    }
    return QStringLiteral("system");
}

AppTheme::Theme AppTheme::fromName(const QString &name)
{
    for (Theme theme : { Light, Dark, HighContrast }) {
        if (AppTheme::name(theme) == name)
            return theme;
    }
    return System;
}

QPalette AppTheme::palette(Theme theme)
{
    switch (theme) {
    case Light:
        return makePalette(QColor(0xf5f6f8), Qt::white, QColor(0x1f2328), QColor(0x0072B2), Qt::white, QColor(0x005a8c),
            QColor(0xeceef1));
    case Dark:
        return makePalette(QColor(0x1e2227), QColor(0x16191d), QColor(0xe6e8eb), QColor(0x56B4E9), Qt::black,
            QColor(0x8fd0f5), QColor(0x2a2f36));
    case HighContrast:
        return makePalette(Qt::black, Qt::black, Qt::white, QColor(0xffff00), Qt::black, QColor(0xffff00), Qt::black);
    case System:
        break;
    }
    return systemPalette();
}

void AppTheme::apply(Theme theme)
{
    systemPalette(); // remember the system palette before the first override
    auto *style = qobject_cast<ContrastStyle *>(QApplication::style());
    if (!style) {
        style = new ContrastStyle(QApplication::style()->name());
        QApplication::setStyle(style);
    }
    // High contrast means outlines in the text colour itself.
    style->setMinimumContrast(theme == HighContrast ? 21.0 : 4.5);
    // Styles cache drawn controls by palette, not by outline.
    QPixmapCache::clear();
    QApplication::setPalette(palette(theme));
}

ChartStyle AppTheme::chartStyle(Theme theme)
{
    switch (theme) {
    case Dark:
        return ChartStyle::dark();
    case HighContrast:
        return ChartStyle::highContrast();
    case Light:
        return ChartStyle::light();
    case System:
        break;
    }
    return systemPalette().color(QPalette::Window).lightnessF() < 0.5 ? ChartStyle::dark() : ChartStyle::light();
}

QFont AppTheme::interfaceFont(const QFont &systemFont, Bulletin::Language language)
{
    // Hinting a CJK glyph runs FreeType's auto-hinter over its outline: the largest single cost of start-up
    // (bench/startup.py), for little gain in Chinese text. Qt draws unhinted on high-DPI screens anyway.
    QFont font = systemFont;
    font.setHintingPreference(QFont::PreferNoHinting);
    // Chinese falls back to the charts' font rather than load a second CJK face. The system family comes first
    // as resolved: an alias such as "Sans Serif" is no family of its own, and the first real family of the list
    // would take its place.
    const QString system = QFontInfo(systemFont).family();
    QStringList families { system };
    if (language == Bulletin::Language::English) {
        // A CJK system face (a Chinese Windows' Microsoft YaHei) would set English quotes and dashes full-width.
        if (QFontDatabase::writingSystems(system).contains(QFontDatabase::SimplifiedChinese))
            families.clear();
        for (const QString &family : ChartStyle::fontFamilies(language)) {
            if (!families.contains(family))
                families.append(family);
        }
    } else {
        families += ChartStyle::fontFamilies(language);
    }
    font.setFamilies(families);
    return font;
}
