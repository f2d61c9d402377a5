// Drafting a bulletin from an article: the seed article against the built-in bulletin made from it by hand, a second
// made-up article in another layout, every form of figure on short made-up sentences (all marked 测试数据 and about
// the made-up city 青禾市, never real statistics), every way an article reaches an office (text in UTF-8 or GB18030
// with LF or CRLF, a web page with its navigation, scripts and footer, a .docx made here with QuaZip, traditional
// characters, ASCII punctuation), files that must be refused, and the command line.

#include "../fuzz/articleexercise.h"
#include "articleimporter.h"
#include "articlereader.h"
#include "bulletinloader.h"
#include "bulletinwriter.h"
#include "headlessrun.h"
#include "importreport.h"
#include "indicatorformat.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <sys/stat.h>

using namespace Bulletin;

Q_DECLARE_METATYPE(Bulletin::MissReason)

namespace {

QString dataPath(const QString &name)
{
    return QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/") + name;
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

bool same(double a, double b)
{
    return std::fabs(a - b) < 1e-9;
}

// A figure of the hand-made bulletin is found when the draft has its value and unit, its rank among as many units,
// and its provincial value, stated or derived as the hand-made one says.
bool reproduces(const Indicator &reference, const Indicator &draft)
{
    if (reference.value && (!draft.value || !same(*reference.value, *draft.value) || draft.unit != reference.unit))
        return false;
    if (reference.rank && (draft.rank != reference.rank || draft.rankOf != reference.rankOf))
        return false;
    if (reference.provinceValue
        && (!draft.provinceValue || !same(*reference.provinceValue, *draft.provinceValue)
            || draft.provinceDerived != reference.provinceDerived))
        return false;
    if (!reference.value && !reference.rank && draft.valueText != reference.valueText)
        return false;
    return true;
}

struct Score
{
    int matched = 0;
    int expected = 0;
    int found = 0;
    QStringList missed;

    double recall() const { return expected == 0 ? 1 : double(matched) / expected; }
    double precision() const { return found == 0 ? 1 : double(matched) / found; }
};

Score score(const Document &reference, const Document &draft)
{
    QList<const Indicator *> candidates;
    for (const Section &section : draft.sections) {
        for (const Indicator &indicator : section.indicators)
            candidates.append(&indicator);
    }
    Score result;
    result.found = int(candidates.size());
    QList<bool> used(candidates.size(), false);
    for (const Section &section : reference.sections) {
        for (const Indicator &indicator : section.indicators) {
            ++result.expected;
            bool found = false;
            for (qsizetype k = 0; k < candidates.size() && !found; ++k) {
                if (!used.at(k) && reproduces(indicator, *candidates.at(k))) {
                    used[k] = true;
                    found = true;
                }
            }
            if (found)
                ++result.matched;
            else
                result.missed.append(indicator.id);
        }
    }
    return result;
}

// What every draft promises: it validates, reads back through the loader, its sources are sentences of their
// sections, and its ranges point into the article.
void checkDraft(const ImportResult &result)
{
    QVERIFY2(result.ok(), qPrintable(describeProblems(result.problems)));
    const Document &draft = *result.draft;
    const LoadResult loaded = BulletinLoader::loadJson(BulletinWriter::toJson(draft), QStringLiteral("draft.json"));
    QVERIFY2(loaded.ok(), qPrintable(describeProblems(loaded.problems)));
    QCOMPARE(loaded.document->indicatorCount(), draft.indicatorCount());
    for (const Section &section : draft.sections) {
        for (const Indicator &indicator : section.indicators)
            QVERIFY2(section.text.contains(indicator.source),
                qPrintable(indicator.id + QLatin1Char(' ') + indicator.source));
    }
    for (const FoundFigure &figure : result.figures) {
        QVERIFY(figure.range.start >= 0 && figure.range.length > 0);
        QVERIFY(figure.range.end() <= result.articleText.size());
        QVERIFY2(draft.findIndicator(figure.indicatorId), qPrintable(figure.indicatorId));
    }
    for (const MissedNumber &number : result.missed)
        QVERIFY(number.range.start >= 0 && number.range.end() <= result.articleText.size());
}

// The draft's indicators as the JSON format writes them, so that expectations read as the format's fields.
QJsonArray draftIndicators(const Document &draft)
{
    const QJsonObject json = QJsonDocument::fromJson(BulletinWriter::toJson(draft)).object();
    QJsonArray indicators;
    for (const QJsonValue section : json.value(QStringLiteral("sections")).toArray()) {
        for (const QJsonValue indicator : section.toObject().value(QStringLiteral("indicators")).toArray())
            indicators.append(indicator);
    }
    return indicators;
}

// Every field the expectation names has that value; "name~" and "note~" need only contain the text.
bool fits(const QJsonObject &actual, const QJsonObject &expected)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QString key = it.key();
        const bool contains = key.endsWith(QLatin1Char('~'));
        if (contains)
            key.chop(1);
        const QJsonValue value = actual.value(key);
        if (contains) {
            if (!value.toString().contains(it.value().toString()))
                return false;
        } else if (it.value().isDouble()) {
            if (!value.isDouble() || !same(value.toDouble(), it.value().toDouble()))
                return false;
        } else if (it.value().isBool()) {
            // A flag left out of the file is false.
            if (value.toBool(false) != it.value().toBool())
                return false;
        } else if (value != it.value()) {
            return false;
        }
    }
    return true;
}

QString describe(const QJsonArray &indicators)
{
    return QString::fromUtf8(QJsonDocument(indicators).toJson(QJsonDocument::Compact));
}

// Made-up sentences become an article of the made-up city 青禾市 in Hunan, in the first half of 2021.
QString article(const QString &body)
{
    return QStringLiteral("湖南省青禾市2021年上半年经济简报（测试数据）\n") + body + QLatin1Char('\n');
}

QJsonArray expectation(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expectation %s: %s", json, qPrintable(error.errorString()));
    return document.array();
}

// The small article the formats carry, three sections in the "亮点" layout.
QString formatsArticle()
{
    return QStringLiteral("青禾市上半年经济运行情况（测试数据）\n——湖南省青禾市（虚构）\n亮点\n工业生产回升\n"
                          "规模以上工业增加值增长8.5%，高于全省1.2个百分点，居全省第4位。\n亮点\n投资消费向好\n"
                          "固定资产投资完成152.6亿元，增长9.1%。社会消费品零售总额增长12.3%。\n亮点\n民生持续改善\n"
                          "新增城镇就业1.2万人，完成全年目标任务的65%。\n");
}

QString htmlEscaped(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QStringLiteral("“"), QStringLiteral("&ldquo;"));
    escaped.replace(QStringLiteral("”"), QStringLiteral("&rdquo;"));
    return escaped;
}

