// The command line, run as a user would: without a display, checking exit codes, messages and files.

#include "bulletin.h"
#include "bulletinloader.h"
#include "bulletinwriter.h"
#include "csvtable.h"
#include "headlessrun.h"
#include "loadproblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
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

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString dataPath(const QString &name)
{
    return QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/") + name;
}

QSet<QString> indicatorIds(const Document &document)
{
    QSet<QString> ids;
    for (const Section &section : document.sections) {
        for (const Indicator &indicator : section.indicators)
            ids.insert(indicator.id);
    }
    return ids;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void exportCsv();
    void exportJson();
    void existingOutputRefused_data();
    void existingOutputRefused();
    void forceReplaces();
    void unwritableOutput();
    void outputIsFolder();
    void danglingLinkOutput_data();
    void danglingLinkOutput();
    void linkedOutputReplacesItsTarget();
    void badInput_data();
    void badInput();
    void missingInput();
    void badArguments_data();
    void badArguments();
    void help();
    void helpSpeaksTheLanguage_data();
    void helpSpeaksTheLanguage();
    void argumentErrorSpeaksTheLanguage_data();
    void argumentErrorSpeaksTheLanguage();
    void listSections_data();
    void listSections();
    void csvBulletinToJson();
    void exportedCsvReopens();
    void formulasExportedAsText();

private:
    std::shared_ptr<const Document> m_builtIn;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::initTestCase()
{
    const QFileInfo binary(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY));
    QVERIFY2(binary.isExecutable(), qPrintable(binary.filePath()));
    const LoadResult builtIn = BulletinLoader::loadBuiltIn();
    QVERIFY2(builtIn.ok(), qPrintable(describeProblems(builtIn.problems)));
    m_builtIn = builtIn.document;
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::exportCsv()
{
    const Run result = run({ QStringLiteral("--export-data"), QStringLiteral("out.csv") }, m_dir->path());
    VERIFY_EXIT(result, 0);
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));

    // Read the table directly, so that a lenient reader cannot hide a missing or changed row.
    const CsvTable table = CsvTable::parse(QString::fromUtf8(bytes.mid(3)));
    QVERIFY2(table.ok, qPrintable(table.errorMessage));
    QCOMPARE(table.rows.size() - 1, qsizetype(m_builtIn->indicatorCount()));
    const QStringList header = table.rows.first().fields;
    const qsizetype idColumn = header.indexOf(QStringLiteral("id"));
    const qsizetype provinceColumn = header.indexOf(QStringLiteral("province_value"));
    const qsizetype rankColumn = header.indexOf(QStringLiteral("rank"));
    const qsizetype rankOfColumn = header.indexOf(QStringLiteral("rank_of"));
    QVERIFY(idColumn >= 0 && provinceColumn >= 0 && rankColumn >= 0 && rankOfColumn >= 0);
    QSet<QString> ids;
    int gdpRows = 0;
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const QStringList &fields = table.rows.at(r).fields;
        QCOMPARE(fields.size(), header.size());
        ids.insert(fields.at(idColumn));
        if (fields.at(idColumn) != QStringLiteral("gdp_growth"))
            continue;
        ++gdpRows;
        QCOMPARE(fields.at(provinceColumn), QStringLiteral("1.3"));
        QCOMPARE(fields.at(rankColumn), QStringLiteral("2"));
        QCOMPARE(fields.at(rankOfColumn), QStringLiteral("14"));
    }
    QCOMPARE(gdpRows, 1);
    QCOMPARE(ids, indicatorIds(*m_builtIn));

    const LoadResult reloaded = BulletinLoader::loadFile(path);
    QVERIFY2(reloaded.ok(), qPrintable(describeProblems(reloaded.problems)));
    QCOMPARE(reloaded.document->indicatorCount(), m_builtIn->indicatorCount());
}

