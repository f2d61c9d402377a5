#pragma once

#include "bulletin.h"
#include "documenteditor.h"

#include <QAbstractTableModel>
#include <QPointer>
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
    // The document after an edit, with what the edit changed (DocumentEditor::documentChanged): the rows it touched
    // signal dataChanged, added, removed and moved ones are inserted, removed and moved; a reset only when the change
    // cannot be told apart (or is one).
    void applyChange(std::shared_ptr<const Document> document, const DocumentChange &change);
    // Where edits go. Null, the default, keeps the table read-only. Edits come back to the table only through
    // applyChange(), which the editor's documentChanged is to be connected to.
    void setEditor(DocumentEditor *editor);
    DocumentEditor *editor() const { return m_editor; }
    // The indicator field a column edits ("name", "value", "rank", …), empty for one that edits none.
    static QString fieldOfColumn(int column);
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
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Through the editor; false, and nothing changes, for input that is no value of the field (see
    // DocumentEditor::indicatorInput).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Position
    {
        int section;
        int indicator;
    };

    void buildRows();
    void applyStructure(std::shared_ptr<const Document> document, const DocumentChange &change);
    void emitRowsChanged(int first, int last);

    std::shared_ptr<const Document> m_document;
    Language m_language = Language::Chinese;
    QList<Position> m_rows;
    // The table row of each section's first indicator.
    QList<int> m_firstRow;
    QPointer<DocumentEditor> m_editor;
};

} // namespace Bulletin
