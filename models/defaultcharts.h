#pragma once

#include "bulletin.h"

namespace Bulletin {

// Charts for bulletins that declare none (CSV): comparison, ranking, and one bar chart per shared unit.
class DefaultCharts
{
public:
    static QList<ChartSpec> derive(const Section &section);
    // The overview's charts: every indicator compared with the province, and every ranked one.
    static QList<ChartSpec> overview(const Document &document);
};

} // namespace Bulletin
