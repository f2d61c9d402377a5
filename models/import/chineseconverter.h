#pragma once

#include <QString>

namespace Bulletin {

// Traditional characters to simplified ones through OpenCC ("t2s": 億元 → 亿元, 增長 → 增长, 個百分點 → 个百分点),
// phrase by phrase as OpenCC's dictionaries have them.
class ChineseConverter
{
public:
    // The text unchanged when OpenCC's data cannot be loaded; ok (when given) says whether it could.
    static QString toSimplified(const QString &text, bool *ok = nullptr);
    static bool isAvailable();
};

} // namespace Bulletin
