#pragma once

#include "atomicfile.h"
#include "bulletin.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Bulletin {

// Serialises a bulletin as the JSON format or as the CSV indicator table, and writes files atomically.
class BulletinWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulletinWriter)

public:
    static QByteArray toJson(const Document &document);
    // UTF-8 with a BOM, so that Excel recognises the encoding.
    static QByteArray toCsv(const Document &document);

    using Overwrite = Bulletin::Overwrite;
    // Chooses CSV or JSON by suffix. Returns an empty string on success, else a message naming the file.
    static QString writeFile(const Document &document, const QString &filePath, Overwrite overwrite);
};

} // namespace Bulletin