// A news page as a browser saves it: the article in <div class="content">, around it a menu, a script and a style,
// a sidebar and a footer, all with numbers of their own.
QString htmlPage(const QString &text, const QString &charset)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString body;
    for (qsizetype k = 1; k < lines.size(); ++k)
        body += QStringLiteral("<p>") + htmlEscaped(lines.at(k)) + QStringLiteral("</p>\n");
    return QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"%1\"><title>%2 - 青禾新闻网（测试数据）</title>\n"
        "<style>.content p { margin: 12px; } /* 2021年 */</style>\n"
        "<script>var views = 35000; document.write('阅读量增长99.9%');</script></head>\n"
        "<body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/2021\">2021年专题</a> "
        "<span>访问量增长88.8%</span></div>\n"
        "<nav><ul><li>要闻</li><li>第3版</li></ul></nav>\n"
        "<div class=\"main\"><h1>%2</h1><div class=\"info\">来源：青禾日报&nbsp;&nbsp;2021-07-16</div>\n"
        "<div class=\"content\">\n%3</div></div>\n"
        "<aside class=\"sidebar\"><p>热点：全国某指标增长77.7%</p></aside>\n"
        "<footer><p>版权所有 ©2021 青禾新闻网 电话：0000-1234567</p></footer>\n"
        "<!-- 统计代码 12345 --></body></html>\n")
        .arg(charset, htmlEscaped(lines.first()), body);
}

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// A Word document with just what Word needs to open it; each paragraph in two runs, and a deleted run that must
// not be read.
QByteArray docx(const QString &text)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype half = line.size() / 2;
        xml += "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
            + xmlEscaped(line.left(half))
            + "</w:t></w:r><w:del w:id=\"1\" w:author=\"test\"><w:r><w:delText>999亿元</w:delText></w:r></w:del>"
              "<w:r><w:rPr><w:b/></w:rPr><w:t>"
            + xmlEscaped(line.mid(half)) + "</w:t></w:r></w:p>";
    }
    xml += "<w:sectPr/></w:body></w:document>";
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    const auto add = [&zip](const QString &name, const QByteArray &content) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            file.write(content);
        file.close();
    };
    add(QStringLiteral("[Content_Types].xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
        "PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
    add(QStringLiteral("word/document.xml"), xml);
    zip.close();
    return bytes;
}

QByteArray zipWithout(const QString &name)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    QuaZipFile file(&zip);
    file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
    file.write("nothing to read");
    file.close();
    zip.close();
    return bytes;
}

HeadlessRun run(const QStringList &arguments, const QString &workingDirectory)
{
    return runHeadless(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY), arguments, workingDirectory,
        { { QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8") },
            { QStringLiteral("XDG_CONFIG_HOME"), QDir(workingDirectory).filePath(QStringLiteral(".config")) } });
}

} // namespace

class TestArticleImport : public QObject
{
    Q_OBJECT

private slots:
    void seedReproducesTheBuiltInBulletin();
    void draftHasTheEnglishItCanBeSureOf();
    void seedFiguresPointIntoTheArticle();
    void syntheticArticleInAnotherLayout();
    void forms_data();
    void forms();
    void notFigures_data();
    void notFigures();
    void periods_data();
    void periods();
    void aCountyIsComparedWithItsCity();
    void formats_data();
    void formats();
    void refused_data();
    void refused();
    void oddInputsStillGiveValidDrafts_data();
    void oddInputsStillGiveValidDrafts();
    void commandLine();
    void commandLineRefuses_data();
    void commandLineRefuses();
    void fuzzFindings_data();
    void fuzzFindings();
};

void TestArticleImport::seedReproducesTheBuiltInBulletin()
{
    // Given the article the built-in bulletin was made from by hand
    const ImportResult result = ArticleImporter::importFile(dataPath(QStringLiteral("articles/hengyang-2020-h1.txt")));
    checkDraft(result);
    const LoadResult reference = BulletinLoader::loadBuiltIn();
    QVERIFY(reference.ok());

    // Then the draft has its sections, header and key figures, and at least 90% of its figures
    const Document &draft = *result.draft;
    QCOMPARE(draft.sections.size(), 8);
    for (qsizetype s = 0; s < draft.sections.size(); ++s)
        QCOMPARE(draft.sections.at(s).title, reference.document->sections.at(s).title);
    QCOMPARE(draft.id, QStringLiteral("hengyang-2020-h1"));
    QCOMPARE(draft.title, reference.document->title);
    QCOMPARE(draft.subtitle, reference.document->subtitle);
    QCOMPARE(draft.reporter, reference.document->reporter);
    QCOMPARE(draft.period, reference.document->period);
    QCOMPARE(draft.region, reference.document->region);
    QCOMPARE(draft.comparisonRegion, reference.document->comparisonRegion);
    QCOMPARE(draft.comparisonUnits, 14);
    QCOMPARE(draft.intro, reference.document->intro);
    QCOMPARE(draft.keyFigures.size(), reference.document->keyFigures.size());
    for (qsizetype k = 0; k < draft.keyFigures.size(); ++k)
        QCOMPARE(draft.keyFigures.at(k).number, reference.document->keyFigures.at(k).number);

    const Score seed = score(*reference.document, draft);
    qInfo("seed article: recall %d/%d (%.1f%%), precision %d/%d (%.1f%%); missed: %s", seed.matched, seed.expected,
        100 * seed.recall(), seed.matched, seed.found, 100 * seed.precision(), qPrintable(seed.missed.join(u' ')));
    QCOMPARE(seed.expected, 62);
    QVERIFY2(seed.matched >= 54, qPrintable(seed.missed.join(u' ')));
    QVERIFY(seed.precision() >= 0.9);
    // Nothing in the seed is left unexplained.
    QVERIFY2(result.unrecognised().isEmpty(), qPrintable(result.unrecognised().value(0).sentence));
}

// A draft has English where it is the same in every sentence (亿元, 零死亡) and none where it is not (家).
void TestArticleImport::draftHasTheEnglishItCanBeSureOf()
{
    const ImportResult result = ArticleImporter::importFile(dataPath(QStringLiteral("articles/hengyang-2020-h1.txt")));
    checkDraft(result);
    int sure = 0;
    for (const Section &section : result.draft->sections) {
        for (const Indicator &indicator : section.indicators) {
            const QString where = indicator.name + u' ' + indicator.unit;
            if (indicator.unit == QStringLiteral("亿元"))
                QVERIFY2(indicator.unitEn == QStringLiteral("100 million yuan"), qPrintable(where));
            else if (indicator.unit == QStringLiteral("%"))
                QVERIFY2(indicator.unitEn == QStringLiteral("%"), qPrintable(where));
            else if (indicator.unit == QStringLiteral("名") || indicator.unit == QStringLiteral("人"))
                QVERIFY2(indicator.unitEn == QStringLiteral("people"), qPrintable(where));
            else if (indicator.unit == QStringLiteral("家") || indicator.unit == QStringLiteral("个"))
                QVERIFY2(indicator.unitEn.isEmpty(), qPrintable(where));
            if (indicator.valueText == QStringLiteral("零死亡"))
                QCOMPARE(indicator.valueTextEn, QStringLiteral("zero deaths"));
            if (indicator.valueText == QStringLiteral("基本实现清零"))
                QCOMPARE(indicator.valueTextEn, QStringLiteral("basically cleared"));
            sure += indicator.unitEn.isEmpty() ? 0 : 1;
        }
    }
    // Most of the seed's figures are in yuan, people and per cent.
    QVERIFY2(sure >= 30, qPrintable(QString::number(sure)));
    // And the draft says so in English: 297.72 亿元 read as English counts.
    const Indicator *investment = nullptr;
    for (const Section &section : result.draft->sections) {
        for (const Indicator &indicator : section.indicators) {
            if (indicator.value && qFuzzyCompare(*indicator.value, 297.72))
                investment = &indicator;
        }
    }
    QVERIFY(investment);
    QCOMPARE(IndicatorFormat::value(*investment, Language::English), QStringLiteral("29.772 billion yuan"));
}

