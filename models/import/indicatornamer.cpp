#include "indicatornamer.h"

#include <QRegularExpression>

namespace Bulletin {

namespace {

bool startsWithAnyAt(QStringView text, qsizetype at, std::initializer_list<const char16_t *> words, qsizetype *length)
{
    for (const char16_t *word : words) {
        const QStringView w(word);
        if (at + w.size() <= text.size() && text.mid(at, w.size()) == w) {
            if (length)
                *length = w.size();
            return true;
        }
    }
    return false;
}

// Words that begin what is said about a noun rather than the noun itself.
bool predicateStartsAt(QStringView text, qsizetype at, qsizetype nounLength)
{
    if (startsWithAnyAt(text, at,
            { u"实现", u"参与", u"开工", u"继续", u"奔赴", u"进行", u"通过", u"完成", u"达到", u"成为", u"入围",
                u"加快", u"正式", u"全部", u"基本", u"同比", u"累计", u"分别", u"纳入", u"集成", u"落户", u"签约",
                u"投产", u"建成", u"开业", u"上线", u"受益", u"参加", u"得到", u"覆盖", u"推进", u"提前", u"顺利",
                u"首次", u"获得", u"吸纳", u"带动", u"惠及", u"涉及", u"总投资", u"共计", u"合计", u"正在", u"相继",
                u"陆续", u"先后", u"全面", u"整体", u"主体", u"开展", u"评为", u"认定", u"列入", u"进入", u"完工",
                u"竣工", u"启动", u"实施", u"获批", u"办结", u"发放", u"接受", u"超时序", u"已经", u"均已", u"实行",
                u"享受", u"增长", u"下降", u"增加", u"减少", u"提高", u"占", u"比上年", u"比去年" },
            nullptr))
        return true;
    return nounLength >= 2
        && startsWithAnyAt(text, at,
            { u"被", u"获", u"在", u"于", u"对", u"向", u"与", u"和", u"超", u"达", u"为", u"是", u"有", u"将", u"均",
                u"已", u"共", u"及", u"等", u"的" },
            nullptr);
}

QString stripOnce(const QString &text, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || match.capturedLength(0) == 0)
        return text;
    QString rest = text;
    rest.remove(match.capturedStart(0), match.capturedLength(0));
    return rest;
}

} // namespace

bool IndicatorNamer::isPunctuation(QChar c)
{
    static const QString marks = QStringLiteral("，。；、：！？,.;:!? （）()【】[]—…·");
    return marks.contains(c) || c.isSpace();
}

QString IndicatorNamer::clean(QStringView subject, const QString &regionStem)
{
    static const QRegularExpression leading(QStringLiteral(
        "^(?:\\d{1,2}[—~～至到]\\d{1,2}月份?|\\d{1,2}月份?|\\d{4}年|上半年|下半年|前三季度|[一二三四]季度末?|今年以来|"
        "年初以来|截至目前|截至[^，]{1,8}?[底末]|目前|当前|同期|全年|其中|同时|此外|另外|全市|全县|全区|我市|我县|我区|"
        "本市|该市|共计|共有|共|累计完成|累计实现|累计|总计|合计|已经|已|完成了|完成|实现了|实现|成功举办|成功|举办|"
        "组织|"
        "开展|实施|各类|各项|在全国率先|率先|还|并|且|而|但)"));
    static const QRegularExpression trailing(QStringLiteral(
        "(?:达到|达|为|是|共|累计|同比|环比|分别|实现了|实现|已|约|近|超过|突破|过|逾|超|高达|多达|"
        "共有|总计|合计|了|均|都|也|比上年同期|比上年|比去年同期|比去年|完成了|完成|新增|稳定在|保持在|控制在|"
        "在)$"));
    static const QRegularExpression duration(QStringLiteral("(?:仅用了|仅用|用了|只用|历时|耗时|用)$"));
    static const QRegularExpression edges(QStringLiteral("^[，。；、：,.;:\\s和及与]+|[，。；、：,.;:\\s和及与]+$"));

    QString name = subject.toString();
    name.remove(edges);
    for (int round = 0; round < 8; ++round) {
        const QString before = name;
        if (!regionStem.isEmpty() && name.startsWith(regionStem)) {
            qsizetype cut = regionStem.size();
            if (cut < name.size()
                && (name.at(cut) == QChar(u'市') || name.at(cut) == QChar(u'县') || name.at(cut) == QChar(u'区')))
                ++cut;
            if (name.size() - cut >= 2)
                name = name.mid(cut);
        }
        const QString stripped = stripOnce(name, leading);
        if (stripped.size() >= 2)
            name = stripped;
        name.remove(edges);
        if (name == before)
            break;
    }
    if (const QRegularExpressionMatch match = duration.match(name); match.hasMatch() && match.capturedStart(0) > 0) {
        name = name.left(match.capturedStart(0)) + QStringLiteral("用时");
    } else {
        for (int round = 0; round < 4; ++round) {
            const QString stripped = stripOnce(name, trailing);
            if (stripped.size() < 2 || stripped == name)
                break;
            name = stripped;
        }
    }
    name.remove(edges);
    // Quotation marks left alone by the cut are dropped; pairs stay (“破零”).
    if (name.count(QChar(0x201C)) != name.count(QChar(0x201D))) {
        name.remove(QChar(0x201C));
        name.remove(QChar(0x201D));
    }
    if (name.count(QChar(u'（')) != name.count(QChar(u'）'))) {
        name.remove(QChar(u'（'));
        name.remove(QChar(u'）'));
    }
    if (name.size() > MaxNameLength)
        name = name.right(MaxNameLength);
    return name;
}

