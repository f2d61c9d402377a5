// The item models over a bulletin: structure (checked by QAbstractItemModelTester), roles, filtering and lookups.
// Names and words are the bulletin's Chinese unless a test chooses English, whatever the machine's locale.

#include "bulletin.h"
#include "bulletinloader.h"
#include "chartdatamodel.h"
#include "englishwords.h"
#include "indicatorfilterproxymodel.h"
#include "indicatorformat.h"
#include "indicatorroles.h"
#include "indicatortablemodel.h"
#include "loadproblem.h"
#include "sectiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QtTest>
#include <algorithm>

using namespace Bulletin;

namespace {

std::shared_ptr<const Document> builtIn()
{
    const LoadResult result = BulletinLoader::loadBuiltIn();
    if (!result.ok())
        qFatal("the built-in bulletin does not load: %s", qPrintable(describeProblems(result.problems)));
    return result.document;
}

std::shared_ptr<const Document> sampleCsv()
{
    const LoadResult result = BulletinLoader::loadFile(QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/sample.csv"));
    if (!result.ok())
        qFatal("sample.csv does not load: %s", qPrintable(describeProblems(result.problems)));
    return result.document;
}

QAbstractItemModelTester *attachTester(QAbstractItemModel *model)
{
    return new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

struct Filter
{
    QString text;
    bool province = false;
    bool rank = false;
    QString sectionId;

    void applyTo(IndicatorFilterProxyModel &proxy) const
    {
        proxy.setSearchText(text);
        proxy.setRequireProvinceComparison(province);
        proxy.setRequireRank(rank);
        proxy.setSectionId(sectionId);
    }
};

QStringList terms(const QString &text)
{
    QStringList result;
    QString current;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

// What the filter should keep, worked out from the document itself.
bool expectedMatch(const Filter &filter, const Section &section, const Indicator &indicator)
{
    if (!filter.sectionId.isEmpty() && section.id != filter.sectionId)
        return false;
    if (filter.province && !indicator.provinceValue)
        return false;
    if (filter.rank && !indicator.rank)
        return false;
    const QStringList fields { indicator.name, indicator.nameEn, section.title, section.titleEn, indicator.source,
        indicator.id };
    for (const QString &term : terms(filter.text)) {
        bool found = false;
        for (const QString &field : fields)
            found = found || field.contains(term, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

QStringList expectedIds(const Document &document, const Filter &filter)
{
    QStringList ids;
    for (const Section &section : document.sections) {
        for (const Indicator &indicator : section.indicators) {
            if (expectedMatch(filter, section, indicator))
                ids.append(indicator.id);
        }
    }
    return ids;
}

QStringList expectedSections(const Document &document, const Filter &filter)
{
    QStringList ids;
    for (const Section &section : document.sections) {
        for (const Indicator &indicator : section.indicators) {
            if (expectedMatch(filter, section, indicator)) {
                ids.append(section.id);
                break;
            }
        }
    }
    return ids;
}

QStringList idsInTable(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(IndicatorIdRole).toString());
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(Filter)

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void tableModelStructure();
    void treeModelStructure();
    void proxyOverTableStructure();
    void proxyOverTreeStructure();
    void roles_data();
    void roles();
    void rankOnlyIndicatorsHaveNoValue();
    void headers();
    void filter_data();
    void filter();
    void lookups();
    void formatSpeaksTheLanguage_data();
    void formatSpeaksTheLanguage();
    void englishWording_data();
    void englishWording();
    void englishWordsForDrafts_data();
    void englishWordsForDrafts();
    void sourceLineSpeaksTheLanguage();
    void englishWordsOfTheBulletin_data();
    void englishWordsOfTheBulletin();
    void namesFollowTheLanguage_data();
    void namesFollowTheLanguage();
    void filterFindsEitherName_data();
    void filterFindsEitherName();
    void retranslateKeepsTheRows();

private:
    std::shared_ptr<const Document> m_doc;
};

namespace {

constexpr Language Chinese = Language::Chinese;
constexpr Language English = Language::English;
// The process locale, which must not decide what models and formats say.
QLocale localeOf(Language language)
{
    return language == English ? QLocale(QLocale::English, QLocale::UnitedStates)
                               : QLocale(QLocale::Chinese, QLocale::China);
}

std::shared_ptr<const Document> minimal()
{
    const LoadResult result = BulletinLoader::loadFile(QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/minimal.json"));
    if (!result.ok())
        qFatal("minimal.json does not load: %s", qPrintable(describeProblems(result.problems)));
    return result.document;
}

} // namespace

Q_DECLARE_METATYPE(Bulletin::Language)

void TestModels::initTestCase()
{
    QLocale::setDefault(localeOf(Chinese));
    m_doc = builtIn();
}

void TestModels::cleanup()
{
    QLocale::setDefault(localeOf(Chinese));
}

void TestModels::tableModelStructure()
{
    IndicatorTableModel model;
    attachTester(&model);
    QCOMPARE(model.rowCount(), 0);

    model.setDocument(m_doc);
    QCOMPARE(model.rowCount(), m_doc->indicatorCount());
    QCOMPARE(model.columnCount(), int(IndicatorTableModel::ColumnCount));
    int row = 0;
    for (const Section &section : m_doc->sections) {
        for (const Indicator &indicator : section.indicators) {
            QCOMPARE(model.index(row, IndicatorTableModel::NameColumn).data().toString(), indicator.name);
            QCOMPARE(model.index(row, IndicatorTableModel::SectionColumn).data().toString(), section.title);
            ++row;
        }
    }

    const std::shared_ptr<const Document> csv = sampleCsv();
    model.setDocument(csv);
    QCOMPARE(model.rowCount(), csv->indicatorCount());
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.setDocument(m_doc);
    QCOMPARE(model.rowCount(), m_doc->indicatorCount());
}

void TestModels::treeModelStructure()
{
    SectionTreeModel model;
    attachTester(&model);
    QCOMPARE(model.rowCount(), 0);

    model.setDocument(m_doc);
    QCOMPARE(model.rowCount(), int(m_doc->sections.size()));
    int indicators = 0;
    for (int s = 0; s < m_doc->sections.size(); ++s) {
        const QModelIndex sectionIndex = model.index(s, SectionTreeModel::NameColumn);
        QCOMPARE(sectionIndex.data().toString(), m_doc->sections.at(s).title);
        QCOMPARE(model.rowCount(sectionIndex), int(m_doc->sections.at(s).indicators.size()));
        QCOMPARE(model.rowCount(model.index(s, SectionTreeModel::ValueColumn)), 0);
        for (int i = 0; i < model.rowCount(sectionIndex); ++i) {
            const QModelIndex child = model.index(i, SectionTreeModel::NameColumn, sectionIndex);
            QCOMPARE(child.parent(), sectionIndex);
            QCOMPARE(model.rowCount(child), 0);
            QCOMPARE(child.data(IndicatorIdRole).toString(), m_doc->sections.at(s).indicators.at(i).id);
            ++indicators;
        }
    }
    QCOMPARE(indicators, m_doc->indicatorCount());

    model.setDocument(sampleCsv());
    QCOMPARE(model.rowCount(), 2);
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::proxyOverTableStructure()
{
    IndicatorTableModel source;
    IndicatorFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    attachTester(&source);
    attachTester(&proxy);

    source.setDocument(m_doc);
    QCOMPARE(proxy.rowCount(), m_doc->indicatorCount());
    QVERIFY(!proxy.isFiltering());

    proxy.setSearchText(QStringLiteral("增速"));
    QVERIFY(proxy.isFiltering());
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < m_doc->indicatorCount());
    proxy.setRequireRank(true);
    proxy.setRequireProvinceComparison(true);
    proxy.setSectionId(QStringLiteral("economy"));
    proxy.sort(IndicatorTableModel::ValueColumn, Qt::DescendingOrder);
    proxy.setSearchText(QString());
    proxy.setRequireRank(false);
    proxy.setRequireProvinceComparison(false);
    proxy.setSectionId(QString());
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), m_doc->indicatorCount());

    // Sorted by the number, not its text (as text, "99.8" > "96211").
    proxy.sort(IndicatorTableModel::ValueColumn, Qt::DescendingOrder);
    double biggest = 0;
    for (const Section &section : m_doc->sections) {
        for (const Indicator &indicator : section.indicators)
            biggest = qMax(biggest, indicator.value.value_or(0));
    }
    QList<double> values;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QVariant value = proxy.index(row, IndicatorTableModel::ValueColumn).data(ValueRole);
        if (value.isValid())
            values.append(value.toDouble());
    }
    QVERIFY(!values.isEmpty());
    QCOMPARE(values.first(), biggest);
    QVERIFY(std::is_sorted(values.crbegin(), values.crend()));

    source.setDocument(sampleCsv());
    QCOMPARE(proxy.rowCount(), 6);
    source.setDocument(nullptr);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestModels::proxyOverTreeStructure()
{
    SectionTreeModel source;
    IndicatorFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    attachTester(&source);
    attachTester(&proxy);

    source.setDocument(m_doc);
    QCOMPARE(proxy.rowCount(), int(m_doc->sections.size()));
    proxy.setSearchText(QStringLiteral("增速"));
    proxy.setRequireRank(true);
    proxy.setSectionId(QStringLiteral("projects"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSectionId(QString());
    proxy.setRequireRank(false);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), int(m_doc->sections.size()));
    source.setDocument(sampleCsv());
    QCOMPARE(proxy.rowCount(), 2);
    source.setDocument(nullptr);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestModels::roles_data()
{
    QTest::addColumn<QString>("indicatorId");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("provinceValue");
    QTest::addColumn<QVariant>("gap");
    QTest::addColumn<QVariant>("rank");
    QTest::addColumn<QVariant>("rankOf");
    QTest::addColumn<QString>("valueText");
    QTest::addColumn<QString>("provinceText");
    QTest::addColumn<QString>("gapText");
    QTest::addColumn<QString>("rankText");

    const QVariant none;
    QTest::addRow("gdp_growth") << QStringLiteral("gdp_growth") << QVariant(1.7) << QVariant(1.3) << QVariant(0.4)
                                << QVariant(2) << QVariant(14) << QStringLiteral("1.7") << QStringLiteral("1.3*")
                                << QStringLiteral("+0.4 个百分点") << QStringLiteral("第2名 / 14");
    QTest::addRow("industrial_value_added_growth")
        << QStringLiteral("industrial_value_added_growth") << QVariant(2.5) << QVariant(1.9) << QVariant(0.6) << none
        << none << QStringLiteral("2.5") << QStringLiteral("1.9*") << QStringLiteral("+0.6 个百分点") << QString();
    QTest::addRow("retail_sales_growth (rank only)")
        << QStringLiteral("retail_sales_growth") << none << none << none << QVariant(2) << QVariant(14)
        << QStringLiteral("—") << QString() << QString() << QStringLiteral("第2名 / 14");
    QTest::addRow("deposits_loans_total (rank among 13)")
        << QStringLiteral("deposits_loans_total") << none << none << none << QVariant(1) << QVariant(13)
        << QStringLiteral("—") << QString() << QString() << QStringLiteral("第1名 / 13（除长沙外）");
    QTest::addRow("patient_deaths (value in words)")
        << QStringLiteral("patient_deaths") << QVariant(0.0) << none << none << none << none << QStringLiteral("零死亡")
        << QString() << QString() << QString();
    QTest::addRow("local_tax_revenue") << QStringLiteral("local_tax_revenue") << QVariant(50.28) << none << none << none
                                       << none << QStringLiteral("50.28") << QString() << QString() << QString();
}

void TestModels::roles()
{
    QFETCH(QString, indicatorId);
    QFETCH(QVariant, value);
    QFETCH(QVariant, provinceValue);
    QFETCH(QVariant, gap);
    QFETCH(QVariant, rank);
    QFETCH(QVariant, rankOf);
    QFETCH(QString, valueText);
    QFETCH(QString, provinceText);
    QFETCH(QString, gapText);
    QFETCH(QString, rankText);

    IndicatorTableModel table;
    table.setDocument(m_doc);
    SectionTreeModel tree;
    tree.setDocument(m_doc);

    const QModelIndex tableIndex = table.indexOfIndicator(indicatorId);
    const QModelIndex treeIndex = tree.indexOfIndicator(indicatorId);
    QVERIFY(tableIndex.isValid());
    QVERIFY(treeIndex.isValid());
    for (const QModelIndex &index : { tableIndex, treeIndex }) {
        QCOMPARE(index.data(IndicatorIdRole).toString(), indicatorId);
        QCOMPARE(index.data(ValueRole).isValid(), value.isValid());
        if (value.isValid())
            QCOMPARE(index.data(ValueRole).toDouble(), value.toDouble());
        QCOMPARE(index.data(ProvinceValueRole).isValid(), provinceValue.isValid());
        if (provinceValue.isValid())
            QCOMPARE(index.data(ProvinceValueRole).toDouble(), provinceValue.toDouble());
        QCOMPARE(index.data(GapRole).isValid(), gap.isValid());
        if (gap.isValid())
            QVERIFY2(qAbs(index.data(GapRole).toDouble() - gap.toDouble()) < 1e-9,
                qPrintable(index.data(GapRole).toString()));
        QCOMPARE(index.data(RankRole), rank);
        QCOMPARE(index.data(RankOfRole), rankOf);
    }

    const int row = tableIndex.row();
    QCOMPARE(table.index(row, IndicatorTableModel::ValueColumn).data().toString(), valueText);
    QCOMPARE(table.index(row, IndicatorTableModel::ProvinceColumn).data().toString(), provinceText);
    QCOMPARE(table.index(row, IndicatorTableModel::GapColumn).data().toString(), gapText);
    QCOMPARE(table.index(row, IndicatorTableModel::RankColumn).data().toString(), rankText);
    QCOMPARE(tree.index(treeIndex.row(), SectionTreeModel::GapColumn, treeIndex.parent()).data().toString(), gapText);
    QCOMPARE(tree.index(treeIndex.row(), SectionTreeModel::RankColumn, treeIndex.parent()).data().toString(), rankText);
}

void TestModels::rankOnlyIndicatorsHaveNoValue()
{
    IndicatorTableModel table;
    table.setDocument(m_doc);
    int rankOnly = 0;
    for (const Section &section : m_doc->sections) {
        for (const Indicator &indicator : section.indicators) {
            if (indicator.value || !indicator.valueText.isEmpty() || !indicator.rank)
                continue;
            ++rankOnly;
            const QModelIndex index = table.indexOfIndicator(indicator.id, IndicatorTableModel::ValueColumn);
            QVERIFY2(!index.data(ValueRole).isValid(), qPrintable(indicator.id));
            QVERIFY2(!index.data(SortRole).isValid(), qPrintable(indicator.id));
            QCOMPARE(index.data().toString(), QStringLiteral("—"));
            QVERIFY2(index.data(RankRole).isValid(), qPrintable(indicator.id));
        }
    }
    QVERIFY2(rankOnly > 0, "the built-in bulletin has rank-only indicators (社会消费品零售总额增速排名全省第二)");
}

void TestModels::headers()
{
    IndicatorTableModel table;
    for (int column = 0; column < table.columnCount(); ++column)
        QVERIFY2(!table.headerData(column, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(column)));
    SectionTreeModel tree;
    for (int column = 0; column < tree.columnCount(); ++column)
        QVERIFY2(!tree.headerData(column, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(column)));
}

void TestModels::filter_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QStringList>("mustInclude");
    QTest::addColumn<QStringList>("mustExclude");
    QTest::addColumn<bool>("expectNone");

    auto text = [](const QString &searchText) { return Filter { searchText, false, false, QString() }; };
    const QStringList nothing;

    QTest::addRow("chinese-name") << text(QStringLiteral("地区生产总值"))
                                  << QStringList { QStringLiteral("gdp_growth") } << nothing << false;
    QTest::addRow("english-name-any-case")
        << text(QStringLiteral("hubei"))
        << QStringList { QStringLiteral("aid_team_batches"), QStringLiteral("aid_medical_staff") }
        << QStringList { QStringLiteral("patient_deaths") } << false;
    QTest::addRow("section-title") << text(QStringLiteral("回稳向好"))
                                   << QStringList { QStringLiteral("resumption_rate"), QStringLiteral("tax_share") }
                                   << QStringList { QStringLiteral("direct_financing") } << false;
    QTest::addRow("source-only") << text(QStringLiteral(
        "黄冈")) << QStringList { QStringLiteral("aid_team_batches"), QStringLiteral("aid_medical_staff") }
                                 << nothing << false;
    QTest::addRow("id") << text(QStringLiteral("wansheng_"))
                        << QStringList { QStringLiteral("wansheng_days_to_production"),
                               QStringLiteral("wansheng_output_june") }
                        << nothing << false;
    QTest::addRow("two-terms-and") << text(QStringLiteral("地区生产总值 排名"))
                                   << QStringList { QStringLiteral("gdp_growth") }
                                   << QStringList { QStringLiteral("retail_sales_growth") } << false;
    QTest::addRow("terms-apart-by-ideographic-space")
        << text(QStringLiteral("地区生产总值\u3000排名")) << QStringList { QStringLiteral("gdp_growth") }
        << QStringList { QStringLiteral("retail_sales_growth") } << false;
    QTest::addRow("terms-apart-by-tab") << text(QStringLiteral("用电量\t工业"))
                                        << QStringList { QStringLiteral("industrial_electricity_growth") }
                                        << QStringList { QStringLiteral("gdp_growth") } << false;
    QTest::addRow("nonsense") << text(QStringLiteral("xyzzy不存在")) << nothing << nothing << true;
    QTest::addRow("one-term-of-two-unknown")
        << text(QStringLiteral("地区生产总值 xyzzy")) << nothing << nothing << true;
    QTest::addRow("has-province") << Filter { QString(), true, false, QString() }
                                  << QStringList { QStringLiteral("gdp_growth") }
                                  << QStringList { QStringLiteral("retail_sales_growth") } << false;
    QTest::addRow("has-rank") << Filter { QString(), false, true, QString() }
                              << QStringList { QStringLiteral("retail_sales_growth"), QStringLiteral("new_loans") }
                              << QStringList { QStringLiteral("industrial_value_added_growth") } << false;
    QTest::addRow("has-province-and-rank")
        << Filter { QString(), true, true, QString() } << QStringList { QStringLiteral("gdp_growth") }
        << QStringList { QStringLiteral("industrial_value_added_growth") } << false;
    QTest::addRow("section") << Filter { QString(), false, false, QStringLiteral("science") }
                             << QStringList { QStringLiteral("high_tech_applicants"),
                                    QStringLiteral("rd_spending_growth") }
                             << QStringList { QStringLiteral("gdp_growth") } << false;
    QTest::addRow("section-and-term") << Filter { QStringLiteral("增速"), false, false, QStringLiteral("projects") }
                                      << QStringList { QStringLiteral("domestic_capital_in_place_growth") }
                                      << QStringList { QStringLiteral("gdp_growth") } << false;
    QTest::addRow("section-without-matches")
        << Filter { QString(), true, false, QStringLiteral("poverty") } << nothing << nothing << true;
}

void TestModels::filter()
{
    QFETCH(Filter, filter);
    QFETCH(QStringList, mustInclude);
    QFETCH(QStringList, mustExclude);
    QFETCH(bool, expectNone);

    const QStringList wantIds = expectedIds(*m_doc, filter);
    const QStringList wantSections = expectedSections(*m_doc, filter);
    QCOMPARE(wantIds.isEmpty(), expectNone);

    IndicatorTableModel table;
    IndicatorFilterProxyModel tableProxy;
    tableProxy.setSourceModel(&table);
    attachTester(&tableProxy);
    SectionTreeModel tree;
    IndicatorFilterProxyModel treeProxy;
    treeProxy.setSourceModel(&tree);
    attachTester(&treeProxy);
    table.setDocument(m_doc);
    tree.setDocument(m_doc);
    filter.applyTo(tableProxy);
    filter.applyTo(treeProxy);

    const QStringList tableIds = idsInTable(tableProxy);
    QCOMPARE(tableIds, wantIds);
    for (const QString &id : mustInclude)
        QVERIFY2(tableIds.contains(id), qPrintable(id));
    for (const QString &id : mustExclude)
        QVERIFY2(!tableIds.contains(id), qPrintable(id));
    if (QTest::currentDataTag() == QByteArrayLiteral("has-province")) {
        int withProvince = 0;
        for (const Section &section : m_doc->sections) {
            for (const Indicator &indicator : section.indicators)
                withProvince += indicator.provinceValue ? 1 : 0;
        }
        QCOMPARE(tableProxy.rowCount(), withProvince);
    }
    if (QTest::currentDataTag() == QByteArrayLiteral("source-only")) {
        // Proves the match came from the source: no other searched field holds the term.
        for (const QString &id : tableIds) {
            int s = -1;
            const Indicator *indicator = m_doc->findIndicator(id, &s);
            QVERIFY(indicator);
            const QString elsewhere = indicator->name + indicator->nameEn + m_doc->sections.at(s).title + id;
            QVERIFY2(!elsewhere.contains(filter.text), qPrintable(id));
        }
    }

    // The tree keeps only the sections with a match, each with only its matching indicators.
    QStringList treeSections;
    QStringList treeIds;
    for (int s = 0; s < treeProxy.rowCount(); ++s) {
        const QModelIndex section = treeProxy.index(s, 0);
        treeSections.append(section.data(SectionIdRole).toString());
        QVERIFY2(treeProxy.rowCount(section) > 0, qPrintable(section.data(SectionIdRole).toString()));
        for (int i = 0; i < treeProxy.rowCount(section); ++i)
            treeIds.append(treeProxy.index(i, 0, section).data(IndicatorIdRole).toString());
    }
    QCOMPARE(treeSections, wantSections);
    QCOMPARE(treeIds, wantIds);

    // Clearing the filter brings everything back.
    Filter().applyTo(tableProxy);
    Filter().applyTo(treeProxy);
    QCOMPARE(tableProxy.rowCount(), m_doc->indicatorCount());
    QCOMPARE(treeProxy.rowCount(), int(m_doc->sections.size()));
}

void TestModels::lookups()
{
    IndicatorTableModel table;
    SectionTreeModel tree;
    QVERIFY(!table.indexOfIndicator(QStringLiteral("gdp_growth")).isValid());
    QVERIFY(!tree.indexOfIndicator(QStringLiteral("gdp_growth")).isValid());
    QVERIFY(!tree.indexOfSection(QStringLiteral("economy")).isValid());
    table.setDocument(m_doc);
    tree.setDocument(m_doc);

    int row = 0;
    for (int s = 0; s < m_doc->sections.size(); ++s) {
        const Section &section = m_doc->sections.at(s);
        const QModelIndex sectionIndex = tree.indexOfSection(section.id);
        QVERIFY2(sectionIndex.isValid(), qPrintable(section.id));
        QCOMPARE(sectionIndex.row(), s);
        QVERIFY(!sectionIndex.parent().isValid());
        QCOMPARE(sectionIndex.data(SectionIdRole).toString(), section.id);
        QCOMPARE(sectionIndex.data().toString(), section.title);
        for (int i = 0; i < section.indicators.size(); ++i) {
            const QString &id = section.indicators.at(i).id;
            const QModelIndex inTable = table.indexOfIndicator(id);
            QCOMPARE(inTable.row(), row);
            QCOMPARE(inTable.column(), int(IndicatorTableModel::NameColumn));
            QCOMPARE(inTable.data(IndicatorIdRole).toString(), id);
            QCOMPARE(inTable.data(SectionIdRole).toString(), section.id);
            const QModelIndex inTree = tree.indexOfIndicator(id);
            QCOMPARE(inTree.row(), i);
            QCOMPARE(inTree.parent(), sectionIndex);
            QCOMPARE(inTree.data(IndicatorIdRole).toString(), id);
            ++row;
        }
    }
    const QModelIndex rankCell = table.indexOfIndicator(QStringLiteral("gdp_growth"), IndicatorTableModel::RankColumn);
    QCOMPARE(rankCell.column(), int(IndicatorTableModel::RankColumn));
    QCOMPARE(rankCell.data().toString(), QStringLiteral("第2名 / 14"));

    QVERIFY(!table.indexOfIndicator(QStringLiteral("no_such_indicator")).isValid());
    QVERIFY(!tree.indexOfIndicator(QStringLiteral("no_such_indicator")).isValid());
    QVERIFY(!tree.indexOfSection(QStringLiteral("no_such_section")).isValid());
    // Section ids and indicator ids are different namespaces.
    QVERIFY(!tree.indexOfSection(QStringLiteral("gdp_growth")).isValid());
}

void TestModels::formatSpeaksTheLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<double>("gap");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expectedGap");
    QTest::addColumn<QString>("expectedRank");

    QTest::addRow("chinese-points") << Chinese << 0.4 << QStringLiteral("%") << QStringLiteral("+0.4 个百分点")
                                    << QStringLiteral("第2名 / 14");
    QTest::addRow("english-points") << English << 0.4 << QStringLiteral("%") << QStringLiteral("+0.4 pp")
                                    << QStringLiteral("No. 2 of 14");
    QTest::addRow("english-negative") << English << -1.5 << QStringLiteral("%") << QStringLiteral("−1.5 pp")
                                      << QStringLiteral("No. 2 of 14");
    // Units are the bulletin's: they stay as written in either language.
    QTest::addRow("chinese-unit") << Chinese << 2.0 << QStringLiteral("亿元") << QStringLiteral("+2 亿元")
                                  << QStringLiteral("第2名 / 14");
    QTest::addRow("english-unit") << English << 2.0 << QStringLiteral("亿元") << QStringLiteral("+2 亿元")
                                  << QStringLiteral("No. 2 of 14");
    // English units (unit_en) as English writes them.
    QTest::addRow("english-words") << English << -3.0 << QStringLiteral("people") << QStringLiteral("−3 people")
                                   << QStringLiteral("No. 2 of 14");
    QTest::addRow("english-multiple") << English << 2.5 << QStringLiteral("100 million yuan")
                                      << QStringLiteral("+250 million yuan") << QStringLiteral("No. 2 of 14");
}

void TestModels::englishWording_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("unitEn");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("numberPart");
    QTest::addColumn<QString>("unitBeside");

    QTest::addRow("hundred-millions-to-billions")
        << 297.72 << QStringLiteral("亿元") << QStringLiteral("100 million yuan") << QStringLiteral("297.72亿元")
        << QStringLiteral("29.772 billion yuan") << QStringLiteral("29.772") << QStringLiteral("billion yuan");
    QTest::addRow("hundred-millions-to-millions")
        << 2.23 << QStringLiteral("亿元") << QStringLiteral("100 million yuan") << QStringLiteral("2.23亿元")
        << QStringLiteral("223 million yuan") << QStringLiteral("223") << QStringLiteral("million yuan");
    QTest::addRow("ten-thousands-to-millions")
        << 2000.0 << QStringLiteral("万元") << QStringLiteral("10,000 yuan") << QStringLiteral("2000万元")
        << QStringLiteral("20 million yuan") << QStringLiteral("20") << QStringLiteral("million yuan");
    QTest::addRow("ten-thousands-counted")
        << 11.81 << QStringLiteral("万人") << QStringLiteral("10,000 people") << QStringLiteral("11.81万人")
        << QStringLiteral("118,100 people") << QStringLiteral("118,100") << QStringLiteral("people");
    QTest::addRow("words-with-thousands")
        << 96211.0 << QStringLiteral("名") << QStringLiteral("people") << QStringLiteral("96211名")
        << QStringLiteral("96,211 people") << QStringLiteral("96,211") << QStringLiteral("people");
    QTest::addRow("percent-stays-on-the-number")
        << 1.7 << QStringLiteral("%") << QStringLiteral("%") << QStringLiteral("1.7%") << QStringLiteral("1.7%")
        << QStringLiteral("1.7") << QStringLiteral("%");
    QTest::addRow("unknown-multiple-is-multiplied")
        << 3.0 << QStringLiteral("千吨") << QStringLiteral("1,000 tonnes") << QStringLiteral("3千吨")
        << QStringLiteral("3 × 1,000 tonnes") << QStringLiteral("3") << QStringLiteral("× 1,000 tonnes");
    QTest::addRow("no-english-unit-shows-the-chinese")
        << 94.0 << QStringLiteral("名") << QString() << QStringLiteral("94名") << QStringLiteral("94名")
        << QStringLiteral("94") << QStringLiteral("名");
    QTest::addRow("negative-grouped") << -12345.5 << QStringLiteral("元") << QStringLiteral("yuan")
                                      << QStringLiteral("-12345.5元") << QStringLiteral("-12,345.5 yuan")
                                      << QStringLiteral("-12,345.5") << QStringLiteral("yuan");
}

void TestModels::englishWording()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, unitEn);
    QFETCH(QString, chinese);
    QFETCH(QString, english);
    QFETCH(QString, numberPart);
    QFETCH(QString, unitBeside);
    Indicator indicator;
    indicator.value = value;
    indicator.unit = unit;
    indicator.unitEn = unitEn;
    QCOMPARE(IndicatorFormat::value(indicator, Chinese), chinese);
    QCOMPARE(IndicatorFormat::value(indicator, English), english);
    const IndicatorFormat::Amount amount = IndicatorFormat::amount(indicator, English);
    QCOMPARE(amount.number, numberPart);
    QCOMPARE(amount.unitBeside(), unitBeside);
    QCOMPARE(amount.joined(), english);
}

void TestModels::englishWordsForDrafts_data()
{
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("outcome");
    QTest::addRow("hundred-million-yuan") << QStringLiteral("亿元") << QStringLiteral("100 million yuan") << QString();
    QTest::addRow("people-ming") << QStringLiteral("名") << QStringLiteral("people") << QString();
    QTest::addRow("square-metres") << QStringLiteral("万平方米") << QStringLiteral("10,000 m²") << QString();
    QTest::addRow("spaces-around") << QStringLiteral(" 吨 ") << QStringLiteral("tonnes") << QString();
    // 家 counts firms, shops or hospitals: which, the sentence says, not the unit.
    QTest::addRow("depends-on-the-sentence") << QStringLiteral("家") << QString() << QString();
    QTest::addRow("zero-deaths") << QStringLiteral("零死亡") << QString() << QStringLiteral("zero deaths");
    QTest::addRow("zero-unknown") << QStringLiteral("零星") << QString() << QString();
    QTest::addRow("basically-cleared") << QStringLiteral("基本实现清零") << QString()
                                       << QStringLiteral("basically cleared");
    QTest::addRow("first-tier") << QStringLiteral("第一方阵") << QString() << QStringLiteral("first tier");
}

void TestModels::englishWordsForDrafts()
{
    QFETCH(QString, chinese);
    QFETCH(QString, unit);
    QFETCH(QString, outcome);
    QCOMPARE(EnglishWords::unit(chinese), unit);
    QCOMPARE(EnglishWords::outcome(chinese), outcome);
}

void TestModels::englishWordsOfTheBulletin_data()
{
    QTest::addColumn<QString>("indicatorId");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("englishRank");

    QTest::addRow("worded-outcome") << QStringLiteral("patient_deaths") << QStringLiteral("zero deaths") << QString();
    QTest::addRow("people") << QStringLiteral("aid_medical_staff") << QStringLiteral("94 people") << QString();
    QTest::addRow("hundred-million-yuan")
        << QStringLiteral("city_key_projects_investment") << QStringLiteral("29.772 billion yuan") << QString();
    QTest::addRow("rank-scope-in-english")
        << QStringLiteral("new_deposits") << QStringLiteral("—") << QStringLiteral("No. 1 of 13 (excluding Changsha)");
    QTest::addRow("first-tier") << QStringLiteral("civilized_city_assessment") << QStringLiteral("first tier")
                                << QString();
}

// The cited title stays as published, in 《》; the words around it are the language's.
void TestModels::sourceLineSpeaksTheLanguage()
{
    const std::shared_ptr<const Document> document = builtIn();
    QVERIFY(document);
    QCOMPARE(IndicatorFormat::citation(*document, English),
        QStringLiteral("《有“质”又有“量”——我市上半年发展成绩单很抢眼》, staff reporter Chen Run"));
    QCOMPARE(IndicatorFormat::citation(*document, Chinese), document->sourceNote);
    QCOMPARE(IndicatorFormat::sourceLine(*document, English),
        QStringLiteral("Source: 《有“质”又有“量”——我市上半年发展成绩单很抢眼》, staff reporter Chen Run · "
                       "January–June 2020"));
    // Without a Latin spelling of the reporter's name, the name as written.
    Document unnamed = *document;
    unnamed.reporterEn.clear();
    unnamed.newspaper = QStringLiteral("衡阳日报");
    QCOMPARE(IndicatorFormat::citation(unnamed, English),
        QStringLiteral("《有“质”又有“量”——我市上半年发展成绩单很抢眼》, 《衡阳日报》, staff reporter 陈润"));
}

// The built-in bulletin speaks English where its English fields say so: no Chinese is left in the words.
void TestModels::englishWordsOfTheBulletin()
{
    QFETCH(QString, indicatorId);
    QFETCH(QString, english);
    QFETCH(QString, englishRank);
    const std::shared_ptr<const Document> document = builtIn();
    QVERIFY(document);
    const Indicator *indicator = document->findIndicator(indicatorId);
    QVERIFY(indicator);
    QCOMPARE(IndicatorFormat::value(*indicator, English), english);
    QCOMPARE(IndicatorFormat::rankWithScope(*indicator, English), englishRank);
}

void TestModels::formatSpeaksTheLanguage()
{
    QFETCH(Language, language);
    QFETCH(double, gap);
    QFETCH(QString, unit);
    QFETCH(QString, expectedGap);
    QFETCH(QString, expectedRank);
    // The process locale speaks the other language: the words follow the language given, not the locale.
    QLocale::setDefault(localeOf(language == English ? Chinese : English));
    QCOMPARE(IndicatorFormat::gapOf(gap, unit, language), expectedGap);
    QCOMPARE(IndicatorFormat::rankOf(2, 14, language), expectedRank);
    Indicator indicator;
    indicator.rank = 2;
    indicator.rankOf = 14;
    QCOMPARE(IndicatorFormat::rank(indicator, language), expectedRank);
}

void TestModels::namesFollowTheLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("indicatorId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("comparisonRegion");

    // minimal.json names "gdp" in English only; its regions have no English names at all.
    QTest::addRow("chinese") << Chinese << QStringLiteral("gdp") << QStringLiteral("地区生产总值增速")
                             << QStringLiteral("测试市") << QStringLiteral("湖南省");
    QTest::addRow("english") << English << QStringLiteral("gdp") << QStringLiteral("GDP growth")
                             << QStringLiteral("测试市") << QStringLiteral("湖南省");
    QTest::addRow("english-without-english-name")
        << English << QStringLiteral("retail") << QStringLiteral("社会消费品零售总额增速") << QStringLiteral("测试市")
        << QStringLiteral("湖南省");
}

void TestModels::namesFollowTheLanguage()
{
    QFETCH(Language, language);
    QFETCH(QString, indicatorId);
    QFETCH(QString, name);
    QFETCH(QString, region);
    QFETCH(QString, comparisonRegion);
    QLocale::setDefault(localeOf(language == English ? Chinese : English));
    const auto document = minimal();

    IndicatorTableModel table;
    attachTester(&table);
    table.setLanguage(language);
    table.setDocument(document);
    QCOMPARE(table.indexOfIndicator(indicatorId).data().toString(), name);
    // The roles keep both names, whatever is shown.
    QCOMPARE(table.indexOfIndicator(indicatorId).data(NameRole).toString(), document->findIndicator(indicatorId)->name);

    SectionTreeModel tree;
    attachTester(&tree);
    tree.setLanguage(language);
    tree.setDocument(document);
    QCOMPARE(tree.indexOfIndicator(indicatorId).data().toString(), name);

    ChartDataModel chart;
    attachTester(&chart);
    chart.setLanguage(language);
    ChartSpec spec;
    spec.id = QStringLiteral("test");
    spec.kind = ChartKind::Comparison;
    spec.indicatorIds = { indicatorId };
    chart.setChart(document, spec);
    QCOMPARE(chart.headerData(0, Qt::Vertical).toString(), name);
    QCOMPARE(chart.headerData(ChartDataModel::CityColumn, Qt::Horizontal).toString(), region);
    QCOMPARE(chart.headerData(ChartDataModel::ProvinceColumn, Qt::Horizontal).toString(), comparisonRegion);

    // The built-in bulletin has every name in English.
    const bool english = language == English;
    chart.setChart(m_doc, QStringLiteral("economy_vs_province"));
    QCOMPARE(chart.headerData(ChartDataModel::CityColumn, Qt::Horizontal).toString(),
        english ? QStringLiteral("Hengyang") : QStringLiteral("衡阳市"));
    QCOMPARE(chart.headerData(ChartDataModel::ProvinceColumn, Qt::Horizontal).toString(),
        english ? QStringLiteral("Hunan") : QStringLiteral("湖南省"));
    QCOMPARE(chart.headerData(0, Qt::Vertical).toString(),
        english ? QStringLiteral("GDP growth") : QStringLiteral("地区生产总值增速"));
    tree.setDocument(m_doc);
    const Section &economy = *m_doc->findSection(QStringLiteral("economy"));
    QCOMPARE(
        tree.indexOfSection(QStringLiteral("economy")).data().toString(), english ? economy.titleEn : economy.title);
    QCOMPARE(tree.indexOfSection(QStringLiteral("economy")).data(Qt::ToolTipRole).toString(),
        english ? economy.title : economy.titleEn);
    table.setDocument(m_doc);
    const QModelIndex section
        = table.indexOfIndicator(QStringLiteral("gdp_growth"), IndicatorTableModel::SectionColumn);
    QCOMPARE(section.data().toString(), english ? economy.titleEn : economy.title);
    const QModelIndex period = table.indexOfIndicator(QStringLiteral("gdp_growth"), IndicatorTableModel::PeriodColumn);
    QCOMPARE(period.data().toString(), english ? m_doc->periodEn : m_doc->period);
    const QModelIndex gap = table.indexOfIndicator(QStringLiteral("gdp_growth"), IndicatorTableModel::GapColumn);
    QCOMPARE(gap.data().toString(), english ? QStringLiteral("+0.4 pp") : QStringLiteral("+0.4 个百分点"));
}

void TestModels::filterFindsEitherName_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shownName");
    for (const auto &[name, language] : { std::pair { "chinese", Chinese }, std::pair { "english", English } }) {
        QTest::addRow("%s/chinese-term", name)
            << language << QStringLiteral("地区生产总值")
            << (language == English ? QStringLiteral("GDP growth") : QStringLiteral("地区生产总值增速"));
        QTest::addRow("%s/english-term", name)
            << language << QStringLiteral("gdp growth")
            << (language == English ? QStringLiteral("GDP growth") : QStringLiteral("地区生产总值增速"));
        // Only the section's English title says "economic".
        QTest::addRow("%s/english-section-title", name)
            << language << QStringLiteral("gdp economic")
            << (language == English ? QStringLiteral("GDP growth") : QStringLiteral("地区生产总值增速"));
    }
}

