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
    // The language of names and words; views fetch them again when it changes.
    // No reset, so that selections and current rows survive.
    void setLanguage(Language language);
    Language language() const { return m_language; }

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
    QList<Position> m_rows;
};

} // namespace Bulletin