void TestArticleImport::seedFiguresPointIntoTheArticle()
{
    const ImportResult result = ArticleImporter::importFile(dataPath(QStringLiteral("articles/hengyang-2020-h1.txt")));
    checkDraft(result);
    // The seed needs no normalizing inside its sections, so every range reads as the figure it marks.
    for (const FoundFigure &figure : result.figures)
        QCOMPARE(result.articleText.mid(figure.range.start, figure.range.length), figure.text);
    for (const MissedNumber &number : result.missed)
        QCOMPARE(result.articleText.mid(number.range.start, number.range.length), number.text);
    const auto kinds = [&result](FigureKind kind) {
        return std::count_if(result.figures.cbegin(), result.figures.cend(),
            [kind](const FoundFigure &figure) { return figure.kind == kind; });
    };
    QCOMPARE(kinds(FigureKind::Comparison), 3);
    QCOMPARE(kinds(FigureKind::Rank), 10);
    QVERIFY(kinds(FigureKind::Outcome) >= 2);
    // Charts: the economy section compares three growth rates with Hunan and ranks six figures.
    const Section *economy = result.draft->findSection(QStringLiteral("s2"));
    QVERIFY(economy);
    QCOMPARE(economy->charts.size(), 2);
    QCOMPARE(economy->charts.at(0).kind, ChartKind::Comparison);
    QCOMPARE(economy->charts.at(0).indicatorIds.size(), 3);
    QCOMPARE(economy->charts.at(1).kind, ChartKind::Ranking);
    // Each line of the report names a figure and its sentence.
    const QString report = ImportReport::format(result, QStringLiteral("hengyang-2020-h1.txt"));
    for (const FoundFigure &figure : result.figures)
        QVERIFY(report.contains(figure.indicatorId + QLatin1Char('\t') + figureKindName(figure.kind)));
}

void TestArticleImport::syntheticArticleInAnotherLayout()
{
    // Given a made-up article with a headline block, numbered headings (one the first sentence of its paragraph) and
    // a notice's signature, and the bulletin a person made of it
    const ImportResult result = ArticleImporter::importFile(dataPath(QStringLiteral("articles/qinghe-2021-q3.txt")));
    checkDraft(result);
    const LoadResult reference
        = BulletinLoader::loadFile(dataPath(QStringLiteral("articles/qinghe-2021-q3.expected.json")));
    QVERIFY2(reference.ok(), qPrintable(describeProblems(reference.problems)));
    const Document &draft = *result.draft;

    QCOMPARE(draft.sections.size(), reference.document->sections.size());
    for (qsizetype s = 0; s < draft.sections.size(); ++s)
        QCOMPARE(draft.sections.at(s).title, reference.document->sections.at(s).title);
    QCOMPARE(draft.period, QStringLiteral("2021年1—9月"));
    QCOMPARE(draft.region, QStringLiteral("青禾市"));
    QCOMPARE(draft.comparisonRegion, QStringLiteral("江西省"));
    QCOMPARE(draft.comparisonUnits, 11);
    QCOMPARE(draft.reporter, QStringLiteral("林晓"));
    QVERIFY(draft.synthetic);
    QCOMPARE(draft.intro, reference.document->intro);
    QCOMPARE(draft.keyFigures.size(), 4);
    for (qsizetype k = 0; k < draft.keyFigures.size(); ++k) {
        const Indicator *chosen = draft.findIndicator(draft.keyFigures.at(k).indicatorId);
        const Indicator *expected = reference.document->findIndicator(reference.document->keyFigures.at(k).indicatorId);
        QVERIFY(chosen && expected);
        QVERIFY2(reproduces(*expected, *chosen), qPrintable(chosen->name));
    }

    const Score synthetic = score(*reference.document, draft);
    qInfo("made-up article (numbered headings): recall %d/%d (%.1f%%), precision %d/%d (%.1f%%); missed: %s",
        synthetic.matched, synthetic.expected, 100 * synthetic.recall(), synthetic.matched, synthetic.found,
        100 * synthetic.precision(), qPrintable(synthetic.missed.join(u' ')));
    QVERIFY(synthetic.recall() >= 0.9);
    QVERIFY(synthetic.precision() >= 0.9);
    // The other places' figures and the signature's date are set aside, and say why.
    int otherPlaces = 0;
    for (const MissedNumber &number : result.missed)
        otherPlaces += number.reason == MissReason::OtherPlace ? 1 : 0;
    QCOMPARE(otherPlaces, 2);
}

