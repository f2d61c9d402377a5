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
        // The rank itself, 1 best, for a rank axis.
        RankColumn,
        // The row's place on the category axis, for series that plot a point per row (rank dots).
        PositionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // What the rank was taken against when not the whole comparison region ("除长沙外").
        RankScopeRole = Qt::UserRole + 200,
    };

    // A chart shows at most this many indicators, the first in the declared order: beyond it bars are thinner than a
    // line of text, and drawing cost would grow with what a file declares.
    static constexpr int MaxRows = 40;

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
    // The row showing that indicator, -1 when none does.
    int rowOf(const QString &indicatorId) const;
    // Indicators the chart declares that are not shown (beyond MaxRows).
    int omittedCount() const { return m_omitted; }
    // The language of names; a change resets the model, so that bar model mappers take the regions' names again.
    void setLanguage(Language language);
    Language language() const { return m_language; }
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
    Language m_language = Language::Chinese;
    std::optional<ChartSpec> m_spec;
    QList<Position> m_rows;
    int m_omitted = 0;
};

} // namespace Bulletin
