#include "localescope.h"

LocaleScope::LocaleScope(const QLocale &locale)
{
    QLocale::setDefault(locale);
}

LocaleScope::~LocaleScope()
{
    QLocale::setDefault(m_previous);
}