void TestArticleImport::forms_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QJsonArray>("expected");
    QTest::addColumn<int>("count"); // indicators the draft must hold; -1: not checked

    // Amounts and counts, with magnitudes in the unit as written.
    QTest::addRow("amount-yi-yuan") << QStringLiteral("上半年全市完成固定资产投资52.3亿元。")
                                    << expectation(R"([{"name":"固定资产投资","value":52.3,"unit":"亿元"}])") << 1;
    QTest::addRow("amount-wan-yuan") << QStringLiteral("全市发放创业担保贷款8600万元。")
                                     << expectation(R"([{"name~":"创业担保贷款","value":8600,"unit":"万元"}])") << 1;
    QTest::addRow("amount-wan-ton") << QStringLiteral("粮食总产量达到45.6万吨。")
                                    << expectation(R"([{"name":"粮食总产量","value":45.6,"unit":"万吨"}])") << 1;
    QTest::addRow("amount-wan-mu") << QStringLiteral("新增高标准农田3.2万亩。")
                                   << expectation(R"([{"name":"新增高标准农田","value":3.2,"unit":"万亩"}])") << 1;
    QTest::addRow("amount-yi-kwh") << QStringLiteral("全社会用电量完成58.7亿千瓦时。")
                                   << expectation(R"([{"name":"全社会用电量","value":58.7,"unit":"亿千瓦时"}])") << 1;
    QTest::addRow("count-ge") << QStringLiteral("新签约项目126个。")
                              << expectation(R"([{"name":"新签约项目","value":126,"unit":"个"}])") << 1;
    QTest::addRow("count-jia") << QStringLiteral("新增规模以上工业企业35家。")
                               << expectation(R"([{"name":"新增规模以上工业企业","value":35,"unit":"家"}])") << 1;
    QTest::addRow("count-ming") << QStringLiteral("引进高层次人才420名。")
                                << expectation(R"([{"name~":"高层次人才","value":420,"unit":"名"}])") << 1;
    QTest::addRow("count-before-noun") << QStringLiteral("全市241个重点项目开工建设。")
                                       << expectation(R"([{"name":"开工建设的重点项目","value":241,"unit":"个"}])")
                                       << 1;
    QTest::addRow("chinese-numeral") << QStringLiteral("新建五个社区服务中心。")
                                     << expectation(R"([{"name":"社区服务中心","value":5,"unit":"个"}])") << 1;
    // Lower bounds, noted as such.
    QTest::addRow("bound-guo-qian-wan") << QStringLiteral("园区企业营业收入过千万元。")
                                        << expectation(R"([{"value":1000,"unit":"万元","note~":"下限"}])") << 1;
    QTest::addRow("bound-yu") << QStringLiteral("3万余名志愿者参与服务。")
                              << expectation(R"([{"name~":"志愿者","value":3,"unit":"万名","note~":"3万余名"}])") << 1;
    QTest::addRow("bound-yishang") << QStringLiteral("出口额增长20%以上。")
                                   << expectation(R"([{"name":"出口额增速","value":20,"unit":"%","note~":"下限"}])")
                                   << 1;
    // Growth and decline.
    QTest::addRow("growth") << QStringLiteral("规模以上工业增加值增长8.5%。")
                            << expectation(R"([{"name":"规模以上工业增加值增速","value":8.5,"unit":"%"}])") << 1;
    QTest::addRow("growth-year-on-year") << QStringLiteral("社会消费品零售总额同比增长12.3%。")
                                         << expectation(
                                                R"([{"name":"社会消费品零售总额增速","value":12.3,"unit":"%"}])")
                                         << 1;
    QTest::addRow("decline") << QStringLiteral("单位地区生产总值能耗下降3.2%。")
                             << expectation(R"([{"name~":"能耗","value":-3.2,"unit":"%"}])") << 1;
    QTest::addRow("rise") << QStringLiteral("居民消费价格上涨2.1%。")
                          << expectation(R"([{"name":"居民消费价格增速","value":2.1,"unit":"%"}])") << 1;
    QTest::addRow("times") << QStringLiteral("跨境电商交易额增长2.3倍。")
                           << expectation(R"([{"name~":"跨境电商交易额","value":2.3,"unit":"倍"}])") << 1;
    QTest::addRow("two-year-average") << QStringLiteral("地区生产总值增长12.6%，两年平均增长5.8%。")
                                      << expectation(R"([{"name":"地区生产总值增速","value":12.6,"unit":"%"},
                           {"name":"地区生产总值两年平均增速","value":5.8,"unit":"%"}])")
                                      << 2;
    // Changes in percentage points.
    QTest::addRow("points-up") << QStringLiteral("城镇化率同比提高1.1个百分点。")
                               << expectation(R"([{"name~":"城镇化率","value":1.1,"unit":"个百分点"}])") << 1;
    QTest::addRow("points-down") << QStringLiteral("工业增加值增速比一季度回落2.6个百分点。")
                                 << expectation(R"([{"name~":"比一季度","value":-2.6,"unit":"个百分点"}])") << 1;
    // Shares and completion.
    QTest::addRow("share-of") << QStringLiteral("高新技术产业增加值占规模以上工业增加值的比重为28.5%。")
                              << expectation(R"([{"name~":"占规模以上工业增加值","value":28.5,"unit":"%"}])") << 1;
    QTest::addRow("tax-share") << QStringLiteral("税占比达70.5%。")
                               << expectation(R"([{"name":"税占比","value":70.5,"unit":"%"}])") << 1;
    QTest::addRow("contribution") << QStringLiteral("消费对经济增长的贡献率为56.2%。")
                                  << expectation(R"([{"name~":"贡献率","value":56.2,"unit":"%"}])") << 1;
    QTest::addRow("completion")
        << QStringLiteral("新增城镇就业1.8万人，完成全年目标计划的120%。")
        << expectation(
               R"([{"name":"新增城镇就业","value":1.8,"unit":"万人","completion":120,"target_text":"全年目标计划"}])")
        << 1;
    // Ranks, with the province's 14 cities where the text does not count them.
    QTest::addRow("rank-ju") << QStringLiteral("地区生产总值增长7.2%，居全省第5位。")
                             << expectation(R"([{"value":7.2,"rank":5,"rank_of":14}])") << 1;
    QTest::addRow("rank-zengfu") << QStringLiteral("规模工业增加值增长9.1%，增幅居全省第六。")
                                 << expectation(R"([{"value":9.1,"rank":6,"rank_of":14}])") << 1;
    QTest::addRow("rank-paiming-di") << QStringLiteral("社会消费品零售总额增长10.2%，全省排名第4位。")
                                     << expectation(R"([{"value":10.2,"rank":4,"rank_of":14}])") << 1;
    QTest::addRow("rank-paiming-quansheng") << QStringLiteral("固定资产投资增长8.8%，排名全省第三。")
                                            << expectation(R"([{"value":8.8,"rank":3,"rank_of":14}])") << 1;
    QTest::addRow("rank-each") << QStringLiteral("全社会用电量和工业用电量增速均居全省第一。")
                               << expectation(R"([{"name":"全社会用电量增速","rank":1,"rank_of":14},
                                                  {"name":"工业用电量增速","rank":1,"rank_of":14}])")
                               << 2;
    QTest::addRow("rank-respectively") << QStringLiteral("进出口总额、实际利用外资增速分别排名全省第四、第五。")
                                       << expectation(R"([{"name":"进出口总额增速","rank":4,"rank_of":14},
                                                          {"name":"实际利用外资增速","rank":5,"rank_of":14}])")
                                       << 2;
    QTest::addRow("rank-counties") << QStringLiteral("全县财政收入增速居全市九县（市、区）第三。")
                                   << expectation(R"([{"rank":3,"rank_of":9}])") << 1;
    QTest::addRow("rank-but-capital") << QStringLiteral("除省会外，金融机构存款余额居全省第一。")
                                      << expectation(R"([{"rank":1,"rank_of":13,"rank_scope":"除省会外"}])") << 1;
    QTest::addRow("rank-but-capital-whole-sentence")
        << QStringLiteral("除省会外，存款余额居全省第一，新增存贷款分别排名全省第二、第四。")
        << expectation(R"([{"rank":1,"rank_of":13,"rank_scope":"除省会外"},
                          {"name":"新增存款","rank":2,"rank_of":13,"rank_scope":"除省会外"},
                          {"name":"新增贷款","rank":4,"rank_of":13,"rank_scope":"除省会外"}])")
        << 3;
    QTest::addRow("rank-in-text") << QStringLiteral("财政收入增速居全省14个市州第2位。")
                                  << expectation(R"([{"rank":2,"rank_of":14}])") << 1;
    QTest::addRow("deposits-and-loans") << QStringLiteral("新增存贷款分别排名全省第一、第三。")
                                        << expectation(R"([{"name":"新增存款","rank":1},{"name":"新增贷款","rank":3}])")
                                        << 2;
    // Provincial values: stated, and implied by a gap.
    QTest::addRow("province-stated")
        << QStringLiteral("地区生产总值增长7.0%，比全省（6.1%）和全国平均水平（5.8%）分别高0.9、1.2个百分点。")
        << expectation(R"([{"value":7,"province_value":6.1,"province_derived":false,"gap":0.9,"note~":"全国"}])") << 1;
    QTest::addRow("province-implied")
        << QStringLiteral("固定资产投资增长9.3%，高于全省1.2个百分点。")
        << expectation(
               R"([{"value":9.3,"province_value":8.1,"province_derived":true,"gap":1.2,"gap_unit":"个百分点"}])")
        << 1;
    QTest::addRow("province-average") << QStringLiteral("规模工业增加值增长6.5%，高出全省平均水平0.8个百分点。")
                                      << expectation(R"([{"value":6.5,"province_value":5.7,"province_derived":true}])")
                                      << 1;
    QTest::addRow("province-and-nation")
        << QStringLiteral("农村居民人均可支配收入增长8.9%，高于全国0.6、全省0.3个百分点。")
        << expectation(R"([{"value":8.9,"province_value":8.6,"province_derived":true,"gap":0.3,"note~":"全国0.6"}])")
        << 1;
    QTest::addRow("province-below") << QStringLiteral("一般公共预算收入增长2.1%，低于全省0.5个百分点。")
                                    << expectation(R"([{"value":2.1,"province_value":2.6,"gap":-0.5}])") << 1;
    QTest::addRow("province-clause") << QStringLiteral("全市进出口总额增长15.2%，全省增长12.0%。")
                                     << expectation(R"([{"value":15.2,"province_value":12,"province_derived":false}])")
                                     << 1;
    // Lists: one indicator per item, each named.
    QTest::addRow("list-industries") << QStringLiteral("一二三产业增加值分别完成40.2亿元、210.5亿元和190.3亿元。")
                                     << expectation(R"([{"name":"第一产业增加值","value":40.2,"unit":"亿元"},
                           {"name":"第二产业增加值","value":210.5,"unit":"亿元"},
                           {"name":"第三产业增加值","value":190.3,"unit":"亿元"}])")
                                     << 3;
    QTest::addRow("list-growth") << QStringLiteral("纺织、机械、食品分别增长8.5%、12.1%、6.4%。")
                                 << expectation(R"([{"name":"纺织增速","value":8.5},{"name":"机械增速","value":12.1},
                                                    {"name":"食品增速","value":6.4}])")
                                 << 3;
    QTest::addRow("list-one-unit") << QStringLiteral("纺织、机械、食品分别增长8.5、12.1和6.4%。")
                                   << expectation(R"([{"name":"纺织增速","value":8.5,"unit":"%"},
                                                      {"name":"食品增速","value":6.4,"unit":"%"}])")
                                   << 3;
    QTest::addRow("list-counted-items")
        << QStringLiteral("241个市重点项目、28个省重点项目分别完成投资297.7亿元、79.6亿元。")
        << expectation(R"([{"name":"市重点项目","value":241,"unit":"个"},{"name":"省重点项目","value":28,"unit":"个"},
                           {"name":"市重点项目完成投资","value":297.7,"unit":"亿元"},
                           {"name":"省重点项目完成投资","value":79.6,"unit":"亿元"}])")
        << 4;
    QTest::addRow("sub-indicator") << QStringLiteral("固定资产投资完成320.5亿元，其中工业投资52.3亿元。")
                                   << expectation(R"([{"name":"固定资产投资","value":320.5},
                                                      {"name":"工业投资","value":52.3,"note~":"其中"}])")
                                   << 2;
    // Outcomes in words.
    QTest::addRow("zero-deaths") << QStringLiteral("实现患者“零死亡”。")
                                 << expectation(R"([{"name":"患者死亡","value":0,"value_text":"零死亡","unit":"人"}])")
                                 << 1;
    QTest::addRow("cleared") << QStringLiteral("“两不愁三保障”问题全面清零。")
                             << expectation(R"([{"name~":"两不愁三保障","value_text":"全面清零"}])") << 1;
    QTest::addRow("cleared-basically") << QStringLiteral("饮水安全问题基本实现清零。")
                                       << expectation(R"([{"name~":"饮水安全","value_text":"基本实现清零"}])") << 1;
    QTest::addRow("breakthrough") << QStringLiteral("4A级景区实现“零”的突破。")
                                  << expectation(R"([{"name":"4A级景区","value_text":"“零”的突破"}])") << 1;
    QTest::addRow("double-half") << QStringLiteral("全县重点项目投资实现“双过半”。")
                                 << expectation(R"([{"value_text":"双过半"}])") << 1;
    QTest::addRow("double-half-target") << QStringLiteral("重点项目完成投资56.2亿元，实现“双过半”目标。")
                                        << expectation(R"([{"value":56.2,"unit":"亿元","target_text":"双过半"}])") << 1;
    QTest::addRow("first-tier") << QStringLiteral("营商环境综合排名居全省第一方阵。")
                                << expectation(R"([{"value_text":"第一方阵"}])") << 1;
    // Periods of a figure: a month, a point in time, the start of the year.
    QTest::addRow("month") << QStringLiteral("6月份实现产值2000万元。")
                           << expectation(R"([{"value":2000,"unit":"万元","period":"2021年6月"}])") << 1;
    QTest::addRow("quarter-end") << QStringLiteral("二季度末，各项贷款余额856.3亿元。")
                                 << expectation(R"([{"value":856.3,"period":"2021年二季度末"}])") << 1;
    QTest::addRow("since-new-year") << QStringLiteral("各项存款余额比年初增加52.6亿元。")
                                    << expectation(R"([{"value":52.6,"unit":"亿元","note~":"比年初"}])") << 1;
    // Web reposts and traditional characters.
    QTest::addRow("ascii-and-spaces")
        << QStringLiteral("全市地区生产总值增长 7.0 % ,高于全省 1.2 个百分点;排名全省第 3 位.")
        << expectation(R"([{"value":7,"unit":"%","province_value":5.8,"province_derived":true,"rank":3}])") << 1;
    QTest::addRow("ascii-range-and-parentheses")
        << QStringLiteral("1-6月,地区生产总值增长7.0%,比全省(6.1%)高0.9个百分点.")
        << expectation(R"([{"value":7,"province_value":6.1,"province_derived":false}])") << 1;
    QTest::addRow("full-width-digits") << QStringLiteral("完成投资１２３．４亿元，增长１５％。")
                                       << expectation(R"([{"value":123.4,"unit":"亿元"},{"value":15,"unit":"%"}])")
                                       << 2;
    QTest::addRow("thousands-separator") << QStringLiteral("游客接待量达1,234.5万人次。")
                                         << expectation(R"([{"value":1234.5,"unit":"万人次"}])") << 1;
    QTest::addRow("traditional") << QStringLiteral("全市完成固定資產投資52.3億元，增長12.5%，高於全省1.1個百分點。")
                                 << expectation(R"([{"name":"固定资产投资","value":52.3,"unit":"亿元"},
                           {"name":"固定资产投资增速","value":12.5,"unit":"%","province_value":11.4,
                            "gap_unit":"个百分点"}])")
                                 << 2;
}

