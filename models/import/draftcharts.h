#pragma once

#include "bulletin.h"

#include <QList>

namespace Bulletin {

// The charts a draft proposes for a section: a comparison chart where two or more of its indicators have a provincial
// value, a ranking chart where two or more have a rank. Plain bar charts are left to the reviewer, who knows which
// figures belong together.
class DraftCharts
{
public:
    static QList<ChartSpec> propose(const Section &section);
};

} // namespace Bulletin
