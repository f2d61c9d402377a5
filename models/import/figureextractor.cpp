#include "figureextractor.h"

#include "chinesenumber.h"
#include "indicatornamer.h"
#include "numberscanner.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <functional>

namespace Bulletin {

namespace {

// A clause is read with each number replaced by one private-use character, so that the rules can say "a number"
// without spelling out every way a number is written: values from ValueBase, ranks (第N) from OrdinalBase, each
// followed by its index among the sentence's numbers.
constexpr char16_t ValueBase = 0xE000;
constexpr char16_t OrdinalBase = 0xE800;
constexpr int MaxPlaceholders = 0x800;

QRegularExpression compile(QString pattern)
{
    pattern.replace(QLatin1String("%N%"), QLatin1String("[\\x{E000}-\\x{E7FF}]"));
    pattern.replace(QLatin1String("%O%"), QLatin1String("[\\x{E800}-\\x{EFFF}]"));
    pattern.replace(QLatin1String("%W%"), QStringLiteral("[^，\\x{E000}-\\x{EFFF}]"));
    QRegularExpression expression(pattern);
    expression.optimize();
    return expression;
}

bool isPlaceholder(QChar c)
{
    return c.unicode() >= ValueBase && c.unicode() < ValueBase + 2 * MaxPlaceholders;
}

bool isValuePlaceholder(QChar c)
{
    return c.unicode() >= ValueBase && c.unicode() < OrdinalBase;
}

bool isOrdinalPlaceholder(QChar c)
{
    return c.unicode() >= OrdinalBase && c.unicode() < OrdinalBase + MaxPlaceholders;
}

int placeholderIndex(QChar c)
{
    if (isValuePlaceholder(c))
        return c.unicode() - ValueBase;
    if (isOrdinalPlaceholder(c))
        return c.unicode() - OrdinalBase;
    return -1;
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, qBound(0, decimals, 6));
    return std::round(value * scale) / scale;
}

FigureKind kindOfUnit(NumberToken::UnitKind kind)
{
    switch (kind) {
    case NumberToken::UnitKind::Classifier:
        return FigureKind::Count;
    case NumberToken::UnitKind::Percent:
        return FigureKind::Rate;
    case NumberToken::UnitKind::Points:
        return FigureKind::PointChange;
    case NumberToken::UnitKind::Times:
        return FigureKind::Growth;
    default:
        return FigureKind::Amount;
    }
}

bool isDecline(QStringView verb)
{
    for (const char16_t *word : { u"下降", u"减少", u"回落", u"降低", u"下滑", u"降", u"减", u"降幅" }) {
        if (verb == QStringView(word))
            return true;
    }
    return false;
}

bool isPoints(const QString &unit)
{
    return unit.endsWith(QStringView(u"百分点"));
}

void appendNote(Indicator &indicator, const QString &note)
{
    if (note.isEmpty() || indicator.note.contains(note))
        return;
    indicator.note = indicator.note.isEmpty() ? note : indicator.note + QStringLiteral("；") + note;
}

bool endsWithAny(const QString &text, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *word : words) {
        if (text.endsWith(QStringView(word)))
            return true;
    }
    return false;
}

class SentenceReader
{
public:
    // carried: the last indicator of the sentence before when a semicolon joined the two ("…增长7.0%；排名全省第三"),
    // which a clause without a subject of its own may still speak of; -1 when none.
    SentenceReader(const ArticleContext &context, QStringView text, qsizetype start, qsizetype length,
        ExtractedSection &out, int carried)
        : m_context(context)
        , m_offset(start)
        , m_sentence(text.mid(start, length))
        , m_source(m_sentence.toString())
        , m_out(out)
        , m_carried(carried)
    { }

    int lastCreated() const { return m_created.isEmpty() ? m_carried : m_created.constLast(); }

    void run()
    {
        m_tokens = NumberScanner::scan(m_sentence);
        m_used = QList<bool>(m_tokens.size(), false);
        m_reasons = QList<std::optional<MissReason>>(m_tokens.size());
        bool candidates = false;
        for (const NumberToken &token : std::as_const(m_tokens))
            candidates = candidates || !token.excluded;
        const bool words = m_sentence.contains(QChar(u'零')) || m_sentence.contains(QStringView(u"双过半"))
            || m_sentence.contains(QStringView(u"方阵")) || m_sentence.contains(QStringView(u"梯队"));
        if (candidates || words) {
            int depth = 0;
            qsizetype start = 0;
            qsizetype opened = 0;
            for (qsizetype i = 0; i <= m_sentence.size(); ++i) {
                const QChar c = i < m_sentence.size() ? m_sentence.at(i) : QChar();
                if (c == QChar(0x201C) || c == QChar(u'（') || c == QChar(u'《')) {
                    if (depth++ == 0)
                        opened = i;
                } else if ((c == QChar(0x201D) || c == QChar(u'）') || c == QChar(u'》')) && depth > 0) {
                    --depth;
                }
                if (depth > 0 && i - opened > 40)
                    depth = 0;
                if (i == m_sentence.size() || (depth == 0 && (c == QChar(u'，') || c == QChar(u'：')))) {
                    if (i > start)
                        clause(start, i);
                    start = i + 1;
                }
            }
        }
        for (qsizetype k = 0; k < m_tokens.size(); ++k) {
            if (m_used.at(k))
                continue;
            const NumberToken &token = m_tokens.at(k);
            MissReason reason = MissReason::Unrecognised;
            if (m_reasons.at(k))
                reason = *m_reasons.at(k);
            else if (token.excluded)
                reason = *token.excluded;
            else if (token.ordinal && token.end == token.numberEnd)
                reason = MissReason::Ordinal;
            m_out.missed.append({ m_offset + token.start, token.length(), reason, m_offset, m_sentence.size() });
        }
    }

private:
    struct Event
    {
        qsizetype at;
        int order;
        std::function<void()> apply;
    };
    struct Interval
    {
        qsizetype from;
        qsizetype to;
    };

    // The clause with its numbers as placeholders; pos maps each of its characters back to the sentence.
    void build(qsizetype start, qsizetype end)
    {
        m_p.clear();
        m_pos.clear();
        m_p.reserve(end - start);
        m_pos.reserve(end - start + 1);
        while (m_nextToken < m_tokens.size() && m_tokens.at(m_nextToken).start < start)
            ++m_nextToken;
        qsizetype t = m_nextToken;
        for (qsizetype i = start; i < end;) {
            while (t < m_tokens.size() && m_tokens.at(t).start < i)
                ++t;
            if (t < m_tokens.size() && m_tokens.at(t).start == i && !m_tokens.at(t).excluded
                && m_tokens.at(t).end <= end && t < MaxPlaceholders) {
                const NumberToken &token = m_tokens.at(t);
                m_p += QChar(char16_t((token.ordinal ? OrdinalBase : ValueBase) + t));
                m_pos.append(i);
                i = qMax(token.end, i + 1);
                continue;
            }
            // The article's own private-use characters must not pass for numbers.
            m_p += isPlaceholder(m_sentence.at(i)) ? QChar(QChar::ReplacementCharacter) : m_sentence.at(i);
            m_pos.append(i);
            ++i;
        }
        m_pos.append(end);
    }

