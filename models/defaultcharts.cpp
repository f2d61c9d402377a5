#include "defaultcharts.h"

#include <QHash>

namespace Bulletin {

namespace {

void limit(ChartSpec &chart)
{
    if (chart.indicatorIds.size() <= DefaultCharts::MaxIndicatorsPerChart)
        return;
    chart.indicatorIds.resize(DefaultCharts::MaxIndicatorsPerChart);
    chart.title += QStringLiteral("（前%1项）").arg(DefaultCharts::MaxIndicatorsPerChart);
    chart.titleEn += QStringLiteral(" (first %1)").arg(DefaultCharts::MaxIndicatorsPerChart);
}

} // namespace

QList<ChartSpec> DefaultCharts::derive(const Section &section)
{
    QList<ChartSpec> charts;
    ChartSpec comparison { section.id + QStringLiteral("-comparison"), ChartKind::Comparison,
        section.title + QStringLiteral("：与全省比较"), section.title + QStringLiteral(": compared with the province"),
        {} };
    ChartSpec ranking { section.id + QStringLiteral("-ranking"), ChartKind::Ranking,
        section.title + QStringLiteral("：全省排名"), section.title + QStringLiteral(": rank in the province"), {} };
    QStringList units;
    QHash<QString, qsizetype> unitIndexes; // a list search per row would be quadratic in a large table
    QList<QStringList> idsByUnit;
    for (const Indicator &indicator : section.indicators) {
        if (indicator.hasProvinceComparison())
            comparison.indicatorIds.append(indicator.id);
        if (indicator.hasRank())
            ranking.indicatorIds.append(indicator.id);
        if (indicator.hasProvinceComparison() || indicator.hasRank() || !indicator.value)
            continue;
        qsizetype unitIndex = unitIndexes.value(indicator.unit, -1);
        if (unitIndex < 0) {
            unitIndex = units.size();
            units.append(indicator.unit);
            unitIndexes.insert(indicator.unit, unitIndex);
            idsByUnit.append(QStringList());
        }
        idsByUnit[unitIndex].append(indicator.id);
    }
    if (!comparison.indicatorIds.isEmpty())
        charts.append(comparison);
    if (!ranking.indicatorIds.isEmpty())
        charts.append(ranking);
    for (qsizetype u = 0; u < units.size(); ++u) {
        if (idsByUnit.at(u).size() < 2)
            continue;
        const QString unit = units.at(u).isEmpty() ? QStringLiteral("—") : units.at(u);
        charts.append({ section.id + QStringLiteral("-bars-%1").arg(u + 1), ChartKind::Bars,
            section.title + QStringLiteral("（%1）").arg(unit), section.title + QStringLiteral(" (%1)").arg(unit),
            idsByUnit.at(u) });
    }
    for (ChartSpec &chart : charts)
        limit(chart);
    return charts;
}

QList<ChartSpec> DefaultCharts::overview(const Document &document)
{
    const QString region = document.region.isEmpty() ? QStringLiteral("本市") : document.region;
    const QString regionEn = document.regionEn.isEmpty() ? QStringLiteral("the city") : document.regionEn;
    const QString province = document.comparisonRegion.isEmpty() ? QStringLiteral("全省") : document.comparisonRegion;
    const QString provinceEn
        = document.comparisonRegionEn.isEmpty() ? QStringLiteral("the province") : document.comparisonRegionEn;
    ChartSpec comparison { QStringLiteral("overview-comparison"), ChartKind::Comparison,
        QStringLiteral("%1与%2比较").arg(region, province),
        QStringLiteral("%1 compared with %2").arg(regionEn, provinceEn), {} };
    ChartSpec ranking { QStringLiteral("overview-ranking"), ChartKind::Ranking,
        QStringLiteral("%1排名（第1名最好）").arg(province), QStringLiteral("Rank in %1 (1st is best)").arg(provinceEn),
        {} };
    for (const Section &section : document.sections) {
        for (const Indicator &indicator : section.indicators) {
            if (indicator.hasProvinceComparison())
                comparison.indicatorIds.append(indicator.id);
            if (indicator.hasRank())
                ranking.indicatorIds.append(indicator.id);
        }
    }
    QList<ChartSpec> charts;
    if (!comparison.indicatorIds.isEmpty())
        charts.append(comparison);
    if (!ranking.indicatorIds.isEmpty())
        charts.append(ranking);
    for (ChartSpec &chart : charts)
        limit(chart);
    return charts;
}

} // namespace Bulletin
