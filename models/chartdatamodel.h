#pragma once

#include "bulletin.h"

#include <QAbstractTableModel>
#include <memory>
#include <optional>

namespace Bulletin {

// The figures of one declared chart, one row per indicator, for bar model mappers to read.
class ChartDataModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CityColumn,
        ProvinceColumn,
        // rankOf - rank + 1, so that the best rank draws the longest bar; scaled to the chart's largest rankOf,
        // so that 1st of 13 ("除长沙外") is as long as 1st of 14.
        RankScoreColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // What the rank was taken against when not the whole comparison region ("除长沙外").
        RankScopeRole = Qt::UserRole + 200,
    };

    explicit ChartDataModel(QObject *parent = nullptr);

    // Finds the chart among the document's sections; no rows when there is none of that id.
    void setChart(std::shared_ptr<const Document> document, const QString &chartId);
    // A chart the document does not declare itself (DefaultCharts::overview).
    void setChart(std::shared_ptr<const Document> document, const ChartSpec &spec);

    std::shared_ptr<const Document> document() const { return m_document; }
    // Null when no chart of that id was found.
    const ChartSpec *chartSpec() const;
    // The unit every indicator of the chart shares; empty when they differ.
    QString unit() const;
    QString indicatorId(int row) const;
    // Names follow the interface language (englishPreferred()); after it changed, a reset makes bar model mappers
    // take the regions' names again.
    void retranslate();
    const Indicator *indicator(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Position
    {
        int section;
        int indicator;
    };

    std::shared_ptr<const Document> m_document;
    std::optional<ChartSpec> m_spec;
    QList<Position> m_rows;

    int widestRankOf() const;
};

} // namespace Bulletin