void TestArticleImport::forms()
{
    QFETCH(QString, body);
    QFETCH(QJsonArray, expected);
    QFETCH(int, count);
    const ImportResult result = ArticleImporter::importText(article(body), QStringLiteral("forms.txt"));
    checkDraft(result);
    const QJsonArray indicators = draftIndicators(*result.draft);
    if (count >= 0)
        QVERIFY2(indicators.size() == count, qPrintable(describe(indicators)));
    QList<bool> used(indicators.size(), false);
    for (const QJsonValue want : expected) {
        bool found = false;
        for (qsizetype k = 0; k < indicators.size() && !found; ++k) {
            if (!used.at(k) && fits(indicators.at(k).toObject(), want.toObject())) {
                used[k] = true;
                found = true;
            }
        }
        QVERIFY2(found,
            qPrintable(QStringLiteral("expected %1 among %2")
                           .arg(QString::fromUtf8(QJsonDocument(want.toObject()).toJson(QJsonDocument::Compact)),
                               describe(indicators))));
    }
    // Every figure has its number marked in the article.
    for (const FoundFigure &figure : result.figures)
        QVERIFY(!result.articleText.mid(figure.range.start, figure.range.length).trimmed().isEmpty());
}

void TestArticleImport::notFigures_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<MissReason>("reason");

    QTest::addRow("date") << QStringLiteral("2021年7月15日，全市召开经济运行分析会。") << MissReason::Date;
    QTest::addRow("period") << QStringLiteral("1—6月，全市经济运行总体平稳。") << MissReason::Period;
    QTest::addRow("years-since") << QStringLiteral("创近10年来最好水平。") << MissReason::Period;
    QTest::addRow("list-marker") << QStringLiteral("（1）加快项目建设进度。") << MissReason::ListMarker;
    QTest::addRow("ordinal") << QStringLiteral("第一批示范项目名单公布。") << MissReason::Ordinal;
    QTest::addRow("first-industry") << QStringLiteral("第一产业稳步发展。") << MissReason::SetPhrase;
    QTest::addRow("5g") << QStringLiteral("5G基站建设提速。") << MissReason::SetPhrase;
    QTest::addRow("5a") << QStringLiteral("创建5A级景区。") << MissReason::SetPhrase;
    QTest::addRow("pillar-industries") << QStringLiteral("6大支柱产业加快转型。") << MissReason::SetPhrase;
    QTest::addRow("project-capacity") << QStringLiteral("年产30万吨新材料项目开工建设。") << MissReason::ProjectName;
    QTest::addRow("quoted") << QStringLiteral("深入开展“三个一”活动。") << MissReason::Quoted;
    QTest::addRow("title") << QStringLiteral("《青禾市100个重点项目清单》印发。") << MissReason::Quoted;
    QTest::addRow("nation") << QStringLiteral("全国规模以上工业增加值增长6.4%。") << MissReason::OtherPlace;
    QTest::addRow("other-city") << QStringLiteral("长沙市地区生产总值增长7.1%。") << MissReason::OtherPlace;
    QTest::addRow("bare-year") << QStringLiteral("成功举办2021青禾论坛。") << MissReason::Date;
}

