// The item models while a bulletin is edited: every edit, insertion, removal and move goes through a DocumentEditor
// and reaches the table, its filter proxy, the section tree and the chart models by applyChange(), watched by
// QAbstractItemModelTester, with no reset where the change can be told apart; afterwards each model shows what a model
// built afresh on the new document shows. Editing through setData, with input that is and is not a value of the field.

#include "bulletin.h"
#include "bulletinloader.h"
#include "chartdatamodel.h"
#include "defaultcharts.h"
#include "documenteditor.h"
#include "indicatorfilterproxymodel.h"
#include "indicatorroles.h"
#include "indicatortablemodel.h"
#include "loadproblem.h"
#include "sectiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QUndoStack>
#include <QtTest>
#include <functional>

using namespace Bulletin;

namespace {

using Edit = std::function<bool(DocumentEditor &)>;

std::shared_ptr<const Document> builtIn()
{
    const LoadResult result = BulletinLoader::loadBuiltIn();
    if (!result.ok())
        qFatal("the built-in bulletin does not load: %s", qPrintable(describeProblems(result.problems)));
    return result.document;
}

QAbstractItemModelTester *attachTester(QAbstractItemModel *model)
{
    return new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

// Roles that differ from column to column; the rest are the row's, compared in its first column.
const QList<int> &cellRoles()
{
    static const QList<int> roles { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::TextAlignmentRole, SortRole };
    return roles;
}

const QList<int> &rowRoles()
{
    static const QList<int> roles = [] {
        QList<int> all = cellRoles();
        all.append(ChartDataModel::RankScopeRole);
        for (int role = IndicatorIdRole; role <= SectionTitleEnRole; ++role)
            all.append(role);
        return all;
    }();
    return roles;
}

// The same rows, cells and headers as expected, all the way down.
void compareModels(const QAbstractItemModel &expected, const QAbstractItemModel &actual, const QString &name,
    const QModelIndex &expectedParent = {}, const QModelIndex &actualParent = {})
{
    const int rows = expected.rowCount(expectedParent);
    QVERIFY2(actual.rowCount(actualParent) == rows,
        qPrintable(QStringLiteral("%1: %2 rows under row %3, expected %4")
                       .arg(name)
                       .arg(actual.rowCount(actualParent))
                       .arg(actualParent.row())
                       .arg(rows)));
    QCOMPARE(actual.columnCount(actualParent), expected.columnCount(expectedParent));
    if (!expectedParent.isValid()) {
        for (const Qt::Orientation orientation : { Qt::Horizontal, Qt::Vertical }) {
            const int sections = orientation == Qt::Horizontal ? expected.columnCount() : rows;
            for (int section = 0; section < sections; ++section)
                QCOMPARE(actual.headerData(section, orientation), expected.headerData(section, orientation));
        }
    }
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < expected.columnCount(expectedParent); ++column) {
            const QModelIndex want = expected.index(row, column, expectedParent);
            const QModelIndex got = actual.index(row, column, actualParent);
            QCOMPARE(got.parent(), actualParent);
            for (int role : column == 0 ? rowRoles() : cellRoles()) {
                QVERIFY2(got.data(role) == want.data(role),
                    qPrintable(QStringLiteral("%1: row %2 (%3) column %4 role %5: %6, expected %7")
                                   .arg(name)
                                   .arg(row)
                                   .arg(want.data(IndicatorIdRole).toString())
                                   .arg(column)
                                   .arg(role)
                                   .arg(got.data(role).toString(), want.data(role).toString())));
            }
        }
        compareModels(
            expected, actual, name, expected.index(row, 0, expectedParent), actual.index(row, 0, actualParent));
        if (QTest::currentTestFailed())
            return;
    }
}

// An editor and every model over its document, kept up to date by applyChange() and watched by testers.
class Workbench
{
public:
    explicit Workbench(std::shared_ptr<const Document> document)
    {
        editor.setDocument(document);
        table.setDocument(document);
        tree.setDocument(document);
        proxy.setSourceModel(&table);
        table.setEditor(&editor);
        tree.setEditor(&editor);
        for (const Section &section : document->sections) {
            for (const ChartSpec &chart : section.charts) {
                charts.append(std::make_shared<ChartDataModel>());
                charts.last()->setChart(document, chart.id);
            }
        }
        // A chart the document does not declare, as the overview shows.
        overviewSpec = DefaultCharts::overview(*document).value(0);
        charts.append(std::make_shared<ChartDataModel>());
        charts.last()->setChart(document, overviewSpec);

        for (QAbstractItemModel *model : models())
            attachTester(model);
        QObject::connect(&editor, &DocumentEditor::documentChanged, &table, &IndicatorTableModel::applyChange);
        QObject::connect(&editor, &DocumentEditor::documentChanged, &tree, &SectionTreeModel::applyChange);
        for (const auto &chart : std::as_const(charts))
            QObject::connect(&editor, &DocumentEditor::documentChanged, chart.get(), &ChartDataModel::applyChange);
    }

