// Checks the built-in bulletin against the article it was transcribed from (tests/data/seed).

#include "bulletin.h"
#include "bulletinloader.h"
#include "loadproblem.h"

#include <QFile>
#include <QSet>
#include <QStringList>
#include <QtTest>
#include <memory>

using namespace Bulletin;

namespace {

QString withoutWhitespace(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

QString numberText(double value)
{
    return QString::number(value, 'g', 12);
}

// 第一, 第二, …, 第十四, … (1 ≤ n ≤ 99).
QString chineseOrdinal(int n)
{
    const QString digits = QStringLiteral("一二三四五六七八九");
    QString number;
    if (n < 10) {
        number = digits.at(n - 1);
    } else {
        if (n >= 20)
            number += digits.at(n / 10 - 1);
        number += QChar(u'十');
        if (n % 10)
            number += digits.at(n % 10 - 1);
    }
    return QStringLiteral("第") + number;
}

bool isClauseDelimiter(QChar c)
{
    return c == QChar(u'。') || c == QChar(u'；') || c == QChar(u'\n');
}

// The sentence of the text that holds the source, without its full stop.
QString sentenceOf(const QString &text, const QString &source)
{
    const qsizetype at = text.indexOf(source);
    if (at < 0)
        return QString();
    const qsizetype start = text.lastIndexOf(QChar(u'。'), at) + 1;
    qsizetype end = text.indexOf(QChar(u'。'), at + source.size());
    if (end < 0)
        end = text.size();
    return text.mid(start, end - start);
}

// The figure as the text writes it: the words of a qualitative outcome, else the number.
QString figureText(const Indicator &indicator)
{
    if (!indicator.valueText.isEmpty())
        return indicator.valueText;
    if (indicator.value)
        return numberText(*indicator.value);
    return QString();
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void metadata();
    void sectionTitles();
    void sectionText_data();
    void sectionText();
    void indicator_data();
    void indicator();
    void englishFields_data();
    void englishFields();
    void outcomesInWords_data();
    void outcomesInWords();
    void shortTitles();
    void indicatorIdsUnique();
    void provinceValuesDerived();
    void numericIndicatorCount();
    void keyFigureNumbers();
    void keyFigure_data();
    void keyFigure();

private:
    std::shared_ptr<const Document> m_doc;
    QString m_seed;
    QStringList m_seedLines;
    // The seed without whitespace and without the intro paragraph, which the newspaper layout put inside section 3.
    QString m_cleanSeed;
};

void TestDataset::initTestCase()
{
    const LoadResult result = BulletinLoader::loadBuiltIn();
    QVERIFY2(result.ok(), qPrintable(describeProblems(result.problems)));
    m_doc = result.document;

    QFile seedFile(QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/seed/hengyang-2020-h1.txt"));
    QVERIFY2(seedFile.open(QIODevice::ReadOnly | QIODevice::Text),
        qPrintable(seedFile.fileName() + QStringLiteral(": ") + seedFile.errorString()));
    m_seed = QString::fromUtf8(seedFile.readAll());
    m_seedLines = m_seed.split(QChar(u'\n'));
    for (QString &line : m_seedLines)
        line = line.trimmed();

    const QString cleanIntro = withoutWhitespace(m_doc->intro);
    QVERIFY2(!cleanIntro.isEmpty(), "the bulletin has no intro");
    m_cleanSeed = withoutWhitespace(m_seed);
    QVERIFY2(m_cleanSeed.count(cleanIntro) == 1, "the intro is not verbatim from the seed");
    m_cleanSeed.remove(cleanIntro);
}

void TestDataset::metadata()
{
    QCOMPARE(m_doc->id, QStringLiteral("hengyang-2020-h1"));
    QVERIFY2(m_seedLines.contains(m_doc->title), qPrintable(QStringLiteral("title not in seed: ") + m_doc->title));
    QVERIFY2(
        m_seedLines.contains(m_doc->subtitle), qPrintable(QStringLiteral("subtitle not in seed: ") + m_doc->subtitle));
    QVERIFY2(m_cleanSeed.contains(withoutWhitespace(m_doc->reporter)),
        qPrintable(QStringLiteral("reporter not in seed: ") + m_doc->reporter));
    QCOMPARE(m_doc->period, QStringLiteral("2020年1—6月"));
    QCOMPARE(m_doc->region, QStringLiteral("衡阳市"));
    QCOMPARE(m_doc->comparisonRegion, QStringLiteral("湖南省"));
    QCOMPARE(m_doc->comparisonUnits, 14);
    QVERIFY2(m_doc->newspaper.isEmpty(), "the seed does not name the newspaper");
    QVERIFY2(m_doc->publicationDate.isEmpty(), "the seed does not give a publication date");
    QVERIFY(!m_doc->synthetic);
}

void TestDataset::sectionTitles()
{
    QStringList seedTitles;
    for (int i = 0; i < m_seedLines.size(); ++i) {
        if (m_seedLines.at(i) != QStringLiteral("亮点"))
            continue;
        int next = i + 1;
        while (next < m_seedLines.size() && m_seedLines.at(next).isEmpty())
            ++next;
        QVERIFY2(next < m_seedLines.size(), "a 亮点 marker without a title at the end of the seed");
        seedTitles.append(m_seedLines.at(next));
    }
    QCOMPARE(seedTitles.size(), 8);

    QStringList titles;
    for (const Section &section : m_doc->sections)
        titles.append(section.title);
    QCOMPARE(titles, seedTitles);
}

void TestDataset::sectionText_data()
{
    QTest::addColumn<int>("sectionIndex");
    for (int s = 0; s < m_doc->sections.size(); ++s)
        QTest::addRow("%s", qPrintable(m_doc->sections.at(s).id)) << s;
}

void TestDataset::sectionText()
{
    QFETCH(int, sectionIndex);
    const Section &section = m_doc->sections.at(sectionIndex);
    QVERIFY2(!section.text.isEmpty(), "empty section text");
    QVERIFY2(!section.text.contains(QStringLiteral("\n\n")), "empty paragraph in section text");
    QVERIFY2(m_cleanSeed.contains(withoutWhitespace(section.text)),
        "section text (whitespace removed) is not verbatim from the seed with the intro taken out");
    QVERIFY2(!section.text.contains(withoutWhitespace(m_doc->intro).left(12)),
        "the intro paragraph was left inside the section text");
}

void TestDataset::indicator_data()
{
    QTest::addColumn<int>("sectionIndex");
    QTest::addColumn<int>("indicatorIndex");
    for (int s = 0; s < m_doc->sections.size(); ++s) {
        const Section &section = m_doc->sections.at(s);
        for (int i = 0; i < section.indicators.size(); ++i)
            QTest::addRow("%s", qPrintable(section.indicators.at(i).id)) << s << i;
    }
}

void TestDataset::indicator()
{
    QFETCH(int, sectionIndex);
    QFETCH(int, indicatorIndex);
    const Section &section = m_doc->sections.at(sectionIndex);
    const Indicator &indicator = section.indicators.at(indicatorIndex);
    const QString &source = indicator.source;

    QVERIFY2(!indicator.name.isEmpty(), "indicator without a name");
    QVERIFY2(!source.isEmpty(), "indicator without a source");
    const int at = section.text.indexOf(source);
    QVERIFY2(
        at >= 0, qPrintable(QStringLiteral("source is not in the text of section %1: %2").arg(section.id, source)));
    const int end = at + source.size();
    QVERIFY2(at == 0 || isClauseDelimiter(section.text.at(at - 1)),
        qPrintable(QStringLiteral("source does not start a sentence or clause: ") + source));
    QVERIFY2(end == section.text.size() || isClauseDelimiter(section.text.at(end)),
        qPrintable(QStringLiteral("source does not end a sentence or clause: ") + source));

    QVERIFY2(indicator.value || !indicator.valueText.isEmpty() || indicator.rank,
        "indicator has neither value, value_text nor rank");
    const QString figure = figureText(indicator);
    if (!figure.isEmpty()) {
        QVERIFY2(
            source.contains(figure), qPrintable(QStringLiteral("figure \"%1\" not in source: %2").arg(figure, source)));
    }

    if (indicator.rank) {
        QVERIFY2(indicator.rankOf, "rank without rank_of");
        QVERIFY2(*indicator.rank >= 1 && *indicator.rank <= *indicator.rankOf,
            qPrintable(QStringLiteral("rank %1 of %2").arg(*indicator.rank).arg(*indicator.rankOf)));
        QVERIFY2(*indicator.rankOf <= m_doc->comparisonUnits,
            qPrintable(QStringLiteral("rank_of %1 exceeds comparison_units").arg(*indicator.rankOf)));
        if (*indicator.rankOf < m_doc->comparisonUnits) {
            QVERIFY2(!indicator.rankScope.isEmpty(), "a rank among fewer units than the province needs a rank_scope");
            QVERIFY2(source.contains(indicator.rankScope),
                qPrintable(QStringLiteral("rank_scope \"%1\" not in source").arg(indicator.rankScope)));
        }
        // "除长沙外，…新增存贷款分别排名全省第一、第三": an exclusion anywhere in the sentence scopes every rank in it.
        const QString sentence = sentenceOf(section.text, source);
        static const QRegularExpression exclusion(QStringLiteral("除([^，。；]{1,10})外"));
        if (const QRegularExpressionMatch match = exclusion.match(sentence); match.hasMatch()) {
            QCOMPARE(indicator.rankScope, match.captured(0));
            QCOMPARE(*indicator.rankOf, m_doc->comparisonUnits - 1);
        }
        const QString ordinal = chineseOrdinal(*indicator.rank);
        QVERIFY2(source.contains(ordinal),
            qPrintable(QStringLiteral("ordinal \"%1\" not in source: %2").arg(ordinal, source)));
    } else {
        QVERIFY2(!indicator.rankOf, "rank_of without rank");
    }

    if (indicator.provinceDerived) {
        QVERIFY2(indicator.value && indicator.provinceValue && indicator.statedGap,
            "a derived provincial value needs value, province_value and gap");
        QVERIFY2(qFuzzyCompare(*indicator.provinceValue, *indicator.value - *indicator.statedGap),
            qPrintable(QStringLiteral("province_value %1 != value %2 - gap %3")
                           .arg(numberText(*indicator.provinceValue), numberText(*indicator.value),
                               numberText(*indicator.statedGap))));
        const QString gap = numberText(*indicator.statedGap) + indicator.gapUnit;
        QVERIFY2(source.contains(gap), qPrintable(QStringLiteral("gap \"%1\" not in source: %2").arg(gap, source)));
    }

    if (indicator.completionPercent) {
        const QString completion = numberText(*indicator.completionPercent) + QChar(u'%');
        QVERIFY2(source.contains(completion),
            qPrintable(QStringLiteral("completion \"%1\" not in source: %2").arg(completion, source)));
    }
    if (!indicator.targetText.isEmpty()) {
        QVERIFY2(source.contains(indicator.targetText),
            qPrintable(QStringLiteral("target_text \"%1\" not in source").arg(indicator.targetText)));
    }
}

void TestDataset::englishFields_data()
{
    indicator_data();
}

// Every word the built-in bulletin shows has its English, and that English has no Chinese in it.
void TestDataset::englishFields()
{
    QFETCH(int, sectionIndex);
    QFETCH(int, indicatorIndex);
    const Indicator &indicator = m_doc->sections.at(sectionIndex).indicators.at(indicatorIndex);
    const QList<QPair<QString, QString>> pairs { { indicator.name, indicator.nameEn },
        { indicator.valueText, indicator.valueTextEn }, { indicator.unit, indicator.unitEn },
        { indicator.period, indicator.periodEn }, { indicator.rankScope, indicator.rankScopeEn },
        { indicator.targetText, indicator.targetTextEn }, { indicator.note, indicator.noteEn } };
    for (const auto &[chinese, english] : pairs) {
        if (chinese.isEmpty())
            continue;
        QVERIFY2(!english.isEmpty(), qPrintable(QStringLiteral("no English for \"%1\"").arg(chinese)));
        for (const QChar c : english) {
            QVERIFY2(c.script() != QChar::Script_Han,
                qPrintable(QStringLiteral("Chinese in the English \"%1\"").arg(english)));
        }
    }
    // What editors noted about reading the text is not a remark for readers.
    for (const QString &remark : { indicator.note, indicator.noteEn }) {
        for (const QString &editorial : { QStringLiteral("原文"), QStringLiteral("未说明"), QStringLiteral("指") }) {
            QVERIFY2(!remark.contains(editorial),
                qPrintable(QStringLiteral("an editor's remark in the readers' note: ") + remark));
        }
    }
}

void TestDataset::outcomesInWords_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("outcome");
    QTest::addRow("logistics-5a") << QStringLiteral("5A级物流企业") << QStringLiteral("“零”的突破");
    QTest::addRow("two-assurances") << QStringLiteral("“两不愁三保障”问题") << QStringLiteral("清零");
    QTest::addRow("drinking-water") << QStringLiteral("饮水安全") << QStringLiteral("全面动态清零");
    QTest::addRow("zero-deaths") << QStringLiteral("死亡") << QStringLiteral("零死亡");
    QTest::addRow("zero-infections") << QStringLiteral("感染") << QStringLiteral("零感染");
}

// Outcomes the article states in words, not numbers, are figures of the bulletin too.
void TestDataset::outcomesInWords()
{
    QFETCH(QString, subject);
    QFETCH(QString, outcome);
    const Indicator *found = nullptr;
    for (const Section &section : m_doc->sections) {
        for (const Indicator &indicator : section.indicators) {
            if (indicator.name.contains(subject) && indicator.valueText.contains(outcome))
                found = &indicator;
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no indicator says %1 %2").arg(subject, outcome)));
    QVERIFY(!found->valueTextEn.isEmpty());
}

void TestDataset::shortTitles()
{
    for (const Section &section : m_doc->sections) {
        QVERIFY2(!section.titleShort.isEmpty() && !section.titleShortEn.isEmpty(), qPrintable(section.id));
        // Short enough for a tab: the eight of them fit a 1366-pixel window in either language.
        QVERIFY2(section.titleShort.size() <= 6, qPrintable(section.titleShort));
        QVERIFY2(section.titleShortEn.size() <= 20, qPrintable(section.titleShortEn));
    }
    QCOMPARE(m_doc->reporterEn, QStringLiteral("Chen Run"));
}

void TestDataset::indicatorIdsUnique()
{
    QSet<QString> ids;
    for (const Section &section : m_doc->sections) {
        for (const Indicator &indicator : section.indicators) {
            QVERIFY2(!ids.contains(indicator.id), qPrintable(QStringLiteral("duplicate indicator id ") + indicator.id));
            ids.insert(indicator.id);
        }
    }
}

void TestDataset::provinceValuesDerived()
{
    int comparisons = 0;
    for (const Section &section : m_doc->sections) {
        for (const Indicator &indicator : section.indicators) {
            if (!indicator.provinceValue)
                continue;
            ++comparisons;
            QVERIFY2(indicator.provinceDerived,
                qPrintable(QStringLiteral("the article states no provincial value, but %1 has one that is not "
                                          "marked province_derived")
                               .arg(indicator.id)));
        }
    }
    QCOMPARE(comparisons, 3);
}

void TestDataset::numericIndicatorCount()
{
    int numeric = 0;
    for (const Section &section : m_doc->sections) {
        for (const Indicator &indicator : section.indicators) {
            if (indicator.value)
                ++numeric;
        }
    }
    QVERIFY2(numeric >= 45, qPrintable(QStringLiteral("only %1 indicators with a value").arg(numeric)));
}

void TestDataset::keyFigureNumbers()
{
    QCOMPARE(m_doc->keyFigures.size(), 7);
    for (int k = 0; k < m_doc->keyFigures.size(); ++k)
        QCOMPARE(m_doc->keyFigures.at(k).number, k + 1);
}

void TestDataset::keyFigure_data()
{
    QTest::addColumn<int>("keyFigureIndex");
    for (int k = 0; k < m_doc->keyFigures.size(); ++k)
        QTest::addRow("key_figure_%d", m_doc->keyFigures.at(k).number) << k;
}

void TestDataset::keyFigure()
{
    QFETCH(int, keyFigureIndex);
    const KeyFigure &keyFigure = m_doc->keyFigures.at(keyFigureIndex);
    QVERIFY2(!keyFigure.label.isEmpty(), "key figure without a label");
    QVERIFY2(!keyFigure.label.contains(QChar(u'\n')), "the label must fit on one line");

    const QStringList lines = keyFigure.text.split(QChar(u'\n'));
    for (const QString &line : lines) {
        QVERIFY2(!withoutWhitespace(line).isEmpty(), "empty line in key figure text");
        QVERIFY2(m_cleanSeed.contains(withoutWhitespace(line)),
            qPrintable(QStringLiteral("key figure line not verbatim from the seed: ") + line));
    }

    const Section *section = nullptr;
    for (const Section &candidate : m_doc->sections) {
        if (candidate.id == keyFigure.sectionId)
            section = &candidate;
    }
    QVERIFY2(section, qPrintable(QStringLiteral("unknown section ") + keyFigure.sectionId));

    const Indicator *indicator = nullptr;
    for (const Indicator &candidate : section->indicators) {
        if (candidate.id == keyFigure.indicatorId)
            indicator = &candidate;
    }
    QVERIFY2(indicator,
        qPrintable(QStringLiteral("indicator %1 is not in section %2").arg(keyFigure.indicatorId, section->id)));

    const QString figure = figureText(*indicator);
    QVERIFY2(!figure.isEmpty(), "the card's indicator has no value to show");
    QVERIFY2(keyFigure.text.contains(figure),
        qPrintable(QStringLiteral("the card shows \"%1\", which its text does not mention").arg(figure)));
}

QTEST_GUILESS_MAIN(TestDataset)

#include "tst_dataset.moc"
