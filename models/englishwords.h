#pragma once

#include <QString>

namespace Bulletin {

// English for the words a bulletin writes after its numbers and for outcomes it states in words, where the
// English is the same whatever the sentence: 亿元 is "100 million yuan" everywhere, while 家 may count firms,
// shops or hospitals and is left to a person. Used to fill unit_en and value_text_en of drafts; empty when unknown.
class EnglishWords
{
public:
    static QString unit(const QString &chineseUnit);
    // "零死亡" → "zero deaths", "基本实现清零" → "basically cleared"; empty when unknown.
    static QString outcome(const QString &chineseWords);
};

} // namespace Bulletin
