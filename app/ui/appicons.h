#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

class QToolBar;

// The tool bar's and menus' icons: the desktop theme's where it has them, else the program's own (resources/icons/),
// which Windows and bare desktops need. And tool bar labels without the menus' mnemonics.
class AppIcons
{
public:
    // QIcon::fromTheme(name) with the bundled drawing of that name as the fallback; a name without one falls back to
    // nothing, as fromTheme does.
    static QIcon icon(const QString &name);
    // The freedesktop names the program draws itself.
    static QStringList bundledNames();
    // A menu text as a tool bar button shows it: "打开公报(&O)…" and "&Open bulletin…" become "打开公报" and
    // "Open bulletin". Qt itself only drops the "&", and leaves "(O)" behind.
    static QString toolbarText(const QString &text);
    // Gives every action of the tool bar toolbarText() as its icon text, and its tool tip when that is derived from
    // the text; follows later changes of their texts, as long as the tool bar lives.
    static void useToolbarTexts(QToolBar *toolBar);
};
