#include "defaultcharts.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <functional>

namespace Bulletin {

namespace {

// The section id and a suffix, the id cut when together they would be too long; a hash of the whole id then keeps
// two long ids that begin alike apart.
QString chartId(const QString &sectionId, const QString &suffix)
{
    if (sectionId.size() + suffix.size() <= MaxIdLength)
        return sectionId + suffix;
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(sectionId.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return sectionId.left(MaxIdLength - suffix.size() - hash.size() - 1) + QLatin1Char('-') + hash + suffix;
}

void limit(ChartSpec &chart)
{
    if (chart.indicatorIds.size() <= DefaultCharts::MaxIndicatorsPerChart)
        return;
    chart.indicatorIds.resize(DefaultCharts::MaxIndicatorsPerChart);
    chart.title += QStringLiteral("（前%1项）").arg(DefaultCharts::MaxIndicatorsPerChart);
    chart.titleEn += QStringLiteral(" (first %1)").arg(DefaultCharts::MaxIndicatorsPerChart);
}

// The charts of a section, their ids made by id() from what each shows ("-comparison", "-ranking", "-bars-2") once
// it is known which are drawn.
QList<ChartSpec> deriveCharts(const Section &section, const std::function<QString(const QString &)> &id)
{
    QList<ChartSpec> charts;
    ChartSpec comparison { QStringLiteral("-comparison"), ChartKind::Comparison,
        section.title + QStringLiteral("：与全省比较"), section.title + QStringLiteral(": compared with the province"),
        {} };
    ChartSpec ranking { QStringLiteral("-ranking"), ChartKind::Ranking, section.title + QStringLiteral("：全省排名"),
        section.title + QStringLiteral(": rank in the province"), {} };
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
        charts.append({ QStringLiteral("-bars-%1").arg(u + 1), ChartKind::Bars,
            section.title + QStringLiteral("（%1）").arg(unit), section.title + QStringLiteral(" (%1)").arg(unit),
            idsByUnit.at(u) });
    }
    for (ChartSpec &chart : charts) {
        chart.id = id(chart.id);
        limit(chart);
    }
    return charts;
}

} // namespace

QList<ChartSpec> DefaultCharts::derive(const Section &section)
{
    return deriveCharts(section, [&section](const QString &suffix) { return chartId(section.id, suffix); });
}

void DefaultCharts::deriveAll(Document &document)
{
    QSet<QString> taken { QStringLiteral("overview-comparison"), QStringLiteral("overview-ranking") };
    for (Section &section : document.sections) {
        section.charts = deriveCharts(section, [&](const QString &suffix) {
            // Numbered only where ids would meet: a section "overview" and the overview's own charts, or a long
            // section id cut short and another section's id.
            QString id = chartId(section.id, suffix);
            for (int n = 2; taken.contains(id); ++n)
                id = chartId(section.id, suffix + QStringLiteral("-%1").arg(n));
            taken.insert(id);
            return id;
        });
    }
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