void TestArticleImport::notFigures()
{
    QFETCH(QString, body);
    QFETCH(MissReason, reason);
    const ImportResult result = ArticleImporter::importText(article(body), QStringLiteral("not-figures.txt"));
    checkDraft(result);
    QVERIFY2(result.draft->indicatorCount() == 0, qPrintable(describe(draftIndicators(*result.draft))));
    bool told = false;
    for (const MissedNumber &number : result.missed)
        told = told || (number.reason == reason && body.contains(number.text));
    QVERIFY2(told, qPrintable(missReasonName(reason)));
    QVERIFY(result.unrecognised().isEmpty());
}

void TestArticleImport::periods_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("period");

    QTest::addRow("shang-ban-nian") << QStringLiteral("青禾市2021年上半年经济运行简报（测试数据）")
                                    << QStringLiteral("2021年1—6月");
    QTest::addRow("em-dash") << QStringLiteral("青禾市2021年1—6月经济运行简报（测试数据）")
                             << QStringLiteral("2021年1—6月");
    QTest::addRow("zhi") << QStringLiteral("青禾市2021年1至6月经济运行简报（测试数据）")
                         << QStringLiteral("2021年1—6月");
    QTest::addRow("hyphen") << QStringLiteral("青禾市2021年1-6月经济运行简报（测试数据）")
                            << QStringLiteral("2021年1—6月");
    QTest::addRow("three-quarters") << QStringLiteral("青禾市2022年前三季度经济运行简报（测试数据）")
                                    << QStringLiteral("2022年1—9月");
    QTest::addRow("first-quarter") << QStringLiteral("青禾市2019年一季度经济运行简报（测试数据）")
                                   << QStringLiteral("2019年1—3月");
    QTest::addRow("year-from-text") << QStringLiteral("青禾市上半年经济运行简报（测试数据）")
                                    << QStringLiteral("2023年1—6月");
}

void TestArticleImport::periods()
{
    QFETCH(QString, title);
    QFETCH(QString, period);
    const QString text = title + QStringLiteral("\n不平凡的2023年已过半。全市完成固定资产投资52.3亿元。\n");
    const ImportResult result = ArticleImporter::importText(text, QStringLiteral("periods.txt"));
    checkDraft(result);
    QCOMPARE(result.draft->period, period);
}

void TestArticleImport::aCountyIsComparedWithItsCity()
{
    // Given a county's release, with its office under the title and the date in digits
    const QString text
        = QStringLiteral("云岭县2022年一季度经济运行情况（测试数据）\n云岭县统计局\n"
                         "发布时间：2022-04-18  来源：云岭县融媒体中心\n"
                         "全县规模以上工业增加值增长11.5%，高于全市平均水平2.3个百分点，居全市九县（市、区）第二。"
                         "三次产业结构持续优化。\n");
    const ImportResult result = ArticleImporter::importText(text, QStringLiteral("county.txt"));
    checkDraft(result);
    const Document &draft = *result.draft;
    QCOMPARE(draft.region, QStringLiteral("云岭县"));
    QCOMPARE(draft.subtitle, QString());
    QCOMPARE(draft.publicationDate, QStringLiteral("2022-04-18"));
    QCOMPARE(draft.period, QStringLiteral("2022年1—3月"));
    // Then 全市 is what the county is compared and ranked with
    const QJsonArray indicators = draftIndicators(draft);
    QCOMPARE(indicators.size(), 1);
    QVERIFY2(fits(indicators.first().toObject(),
                 expectation(R"([{"value":11.5,"province_value":9.2,"province_derived":true,"rank":2,"rank_of":9}])")
                     .first()
                     .toObject()),
        qPrintable(describe(indicators)));
    QVERIFY(result.unrecognised().isEmpty());
}

