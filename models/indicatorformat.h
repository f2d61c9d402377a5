#pragma once

#include "bulletin.h"

namespace Bulletin {

// How figures and their comparisons are worded for people, in one place for the screen, the charts, the exports
// and the briefing: "1.7%", "297.72亿元", "+0.4 个百分点" / "+0.4 pp" (percentage points, short as charts need),
// "第2名 / 14" / "No. 2 of 14". The language is always given. In English the bulletin's English words are used
// where it has them (unit_en, value_text_en, rank_scope_en…), and a figure counted in a Chinese multiple (亿元,
// "100 million yuan") is written as English counts it: "29.772 billion yuan".
class IndicatorFormat
{
public:
    // What stands where the bulletin states nothing.
    static QString placeholder();
    static QString number(double value);
    // In English with thousands separated ("96,211"); in Chinese as number().
    static QString number(double value, Language language);
    static QString withUnit(double value, const QString &unit);
    // A figure in parts, for a card that sets the number large: "29.772" "billion yuan".
    struct Amount
    {
        QString number;
        QString separator;
        QString unit;
        QString joined() const { return number + separator + unit; }
        // What stands beside the number when it is set apart: the unit, with a "×" that is more than a space.
        QString unitBeside() const
        {
            const QString sign = separator.trimmed();
            return sign.isEmpty() ? unit : sign + QLatin1Char(' ') + unit;
        }
    };
    static Amount amount(double value, const QString &unit, Language language);
    // The indicator's value in parts; words ("零死亡") and the placeholder are all number, with no unit.
    static Amount amount(const Indicator &indicator, Language language);
    // The unit as the language writes it after a number: "297.72亿元", "1.7%", "94 people", "29.772 billion yuan".
    static QString withUnit(double value, const QString &unit, Language language);
    // The value_text when the bulletin words the outcome, else the number with its unit; placeholder() when neither.
    static QString value(const Indicator &indicator, Language language);
    static QString provinceValue(const Indicator &indicator, Language language);
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
    // "数据来源：… · 2020年上半年", "Source: 《…》, staff reporter Chen Run · January–June 2020". The cited title
    // stays as published.
    static QString sourceLine(const Document &document, Language language);
    // What sourceLine() cites: "《…》，本报记者 陈润", "《…》, staff reporter Chen Run".
    static QString citation(const Document &document, Language language);
    // The note under a comparison whose provincial values the bulletin only implies: every one of them (all) or
    // those marked with "*".
    static QString derivedFootnote(const QString &provinceName, bool all, Language language);
    // The legend's remark for a provincial series that is derived throughout.
    static QString derivedRemark(Language language);
    // The same in a word, for a legend with no room for it: "（推算）", " (derived)".
    static QString derivedRemarkBrief(Language language);
};

} // namespace Bulletin