void TestModels::filterFindsEitherName()
{
    QFETCH(Language, language);
    QFETCH(QString, text);
    QFETCH(QString, shownName);
    IndicatorTableModel table;
    table.setLanguage(language);
    table.setDocument(m_doc);
    IndicatorFilterProxyModel proxy;
    attachTester(&proxy);
    proxy.setSourceModel(&table);
    proxy.setSearchText(text);
    QCOMPARE(idsInTable(proxy), QStringList { QStringLiteral("gdp_growth") });
    QCOMPARE(proxy.index(0, IndicatorTableModel::NameColumn).data().toString(), shownName);
}

void TestModels::retranslateKeepsTheRows()
{
    // Given models on screen in Chinese, a row chosen
    IndicatorTableModel table;
    attachTester(&table);
    table.setDocument(m_doc);
    SectionTreeModel tree;
    attachTester(&tree);
    tree.setDocument(m_doc);
    const QPersistentModelIndex chosen = table.indexOfIndicator(QStringLiteral("gdp_growth"));
    const QPersistentModelIndex chosenInTree = tree.indexOfIndicator(QStringLiteral("gdp_growth"));
    QSignalSpy resets(&table, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&table, &QAbstractItemModel::dataChanged);
    QSignalSpy treeChanges(&tree, &QAbstractItemModel::dataChanged);

    // When the language changes and the models are told
    table.setLanguage(English);
    tree.setLanguage(English);

    // Then views are asked to show every cell again, without a reset that would lose the chosen row
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex(), table.index(0, 0));
    QCOMPARE(
        changes.first().at(1).toModelIndex(), table.index(table.rowCount() - 1, IndicatorTableModel::ColumnCount - 1));
    QCOMPARE(treeChanges.size(), 1 + int(m_doc->sections.size()));
    QVERIFY(chosen.isValid() && chosenInTree.isValid());
    QCOMPARE(chosen.data().toString(), QStringLiteral("GDP growth"));
    QCOMPARE(chosenInTree.data().toString(), QStringLiteral("GDP growth"));
}

QTEST_GUILESS_MAIN(TestModels)

#include "tst_models.moc"
