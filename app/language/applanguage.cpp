#include "applanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace {

struct Installed
{
    AppLanguage::Language language = AppLanguage::English;
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> load(const QString &fileName, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(fileName, folder))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

QString AppLanguage::name(Language language)
{
    return language == Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

bool AppLanguage::fromName(const QString &name, Language *language)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("zh") || lower.startsWith(QLatin1String("zh_"))
        || lower.startsWith(QLatin1String("zh-"))) {
        *language = Chinese;
        return true;
    }
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_"))
        || lower.startsWith(QLatin1String("en-"))) {
        *language = English;
        return true;
    }
    return false;
}

AppLanguage::Language AppLanguage::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? Chinese : English;
}

AppLanguage::Language AppLanguage::current()
{
    return installed().language;
}

Bulletin::Language AppLanguage::bulletinLanguage()
{
    return current() == English ? Bulletin::Language::English : Bulletin::Language::Chinese;
}

bool AppLanguage::apply(Language language)
{
    Installed &state = installed();
    if (state.program)
        QCoreApplication::removeTranslator(state.program.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.language = language;
    // English is the source language; its file only carries plural forms.
    const QString suffix = language == Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    state.program = load(QStringLiteral("bulletin-dashboard_") + suffix, QStringLiteral(":/i18n"));
    state.qt = language == Chinese
        ? load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        : nullptr;
    QLocale::setDefault(QLocale(language == Chinese ? QLocale::Chinese : QLocale::English,
        language == Chinese ? QLocale::China : QLocale::UnitedStates));
    return state.program != nullptr;
}