void TestCli::exportJson()
{
    const Run result = run({ QStringLiteral("--export-data"), QStringLiteral("out.json") }, m_dir->path());
    VERIFY_EXIT(result, 0);
    const QString path = m_dir->filePath(QStringLiteral("out.json"));
    QCOMPARE(readFile(path), BulletinWriter::toJson(*m_builtIn));
    const LoadResult reloaded = BulletinLoader::loadFile(path);
    QVERIFY2(reloaded.ok(), qPrintable(describeProblems(reloaded.problems)));
    QCOMPARE(indicatorIds(*reloaded.document), indicatorIds(*m_builtIn));
    QCOMPARE(reloaded.document->title, m_builtIn->title);
}

void TestCli::existingOutputRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("csv") << QStringLiteral("out.csv");
    QTest::addRow("json") << QStringLiteral("out.json");
}

void TestCli::existingOutputRefused()
{
    QFETCH(QString, name);
    const QString path = m_dir->filePath(name);
    const QByteArray original("keep me\n");
    QVERIFY(writeFile(path, original));

    const Run result = run({ QStringLiteral("--export-data"), name }, m_dir->path());
    VERIFY_EXIT(result, 1);
    QCOMPARE(readFile(path), original);
    QVERIFY2(result.err.contains(name), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("--force")), qPrintable(result.err));
}

void TestCli::forceReplaces()
{
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    QVERIFY(writeFile(path, "keep me\n"));
    const Run result
        = run({ QStringLiteral("--export-data"), QStringLiteral("out.csv"), QStringLiteral("--force") }, m_dir->path());
    VERIFY_EXIT(result, 0);
    QCOMPARE(readFile(path), BulletinWriter::toCsv(*m_builtIn));
}

void TestCli::unwritableOutput()
{
    // A path below a regular file cannot be created, even by root.
    const QByteArray blockerBytes("not a folder\n");
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("blocker")), blockerBytes));
    const QString output = QStringLiteral("blocker/out.csv");

    const Run result = run({ QStringLiteral("--export-data"), output }, m_dir->path());
    VERIFY_EXIT(result, 1);
    QVERIFY2(result.err.contains(output), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(output)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("blocker") });
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("blocker"))), blockerBytes);
}

void TestCli::outputIsFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.csv")));
    const Run result = run(
        { QStringLiteral("--export-data"), QStringLiteral("folder.csv"), QStringLiteral("--force") }, m_dir->path());
    VERIFY_EXIT(result, 1);
    QVERIFY2(result.err.contains(QStringLiteral("folder.csv")), qPrintable(result.err));
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("folder.csv"))).isDir());
}

void TestCli::danglingLinkOutput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addRow("csv") << QStringList { QStringLiteral("--export-data"), QStringLiteral("out.csv") };
    QTest::addRow("json-force") << QStringList { QStringLiteral("--export-data"), QStringLiteral("out.json"),
        QStringLiteral("--force") };
}

void TestCli::danglingLinkOutput()
{
    // Given an output name that is a link to a file that does not exist
    QFETCH(QStringList, options);
    const QString link = options.at(1);
    const QString target = m_dir->filePath(QStringLiteral("elsewhere/") + link);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("elsewhere")));
    QVERIFY(QFile::link(target, m_dir->filePath(link)));

    // When the bulletin is exported to it
    const Run result = run(options, m_dir->path());

    // Then nothing is written: the link's target is not created, and the message says why
    VERIFY_EXIT(result, 1);
    QVERIFY2(result.err.contains(link + QStringLiteral(": is a symbolic link to a file that does not exist")),
        qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QFileInfo(m_dir->filePath(link)).isSymLink());
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("elsewhere")))
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
}

