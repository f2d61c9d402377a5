#include "bulletinloader.h"

#include "csvbulletinreader.h"
#include "jsonbulletinreader.h"

#include <QFile>
#include <QFileInfo>

namespace Bulletin {

namespace {

LoadResult failure(const QString &file, const QString &message)
{
    LoadResult result;
    result.problems.append({ file, 0, 0, QString(), message });
    return result;
}

// A damaged file can hold a problem per field; a list of thousands helps nobody and stalls a dialog.
LoadResult capped(LoadResult result, const QString &file)
{
    const qsizetype total = result.problems.size();
    if (total > BulletinLoader::MaxReportedProblems) {
        result.problems.resize(BulletinLoader::MaxReportedProblems);
        result.problems.append({ file, 0, 0, QString(),
            BulletinLoader::tr("%1 more problems not listed").arg(total - BulletinLoader::MaxReportedProblems) });
    }
    return result;
}

} // namespace

LoadResult BulletinLoader::loadFile(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists())
        return failure(filePath, tr("no such file"));
    if (info.isDir())
        return failure(filePath, tr("is a folder, not a bulletin file"));
    // Opening a pipe waits for a writer, and a device need not end: neither is read.
    if (!info.isFile())
        return failure(filePath, tr("is not a regular file (a pipe, a device or a socket); only files are read"));
    if (info.size() > MaxFileSize)
        return failure(filePath,
            tr("the file is %1 MiB; bulletins larger than %2 MiB are refused")
                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(MaxFileSize / (1024 * 1024)));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(filePath, tr("cannot be read: %1").arg(file.errorString()));
    // The size is checked again while reading: a device or a growing file may not report it honestly.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return failure(filePath, tr("bulletins larger than %1 MiB are refused").arg(MaxFileSize / (1024 * 1024)));
    if (file.error() != QFileDevice::NoError)
        return failure(filePath, tr("cannot be read: %1").arg(file.errorString()));
    if (info.suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0)
        return loadCsv(bytes, filePath);
    return loadJson(bytes, filePath);
}

LoadResult BulletinLoader::loadBuiltIn()
{
    return loadFile(QString::fromLatin1(BuiltInPath));
}

LoadResult BulletinLoader::loadJson(const QByteArray &bytes, const QString &displayName)
{
    return capped(JsonBulletinReader::read(bytes, displayName), displayName);
}

LoadResult BulletinLoader::loadCsv(const QByteArray &bytes, const QString &displayName)
{
    return capped(CsvBulletinReader::read(bytes, displayName), displayName);
}

} // namespace Bulletin
