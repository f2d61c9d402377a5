#include "chartdatamodel.h"

#include "indicatorroles.h"

#include <QHash>
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
    m_omitted = 0;
    endResetModel();
}

void ChartDataModel::setChart(std::shared_ptr<const Document> document, const ChartSpec &spec)
{
    beginResetModel();
    m_document = std::move(document);
    m_spec = spec;
    m_rows.clear();
    m_omitted = 0;
    if (m_document) {
        QHash<QString, Position> positions;
        for (int s = 0; s < m_document->sections.size(); ++s) {
            const QList<Indicator> &indicators = m_document->sections.at(s).indicators;
            for (int i = 0; i < indicators.size(); ++i)
                positions.insert(indicators.at(i).id, { s, i });
        }
        for (const QString &id : spec.indicatorIds) {
            const auto found = positions.constFind(id);
            if (found == positions.constEnd())
                continue;
            if (m_rows.size() < MaxRows)
                m_rows.append(*found);
            else
                ++m_omitted;
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

void ChartDataModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    beginResetModel();
    m_language = language;
    endResetModel();
}

int ChartDataModel::rowOf(const QString &indicatorId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (indicator(row)->id == indicatorId)
            return row;
    }
    return -1;
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
        case RankColumn:
            return rowIndicator.hasRank() ? QVariant(double(*rowIndicator.rank)) : QVariant();
        case PositionColumn:
            return double(index.row());
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
        return rowIndicator ? QVariant(rowIndicator->displayName(m_language)) : QVariant();
    }
    switch (section) {
    case CityColumn:
        return m_document->displayRegion(m_language);
    case ProvinceColumn:
        return m_document->displayComparisonRegion(m_language);
    case RankColumn:
        return tr("Rank");
    case PositionColumn:
        return tr("Position");
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
