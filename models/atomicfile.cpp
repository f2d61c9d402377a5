#include "atomicfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Bulletin {

namespace {

// The writers said these sentences before this class did; they keep the translations made for them there.
QString existsMessage(const QString &path)
{
    return QCoreApplication::translate(
        "BulletinWriter", "%1: the file exists already; it was not overwritten (use --force to replace it)")
        .arg(path);
}

QString cannotWriteMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("BulletinWriter", "%1: cannot be written: %2").arg(path, reason);
}

} // namespace

QString AtomicFile::check(const QString &path, Overwrite overwrite, Links links)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        if (links == Links::Refuse)
            return tr("%1: is a symbolic link; it was not written through").arg(path);
        // exists() follows the link (every link of a chain): false for a dangling link and for a loop.
        if (!info.exists())
            return tr("%1: is a symbolic link to a file that does not exist; it was not created").arg(path);
    }
    if (info.isDir())
        return tr("%1: is a folder").arg(path);
    if (info.exists() && !info.isFile())
        return tr("%1: is not a regular file (a pipe, a device or a socket)").arg(path);
    if (overwrite == Overwrite::Refuse && info.exists())
        return existsMessage(path);
    return {};
}

QString AtomicFile::write(const QString &path, const QByteArray &bytes, Overwrite overwrite, Links links)
{
    const auto produce = [&bytes](QIODevice *device) {
        // A short write is not an error yet; the next write says why it fell short (a full disk, a size limit).
        for (qint64 written = 0; written < bytes.size();) {
            const qint64 n = device->write(bytes.constData() + written, bytes.size() - written);
            if (n <= 0)
                return false;
            written += n;
        }
        return true;
    };
    return write(path, produce, overwrite, links);
}

QString AtomicFile::write(const QString &path, const Producer &produce, Overwrite overwrite, Links links)
{
    const QString refused = check(path, overwrite, links);
    if (!refused.isEmpty())
        return refused;
    // QSaveFile writes beside the file it replaces and renames over it. Given the link's final target (every link
    // of a chain resolved), the links stay links; check() has made sure that target exists.
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.canonicalFilePath() : path;
    if (target.isEmpty())
        return tr("%1: is a symbolic link to a file that does not exist; it was not created").arg(path);
    QSaveFile file(target);
    // Unbuffered, so that the write that fails reports why (a buffered one loses the reason on the way to commit).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWriteMessage(path, file.errorString());
    if (!produce(&file)) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : QString();
        // Discarded: the temporary file is removed when `file` goes, and the old file stays as it was.
        file.cancelWriting();
        return reason.isEmpty() ? tr("%1: cannot be written: its content could not be produced").arg(path)
                                : cannotWriteMessage(path, reason);
    }
    if (!file.commit())
        return cannotWriteMessage(path, file.errorString());
    return {};
}

} // namespace Bulletin
