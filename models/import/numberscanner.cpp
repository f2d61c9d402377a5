#include "numberscanner.h"

#include "chinesenumber.h"

#include <QRegularExpression>
#include <cmath>

namespace Bulletin {

namespace {

using UnitKind = NumberToken::UnitKind;

struct Unit
{
    const char16_t *text;
    UnitKind kind;
};

// Longer units first: 个百分点 before 个, 千瓦时 before 千瓦.
constexpr Unit Units[] = {
    { u"个百分点", UnitKind::Points },
    { u"百分点", UnitKind::Points },
    { u"平方公里", UnitKind::Measure },
    { u"平方千米", UnitKind::Measure },
    { u"千瓦时", UnitKind::Measure },
    { u"平方米", UnitKind::Measure },
    { u"立方米", UnitKind::Measure },
    { u"人次", UnitKind::Classifier },
    { u"批次", UnitKind::Classifier },
    { u"架次", UnitKind::Classifier },
    { u"车次", UnitKind::Classifier },
    { u"户次", UnitKind::Classifier },
    { u"家次", UnitKind::Classifier },
    { u"个月", UnitKind::Duration },
    { u"小时", UnitKind::Duration },
    { u"分钟", UnitKind::Duration },
    { u"千瓦", UnitKind::Measure },
    { u"兆瓦", UnitKind::Measure },
    { u"公里", UnitKind::Measure },
    { u"千米", UnitKind::Measure },
    { u"千克", UnitKind::Measure },
    { u"公斤", UnitKind::Measure },
    { u"公顷", UnitKind::Measure },
    { u"标箱", UnitKind::Measure },
    { u"美元", UnitKind::Money },
    { u"欧元", UnitKind::Money },
    { u"港元", UnitKind::Money },
    { u"日元", UnitKind::Money },
    { u"%", UnitKind::Percent },
    { u"‰", UnitKind::Percent },
    { u"倍", UnitKind::Times },
    { u"元", UnitKind::Money },
    { u"吨", UnitKind::Measure },
    { u"亩", UnitKind::Measure },
    { u"米", UnitKind::Measure },
    { u"度", UnitKind::Measure },
    { u"斤", UnitKind::Measure },
    { u"个", UnitKind::Classifier },
    { u"家", UnitKind::Classifier },
    { u"名", UnitKind::Classifier },
    { u"人", UnitKind::Classifier },
    { u"项", UnitKind::Classifier },
    { u"支", UnitKind::Classifier },
    { u"期", UnitKind::Classifier },
    { u"场", UnitKind::Classifier },
    { u"笔", UnitKind::Classifier },
    { u"部", UnitKind::Classifier },
    { u"户", UnitKind::Classifier },
    { u"套", UnitKind::Classifier },
    { u"台", UnitKind::Classifier },
    { u"辆", UnitKind::Classifier },
    { u"所", UnitKind::Classifier },
    { u"座", UnitKind::Classifier },
    { u"条", UnitKind::Classifier },
    { u"处", UnitKind::Classifier },
    { u"件", UnitKind::Classifier },
    { u"宗", UnitKind::Classifier },
    { u"例", UnitKind::Classifier },
    { u"张", UnitKind::Classifier },
    { u"间", UnitKind::Classifier },
    { u"栋", UnitKind::Classifier },
    { u"艘", UnitKind::Classifier },
    { u"架", UnitKind::Classifier },
    { u"列", UnitKind::Classifier },
    { u"趟", UnitKind::Classifier },
    { u"班", UnitKind::Classifier },
    { u"次", UnitKind::Classifier },
    { u"种", UnitKind::Classifier },
    { u"类", UnitKind::Classifier },
    { u"款", UnitKind::Classifier },
    { u"篇", UnitKind::Classifier },
    { u"份", UnitKind::Classifier },
    { u"株", UnitKind::Classifier },
    { u"棵", UnitKind::Classifier },
    { u"头", UnitKind::Classifier },
    { u"只", UnitKind::Classifier },
    { u"批", UnitKind::Classifier },
    { u"副", UnitKind::Classifier },
    { u"床", UnitKind::Classifier },
    { u"起", UnitKind::Classifier },
    { u"位", UnitKind::Classifier },
    { u"天", UnitKind::Duration },
    { u"周", UnitKind::Duration },
    { u"岁", UnitKind::Duration },
};

bool startsWithAt(QStringView text, qsizetype at, QStringView what)
{
    return at >= 0 && at + what.size() <= text.size() && text.mid(at, what.size()) == what;
}

bool startsWithAnyAt(QStringView text, qsizetype at, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *word : words) {
        if (startsWithAt(text, at, QStringView(word)))
            return true;
    }
    return false;
}

bool endsWithAnyBefore(QStringView text, qsizetype at, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *word : words) {
        const QStringView w(word);
        if (at - w.size() >= 0 && text.mid(at - w.size(), w.size()) == w)
            return true;
    }
    return false;
}

