#include "bulletin.h"

namespace Bulletin {

QString preferred(Language language, const QString &chinese, const QString &english)
{
    return !english.isEmpty() && language == Language::English ? english : chinese;
}

QString Section::displayShortTitle(Language language) const
{
    if (language == Language::English) {
        for (const QString *candidate : { &titleShortEn, &titleEn }) {
            if (!candidate->isEmpty())
                return *candidate;
        }
    }
    return titleShort.isEmpty() ? title : titleShort;
}

int Document::indicatorCount() const
{
    int count = 0;
    for (const Section &section : sections)
        count += int(section.indicators.size());
    return count;
}

const Section *Document::findSection(const QString &sectionId) const
{
    for (const Section &section : sections) {
        if (section.id == sectionId)
            return &section;
    }
    return nullptr;
}

const Indicator *Document::findIndicator(const QString &indicatorId, int *sectionIndex, int *indicatorIndex) const
{
    for (int s = 0; s < sections.size(); ++s) {
        const QList<Indicator> &indicators = sections.at(s).indicators;
        for (int i = 0; i < indicators.size(); ++i) {
            if (indicators.at(i).id != indicatorId)
                continue;
            if (sectionIndex)
                *sectionIndex = s;
            if (indicatorIndex)
                *indicatorIndex = i;
            return &indicators.at(i);
        }
    }
    return nullptr;
}

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Comparison:
        return QStringLiteral("comparison");
    case ChartKind::Ranking:
        return QStringLiteral("ranking");
    case ChartKind::Bars:
        return QStringLiteral("bars");
    }
    return {};
}

std::optional<ChartKind> chartKindFromName(const QString &name)
{
    for (ChartKind kind : { ChartKind::Comparison, ChartKind::Ranking, ChartKind::Bars }) {
        if (chartKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace Bulletin