void TestArticleImport::formats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("format");

    const QString text = formatsArticle();
    QString crlf = text;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QStringEncoder gb18030("GB18030");
    QTest::addRow("utf8") << text.toUtf8() << QStringLiteral("txt") << QStringLiteral("text");
    QTest::addRow("utf8-bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << QStringLiteral("txt")
                              << QStringLiteral("text");
    QTest::addRow("gb18030") << QByteArray(gb18030.encode(text)) << QStringLiteral("txt") << QStringLiteral("text");
    QTest::addRow("crlf") << crlf.toUtf8() << QStringLiteral("txt") << QStringLiteral("text");
    QTest::addRow("gb18030-crlf") << QByteArray(gb18030.encode(crlf)) << QString() << QStringLiteral("text");
    QTest::addRow("html") << htmlPage(text, QStringLiteral("utf-8")).toUtf8() << QStringLiteral("html")
                          << QStringLiteral("html");
    QTest::addRow("html-gbk-no-suffix") << QByteArray(gb18030.encode(htmlPage(text, QStringLiteral("gbk"))))
                                        << QString() << QStringLiteral("html");
    QTest::addRow("docx") << docx(text) << QStringLiteral("docx") << QStringLiteral("docx");
    QTest::addRow("docx-no-suffix") << docx(text) << QString() << QStringLiteral("docx");
    QTest::addRow("traditional") << QStringLiteral(
        "青禾市上半年經濟運行情況（測試數據）\n——湖南省青禾市（虛構）\n亮點\n工業生產回升\n"
        "規模以上工業增加值增長8.5%，高於全省1.2個百分點，居全省第4位。\n亮點\n投資消費向好\n"
        "固定資產投資完成152.6億元，增長9.1%。社會消費品零售總額增長12.3%。\n亮點\n民生持續改善\n"
        "新增城鎮就業1.2萬人，完成全年目標任務的65%。\n")
                                        .toUtf8()
                                 << QStringLiteral("txt") << QStringLiteral("text");
    QTest::addRow("ascii-punctuation") << QStringLiteral(
        "青禾市上半年经济运行情况(测试数据)\n--湖南省青禾市(虚构)\n亮点\n工业生产回升\n"
        "规模以上工业增加值增长 8.5 % ,高于全省 1.2 个百分点,居全省第 4 位.\n亮点\n投资消费向好\n"
        "固定资产投资完成 152.6 亿元,增长 9.1%.社会消费品零售总额增长12.3 %.\n亮点\n民生持续改善\n"
        "新增城镇就业 1.2 万人,完成全年目标任务的 65%.\n")
                                              .toUtf8()
                                       << QStringLiteral("txt") << QStringLiteral("text");
}

void TestArticleImport::formats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, suffix);
    QFETCH(QString, format);
    QVERIFY(!bytes.isEmpty());
    const ImportResult result = ArticleImporter::importBytes(bytes, QStringLiteral("article.") + suffix, suffix);
    checkDraft(result);
    QCOMPARE(result.format, format);
    const Document &draft = *result.draft;
    QStringList titles;
    for (const Section &section : draft.sections)
        titles.append(section.title);
    QCOMPARE(titles,
        QStringList(
            { QStringLiteral("工业生产回升"), QStringLiteral("投资消费向好"), QStringLiteral("民生持续改善") }));
    QCOMPARE(draft.title.left(9), QStringLiteral("青禾市上半年经济运"));
    QCOMPARE(draft.period, QStringLiteral("1—6月"));
    QCOMPARE(draft.comparisonUnits, 14);

    // The page's menu, script, sidebar and footer, and the deleted run of the .docx, give no figures.
    const QJsonArray indicators = draftIndicators(draft);
    QVERIFY2(indicators.size() == 5, qPrintable(describe(indicators)));
    const QJsonArray expected = expectation(R"([
        {"name":"规模以上工业增加值增速","value":8.5,"unit":"%","province_value":7.3,"province_derived":true,
         "rank":4,"rank_of":14},
        {"name":"固定资产投资","value":152.6,"unit":"亿元"},
        {"name":"固定资产投资增速","value":9.1,"unit":"%"},
        {"name":"社会消费品零售总额增速","value":12.3,"unit":"%"},
        {"name":"新增城镇就业","value":1.2,"unit":"万人","completion":65}])");
    for (qsizetype k = 0; k < expected.size(); ++k)
        QVERIFY2(fits(indicators.at(k).toObject(), expected.at(k).toObject()), qPrintable(describe(indicators)));
    // Marks land on the figures as the article was read, whatever was changed to read it.
    for (const FoundFigure &figure : result.figures) {
        const QString marked = result.articleText.mid(figure.range.start, figure.range.length);
        QVERIFY2(!marked.isEmpty()
                && (marked.at(0).isDigit() || marked.contains(QChar(u'第')) || marked.at(0).unicode() >= 0xFF10),
            qPrintable(marked));
    }
}

void TestArticleImport::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    QTest::addRow("empty") << QByteArray() << QStringLiteral("empty.txt") << QStringLiteral("empty") << 1;
    QTest::addRow("blank") << QByteArray(" \r\n\n\t ") << QStringLiteral("blank.txt") << QStringLiteral("empty") << 1;
    QTest::addRow("bom-only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("bom.txt") << QStringLiteral("empty")
                              << 1;
    QTest::addRow("utf16") << QByteArray("\xFF\xFE\x31\x00\x32\x00") << QStringLiteral("utf16.txt")
                           << QStringLiteral("UTF-16") << 1;
    QTest::addRow("neither-encoding") << QByteArray("第一行\n\x80\x80\x80") << QStringLiteral("bytes.txt")
                                      << QStringLiteral("UTF-8") << 2;
    QTest::addRow("word-97") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << QStringLiteral("old.doc")
                             << QStringLiteral(".doc") << 1;
    QTest::addRow("pdf") << QByteArray("%PDF-1.4\n") << QStringLiteral("page.pdf") << QStringLiteral("PDF") << 1;
    QTest::addRow("damaged-docx") << QByteArray("PK\x03\x04 cut short") << QStringLiteral("cut.docx")
                                  << QStringLiteral("ZIP") << 0;
    QTest::addRow("zip-not-docx") << zipWithout(QStringLiteral("readme.txt")) << QStringLiteral("other.docx")
                                  << QStringLiteral("word/document.xml") << 0;
    QTest::addRow("page-without-text") << QByteArray("<html><body><script>var a = 1;</script></body></html>")
                                       << QStringLiteral("empty.html") << QStringLiteral("no article text") << 0;
}

void TestArticleImport::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, message);
    QFETCH(int, line);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    QVERIFY(writeFile(path, bytes));
    const ImportResult result = ArticleImporter::importFile(path);
    QVERIFY(!result.ok());
    QVERIFY(!result.draft);
    QCOMPARE(result.problems.size(), 1);
    const LoadProblem &problem = result.problems.first();
    QCOMPARE(problem.file, path);
    QVERIFY2(problem.message.contains(message, Qt::CaseInsensitive), qPrintable(problem.toString()));
    QCOMPARE(problem.line, line);
}

void TestArticleImport::oddInputsStillGiveValidDrafts_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("markers-only") << QStringLiteral("亮点\n亮点\n亮点\n");
    QTest::addRow("numbers-only") << QStringLiteral("1\n2\n3\n4\n");
    QTest::addRow("huge-number") << QString(QStringLiteral("全市完成投资") + QString(400, QLatin1Char('9'))
        + QStringLiteral("亿元，增长") + QString(30, QLatin1Char('9')) + QStringLiteral("%，居全省第99位。"));
    QTest::addRow("rank-zero") << QStringLiteral("湖南省某县（测试数据）\n财政收入增速居全省第0位，排名全省第一千位。");
    QTest::addRow("no-province") << QStringLiteral(
        "某地（测试数据）\n地区生产总值增长5%，居全省第二，高于全省1个百分点。");
    QTest::addRow("unclosed-quotes") << QStringLiteral("“““全市完成投资5亿元，“增长6%，“零死亡");
    QTest::addRow("long-line")
        << QString(QStringLiteral("增长1.5%居全省第一") + QString(5000, QChar(u'和'))).repeated(20);
    QString sections;
    for (int k = 0; k < 1200; ++k)
        sections += QStringLiteral("亮点\n标题%1\n完成投资%1亿元。\n").arg(k + 1);
    QTest::addRow("more-sections-than-a-bulletin-holds") << sections;
    QTest::addRow("controls") << QString::fromUtf8("\x01\x02完成投资\x0b5亿元\x7f，\xe2\x80\x8b增长\xc2\xa0 6 %");
}

