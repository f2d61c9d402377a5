#pragma once

#include "articlecontext.h"
#include "bulletin.h"
#include "importresult.h"

#include <QList>
#include <QString>
#include <utility>

namespace Bulletin {

// Where a figure is in the text given to FigureExtractor.
struct ExtractedFigure
{
    int indicator = -1; // into ExtractedSection::indicators
    FigureKind kind = FigureKind::Amount;
    qsizetype start = 0;
    qsizetype length = 0;
};

struct ExtractedMiss
{
    qsizetype start = 0;
    qsizetype length = 0;
    MissReason reason = MissReason::Unrecognised;
    qsizetype sentenceStart = 0;
    qsizetype sentenceLength = 0;
};

struct ExtractedSection
{
    QList<Indicator> indicators; // without ids; each source is a sentence of the text
    QList<ExtractedFigure> figures;
    QList<ExtractedMiss> missed;
};

// The figures of a section's text, sentence by sentence and clause by clause: amounts and counts, growth, changes in
// percentage points, shares and completion, ranks, provincial values stated or implied, lists ("A、B分别增长…") and
// outcomes in words (零死亡, 清零, 双过半). A clause without a subject of its own ("，高出全省0.4个百分点", "，排名
// 全省第二") says more about the figure before it.
class FigureExtractor
{
public:
    // Longer sentences are read in pieces: no sentence of an article runs that long, and the rules stay linear.
    static constexpr qsizetype MaxSentenceLength = 600;

    explicit FigureExtractor(const ArticleContext &context);
    ExtractedSection extract(const QString &text) const;
    // The sentences of a text as (start, length): up to 。！？；or a line's end, not counting those inside quotation
    // marks; the mark that ends a sentence is not part of it.
    static QList<std::pair<qsizetype, qsizetype>> sentences(QStringView text);

private:
    ArticleContext m_context;
};

} // namespace Bulletin