    QList<QAbstractItemModel *> models()
    {
        QList<QAbstractItemModel *> all { &table, &proxy, &tree };
        for (const auto &chart : std::as_const(charts))
            all.append(chart.get());
        return all;
    }

    // Each model against one built afresh on the editor's document.
    void verifyFresh()
    {
        const std::shared_ptr<const Document> document = editor.document();
        IndicatorTableModel freshTable;
        freshTable.setDocument(document);
        compareModels(freshTable, table, QStringLiteral("table"));
        if (QTest::currentTestFailed())
            return;
        IndicatorFilterProxyModel freshProxy;
        freshProxy.setSourceModel(&freshTable);
        freshProxy.setSearchText(proxy.searchText());
        freshProxy.setSectionId(proxy.sectionId());
        compareModels(freshProxy, proxy, QStringLiteral("proxy"));
        if (QTest::currentTestFailed())
            return;
        SectionTreeModel freshTree;
        freshTree.setDocument(document);
        compareModels(freshTree, tree, QStringLiteral("tree"));
        if (QTest::currentTestFailed())
            return;
        for (int c = 0; c < charts.size(); ++c) {
            ChartDataModel fresh;
            if (c + 1 < charts.size())
                fresh.setChart(
                    document, charts.at(c)->chartSpec() ? charts.at(c)->chartSpec()->id : QStringLiteral("-"));
            else
                fresh.setChart(document, *charts.at(c)->chartSpec());
            QCOMPARE(charts.at(c)->omittedCount(), fresh.omittedCount());
            compareModels(fresh, *charts.at(c), QStringLiteral("chart %1").arg(c));
            if (QTest::currentTestFailed())
                return;
        }
    }

    DocumentEditor editor;
    IndicatorTableModel table;
    IndicatorFilterProxyModel proxy;
    SectionTreeModel tree;
    QList<std::shared_ptr<ChartDataModel>> charts;
    ChartSpec overviewSpec;
};

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestEditableModels : public QObject
{
    Q_OBJECT

private slots:
    void editsReachEveryModel_data();
    void editsReachEveryModel();
    void longEditSession();
    void chartRowChangesWithoutReset();
    void chartFollowsItsOwnSpec();
    void persistentIndexesFollow();
    void proxyFiltersEditedRows();
    void readOnlyWithoutEditor();
    void tableSetData_data();
    void tableSetData();
    void treeSetData_data();
    void treeSetData();
};

