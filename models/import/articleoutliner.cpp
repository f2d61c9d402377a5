#include "articleoutliner.h"

#include <QDate>
#include <QRegularExpression>

namespace Bulletin {

namespace {

// How many times a page break is judged by the words around it; beyond that (a pathological text) the break is
// simply closed.
constexpr int MaxBigramQueries = 64;
// Characters either side of a page break that are searched for the pair of characters across it.
constexpr qsizetype BigramWindow = 20000;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isHan(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

bool isDigitLine(QStringView line)
{
    if (line.isEmpty() || line.size() > 2)
        return false;
    for (const QChar c : line) {
        if (!isAsciiDigit(c))
            return false;
    }
    return line.toInt() >= 1;
}

bool isTerminated(QStringView line)
{
    if (line.isEmpty())
        return true;
    static const QString closers = QStringLiteral("。！？；…!?：");
    const QChar last = line.back();
    if (closers.contains(last))
        return true;
    static const QString quotes = QStringLiteral("”』」）》】");
    return quotes.contains(last) && line.size() >= 2 && closers.contains(line.at(line.size() - 2));
}

bool continuesAfterComma(QStringView line)
{
    return !line.isEmpty()
        && (line.back() == QChar(u'，') || line.back() == QChar(u'、') || line.back() == QChar(u'—'));
}

const QRegularExpression &markerPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:亮点|看点|关键词|聚焦|特色)(?:[一二三四五六七八九十]{1,3}|\\d{1,2})?[：、]?(.{0,40})$"));
    return pattern;
}

const QRegularExpression &levelOnePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([一二三四五六七八九十]{1,3})、(.+)$"));
    return pattern;
}

const QRegularExpression &levelTwoPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^（([一二三四五六七八九十]{1,3})）(.+)$"));
    return pattern;
}

bool isByline(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral(
        "记者|通讯员|本报讯|作者[：:]|来源[：:]|编辑[：:]|发布时间|发布日期|^\\d{4}[-年/.]\\d{1,2}[-月/.]"
        "\\d{1,2}日?(?:\\s|$)"));
    return line.size() <= 80 && pattern.match(line).hasMatch();
}

bool isTrailer(QStringView line)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^[（(【]?(?:本报)?(?:记者|通讯员|作者|编辑|责任编辑|责编|审核|审校|校对|来源|稿源|地址|电话|邮编|传真|"
            "网址|"
            "主办|承办|联系人|联系电话|电子邮箱|邮箱|E-?mail|版权|供稿|摄影|图片|终审|初审|监制|制作)[:：\\s]|"
            "版权所有|Copyright|©|ICP备|^[（(](?:记者|通讯员|本报记者)[^）)]{0,20}[）)]$"),
        QRegularExpression::CaseInsensitiveOption);
    return line.size() <= 120 && pattern.match(line).hasMatch();
}

bool isDateLine(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}年\\d{1,2}月\\d{1,2}日$"));
    return pattern.match(line).hasMatch();
}

// An office that issues a release, named under its title.
bool isIssuer(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral("^.{2,16}(?:局|委员会|人民政府|办公室|厅)$"));
    return pattern.match(line).hasMatch();
}

bool isOrganisationLine(QStringView line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^.{2,20}(?:局|委员会|政府|办公室|中心|公司|委|厅|部|院|会|处)$"));
    return pattern.match(line).hasMatch();
}

QString stripDashes(QString line)
{
    while (line.startsWith(QChar(0x2014)) || line.startsWith(QLatin1Char('-')))
        line.remove(0, 1);
    return line.trimmed();
}

class Outliner
{
public:
    explicit Outliner(const QString &text)
        : m_text(text)
    { }

    ArticleOutline run()
    {
        for (qsizetype start = 0; start <= m_text.size();) {
            qsizetype end = m_text.indexOf(QLatin1Char('\n'), start);
            if (end < 0)
                end = m_text.size();
            qsizetype s = start;
            qsizetype e = end;
            while (s < e && m_text.at(s).isSpace())
                ++s;
            while (e > s && m_text.at(e - 1).isSpace())
                --e;
            if (e > s)
                m_lines.append(OutlineSpan { s, e - s });
            start = end + 1;
        }
        qsizetype index = head();
        index = headline(index);
        body(index);
        return m_outline;
    }

private:
    QStringView line(qsizetype k) const { return QStringView(m_text).mid(m_lines.at(k).start, m_lines.at(k).length); }

