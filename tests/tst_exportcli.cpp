// --export-charts run as a user would: without a display, checking exit codes, the files listed and the
// files left behind.

#include "bulletin.h"
#include "bulletinloader.h"
#include "bulletinwriter.h"
#include "defaultcharts.h"
#include "headlessrun.h"
#include "safefilename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Bulletin;

namespace {

using Run = HeadlessRun;

// In the C locale and without settings, whatever the machine's: the program speaks English, as these checks read.
Run run(const QStringList &arguments, const QString &workingDirectory)
{
    return runHeadless(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY), arguments, workingDirectory,
        { { QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8") },
            { QStringLiteral("XDG_CONFIG_HOME"), QDir(workingDirectory).filePath(QStringLiteral(".config")) } });
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

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

int chartCount(const Document &document)
{
    int count = int(DefaultCharts::overview(document).size());
    for (const Section &section : document.sections)
        count += int(section.charts.size());
    return count;
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void writesEveryChart_data();
    void writesEveryChart();
    void pngSizeIsSizeTimesScale();
    void tooSmallWarnsButWrites();
    void createsMissingFolder();
    void existingFileNeedsForce();
    void unwritableFolder_data();
    void unwritableFolder();
    void hostileBulletin();
    void smallestScaleIsDrawn();
    void badArguments_data();
    void badArguments();
    void badBulletin();
    void help();

private:
    std::shared_ptr<const Document> m_builtIn;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportCli::initTestCase()
{
    const QFileInfo binary(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY));
    QVERIFY2(binary.isExecutable(), qPrintable(binary.filePath()));
    const LoadResult builtIn = BulletinLoader::loadBuiltIn();
    QVERIFY2(builtIn.ok(), qPrintable(describeProblems(builtIn.problems)));
    m_builtIn = builtIn.document;
}

void TestExportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportCli::writesEveryChart_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("suffixes");
    QTest::addRow("default-png") << QStringList() << QStringList { QStringLiteral("png") };
    QTest::addRow("three-formats") << QStringList { QStringLiteral("--format"), QStringLiteral("png,svg,pdf") }
                                   << QStringList { QStringLiteral("png"), QStringLiteral("svg"),
                                          QStringLiteral("pdf") };
    QTest::addRow("pdf-upper-case") << QStringList { QStringLiteral("--format"), QStringLiteral("PDF") }
                                    << QStringList { QStringLiteral("pdf") };
    QTest::addRow("svg-twice") << QStringList { QStringLiteral("--format=svg,svg") }
                               << QStringList { QStringLiteral("svg") };
}

void TestExportCli::writesEveryChart()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, suffixes);
    const Run result
        = run(QStringList { QStringLiteral("--export-charts"), QStringLiteral("out") } + arguments, m_dir->path());
    VERIFY_EXIT(result, 0);
    const QStringList lines = result.lines();
    QCOMPARE(lines.size(), chartCount(*m_builtIn) * suffixes.size());
    QStringList names;
    for (int i = 0; i < lines.size(); ++i) {
        // The paths printed are the files written, relative as the folder was given.
        QVERIFY2(lines.at(i).startsWith(QStringLiteral("out/")), qPrintable(lines.at(i)));
        const QFileInfo file(m_dir->filePath(lines.at(i)));
        QVERIFY2(file.isFile() && file.size() > 1000, qPrintable(lines.at(i)));
        QCOMPARE(file.suffix(), suffixes.at(i % suffixes.size()));
        QVERIFY(
            file.fileName().startsWith(QStringLiteral("%1-").arg(i / suffixes.size() + 1, 2, 10, QLatin1Char('0'))));
        names.append(file.fileName());
    }
    names.sort();
    QCOMPARE(entries(m_dir->filePath(QStringLiteral("out"))), names);
}

