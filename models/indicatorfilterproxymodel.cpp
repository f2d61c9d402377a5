#include "indicatorfilterproxymodel.h"

#include "indicatorroles.h"

#include <algorithm>

namespace Bulletin {

IndicatorFilterProxyModel::IndicatorFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(SortRole);
}

void IndicatorFilterProxyModel::setSearchText(const QString &text)
{
    // simplified() turns every kind of whitespace (tabs, the ideographic space of Chinese input) into ' '.
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    m_termSensitivity.clear();
    for (const QString &term : terms) {
        const bool caseless = term.toLower() == term && term.toUpper() == term && term.toCaseFolded() == term;
        m_termSensitivity.append(caseless ? Qt::CaseSensitive : Qt::CaseInsensitive);
    }
    invalidateRowsFilter();
}

void IndicatorFilterProxyModel::setRequireProvinceComparison(bool require)
{
    if (require == m_requireProvince)
        return;
    m_requireProvince = require;
    invalidateRowsFilter();
}

void IndicatorFilterProxyModel::setRequireRank(bool require)
{
    if (require == m_requireRank)
        return;
    m_requireRank = require;
    invalidateRowsFilter();
}

void IndicatorFilterProxyModel::setSectionId(const QString &sectionId)
{
    if (sectionId == m_sectionId)
        return;
    m_sectionId = sectionId;
    invalidateRowsFilter();
}

bool IndicatorFilterProxyModel::isFiltering() const
{
    return !m_terms.isEmpty() || m_requireProvince || m_requireRank || !m_sectionId.isEmpty();
}

bool IndicatorFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString indicatorId = index.data(IndicatorIdRole).toString();
    if (indicatorId.isEmpty()) {
        // A section row of the tree: kept when unfiltered, else only for its matching children.
        if (!m_sectionId.isEmpty() && index.data(SectionIdRole).toString() != m_sectionId)
            return false;
        return !isFiltering() || (m_terms.isEmpty() && !m_requireProvince && !m_requireRank);
    }
    if (!m_sectionId.isEmpty() && index.data(SectionIdRole).toString() != m_sectionId)
        return false;
    if (m_requireProvince && !index.data(ProvinceValueRole).isValid())
        return false;
    if (m_requireRank && !index.data(RankRole).isValid())
        return false;
    if (m_terms.isEmpty())
        return true;
    // Searched field by field, without joining them: this runs for every row on every keystroke. Terms hold no
    // whitespace, so no match can span two fields.
    const QString fields[] = { index.data(NameRole).toString(), indicatorId, index.data(SectionTitleRole).toString(),
        index.data(NameEnRole).toString(), index.data(SectionTitleEnRole).toString(),
        index.data(SourceRole).toString() };
    for (qsizetype t = 0; t < m_terms.size(); ++t) {
        const QString &term = m_terms.at(t);
        const Qt::CaseSensitivity sensitivity = m_termSensitivity.at(t);
        const bool found = std::any_of(std::cbegin(fields), std::cend(fields),
            [&](const QString &field) { return field.contains(term, sensitivity); });
        if (!found)
            return false;
    }
    return true;
}

} // namespace Bulletin
