#include "appicons.h"

#include "tintediconengine.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QToolBar>

namespace {

const char *const PlainToolTipProperty = "bulletinPlainToolTip";

QString bundledPath(const QString &name)
{
    return QStringLiteral(":/icons/app/") + name + QStringLiteral(".svg");
}

// What Qt shows as a tool tip when none is set: the text without "..." and "&".
QString derivedToolTip(const QString &text)
{
    QString stripped = text;
    stripped.remove(QStringLiteral("..."));
    stripped.remove(QLatin1Char('&'));
    return stripped.trimmed();
}

void plainTexts(QAction *action)
{
    const QString plain = AppIcons::toolbarText(action->text());
    if (action->iconText() != plain)
        action->setIconText(plain);
    // A tool tip of the action's own stays; one Qt would derive from the text, or this one set, follows the text.
    const QString toolTip = action->toolTip();
    if (toolTip == derivedToolTip(action->text()) || toolTip == action->property(PlainToolTipProperty).toString()) {
        action->setProperty(PlainToolTipProperty, plain);
        if (toolTip != plain)
            action->setToolTip(plain);
    }
}

} // namespace

QIcon AppIcons::icon(const QString &name)
{
    const QString path = bundledPath(name);
    if (!QFile::exists(path))
        return QIcon::fromTheme(name);
    return QIcon::fromTheme(name, QIcon(new TintedIconEngine(path)));
}

QStringList AppIcons::bundledNames()
{
    return { QStringLiteral("document-new"), QStringLiteral("document-open"), QStringLiteral("document-save"),
        QStringLiteral("document-export"), QStringLiteral("document-edit"), QStringLiteral("edit-find"),
        QStringLiteral("view-fullscreen"), QStringLiteral("x-office-presentation") };
}

QString AppIcons::toolbarText(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\s*[(（]&?[A-Za-z0-9][)）]"));
    static const QRegularExpression ellipsis(QStringLiteral("\\s*(…|\\.\\.\\.)\\s*$"));
    QString plain = text;
    plain.remove(mnemonic);
    plain.remove(ellipsis);
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    QString result;
    result.reserve(plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == QLatin1Char('&')) {
            if (i + 1 < plain.size() && plain.at(i + 1) == QLatin1Char('&'))
                result.append(plain.at(++i));
            continue;
        }
        result.append(plain.at(i));
    }
    return result.trimmed();
}

void AppIcons::useToolbarTexts(QToolBar *toolBar)
{
    const QList<QAction *> actions = toolBar->actions();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        plainTexts(action);
        QObject::connect(action, &QAction::changed, toolBar, [action] { plainTexts(action); });
    }
}