void TestCli::linkedOutputReplacesItsTarget()
{
    const QString target = m_dir->filePath(QStringLiteral("target.csv"));
    QVERIFY(writeFile(target, "keep me\n"));
    QVERIFY(QFile::link(target, m_dir->filePath(QStringLiteral("out.csv"))));
    const Run result
        = run({ QStringLiteral("--export-data"), QStringLiteral("out.csv"), QStringLiteral("--force") }, m_dir->path());
    VERIFY_EXIT(result, 0);
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("out.csv"))).isSymLink());
    QCOMPARE(readFile(target), BulletinWriter::toCsv(*m_builtIn));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("location");

    const QByteArray badNumberCsv("section,indicator,value,unit,province_value,province_derived,rank,rank_of,period,"
                                  "source\n经济,增速,1.7x,%,,,,,,来源\n");
    QTest::addRow("json-syntax") << QStringList() << QStringLiteral("bad.json")
                                 << QByteArray("{\n  \"format_version\": 1,\n}\n")
                                 << QStringLiteral("bad.json:3:1: JSON syntax error");
    QTest::addRow("json-content") << QStringList() << QStringLiteral("bad.json")
                                  << QByteArray("{\"format_version\": 2}")
                                  << QStringLiteral("bad.json: format_version: expected format version 1");
    QTest::addRow("csv-number") << QStringList() << QStringLiteral("bad.csv") << badNumberCsv
                                << QStringLiteral("bad.csv:2: column value: expected a finite number");
    QTest::addRow("csv-number-lang-zh") << QStringList { QStringLiteral("--lang"), QStringLiteral("zh") }
                                        << QStringLiteral("bad.csv") << badNumberCsv
                                        << QStringLiteral("bad.csv:2: column value: 应为有限数值，实际为“1.7x”");
    QTest::addRow("json-syntax-lang-zh") << QStringList { QStringLiteral("--lang=zh") } << QStringLiteral("bad.json")
                                         << QByteArray("{\n  \"format_version\": 1,\n}\n")
                                         << QStringLiteral("bad.json:3:1: JSON 语法错误：");
}

void TestCli::badInput()
{
    QFETCH(QStringList, options);
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, location);
    QVERIFY(writeFile(m_dir->filePath(name), bytes));

    const Run result = run(
        options + QStringList { name, QStringLiteral("--export-data"), QStringLiteral("out.csv") }, m_dir->path());
    VERIFY_EXIT(result, 2);
    QVERIFY2(result.err.contains(location), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out.csv"))));
}

void TestCli::missingInput()
{
    const Run result = run(
        { QStringLiteral("absent.json"), QStringLiteral("--export-data"), QStringLiteral("out.csv") }, m_dir->path());
    VERIFY_EXIT(result, 2);
    QVERIFY2(result.err.contains(QStringLiteral("absent.json: no such file")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out.csv"))));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("phrase");

    QTest::addRow("unknown-option") << QStringList { QStringLiteral("--bogus") } << QStringLiteral("bogus");
    QTest::addRow("unknown-option-with-export")
        << QStringList { QStringLiteral("--export-data"), QStringLiteral("out.csv"), QStringLiteral("--bogus") }
        << QStringLiteral("bogus");
    QTest::addRow("misspelt-export") << QStringList { QStringLiteral("--export-date"), QStringLiteral("out.csv") }
                                     << QStringLiteral("export-date");
    QTest::addRow("export-without-file") << QStringList { QStringLiteral("--export-data") }
                                         << QStringLiteral("export-data");
    QTest::addRow("two-files") << QStringList { QStringLiteral("a.json"), QStringLiteral("b.json"),
        QStringLiteral("--export-data"), QStringLiteral("out.csv") }
                               << QStringLiteral("at most one FILE");
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, phrase);
    const Run result = run(arguments, m_dir->path());
    VERIFY_EXIT(result, 2);
    QVERIFY2(result.err.contains(phrase), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out.csv"))));
}

void TestCli::help()
{
    const Run result = run({ QStringLiteral("--help") }, m_dir->path());
    VERIFY_EXIT(result, 0);
    QVERIFY2(result.out.contains(QStringLiteral("--export-data")), qPrintable(result.out));
    const qsizetype exitStatus = result.out.indexOf(QStringLiteral("Exit status"));
    QVERIFY2(exitStatus >= 0, qPrintable(result.out));
    const QString codes = result.out.mid(exitStatus);
    for (const char *code : { "0", "1", "2" }) {
        QVERIFY2(
            codes.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(code)))), qPrintable(codes));
    }
}

