#include "articlecontext.h"

#include "chinesenumber.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

namespace Bulletin {

namespace {

// How far into the article its city, province and year are looked for: they are named early, and a megabyte of text
// says nothing more about them.
constexpr qsizetype ScanLength = 100000;

struct Province
{
    const char16_t *stem;
    const char16_t *name;
    int prefectures;
};

// Prefecture-level divisions (cities, autonomous prefectures, leagues) of each province and autonomous region, which
// provincial rankings of cities count.
constexpr Province Provinces[] = {
    { u"河北", u"河北省", 11 },
    { u"山西", u"山西省", 11 },
    { u"内蒙古", u"内蒙古自治区", 12 },
    { u"辽宁", u"辽宁省", 14 },
    { u"吉林", u"吉林省", 9 },
    { u"黑龙江", u"黑龙江省", 13 },
    { u"江苏", u"江苏省", 13 },
    { u"浙江", u"浙江省", 11 },
    { u"安徽", u"安徽省", 16 },
    { u"福建", u"福建省", 9 },
    { u"江西", u"江西省", 11 },
    { u"山东", u"山东省", 16 },
    { u"河南", u"河南省", 17 },
    { u"湖北", u"湖北省", 13 },
    { u"湖南", u"湖南省", 14 },
    { u"广东", u"广东省", 21 },
    { u"广西", u"广西壮族自治区", 14 },
    { u"海南", u"海南省", 4 },
    { u"四川", u"四川省", 21 },
    { u"贵州", u"贵州省", 9 },
    { u"云南", u"云南省", 16 },
    { u"西藏", u"西藏自治区", 7 },
    { u"陕西", u"陕西省", 10 },
    { u"甘肃", u"甘肃省", 14 },
    { u"青海", u"青海省", 8 },
    { u"宁夏", u"宁夏回族自治区", 5 },
    { u"新疆", u"新疆维吾尔自治区", 14 },
};

bool isHan(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

// Characters that never begin or end a city's name but often stand before 市 and 县: 全市, 我市, 城市, 地级市.
bool isNameStop(QChar c)
{
    static const QString stops = QStringLiteral("全我本该各城级地省副县市区州镇乡村在与和及的是为到等了、个家");
    return stops.contains(c);
}

QString fromUtf16(const char16_t *text)
{
    return QString::fromUtf16(text);
}

struct MonthRange
{
    int first = 0;
    int last = 0;
};

// The range of months a phrase names: 上半年, 1—6月, 一季度, 前三季度.
MonthRange rangeOf(const QRegularExpressionMatch &match)
{
    const QString phrase = match.captured(0);
    if (phrase == QStringView(u"上半年"))
        return { 1, 6 };
    if (phrase == QStringView(u"下半年"))
        return { 7, 12 };
    if (phrase == QStringView(u"前三季度"))
        return { 1, 9 };
    if (phrase.endsWith(QStringView(u"季度"))) {
        const std::optional<double> quarter = ChineseNumber::parseAny(match.captured(QStringLiteral("q")));
        if (quarter && *quarter >= 1 && *quarter <= 4)
            return { 1, int(*quarter) * 3 };
        return {};
    }
    const int first = match.captured(QStringLiteral("a")).toInt();
    const int last = match.captured(QStringLiteral("b")).toInt();
    if (first >= 1 && last <= 12 && first < last)
        return { first, last };
    return {};
}

const QRegularExpression &rangePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!比)(?:上半年|下半年|前三季度|(?<![前二三四])(?:第)?(?<q>一|1)季度(?!末)|"
                       "(?<![\\d.])(?<a>\\d{1,2})\\s*[—–~～至到]\\s*(?<b>\\d{1,2})月)"));
    return pattern;
}

} // namespace

int ArticleContext::prefectureCount(const QString &province)
{
    for (const Province &entry : Provinces) {
        if (province == fromUtf16(entry.name) || province == fromUtf16(entry.stem))
            return entry.prefectures;
    }
    return 0;
}

