#include "importresult.h"

namespace Bulletin {

QString figureKindName(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Amount:
        return QStringLiteral("amount");
    case FigureKind::Count:
        return QStringLiteral("count");
    case FigureKind::Rate:
        return QStringLiteral("rate");
    case FigureKind::Growth:
        return QStringLiteral("growth");
    case FigureKind::PointChange:
        return QStringLiteral("point-change");
    case FigureKind::Share:
        return QStringLiteral("share");
    case FigureKind::Completion:
        return QStringLiteral("completion");
    case FigureKind::Rank:
        return QStringLiteral("rank");
    case FigureKind::Comparison:
        return QStringLiteral("comparison");
    case FigureKind::Outcome:
        return QStringLiteral("outcome");
    }
    return {};
}

QString missReasonName(MissReason reason)
{
    switch (reason) {
    case MissReason::Unrecognised:
        return QStringLiteral("unrecognised");
    case MissReason::Date:
        return QStringLiteral("date");
    case MissReason::Period:
        return QStringLiteral("period");
    case MissReason::ListMarker:
        return QStringLiteral("list-marker");
    case MissReason::Ordinal:
        return QStringLiteral("ordinal");
    case MissReason::SetPhrase:
        return QStringLiteral("set-phrase");
    case MissReason::ProjectName:
        return QStringLiteral("project-name");
    case MissReason::OtherPlace:
        return QStringLiteral("other-place");
    case MissReason::Quoted:
        return QStringLiteral("quoted");
    case MissReason::Heading:
        return QStringLiteral("heading");
    case MissReason::OutsideSections:
        return QStringLiteral("outside-sections");
    }
    return {};
}

QList<MissedNumber> ImportResult::unrecognised() const
{
    QList<MissedNumber> result;
    for (const MissedNumber &number : missed) {
        if (number.reason == MissReason::Unrecognised)
            result.append(number);
    }
    return result;
}

} // namespace Bulletin