void TestExportCli::pngSizeIsSizeTimesScale()
{
    const Run result = run({ QStringLiteral("--export-charts"), QStringLiteral("out"), QStringLiteral("--size"),
                               QStringLiteral("640x360"), QStringLiteral("--scale"), QStringLiteral("3") },
        m_dir->path());
    VERIFY_EXIT(result, 0);
    const QStringList lines = result.lines();
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QCOMPARE(QImageReader(m_dir->filePath(line)).size(), QSize(1920, 1080));
}

void TestExportCli::tooSmallWarnsButWrites()
{
    const Run result = run({ QStringLiteral("--export-charts"), QStringLiteral("out"), QStringLiteral("--size"),
                               QStringLiteral("400x300"), QStringLiteral("--format"), QStringLiteral("svg") },
        m_dir->path());
    VERIFY_EXIT(result, 0);
    QVERIFY2(result.err.contains(QStringLiteral("warning: ")) && result.err.contains(QStringLiteral("cut short")),
        qPrintable(result.err));
    QCOMPARE(result.lines().size(), chartCount(*m_builtIn));
}

void TestExportCli::createsMissingFolder()
{
    const Run result = run({ QStringLiteral("--export-charts"), QStringLiteral("a/b/c"), QStringLiteral("--format"),
                               QStringLiteral("svg") },
        m_dir->path());
    VERIFY_EXIT(result, 0);
    QCOMPARE(entries(m_dir->filePath(QStringLiteral("a/b/c"))).size(), chartCount(*m_builtIn));
}

void TestExportCli::existingFileNeedsForce()
{
    const QStringList arguments { QStringLiteral("--export-charts"), QStringLiteral("out"), QStringLiteral("--format"),
        QStringLiteral("svg,pdf") };
    const Run first = run(arguments, m_dir->path());
    VERIFY_EXIT(first, 0);
    const QStringList written = first.lines();
    // One file replaced by the user's own, one removed: the second run must touch neither.
    const QString mine = m_dir->filePath(written.at(3));
    QVERIFY(writeBytes(mine, "mine"));
    QVERIFY(QFile::remove(m_dir->filePath(written.at(5))));

    const Run refused = run(arguments, m_dir->path());
    VERIFY_EXIT(refused, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(readBytes(mine), QByteArray("mine"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(written.at(5))));
    QCOMPARE(entries(m_dir->filePath(QStringLiteral("out"))).size(), written.size() - 1);

    const Run forced = run(arguments + QStringList { QStringLiteral("--force") }, m_dir->path());
    VERIFY_EXIT(forced, 0);
    QCOMPARE(forced.lines(), written);
    QVERIFY(readBytes(mine).startsWith("%PDF") || readBytes(mine).startsWith("<?xml"));
    QCOMPARE(entries(m_dir->filePath(QStringLiteral("out"))).size(), written.size());
}

void TestExportCli::unwritableFolder_data()
{
    QTest::addColumn<QString>("folder");
    // A regular file where the folder should be, or above it: no one can write there, not even root.
    QTest::addRow("folder-is-a-file") << QStringLiteral("blocker");
    QTest::addRow("below-a-file") << QStringLiteral("blocker/charts");
}

void TestExportCli::unwritableFolder()
{
    QFETCH(QString, folder);
    QVERIFY(writeBytes(m_dir->filePath(QStringLiteral("blocker")), "not a folder\n"));
    const Run result = run({ QStringLiteral("--export-charts"), folder, QStringLiteral("--format"),
                               QStringLiteral("png,svg,pdf"), QStringLiteral("--force") },
        m_dir->path());
    VERIFY_EXIT(result, 1);
    QVERIFY2(result.err.contains(folder), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("blocker") });
    QCOMPARE(readBytes(m_dir->filePath(QStringLiteral("blocker"))), QByteArray("not a folder\n"));
}

