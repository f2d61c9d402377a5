#include "importreport.h"

#include <QHash>
#include <QStringList>

namespace Bulletin {

namespace {

QString describe(const Indicator &indicator)
{
    QStringList parts;
    if (indicator.value)
        parts.append(QString::number(*indicator.value, 'g', 15) + indicator.unit);
    if (!indicator.valueText.isEmpty())
        parts.append(indicator.valueText);
    if (indicator.provinceValue)
        parts.append(QStringLiteral("province %1%2%3")
                         .arg(QString::number(*indicator.provinceValue, 'g', 15), indicator.unit,
                             indicator.provinceDerived ? QStringLiteral(" (derived)") : QString()));
    if (indicator.hasRank())
        parts.append(QStringLiteral("rank %1/%2%3")
                         .arg(*indicator.rank)
                         .arg(*indicator.rankOf)
                         .arg(indicator.rankScope.isEmpty() ? QString() : QLatin1Char(' ') + indicator.rankScope));
    if (indicator.completionPercent)
        parts.append(QStringLiteral("completion %1%").arg(*indicator.completionPercent));
    if (!indicator.period.isEmpty())
        parts.append(indicator.period);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString ImportReport::format(const ImportResult &result, const QString &displayName)
{
    QStringList lines;
    if (!result.draft)
        return QString();
    const Document &draft = *result.draft;
    lines.append(tr("%1: %2 sections, %3 indicators, %4 key figures; %5 numbers became no figure, %6 of them "
                    "unrecognised")
                     .arg(displayName)
                     .arg(draft.sections.size())
                     .arg(draft.indicatorCount())
                     .arg(draft.keyFigures.size())
                     .arg(result.missed.size())
                     .arg(result.unrecognised().size()));
    lines.append(
        tr("title: %1")
            .arg(draft.subtitle.isEmpty() ? draft.title : draft.title + QStringLiteral("——") + draft.subtitle));
    lines.append(tr("region: %1; period: %2; compared with: %3 (%4 units)")
                     .arg(draft.region, draft.period, draft.comparisonRegion)
                     .arg(draft.comparisonUnits));
    for (const Section &section : draft.sections)
        lines.append(
            tr("section %1: %2 (%3 indicators)").arg(section.id, section.title).arg(section.indicators.size()));

    lines.append(QString());
    lines.append(tr("Figures (indicator, kind, as written, name: what the draft holds, sentence):"));
    for (const FoundFigure &figure : result.figures) {
        const Indicator *indicator = draft.findIndicator(figure.indicatorId);
        if (!indicator)
            continue;
        lines.append(QStringLiteral("%1\t%2\t%3\t%4: %5\t%6")
                         .arg(figure.indicatorId, figureKindName(figure.kind), figure.text, indicator->name,
                             describe(*indicator), figure.sentence));
    }
    lines.append(QString());
    lines.append(tr("Numbers that became no figure (reason, as written, sentence):"));
    for (const MissedNumber &number : result.missed)
        lines.append(QStringLiteral("%1\t%2\t%3").arg(missReasonName(number.reason), number.text, number.sentence));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Bulletin
