#pragma once

#include "importresult.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace Bulletin {

// A number of a sentence with what is written around it.
struct NumberToken
{
    enum class UnitKind {
        None, // a bare number
        Percent, // % ‰
        Points, // 个百分点
        Times, // 倍
        Money, // 元, 万元, 亿美元
        Measure, // 吨, 万亩, 亿千瓦时
        Classifier, // 个, 家, 名, 批次: a count
        Duration, // 天, 小时
        Magnitude, // 万 or 亿 and nothing after it
    };

    qsizetype start = 0; // the first digit, or 第
    qsizetype numberEnd = 0; // after the digits
    qsizetype end = 0; // after the unit and any bound written after it (以上, 余)
    double value = 0;
    int decimals = 0;
    QString unit; // magnitude and unit as written: 亿元, %, 个百分点, 万名
    UnitKind unitKind = UnitKind::None;
    QString bound; // 余, 多, 以上 after it, 过, 超过, 逾, 突破 before it: the figure is a lower bound
    QString approximation; // 约, 近, 左右: the figure is rounded
    bool ordinal = false; // 第N
    bool chinese = false; // written in Chinese numerals
    std::optional<MissReason> excluded; // no figure by rule, and why

    qsizetype length() const { return end - start; }
};

// Finds the numbers of a sentence, in Arabic digits or Chinese numerals, with their units and magnitudes; marks those
// that are no figure by rule: dates and periods, list markers, set phrases (5G, 5A级, 第一产业), numbers in quotes or
// titles, capacities inside a project's name (年产40万副车灯项目). Chinese numerals count only before a unit (五个,
// 十二家) or after 第.
class NumberScanner
{
public:
    // A sentence's numbers beyond this many are not read: no sentence holds so many figures.
    static constexpr int MaxTokens = 2000;

    static QList<NumberToken> scan(QStringView sentence);
    static bool isAsciiDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }
    static bool isHan(QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }
};

} // namespace Bulletin
