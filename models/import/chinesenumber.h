#pragma once

#include <QChar>
#include <QStringView>
#include <optional>

namespace Bulletin {

// Numbers written in Chinese numerals: 五, 十二, 一百零五, 两千, 三万五千, 二〇二〇.
class ChineseNumber
{
public:
    static bool isNumeral(QChar c);
    static bool isDigit(QChar c); // 零〇一二三四五六七八九两
    // nullopt when the numerals do not form a number (十十, 万万 at the start).
    static std::optional<double> parse(QStringView numerals);
    // A number in Arabic digits (1.5) or Chinese numerals; nullopt for anything else.
    static std::optional<double> parseAny(QStringView text);
};

} // namespace Bulletin
