#include "indicatorroles.h"

namespace Bulletin::IndicatorRoles {

namespace {

QVariant optionalVariant(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalVariant(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QVariant data(const Document &document, int sectionIndex, int indicatorIndex, int role)
{
    const Section &section = document.sections.at(sectionIndex);
    const Indicator &indicator = section.indicators.at(indicatorIndex);
    switch (role) {
    case IndicatorIdRole:
        return indicator.id;
    case SectionIdRole:
        return section.id;
    case SectionTitleRole:
        return section.title;
    case SectionTitleEnRole:
        return section.titleEn;
    case NameRole:
        return indicator.name;
    case NameEnRole:
        return indicator.nameEn;
    case ValueRole:
        return optionalVariant(indicator.value);
    case ValueTextRole:
        return indicator.valueText;
    case UnitRole:
        return indicator.unit;
    case ProvinceValueRole:
        return optionalVariant(indicator.provinceValue);
    case ProvinceDerivedRole:
        return indicator.provinceDerived;
    case GapRole:
        return optionalVariant(indicator.gap());
    case RankRole:
        return optionalVariant(indicator.rank);
    case RankOfRole:
        return optionalVariant(indicator.rankOf);
    case SourceRole:
        return indicator.source;
    case PeriodRole:
        return indicator.period.isEmpty() ? document.period : indicator.period;
    case HigherIsBetterRole:
        return indicator.higherIsBetter;
    case NoteRole:
        return indicator.note;
    case SectionIndexRole:
        return sectionIndex;
    case IndicatorIndexRole:
        return indicatorIndex;
    default:
        return {};
    }
}

QHash<int, QByteArray> roleNames()
{
    return {
        { IndicatorIdRole, "indicatorId" },
        { SectionIdRole, "sectionId" },
        { SectionTitleRole, "sectionTitle" },
        { NameRole, "name" },
        { NameEnRole, "nameEn" },
        { ValueRole, "value" },
        { ValueTextRole, "valueText" },
        { UnitRole, "unit" },
        { ProvinceValueRole, "provinceValue" },
        { ProvinceDerivedRole, "provinceDerived" },
        { GapRole, "gap" },
        { RankRole, "rank" },
        { RankOfRole, "rankOf" },
        { SourceRole, "source" },
        { PeriodRole, "period" },
        { HigherIsBetterRole, "higherIsBetter" },
        { NoteRole, "note" },
        { SectionIndexRole, "sectionIndex" },
        { IndicatorIndexRole, "indicatorIndex" },
        { SortRole, "sort" },
        { SectionTitleEnRole, "sectionTitleEn" },
        { FormattedValueRole, "formattedValue" },
    };
}

} // namespace Bulletin::IndicatorRoles