void TestArticleImport::oddInputsStillGiveValidDrafts()
{
    QFETCH(QString, text);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = ArticleImporter::importText(text, QStringLiteral("odd.txt"));
    checkDraft(result);
    QVERIFY(result.draft->sections.size() <= 1000);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestArticleImport::commandLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString article = dataPath(QStringLiteral("articles/hengyang-2020-h1.txt"));
    const QString draft = dir.filePath(QStringLiteral("draft.json"));

    // An article becomes a draft that opens as a bulletin.
    HeadlessRun result
        = run({ QStringLiteral("--import-article"), article, QStringLiteral("--output"), draft }, dir.path());
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(result.lines().value(0), draft);
    const LoadResult loaded = BulletinLoader::loadFile(draft);
    QVERIFY2(loaded.ok(), qPrintable(describeProblems(loaded.problems)));
    QCOMPARE(loaded.document->sections.size(), 8);

    // A draft that exists is replaced only with --force.
    QVERIFY(writeFile(draft, "keep me"));
    result = run({ QStringLiteral("--import-article"), article, QStringLiteral("--output"), draft }, dir.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(draft) && result.err.contains(QStringLiteral("--force")), qPrintable(result.err));
    QCOMPARE(readFile(draft), QByteArray("keep me"));
    result = run({ QStringLiteral("--import-article"), article, QStringLiteral("--output"), draft,
                     QStringLiteral("--force"), QStringLiteral("--import-report") },
        dir.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(BulletinLoader::loadFile(draft).ok());

    // The report has a line per figure with its sentence.
    const ImportResult imported = ArticleImporter::importFile(article);
    int figureLines = 0;
    for (const QString &line : result.lines()) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() == 5 && fields.at(0).startsWith(QLatin1Char('s'))) {
            ++figureLines;
            QVERIFY2(loaded.document->findIndicator(fields.at(0)), qPrintable(line));
            QVERIFY2(loaded.document->findIndicator(fields.at(0))->source == fields.at(4), qPrintable(line));
        }
    }
    QCOMPARE(qsizetype(figureLines), imported.figures.size());
    QVERIFY(result.out.contains(QStringLiteral("date\t2020年")));

    // --help tells of the option.
    result = run({ QStringLiteral("--help") }, dir.path());
    QVERIFY(result.out.contains(QStringLiteral("--import-article"))
        && result.out.contains(QStringLiteral("--import-report")));
}

void TestArticleImport::commandLineRefuses_data()
{
    QTest::addColumn<QStringList>("arguments"); // ARTICLE stands for an empty article, DIR for the test's folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::addRow("empty-article") << QStringList { QStringLiteral("--import-article"), QStringLiteral("ARTICLE"),
        QStringLiteral("--output"), QStringLiteral("DIR/out.json") }
                                   << 2 << QStringLiteral("empty.txt:1:1: the article is empty");
    QTest::addRow("missing-article") << QStringList { QStringLiteral("--import-article"),
        QStringLiteral("DIR/none.txt"), QStringLiteral("--output"), QStringLiteral("DIR/out.json") }
                                     << 2 << QStringLiteral("none.txt: no such file");
    QTest::addRow("folder-as-article") << QStringList { QStringLiteral("--import-article"), QStringLiteral("DIR"),
        QStringLiteral("--output"), QStringLiteral("DIR/out.json") }
                                       << 2 << QStringLiteral("is a folder");
    QTest::addRow("fifo-as-article") << QStringList { QStringLiteral("--import-article"), QStringLiteral("DIR/fifo"),
        QStringLiteral("--output"), QStringLiteral("DIR/out.json") }
                                     << 2 << QStringLiteral("not a regular file");
    QTest::addRow("output-folder-missing") << QStringList { QStringLiteral("--import-article"), QStringLiteral("SEED"),
        QStringLiteral("--output"), QStringLiteral("DIR/missing/out.json") }
                                           << 1 << QStringLiteral("out.json: cannot be written");
    QTest::addRow("output-is-a-folder") << QStringList { QStringLiteral("--import-article"), QStringLiteral("SEED"),
        QStringLiteral("--output"), QStringLiteral("DIR") }
                                        << 1 << QStringLiteral("is a folder");
    QTest::addRow("no-output") << QStringList { QStringLiteral("--import-article"), QStringLiteral("SEED") } << 2
                               << QStringLiteral("--output");
    QTest::addRow("output-alone") << QStringList { QStringLiteral("--output"), QStringLiteral("DIR/out.json") } << 2
                                  << QStringLiteral("--import-article");
    QTest::addRow("with-a-bulletin") << QStringList { QStringLiteral("SEED"), QStringLiteral("--import-article"),
        QStringLiteral("SEED"), QStringLiteral("--output"), QStringLiteral("DIR/out.json") }
                                     << 2 << QStringLiteral("takes no FILE");
}

void TestArticleImport::commandLineRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("empty.txt")), QByteArray()));
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo"))).constData(), 0600) == 0);
    for (QString &argument : arguments) {
        if (argument == QLatin1String("ARTICLE"))
            argument = dir.filePath(QStringLiteral("empty.txt"));
        else if (argument == QLatin1String("SEED"))
            argument = dataPath(QStringLiteral("articles/hengyang-2020-h1.txt"));
        else
            argument.replace(QLatin1String("DIR"), dir.path());
    }
    const HeadlessRun result = run(arguments, dir.path());
    QVERIFY2(result.finished, qPrintable(result.describe()));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.json"))));
}

void TestArticleImport::fuzzFindings_data()
{
    QTest::addColumn<QString>("path");
    const QDir findings(dataPath(QStringLiteral("fuzz/article")));
    for (const QFileInfo &file : findings.entryInfoList(QDir::Files, QDir::Name))
        QTest::addRow("%s", qPrintable(file.fileName())) << file.filePath();
    const QDir seeds(dataPath(QStringLiteral("../../fuzz/corpus/article")));
    for (const QFileInfo &file : seeds.entryInfoList(QDir::Files, QDir::Name))
        QTest::addRow("seed-%s", qPrintable(file.fileName())) << file.filePath();
}

// What fuzz_article found, and its seeds, through the fuzz target's own checks (which abort on a broken promise).
void TestArticleImport::fuzzFindings()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    const ImportResult result = ArticleExercise::import(bytes);
    if (result.draft)
        checkDraft(result);
}

QTEST_GUILESS_MAIN(TestArticleImport)
#include "tst_articleimport.moc"
