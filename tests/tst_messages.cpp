// The messages about a bad input file or a failed write speak the interface language, and still name the file
// and the place in it.

#include "applanguage.h"
#include "chartexporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <bulletinloader.h>
#include <bulletinwriter.h>
#include <loadproblem.h>

using namespace Bulletin;

namespace {

enum class Action { Load, ExportData, ExportChart };

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

QByteArray minimalJson()
{
    return readFile(QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/minimal.json"));
}

const QByteArray csvHeader("section,indicator,value,unit,province_value,province_derived,rank,rank_of,period,source\n");

} // namespace

Q_DECLARE_METATYPE(Action)

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void speaksTheInterfaceLanguage_data();
    void speaksTheInterfaceLanguage();

private:
    QString message(Action action, const QString &file) const;

    std::shared_ptr<const Document> m_document;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMessages::initTestCase()
{
    const LoadResult loaded = BulletinLoader::loadFile(QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/minimal.json"));
    QVERIFY2(loaded.ok(), qPrintable(describeProblems(loaded.problems)));
    m_document = loaded.document;
}

void TestMessages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A path below a regular file cannot be created, even by root.
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("blocker")), "not a folder\n"));
}

void TestMessages::cleanup()
{
    AppLanguage::apply(AppLanguage::English);
}

QString TestMessages::message(Action action, const QString &file) const
{
    const QString path = m_dir->filePath(file);
    switch (action) {
    case Action::Load:
        return describeProblems(BulletinLoader::loadFile(path).problems);
    case Action::ExportData:
        return BulletinWriter::writeFile(*m_document, path, BulletinWriter::Overwrite::Refuse);
    case Action::ExportChart:
        return ChartExporter(m_document, m_document->sections.first().charts.first(), AppLanguage::bulletinLanguage())
            .save(path, ChartExporter::Format::Svg, 1, Bulletin::Overwrite::Refuse);
    }
    return {};
}

void TestMessages::speaksTheInterfaceLanguage_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("place"); // below the temporary folder: the file, then where in it
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("english");

    QByteArray badNumber = minimalJson();
    badNumber.replace("\"value\": 1.7,", "\"value\": \"1.7x\",");
    QTest::addRow("json-number") << Action::Load << QStringLiteral("bad.json") << badNumber
                                 << QStringLiteral("bad.json: sections[0].indicators[0].value: ")
                                 << QStringLiteral("应为数值，实际为字符串")
                                 << QStringLiteral("expected a number, found a string");
    QTest::addRow("csv-number") << Action::Load << QStringLiteral("bad.csv")
                                << QByteArray(csvHeader + "经济,增速,1.7x,%,,,,,,来源\n")
                                << QStringLiteral("bad.csv:2: column value: ")
                                << QStringLiteral("应为有限数值，实际为“1.7x”")
                                << QStringLiteral("expected a finite number, found \"1.7x\"");
    QTest::addRow("json-syntax") << Action::Load << QStringLiteral("bad.json")
                                 << QByteArray("{\n  \"format_version\": 1,\n}\n") << QStringLiteral("bad.json:3:1: ")
                                 << QStringLiteral("JSON 语法错误：") << QStringLiteral("JSON syntax error: ");
    QTest::addRow("csv-ragged-row") << Action::Load << QStringLiteral("bad.csv")
                                    << QByteArray(csvHeader + "经济,增速,1.7\n") << QStringLiteral("bad.csv:2: ")
                                    << QStringLiteral("应与表头一样有 10 个字段，实际为 3 个")
                                    << QStringLiteral("expected 10 fields as in the header, found 3");
    QTest::addRow("missing-file") << Action::Load << QStringLiteral("absent.json") << QByteArray()
                                  << QStringLiteral("absent.json: ") << QStringLiteral("文件不存在")
                                  << QStringLiteral("no such file");
    QTest::addRow("export-data-unwritable")
        << Action::ExportData << QStringLiteral("blocker/out.csv") << QByteArray()
        << QStringLiteral("blocker/out.csv：") << QStringLiteral("无法写入") << QStringLiteral("cannot be written");
    QTest::addRow("export-data-exists")
        << Action::ExportData << QStringLiteral("blocker") << QByteArray() << QStringLiteral("blocker：")
        << QStringLiteral("文件已存在，未被覆盖（如需替换，请使用 --force）")
        << QStringLiteral("the file exists already; it was not overwritten (use --force to replace it)");
    QTest::addRow("export-chart-unwritable")
        << Action::ExportChart << QStringLiteral("blocker/chart.svg") << QByteArray()
        << QStringLiteral("blocker/chart.svg：") << QStringLiteral("无法写入") << QStringLiteral("cannot be written");
}

void TestMessages::speaksTheInterfaceLanguage()
{
    QFETCH(Action, action);
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, place);
    QFETCH(QString, chinese);
    QFETCH(QString, english);
    if (!bytes.isEmpty())
        QVERIFY(writeFile(m_dir->filePath(file), bytes));

    QVERIFY(AppLanguage::apply(AppLanguage::Chinese));
    const QString inChinese = message(action, file);
    QVERIFY2(inChinese.contains(m_dir->filePath(place)), qPrintable(inChinese));
    QVERIFY2(inChinese.contains(chinese), qPrintable(inChinese));
    QVERIFY2(!inChinese.contains(english), qPrintable(inChinese));

    QVERIFY(AppLanguage::apply(AppLanguage::English));
    const QString inEnglish = message(action, file);
    // The English sentences keep ": " after the file name, where Chinese has a full-width colon.
    QVERIFY2(inEnglish.contains(m_dir->filePath(place.replace(QStringLiteral("："), QStringLiteral(": ")))),
        qPrintable(inEnglish));
    QVERIFY2(inEnglish.contains(english), qPrintable(inEnglish));
    QVERIFY2(!inEnglish.contains(chinese), qPrintable(inEnglish));
}

QTEST_MAIN(TestMessages)
#include "tst_messages.moc"