    int tokenAt(qsizetype p) const { return p >= 0 && p < m_p.size() ? placeholderIndex(m_p.at(p)) : -1; }

    // The clause's words between two places, without its numbers.
    QString words(qsizetype from, qsizetype to) const
    {
        QString text;
        for (qsizetype k = qMax<qsizetype>(0, from); k < to && k < m_p.size(); ++k) {
            if (!isPlaceholder(m_p.at(k)))
                text += m_p.at(k);
        }
        return text;
    }

    QString original(qsizetype from, qsizetype to) const
    {
        from = qBound<qsizetype>(0, from, m_p.size());
        to = qBound<qsizetype>(from, to, m_p.size());
        return m_sentence.mid(m_pos.at(from), m_pos.at(to) - m_pos.at(from)).toString();
    }

    qsizetype segmentStart(qsizetype at) const
    {
        qsizetype best = 0;
        for (const Interval &interval : m_taken) {
            if (interval.to <= at && interval.to > best)
                best = interval.to;
        }
        return best;
    }

    void take(qsizetype from, qsizetype to) { m_taken.append({ from, to }); }

    bool isFree(int token) const { return token >= 0 && token < m_used.size() && !m_used.at(token); }

    void use(int token)
    {
        if (token >= 0 && token < m_used.size())
            m_used[token] = true;
    }

    // Numbers of every kind in a stretch of the clause, placeholders or words (第一方阵's 第一), taken as read.
    void useAllIn(qsizetype from, qsizetype to)
    {
        const qsizetype start = m_pos.at(qBound<qsizetype>(0, from, m_p.size()));
        const qsizetype end = m_pos.at(qBound<qsizetype>(0, to, m_p.size()));
        for (qsizetype k = 0; k < m_tokens.size(); ++k) {
            if (m_tokens.at(k).start >= start && m_tokens.at(k).start < end)
                m_used[k] = true;
        }
    }

    void later(qsizetype at, std::function<void()> apply) { m_events.append({ at, m_order++, std::move(apply) }); }

    int create(Indicator indicator, FigureKind kind, int token)
    {
        indicator.source = m_source;
        if (indicator.period.isEmpty())
            indicator.period = m_period;
        if (indicator.name.isEmpty())
            indicator.name = QStringLiteral("（未识别名称）");
        m_out.indicators.append(indicator);
        const int index = int(m_out.indicators.size() - 1);
        m_created.append(index);
        m_kinds.insert(index, kind);
        if (token >= 0)
            tokenFigure(index, kind, token);
        return index;
    }

    void tokenFigure(int indicator, FigureKind kind, int token)
    {
        const NumberToken &number = m_tokens.at(token);
        m_out.figures.append({ indicator, kind, m_offset + number.start, number.length() });
    }

    void rangeFigure(int indicator, FigureKind kind, qsizetype from, qsizetype to)
    {
        const qsizetype start = m_pos.at(qBound<qsizetype>(0, from, m_p.size()));
        const qsizetype end = m_pos.at(qBound<qsizetype>(0, to, m_p.size()));
        m_out.figures.append({ indicator, kind, m_offset + start, end - start });
    }

    QString tokenText(int token) const
    {
        const NumberToken &number = m_tokens.at(token);
        QString text = m_sentence.mid(number.start, number.length()).toString();
        const bool boundBefore = !number.bound.isEmpty() && !text.contains(number.bound);
        if (boundBefore)
            text = number.bound + text;
        if (!number.approximation.isEmpty() && !text.contains(number.approximation))
            text = number.approximation + text;
        return text;
    }

    void setValue(Indicator &indicator, int token, bool negate = false)
    {
        const NumberToken &number = m_tokens.at(token);
        indicator.value = negate ? -number.value : number.value;
        indicator.unit = number.unit;
        if (!number.bound.isEmpty())
            appendNote(indicator, QStringLiteral("原文“%1”，为下限").arg(tokenText(token)));
        else if (!number.approximation.isEmpty())
            appendNote(indicator, QStringLiteral("原文“%1”，为约数").arg(tokenText(token)));
    }

    int lastIndicator(bool needValue, bool preferPercent = false, bool preferGrowth = false) const
    {
        for (int pass = 0; pass < 2; ++pass) {
            for (qsizetype k = m_created.size() - 1; k >= 0; --k) {
                const Indicator &indicator = m_out.indicators.at(m_created.at(k));
                if (needValue && !indicator.value)
                    continue;
                if (pass == 0 && preferPercent && indicator.unit != QLatin1String("%"))
                    continue;
                // 增幅居全省第六 ranks the growth itself, not its two-year average.
                if (pass == 0 && preferGrowth
                    && (!(indicator.name.endsWith(QStringView(u"增速"))
                            || indicator.name.endsWith(QStringView(u"增幅")))
                        || indicator.name.contains(QStringView(u"两年平均"))
                        || indicator.name.contains(QStringView(u"年均"))))
                    continue;
                return m_created.at(k);
            }
            if (!preferPercent && !preferGrowth)
                break;
        }
        if (m_carried >= 0 && m_carried < m_out.indicators.size()
            && (!needValue || m_out.indicators.at(m_carried).value))
            return m_carried;
        return -1;
    }

    // The last figure that is a level rather than a change of one: "存款余额…，比年初增加…，同比增长9.2%" is the growth
    // of the balance. Any last figure when there is none.
    int lastMeasured() const
    {
        for (qsizetype k = m_created.size() - 1; k >= 0; --k) {
            const FigureKind kind = m_kinds.value(m_created.at(k), FigureKind::Amount);
            if (kind != FigureKind::Growth && kind != FigureKind::PointChange)
                return m_created.at(k);
        }
        return lastIndicator(false);
    }

    int findByName(const QString &name) const
    {
        if (name.isEmpty())
            return -1;
        for (qsizetype k = m_created.size() - 1; k >= 0; --k) {
            const QString &other = m_out.indicators.at(m_created.at(k)).name;
            if (other == name || other == name + QStringLiteral("增速"))
                return m_created.at(k);
        }
        return -1;
    }

    QString clean(QStringView text) const { return IndicatorNamer::clean(text, m_context.regionStem); }

