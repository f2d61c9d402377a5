#include "indicatortablemodel.h"

#include "indicatorformat.h"
#include "indicatorroles.h"

namespace Bulletin {

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IndicatorTableModel::setDocument(std::shared_ptr<const Document> document)
{
    beginResetModel();
    m_document = std::move(document);
    m_rows.clear();
    if (m_document) {
        m_rows.reserve(m_document->indicatorCount());
        for (int s = 0; s < m_document->sections.size(); ++s) {
            for (int i = 0; i < m_document->sections.at(s).indicators.size(); ++i)
                m_rows.append({ s, i });
        }
    }
    endResetModel();
}

void IndicatorTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex IndicatorTableModel::indexOfIndicator(const QString &indicatorId, int column) const
{
    if (!m_document)
        return {};
    int sectionIndex = -1;
    int indicatorIndex = -1;
    if (!m_document->findIndicator(indicatorId, &sectionIndex, &indicatorIndex))
        return {};
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).section == sectionIndex && m_rows.at(row).indicator == indicatorIndex)
            return index(row, column);
    }
    return {};
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const Position position = m_rows.at(index.row());
    const Section &section = m_document->sections.at(position.section);
    const Indicator &indicator = section.indicators.at(position.indicator);

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SectionColumn:
            return section.displayTitle(m_language);
        case NameColumn:
            return indicator.displayName(m_language);
        case ValueColumn:
            return indicator.valueText.isEmpty() && indicator.value ? IndicatorFormat::number(*indicator.value)
                                                                    : IndicatorFormat::value(indicator);
        case UnitColumn:
            return indicator.unit;
        case ProvinceColumn:
            return indicator.provinceValue ? IndicatorFormat::number(*indicator.provinceValue)
                    + (indicator.provinceDerived ? QStringLiteral("*") : QString())
                                           : QString();
        case GapColumn:
            return IndicatorFormat::gap(indicator, m_language);
        case RankColumn:
            return IndicatorFormat::rank(indicator, m_language);
        case PeriodColumn:
            return indicator.period.isEmpty() ? m_document->displayPeriod(m_language) : indicator.period;
        case SourceColumn:
            return indicator.source;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ProvinceColumn && indicator.provinceDerived)
            return tr("Derived from the stated gap: %1").arg(indicator.source);
        return indicator.source;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case ValueColumn:
        case ProvinceColumn:
        case GapColumn:
        case RankColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case ValueColumn:
            return indicator.value ? QVariant(*indicator.value) : QVariant();
        case ProvinceColumn:
            return indicator.provinceValue ? QVariant(*indicator.provinceValue) : QVariant();
        case GapColumn:
            return indicator.gap() ? QVariant(*indicator.gap()) : QVariant();
        case RankColumn:
            return indicator.rank ? QVariant(*indicator.rank) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return IndicatorRoles::data(*m_document, position.section, position.indicator, role);
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectionColumn:
        return tr("Section");
    case NameColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case ProvinceColumn:
        return tr("Province");
    case GapColumn:
        return tr("Gap");
    case RankColumn:
        return tr("Rank");
    case PeriodColumn:
        return tr("Period");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

QHash<int, QByteArray> IndicatorTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IndicatorRoles::roleNames());
    return names;
}

} // namespace Bulletin
