#pragma once

#include "bulletin.h"

#include <QAbstractTableModel>
#include <memory>

namespace Bulletin {

// Every indicator of a bulletin as one flat table, in section order.
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SectionColumn,
        NameColumn,
        ValueColumn,
        UnitColumn,
        ProvinceColumn,
        GapColumn,
        RankColumn,
        PeriodColumn,
        SourceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit IndicatorTableModel(QObject *parent = nullptr);

    void setDocument(std::shared_ptr<const Document> document);
    std::shared_ptr<const Document> document() const { return m_document; }
    QModelIndex indexOfIndicator(const QString &indicatorId, int column = NameColumn) const;
    // Names and words follow the interface language (englishPreferred()); after it changed, views fetch them again.
    // No reset, so that selections and current rows survive.
    void retranslate();

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
    QList<Position> m_rows;
};

} // namespace Bulletin
