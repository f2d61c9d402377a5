// AtomicFile, the one way the program writes a file: a file is replaced whole or not at all, a dangling link's
// target is never created, Links::Refuse never writes through a link, and every refusal names the file.

#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Bulletin;

namespace {

const QByteArray OldBytes("the old file, which must survive\n");
const QByteArray NewBytes("the new file\n");

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// How the path to write is prepared in the temporary folder.
enum class Setup {
    Nothing, // no file at the path
    File, // a regular file
    DanglingLink, // path -> target, which does not exist
    LinkToFile, // path -> target, a regular file
    LinkChain, // path -> middle -> target, a regular file
    LinkLoop, // path -> loop -> path
    LinkToFolder, // path -> a folder
};

} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(Overwrite)
Q_DECLARE_METATYPE(AtomicFile::Links)

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void policies_data();
    void policies();
    void folderRefused();
    void pipeRefusedWithoutWaiting();
    void missingFolder();
    void producerFailureKeepsOldFile();
    void failurePartWayKeepsOldFile_data();
    void failurePartWayKeepsOldFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAtomicFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAtomicFile::policies_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<Overwrite>("overwrite");
    QTest::addColumn<AtomicFile::Links>("links");
    QTest::addColumn<QString>("refusal"); // empty: written
    using L = AtomicFile::Links;
    const QString exists = QStringLiteral("the file exists already");
    const QString dangling = QStringLiteral("is a symbolic link to a file that does not exist; it was not created");
    const QString link = QStringLiteral("is a symbolic link; it was not written through");

    QTest::addRow("new-file") << Setup::Nothing << Overwrite::Refuse << L::FollowExisting << QString();
    QTest::addRow("file-refuse") << Setup::File << Overwrite::Refuse << L::FollowExisting << exists;
    QTest::addRow("file-allow") << Setup::File << Overwrite::Allow << L::FollowExisting << QString();
    QTest::addRow("file-allow-links-refused") << Setup::File << Overwrite::Allow << L::Refuse << QString();
    QTest::addRow("dangling-refuse") << Setup::DanglingLink << Overwrite::Refuse << L::FollowExisting << dangling;
    QTest::addRow("dangling-allow") << Setup::DanglingLink << Overwrite::Allow << L::FollowExisting << dangling;
    QTest::addRow("dangling-links-refused") << Setup::DanglingLink << Overwrite::Allow << L::Refuse << link;
    QTest::addRow("link-refuse") << Setup::LinkToFile << Overwrite::Refuse << L::FollowExisting << exists;
    QTest::addRow("link-allow") << Setup::LinkToFile << Overwrite::Allow << L::FollowExisting << QString();
    QTest::addRow("link-allow-links-refused") << Setup::LinkToFile << Overwrite::Allow << L::Refuse << link;
    QTest::addRow("chain-allow") << Setup::LinkChain << Overwrite::Allow << L::FollowExisting << QString();
    QTest::addRow("chain-links-refused") << Setup::LinkChain << Overwrite::Allow << L::Refuse << link;
    QTest::addRow("loop-allow") << Setup::LinkLoop << Overwrite::Allow << L::FollowExisting << dangling;
    QTest::addRow("link-to-folder-allow")
        << Setup::LinkToFolder << Overwrite::Allow << L::FollowExisting << QStringLiteral("is a folder");
}

void TestAtomicFile::policies()
{
    QFETCH(Setup, setup);
    QFETCH(Overwrite, overwrite);
    QFETCH(AtomicFile::Links, links);
    QFETCH(QString, refusal);

    // Given the path prepared as the row says
    const QString out = path(QStringLiteral("out.csv"));
    const QString target = path(QStringLiteral("target.csv"));
    switch (setup) {
    case Setup::Nothing:
        break;
    case Setup::File:
        QVERIFY(writeBytes(out, OldBytes));
        break;
    case Setup::DanglingLink:
        QVERIFY(QFile::link(target, out));
        break;
    case Setup::LinkToFile:
        QVERIFY(writeBytes(target, OldBytes));
        QVERIFY(QFile::link(target, out));
        break;
    case Setup::LinkChain:
        QVERIFY(writeBytes(target, OldBytes));
        QVERIFY(QFile::link(target, path(QStringLiteral("middle.csv"))));
        QVERIFY(QFile::link(path(QStringLiteral("middle.csv")), out));
        break;
    case Setup::LinkLoop:
        QVERIFY(QFile::link(out, path(QStringLiteral("loop.csv"))));
        QVERIFY(QFile::link(path(QStringLiteral("loop.csv")), out));
        break;
    case Setup::LinkToFolder:
        QVERIFY(QDir().mkdir(target));
        QVERIFY(QFile::link(target, out));
        break;
    }
    const QStringList before = entries(m_dir->path());
    const QString checked = AtomicFile::check(out, overwrite, links);

    // When it is written
    const QString message = AtomicFile::write(out, NewBytes, overwrite, links);

    // Then it is written, or refused with a message naming it, and check() said so beforehand
    QCOMPARE(checked, message);
    if (refusal.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QCOMPARE(readBytes(out), NewBytes);
    } else {
        QVERIFY2(message.startsWith(out + QStringLiteral(": ")) && message.contains(refusal), qPrintable(message));
        if (setup == Setup::File || setup == Setup::LinkToFile || setup == Setup::LinkChain)
            QCOMPARE(readBytes(out), OldBytes);
    }
    // and no file was created: a dangling link's target least of all, and no temporary file is left
    QStringList after = before;
    if (setup == Setup::Nothing && refusal.isEmpty())
        after = QStringList { QStringLiteral("out.csv") };
    QCOMPARE(entries(m_dir->path()), after);
    QVERIFY2(setup != Setup::DanglingLink || !QFileInfo::exists(target), "a dangling link's target was created");
    // and links stay links, the file at the end of them replaced
    if (setup == Setup::LinkToFile || setup == Setup::LinkChain) {
        QVERIFY(QFileInfo(out).isSymLink());
        QVERIFY(!QFileInfo(target).isSymLink());
        QCOMPARE(readBytes(target), refusal.isEmpty() ? NewBytes : OldBytes);
    }
    if (setup == Setup::LinkChain)
        QVERIFY(QFileInfo(path(QStringLiteral("middle.csv"))).isSymLink());
}

