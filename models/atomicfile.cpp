#include "atomicfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Bulletin {

QString AtomicFile::check(const QString &path, Overwrite overwrite, Links links)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        if (links == Links::Refuse)
            return tr("%1: is a symbolic link; it was not written through").arg(path);
        if (!info.exists())
            return tr("%1: is a symbolic link to a file that does not exist; it was not created").arg(path);
    }
    if (info.isDir())
        return tr("%1: is a folder").arg(path);
    if (info.exists() && !info.isFile())
        return tr("%1: is not a regular file").arg(path);
    if (overwrite == Overwrite::Refuse && info.exists())
        return tr("%1: the file exists already; it was not overwritten (use --force to replace it)").arg(path);
    return {};
}

QString AtomicFile::write(const QString &path, const QByteArray &bytes, Overwrite overwrite, Links links)
{
    return write(
        path, [&bytes](QIODevice *device) { return device->write(bytes) == bytes.size(); }, overwrite, links);
}

QString AtomicFile::write(const QString &path, const Producer &produce, Overwrite overwrite, Links links)
{
    const QString refused = check(path, overwrite, links);
    if (!refused.isEmpty())
        return refused;
    // QSaveFile writes beside the link's target and renames over it, so that the link stays a link.
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : path;
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot be written: %2").arg(path, file.errorString());
    if (!produce(&file)) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : QString();
        file.cancelWriting();
        return reason.isEmpty() ? tr("%1: cannot be written: its content could not be produced").arg(path)
                                : tr("%1: cannot be written: %2").arg(path, reason);
    }
    if (!file.commit())
        return tr("%1: cannot be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace Bulletin
