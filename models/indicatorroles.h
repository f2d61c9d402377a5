#pragma once

#include "bulletin.h"

#include <QHash>
#include <QVariant>

namespace Bulletin {

// Roles shared by every model over indicators; absent figures are an invalid QVariant.
enum IndicatorRole {
    IndicatorIdRole = Qt::UserRole + 1,
    SectionIdRole,
    SectionTitleRole,
    NameRole,
    NameEnRole,
    ValueRole,
    ValueTextRole,
    UnitRole,
    ProvinceValueRole,
    ProvinceDerivedRole,
    GapRole,
    RankRole,
    RankOfRole,
    SourceRole,
    PeriodRole,
    HigherIsBetterRole,
    NoteRole,
    SectionIndexRole,
    IndicatorIndexRole,
    SortRole,
    SectionTitleEnRole,
    // The value with its unit as the model's language words it ("29.772 billion yuan"); models without a language
    // leave it invalid.
    FormattedValueRole,
};

namespace IndicatorRoles {
QVariant data(const Document &document, int sectionIndex, int indicatorIndex, int role);
QHash<int, QByteArray> roleNames();
} // namespace IndicatorRoles

} // namespace Bulletin
