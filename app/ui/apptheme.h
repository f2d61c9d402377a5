#pragma once

#include "chartstyle.h"

#include <QFont>
#include <QPalette>
#include <QString>

// The program's colour schemes: the system's own, or light, dark and high-contrast overrides.
class AppTheme
{
public:
    enum Theme { System, Light, Dark, HighContrast };

    static QString name(Theme theme);
    static Theme fromName(const QString &name);
    // Applies the palette to the application; System restores the palette the program started with. Installs
    // ContrastStyle over the application's style, for outlines that stand out in every theme.
    static void apply(Theme theme);
    static ChartStyle chartStyle(Theme theme);
    static QPalette palette(Theme theme);
    // The system font, unhinted, with the charts' CJK families to fall back on for Chinese text. In English a
    // Latin face stands in for a system face that is a CJK one.
    static QFont interfaceFont(const QFont &systemFont, Bulletin::Language language = Bulletin::Language::Chinese);
};
