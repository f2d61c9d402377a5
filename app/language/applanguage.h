#pragma once

#include <QString>
#include <bulletin.h>

// The program's interface language: Chinese or English, switchable while running.
class AppLanguage
{
public:
    enum Language { Chinese, English };

    static QString name(Language language); // "zh" or "en"
    static bool fromName(const QString &name, Language *language);
    // Chinese on a Chinese system locale, English otherwise.
    static Language systemDefault();
    // Installs the program's and Qt's own translations; widgets receive QEvent::LanguageChange.
    static bool apply(Language language);
    static Language current();
    // The same, for what speaks the bulletin's names and words: charts, exports, the briefing, the item models.
    static Bulletin::Language bulletinLanguage();
};