void TestEditableModels::editsReachEveryModel_data()
{
    QTest::addColumn<Edit>("edit");
    // Whether the table and the tree insert, remove or move rows (the rest change data only)
    QTest::addColumn<bool>("rowsChange");
    const auto indicatorField = [](const QString &field, const QVariant &value) {
        return Edit([=](DocumentEditor &e) { return e.setIndicatorField(QStringLiteral("gdp_growth"), field, value); });
    };
    QTest::addRow("value") << indicatorField(QStringLiteral("value"), 9.5) << false;
    QTest::addRow("value-cleared") << indicatorField(QStringLiteral("value"), QVariant()) << false;
    QTest::addRow("province-value") << indicatorField(QStringLiteral("province_value"), 2.5) << false;
    QTest::addRow("rank") << indicatorField(QStringLiteral("rank"), 7) << false;
    QTest::addRow("name") << indicatorField(QStringLiteral("name"), QStringLiteral("增速")) << false;
    QTest::addRow("name-en") << indicatorField(QStringLiteral("name_en"), QStringLiteral("Growth")) << false;
    QTest::addRow("indicator-id") << indicatorField(QStringLiteral("id"), QStringLiteral("gdp")) << false;
    QTest::addRow("section-title") << Edit([](DocumentEditor &e) {
        return e.setSectionField(QStringLiteral("economy"), QStringLiteral("title"), QStringLiteral("经济"));
    }) << false;
    QTest::addRow("section-id") << Edit([](DocumentEditor &e) {
        return e.setSectionField(QStringLiteral("economy"), QStringLiteral("id"), QStringLiteral("eco"));
    }) << false;
    QTest::addRow("period") << Edit([](DocumentEditor &e) {
        return e.setDocumentField(QStringLiteral("period"), QStringLiteral("2020年上半年"));
    }) << false;
    QTest::addRow("region") << Edit([](DocumentEditor &e) {
        return e.setDocumentField(QStringLiteral("comparison_region"), QStringLiteral("全省"));
    }) << false;
    QTest::addRow("chart-title") << Edit([](DocumentEditor &e) {
        return e.setChartField(QStringLiteral("economy_ranking"), QStringLiteral("title"), QStringLiteral("排名"));
    }) << false;
    QTest::addRow("chart-indicators") << Edit([](DocumentEditor &e) {
        return e.setChartField(QStringLiteral("economy_ranking"), QStringLiteral("indicators"),
            QStringList { QStringLiteral("new_loans"), QStringLiteral("gdp_growth") });
    }) << false;
    QTest::addRow("chart-id") << Edit([](DocumentEditor &e) {
        return e.setChartField(QStringLiteral("economy_ranking"), QStringLiteral("id"), QStringLiteral("ranks"));
    }) << false;
    QTest::addRow("key-figure") << Edit([](DocumentEditor &e) {
        return e.setKeyFigureField(0, QStringLiteral("label"), QStringLiteral("标签"));
    }) << false;
    QTest::addRow("add-section") << Edit([](DocumentEditor &e) { return !e.addSection(2).isEmpty(); }) << true;
    QTest::addRow("duplicate-section") << Edit([](DocumentEditor &e) {
        return !e.duplicateSection(QStringLiteral("economy")).isEmpty();
    }) << true;
    QTest::addRow("remove-section") << Edit([](DocumentEditor &e) {
        return e.removeSection(QStringLiteral("projects"));
    }) << true;
    QTest::addRow("move-section-down") << Edit([](DocumentEditor &e) {
        return e.moveSection(QStringLiteral("economy"), 5);
    }) << true;
    QTest::addRow("move-section-up") << Edit([](DocumentEditor &e) {
        return e.moveSection(QStringLiteral("poverty"), 0);
    }) << true;
    QTest::addRow("add-indicator") << Edit([](DocumentEditor &e) {
        return !e.addIndicator(QStringLiteral("economy"), 3).isEmpty();
    }) << true;
    QTest::addRow("duplicate-indicator") << Edit([](DocumentEditor &e) {
        return !e.duplicateIndicator(QStringLiteral("gdp_growth")).isEmpty();
    }) << true;
    QTest::addRow("remove-indicator") << Edit([](DocumentEditor &e) {
        return e.removeIndicator(QStringLiteral("gdp_growth"));
    }) << true;
    QTest::addRow("remove-only-indicator")
        << Edit([](DocumentEditor &e) { return e.removeIndicator(QStringLiteral("civilized_city_assessment")); })
        << true;
    QTest::addRow("move-indicator-down") << Edit([](DocumentEditor &e) {
        return e.moveIndicator(QStringLiteral("gdp_growth"), QStringLiteral("economy"), 7);
    }) << true;
    QTest::addRow("move-indicator-up") << Edit([](DocumentEditor &e) {
        return e.moveIndicator(QStringLiteral("tax_share"), QStringLiteral("economy"), 0);
    }) << true;
    QTest::addRow("move-indicator-across") << Edit([](DocumentEditor &e) {
        return e.moveIndicator(QStringLiteral("gdp_growth"), QStringLiteral("science"), 1);
    }) << true;
    // The last indicator of a section to the top of the next: the same table row, another section
    QTest::addRow("move-indicator-to-next-section") << Edit([](DocumentEditor &e) {
        return e.moveIndicator(QStringLiteral("tax_share"), QStringLiteral("projects"), 0);
    }) << true;
    QTest::addRow("add-chart") << Edit([](DocumentEditor &e) {
        return !e.addChart(QStringLiteral("science"), ChartKind::Bars).isEmpty();
    }) << false;
    QTest::addRow("remove-chart") << Edit([](DocumentEditor &e) {
        return e.removeChart(QStringLiteral("economy_ranking"));
    }) << false;
    QTest::addRow("move-chart") << Edit([](DocumentEditor &e) {
        return e.moveChart(QStringLiteral("economy_vs_province"), 1);
    }) << false;
    QTest::addRow("add-key-figure") << Edit([](DocumentEditor &e) { return e.addKeyFigure(0) == 0; }) << false;
}

