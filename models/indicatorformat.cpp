#include "indicatorformat.h"

#include <cmath>

namespace Bulletin {

namespace {

QString say(Language language, const char *chinese, const char *english)
{
    return QString::fromUtf8(language == Language::English ? english : chinese);
}

} // namespace

QString IndicatorFormat::placeholder()
{
    return QStringLiteral("—");
}

QString IndicatorFormat::number(double value)
{
    if (!std::isfinite(value))
        return placeholder();
    // Round away binary noise (1.7 - 1.3 = 0.3999…) without inventing digits the bulletin never wrote; values too
    // large to scale are shown as they are.
    const double scaled = value * 1e6;
    const double rounded = std::isfinite(scaled) && std::fabs(value) < 1e15 ? std::round(scaled) / 1e6 : value;
    return QString::number(rounded == 0.0 ? 0.0 : rounded, 'g', 12);
}

QString IndicatorFormat::number(double value, Language language)
{
    const QString plain = number(value);
    if (language != Language::English || !std::isfinite(value) || std::fabs(value) < 1000 || plain.contains(u'e'))
        return plain;
    const qsizetype point = plain.indexOf(u'.');
    const qsizetype digitsEnd = point < 0 ? plain.size() : point;
    const qsizetype digitsStart = plain.startsWith(u'-') ? 1 : 0;
    QString grouped = plain;
    for (qsizetype at = digitsEnd - 3; at > digitsStart; at -= 3)
        grouped.insert(at, u',');
    return grouped;
}

QString IndicatorFormat::withUnit(double value, const QString &unit)
{
    return number(value) + unit;
}

IndicatorFormat::Amount IndicatorFormat::amount(double value, const QString &unit, Language language)
{
    if (language != Language::English || unit.isEmpty())
        return { number(value), QString(), unit };
    // Chinese counts in 万 and 亿; an English unit that keeps the multiple ("100 million yuan") is read out as
    // English counts: 297.72 × 100 million yuan is 29.772 billion yuan, 11.81 × 10,000 people are 118,100 people.
    struct Multiple
    {
        const char *prefix;
        double factor;
    };
    static constexpr Multiple multiples[] = { { "100 million ", 1e8 }, { "hundred million ", 1e8 }, { "10,000 ", 1e4 },
        { "10 thousand ", 1e4 }, { "ten thousand ", 1e4 }, { "million ", 1e6 }, { "billion ", 1e9 } };
    const QString space = QStringLiteral(" ");
    for (const Multiple &multiple : multiples) {
        const QLatin1StringView prefix(multiple.prefix);
        if (!unit.startsWith(prefix, Qt::CaseInsensitive) || unit.size() == prefix.size())
            continue;
        const QString rest = unit.mid(prefix.size());
        const double counted = value * multiple.factor;
        if (!std::isfinite(counted) || std::fabs(counted) >= MaxMagnitude)
            break;
        if (std::fabs(counted) >= 1e9)
            return { number(counted / 1e9), space, QStringLiteral("billion ") + rest };
        if (std::fabs(counted) >= 1e6)
            return { number(counted / 1e6), space, QStringLiteral("million ") + rest };
        return { number(counted, language), space, rest };
    }
    const QChar first = unit.front();
    if (first.isDigit())
        return { number(value, language), QStringLiteral(" × "), unit };
    // Signs stay on the number ("1.7%", "12‰"); words take a space ("94 people").
    if (first.isLetter() && first.script() == QChar::Script_Latin)
        return { number(value, language), space, unit };
    return { number(value, language), QString(), unit };
}

QString IndicatorFormat::withUnit(double value, const QString &unit, Language language)
{
    return amount(value, unit, language).joined();
}

IndicatorFormat::Amount IndicatorFormat::amount(const Indicator &indicator, Language language)
{
    if (!indicator.valueText.isEmpty())
        return { indicator.displayValueText(language), QString(), QString() };
    if (indicator.value)
        return amount(*indicator.value, indicator.displayUnit(language), language);
    return { placeholder(), QString(), QString() };
}

QString IndicatorFormat::value(const Indicator &indicator, Language language)
{
    return amount(indicator, language).joined();
}

QString IndicatorFormat::provinceValue(const Indicator &indicator, Language language)
{
    if (!indicator.provinceValue)
        return {};
    return withUnit(*indicator.provinceValue, indicator.displayUnit(language), language);
}

QString IndicatorFormat::gapOf(double gap, const QString &unit, Language language)
{
    if (!std::isfinite(gap))
        return placeholder();
    const QString sign = gap > 0 ? QStringLiteral("+") : (gap < 0 ? QStringLiteral("−") : QString());
    if (unit == QLatin1String("%"))
        return sign + number(std::fabs(gap)) + say(language, " 个百分点", " pp");
    if (language == Language::English) {
        // English words ("people", "100 million yuan") as English writes them; a Chinese unit as below.
        const Amount words = amount(std::fabs(gap), unit, language);
        if (!words.separator.isEmpty())
            return sign + words.joined();
    }
    return sign + number(std::fabs(gap), language) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
}

QString IndicatorFormat::gap(const Indicator &indicator, Language language)
{
    const std::optional<double> gap = indicator.gap();
    return gap ? gapOf(*gap, indicator.displayUnit(language), language) : QString();
}

QString IndicatorFormat::rankOf(int rank, int rankOf, Language language)
{
    return say(language, "第%1名 / %2", "No. %1 of %2").arg(rank).arg(rankOf);
}

QString IndicatorFormat::rank(const Indicator &indicator, Language language)
{
    if (!indicator.hasRank())
        return {};
    return rankOf(*indicator.rank, *indicator.rankOf, language);
}

QString IndicatorFormat::rankWithScope(int rank, int rankOf, const QString &scope, Language language)
{
    QString text = IndicatorFormat::rankOf(rank, rankOf, language);
    if (!scope.isEmpty())
        text += say(language, "（", " (") + scope + say(language, "）", ")");
    return text;
}

QString IndicatorFormat::rankWithScope(const Indicator &indicator, Language language)
{
    if (!indicator.hasRank())
        return {};
    return rankWithScope(*indicator.rank, *indicator.rankOf, indicator.displayRankScope(language), language);
}

QString IndicatorFormat::rankLabel(int rank, Language language)
{
    return say(language, "第%1名", "No. %1").arg(rank);
}

QString IndicatorFormat::cityName(const Document &document, Language language)
{
    return document.region.isEmpty() ? say(language, "本市", "The city") : document.displayRegion(language);
}

QString IndicatorFormat::provinceName(const Document &document, Language language)
{
    return document.comparisonRegion.isEmpty() ? say(language, "全省", "the province")
                                               : document.displayComparisonRegion(language);
}

QString IndicatorFormat::unitLabel(const QString &unit, Language language)
{
    return unit.isEmpty() ? QString() : say(language, "单位：", "Unit: ") + unit;
}

QString IndicatorFormat::citation(const Document &document, Language language)
{
    QString source = document.sourceNote.isEmpty() ? document.title : document.sourceNote;
    if (language == Language::English && !document.title.isEmpty()) {
        // The cited article keeps its published title; the words around it are English.
        QStringList parts { QStringLiteral("《") + document.title
            + (document.subtitle.isEmpty() ? QString() : QStringLiteral("——") + document.subtitle)
            + QStringLiteral("》") };
        if (!document.newspaper.isEmpty())
            parts.append(document.newspaper.startsWith(u'《')
                    ? document.newspaper
                    : QStringLiteral("《") + document.newspaper + QStringLiteral("》"));
        if (!document.reporter.isEmpty())
            parts.append(QStringLiteral("staff reporter ")
                + (document.reporterEn.isEmpty() ? document.reporter : document.reporterEn));
        source = parts.join(QStringLiteral(", "));
    }
    return source;
}

QString IndicatorFormat::sourceLine(const Document &document, Language language)
{
    const QString source = citation(document, language);
    QString line = say(language, "数据来源：", "Source: ") + source;
    if (!document.period.isEmpty())
        line += QStringLiteral(" · ") + document.displayPeriod(language);
    return line;
}

QString IndicatorFormat::derivedFootnote(const QString &provinceName, bool all, Language language)
{
    if (language == Language::English)
        return all
            ? QStringLiteral("Note: the %1 figures were not published; they are derived from the gaps the "
                             "text states.")
                  .arg(provinceName)
            : QStringLiteral("* %1 figure not published; derived from the gap the text states.").arg(provinceName);
    return (all ? QStringLiteral("注：") : QStringLiteral("* ")) + provinceName
        + QStringLiteral("数值未直接公布，由文中所述差值推算。");
}

QString IndicatorFormat::derivedRemarkBrief(Language language)
{
    return say(language, "（推算）", " (derived)");
}

QString IndicatorFormat::derivedRemark(Language language)
{
    return say(language, "（据差值推算）", " (derived from the stated gap)");
}

} // namespace Bulletin
