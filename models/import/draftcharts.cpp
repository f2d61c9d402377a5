#include "draftcharts.h"

#include "defaultcharts.h"

namespace Bulletin {

QList<ChartSpec> DraftCharts::propose(const Section &section)
{
    QStringList compared;
    QStringList ranked;
    for (const Indicator &indicator : section.indicators) {
        if (indicator.hasProvinceComparison() && compared.size() < DefaultCharts::MaxIndicatorsPerChart)
            compared.append(indicator.id);
        if (indicator.hasRank() && ranked.size() < DefaultCharts::MaxIndicatorsPerChart)
            ranked.append(indicator.id);
    }
    QList<ChartSpec> charts;
    if (compared.size() >= 2) {
        ChartSpec chart;
        chart.id = section.id + QStringLiteral("-comparison");
        chart.kind = ChartKind::Comparison;
        chart.title = QStringLiteral("与全省平均水平比较");
        chart.titleEn = QStringLiteral("Compared with the provincial average");
        chart.indicatorIds = compared;
        charts.append(chart);
    }
    if (ranked.size() >= 2) {
        ChartSpec chart;
        chart.id = section.id + QStringLiteral("-ranking");
        chart.kind = ChartKind::Ranking;
        chart.title = QStringLiteral("全省排名");
        chart.titleEn = QStringLiteral("Provincial ranking");
        chart.indicatorIds = ranked;
        charts.append(chart);
    }
    return charts;
}

} // namespace Bulletin