    void clause(qsizetype start, qsizetype end)
    {
        build(start, end);
        m_taken.clear();
        m_events.clear();
        // "除长沙外，存贷款总量位居全省第一，新增存贷款分别排名全省第一、第三": an exclusion that opens a sentence
        // scopes every rank after it in that sentence.
        static const QRegularExpression scopeOnly(QStringLiteral("^除(.{1,10})外$"));
        if (const QRegularExpressionMatch match = scopeOnly.match(m_p); match.hasMatch()) {
            m_scope = match.captured(0);
            return;
        }
        m_clauseScope = m_scope;
        if (const std::optional<QString> period = m_context.periodOf(m_sentence.mid(start, end - start)))
            m_period = *period;

        outcomesRanked();
        ranksWithValue();
        ranks();
        comparisons();
        completion();
        shares();
        growth();
        valueLists();
        outcomes();
        amounts();
        remark();

        std::stable_sort(m_events.begin(), m_events.end(),
            [](const Event &a, const Event &b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });
        for (const Event &event : std::as_const(m_events))
            event.apply();
    }

    // 居全国141个提名城市第一方阵: a standing in words, with the field it stands in as a note.
    void outcomesRanked()
    {
        static const QRegularExpression pattern
            = compile(QStringLiteral("(?:(?:稳居|居于|位居|居|进入|跻身|位列|处于|位于)(?:全国|全省|全市)?(?:%N%|%W%){"
                                     "0,16}?)?第([一二三])(方阵|梯队|阵营)"));
        const QRegularExpressionMatch match = pattern.match(m_p);
        if (!match.hasMatch())
            return;
        const qsizetype from = match.capturedStart(0);
        const qsizetype to = match.capturedEnd(0);
        const QString name = clean(words(segmentStart(from), from));
        const QString valueText = QStringLiteral("第") + match.captured(1) + match.captured(2);
        const QString note = original(from, to);
        const qsizetype wordsFrom = match.capturedStart(1) - 1;
        useAllIn(from, to);
        take(from, to);
        later(from, [=] {
            Indicator indicator;
            indicator.name = name.isEmpty() ? QStringLiteral("综合排名") : name;
            indicator.valueText = valueText;
            appendNote(indicator, note);
            const int index = create(indicator, FigureKind::Outcome, -1);
            rangeFigure(index, FigureKind::Outcome, wordsFrom, to);
        });
    }

    int rankOfUnits(const QString &area, qsizetype unitsFrom, qsizetype unitsTo, bool *stated)
    {
        *stated = false;
        for (qsizetype k = unitsFrom; k < unitsTo; ++k) {
            const int token = tokenAt(k);
            if (token >= 0 && isValuePlaceholder(m_p.at(k)) && isFree(token)) {
                use(token);
                const double units = m_tokens.at(token).value;
                if (units >= 2 && units <= 1e9 && units == std::floor(units)) {
                    *stated = true;
                    return int(units);
                }
            }
        }
        const QString units = m_p.mid(unitsFrom, unitsTo - unitsFrom);
        qsizetype k = 0;
        while (k < units.size() && !ChineseNumber::isNumeral(units.at(k)))
            ++k;
        qsizetype e = k;
        while (e < units.size() && ChineseNumber::isNumeral(units.at(e)))
            ++e;
        if (e > k) {
            const std::optional<double> count = ChineseNumber::parse(QStringView(units).mid(k, e - k));
            if (count && *count >= 2 && *count <= 1e9) {
                *stated = true;
                return int(*count);
            }
        }
        if (area == m_context.comparisonArea()
            || (area == QStringView(u"省内") && !m_context.comparisonRegion.isEmpty()))
            return m_context.comparisonUnits;
        return 0;
    }

    void applyRank(int index, int token, int rankOf, const QString &scope, const QString &area)
    {
        Indicator &indicator = m_out.indicators[index];
        const NumberToken &number = m_tokens.at(token);
        const double rank = number.value;
        tokenFigure(index, FigureKind::Rank, token);
        if (indicator.rank)
            return;
        if (rankOf > 0 && rank >= 1 && rank <= rankOf && rank == std::floor(rank)) {
            indicator.rank = int(rank);
            indicator.rankOf = rankOf;
            if (!scope.isEmpty()) {
                indicator.rankScope = scope;
                appendNote(
                    indicator, scope + QStringLiteral("，居") + area + m_sentence.mid(number.start, number.length()));
            }
            return;
        }
        // Without the number of units ranked (全国, 全市) the place stays in words.
        const QString place = area + m_sentence.mid(number.start, number.length()).toString();
        appendNote(indicator, QStringLiteral("居") + place);
        if (!indicator.value && indicator.valueText.isEmpty())
            indicator.valueText = place;
    }

