#pragma once

class AppLanguage
{
};
