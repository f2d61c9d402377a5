#pragma once

#include <QLocale>

// For as long as it lives, QLocale's default, which decides the language of the bulletin's names and of the
// words of charts and figures (Bulletin::englishPreferred()), is the one given: a briefing in English is English
// throughout under a Chinese interface, and the other way round. The previous default comes back afterwards.
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale &locale);
    ~LocaleScope();
    LocaleScope(const LocaleScope &) = delete;
    LocaleScope &operator=(const LocaleScope &) = delete;

private:
    QLocale m_previous;
};