void TestAtomicFile::folderRefused()
{
    const QString folder = path(QStringLiteral("folder.json"));
    QVERIFY(QDir().mkdir(folder));
    const QString message = AtomicFile::write(folder, NewBytes, Overwrite::Allow);
    QCOMPARE(message, folder + QStringLiteral(": is a folder"));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(entries(folder), QStringList());
}

void TestAtomicFile::pipeRefusedWithoutWaiting()
{
    // Opened for writing, a pipe nobody reads would block for ever; renamed over, it would be gone.
    const QString fifo = path(QStringLiteral("pipe.json"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString message = AtomicFile::write(fifo, NewBytes, Overwrite::Allow);
    QVERIFY2(message.startsWith(fifo + QStringLiteral(": is not a regular file")), qPrintable(message));
    struct stat status;
    QVERIFY(::lstat(QFile::encodeName(fifo).constData(), &status) == 0 && S_ISFIFO(status.st_mode));
    QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("pipe.json") });
}

void TestAtomicFile::missingFolder()
{
    const QString out = path(QStringLiteral("absent/out.json"));
    const QString message = AtomicFile::write(out, NewBytes, Overwrite::Allow);
    QVERIFY2(message.startsWith(out + QStringLiteral(": cannot be written: ")), qPrintable(message));
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestAtomicFile::producerFailureKeepsOldFile()
{
    const QString out = path(QStringLiteral("out.json"));
    QVERIFY(writeBytes(out, OldBytes));
    const QString message = AtomicFile::write(
        out,
        [](QIODevice *device) {
            device->write("half of it");
            return false;
        },
        Overwrite::Allow);
    QCOMPARE(message, out + QStringLiteral(": cannot be written: its content could not be produced"));
    QCOMPARE(readBytes(out), OldBytes);
    QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("out.json") });
}

void TestAtomicFile::failurePartWayKeepsOldFile_data()
{
    QTest::addColumn<bool>("producer");
    QTest::addRow("bytes") << false;
    QTest::addRow("producer-in-pieces") << true;
}

void TestAtomicFile::failurePartWayKeepsOldFile()
{
    QFETCH(bool, producer);
    // Given an old file, and a child process that may write files of 4 KiB at most (as a full disk would stop it,
    // but also for root, who is not stopped by permissions), and that is told, not killed, when it tries more
    const QString out = path(QStringLiteral("out.json"));
    QVERIFY(writeBytes(out, OldBytes));
    const QByteArray large(256 * 1024, 'x');
    int channel[2];
    QVERIFY(::pipe(channel) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(channel[0]);
        std::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit limit
        {
            4096, 4096
        };
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            ::_exit(3);
        // When the child replaces the old file with more than that
        const QString message = producer ? AtomicFile::write(
                                    out,
                                    [&large](QIODevice *device) {
                                        for (qsizetype at = 0; at < large.size(); at += 1000) {
                                            if (device->write(large.mid(at, 1000)) < 0)
                                                return false;
                                        }
                                        return true;
                                    },
                                    Overwrite::Allow)
                                         : AtomicFile::write(out, large, Overwrite::Allow);
        const QByteArray utf8 = message.toUtf8();
        const bool sent = ::write(channel[1], utf8.constData(), size_t(utf8.size())) == utf8.size();
        ::_exit(!sent ? 4 : message.isEmpty() ? 0 : 1);
    }
    ::close(channel[1]);
    QByteArray received;
    char buffer[4096];
    for (ssize_t n; (n = ::read(channel[0], buffer, sizeof buffer)) > 0;)
        received.append(buffer, n);
    ::close(channel[0]);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    const QString message = QString::fromUtf8(received);

    // Then it failed, saying which file and why, the old file is as it was, and nothing is left beside it
    QVERIFY2(WIFEXITED(status), qPrintable(QString::number(status)));
    QVERIFY2(WEXITSTATUS(status) == 1, qPrintable(QStringLiteral("exit %1: %2").arg(WEXITSTATUS(status)).arg(message)));
    QVERIFY2(message.startsWith(out + QStringLiteral(": cannot be written: ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("too large"), Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(readBytes(out), OldBytes);
    QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("out.json") });
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