void TestCli::helpSpeaksTheLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("systemLanguage");
    QTest::addColumn<QString>("savedLanguage");
    QTest::addColumn<bool>("chinese");

    const QStringList help { QStringLiteral("--help") };
    const QString zh = QStringLiteral("zh_CN.UTF-8");
    const QString en = QStringLiteral("en_US.UTF-8");
    QTest::addRow("lang-zh") << QStringList { QStringLiteral("--lang"), QStringLiteral("zh") } + help << en << QString()
                             << true;
    QTest::addRow("lang-equals-zh") << QStringList { QStringLiteral("--lang=zh") } + help << en << QString() << true;
    QTest::addRow("lang-en") << QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + help << zh << QString()
                             << false;
    QTest::addRow("help-before-lang") << help + QStringList { QStringLiteral("--lang"), QStringLiteral("zh") } << en
                                      << QString() << true;
    QTest::addRow("chinese-system") << help << zh << QString() << true;
    QTest::addRow("english-system") << help << en << QString() << false;
    QTest::addRow("c-system") << help << QStringLiteral("C.UTF-8") << QString() << false;
    QTest::addRow("saved-choice-beats-system") << help << en << QStringLiteral("zh") << true;
    QTest::addRow("lang-beats-saved-choice")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + help << zh << QStringLiteral("zh") << false;
}

void TestCli::helpSpeaksTheLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, systemLanguage);
    QFETCH(QString, savedLanguage);
    QFETCH(bool, chinese);
    const QString config = m_dir->filePath(QStringLiteral("config"));
    if (!savedLanguage.isEmpty()) {
        QVERIFY(QDir().mkpath(config + QStringLiteral("/bulletin-dashboard")));
        QVERIFY(writeFile(config + QStringLiteral("/bulletin-dashboard/bulletin-dashboard.conf"),
            "[view]\nlanguage=" + savedLanguage.toUtf8() + '\n'));
    }
    // LANG decides only when LC_ALL and LC_MESSAGES do not.
    const Run result = runHeadless(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY), arguments, m_dir->path(),
        { { QStringLiteral("LANG"), systemLanguage }, { QStringLiteral("LC_ALL"), QString() },
            { QStringLiteral("LC_MESSAGES"), QString() }, { QStringLiteral("LANGUAGE"), QString() },
            { QStringLiteral("XDG_CONFIG_HOME"), config } });
    VERIFY_EXIT(result, 0);
    QVERIFY2(result.out.contains(QStringLiteral("--export-data")), qPrintable(result.out));
    // The program's own words, and Qt's.
    const QStringList chineseWords { QStringLiteral("退出状态"), QStringLiteral("覆盖已存在的输出文件"),
        QStringLiteral("界面语言"), QStringLiteral("用法") };
    const QStringList englishWords { QStringLiteral("Exit status"), QStringLiteral("Replace output files"),
        QStringLiteral("Interface language"), QStringLiteral("Usage:") };
    for (const QString &word : chinese ? chineseWords : englishWords)
        QVERIFY2(result.out.contains(word), qPrintable(word + QLatin1Char('\n') + result.out));
    for (const QString &word : chinese ? englishWords : chineseWords)
        QVERIFY2(!result.out.contains(word), qPrintable(word + QLatin1Char('\n') + result.out));
}

void TestCli::argumentErrorSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("hint");
    QTest::addRow("zh") << QStringLiteral("zh") << QStringLiteral("请运行“bulletin-dashboard --help”查看帮助。");
    QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("Try 'bulletin-dashboard --help'.");
}

void TestCli::argumentErrorSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, hint);
    const Run result = runHeadless(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY),
        { QStringLiteral("--lang"), language, QStringLiteral("--bogus") }, m_dir->path(),
        { { QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")) } });
    VERIFY_EXIT(result, 2);
    QVERIFY2(result.err.contains(QStringLiteral("bogus")), qPrintable(result.err));
    QVERIFY2(result.err.contains(hint), qPrintable(result.err));
}

void TestCli::listSections_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("zh") << QStringLiteral("zh");
    QTest::addRow("en") << QStringLiteral("en");
}

