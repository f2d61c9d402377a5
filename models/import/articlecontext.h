#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace Bulletin {

// What an article says about itself as a whole: its city, the province it is compared with, the year and the period
// its figures cover.
class ArticleContext
{
public:
    QString region; // 衡阳市
    QString regionStem; // 衡阳
    QString comparisonRegion; // 湖南省
    int comparisonUnits = 0; // 14: how many cities the province ranks
    int year = 0; // 2020; 0 when the text never says
    int firstMonth = 0; // the period as months: 1 and 6 for 上半年
    int lastMonth = 0;
    QString period; // 2020年1—6月

    // headline: the title and subtitle, which name the period and the year before anything else does.
    static ArticleContext guess(const QString &text, const QString &headline);
    // The period a clause names: "6月份" → "2020年6月", "二季度末" → "2020年二季度末"; an empty text when it is the
    // bulletin's own, nothing when the clause names none.
    std::optional<QString> periodOf(QStringView clause) const;
    // Prefecture-level divisions of a province (湖南省: 14), which is what "全省第N" ranks; 0 when unknown.
    static int prefectureCount(const QString &province);
    // The region named as "全省", "全国" … is another place than the article's city.
    bool isOtherPlace(QStringView subject) const;
    // The word a figure is compared and ranked with: 全省 for a city, 全市 for a county or district.
    QString comparisonArea() const;
};

} // namespace Bulletin
