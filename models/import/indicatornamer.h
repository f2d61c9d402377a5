#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Bulletin {

// Indicator names from the words around a figure.
class IndicatorNamer
{
public:
    static constexpr int MaxNameLength = 40;

    // A clause's subject as a name, without the period, the city, and the verbs and adverbs around it: "1—6月，全市完成
    // 地方税收收入" → "地方税收收入"; "仅用" at the end becomes "用时".
    static QString clean(QStringView subject, const QString &regionStem = {});
    // The items of a list subject: "A、B和C" → A, B, C. With one item and more figures, a contraction is read out
    // ("新增存贷款" → 新增存款, 新增贷款; "一二三产业增加值" → 第一产业增加值, …), and the metric the last item
    // ends with goes to the others ("A、B增速" → A增速, B增速).
    static QStringList items(QStringView subject, int wanted);
    // The noun phrase that follows a count ("359家企业参与…" → 企业); nounEnd receives where it ends.
    static QString nounAfter(QStringView text, qsizetype from, qsizetype *nounEnd);
    // Only a measure's name, which says nothing without the figure before it: 增速, 增幅, 总量.
    static bool isMetricWord(QStringView subject);
    // Adverbs at the start of a predicate: 全部, 基本, 均.
    static QString withoutAdverbs(QStringView predicate);
    static bool isPunctuation(QChar c);
};

} // namespace Bulletin
