#pragma once

#include "bulletin.h"

namespace Bulletin {

// Charts for bulletins that declare none (CSV): comparison, ranking, and one bar chart per shared unit.
class DefaultCharts
{
public:
    // A chart of hundreds of bars is unreadable and takes seconds to lay out; larger sets are cut to their first
    // indicators, in bulletin order, and the title says so.
    static constexpr int MaxIndicatorsPerChart = 20;

    // Chart ids are the section's id and what the chart shows ("economy-ranking"), within MaxIdLength.
    static QList<ChartSpec> derive(const Section &section);
    // Derives the charts of every section, with ids unique in the document and apart from the overview's.
    static void deriveAll(Document &document);
    // The overview's charts: the indicators compared with the province, and the ranked ones.
    static QList<ChartSpec> overview(const Document &document);
};

} // namespace Bulletin