void TestCli::listSections()
{
    QFETCH(QString, language);
    const bool english = language == QLatin1String("en");
    const Run result = run({ QStringLiteral("--lang"), language, QStringLiteral("--list-sections") }, m_dir->path());
    VERIFY_EXIT(result, 0);
    QStringList expected { QStringLiteral("overview\t") + (english ? m_builtIn->titleEn : m_builtIn->title) };
    for (const Section &section : m_builtIn->sections)
        expected.append(section.id + QLatin1Char('\t') + (english ? section.titleEn : section.title));
    QCOMPARE(result.lines(), expected);
}

void TestCli::csvBulletinToJson()
{
    const QString input = dataPath(QStringLiteral("sample.csv"));
    const Run result = run({ input, QStringLiteral("--export-data"), QStringLiteral("from-csv.json") }, m_dir->path());
    VERIFY_EXIT(result, 0);

    const LoadResult csv = BulletinLoader::loadFile(input);
    QVERIFY2(csv.ok(), qPrintable(describeProblems(csv.problems)));
    const QString output = m_dir->filePath(QStringLiteral("from-csv.json"));
    QCOMPARE(readFile(output), BulletinWriter::toJson(*csv.document));
    const LoadResult json = BulletinLoader::loadFile(output);
    QVERIFY2(json.ok(), qPrintable(describeProblems(json.problems)));
    QCOMPARE(json.document->indicatorCount(), csv.document->indicatorCount());
    QCOMPARE(json.document->sections.first().indicators.first().name, QStringLiteral("地区生产总值增速"));
}

void TestCli::exportedCsvReopens()
{
    const Run first = run({ QStringLiteral("--export-data"), QStringLiteral("first.csv") }, m_dir->path());
    VERIFY_EXIT(first, 0);
    const Run again = run(
        { QStringLiteral("first.csv"), QStringLiteral("--export-data"), QStringLiteral("second.csv") }, m_dir->path());
    VERIFY_EXIT(again, 0);
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("second.csv"))),
        readFile(m_dir->filePath(QStringLiteral("first.csv"))));
}

void TestCli::formulasExportedAsText()
{
    // Given a JSON bulletin whose indicator name, note and unit a spreadsheet would run
    QByteArray json = readFile(dataPath(QStringLiteral("minimal.json")));
    const QByteArray name("=HYPERLINK(\\\"http://example.invalid\\\",\\\"地方税收收入\\\")");
    json.replace("\"name\": \"地方税收收入\"", QByteArray("\"name\": \"" + name + "\", \"note\": \"@SUM(1+1)\""));
    json.replace("\"unit\": \"亿元\"", "\"unit\": \"+cmd|' /C calc'!A0\"");
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("in.json")), json));
    const LoadResult original = BulletinLoader::loadFile(m_dir->filePath(QStringLiteral("in.json")));
    QVERIFY2(original.ok(), qPrintable(describeProblems(original.problems)));
    const Indicator *tax = original.document->findIndicator(QStringLiteral("tax"));
    QVERIFY(tax && tax->name.startsWith(QLatin1Char('=')));

    // When it is exported as CSV
    const Run result
        = run({ QStringLiteral("in.json"), QStringLiteral("--export-data"), QStringLiteral("out.csv") }, m_dir->path());
    VERIFY_EXIT(result, 0);

    // Then the cells are text a spreadsheet shows, and reading the CSV gives the texts back
    const QString csv = QString::fromUtf8(readFile(m_dir->filePath(QStringLiteral("out.csv"))));
    QVERIFY2(csv.contains(QStringLiteral(",\"'=HYPERLINK(")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral(",'@SUM(1+1)")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral(",'+cmd|' /C calc'!A0,")), qPrintable(csv));
    const LoadResult reloaded = BulletinLoader::loadFile(m_dir->filePath(QStringLiteral("out.csv")));
    QVERIFY2(reloaded.ok(), qPrintable(describeProblems(reloaded.problems)));
    const Indicator *read = reloaded.document->findIndicator(QStringLiteral("tax"));
    QVERIFY(read);
    QCOMPARE(read->name, tax->name);
    QCOMPARE(read->note, tax->note);
    QCOMPARE(read->unit, tax->unit);
}

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
