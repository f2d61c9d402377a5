#pragma once

#include "bulletinloader.h"

#include <QCoreApplication>

namespace Bulletin {

// Reads a table of indicators (one row each) as a bulletin; see docs/bulletin-format.md.
class CsvBulletinReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvBulletinReader)

public:
    static const QStringList &requiredColumns();
    static const QStringList &optionalColumns();
    static LoadResult read(const QByteArray &bytes, const QString &displayName);
};

} // namespace Bulletin