const Unit *unitAt(QStringView text, qsizetype at)
{
    for (const Unit &unit : Units) {
        if (startsWithAt(text, at, QStringView(unit.text)))
            return &unit;
    }
    return nullptr;
}

bool isMagnitude(QChar c)
{
    return c == QChar(u'万') || c == QChar(u'亿') || c == QChar(u'千') || c == QChar(u'百');
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// Quotation marks and title marks: a number inside names something ("三个一", 《2020年…条例》).
QList<bool> quotedPositions(QStringView text)
{
    QList<bool> quoted(text.size(), false);
    int depth = 0;
    qsizetype openedAt = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == 0x201C || u == 0x300A || u == 0x300C || u == 0x300E || u == 0x3010) {
            if (depth == 0)
                openedAt = i;
            ++depth;
        } else if ((u == 0x201D || u == 0x300B || u == 0x300D || u == 0x300F || u == 0x3011) && depth > 0) {
            --depth;
        }
        // A quotation mark left open (a damaged or OCR'd text) must not hide the rest of the sentence.
        if (depth > 0 && i - openedAt > 40)
            depth = 0;
        quoted[i] = depth > 0;
    }
    return quoted;
}

// Idioms that read as numbers with a classifier: 千家万户, 三番五次.
bool isIdiomAt(QStringView text, qsizetype at)
{
    return startsWithAnyAt(text, at,
        { u"千家万户", u"千方百计", u"三番五次", u"一家一户", u"千头万绪", u"万无一失", u"千差万别", u"五湖四海",
            u"四面八方", u"千千万万", u"万家灯火", u"十分", u"百家争鸣", u"万众一心", u"一条龙", u"一次性", u"一批",
            u"一个", u"百姓", u"万千", u"一体", u"三次产业", u"一二三产业" });
}

int decimalsOf(QStringView digits)
{
    const qsizetype dot = digits.indexOf(QLatin1Char('.'));
    return dot < 0 ? 0 : int(digits.size() - dot - 1);
}

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
        , m_quoted(quotedPositions(text))
    { }

    QList<NumberToken> run()
    {
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n && m_tokens.size() < NumberScanner::MaxTokens;) {
            const QChar c = m_text.at(i);
            if (c == QChar(u'第')) {
                i = ordinal(i);
            } else if (NumberScanner::isAsciiDigit(c)) {
                i = arabic(i);
            } else if (ChineseNumber::isNumeral(c)) {
                i = chinese(i);
            } else {
                ++i;
            }
        }
        for (NumberToken &token : m_tokens) {
            if (!token.excluded && token.start < m_quoted.size() && m_quoted.at(token.start))
                token.excluded = MissReason::Quoted;
        }
        return m_tokens;
    }