void TestEditableModels::editsReachEveryModel()
{
    QFETCH(Edit, edit);
    QFETCH(bool, rowsChange);
    Workbench bench(builtIn());
    QList<std::shared_ptr<QSignalSpy>> resets;
    QList<std::shared_ptr<QSignalSpy>> inserted;
    for (QAbstractItemModel *model :
        { static_cast<QAbstractItemModel *>(&bench.table), static_cast<QAbstractItemModel *>(&bench.tree) }) {
        resets.append(std::make_shared<QSignalSpy>(model, &QAbstractItemModel::modelReset));
        inserted.append(std::make_shared<QSignalSpy>(model, &QAbstractItemModel::rowsInserted));
        inserted.append(std::make_shared<QSignalSpy>(model, &QAbstractItemModel::rowsRemoved));
        inserted.append(std::make_shared<QSignalSpy>(model, &QAbstractItemModel::rowsMoved));
    }
    QSignalSpy proxyResets(&bench.proxy, &QAbstractItemModel::modelReset);

    // When the edit is made, undone and made again
    QVERIFY(edit(bench.editor));
    bench.verifyFresh();
    if (QTest::currentTestFailed())
        return;
    bench.editor.undoStack()->undo();
    bench.verifyFresh();
    if (QTest::currentTestFailed())
        return;
    bench.editor.undoStack()->redo();
    bench.verifyFresh();
    if (QTest::currentTestFailed())
        return;

    // Then the table, the proxy and the tree were never reset
    for (const auto &spy : std::as_const(resets))
        QCOMPARE(spy->count(), 0);
    QCOMPARE(proxyResets.count(), 0);
    int rowSignals = 0;
    for (const auto &spy : std::as_const(inserted))
        rowSignals += int(spy->count());
    if (rowsChange)
        QVERIFY(rowSignals > 0);
    else
        QCOMPARE(rowSignals, 0);
}

void TestEditableModels::longEditSession()
{
    // Given a few hundred edits of every kind, drawn at random with a fixed seed, with undo and redo among them
    Workbench bench(builtIn());
    QSignalSpy tableResets(&bench.table, &QAbstractItemModel::modelReset);
    QSignalSpy treeResets(&bench.tree, &QAbstractItemModel::modelReset);
    QRandomGenerator random(20200716);
    const auto anyIndicator = [&]() {
        const Document &document = *bench.editor.document();
        QStringList ids;
        for (const Section &section : document.sections) {
            for (const Indicator &indicator : section.indicators)
                ids.append(indicator.id);
        }
        return ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
    };
    const auto anySection = [&]() {
        const Document &document = *bench.editor.document();
        return document.sections.at(random.bounded(int(document.sections.size()))).id;
    };
    for (int step = 0; step < 300; ++step) {
        const int sections = int(bench.editor.document()->sections.size());
        switch (random.bounded(12)) {
        case 0:
            bench.editor.setIndicatorField(anyIndicator(), QStringLiteral("value"), random.bounded(1000.0));
            break;
        case 1:
            bench.editor.setIndicatorField(anyIndicator(), QStringLiteral("name"), QString::number(step));
            break;
        case 2:
            bench.editor.addIndicator(anySection(), random.bounded(5));
            break;
        case 3:
            bench.editor.duplicateIndicator(anyIndicator());
            break;
        case 4:
            bench.editor.removeIndicator(anyIndicator());
            break;
        case 5:
            bench.editor.moveIndicator(anyIndicator(), anySection(), random.bounded(10));
            break;
        case 6:
            if (sections < 15)
                bench.editor.duplicateSection(anySection());
            else
                bench.editor.removeSection(anySection());
            break;
        case 7:
            bench.editor.moveSection(anySection(), random.bounded(sections));
            break;
        case 8:
            if (sections > 3)
                bench.editor.removeSection(anySection());
            else
                bench.editor.addSection(random.bounded(sections + 1));
            break;
        case 9:
            bench.editor.setSectionField(anySection(), QStringLiteral("title"), QString::number(step));
            break;
        case 10:
            bench.editor.undoStack()->undo();
            break;
        default:
            bench.editor.undoStack()->redo();
            break;
        }
        bench.verifyFresh();
        if (QTest::currentTestFailed()) {
            qWarning("after step %d", step);
            return;
        }
    }
    // Then the models were never reset, and all the way back they show the bulletin as it was
    QCOMPARE(tableResets.count(), 0);
    QCOMPARE(treeResets.count(), 0);
    while (bench.editor.undoStack()->canUndo())
        bench.editor.undoStack()->undo();
    bench.verifyFresh();
    QCOMPARE(tableResets.count(), 0);
    QCOMPARE(treeResets.count(), 0);
}

