#pragma once

// What the fuzz targets, and the regression test of their findings, do with one input: load it, and when it is a
// bulletin, build every model the program shows it through, read every cell, and check that what the program
// exports opens again. A broken promise aborts, so that libFuzzer keeps the input.

#include <QAbstractItemModel>
#include <bulletinloader.h>
#include <bulletinwriter.h>
#include <chartdatamodel.h>
#include <cstdio>
#include <cstdlib>
#include <defaultcharts.h>
#include <indicatorfilterproxymodel.h>
#include <indicatorroles.h>
#include <indicatortablemodel.h>
#include <sectiontreemodel.h>
#include <textdecoder.h>

namespace Bulletin {

class BulletinExercise
{
public:
    enum class Format { Json, Csv };

    static LoadResult load(const QByteArray &bytes, Format format)
    {
        const QString name = format == Format::Json ? QStringLiteral("fuzz.json") : QStringLiteral("fuzz.csv");
        LoadResult result
            = format == Format::Json ? BulletinLoader::loadJson(bytes, name) : BulletinLoader::loadCsv(bytes, name);
        check((result.document != nullptr) == result.problems.isEmpty(),
            "a file is accepted whole or refused with reasons");
        for (const LoadProblem &problem : std::as_const(result.problems))
            check(!problem.message.isEmpty() && problem.toString().startsWith(name), "a problem names the file");
        if (result.ok() && format == Format::Json)
            check(TextDecoder::checkUtf8(bytes).ok, "an accepted JSON file is UTF-8 throughout");
        if (result.ok())
            exercise(result.document, format);
        return result;
    }

private:
    static void check(bool condition, const char *promise)
    {
        if (!condition) {
            std::fprintf(stderr, "broken promise: %s\n", promise);
            std::abort();
        }
    }

    static void readAll(const QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        static const int roles[]
            = { Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole, IndicatorIdRole, SectionIdRole, NameRole,
                  ValueRole, ProvinceValueRole, GapRole, RankRole, PeriodRole, SortRole, IndicatorIndexRole };
        for (int column = 0; column < model.columnCount(parent); ++column)
            model.headerData(column, Qt::Horizontal);
        for (int row = 0; row < model.rowCount(parent); ++row) {
            for (int column = 0; column < model.columnCount(parent); ++column) {
                const QModelIndex index = model.index(row, column, parent);
                check(index.isValid() && index.parent() == parent, "every cell has a valid index");
                for (const int role : roles)
                    model.data(index, role);
            }
            const QModelIndex first = model.index(row, 0, parent);
            if (model.hasChildren(first))
                readAll(model, first);
        }
    }

    static void exercise(const std::shared_ptr<const Document> &document, Format format)
    {
        IndicatorTableModel table;
        table.setDocument(document);
        check(table.rowCount() == document->indicatorCount(), "the table has a row per indicator");
        readAll(table);
        SectionTreeModel tree;
        tree.setDocument(document);
        readAll(tree);

        IndicatorFilterProxyModel filter;
        filter.setSourceModel(&table);
        const QString someName = document->sections.isEmpty() || document->sections.first().indicators.isEmpty()
            ? QStringLiteral("x")
            : document->sections.first().indicators.first().name.left(2);
        filter.setSearchText(someName);
        readAll(filter);
        filter.setRequireRank(true);
        filter.setRequireProvinceComparison(true);
        readAll(filter);

        QList<ChartSpec> charts = DefaultCharts::overview(*document);
        for (const Section &section : document->sections)
            charts += section.charts;
        for (const ChartSpec &spec : std::as_const(charts)) {
            ChartDataModel chart;
            chart.setChart(document, spec);
            check(chart.rowCount() == spec.indicatorIds.size(), "a chart finds every indicator it names");
            chart.unit();
            readAll(chart);
            for (int row = 0; row < chart.rowCount(); ++row)
                chart.headerData(row, Qt::Vertical);
        }

        // What the program exports must open again, and, as JSON, say the same.
        const QByteArray json = BulletinWriter::toJson(*document);
        const LoadResult again = BulletinLoader::loadJson(json, QStringLiteral("again.json"));
        if (!again.ok())
            std::fprintf(stderr, "%s\n", qPrintable(describeProblems(again.problems)));
        check(again.ok(), "the JSON export of a bulletin opens again");
        check(BulletinWriter::toJson(*again.document) == json, "the JSON export reads back unchanged");
        if (format == Format::Csv) {
            const LoadResult csv
                = BulletinLoader::loadCsv(BulletinWriter::toCsv(*document), QStringLiteral("again.csv"));
            if (!csv.ok())
                std::fprintf(stderr, "%s\n", qPrintable(describeProblems(csv.problems)));
            check(csv.ok(), "the CSV export of a CSV bulletin opens again");
        }
    }
};

} // namespace Bulletin