private:
    QChar at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text.at(i) : QChar(); }

    // Reads the magnitude, bound and unit after the number that ends at `from`.
    void readSuffix(NumberToken &token, qsizetype from)
    {
        qsizetype k = from;
        QString magnitude;
        const auto readBound = [&]() {
            if (at(k) == QChar(u'余') || at(k) == QChar(u'多')) {
                token.bound = at(k);
                ++k;
            }
        };
        readBound();
        while (magnitude.size() < 2 && isMagnitude(at(k)) && !unitAt(m_text, k)) {
            magnitude += at(k);
            ++k;
        }
        if (!magnitude.isEmpty())
            readBound();
        const Unit *unit = unitAt(m_text, k);
        if (unit) {
            const QStringView text(unit->text);
            token.unit = magnitude + text.toString();
            token.unitKind = unit->kind;
            k += text.size();
        } else if (!magnitude.isEmpty()) {
            token.unit = magnitude;
            token.unitKind = UnitKind::Magnitude;
        } else {
            // No magnitude nor unit: a 余 or 多 read above belongs to the words after it.
            k = from;
            token.bound.clear();
        }
        if (startsWithAnyAt(m_text, k, { u"以上", u"之多" })) {
            token.bound = m_text.mid(k, 2).toString();
            k += 2;
        } else if (startsWithAt(m_text, k, u"左右")) {
            token.approximation = QStringLiteral("左右");
            k += 2;
        }
        token.end = k;
        // A bound or a rounding written before the number.
        const qsizetype s = token.start;
        for (const char16_t *word : { u"超过", u"突破", u"过", u"超", u"逾" }) {
            if (endsWithAnyBefore(m_text, s, { word }) && token.bound.isEmpty()) {
                token.bound = QString::fromUtf16(word);
                break;
            }
        }
        for (const char16_t *word : { u"约", u"近", u"将近" }) {
            if (endsWithAnyBefore(m_text, s, { word }) && token.approximation.isEmpty()) {
                token.approximation = QString::fromUtf16(word);
                break;
            }
        }
    }

    // A capacity in front of a project's name: 年产40万副车灯项目, 日处理500吨.
    bool isCapacity(qsizetype start) const
    {
        if (startsWithAt(m_text, start - 2, u"年产") || startsWithAt(m_text, start - 2, u"日产")
            || startsWithAt(m_text, start - 3, u"年处理") || startsWithAt(m_text, start - 3, u"日处理")
            || startsWithAt(m_text, start - 3, u"年加工") || startsWithAt(m_text, start - 3, u"年出栏")
            || startsWithAt(m_text, start - 3, u"年吞吐") || startsWithAt(m_text, start - 3, u"年发电")
            || startsWithAt(m_text, start - 3, u"年生产") || startsWithAt(m_text, start - 2, u"装机"))
            return true;
        return false;
    }

    qsizetype ordinal(qsizetype i)
    {
        qsizetype j = i + 1;
        const qsizetype numberStart = j;
        bool arabic = false;
        while (NumberScanner::isAsciiDigit(at(j)) && j - numberStart < 6) {
            arabic = true;
            ++j;
        }
        if (!arabic) {
            while (ChineseNumber::isNumeral(at(j)) && j - numberStart < 4)
                ++j;
        }
        if (j == numberStart)
            return i + 1;
        const std::optional<double> value = ChineseNumber::parseAny(m_text.mid(numberStart, j - numberStart));
        if (!value)
            return j;
        NumberToken token;
        token.start = i;
        token.numberEnd = j;
        token.value = *value;
        token.ordinal = true;
        token.chinese = !arabic;
        qsizetype end = j;
        if (at(end) == QChar(u'位') || at(end) == QChar(u'名'))
            ++end;
        token.end = end;
        const bool opensSentence = i == 0 || at(i - 1) == QChar(u'，') || at(i - 1) == QChar(u'：');
        if (startsWithAnyAt(
                m_text, j, { u"产业", u"时间", u"书记", u"责任", u"方阵", u"梯队", u"阵营", u"课堂", u"线" })
            || endsWithAnyBefore(m_text, i, { u"放在", u"摆在" })) {
            token.excluded = MissReason::SetPhrase;
        } else if (opensSentence && end == j && startsWithAnyAt(m_text, j, { u"，", u"、", u"：", u"是" })) {
            token.excluded = MissReason::ListMarker;
        } else if (end == j
            && startsWithAnyAt(m_text, j,
                { u"批", u"届", u"期", u"次", u"轮", u"季", u"号", u"条", u"款", u"章", u"节", u"部", u"阶", u"步",
                    u"年", u"天", u"大", u"类", u"种", u"站", u"代", u"家", u"项", u"把", u"要" })) {
            token.excluded = MissReason::Ordinal;
        }
        m_tokens.append(token);
        // 第四、五位: the second rank written without its 第.
        if (at(end) == QChar(u'、') && !token.excluded) {
            qsizetype k = end + 1;
            const qsizetype start = k;
            while (ChineseNumber::isNumeral(at(k)) && k - start < 4)
                ++k;
            if (k > start
                && (at(k) == QChar(u'位') || at(k) == QChar(u'名') || at(k) == QChar(u'，') || k == m_text.size()
                    || at(k) == QChar(u'。'))) {
                if (const std::optional<double> next = ChineseNumber::parse(m_text.mid(start, k - start))) {
                    NumberToken more = token;
                    more.start = start;
                    more.numberEnd = k;
                    more.value = *next;
                    more.end = (at(k) == QChar(u'位') || at(k) == QChar(u'名')) ? k + 1 : k;
                    m_tokens.append(more);
                    return more.end;
                }
            }
        }
        return qMax(end, i + 1);
    }

    qsizetype arabic(qsizetype i)
    {
        if (i > 0 && (NumberScanner::isAsciiDigit(at(i - 1)) || at(i - 1) == QLatin1Char('.')))
            return i + 1;
        // A date in digits: 2022-04-18, 2022/4/18, 2022.04.18.
        static const QRegularExpression date(QStringLiteral("^\\d{4}([-/.])\\d{1,2}\\1\\d{1,2}(?!\\d)"));
        if (const QRegularExpressionMatch match = date.match(m_text.mid(i, 12)); match.hasMatch()) {
            NumberToken token;
            token.start = i;
            token.numberEnd = i + 4;
            token.end = i + match.capturedLength(0);
            token.value = m_text.mid(i, 4).toString().toDouble();
            token.excluded = MissReason::Date;
            m_tokens.append(token);
            return token.end;
        }
        qsizetype j = i;
        while (NumberScanner::isAsciiDigit(at(j)))
            ++j;
        if (at(j) == QLatin1Char('.') && NumberScanner::isAsciiDigit(at(j + 1))) {
            ++j;
            while (NumberScanner::isAsciiDigit(at(j)))
                ++j;
        }
        NumberToken token;
        token.start = i;
        token.numberEnd = j;
        token.end = j;
        const QStringView digits = m_text.mid(i, j - i);
        token.value = digits.size() > 300 ? HUGE_VAL : digits.toString().toDouble();
        token.decimals = decimalsOf(digits);

        // Codes and set phrases: G20, 5G, 3D, 1+N, 5A级.
        if (isAsciiLetter(at(i - 1)) || (at(i - 1) == QLatin1Char('-') && isAsciiLetter(at(i - 2)))
            || at(i - 1) == QLatin1Char('+') || at(j) == QLatin1Char('+') || isAsciiLetter(at(j))) {
            token.excluded = MissReason::SetPhrase;
            while (isAsciiLetter(at(token.end)) || NumberScanner::isAsciiDigit(at(token.end)))
                ++token.end;
            m_tokens.append(token);
            return token.end;
        }

        // A range of months or years: both ends are the period.
        const QChar dash = at(j);
        if ((dash == QChar(0x2014) || dash == QLatin1Char('~') || dash == QChar(u'～') || dash == QChar(u'至')
                || dash == QChar(u'到'))
            && NumberScanner::isAsciiDigit(at(j + 1))) {
            qsizetype k = j + 1;
            while (NumberScanner::isAsciiDigit(at(k)))
                ++k;
            if (at(k) == QChar(u'月') || at(k) == QChar(u'年') || at(k) == QChar(u'日')) {
                token.excluded = at(k) == QChar(u'日') ? MissReason::Date : MissReason::Period;
                m_tokens.append(token);
                NumberToken second;
                second.start = j + 1;
                second.numberEnd = k;
                second.value = m_text.mid(j + 1, k - j - 1).toString().toDouble();
                qsizetype end = k + 1;
                if (startsWithAt(m_text, end, u"份"))
                    ++end;
                second.end = end;
                second.excluded = token.excluded;
                m_tokens.append(second);
                return end;
            }
        }
        // Dates and periods.
        const QChar next = at(j);
        if (next == QChar(u'年')) {
            const bool year = digits.size() == 4 && token.value >= 1900 && token.value <= 2100;
            token.excluded = year ? MissReason::Date : MissReason::Period;
            token.end = j + 1;
            if (startsWithAnyAt(m_text, j, { u"年代", u"年来", u"年间", u"年内" }))
                token.end = j + 2;
            m_tokens.append(token);
            return token.end;
        }
        if (next == QChar(u'月') || next == QChar(u'日') || next == QChar(u'号')
            || startsWithAnyAt(m_text, j, { u"季度", u"周年", u"世纪" })) {
            token.excluded = (next == QChar(u'月') && !NumberScanner::isAsciiDigit(at(j + 1))) ? MissReason::Period
                                                                                               : MissReason::Date;
            if (startsWithAnyAt(m_text, j, { u"季度" }))
                token.excluded = MissReason::Period;
            token.end = j + 1;
            if (startsWithAnyAt(m_text, j, { u"月份", u"季度", u"周年", u"世纪" }))
                token.end = j + 2;
            m_tokens.append(token);
            return token.end;
        }
        // A list marker opening the sentence: 1. 1、 （1）
        if (i == 0 || (i == 1 && at(0) == QChar(u'（'))) {
            if (at(j) == QChar(u'、') || (at(j) == QLatin1Char('.') && !NumberScanner::isAsciiDigit(at(j + 1)))
                || (at(j) == QChar(u'）') && i == 1)) {
                token.excluded = MissReason::ListMarker;
                token.end = j + 1;
                m_tokens.append(token);
                return token.end;
            }
        }
        readSuffix(token, j);
        if (token.unitKind == UnitKind::None && digits.size() == 4 && token.decimals == 0 && token.value >= 1900
            && token.value <= 2100)
            token.excluded = MissReason::Date;
        else if (at(token.end) == QChar(u'级') || (at(token.end) == QChar(u'大') && token.unitKind == UnitKind::None))
            token.excluded = MissReason::SetPhrase;
        else if (isCapacity(i))
            token.excluded = MissReason::ProjectName;
        m_tokens.append(token);
        return qMax(token.end, j);
    }

    qsizetype chinese(qsizetype i)
    {
        if (i > 0 && (ChineseNumber::isNumeral(at(i - 1)) || at(i - 1) == QChar(u'第')))
            return i + 1;
        qsizetype j = i;
        while (ChineseNumber::isNumeral(at(j)) && j - i < 12)
            ++j;
        if (isIdiomAt(m_text, i) || isIdiomAt(m_text, i - 1))
            return j;
        // A magnitude at the end of the numerals may belong to the unit: 过千万元 is 1000 万元.
        qsizetype numeralEnd = j;
        if (!unitAt(m_text, j) && !isMagnitude(at(j - 1)))
            return j;
        if (isMagnitude(at(j - 1)) && j - i > 1 && (at(j - 1) == QChar(u'万') || at(j - 1) == QChar(u'亿'))
            && unitAt(m_text, j))
            numeralEnd = j - 1;
        const QStringView numerals = m_text.mid(i, numeralEnd - i);
        const bool prefixed = endsWithAnyBefore(m_text, i, { u"过", u"超", u"逾", u"近", u"上", u"超过", u"突破" });
        // 一 alone is "a" (一个, 一项); a lone 千, 万 or 百 is a word (千家万户) unless a bound stands before it.
        if (numerals == QStringView(u"一") && !prefixed)
            return j;
        if (numerals.size() == 1 && isMagnitude(numerals.at(0)) && !prefixed)
            return j;
        const std::optional<double> value = ChineseNumber::parse(numerals);
        if (!value)
            return j;
        NumberToken token;
        token.start = i;
        token.numberEnd = numeralEnd;
        token.value = *value;
        token.chinese = true;
        readSuffix(token, numeralEnd);
        if (token.unitKind == UnitKind::None || token.unitKind == UnitKind::Magnitude)
            return j;
        // 一期工程, （二期）: a phase, not a count.
        if (token.unit == QStringView(u"期")
            && (at(i - 1) == QChar(u'（') || startsWithAnyAt(m_text, token.end, { u"工程", u"项目", u"）" })))
            token.excluded = MissReason::SetPhrase;
        m_tokens.append(token);
        return qMax(token.end, i + 1);
    }

    QStringView m_text;
    QList<bool> m_quoted;
    QList<NumberToken> m_tokens;
};

} // namespace

QList<NumberToken> NumberScanner::scan(QStringView sentence)
{
    return Scanner(sentence).run();
}

} // namespace Bulletin