void TestEditableModels::chartRowChangesWithoutReset()
{
    Workbench bench(builtIn());
    ChartDataModel &chart = *bench.charts.first();
    QCOMPARE(chart.chartSpec()->id, QStringLiteral("economy_vs_province"));
    const int row = chart.rowOf(QStringLiteral("industrial_value_added_growth"));
    QCOMPARE(row, 1);
    QSignalSpy resets(&chart, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&chart, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&chart, &QAbstractItemModel::headerDataChanged);

    // When the value of an indicator the chart shows is edited
    QVERIFY(
        bench.editor.setIndicatorField(QStringLiteral("industrial_value_added_growth"), QStringLiteral("value"), 3.5));
    // Then that row, and only that row, changed
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), chart.index(row, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), chart.index(row, ChartDataModel::ColumnCount - 1));
    QCOMPARE(chart.index(row, ChartDataModel::CityColumn).data(), QVariant(3.5));
    // and undoing it is the same
    bench.editor.undoStack()->undo();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(chart.index(row, ChartDataModel::CityColumn).data(), QVariant(2.5));

    // A renamed indicator changes the row's name, in the vertical header
    headers.clear();
    QVERIFY(bench.editor.setIndicatorField(
        QStringLiteral("industrial_value_added_growth"), QStringLiteral("name"), QStringLiteral("工业增速")));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.first().at(0).value<Qt::Orientation>(), Qt::Vertical);
    QCOMPARE(headers.first().at(1).toInt(), row);
    QCOMPARE(chart.headerData(row, Qt::Vertical), QVariant(QStringLiteral("工业增速")));

    // The province's name is a column header
    headers.clear();
    QVERIFY(bench.editor.setDocumentField(QStringLiteral("comparison_region"), QStringLiteral("全省")));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(chart.headerData(ChartDataModel::ProvinceColumn, Qt::Horizontal), QVariant(QStringLiteral("全省")));

    // An indicator the chart does not show changes nothing in it
    changed.clear();
    headers.clear();
    QVERIFY(bench.editor.setIndicatorField(QStringLiteral("tax_share"), QStringLiteral("value"), 71));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(headers.count(), 0);
    QCOMPARE(resets.count(), 0);

    // Nor does renaming one it shows reset it
    QVERIFY(bench.editor.setIndicatorField(QStringLiteral("gdp_growth"), QStringLiteral("id"), QStringLiteral("gdp")));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(chart.indicatorId(0), QStringLiteral("gdp"));
    QCOMPARE(chart.chartSpec()->indicatorIds.first(), QStringLiteral("gdp"));
    bench.editor.undoStack()->undo();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(chart.indicatorId(0), QStringLiteral("gdp_growth"));
}

void TestEditableModels::chartFollowsItsOwnSpec()
{
    Workbench bench(builtIn());
    ChartDataModel &chart = *bench.charts.at(1);
    QCOMPARE(chart.chartSpec()->id, QStringLiteral("economy_ranking"));
    QSignalSpy resets(&chart, &QAbstractItemModel::modelReset);

    // Its kind, its title or its indicators reset it
    QVERIFY(
        bench.editor.setChartField(QStringLiteral("economy_ranking"), QStringLiteral("title"), QStringLiteral("名次")));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(chart.chartSpec()->title, QStringLiteral("名次"));
    QVERIFY(bench.editor.setChartField(
        QStringLiteral("economy_ranking"), QStringLiteral("indicators"), QStringList { QStringLiteral("new_loans") }));
    QCOMPARE(resets.count(), 2);
    QCOMPARE(chart.rowCount(), 1);
    // Its id, renamed, is followed
    QVERIFY(
        bench.editor.setChartField(QStringLiteral("economy_ranking"), QStringLiteral("id"), QStringLiteral("ranks")));
    QCOMPARE(chart.chartSpec()->id, QStringLiteral("ranks"));
    QCOMPARE(chart.rowCount(), 1);
    // Removed, it has no rows; the removal undone, it has them again
    QVERIFY(bench.editor.removeChart(QStringLiteral("ranks")));
    QVERIFY(!chart.chartSpec());
    QCOMPARE(chart.rowCount(), 0);
    bench.editor.undoStack()->undo();
    QVERIFY(chart.chartSpec());
    QCOMPARE(chart.rowCount(), 1);
    // Another chart's edits leave it alone
    const int before = int(resets.count());
    QVERIFY(bench.editor.setChartField(
        QStringLiteral("economy_vs_province"), QStringLiteral("title"), QStringLiteral("比较")));
    QCOMPARE(resets.count(), before);
    bench.verifyFresh();
}

