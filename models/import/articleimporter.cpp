#include "articleimporter.h"

#include "articlecontext.h"
#include "articlenormalizer.h"
#include "articleoutliner.h"
#include "articlereader.h"
#include "bulletinvalidator.h"
#include "draftcharts.h"
#include "englishwords.h"
#include "figureextractor.h"
#include "numberscanner.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace Bulletin {

namespace {

// A stretch of normalized text gathered into one string (a section's text), with the way back.
struct Assembled
{
    QString text;
    QList<qsizetype> normalized; // for each character of text, its place in the normalized article
};

Assembled assemble(const QString &normalized, const QList<OutlineParagraph> &paragraphs)
{
    Assembled result;
    for (const OutlineParagraph &paragraph : paragraphs) {
        if (!result.text.isEmpty()) {
            result.normalized.append(result.normalized.isEmpty() ? 0 : result.normalized.constLast());
            result.text += QLatin1Char('\n');
        }
        for (const OutlineSpan &span : paragraph.spans) {
            result.text += QStringView(normalized).mid(span.start, span.length);
            for (qsizetype k = 0; k < span.length; ++k)
                result.normalized.append(span.start + k);
        }
    }
    return result;
}

bool inRange(const std::optional<double> &number)
{
    return !number || (std::isfinite(*number) && std::fabs(*number) <= MaxMagnitude);
}

// Numbers no chart can draw are dropped, ranks out of their range too; an indicator left with nothing goes.
bool sanitize(Indicator &indicator)
{
    if (!inRange(indicator.value))
        indicator.value.reset();
    if (!inRange(indicator.provinceValue)) {
        indicator.provinceValue.reset();
        indicator.provinceDerived = false;
    }
    if (!indicator.provinceValue)
        indicator.provinceDerived = false;
    if (!inRange(indicator.statedGap))
        indicator.statedGap.reset();
    if (!inRange(indicator.completionPercent) || (indicator.completionPercent && *indicator.completionPercent < 0))
        indicator.completionPercent.reset();
    if (indicator.rank.has_value() != indicator.rankOf.has_value() || (indicator.rank && *indicator.rank < 1)
        || (indicator.rank && *indicator.rank > *indicator.rankOf)
        || (indicator.rankOf && *indicator.rankOf > 1000000000)) {
        indicator.rank.reset();
        indicator.rankOf.reset();
        indicator.rankScope.clear();
    }
    if (indicator.name.trimmed().isEmpty())
        indicator.name = QStringLiteral("（未识别名称）");
    return indicator.value || !indicator.valueText.isEmpty() || indicator.rank;
}

// The figure a key figure's card shows: one compared or ranked, else a sum of money, else the largest count.
int headlineIndicator(const QList<const Indicator *> &candidates)
{
    for (int k = 0; k < candidates.size(); ++k) {
        if (candidates.at(k)->value && (candidates.at(k)->provinceValue || candidates.at(k)->rank))
            return k;
    }
    for (int k = 0; k < candidates.size(); ++k) {
        if (candidates.at(k)->value && candidates.at(k)->unit.endsWith(QChar(u'元')))
            return k;
    }
    int best = -1;
    for (int k = 0; k < candidates.size(); ++k) {
        const Indicator *indicator = candidates.at(k);
        if (indicator->value && indicator->unit != QLatin1String("%")
            && (best < 0 || *indicator->value > *candidates.at(best)->value))
            best = k;
    }
    return best >= 0 ? best : (candidates.isEmpty() ? -1 : 0);
}

class Builder
{
public:
    Builder(const QString &articleText, const QString &displayName, ImportResult &result)
        : m_displayName(displayName)
        , m_result(result)
    {
        m_result.articleText = articleText;
        m_normalized = ArticleNormalizer::normalize(articleText);
    }

