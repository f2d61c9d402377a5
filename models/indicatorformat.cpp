#include "indicatorformat.h"

#include <cmath>

namespace Bulletin {

namespace {

QString say(Language language, const char *chinese, const char *english)
{
    return QString::fromUtf8(language == Language::English ? english : chinese);
}

} // namespace

QString IndicatorFormat::placeholder()
{
    return QStringLiteral("—");
}

QString IndicatorFormat::number(double value)
{
    if (!std::isfinite(value))
        return placeholder();
    // Round away binary noise (1.7 - 1.3 = 0.3999…) without inventing digits the bulletin never wrote; values too
    // large to scale are shown as they are.
    const double scaled = value * 1e6;
    const double rounded = std::isfinite(scaled) && std::fabs(value) < 1e15 ? std::round(scaled) / 1e6 : value;
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
    return placeholder();
}

QString IndicatorFormat::provinceValue(const Indicator &indicator)
{
    if (!indicator.provinceValue)
        return {};
    return withUnit(*indicator.provinceValue, indicator.unit);
}

QString IndicatorFormat::gapOf(double gap, const QString &unit, Language language)
{
    if (!std::isfinite(gap))
        return placeholder();
    const QString sign = gap > 0 ? QStringLiteral("+") : (gap < 0 ? QStringLiteral("−") : QString());
    const QString magnitude = number(std::fabs(gap));
    if (unit == QLatin1String("%"))
        return sign + magnitude + say(language, " 个百分点", " pp");
    return sign + magnitude + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
}

QString IndicatorFormat::gap(const Indicator &indicator, Language language)
{
    const std::optional<double> gap = indicator.gap();
    return gap ? gapOf(*gap, indicator.unit, language) : QString();
}

QString IndicatorFormat::rankOf(int rank, int rankOf, Language language)
{
    return say(language, "第%1名 / %2", "No. %1 of %2").arg(rank).arg(rankOf);
}

QString IndicatorFormat::rank(const Indicator &indicator, Language language)
{
    if (!indicator.hasRank())
        return {};
    return rankOf(*indicator.rank, *indicator.rankOf, language);
}

QString IndicatorFormat::rankWithScope(int rank, int rankOf, const QString &scope, Language language)
{
    QString text = IndicatorFormat::rankOf(rank, rankOf, language);
    if (!scope.isEmpty())
        text += say(language, "（", " (") + scope + say(language, "）", ")");
    return text;
}

QString IndicatorFormat::rankWithScope(const Indicator &indicator, Language language)
{
    if (!indicator.hasRank())
        return {};
    return rankWithScope(*indicator.rank, *indicator.rankOf, indicator.rankScope, language);
}

QString IndicatorFormat::rankLabel(int rank, Language language)
{
    return say(language, "第%1名", "No. %1").arg(rank);
}

QString IndicatorFormat::cityName(const Document &document, Language language)
{
    return document.region.isEmpty() ? say(language, "本市", "The city") : document.displayRegion(language);
}

QString IndicatorFormat::provinceName(const Document &document, Language language)
{
    return document.comparisonRegion.isEmpty() ? say(language, "全省", "the province")
                                               : document.displayComparisonRegion(language);
}

QString IndicatorFormat::unitLabel(const QString &unit, Language language)
{
    return unit.isEmpty() ? QString() : say(language, "单位：", "Unit: ") + unit;
}

QString IndicatorFormat::sourceLine(const Document &document, Language language)
{
    const QString source = document.sourceNote.isEmpty() ? document.title : document.sourceNote;
    QString line = say(language, "数据来源：", "Source: ") + source;
    if (!document.period.isEmpty())
        line += QStringLiteral(" · ") + document.displayPeriod(language);
    return line;
}

QString IndicatorFormat::derivedFootnote(const QString &provinceName, bool all, Language language)
{
    if (language == Language::English)
        return all
            ? QStringLiteral("Note: the %1 figures were not published; they are derived from the gaps the "
                             "text states.")
                  .arg(provinceName)
            : QStringLiteral("* %1 figure not published; derived from the gap the text states.").arg(provinceName);
    return (all ? QStringLiteral("注：") : QStringLiteral("* ")) + provinceName
        + QStringLiteral("数值未直接公布，由文中所述差值推算。");
}

QString IndicatorFormat::derivedRemark(Language language)
{
    return say(language, "（据差值推算）", " (derived from the stated gap)");
}

} // namespace Bulletin