bool IndicatorNamer::isMetricWord(QStringView subject)
{
    static const QStringList words { QStringLiteral("增速"), QStringLiteral("增幅"), QStringLiteral("增长"),
        QStringLiteral("总量"), QStringLiteral("规模"), QStringLiteral("排名"), QStringLiteral("位次"),
        QStringLiteral("指标"), QStringLiteral("增量"), QStringLiteral("总额"), QStringLiteral("涨幅"),
        QStringLiteral("降幅"), QStringLiteral("速度"), QStringLiteral("增速和总量") };
    for (const QString &word : words) {
        if (subject == word)
            return true;
    }
    return subject.isEmpty();
}

QStringList IndicatorNamer::items(QStringView subject, int wanted)
{
    QString text = subject.toString();
    text.replace(QStringLiteral("一、二、三产业"), QStringLiteral("一二三产业"));
    text.replace(QStringLiteral("一、二产业"), QStringLiteral("一二产业"));
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x201C) || c == QChar(u'（') || c == QChar(u'《'))
            ++depth;
        else if ((c == QChar(0x201D) || c == QChar(u'）') || c == QChar(u'》')) && depth > 0)
            --depth;
        qsizetype length = 0;
        if (depth == 0 && (c == QChar(u'、') || startsWithAnyAt(text, i, { u"以及", u"和", u"及", u"与" }, &length))) {
            const qsizetype separator = c == QChar(u'、') ? 1 : length;
            parts.append(text.mid(start, i - start));
            start = i + separator;
            i += separator - 1;
        }
    }
    parts.append(text.mid(start));
    parts.removeAll(QString());

    if (parts.size() == 1 && wanted > 1) {
        struct Contraction
        {
            const char16_t *whole;
            std::initializer_list<const char16_t *> parts;
        };
        static const Contraction contractions[] = {
            { u"一二三产业", { u"第一产业", u"第二产业", u"第三产业" } },
            { u"一二产业", { u"第一产业", u"第二产业" } },
            { u"存贷款", { u"存款", u"贷款" } },
            { u"进出口", { u"进口", u"出口" } },
            { u"城乡居民", { u"城镇居民", u"农村居民" } },
            { u"中小学", { u"中学", u"小学" } },
        };
        for (const Contraction &contraction : contractions) {
            const QString whole = QString::fromUtf16(contraction.whole);
            const qsizetype at = parts.first().indexOf(whole);
            if (at < 0 || int(contraction.parts.size()) != wanted)
                continue;
            QStringList expanded;
            for (const char16_t *part : contraction.parts) {
                QString item = parts.first();
                item.replace(at, whole.size(), QString::fromUtf16(part));
                expanded.append(item);
            }
            return expanded;
        }
    }
    static const QStringList metrics { QStringLiteral("增速"), QStringLiteral("增幅"), QStringLiteral("占比"),
        QStringLiteral("比重") };
    if (parts.size() > 1) {
        for (const QString &metric : metrics) {
            if (!parts.constLast().endsWith(metric))
                continue;
            for (qsizetype k = 0; k + 1 < parts.size(); ++k) {
                bool hasMetric = false;
                for (const QString &other : metrics)
                    hasMetric = hasMetric || parts.at(k).endsWith(other);
                if (!hasMetric)
                    parts[k] += metric;
            }
            break;
        }
    }
    return parts;
}

QString IndicatorNamer::nounAfter(QStringView text, qsizetype from, qsizetype *nounEnd)
{
    qsizetype k = from;
    while (k < text.size() && k - from < 20) {
        const QChar c = text.at(k);
        if (c == QChar(0x201C) || c == QChar(u'《')) {
            const QChar close = c == QChar(0x201C) ? QChar(0x201D) : QChar(u'》');
            const qsizetype end = text.indexOf(close, k + 1);
            if (end < 0 || end - k > 20)
                break;
            k = end + 1;
            continue;
        }
        if (isPunctuation(c) || c.unicode() >= 0xE000 || c.isDigit() || predicateStartsAt(text, k, k - from))
            break;
        ++k;
    }
    if (nounEnd)
        *nounEnd = k;
    return text.mid(from, k - from).toString();
}

QString IndicatorNamer::withoutAdverbs(QStringView predicate)
{
    static const QRegularExpression adverbs(QStringLiteral("^(?:全部|基本|均已|均|已经|已|都|分别|正在|也)+"));
    QString text = predicate.toString();
    text.remove(adverbs);
    return text;
}

} // namespace Bulletin