void TestEditableModels::persistentIndexesFollow()
{
    Workbench bench(builtIn());
    const QString id = QStringLiteral("local_regulations");
    const QPersistentModelIndex inTree(bench.tree.indexOfIndicator(id));
    const QPersistentModelIndex inTable(bench.table.indexOfIndicator(id));
    const QPersistentModelIndex sectionRow(bench.tree.indexOfSection(QStringLiteral("rule_of_law")));
    QVERIFY(inTree.isValid() && inTable.isValid() && sectionRow.isValid());
    const auto check = [&] {
        QVERIFY(inTree.isValid() && inTable.isValid());
        QCOMPARE(inTree.data(IndicatorIdRole).toString(), id);
        QCOMPARE(inTable.data(IndicatorIdRole).toString(), id);
        QCOMPARE(QModelIndex(inTree), bench.tree.indexOfIndicator(id));
        QCOMPARE(inTree.parent(), bench.tree.indexOfSection(QStringLiteral("rule_of_law")));
        QCOMPARE(QModelIndex(sectionRow), bench.tree.indexOfSection(QStringLiteral("rule_of_law")));
    };
    // Sections added, moved and removed before its own; indicators added and moved before it; it moved itself
    QVERIFY(!bench.editor.addSection(0).isEmpty());
    check();
    QVERIFY(bench.editor.moveSection(QStringLiteral("rule_of_law"), 1));
    check();
    QVERIFY(bench.editor.removeSection(QStringLiteral("economy")));
    check();
    QVERIFY(!bench.editor.duplicateSection(QStringLiteral("epidemic")).isEmpty());
    check();
    QVERIFY(!bench.editor.addIndicator(QStringLiteral("rule_of_law"), 0).isEmpty());
    check();
    QVERIFY(bench.editor.moveIndicator(id, QStringLiteral("science"), 0));
    QCOMPARE(inTree.parent(), bench.tree.indexOfSection(QStringLiteral("science")));
    QCOMPARE(inTree.data(IndicatorIdRole).toString(), id);
    QCOMPARE(inTable.data(IndicatorIdRole).toString(), id);
    while (bench.editor.undoStack()->canUndo())
        bench.editor.undoStack()->undo();
    check();
}

void TestEditableModels::proxyFiltersEditedRows()
{
    Workbench bench(builtIn());
    // A name typed into the table brings its row into a search that had none
    bench.proxy.setSearchText(QStringLiteral("zzz"));
    QCOMPARE(bench.proxy.rowCount(), 0);
    const QModelIndex name = bench.table.indexOfIndicator(QStringLiteral("tax_share"), IndicatorTableModel::NameColumn);
    QVERIFY(bench.table.setData(name, QStringLiteral("zzz 税占比")));
    QCOMPARE(bench.proxy.rowCount(), 1);
    bench.editor.undoStack()->undo();
    QCOMPARE(bench.proxy.rowCount(), 0);

    // An indicator moved into the section a filter shows comes into view, even where its table row stays
    bench.proxy.setSearchText(QString());
    bench.proxy.setSectionId(QStringLiteral("projects"));
    const int projects = bench.proxy.rowCount();
    QVERIFY(bench.editor.moveIndicator(QStringLiteral("tax_share"), QStringLiteral("projects"), 0));
    QCOMPARE(bench.proxy.rowCount(), projects + 1);
    QCOMPARE(bench.proxy.index(0, 0).data(IndicatorIdRole).toString(), QStringLiteral("tax_share"));
    QVERIFY(bench.editor.moveIndicator(QStringLiteral("gdp_growth"), QStringLiteral("projects"), 3));
    QCOMPARE(bench.proxy.rowCount(), projects + 2);
    bench.verifyFresh();
    bench.editor.undoStack()->undo();
    bench.editor.undoStack()->undo();
    QCOMPARE(bench.proxy.rowCount(), projects);
    bench.verifyFresh();
}