    void run()
    {
        const QString &text = m_normalized.text;
        m_outline = ArticleOutliner::outline(text);
        m_context = ArticleContext::guess(text, m_outline.title + QLatin1Char('\n') + m_outline.subtitle);
        auto draft = std::make_shared<Document>();
        Document &document = *draft;
        document.id = ArticleImporter::draftId(m_displayName);
        document.title = m_outline.title;
        document.subtitle = m_outline.subtitle;
        document.reporter = m_outline.reporter;
        document.publicationDate = m_outline.publicationDate;
        document.period = m_context.period;
        document.region = m_context.region;
        document.comparisonRegion = m_context.comparisonRegion;
        document.comparisonUnits = m_context.comparisonUnits;
        document.synthetic = text.contains(QStringView(u"测试数据"));
        QStringList intro;
        for (const OutlineParagraph &paragraph : std::as_const(m_outline.intro))
            intro.append(ArticleOutliner::text(text, paragraph));
        document.intro = intro.join(QLatin1Char('\n'));

        const FigureExtractor extractor(m_context);
        // Figures in the introduction make a section of their own, so that none is lost for having come first.
        if (!m_outline.intro.isEmpty()) {
            const Assembled assembled = assemble(text, m_outline.intro);
            ExtractedSection extracted = extractor.extract(assembled.text);
            if (!extracted.indicators.isEmpty())
                addSection(document, QStringLiteral("概况"), assembled, std::move(extracted), QStringLiteral("intro"));
            else
                reportMisses(assembled, extracted.missed, MissReason::OutsideSections);
        }
        for (qsizetype s = 0; s < m_outline.sections.size(); ++s) {
            const OutlineSection &section = m_outline.sections.at(s);
            const Assembled assembled = assemble(text, section.paragraphs);
            addSection(document, section.title, assembled, extractor.extract(assembled.text),
                QStringLiteral("s%1").arg(s + 1));
            reportSpan(section.titleSpan, MissReason::Heading);
        }
        if (document.sections.isEmpty() && m_outline.sections.isEmpty()) {
            // An article of paragraphs only: one section, named after the article.
            Section section;
            section.id = QStringLiteral("s1");
            section.title = document.title.isEmpty() ? QStringLiteral("正文") : document.title;
            document.sections.append(section);
        }
        if (document.title.isEmpty())
            document.title = !m_outline.sections.isEmpty() ? m_outline.sections.first().title
                                                           : QFileInfo(m_displayName).completeBaseName();
        if (document.title.isEmpty())
            document.title = QStringLiteral("导入的文章");
        for (const OutlineSpan &span : std::as_const(m_outline.headSpans))
            reportSpan(span, MissReason::Heading);
        for (const OutlineSpan &span : std::as_const(m_outline.trailer))
            reportSpan(span, MissReason::OutsideSections);
        document.sourceNote = QStringLiteral("《") + document.title
            + (document.subtitle.isEmpty() ? QString() : QStringLiteral("——") + document.subtitle)
            + QStringLiteral("》");
        if (!m_outline.byline.isEmpty()) {
            QString byline = m_outline.byline;
            static const QRegularExpression ornament(QStringLiteral("^[■□●○◆◇▲△★☆·\\s]+"));
            byline.remove(ornament);
            document.sourceNote += QStringLiteral("，") + byline;
        }

        keyFigures(document);
        for (Section &section : document.sections)
            section.charts = DraftCharts::propose(section);

        std::sort(m_result.missed.begin(), m_result.missed.end(),
            [](const MissedNumber &a, const MissedNumber &b) { return a.range.start < b.range.start; });
        m_result.draft = draft;
        const QString displayName = m_displayName;
        m_result.problems = BulletinValidator::validate(document, [&displayName](const FieldRef &ref) {
            return LoadProblem { displayName, 0, 0, BulletinValidator::jsonPath(ref), QString() };
        });
    }

private:
    TextRange articleRange(const Assembled &assembled, qsizetype start, qsizetype length) const
    {
        if (assembled.normalized.isEmpty() || length <= 0)
            return {};
        const qsizetype first = assembled.normalized.at(qBound<qsizetype>(0, start, assembled.normalized.size() - 1));
        const qsizetype last
            = assembled.normalized.at(qBound<qsizetype>(0, start + length - 1, assembled.normalized.size() - 1));
        const qsizetype from = m_normalized.sourcePosition(first);
        const qsizetype to = qMax(from, m_normalized.sourcePosition(last) + 1);
        return { from, qMin(to, m_result.articleText.size()) - from };
    }

    void reportMisses(const Assembled &assembled, const QList<ExtractedMiss> &misses, MissReason unrecognisedAs)
    {
        for (const ExtractedMiss &miss : misses) {
            MissedNumber number;
            number.range = articleRange(assembled, miss.start, miss.length);
            number.text = assembled.text.mid(miss.start, miss.length);
            number.reason = miss.reason == MissReason::Unrecognised ? unrecognisedAs : miss.reason;
            number.sentence = assembled.text.mid(miss.sentenceStart, miss.sentenceLength);
            m_result.missed.append(number);
        }
    }

    // Numbers in a title, byline or other line that no section holds.
    void reportSpan(const OutlineSpan &span, MissReason reason)
    {
        if (span.length <= 0)
            return;
        const QString line = m_normalized.text.mid(span.start, span.length);
        for (const NumberToken &token : NumberScanner::scan(line)) {
            MissedNumber number;
            const qsizetype from = m_normalized.sourcePosition(span.start + token.start);
            const qsizetype to = m_normalized.sourcePosition(span.start + token.end - 1) + 1;
            number.range = { from, qMax<qsizetype>(0, to - from) };
            number.text = line.mid(token.start, token.length());
            number.reason = token.excluded && *token.excluded != MissReason::Quoted ? *token.excluded : reason;
            number.sentence = line;
            m_result.missed.append(number);
        }
    }

