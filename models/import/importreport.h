#pragma once

#include "importresult.h"

#include <QCoreApplication>
#include <QString>

namespace Bulletin {

// The import as text for a person to review: what the draft holds, a line per figure with its kind and sentence, and
// every number of the article that became no figure, with the reason.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    static QString format(const ImportResult &result, const QString &displayName);
};

} // namespace Bulletin
