#pragma once

#include "bulletin.h"

namespace Bulletin {

// How figures are written for people: "1.7%", "297.72亿元", "+0.4 个百分点", "第2名 / 14"; in English
// (englishPreferred()) "+0.4 pp" (percentage points, short as charts need), "No. 2 of 14". Units are the bulletin's and
// stay as written.
class IndicatorFormat
{
public:
    static QString number(double value);
    static QString withUnit(double value, const QString &unit);
    // The value_text when the bulletin words the outcome, else the number with its unit; "—" when neither.
    static QString value(const Indicator &indicator);
    static QString provinceValue(const Indicator &indicator);
    // Signed gap to the province; percentages differ in percentage points.
    static QString gap(const Indicator &indicator);
    static QString gapOf(double gap, const QString &unit);
    static QString rank(const Indicator &indicator);
    static QString rankOf(int rank, int rankOf);
};

} // namespace Bulletin
