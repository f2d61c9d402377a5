#include "indicatorformat.h"

#include <cmath>

namespace Bulletin {

QString IndicatorFormat::number(double value)
{
    // Round away binary noise (1.7 - 1.3 = 0.3999…) without inventing digits the bulletin never wrote.
    const double rounded = std::round(value * 1e6) / 1e6;
    return QString::number(rounded == 0.0 ? 0.0 : rounded, 'g', 12);
}

QString IndicatorFormat::withUnit(double value, const QString &unit)
{
    return number(value) + unit;
}

QString IndicatorFormat::value(const Indicator &indicator)
{
    if (!indicator.valueText.isEmpty())
        return indicator.valueText;
    if (indicator.value)
        return withUnit(*indicator.value, indicator.unit);
    return QStringLiteral("—");
}

QString IndicatorFormat::provinceValue(const Indicator &indicator)
{
    if (!indicator.provinceValue)
        return {};
    return withUnit(*indicator.provinceValue, indicator.unit);
}

QString IndicatorFormat::gapOf(double gap, const QString &unit)
{
    const QString sign = gap > 0 ? QStringLiteral("+") : (gap < 0 ? QStringLiteral("−") : QString());
    const QString magnitude = number(std::fabs(gap));
    if (unit == QLatin1String("%"))
        return sign + magnitude + (englishPreferred() ? QStringLiteral(" pp") : QStringLiteral(" 个百分点"));
    return sign + magnitude + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
}

QString IndicatorFormat::gap(const Indicator &indicator)
{
    const std::optional<double> gap = indicator.gap();
    return gap ? gapOf(*gap, indicator.unit) : QString();
}

QString IndicatorFormat::rankOf(int rank, int rankOf)
{
    return (englishPreferred() ? QStringLiteral("No. %1 of %2") : QStringLiteral("第%1名 / %2")).arg(rank).arg(rankOf);
}

QString IndicatorFormat::rank(const Indicator &indicator)
{
    if (!indicator.hasRank())
        return {};
    return rankOf(*indicator.rank, *indicator.rankOf);
}

} // namespace Bulletin
