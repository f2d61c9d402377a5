#include "chartdatamodel.h"

#include "indicatorroles.h"

#include <algorithm>

namespace Bulletin {

ChartDataModel::ChartDataModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChartDataModel::setChart(std::shared_ptr<const Document> document, const QString &chartId)
{
    if (document) {
        for (const Section &section : document->sections) {
            for (const ChartSpec &spec : section.charts) {
                if (spec.id == chartId) {
                    setChart(std::move(document), spec);
                    return;
                }
            }
        }
    }
    beginResetModel();
    m_document = std::move(document);
    m_spec.reset();
    m_rows.clear();
    endResetModel();
}

int ChartDataModel::widestRankOf() const
{
    int widest = 1;
    for (const Position &position : m_rows) {
        const Indicator &indicator = m_document->sections.at(position.section).indicators.at(position.indicator);
        if (indicator.hasRank())
            widest = std::max(widest, *indicator.rankOf);
    }
    return widest;
}

void ChartDataModel::setChart(std::shared_ptr<const Document> document, const ChartSpec &spec)
{
    beginResetModel();
    m_document = std::move(document);
    m_spec = spec;
    m_rows.clear();
    if (m_document) {
        for (const QString &id : spec.indicatorIds) {
            Position position { -1, -1 };
            if (m_document->findIndicator(id, &position.section, &position.indicator))
                m_rows.append(position);
        }
    }
    endResetModel();
}

const ChartSpec *ChartDataModel::chartSpec() const
{
    return m_spec ? &*m_spec : nullptr;
}

QString ChartDataModel::unit() const
{
    QString shared;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString rowUnit = indicator(row)->unit;
        if (row == 0)
            shared = rowUnit;
        else if (rowUnit != shared)
            return {};
    }
    return shared;
}

void ChartDataModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

QString ChartDataModel::indicatorId(int row) const
{
    const Indicator *rowIndicator = indicator(row);
    return rowIndicator ? rowIndicator->id : QString();
}

const Indicator *ChartDataModel::indicator(int row) const
{
    if (!m_document || row < 0 || row >= m_rows.size())
        return nullptr;
    const Position position = m_rows.at(row);
    return &m_document->sections.at(position.section).indicators.at(position.indicator);
}

int ChartDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChartDataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const Position position = m_rows.at(index.row());
    const Indicator &rowIndicator = m_document->sections.at(position.section).indicators.at(position.indicator);

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case CityColumn:
            return rowIndicator.value ? QVariant(*rowIndicator.value) : QVariant();
        case ProvinceColumn:
            return rowIndicator.provinceValue ? QVariant(*rowIndicator.provinceValue) : QVariant();
        case RankScoreColumn:
            return rowIndicator.hasRank() ? QVariant(double(*rowIndicator.rankOf - *rowIndicator.rank + 1)
                       * widestRankOf() / std::max(1, *rowIndicator.rankOf))
                                          : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return rowIndicator.source;
    if (role == RankScopeRole)
        return rowIndicator.rankScope;
    return IndicatorRoles::data(*m_document, position.section, position.indicator, role);
}

QVariant ChartDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_document)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        const Indicator *rowIndicator = indicator(section);
        return rowIndicator ? QVariant(rowIndicator->displayName()) : QVariant();
    }
    switch (section) {
    case CityColumn:
        return m_document->displayRegion();
    case ProvinceColumn:
        return m_document->displayComparisonRegion();
    case RankScoreColumn:
        return tr("Rank score");
    default:
        return {};
    }
}

QHash<int, QByteArray> ChartDataModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IndicatorRoles::roleNames());
    names.insert(RankScopeRole, "rankScope");
    return names;
}

} // namespace Bulletin