    void addSection(Document &document, const QString &title, const Assembled &assembled, ExtractedSection extracted,
        const QString &id)
    {
        Section section;
        section.id = id;
        section.title
            = title.trimmed().isEmpty() ? QStringLiteral("第%1部分").arg(document.sections.size() + 1) : title;
        section.text = assembled.text;
        QList<int> newIndex(extracted.indicators.size(), -1);
        for (qsizetype k = 0; k < extracted.indicators.size(); ++k) {
            Indicator indicator = extracted.indicators.at(k);
            if (!sanitize(indicator))
                continue;
            newIndex[k] = int(section.indicators.size());
            indicator.id = QStringLiteral("%1-i%2").arg(id).arg(section.indicators.size() + 1);
            // English where it does not depend on the sentence; the rest is the reviewer's.
            indicator.unitEn = EnglishWords::unit(indicator.unit);
            indicator.valueTextEn = EnglishWords::outcome(indicator.valueText);
            section.indicators.append(indicator);
        }
        QList<FoundFigure> figures;
        QList<std::pair<int, int>> order; // indicator, figure
        for (const ExtractedFigure &figure : std::as_const(extracted.figures)) {
            const int index
                = figure.indicator >= 0 && figure.indicator < newIndex.size() ? newIndex.at(figure.indicator) : -1;
            if (index < 0) {
                extracted.missed.append(
                    { figure.start, figure.length, MissReason::Unrecognised, figure.start, figure.length });
                continue;
            }
            FoundFigure found;
            order.append({ index, int(figures.size()) });
            found.indicatorId = section.indicators.at(index).id;
            found.sectionId = id;
            found.kind = figure.kind;
            found.range = articleRange(assembled, figure.start, figure.length);
            found.text = assembled.text.mid(figure.start, figure.length);
            found.sentence = section.indicators.at(index).source;
            figures.append(found);
        }
        // In the order of the draft's indicators, each indicator's figures in the order of the text.
        std::stable_sort(order.begin(), order.end(), [](const std::pair<int, int> &a, const std::pair<int, int> &b) {
            return a.first != b.first ? a.first < b.first : a.second < b.second;
        });
        for (const auto &[indicator, figure] : std::as_const(order))
            m_result.figures.append(figures.at(figure));
        reportMisses(assembled, extracted.missed, MissReason::Unrecognised);
        document.sections.append(section);
    }

    void keyFigures(Document &document)
    {
        const QString &text = m_normalized.text;
        for (const OutlineKeyFigure &figure : std::as_const(m_outline.keyFigures)) {
            QStringList lines;
            for (const OutlineSpan &span : figure.lines)
                lines.append(ArticleOutliner::text(text, span));
            QList<const Indicator *> candidates;
            QList<QString> sectionIds;
            for (const Section &section : document.sections) {
                for (const Indicator &indicator : section.indicators) {
                    bool matches = false;
                    for (const QString &line : std::as_const(lines)) {
                        const QString probe = line.left(12);
                        matches = matches || (probe.size() >= 4 && indicator.source.contains(probe));
                    }
                    if (matches) {
                        candidates.append(&indicator);
                        sectionIds.append(section.id);
                    }
                }
            }
            const int chosen = headlineIndicator(candidates);
            if (chosen < 0 || figure.number < 1) {
                for (const OutlineSpan &span : figure.lines)
                    reportSpan(span, MissReason::OutsideSections);
                continue;
            }
            KeyFigure key;
            key.number = figure.number;
            key.text = lines.join(QLatin1Char('\n'));
            key.label = candidates.at(chosen)->name.left(24);
            key.sectionId = sectionIds.at(chosen);
            key.indicatorId = candidates.at(chosen)->id;
            document.keyFigures.append(key);
        }
        std::stable_sort(document.keyFigures.begin(), document.keyFigures.end(),
            [](const KeyFigure &a, const KeyFigure &b) { return a.number < b.number; });
    }

    QString m_displayName;
    ImportResult &m_result;
    NormalizedText m_normalized;
    ArticleOutline m_outline;
    ArticleContext m_context;
};

} // namespace

QString ArticleImporter::draftId(const QString &displayName)
{
    QString id;
    const QString base = QFileInfo(displayName).completeBaseName();
    for (const QChar c : base) {
        const char16_t u = c.unicode();
        const bool allowed
            = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
        if (allowed)
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    id = id.left(MaxIdLength);
    return id.isEmpty() ? QStringLiteral("article") : id;
}

ImportResult ArticleImporter::importText(const QString &text, const QString &displayName)
{
    ImportResult result;
    result.format = QStringLiteral("text");
    Builder(text, displayName, result).run();
    return result;
}

ImportResult ArticleImporter::importBytes(const QByteArray &bytes, const QString &displayName, const QString &suffix)
{
    const ArticleSource source = ArticleReader::readBytes(bytes, displayName, suffix);
    ImportResult result;
    if (!source.ok()) {
        result.problems = source.problems;
        result.format = source.format;
        return result;
    }
    result = importText(source.text, displayName);
    result.format = source.format;
    result.encoding = source.encoding;
    return result;
}

ImportResult ArticleImporter::importFile(const QString &path)
{
    const ArticleSource source = ArticleReader::readFile(path);
    ImportResult result;
    if (!source.ok()) {
        result.problems = source.problems;
        result.format = source.format;
        return result;
    }
    result = importText(source.text, path);
    result.format = source.format;
    result.encoding = source.encoding;
    return result;
}

} // namespace Bulletin