QString ArticleContext::comparisonArea() const
{
    return region.endsWith(QChar(u'县')) || region.endsWith(QChar(u'区')) ? QStringLiteral("全市")
                                                                          : QStringLiteral("全省");
}

bool ArticleContext::isOtherPlace(QStringView subject) const
{
    static const QRegularExpression other(QStringLiteral("^(全省|全国|全球|全世界|全州|省|国家|中央|我国|全区域)"));
    if (other.match(subject).hasMatch())
        return true;
    if (!comparisonRegion.isEmpty() && subject.startsWith(comparisonRegion))
        return true;
    // Another city named first: "长沙市增长8%", but not this city's own name or its counties.
    static const QRegularExpression city(QStringLiteral("^([\\x{4e00}-\\x{9fff}]{2,3})市(?!场|民|区|县|级|委)"));
    const QRegularExpressionMatch match = city.match(subject);
    return match.hasMatch() && !regionStem.isEmpty() && match.captured(1) != regionStem
        && !match.captured(1).endsWith(regionStem);
}

ArticleContext ArticleContext::guess(const QString &fullText, const QString &headline)
{
    ArticleContext context;
    const QString text = fullText.left(ScanLength);

    // The city: a name before 市, 县 or 区 that the text also uses on its own most often.
    QHash<QString, int> suffixCount;
    QList<QString> candidates;
    for (qsizetype i = 2; i < text.size() && candidates.size() < 200; ++i) {
        const QChar c = text.at(i);
        if (c != QChar(u'市') && c != QChar(u'县') && c != QChar(u'区'))
            continue;
        for (int length = 2; length <= 3 && i - length >= 0; ++length) {
            const QString stem = text.mid(i - length, length);
            bool good = true;
            for (const QChar s : stem)
                good = good && isHan(s);
            if (!good || isNameStop(stem.front()) || isNameStop(stem.back()))
                continue;
            if (!candidates.contains(stem))
                candidates.append(stem);
            suffixCount[stem + c] += 1;
        }
    }
    int bestCount = 0;
    for (const QString &stem : std::as_const(candidates)) {
        bool province = false;
        for (const Province &entry : Provinces)
            province = province || stem == fromUtf16(entry.stem);
        if (province)
            continue;
        const int count = int(text.count(stem));
        // 张家界 rather than 家界: a longer name that holds the shorter one, as often.
        if (count > bestCount || (count == bestCount && count > 0 && stem.contains(context.regionStem))) {
            bestCount = count;
            context.regionStem = stem;
        }
    }
    if (!context.regionStem.isEmpty()) {
        QChar suffix = QChar(u'市');
        int most = 0;
        for (const QChar s : { QChar(u'市'), QChar(u'县'), QChar(u'区') }) {
            const int count = suffixCount.value(context.regionStem + s);
            if (count > most) {
                most = count;
                suffix = s;
            }
        }
        context.region = context.regionStem + suffix;
    }

    // The province: named with 省 counts double, as "湖北武汉" names a place the article only mentions.
    int bestProvince = 0;
    for (const Province &entry : Provinces) {
        const QString stem = fromUtf16(entry.stem);
        const QString name = fromUtf16(entry.name);
        const int score = int(text.count(stem)) + int(text.count(name));
        if (score > bestProvince) {
            bestProvince = score;
            context.comparisonRegion = name;
            context.comparisonUnits = entry.prefectures;
        }
    }
    static const QRegularExpression statedUnits(QStringLiteral(
        "全省(?:共有|共)?(\\d{1,3}|[一二三四五六七八九十]{1,3})个(?:市州|地级市|设区市|地市|市（州）|市)"));
    if (const QRegularExpressionMatch match = statedUnits.match(text); match.hasMatch()) {
        const std::optional<double> units = ChineseNumber::parseAny(match.captured(1));
        if (units && *units >= 2 && *units <= 1000)
            context.comparisonUnits = int(*units);
    }

    // The year: the one the headline names, else the one the text names most.
    static const QRegularExpression yearPattern(QStringLiteral("(?<!\\d)((?:19|20)\\d{2})(?:年|(?!\\d))"));
    QHash<int, int> years;
    int bestYear = 0;
    for (const QString &where : { headline, text }) {
        QRegularExpressionMatchIterator it = yearPattern.globalMatch(where);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int year = match.captured(1).toInt();
            const int count = ++years[year] + (match.captured(0).endsWith(QChar(u'年')) ? 1 : 0);
            if (count > bestYear) {
                bestYear = count;
                context.year = year;
            }
        }
        if (context.year != 0)
            break;
    }

    // The period: the headline's, else the one the text names most.
    for (const QString &where : { headline, text }) {
        QHash<int, int> counts;
        int best = 0;
        QRegularExpressionMatchIterator it = rangePattern().globalMatch(where);
        while (it.hasNext()) {
            const MonthRange range = rangeOf(it.next());
            if (range.first == 0)
                continue;
            const int key = range.first * 100 + range.last;
            if (++counts[key] > best) {
                best = counts[key];
                context.firstMonth = range.first;
                context.lastMonth = range.last;
            }
        }
        if (context.firstMonth != 0)
            break;
    }
    const QString yearText = context.year != 0 ? QString::number(context.year) + QChar(u'年') : QString();
    if (context.firstMonth != 0)
        context.period = yearText + QString::number(context.firstMonth) + QChar(0x2014)
            + QString::number(context.lastMonth) + QChar(u'月');
    else
        context.period = yearText;
    return context;
}