    // 衡阳成为全省第二个开复工率达100%的市州: a rank and the value it was reached with.
    void ranksWithValue()
    {
        static const QRegularExpression pattern
            = compile(QStringLiteral("(全省|全市|全国)(%O%)个(%W%{1,16}?)(?:达到|达|为|超过|突破)(%N%)"));
        QRegularExpressionMatchIterator it = pattern.globalMatch(m_p);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int ordinal = tokenAt(match.capturedStart(2));
            const int value = tokenAt(match.capturedStart(4));
            if (!isFree(ordinal) || !isFree(value))
                continue;
            use(ordinal);
            use(value);
            const QString area = match.captured(1);
            const QString name = clean(match.captured(3));
            const qsizetype from = match.capturedStart(0);
            const QString note = original(from, m_p.size());
            const QString scope = m_clauseScope;
            int rankOf = area == m_context.comparisonArea() ? m_context.comparisonUnits : 0;
            if (!scope.isEmpty() && rankOf > 1)
                --rankOf;
            take(from, match.capturedEnd(0));
            later(from, [=] {
                Indicator indicator;
                indicator.name = name;
                setValue(indicator, value);
                appendNote(indicator, note);
                const int index = create(indicator, kindOfUnit(m_tokens.at(value).unitKind), value);
                applyRank(index, ordinal, rankOf, scope, area);
            });
        }
    }

    void ranks()
    {
        static const QRegularExpression pattern = compile(QStringLiteral(
            "(?<lead>(?:均|分别|并列|都|也|稳)?(?:居于|位居|位列|居|排名|排位|排在|排|列|名列|位于|处于|进入)?"
            "(?:均|分别)?)(?<area>全省|全市|全国|全州|全区|全县|省内|市内)(?<units>[^，第\\x{E800}-\\x{EFFF}]{0,16}?)"
            "(?:排名|排位|排|中|之|范围内)?(?<ords>%O%(?:(?:、|和|及)%O%)*)"));
        static const QRegularExpression scopePattern = compile(QStringLiteral("除(%W%{1,10}?)外"));
        QRegularExpressionMatchIterator it = pattern.globalMatch(m_p);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            QList<int> ordinals;
            bool free = true;
            for (qsizetype k = match.capturedStart(QStringLiteral("ords"));
                 k < match.capturedEnd(QStringLiteral("ords")); ++k) {
                if (isOrdinalPlaceholder(m_p.at(k))) {
                    ordinals.append(tokenAt(k));
                    free = free && isFree(tokenAt(k));
                }
            }
            if (ordinals.isEmpty() || !free)
                continue;
            for (const int ordinal : std::as_const(ordinals))
                use(ordinal);
            const QString area = match.captured(QStringLiteral("area"));
            bool stated = false;
            int rankOf = rankOfUnits(area, match.capturedStart(QStringLiteral("units")),
                match.capturedEnd(QStringLiteral("units")), &stated);
            const qsizetype from = match.capturedStart(0);
            const qsizetype subjectFrom = segmentStart(from);
            QString subject = words(subjectFrom, from);
            QString scope = m_clauseScope;
            if (const QRegularExpressionMatch scoped = scopePattern.match(subject); scoped.hasMatch()) {
                scope = scoped.captured(0);
                subject.remove(scoped.capturedStart(0), scoped.capturedLength(0));
            }
            if (!scope.isEmpty() && rankOf > 1)
                --rankOf;
            const QString lead = match.captured(QStringLiteral("lead"));
            const bool each = lead.contains(QChar(u'均')) || lead.contains(QChar(u'都'));
            take(from, match.capturedEnd(0));
            later(from, [=] {
                const QString cleaned = clean(subject);
                const auto target = [&](const QString &name, bool growthMetric) {
                    if (IndicatorNamer::isMetricWord(name)) {
                        const int last = lastIndicator(false, false, growthMetric);
                        if (last >= 0)
                            return last;
                    }
                    const int found = findByName(name);
                    if (found >= 0)
                        return found;
                    Indicator indicator;
                    indicator.name = name.isEmpty() ? area + QStringLiteral("排名") : name;
                    return create(indicator, FigureKind::Rank, -1);
                };
                if (ordinals.size() > 1 || each) {
                    QStringList names = IndicatorNamer::items(cleaned, int(ordinals.size() > 1 ? ordinals.size() : 0));
                    if (names.isEmpty())
                        names.append(cleaned);
                    const qsizetype count = ordinals.size() > 1 ? ordinals.size() : names.size();
                    for (qsizetype k = 0; k < count; ++k) {
                        QString name = k < names.size() ? names.at(k) : names.constLast();
                        if (ordinals.size() > 1 && names.size() != ordinals.size())
                            name += QStringLiteral("（%1）").arg(k + 1);
                        const int index = target(name, false);
                        applyRank(index, ordinals.at(qMin(k, ordinals.size() - 1)), rankOf, scope, area);
                    }
                    return;
                }
                const bool growthMetric = cleaned == QStringView(u"增速") || cleaned == QStringView(u"增幅");
                applyRank(target(cleaned, growthMetric), ordinals.first(), rankOf, scope, area);
            });
        }
    }

    struct Gap
    {
        QString area;
        int value = -1; // a stated value of that area
        int gap = -1;
    };

    void attachComparison(qsizetype at, const QList<Gap> &gaps, int sign, qsizetype from, qsizetype to)
    {
        QString gapUnit;
        for (const Gap &gap : gaps) {
            if (gap.gap >= 0 && !m_tokens.at(gap.gap).unit.isEmpty())
                gapUnit = m_tokens.at(gap.gap).unit;
        }
        for (const Gap &gap : gaps) {
            use(gap.gap);
            use(gap.value);
        }
        take(from, to);
        const QString note = original(from, to);
        later(at, [=] {
            const int index = lastIndicator(true, isPoints(gapUnit) || gapUnit == QLatin1String("%"));
            if (index < 0) {
                for (const Gap &gap : gaps) {
                    for (const int token : { gap.gap, gap.value }) {
                        if (token >= 0) {
                            m_used[token] = false;
                            m_reasons[token] = MissReason::OtherPlace;
                        }
                    }
                }
                return;
            }
            Indicator &indicator = m_out.indicators[index];
            for (const Gap &gap : gaps) {
                const bool province = gap.area == m_context.comparisonArea();
                if (!province) {
                    appendNote(indicator, note);
                    if (gap.gap >= 0)
                        tokenFigure(index, FigureKind::Comparison, gap.gap);
                    continue;
                }
                if (indicator.provinceValue)
                    continue;
                const NumberToken *difference = gap.gap >= 0 ? &m_tokens.at(gap.gap) : nullptr;
                if (difference) {
                    indicator.statedGap = sign * difference->value;
                    indicator.gapUnit = difference->unit.isEmpty() ? gapUnit : difference->unit;
                    tokenFigure(index, FigureKind::Comparison, gap.gap);
                }
                if (gap.value >= 0) {
                    indicator.provinceValue = m_tokens.at(gap.value).value;
                    indicator.provinceDerived = false;
                    tokenFigure(index, FigureKind::Comparison, gap.value);
                } else if (difference && indicator.value) {
                    const QString unit = indicator.gapUnit;
                    const bool compatible = (isPoints(unit) && indicator.unit == QLatin1String("%"))
                        || (!unit.isEmpty() && unit == indicator.unit && !isPoints(unit));
                    if (compatible) {
                        int decimals = difference->decimals;
                        const QString valueText = QString::number(*indicator.value, 'g', 15);
                        const qsizetype dot = valueText.indexOf(QLatin1Char('.'));
                        if (dot >= 0)
                            decimals = qMax(decimals, int(valueText.size() - dot - 1));
                        indicator.provinceValue = roundTo(*indicator.value - sign * difference->value, decimals);
                        indicator.provinceDerived = true;
                    }
                }
            }
        });
    }

    void comparisons()
    {
        static const QString average = QStringLiteral("(?:平均水平|平均增速|平均增幅|平均值|平均|水平|同期)?");
        static const QRegularExpression stated = compile(QStringLiteral("比(?<a1>全省|全国|全市)") + average
            + QStringLiteral("(?:（(?<v1>%N%)）)?(?:(?:和|、|及|与)(?<a2>全省|全国|全市)") + average
            + QStringLiteral("(?:（(?<v2>%N%)）)?)?(?:分别)?(?<dir>高出|高于|高|快|低于|低|慢|多|少)(?:出|了)?"
                             "(?<g1>%N%)(?:(?:、|和)(?<g2>%N%))?"));
        QRegularExpressionMatchIterator it = stated.globalMatch(m_p);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            QList<Gap> gaps;
            const int g1 = tokenAt(match.capturedStart(QStringLiteral("g1")));
            const int g2
                = match.hasCaptured(QStringLiteral("g2")) ? tokenAt(match.capturedStart(QStringLiteral("g2"))) : -1;
            const int v1
                = match.hasCaptured(QStringLiteral("v1")) ? tokenAt(match.capturedStart(QStringLiteral("v1"))) : -1;
            const int v2
                = match.hasCaptured(QStringLiteral("v2")) ? tokenAt(match.capturedStart(QStringLiteral("v2"))) : -1;
            if (!isFree(g1))
                continue;
            gaps.append({ match.captured(QStringLiteral("a1")), v1, g1 });
            if (match.hasCaptured(QStringLiteral("a2")))
                gaps.append({ match.captured(QStringLiteral("a2")), v2, g2 >= 0 ? g2 : g1 });
            const int sign = QStringView(match.captured(QStringLiteral("dir"))).contains(QChar(u'低'))
                    || match.captured(QStringLiteral("dir")) == QStringView(u"慢")
                    || match.captured(QStringLiteral("dir")) == QStringView(u"少")
                ? -1
                : 1;
            attachComparison(match.capturedStart(0), gaps, sign, match.capturedStart(0), match.capturedEnd(0));
        }

        static const QRegularExpression implied = compile(QStringLiteral(
            "(?<dir>高于|高出|超过|超出|快于|领先于|领先|低于|慢于|落后于|落后)"
            "(?<rest>(?:(?:全国|全省|全市)(?:平均水平|平均增速|平均增幅|平均值|平均|水平|增速|增幅|同期)?"
            "(?:%N%)?(?:、|和|及)?){1,3})"));
        it = implied.globalMatch(m_p);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            QList<Gap> gaps;
            for (qsizetype k = match.capturedStart(QStringLiteral("rest"));
                 k < match.capturedEnd(QStringLiteral("rest")); ++k) {
                const QStringView rest = QStringView(m_p).mid(k);
                if (rest.startsWith(QStringView(u"全国")) || rest.startsWith(QStringView(u"全省"))
                    || rest.startsWith(QStringView(u"全市"))) {
                    gaps.append({ rest.left(2).toString(), -1, -1 });
                    ++k;
                } else if (isValuePlaceholder(m_p.at(k)) && !gaps.isEmpty() && gaps.constLast().gap < 0) {
                    gaps.last().gap = tokenAt(k);
                }
            }
            bool usable = false;
            for (const Gap &gap : std::as_const(gaps))
                usable = usable || (gap.gap >= 0 && isFree(gap.gap));
            if (!usable)
                continue;
            const QString dir = match.captured(QStringLiteral("dir"));
            const int sign
                = dir.startsWith(QChar(u'低')) || dir.startsWith(QChar(u'慢')) || dir.startsWith(QChar(u'落')) ? -1 : 1;
            attachComparison(match.capturedStart(0), gaps, sign, match.capturedStart(0), match.capturedEnd(0));
        }

        static const QRegularExpression parenthesised = compile(
            QStringLiteral("（(?<a>全省|全国|全市)(?:平均水平|平均|同期)?(?:为|增长|增速为|增速)?(?<v>%N%)）"));
        it = parenthesised.globalMatch(m_p);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int value = tokenAt(match.capturedStart(QStringLiteral("v")));
            if (!isFree(value))
                continue;
            attachComparison(match.capturedStart(0), { { match.captured(QStringLiteral("a")), value, -1 } }, 1,
                match.capturedStart(0), match.capturedEnd(0));
        }
    }

    // 完成全年目标计划的120%, 占年度投资计划的72%: a share of a target.
    void completion()
    {
        static const QRegularExpression pattern = compile(
            QStringLiteral("(?:完成|占|达到|达|为|是)(?<target>%W%{0,16}?(?:目标|计划|任务)%W%{0,6}?)的(?<n>%N%)"));
        QRegularExpressionMatchIterator it = pattern.globalMatch(m_p);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int value = tokenAt(match.capturedStart(QStringLiteral("n")));
            if (!isFree(value) || m_tokens.at(value).unitKind != NumberToken::UnitKind::Percent)
                continue;
            use(value);
            const qsizetype from = match.capturedStart(0);
            const QString subject = clean(words(segmentStart(from), from));
            const QString target = match.captured(QStringLiteral("target"));
            take(from, match.capturedEnd(0));
            later(from, [=] {
                int index = findByName(subject);
                if (index < 0 && IndicatorNamer::isMetricWord(subject))
                    index = lastIndicator(false);
                if (index < 0) {
                    Indicator indicator;
                    indicator.name = (subject.isEmpty() ? QString() : subject) + QStringLiteral("完成") + target
                        + QStringLiteral("进度");
                    setValue(indicator, value);
                    indicator.completionPercent = m_tokens.at(value).value;
                    indicator.targetText = target;
                    create(indicator, FigureKind::Completion, value);
                    return;
                }
                Indicator &indicator = m_out.indicators[index];
                indicator.completionPercent = m_tokens.at(value).value;
                indicator.targetText = target;
                tokenFigure(index, FigureKind::Completion, value);
            });
        }
    }

    void shares()
    {
        static const QRegularExpression part = compile(QStringLiteral(
            "占(?<of>%W%{1,24}?)(?:的)?(?:比重|比例|份额|比)?(?:为|达到|达|是|提高到|提高至|升至)?(?<n>%N%)"));
        static const QRegularExpression keyword
            = compile(QStringLiteral("(?<kw>占比|比重|贡献率)(?:为|达到|达|是|提高到|提高至|升至|提高)?(?<n>%N%)"));
        for (const QRegularExpression *pattern : { &keyword, &part }) {
            QRegularExpressionMatchIterator it = pattern->globalMatch(m_p);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                const int value = tokenAt(match.capturedStart(QStringLiteral("n")));
                if (!isFree(value) || m_tokens.at(value).unitKind != NumberToken::UnitKind::Percent)
                    continue;
                const qsizetype from = match.capturedStart(0);
                const QString raw = words(segmentStart(from), from);
                // "占…的比重为" is the other pattern's, which names what the share is of.
                if (pattern == &keyword && raw.contains(QChar(u'占')))
                    continue;
                if (m_context.isOtherPlace(raw)) {
                    m_reasons[value] = MissReason::OtherPlace;
                    continue;
                }
                use(value);
                const QString subject = clean(raw);
                QString of = match.captured(QStringLiteral("of"));
                if (of.endsWith(QChar(u'的')))
                    of.chop(1);
                const QString kw = match.captured(QStringLiteral("kw"));
                take(from, match.capturedEnd(0));
                later(from, [=] {
                    QString base = subject;
                    if (base.isEmpty() || IndicatorNamer::isMetricWord(base)) {
                        const int last = lastIndicator(false);
                        base = last >= 0 ? m_out.indicators.at(last).name : QString();
                        // The share is of the thing, not of its growth: 工业投资增长16.4%，占全部投资的比重为38.7%.
                        if (base.endsWith(QStringView(u"增速")) || base.endsWith(QStringView(u"增幅")))
                            base.chop(2);
                    }
                    Indicator indicator;
                    indicator.name = kw.isEmpty() ? QString(base + QStringLiteral("占") + of + QStringLiteral("比重"))
                                                  : QString(base + kw);
                    if (indicator.name.size() > IndicatorNamer::MaxNameLength)
                        indicator.name = indicator.name.right(IndicatorNamer::MaxNameLength);
                    setValue(indicator, value);
                    create(indicator, FigureKind::Share, value);
                });
            }
        }
    }

    QString growthName(
        const QString &subject, const QString &base, const QString &verb, const NumberToken &number) const
    {
        switch (number.unitKind) {
        case NumberToken::UnitKind::Percent:
            if (base == QStringView(u"两年平均") || base == QStringView(u"年均"))
                return subject + base + QStringLiteral("增速");
            if (endsWithAny(subject, { u"增速", u"增幅", u"增长率" }))
                return subject;
            return subject + QStringLiteral("增速");
        case NumberToken::UnitKind::Points:
            return subject + base + QStringLiteral("变动");
        case NumberToken::UnitKind::Times:
            return subject + QStringLiteral("增长倍数");
        default:
            return subject + base + (isDecline(verb) ? QStringLiteral("减少") : QStringLiteral("增加"));
        }
    }

    FigureKind growthKind(const NumberToken &number) const
    {
        return number.unitKind == NumberToken::UnitKind::Points ? FigureKind::PointChange : FigureKind::Growth;
    }

    // The values of a list share the unit the last of them is written with: 分别增长8.5、12.1和6.4%.
    void shareUnits(const QList<int> &values)
    {
        QString unit;
        NumberToken::UnitKind kind = NumberToken::UnitKind::None;
        for (const int value : values) {
            if (!m_tokens.at(value).unit.isEmpty()) {
                unit = m_tokens.at(value).unit;
                kind = m_tokens.at(value).unitKind;
            }
        }
        for (const int value : values) {
            if (m_tokens.at(value).unit.isEmpty()) {
                m_tokens[value].unit = unit;
                m_tokens[value].unitKind = kind;
            }
        }
    }

    QList<int> listValues(const QRegularExpressionMatch &match, bool *free)
    {
        QList<int> values;
        *free = true;
        for (qsizetype k = match.capturedStart(QStringLiteral("list")); k < match.capturedEnd(QStringLiteral("list"));
             ++k) {
            if (isValuePlaceholder(m_p.at(k))) {
                values.append(tokenAt(k));
                *free = *free && isFree(tokenAt(k));
            }
        }
        return values;
    }

    void createList(qsizetype from, const QString &subject, const QList<int> &values,
        const std::function<QString(const QString &, int)> &nameOf, const std::function<FigureKind(int)> &kindOf,
        bool negate)
    {
        later(from, [=] {
            const QString cleaned = clean(subject);
            QStringList items = IndicatorNamer::items(cleaned, int(values.size()));
            if (items.isEmpty())
                items.append(cleaned);
            for (qsizetype k = 0; k < values.size(); ++k) {
                QString item = k < items.size() ? items.at(k) : items.constLast();
                if (items.size() != values.size())
                    item += QStringLiteral("（%1）").arg(k + 1);
                Indicator indicator;
                indicator.name = nameOf(item, values.at(k));
                setValue(indicator, values.at(k), negate);
                create(indicator, kindOf(values.at(k)), values.at(k));
            }
        });
    }

    void growth()
    {
        static const QString bases = QStringLiteral("同比|比上年同期|比上年末|比上年|比去年同期|比去年|比上月|"
                                                    "比(?:一|二|三|上)季度末?|比上半年|比年初|环比|两年平均|年均");
        static const QString verbs = QStringLiteral("增长|增加|上涨|上升|提高|提升|下降|减少|回落|降低|下滑");
        static const QRegularExpression list
            = compile(QStringLiteral("分别(?<base>同比|比上年同期|比上年|比去年同期|比去年|环比)?(?<verb>") + verbs
                + QStringLiteral(")(?:了)?(?<list>%N%(?:(?:、|和|及)%N%)+)"));
        QRegularExpressionMatchIterator it = list.globalMatch(m_p);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            bool free = false;
            const QList<int> values = listValues(match, &free);
            if (!free)
                continue;
            const qsizetype from = match.capturedStart(0);
            const QString subject = words(segmentStart(from), from);
            if (m_context.isOtherPlace(subject)) {
                for (const int value : values)
                    m_reasons[value] = MissReason::OtherPlace;
                continue;
            }
            for (const int value : values)
                use(value);
            shareUnits(values);
            const QString base = match.captured(QStringLiteral("base"));
            const QString verb = match.captured(QStringLiteral("verb"));
            take(from, match.capturedEnd(0));
            createList(
                from, subject, values,
                [=](const QString &item, int value) { return growthName(item, base, verb, m_tokens.at(value)); },
                [=](int value) { return growthKind(m_tokens.at(value)); }, isDecline(verb));
        }

        static const QRegularExpression one = compile(QStringLiteral("(?<base>") + bases + QStringLiteral(")?(?<verb>")
            + verbs + QStringLiteral("|增|降|减)(?:了|达|为)?(?<n>%N%)"));
        static const QRegularExpression keyword
            = compile(QStringLiteral("(?<verb>增速|增幅|涨幅|降幅)(?:为|达到|达|是)?(?<n>%N%)"));
        for (const QRegularExpression *pattern : { &one, &keyword }) {
            it = pattern->globalMatch(m_p);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                const int value = tokenAt(match.capturedStart(QStringLiteral("n")));
                if (!isFree(value) || m_tokens.at(value).unitKind == NumberToken::UnitKind::None)
                    continue;
                const qsizetype from = match.capturedStart(0);
                const QString raw = words(segmentStart(from), from);
                if (m_context.isOtherPlace(raw)) {
                    m_reasons[value] = MissReason::OtherPlace;
                    otherPlace(from, value, raw);
                    continue;
                }
                use(value);
                const QString subject = clean(raw);
                const QString base = match.captured(QStringLiteral("base"));
                const QString verb = match.captured(QStringLiteral("verb"));
                const bool isKeyword = pattern == &keyword;
                take(from, match.capturedEnd(0));
                later(from, [=] {
                    QString name = subject;
                    if (name.isEmpty() || IndicatorNamer::isMetricWord(name)) {
                        const int last = lastMeasured();
                        name = last >= 0 ? m_out.indicators.at(last).name : QString();
                        if (name.endsWith(QStringView(u"增速")))
                            name.chop(2);
                    }
                    Indicator indicator;
                    const NumberToken &number = m_tokens.at(value);
                    indicator.name = isKeyword && number.unitKind == NumberToken::UnitKind::Percent
                        ? name + QStringLiteral("增速")
                        : growthName(name, base, verb, number);
                    setValue(indicator, value, isDecline(verb));
                    if (base == QStringView(u"比年初"))
                        appendNote(indicator, base);
                    create(indicator, growthKind(number), value);
                });
            }
        }
    }

    // 241个市重点工程计划项目、28个省重点项目分别完成投资297.72亿元、79.57亿元.
    void valueLists()
    {
        static const QRegularExpression pattern
            = compile(QStringLiteral("分别(?<verb>%W%{0,8}?)(?<list>%N%(?:(?:、|和|及)%N%)+)"));
        QRegularExpressionMatchIterator it = pattern.globalMatch(m_p);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            bool free = false;
            const QList<int> values = listValues(match, &free);
            if (!free)
                continue;
            for (const int value : values)
                use(value);
            shareUnits(values);
            const qsizetype from = match.capturedStart(0);
            const QString subject = words(segmentStart(from), from);
            QString verb = match.captured(QStringLiteral("verb"));
            static const QRegularExpression linking(QStringLiteral("^(?:为|是|达到|达|有)|(?:为|是|达到|达)$"));
            verb.remove(linking);
            // A verb that says no more than "is" adds nothing to the name: 分别完成40.2亿元 names the items alone.
            static const QRegularExpression generic(QStringLiteral("^(?:完成|实现|达到|共计|累计)$"));
            verb.remove(generic);
            take(from, match.capturedEnd(0));
            createList(
                from, subject, values, [=](const QString &item, int) { return item + verb; },
                [=](int value) { return kindOfUnit(m_tokens.at(value).unitKind); }, false);
        }
    }

    void outcomes()
    {
        static const QRegularExpression zero(QStringLiteral(
            "“?零”?(?<what>死亡|感染|伤亡|事故|发生|确诊|新增|上访|投诉|污染|欠薪|报告|输入|扩散|传播)”?"));
        static const QRegularExpression breakthrough(QStringLiteral("“?零”?的突破"));
        static const QRegularExpression cleared(
            QStringLiteral("(?:基本|全面|动态|全部|已经|已|均|都|实现|全部实现)*清零"));
        static const QRegularExpression halves(QStringLiteral("“?双过半”?(?:目标)?"));
        static const QRegularExpression verbs(
            QStringLiteral("(?:实现了|实现|做到了|做到|确保|保持|继续保持|达到|均|都|顺利|全面|已)+$"));

        QRegularExpressionMatchIterator it = zero.globalMatch(m_p);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype from = match.capturedStart(0);
            QString who = words(segmentStart(from), from);
            for (const char16_t *verb : { u"实现了", u"实现", u"做到了", u"做到", u"确保", u"保持", u"达到" }) {
                const qsizetype at = who.lastIndexOf(QStringView(verb));
                if (at >= 0) {
                    who = who.mid(at + QStringView(verb).size());
                    break;
                }
            }
            who = clean(who);
            const QString what = match.captured(QStringLiteral("what"));
            const bool people = QStringList { QStringLiteral("死亡"), QStringLiteral("感染"), QStringLiteral("伤亡"),
                QStringLiteral("确诊"), QStringLiteral("新增"), QStringLiteral("输入") }
                                    .contains(what);
            const qsizetype to = match.capturedEnd(0);
            take(from, to);
            later(from, [=] {
                Indicator indicator;
                indicator.name = who + what;
                indicator.value = 0;
                indicator.valueText = QChar(u'零') + what;
                indicator.unit = people ? QStringLiteral("人") : QString();
                indicator.higherIsBetter = false;
                const int index = create(indicator, FigureKind::Outcome, -1);
                rangeFigure(index, FigureKind::Outcome, from, to);
            });
        }

        for (const QRegularExpression *pattern : { &breakthrough, &cleared }) {
            it = pattern->globalMatch(m_p);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                const qsizetype from = match.capturedStart(0);
                const qsizetype to = match.capturedEnd(0);
                QString subject = words(segmentStart(from), from);
                subject.remove(verbs);
                const QString name = clean(subject);
                const bool isBreakthrough = pattern == &breakthrough;
                const QString phrase = match.captured(0);
                take(from, to);
                later(from, [=] {
                    Indicator indicator;
                    indicator.name
                        = name.isEmpty() ? (isBreakthrough ? QStringLiteral("突破") : QStringLiteral("问题")) : name;
                    // The article's own words: "基本实现清零" is not "清零".
                    indicator.valueText = phrase;
                    const int index = create(indicator, FigureKind::Outcome, -1);
                    rangeFigure(index, FigureKind::Outcome, from, to);
                });
            }
        }

        it = halves.globalMatch(m_p);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype from = match.capturedStart(0);
            const qsizetype to = match.capturedEnd(0);
            QString subject = words(segmentStart(from), from);
            subject.remove(verbs);
            const QString name = clean(subject);
            take(from, to);
            later(from, [=] {
                bool attached = false;
                for (const int index : std::as_const(m_created)) {
                    Indicator &indicator = m_out.indicators[index];
                    if (indicator.value && indicator.unit.endsWith(QChar(u'元')) && indicator.targetText.isEmpty()) {
                        indicator.targetText = QStringLiteral("双过半");
                        rangeFigure(index, FigureKind::Outcome, from, to);
                        attached = true;
                    }
                }
                if (attached)
                    return;
                Indicator indicator;
                indicator.name = name.size() >= 2 ? name : QStringLiteral("时间任务双过半");
                indicator.valueText = QStringLiteral("双过半");
                indicator.targetText = QStringLiteral("双过半");
                const int index = create(indicator, FigureKind::Outcome, -1);
                rangeFigure(index, FigureKind::Outcome, from, to);
            });
        }
    }

    // What is left: a value with its unit, named by the words before it, or by the noun after a count.
    void amounts()
    {
        static const QRegularExpression subIndicator(QStringLiteral("^其中"));
        const bool isPart = subIndicator.match(m_p).hasMatch();
        for (qsizetype k = 0; k < m_p.size(); ++k) {
            if (!isValuePlaceholder(m_p.at(k)))
                continue;
            const int value = tokenAt(k);
            if (!isFree(value))
                continue;
            const NumberToken &number = m_tokens.at(value);
            if (number.unitKind == NumberToken::UnitKind::None || number.unitKind == NumberToken::UnitKind::Points)
                continue;
            const bool classifier = number.unitKind == NumberToken::UnitKind::Classifier;
            const QChar next = k + 1 < m_p.size() ? m_p.at(k + 1) : QChar();
            QString name;
            if (classifier && isValuePlaceholder(next)) {
                // 4批次94名医务人员, 33项118项重点改革任务: the noun comes after the next count.
                const int following = tokenAt(k + 1);
                const QString noun = IndicatorNamer::nounAfter(m_p, k + 2, nullptr);
                name = m_tokens.at(following).unit == number.unit ? noun : noun + number.unit;
            } else if (classifier && (NumberScanner::isHan(next) || next == QChar(0x201C) || next == QChar(u'《'))) {
                qsizetype nounEnd = k + 1;
                const QString noun = IndicatorNamer::nounAfter(m_p, k + 1, &nounEnd);
                if (!noun.isEmpty()) {
                    qsizetype predicateEnd = nounEnd;
                    while (predicateEnd < m_p.size() && !isPlaceholder(m_p.at(predicateEnd)))
                        ++predicateEnd;
                    const QString predicate = predicateEnd < m_p.size()
                        ? QString()
                        : IndicatorNamer::withoutAdverbs(QStringView(m_p).mid(nounEnd, predicateEnd - nounEnd));
                    name = (!predicate.isEmpty() && predicate.size() <= 12 && !predicate.contains(QChar(u'、')))
                        ? predicate + QChar(u'的') + noun
                        : noun;
                }
            }
            if (name.isEmpty()) {
                const qsizetype from = segmentStart(k);
                const QString raw = words(from, k);
                static const QRegularExpression lead(QStringLiteral("^[、和及与，]+"));
                QString subject = raw;
                subject.remove(lead);
                if (m_context.isOtherPlace(subject)) {
                    m_reasons[value] = MissReason::OtherPlace;
                    otherPlace(k, value, subject);
                    continue;
                }
                name = clean(subject);
                if (name.size() <= 2 && number.unit.endsWith(QChar(u'人')) && !name.isEmpty()
                    && !name.endsWith(QChar(u'人')))
                    name += QStringLiteral("人数");
            }
            use(value);
            take(k, k + 1);
            const bool partOf = isPart;
            later(k, [=] {
                Indicator indicator;
                indicator.name = name;
                setValue(indicator, value);
                if (name.endsWith(QStringView(u"用时")))
                    indicator.higherIsBetter = false;
                if (partOf) {
                    const int parent = lastIndicator(true);
                    appendNote(indicator,
                        parent >= 0 ? QStringLiteral("其中项，属于“%1”").arg(m_out.indicators.at(parent).name)
                                    : QStringLiteral("其中项"));
                }
                create(indicator, kindOfUnit(m_tokens.at(value).unitKind), value);
            });
        }
    }

    // "全省增长6.1%" right after the city's figure states the provincial value.
    void otherPlace(qsizetype at, int value, const QString &subject)
    {
        const bool province = subject.startsWith(m_context.comparisonArea())
            || (!m_context.comparisonRegion.isEmpty() && subject.startsWith(m_context.comparisonRegion));
        if (!province || m_tokens.at(value).unitKind != NumberToken::UnitKind::Percent)
            return;
        use(value);
        later(at, [=] {
            const int index = lastIndicator(true, true);
            if (index < 0 || m_out.indicators.at(index).provinceValue
                || m_out.indicators.at(index).unit != QLatin1String("%")) {
                m_used[value] = false;
                return;
            }
            m_out.indicators[index].provinceValue = m_tokens.at(value).value;
            m_out.indicators[index].provinceDerived = false;
            tokenFigure(index, FigureKind::Comparison, value);
        });
    }

    // "为近10年来半年税占比最好水平": what the text says of the figure before.
    void remark()
    {
        for (const QChar c : std::as_const(m_p)) {
            if (isPlaceholder(c))
                return;
        }
        static const QRegularExpression pattern(
            QStringLiteral("^(?:为|是|创|系)(.*(?:最好|最高|最低|最快|新高|历史|首次).*)$"));
        const QRegularExpressionMatch match = pattern.match(m_p);
        if (!match.hasMatch())
            return;
        const QString note = match.captured(0);
        later(0, [=] {
            const int index = lastIndicator(false);
            if (index >= 0)
                appendNote(m_out.indicators[index], note);
        });
    }

    const ArticleContext &m_context;
    qsizetype m_offset;
    QStringView m_sentence;
    QString m_source;
    ExtractedSection &m_out;
    QList<NumberToken> m_tokens;
    QList<bool> m_used;
    QList<std::optional<MissReason>> m_reasons;
    QList<int> m_created;
    QHash<int, FigureKind> m_kinds; // how each indicator of the sentence was made
    QString m_period;
    QString m_scope;
    QString m_clauseScope;
    int m_carried = -1;
    qsizetype m_nextToken = 0;

    QString m_p;
    QList<qsizetype> m_pos;
    QList<Interval> m_taken;
    QList<Event> m_events;
    int m_order = 0;
};