void TestExportCli::hostileBulletin()
{
    auto document = std::make_shared<Document>(*m_builtIn);
    const QStringList titles { QStringLiteral("../../x"), QStringLiteral("a/b"), QStringLiteral("CON"),
        QString(300, QChar(u'名')), QStringLiteral("..\\..\\y"), QStringLiteral("/tmp/abs") };
    int t = 0;
    for (Section &section : document->sections) {
        section.title = titles.at(t++ % titles.size());
        for (ChartSpec &spec : section.charts)
            spec.title = titles.at(t++ % titles.size());
    }
    document->region = QStringLiteral("../../../");
    const QString input = m_dir->filePath(QStringLiteral("hostile.json"));
    QCOMPARE(BulletinWriter::writeFile(*document, input, BulletinWriter::Overwrite::Refuse), QString());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("deep/inside/out")));

    const Run result = run({ input, QStringLiteral("--export-charts"), QStringLiteral("deep/inside/out"),
                               QStringLiteral("--format"), QStringLiteral("png,svg"), QStringLiteral("--size"),
                               QStringLiteral("400x300"), QStringLiteral("--scale"), QStringLiteral("1") },
        m_dir->path());
    VERIFY_EXIT(result, 0);
    const QString out = m_dir->filePath(QStringLiteral("deep/inside/out"));
    const QStringList written = entries(out);
    QCOMPARE(written.size(), result.lines().size());
    QCOMPARE(written.size(), chartCount(*document) * 2);
    for (const QString &name : written) {
        QVERIFY2(SafeFileName::isSafe(name) && name.toUtf8().size() <= SafeFileName::DefaultMaxBytes, qPrintable(name));
        QVERIFY(QFileInfo(QDir(out).filePath(name)).isFile());
    }
    for (const QString &line : result.lines())
        QCOMPARE(QFileInfo(m_dir->filePath(line)).canonicalPath(), QFileInfo(out).canonicalFilePath());
    // Nothing was written above the folder.
    QCOMPARE(entries(m_dir->path()), (QStringList { QStringLiteral("deep"), QStringLiteral("hostile.json") }));
    QCOMPARE(entries(m_dir->filePath(QStringLiteral("deep"))), QStringList { QStringLiteral("inside") });
    QCOMPARE(entries(m_dir->filePath(QStringLiteral("deep/inside"))), QStringList { QStringLiteral("out") });
}

void TestExportCli::smallestScaleIsDrawn()
{
    const Run result = run({ QStringLiteral("--export-charts"), QStringLiteral("out"), QStringLiteral("--size"),
                               QStringLiteral("100x100"), QStringLiteral("--scale"), QStringLiteral("0.1") },
        m_dir->path());
    VERIFY_EXIT(result, 0);
    QCOMPARE(result.lines().size(), chartCount(*m_builtIn));
    for (const QString &line : result.lines())
        QCOMPARE(QImageReader(m_dir->filePath(line)).size(), QSize(10, 10));
}

void TestExportCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString charts = QStringLiteral("--export-charts");
    const QString out = QStringLiteral("out");
    QTest::addRow("format-unknown") << QStringList { charts, out, QStringLiteral("--format"), QStringLiteral("jpg") }
                                    << QStringLiteral("--format");
    QTest::addRow("format-empty-item") << QStringList { charts, out, QStringLiteral("--format"),
        QStringLiteral("png,") } << QStringLiteral("--format");
    QTest::addRow("scale-zero") << QStringList { charts, out, QStringLiteral("--scale"), QStringLiteral("0") }
                                << QStringLiteral("scale");
    QTest::addRow("scale-negative") << QStringList { charts, out, QStringLiteral("--scale=-2") }
                                    << QStringLiteral("scale");
    QTest::addRow("scale-nine") << QStringList { charts, out, QStringLiteral("--scale"), QStringLiteral("9") }
                                << QStringLiteral("scale");
    QTest::addRow("scale-word") << QStringList { charts, out, QStringLiteral("--scale"), QStringLiteral("two") }
                                << QStringLiteral("--scale");
    QTest::addRow("scale-nan") << QStringList { charts, out, QStringLiteral("--scale"), QStringLiteral("nan") }
                               << QStringLiteral("scale");
    // Above 0, but too small to draw: the export used to fail late, as an output that "could not be rendered".
    QTest::addRow("scale-tiny") << QStringList { charts, out, QStringLiteral("--scale"), QStringLiteral("1e-300") }
                                << QStringLiteral("--scale: expected a number from 0.1 to 8, found \"1e-300\"");
    QTest::addRow("scale-below-minimum") << QStringList { charts, out, QStringLiteral("--scale=0.09") }
                                         << QStringLiteral("--scale: expected a number from 0.1 to 8");
    QTest::addRow("scale-infinite") << QStringList { charts, out, QStringLiteral("--scale"), QStringLiteral("inf") }
                                    << QStringLiteral("--scale");
    QTest::addRow("scale-huge") << QStringList { charts, out, QStringLiteral("--scale"), QStringLiteral("1e308") }
                                << QStringLiteral("--scale");
    QTest::addRow("scale-overflowing") << QStringList { charts, out, QStringLiteral("--scale"),
        QStringLiteral("1e999") } << QStringLiteral("--scale");
    QTest::addRow("size-zero") << QStringList { charts, out, QStringLiteral("--size"), QStringLiteral("0x0") }
                               << QStringLiteral("size");
    QTest::addRow("size-huge") << QStringList { charts, out, QStringLiteral("--size"), QStringLiteral("999999x999999") }
                               << QStringLiteral("size");
    QTest::addRow("size-too-many-digits") << QStringList { charts, out, QStringLiteral("--size"),
        QStringLiteral("9999999x500") } << QStringLiteral("--size");
    QTest::addRow("size-negative") << QStringList { charts, out, QStringLiteral("--size=-900x500") }
                                   << QStringLiteral("--size");
    QTest::addRow("size-shape") << QStringList { charts, out, QStringLiteral("--size"), QStringLiteral("900") }
                                << QStringLiteral("--size");
    QTest::addRow("size-small") << QStringList { charts, out, QStringLiteral("--size"), QStringLiteral("50x50") }
                                << QStringLiteral("size");
    QTest::addRow("size-large") << QStringList { charts, out, QStringLiteral("--size"), QStringLiteral("9000x500") }
                                << QStringLiteral("size");
    QTest::addRow("too-many-pixels") << QStringList { charts, out, QStringLiteral("--size"),
        QStringLiteral("8000x8000"), QStringLiteral("--scale"), QStringLiteral("8") }
                                     << QStringLiteral("too large");
    QTest::addRow("format-without-export")
        << QStringList { QStringLiteral("--format"), QStringLiteral("png") } << QStringLiteral("--export-charts");
    QTest::addRow("with-export-data") << QStringList { charts, out, QStringLiteral("--export-data"),
        QStringLiteral("x.csv") } << QStringLiteral("--export-charts");
    QTest::addRow("missing-folder") << QStringList { charts } << QStringLiteral("export-charts");
}

void TestExportCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments, m_dir->path());
    VERIFY_EXIT(result, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(entries(m_dir->path()).isEmpty());
}

void TestExportCli::badBulletin()
{
    QVERIFY(writeBytes(m_dir->filePath(QStringLiteral("bad.json")), "{\"format_version\": 2}"));
    const Run result
        = run({ QStringLiteral("bad.json"), QStringLiteral("--export-charts"), QStringLiteral("out") }, m_dir->path());
    VERIFY_EXIT(result, 2);
    QVERIFY2(result.err.contains(QStringLiteral("bad.json")), qPrintable(result.err));
    QCOMPARE(entries(m_dir->path()), QStringList { QStringLiteral("bad.json") });
}

void TestExportCli::help()
{
    const Run result = run({ QStringLiteral("--help") }, m_dir->path());
    VERIFY_EXIT(result, 0);
    for (const char *option :
        { "--export-charts <DIR>", "--format", "--scale <N>", "--size <WxH>", "created when missing" })
        QVERIFY2(result.out.simplified().contains(QString::fromLatin1(option)), option); // help text wraps
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
