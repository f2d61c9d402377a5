#pragma once

#include "bulletinloader.h"

#include <QCoreApplication>

namespace Bulletin {

// Reads the JSON bulletin format, checking types and required fields with their field paths.
class JsonBulletinReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonBulletinReader)

public:
    static LoadResult read(const QByteArray &bytes, const QString &displayName);
};

} // namespace Bulletin
