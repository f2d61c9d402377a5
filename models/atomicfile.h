#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;

namespace Bulletin {

// Whether a file that exists may be replaced.
enum class Overwrite { Refuse, Allow };

// The one way the program writes a file: through QSaveFile, so that a write that fails part-way (a full disk, a
// cancelled export) leaves the old file as it was and no temporary file beside it. Every message names the file.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // What to do when the path is a symbolic link. A file the user named follows the platform's convention and
    // replaces the link's target, but only a target that exists: a dangling link's target is never created. Files
    // the program names itself (a batch export into a folder) are never written through a link.
    enum class Links { FollowExisting, Refuse };

    // Writes into the open device; false when the content could not be produced (the file is then discarded).
    using Producer = std::function<bool(QIODevice *device)>;

    // Returns an empty string on success, else a message naming the file.
    static QString write(
        const QString &path, const QByteArray &bytes, Overwrite overwrite, Links links = Links::FollowExisting);
    static QString write(
        const QString &path, const Producer &produce, Overwrite overwrite, Links links = Links::FollowExisting);
    // What write() would refuse before writing anything: a folder, a file that exists, a link. Empty when none.
    static QString check(const QString &path, Overwrite overwrite, Links links = Links::FollowExisting);
};

} // namespace Bulletin
