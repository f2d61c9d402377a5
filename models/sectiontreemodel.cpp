#include "sectiontreemodel.h"

#include "indicatorformat.h"
#include "indicatorroles.h"

namespace Bulletin {

SectionTreeModel::SectionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SectionTreeModel::setDocument(std::shared_ptr<const Document> document)
{
    beginResetModel();
    m_document = std::move(document);
    endResetModel();
}

void SectionTreeModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_document || m_document->sections.isEmpty())
        return;
    const int sections = int(m_document->sections.size());
    emit dataChanged(index(0, 0), index(sections - 1, ColumnCount - 1));
    for (int s = 0; s < sections; ++s) {
        const int indicators = int(m_document->sections.at(s).indicators.size());
        if (indicators > 0)
            emit dataChanged(index(0, 0, index(s, 0)), index(indicators - 1, ColumnCount - 1, index(s, 0)));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex SectionTreeModel::indexOfSection(const QString &sectionId) const
{
    if (!m_document)
        return {};
    for (int s = 0; s < m_document->sections.size(); ++s) {
        if (m_document->sections.at(s).id == sectionId)
            return index(s, NameColumn);
    }
    return {};
}

QModelIndex SectionTreeModel::indexOfIndicator(const QString &indicatorId) const
{
    int sectionIndex = -1;
    int indicatorIndex = -1;
    if (!m_document || !m_document->findIndicator(indicatorId, &sectionIndex, &indicatorIndex))
        return {};
    return index(indicatorIndex, NameColumn, index(sectionIndex, NameColumn));
}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionRowId)
        return {};
    return createIndex(int(child.internalId() - 1), NameColumn, SectionRowId);
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return int(m_document->sections.size());
    if (parent.internalId() != SectionRowId || parent.column() != NameColumn)
        return 0;
    return int(m_document->sections.at(parent.row()).indicators.size());
}

int SectionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return {};
    if (index.internalId() == SectionRowId) {
        const Section &section = m_document->sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(section.displayTitle(m_language)) : QVariant();
        case Qt::ToolTipRole: {
            // The title in the other language, when there is one.
            const QString other = section.displayTitle(m_language) == section.title ? section.titleEn : section.title;
            return other.isEmpty() ? QVariant() : QVariant(other);
        }
        case SectionIdRole:
            return section.id;
        case SectionTitleRole:
            return section.title;
        case SectionTitleEnRole:
            return section.titleEn;
        case SectionIndexRole:
            return index.row();
        default:
            return {};
        }
    }

    const int sectionIndex = int(index.internalId() - 1);
    const Indicator &indicator = m_document->sections.at(sectionIndex).indicators.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return indicator.displayName(m_language);
        case ValueColumn:
            return IndicatorFormat::value(indicator);
        case ProvinceColumn:
            return IndicatorFormat::provinceValue(indicator);
        case GapColumn:
            return IndicatorFormat::gap(indicator, m_language);
        case RankColumn:
            return IndicatorFormat::rank(indicator, m_language);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return indicator.source;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return IndicatorRoles::data(*m_document, sectionIndex, index.row(), role);
}

QVariant SectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Section / indicator");
    case ValueColumn:
        return tr("Value");
    case ProvinceColumn:
        return tr("Province");
    case GapColumn:
        return tr("Gap");
    case RankColumn:
        return tr("Rank");
    default:
        return {};
    }
}

QHash<int, QByteArray> SectionTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IndicatorRoles::roleNames());
    return names;
}

} // namespace Bulletin