bool endsSentence(QChar c)
{
    return c == QChar(u'。') || c == QChar(u'！') || c == QChar(u'？') || c == QChar(u'；') || c == QLatin1Char('\n');
}

} // namespace

FigureExtractor::FigureExtractor(const ArticleContext &context)
    : m_context(context)
{ }

QList<std::pair<qsizetype, qsizetype>> FigureExtractor::sentences(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> result;
    int depth = 0;
    qsizetype opened = 0;
    qsizetype start = 0;
    const auto add = [&](qsizetype end) {
        qsizetype s = start;
        while (s < end && text.at(s).isSpace())
            ++s;
        qsizetype e = end;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            result.append({ s, e - s });
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x201C) || c == QChar(u'（')) {
            if (depth++ == 0)
                opened = i;
        } else if ((c == QChar(0x201D) || c == QChar(u'）')) && depth > 0) {
            --depth;
        }
        // A quotation left open does not swallow the paragraph.
        if (depth > 0 && (i - opened > 100 || c == QLatin1Char('\n')))
            depth = 0;
        if (depth == 0 && endsSentence(c)) {
            add(i);
            start = i + 1;
        } else if (i - start >= MaxSentenceLength) {
            add(i);
            start = i;
        }
    }
    add(text.size());
    return result;
}

ExtractedSection FigureExtractor::extract(const QString &text) const
{
    ExtractedSection result;
    int carried = -1;
    for (const auto &[start, length] : sentences(text)) {
        SentenceReader reader(m_context, text, start, length, result, carried);
        reader.run();
        const qsizetype end = start + length;
        carried = end < text.size() && text.at(end) == QChar(u'；') ? reader.lastCreated() : -1;
    }
    return result;
}

} // namespace Bulletin