void TestEditableModels::readOnlyWithoutEditor()
{
    IndicatorTableModel table;
    SectionTreeModel tree;
    attachTester(&table);
    attachTester(&tree);
    const std::shared_ptr<const Document> document = builtIn();
    table.setDocument(document);
    tree.setDocument(document);
    for (int column = 0; column < IndicatorTableModel::ColumnCount; ++column) {
        QVERIFY(!(table.flags(table.index(0, column)) & Qt::ItemIsEditable));
        QVERIFY(!table.setData(table.index(0, column), QStringLiteral("1")));
    }
    const QModelIndex section = tree.index(0, 0);
    QVERIFY(!(tree.flags(section) & Qt::ItemIsEditable));
    QVERIFY(!(tree.flags(tree.index(0, 0, section)) & Qt::ItemIsEditable));
    QVERIFY(!tree.setData(section, QStringLiteral("标题")));
    QCOMPARE(table.document(), document);

    // With an editor, the columns that have a field are editable, and only those
    DocumentEditor editor;
    editor.setDocument(document);
    table.setEditor(&editor);
    for (int column = 0; column < IndicatorTableModel::ColumnCount; ++column) {
        const bool editable = table.flags(table.index(0, column)).testFlag(Qt::ItemIsEditable);
        QCOMPARE(editable, !IndicatorTableModel::fieldOfColumn(column).isEmpty());
        if (editable)
            QVERIFY(DocumentEditor::indicatorFields().contains(IndicatorTableModel::fieldOfColumn(column)));
    }
    QVERIFY(!(table.flags(table.index(0, IndicatorTableModel::GapColumn)) & Qt::ItemIsEditable));
    // An editor holding another document is not written to from this table
    editor.setDocument(std::make_shared<const Document>(DocumentEditor::newDocument()));
    QVERIFY(!table.setData(table.index(0, IndicatorTableModel::ValueColumn), 5.0));
    QCOMPARE(editor.undoStack()->count(), 0);
    // Its editor gone, the table is read-only again
    table.setEditor(nullptr);
    QVERIFY(!(table.flags(table.index(0, IndicatorTableModel::NameColumn)) & Qt::ItemIsEditable));
}

void TestEditableModels::tableSetData_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("stored");
    using C = IndicatorTableModel;
    QTest::addRow("value-text") << int(C::ValueColumn) << QVariant(QStringLiteral("12.5")) << true << QVariant(12.5);
    QTest::addRow("value-double") << int(C::ValueColumn) << QVariant(-0.25) << true << QVariant(-0.25);
    QTest::addRow("value-empty-clears") << int(C::ValueColumn) << QVariant(QString()) << true << QVariant();
    QTest::addRow("value-word") << int(C::ValueColumn) << QVariant(QStringLiteral("abc")) << false << QVariant();
    QTest::addRow("value-decimal-comma") << int(C::ValueColumn) << QVariant(QStringLiteral("1,7")) << false
                                         << QVariant();
    QTest::addRow("value-too-large") << int(C::ValueColumn) << QVariant(QStringLiteral("2e15")) << false << QVariant();
    QTest::addRow("rank") << int(C::RankColumn) << QVariant(QStringLiteral("3")) << true << QVariant(3);
    QTest::addRow("rank-last") << int(C::RankColumn) << QVariant(14) << true << QVariant(14);
    QTest::addRow("rank-above-rank-of") << int(C::RankColumn) << QVariant(15) << false << QVariant();
    QTest::addRow("rank-zero") << int(C::RankColumn) << QVariant(QStringLiteral("0")) << false << QVariant();
    QTest::addRow("rank-fraction") << int(C::RankColumn) << QVariant(QStringLiteral("2.5")) << false << QVariant();
    QTest::addRow("name") << int(C::NameColumn) << QVariant(QStringLiteral("GDP")) << true
                          << QVariant(QStringLiteral("GDP"));
    QTest::addRow("name-empty") << int(C::NameColumn) << QVariant(QString()) << false << QVariant();
    QTest::addRow("name-spaces") << int(C::NameColumn) << QVariant(QStringLiteral("  ")) << false << QVariant();
    QTest::addRow("province") << int(C::ProvinceColumn) << QVariant(1.25) << true << QVariant(1.25);
    QTest::addRow("province-word") << int(C::ProvinceColumn) << QVariant(QStringLiteral("high")) << false << QVariant();
    QTest::addRow("unit-empty") << int(C::UnitColumn) << QVariant(QString()) << true << QVariant(QString());
    QTest::addRow("period") << int(C::PeriodColumn) << QVariant(QStringLiteral("上半年")) << true
                            << QVariant(QStringLiteral("上半年"));
    QTest::addRow("source-empty") << int(C::SourceColumn) << QVariant(QString()) << false << QVariant();
    QTest::addRow("gap-not-editable") << int(C::GapColumn) << QVariant(1.0) << false << QVariant();
    QTest::addRow("section-not-editable")
        << int(C::SectionColumn) << QVariant(QStringLiteral("x")) << false << QVariant();
}

