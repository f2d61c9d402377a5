#pragma once

#include "bulletin.h"

namespace Bulletin {

// How figures and their comparisons are worded for people, in one place for the screen, the charts, the exports
// and the briefing: "1.7%", "297.72亿元", "+0.4 个百分点" / "+0.4 pp" (percentage points, short as charts need),
// "第2名 / 14" / "No. 2 of 14". Units are the bulletin's and stay as written. The language is always given.
class IndicatorFormat
{
public:
    // What stands where the bulletin states nothing.
    static QString placeholder();
    static QString number(double value);
    static QString withUnit(double value, const QString &unit);
    // The value_text when the bulletin words the outcome, else the number with its unit; placeholder() when neither.
    static QString value(const Indicator &indicator);
    static QString provinceValue(const Indicator &indicator);
    // Signed gap to the province; percentages differ in percentage points. Empty without a comparison.
    static QString gap(const Indicator &indicator, Language language);
    static QString gapOf(double gap, const QString &unit, Language language);
    // "第2名 / 14", "No. 2 of 14"; empty without a rank.
    static QString rank(const Indicator &indicator, Language language);
    static QString rankOf(int rank, int rankOf, Language language);
    // The rank and what it was taken against when not the whole region: "第1名 / 13（除长沙外）".
    static QString rankWithScope(const Indicator &indicator, Language language);
    static QString rankWithScope(int rank, int rankOf, const QString &scope, Language language);
    // A rank alone, as a rank axis writes it: "第1名", "No. 1".
    static QString rankLabel(int rank, Language language);
    // The region's and the comparison region's names, or words for them when the bulletin names neither.
    static QString cityName(const Document &document, Language language);
    static QString provinceName(const Document &document, Language language);
    // "单位：亿元", "Unit: 亿元"; empty without a unit.
    static QString unitLabel(const QString &unit, Language language);
    // "数据来源：… · 2020年上半年", "Source: … · January–June 2020".
    static QString sourceLine(const Document &document, Language language);
    // The note under a comparison whose provincial values the bulletin only implies: every one of them (all) or
    // those marked with "*".
    static QString derivedFootnote(const QString &provinceName, bool all, Language language);
    // The legend's remark for a provincial series that is derived throughout.
    static QString derivedRemark(Language language);
};

} // namespace Bulletin