    bool isHeadingLike(QStringView text) const
    {
        return markerPattern().match(text).hasMatch() || levelOnePattern().match(text).hasMatch()
            || levelTwoPattern().match(text).hasMatch();
    }

    qsizetype head()
    {
        qsizetype k = 0;
        if (k < m_lines.size()) {
            const QStringView first = line(k);
            if (first.size() <= 60 && !isDigitLine(first) && !first.endsWith(QChar(u'。')) && !isHeadingLike(first)
                && !isByline(first)) {
                m_outline.title = first.toString();
                m_outline.headSpans.append(m_lines.at(k));
                ++k;
            }
        }
        if (k < m_lines.size() && !m_outline.title.isEmpty()) {
            const QStringView next = line(k);
            const bool dashed = next.startsWith(QChar(0x2014)) || next.startsWith(QLatin1String("--"));
            if (dashed
                || (next.size() <= 40 && !isTerminated(next) && !continuesAfterComma(next) && !isByline(next)
                    && !isIssuer(next) && !isDigitLine(next) && !isHeadingLike(next) && k + 1 < m_lines.size())) {
                m_outline.subtitle = stripDashes(next.toString());
                m_outline.headSpans.append(m_lines.at(k));
                ++k;
            }
        }
        // Bylines, and the office that issues a release (临溪市统计局), which is its author too.
        for (int count = 0; count < 3 && k < m_lines.size() && (isByline(line(k)) || isIssuer(line(k))); ++count, ++k) {
            const QString byline = line(k).toString();
            m_outline.headSpans.append(m_lines.at(k));
            m_outline.byline = m_outline.byline.isEmpty() ? byline : m_outline.byline + QLatin1Char(' ') + byline;
            static const QRegularExpression reporter(QStringLiteral("记者([\\x{4e00}-\\x{9fff}]{2,4})"));
            if (const QRegularExpressionMatch match = reporter.match(byline);
                match.hasMatch() && m_outline.reporter.isEmpty()) {
                QString name = match.captured(1);
                static const QRegularExpression tail(QStringLiteral("(?:报道|摄影|摄|通讯员.*)$"));
                name.remove(tail);
                m_outline.reporter = name;
            }
            static const QRegularExpression date(QStringLiteral("(\\d{4})[-年/.—](\\d{1,2})[-月/.—](\\d{1,2})"));
            if (const QRegularExpressionMatch match = date.match(byline);
                match.hasMatch() && m_outline.publicationDate.isEmpty()) {
                const QDate day(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
                if (day.isValid())
                    m_outline.publicationDate = day.toString(Qt::ISODate);
            }
        }
        return k;
    }

    qsizetype headline(qsizetype from)
    {
        QList<OutlineKeyFigure> figures;
        qsizetype k = from;
        while (k < m_lines.size()) {
            const QStringView text = line(k);
            if (isDigitLine(text)) {
                figures.append(OutlineKeyFigure { text.toInt(), {} });
                ++k;
                continue;
            }
            // An item's sentence is a headline, without a full stop; a paragraph that has one begins the article.
            const bool itemStart = k > from && isDigitLine(line(k - 1));
            if (!figures.isEmpty() && text.size() <= 150 && !isHeadingLike(text)
                && (itemStart || !text.endsWith(QChar(u'。')))) {
                figures.last().lines.append(m_lines.at(k));
                ++k;
                continue;
            }
            break;
        }
        bool complete = figures.size() >= 2;
        for (const OutlineKeyFigure &figure : std::as_const(figures))
            complete = complete && !figure.lines.isEmpty();
        if (!complete)
            return from;
        m_outline.keyFigures = figures;
        return k;
    }

    enum class Scheme { None, Marker, LevelOne, LevelTwo, Standalone };

    bool isStandalone(qsizetype k, qsizetype first) const
    {
        const QStringView text = line(k);
        if (text.size() < 4 || text.size() > 30 || text.contains(QChar(u'。')) || isTerminated(text)
            || continuesAfterComma(text) || isDigitLine(text) || isTrailer(text) || isDateLine(text))
            return false;
        static const QString stops = QStringLiteral("，；：、,;:");
        if (stops.contains(text.back()))
            return false;
        if (k + 1 >= m_lines.size() || line(k + 1).size() <= text.size() + 10)
            return false;
        return k == first || isTerminated(line(k - 1));
    }

    void body(qsizetype from)
    {
        QList<bool> excluded(m_lines.size(), false);
        for (qsizetype k = from; k < m_lines.size(); ++k) {
            if (isTrailer(line(k)))
                excluded[k] = true;
        }
        // A notice's signature: the office on one line, the date on the next, at the end.
        for (qsizetype k = m_lines.size() - 1; k >= from && k >= m_lines.size() - 4; --k) {
            if (isDateLine(line(k))) {
                excluded[k] = true;
                if (k - 1 >= from && isOrganisationLine(line(k - 1)))
                    excluded[k - 1] = true;
            }
        }
        int markers = 0;
        int levelOne = 0;
        int levelTwo = 0;
        int standalone = 0;
        for (qsizetype k = from; k < m_lines.size(); ++k) {
            if (excluded.at(k))
                continue;
            const QStringView text = line(k);
            markers += markerPattern().match(text).hasMatch() ? 1 : 0;
            levelOne += levelOnePattern().match(text).hasMatch() ? 1 : 0;
            levelTwo += levelTwoPattern().match(text).hasMatch() ? 1 : 0;
            standalone += isStandalone(k, from) ? 1 : 0;
        }
        Scheme scheme = Scheme::None;
        if (markers >= 1)
            scheme = Scheme::Marker;
        else if (levelOne >= 2)
            scheme = Scheme::LevelOne;
        else if (levelTwo >= 2)
            scheme = Scheme::LevelTwo;
        else if (standalone >= 2)
            scheme = Scheme::Standalone;

        QList<OutlineSection> sections;
        QList<QList<OutlineParagraph>> bodies;
        QList<OutlineParagraph> introParagraphs;
        const auto startSection = [&](const QString &title, OutlineSpan span) {
            sections.append(OutlineSection { title, span, {} });
            bodies.append(QList<OutlineParagraph>());
        };
        const auto addParagraph = [&](OutlineSpan span) {
            if (bodies.isEmpty())
                introParagraphs.append(OutlineParagraph { { span } });
            else
                bodies.last().append(OutlineParagraph { { span } });
        };

        for (qsizetype k = from; k < m_lines.size(); ++k) {
            if (excluded.at(k)) {
                m_outline.trailer.append(m_lines.at(k));
                continue;
            }
            const QStringView text = line(k);
            const OutlineSpan span = m_lines.at(k);
            if (scheme == Scheme::Marker) {
                if (const QRegularExpressionMatch match = markerPattern().match(text); match.hasMatch()) {
                    const QString rest = match.captured(1).trimmed();
                    if (!rest.isEmpty()) {
                        startSection(rest, { span.start + match.capturedStart(1), match.capturedLength(1) });
                    } else if (k + 1 < m_lines.size() && !markerPattern().match(line(k + 1)).hasMatch()) {
                        ++k;
                        startSection(line(k).toString(), m_lines.at(k));
                    } else {
                        startSection(text.toString(), span);
                    }
                    continue;
                }
            } else if (scheme == Scheme::LevelOne || scheme == Scheme::LevelTwo) {
                const QRegularExpression &pattern = scheme == Scheme::LevelOne ? levelOnePattern() : levelTwoPattern();
                if (const QRegularExpressionMatch match = pattern.match(text); match.hasMatch()) {
                    const qsizetype contentStart = match.capturedStart(2);
                    const QStringView content = text.mid(contentStart);
                    const qsizetype stop = content.indexOf(QChar(u'。'));
                    if (stop >= 0 && stop <= 50) {
                        startSection(content.left(stop).toString(), { span.start + contentStart, stop });
                        const qsizetype restStart = contentStart + stop + 1;
                        if (restStart < text.size())
                            addParagraph({ span.start + restStart, span.length - restStart });
                    } else if (content.size() <= 50) {
                        QString title = content.toString();
                        static const QRegularExpression trailing(QStringLiteral("[：:，。；]+$"));
                        title.remove(trailing);
                        startSection(title, { span.start + contentStart, content.size() });
                    } else {
                        const qsizetype comma = content.indexOf(QChar(u'，'));
                        const qsizetype cut = comma > 0 && comma <= 50 ? comma : 30;
                        startSection(content.left(cut).toString(), { span.start + contentStart, cut });
                        addParagraph({ span.start + contentStart, span.length - contentStart });
                    }
                    continue;
                }
            } else if (scheme == Scheme::Standalone && isStandalone(k, from)) {
                startSection(text.toString(), span);
                continue;
            }
            addParagraph(span);
        }

        QList<OutlineParagraph> displaced;
        m_outline.intro = mend(introParagraphs, displaced);
        for (qsizetype s = 0; s < sections.size(); ++s)
            sections[s].paragraphs = mend(bodies.at(s), displaced);
        if (m_outline.intro.isEmpty()) {
            m_outline.intro = displaced;
        } else if (!displaced.isEmpty() && !sections.isEmpty()) {
            sections.last().paragraphs.append(displaced);
        }
        if (sections.size() > ArticleOutliner::MaxSections) {
            OutlineSection &last = sections[ArticleOutliner::MaxSections - 1];
            for (qsizetype s = ArticleOutliner::MaxSections; s < sections.size(); ++s) {
                last.paragraphs.append(OutlineParagraph { { sections.at(s).titleSpan } });
                last.paragraphs.append(sections.at(s).paragraphs);
            }
            sections.resize(ArticleOutliner::MaxSections);
        }
        m_outline.sections = sections;
    }

    QChar firstChar(const OutlineParagraph &paragraph) const
    {
        return paragraph.spans.isEmpty() || paragraph.spans.first().length == 0
            ? QChar()
            : m_text.at(paragraph.spans.first().start);
    }

    QString paragraphText(const OutlineParagraph &paragraph) const { return ArticleOutliner::text(m_text, paragraph); }

    // How often two characters stand together in the text around a place: the article's own vocabulary says whether
    // they make a word.
    int bigramCount(QChar a, QChar b, qsizetype around)
    {
        if (a.isNull() || b.isNull() || ++m_bigramQueries > MaxBigramQueries)
            return 0;
        const QString pair = QString(a) + b;
        const qsizetype from = qMax<qsizetype>(0, around - BigramWindow);
        return int(QStringView(m_text).mid(from, 2 * BigramWindow).count(pair));
    }

    // Closes page breaks: a paragraph that stops mid-sentence goes on in the next one, or in the one after when a
    // whole paragraph (a box, the introduction) was set between the two halves of a word.
    QList<OutlineParagraph> mend(const QList<OutlineParagraph> &paragraphs, QList<OutlineParagraph> &displaced)
    {
        QList<OutlineParagraph> result;
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            OutlineParagraph paragraph = paragraphs.at(i);
            qsizetype length = 0;
            for (const OutlineSpan &span : std::as_const(paragraph.spans))
                length += span.length;
            // Only the end of the paragraph matters, so that a paragraph pieced from many lines costs no more.
            const auto ending = [&]() {
                const OutlineSpan &span = paragraph.spans.constLast();
                return QStringView(m_text).mid(span.start, span.length);
            };
            while (!paragraph.spans.isEmpty() && !isTerminated(ending()) && i + 1 < paragraphs.size()) {
                const QStringView end = ending();
                const OutlineParagraph &next = paragraphs.at(i + 1);
                const auto join = [&](const OutlineParagraph &other) {
                    for (const OutlineSpan &span : other.spans) {
                        paragraph.spans.append(span);
                        length += span.length;
                    }
                };
                if (continuesAfterComma(end)) {
                    join(next);
                    ++i;
                    continue;
                }
                const QChar last = end.back();
                if (length < 20 || !(isHan(last) || last.isLetterOrNumber()))
                    break;
                if (i + 2 < paragraphs.size() && isTerminated(paragraphText(next))) {
                    const OutlineParagraph &after = paragraphs.at(i + 2);
                    const qsizetype around = paragraph.spans.constLast().start;
                    if (bigramCount(last, firstChar(after), around) > bigramCount(last, firstChar(next), around)) {
                        displaced.append(next);
                        join(after);
                        i += 2;
                        continue;
                    }
                }
                join(next);
                ++i;
            }
            result.append(paragraph);
        }
        return result;
    }

    const QString &m_text;
    QList<OutlineSpan> m_lines;
    ArticleOutline m_outline;
    int m_bigramQueries = 0;
};

} // namespace

QString ArticleOutliner::text(const QString &source, const OutlineParagraph &paragraph)
{
    QString result;
    for (const OutlineSpan &span : paragraph.spans)
        result += QStringView(source).mid(span.start, span.length);
    return result;
}

ArticleOutline ArticleOutliner::outline(const QString &text)
{
    return Outliner(text).run();
}

} // namespace Bulletin
