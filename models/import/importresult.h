#pragma once

#include "bulletin.h"
#include "loadproblem.h"

#include <QList>
#include <QString>
#include <memory>

namespace Bulletin {

// What a figure of the article says about its indicator.
enum class FigureKind {
    Amount, // a sum with a unit of measure: 50.28亿元, 11.81万人
    Count, // a number of things: 241个, 359家
    Rate, // a level in percent that is neither a growth nor a share: 开复工率达100%
    Growth, // a change: 增长1.7%, 下降3.2%, 增长2.3倍, 比年初增加52亿元
    PointChange, // a change in percentage points: 同比提高1.1个百分点
    Share, // a part of a whole: 占…的比重, 税占比, 贡献率
    Completion, // a share of a target: 完成全年目标计划的120%
    Rank, // a place among the comparison region's units: 居全省第5位
    Comparison, // a provincial value or gap: 高出全省平均水平0.4个百分点
    Outcome, // a result in words: 零死亡, 清零, 双过半
};

// Why a number of the article became no figure.
enum class MissReason {
    Unrecognised, // a number that no rule understood: for the reviewer to look at
    Date, // 2020年, 7月16日
    Period, // 1—6月, 6月份, 近10年来
    ListMarker, // 1. or （1） opening a paragraph, 第一， opening a sentence
    Ordinal, // 第一批, 第二届: an order, not a rank
    SetPhrase, // 5G, 5A级, 第一产业, 三级航道
    ProjectName, // a capacity inside a project's name: 年产40万副车灯项目
    OtherPlace, // a figure of the province, the country or another city
    Quoted, // inside quotation marks or a title: “三个一”, 《2020年…》
    Heading, // in a title or heading, which is no section text
    OutsideSections, // in the byline or the headline block, not repeated by the sections
};

QString figureKindName(FigureKind kind);
QString missReasonName(MissReason reason);

// Characters of ImportResult::articleText.
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
};

struct FoundFigure
{
    QString indicatorId;
    QString sectionId;
    FigureKind kind = FigureKind::Amount;
    TextRange range; // the number (or the words of an outcome) in articleText
    QString text; // the number as the draft's section text writes it
    QString sentence; // the indicator's source
};

struct MissedNumber
{
    TextRange range;
    QString text;
    MissReason reason = MissReason::Unrecognised;
    QString sentence;
};

// A draft bulletin read from an article, with what was found and what was not, for a person to review.
struct ImportResult
{
    std::shared_ptr<Document> draft; // null when the article could not be read
    QList<FoundFigure> figures; // in the order of the draft's indicators
    QList<MissedNumber> missed; // in the order of the text
    QList<LoadProblem> problems; // why there is no draft; empty otherwise
    QString articleText; // the article as read (line feeds only); ranges point into it
    QString format; // "text", "html" or "docx"
    QString encoding; // "UTF-8" or "GB18030" for text and HTML

    bool ok() const { return draft != nullptr && problems.isEmpty(); }
    QList<MissedNumber> unrecognised() const;
};

} // namespace Bulletin
