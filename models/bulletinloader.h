#pragma once

#include "bulletin.h"
#include "loadproblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace Bulletin {

struct LoadResult
{
    std::shared_ptr<const Document> document; // null unless the whole file was valid
    QList<LoadProblem> problems;
    // The document as read when the file was well formed and only rules across fields failed (a duplicate id, a
    // rank above rank_of): a draft, which the editor can open to correct. Null otherwise.
    std::shared_ptr<const Document> draft;

    bool ok() const { return document != nullptr && problems.isEmpty(); }
};

// Reads JSON or CSV bulletins, accepting a file whole or not at all.
class BulletinLoader
{
    Q_DECLARE_TR_FUNCTIONS(BulletinLoader)

public:
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;
    static constexpr int MaxReportedProblems = 50;
    static constexpr auto BuiltInPath = ":/bulletins/hengyang-2020-h1.json";

    // Chooses JSON or CSV by the file's suffix (".csv" is CSV, anything else JSON).
    static LoadResult loadFile(const QString &filePath);
    static LoadResult loadBuiltIn();
    // displayName names the data in messages.
    static LoadResult loadJson(const QByteArray &bytes, const QString &displayName);
    static LoadResult loadCsv(const QByteArray &bytes, const QString &displayName);
};

} // namespace Bulletin
