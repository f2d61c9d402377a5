#pragma once

#include <QList>
#include <QString>

namespace Bulletin {

// The article in one spelling, for the rules that read it, with the way back to the text as read.
struct NormalizedText
{
    QString text;
    // origin[i]: where text[i] came from in the text as read; one more entry for the end.
    QList<qsizetype> origin;

    qsizetype sourcePosition(qsizetype position) const
    {
        return origin.isEmpty() ? 0 : origin.at(qBound<qsizetype>(0, position, origin.size() - 1));
    }
};

// Simplified characters (OpenCC), ASCII digits and letters, Chinese punctuation between Chinese words (a web repost's
// "增长 1.7 %，" and "1-6月" read as "增长1.7%，" and "1—6月"), no stray spaces, thousands separators or invisible
// characters.
class ArticleNormalizer
{
public:
    static NormalizedText normalize(const QString &text);
};

} // namespace Bulletin
