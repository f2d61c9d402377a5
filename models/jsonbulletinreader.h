#pragma once

#include "bulletinloader.h"

namespace Bulletin {

// Reads the JSON bulletin format, checking types and required fields with their field paths.
class JsonBulletinReader
{
public:
    static LoadResult read(const QByteArray &bytes, const QString &displayName);
};

} // namespace Bulletin