std::optional<QString> ArticleContext::periodOf(QStringView clause) const
{
    if (clause.isEmpty())
        return std::nullopt;
    const QString yearText = year != 0 ? QString::number(year) + QChar(u'年') : QString();
    if (const QRegularExpressionMatch range = rangePattern().match(clause); range.hasMatch()) {
        const MonthRange months = rangeOf(range);
        if (months.first == 0 || (months.first == firstMonth && months.last == lastMonth))
            return QString();
        return yearText + QString::number(months.first) + QChar(0x2014) + QString::number(months.last) + QChar(u'月');
    }
    static const QRegularExpression monthEnd(QStringLiteral("(?<![\\d—])(\\d{1,2})月(?:底|末)"));
    if (const QRegularExpressionMatch match = monthEnd.match(clause); match.hasMatch())
        return yearText + match.captured(1) + QStringLiteral("月末");
    static const QRegularExpression quarterEnd(QStringLiteral("(?<![前比])([一二三四1-4])季度(末)?"));
    if (const QRegularExpressionMatch match = quarterEnd.match(clause); match.hasMatch()) {
        const std::optional<double> quarter = ChineseNumber::parseAny(match.captured(1));
        const QString names = QStringLiteral("一二三四");
        if (quarter && *quarter >= 1 && *quarter <= 4)
            return yearText + names.at(int(*quarter) - 1) + QStringLiteral("季度") + match.captured(2);
    }
    static const QRegularExpression month(QStringLiteral("(?<![\\d—.比])(\\d{1,2})月(份)?(?![\\d])"));
    if (const QRegularExpressionMatch match = month.match(clause); match.hasMatch()) {
        const int m = match.captured(1).toInt();
        if (m >= 1 && m <= 12)
            return (firstMonth == m && lastMonth == m) ? QString() : yearText + QString::number(m) + QChar(u'月');
    }
    static const QRegularExpression otherYear(QStringLiteral("^((?:19|20)\\d{2})年"));
    if (const QRegularExpressionMatch match = otherYear.match(clause); match.hasMatch()) {
        return match.captured(1).toInt() == year ? QString() : match.captured(1) + QChar(u'年');
    }
    return std::nullopt;
}

} // namespace Bulletin