void TestEditableModels::tableSetData()
{
    QFETCH(int, column);
    QFETCH(QVariant, input);
    QFETCH(bool, accepted);
    QFETCH(QVariant, stored);
    Workbench bench(builtIn());
    const QModelIndex cell = bench.table.indexOfIndicator(QStringLiteral("gdp_growth"), column);
    const std::shared_ptr<const Document> before = bench.editor.document();
    QSignalSpy changed(&bench.table, &QAbstractItemModel::dataChanged);

    QCOMPARE(bench.table.setData(cell, input), accepted);
    if (!accepted) {
        QCOMPARE(bench.editor.document(), before);
        QCOMPARE(bench.editor.undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
        return;
    }
    QCOMPARE(bench.editor.undoStack()->count(), 1);
    QCOMPARE(cell.data(Qt::EditRole), stored);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), cell.row());
    const QString field = IndicatorTableModel::fieldOfColumn(column);
    QCOMPARE(
        DocumentEditor::indicatorField(*bench.editor.document()->findIndicator(QStringLiteral("gdp_growth")), field),
        stored);
    bench.verifyFresh();
    bench.editor.undoStack()->undo();
    QCOMPARE(bench.editor.document(), before);
    QCOMPARE(cell.data(Qt::EditRole),
        DocumentEditor::indicatorField(*before->findIndicator(QStringLiteral("gdp_growth")), field));
}

void TestEditableModels::treeSetData_data()
{
    QTest::addColumn<bool>("sectionRow");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<bool>("accepted");
    using C = SectionTreeModel;
    QTest::addRow("section-title") << true << int(C::NameColumn) << QVariant(QStringLiteral("经济")) << true;
    QTest::addRow("section-title-empty") << true << int(C::NameColumn) << QVariant(QString()) << false;
    QTest::addRow("section-value-column") << true << int(C::ValueColumn) << QVariant(1.0) << false;
    QTest::addRow("indicator-name") << false << int(C::NameColumn) << QVariant(QStringLiteral("增速")) << true;
    QTest::addRow("indicator-name-empty") << false << int(C::NameColumn) << QVariant(QString()) << false;
    QTest::addRow("indicator-value") << false << int(C::ValueColumn) << QVariant(QStringLiteral("2.75")) << true;
    QTest::addRow("indicator-value-word") << false << int(C::ValueColumn) << QVariant(QStringLiteral("x")) << false;
    QTest::addRow("indicator-rank") << false << int(C::RankColumn) << QVariant(1) << true;
    QTest::addRow("indicator-rank-too-large") << false << int(C::RankColumn) << QVariant(99) << false;
    QTest::addRow("indicator-gap") << false << int(C::GapColumn) << QVariant(1.0) << false;
}

void TestEditableModels::treeSetData()
{
    QFETCH(bool, sectionRow);
    QFETCH(int, column);
    QFETCH(QVariant, input);
    QFETCH(bool, accepted);
    Workbench bench(builtIn());
    const QModelIndex section = bench.tree.indexOfSection(QStringLiteral("economy"));
    const QModelIndex row = sectionRow ? section : bench.tree.indexOfIndicator(QStringLiteral("gdp_growth"));
    const QModelIndex cell = row.siblingAtColumn(column);
    QCOMPARE(bench.tree.flags(cell).testFlag(Qt::ItemIsEditable),
        !SectionTreeModel::fieldOfColumn(column, sectionRow).isEmpty());
    QSignalSpy changed(&bench.tree, &QAbstractItemModel::dataChanged);
    QCOMPARE(bench.tree.setData(cell, input), accepted);
    QCOMPARE(bench.editor.undoStack()->count(), accepted ? 1 : 0);
    if (!accepted)
        return;
    QVERIFY(changed.count() > 0);
    const QVariant expected = input.typeId() == QMetaType::QString && column != SectionTreeModel::NameColumn
        ? QVariant(input.toString().toDouble())
        : input;
    QCOMPARE(cell.data(Qt::EditRole), expected);
    bench.verifyFresh();
}

QTEST_GUILESS_MAIN(TestEditableModels)
#include "tst_editablemodels.moc"
