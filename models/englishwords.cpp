#include "englishwords.h"

#include <QHash>

namespace Bulletin {

QString EnglishWords::unit(const QString &chineseUnit)
{
    static const QHash<QString, QString> units {
        { QStringLiteral("%"), QStringLiteral("%") },
        { QStringLiteral("‰"), QStringLiteral("‰") },
        { QStringLiteral("个百分点"), QStringLiteral("percentage points") },
        { QStringLiteral("元"), QStringLiteral("yuan") },
        { QStringLiteral("千元"), QStringLiteral("1,000 yuan") },
        { QStringLiteral("万元"), QStringLiteral("10,000 yuan") },
        { QStringLiteral("亿元"), QStringLiteral("100 million yuan") },
        { QStringLiteral("万亿元"), QStringLiteral("trillion yuan") },
        { QStringLiteral("美元"), QStringLiteral("US dollars") },
        { QStringLiteral("万美元"), QStringLiteral("10,000 US dollars") },
        { QStringLiteral("亿美元"), QStringLiteral("100 million US dollars") },
        { QStringLiteral("人"), QStringLiteral("people") },
        { QStringLiteral("名"), QStringLiteral("people") },
        { QStringLiteral("万人"), QStringLiteral("10,000 people") },
        { QStringLiteral("万名"), QStringLiteral("10,000 people") },
        { QStringLiteral("人次"), QStringLiteral("person-times") },
        { QStringLiteral("万人次"), QStringLiteral("10,000 person-times") },
        { QStringLiteral("户"), QStringLiteral("households") },
        { QStringLiteral("万户"), QStringLiteral("10,000 households") },
        { QStringLiteral("天"), QStringLiteral("days") },
        { QStringLiteral("个月"), QStringLiteral("months") },
        { QStringLiteral("小时"), QStringLiteral("hours") },
        { QStringLiteral("公里"), QStringLiteral("km") },
        { QStringLiteral("千米"), QStringLiteral("km") },
        { QStringLiteral("米"), QStringLiteral("m") },
        { QStringLiteral("平方米"), QStringLiteral("m²") },
        { QStringLiteral("万平方米"), QStringLiteral("10,000 m²") },
        { QStringLiteral("平方公里"), QStringLiteral("km²") },
        { QStringLiteral("亩"), QStringLiteral("mu") },
        { QStringLiteral("万亩"), QStringLiteral("10,000 mu") },
        { QStringLiteral("公顷"), QStringLiteral("hectares") },
        { QStringLiteral("吨"), QStringLiteral("tonnes") },
        { QStringLiteral("万吨"), QStringLiteral("10,000 tonnes") },
        { QStringLiteral("千瓦"), QStringLiteral("kW") },
        { QStringLiteral("万千瓦"), QStringLiteral("10,000 kW") },
        { QStringLiteral("千瓦时"), QStringLiteral("kWh") },
        { QStringLiteral("万千瓦时"), QStringLiteral("10,000 kWh") },
        { QStringLiteral("亿千瓦时"), QStringLiteral("100 million kWh") },
        { QStringLiteral("批"), QStringLiteral("batches") },
        { QStringLiteral("批次"), QStringLiteral("batches") },
        { QStringLiteral("辆"), QStringLiteral("vehicles") },
        { QStringLiteral("次"), QStringLiteral("times") },
        { QStringLiteral("场"), QStringLiteral("events") },
        { QStringLiteral("笔"), QStringLiteral("transactions") },
        { QStringLiteral("项"), QStringLiteral("items") },
    };
    return units.value(chineseUnit.trimmed());
}

QString EnglishWords::outcome(const QString &chineseWords)
{
    static const QHash<QString, QString> zeroes {
        { QStringLiteral("死亡"), QStringLiteral("deaths") },
        { QStringLiteral("感染"), QStringLiteral("infections") },
        { QStringLiteral("伤亡"), QStringLiteral("casualties") },
        { QStringLiteral("事故"), QStringLiteral("accidents") },
        { QStringLiteral("发生"), QStringLiteral("occurrences") },
        { QStringLiteral("确诊"), QStringLiteral("confirmed cases") },
        { QStringLiteral("新增"), QStringLiteral("new cases") },
        { QStringLiteral("上访"), QStringLiteral("petitions") },
        { QStringLiteral("投诉"), QStringLiteral("complaints") },
        { QStringLiteral("污染"), QStringLiteral("pollution") },
        { QStringLiteral("欠薪"), QStringLiteral("unpaid wages") },
        { QStringLiteral("输入"), QStringLiteral("imported cases") },
    };
    static const QHash<QString, QString> phrases {
        { QStringLiteral("清零"), QStringLiteral("cleared") },
        { QStringLiteral("全面清零"), QStringLiteral("fully cleared") },
        { QStringLiteral("基本清零"), QStringLiteral("basically cleared") },
        { QStringLiteral("基本实现清零"), QStringLiteral("basically cleared") },
        { QStringLiteral("全面动态清零"), QStringLiteral("fully cleared, and kept at zero") },
        { QStringLiteral("动态清零"), QStringLiteral("kept at zero") },
        { QStringLiteral("实现清零"), QStringLiteral("cleared") },
        { QStringLiteral("零的突破"), QStringLiteral("the first one ever") },
        { QStringLiteral("“零”的突破"), QStringLiteral("the first one ever") },
        { QStringLiteral("双过半"), QStringLiteral("over half of the year’s target by mid-year") },
        { QStringLiteral("第一方阵"), QStringLiteral("first tier") },
        { QStringLiteral("第一梯队"), QStringLiteral("first tier") },
    };
    const QString words = chineseWords.trimmed();
    if (const auto found = phrases.constFind(words); found != phrases.cend())
        return *found;
    if (words.startsWith(u'零')) {
        if (const auto found = zeroes.constFind(words.mid(1)); found != zeroes.cend())
            return QStringLiteral("zero ") + *found;
    }
    return {};
}

} // namespace Bulletin
