#pragma once

#include <QString>

class AppLanguage
{
};
