#pragma once

#include "bulletin.h"
#include "documenteditor.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <memory>

namespace Bulletin {

// Sections as top-level rows, each with its indicators as children.
class SectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, ProvinceColumn, GapColumn, RankColumn, ColumnCount };
    Q_ENUM(Column)

    explicit SectionTreeModel(QObject *parent = nullptr);

    void setDocument(std::shared_ptr<const Document> document);
    std::shared_ptr<const Document> document() const { return m_document; }
    // The document after an edit, with what the edit changed (DocumentEditor::documentChanged): the rows it touched
    // signal dataChanged; sections and indicators added, removed or moved (within a section or into another) are
    // inserted, removed and moved; a reset only when the change cannot be told apart (or is one).
    void applyChange(std::shared_ptr<const Document> document, const DocumentChange &change);
    // Where edits go. Null, the default, keeps the tree read-only. Edits come back to the tree only through
    // applyChange(), which the editor's documentChanged is to be connected to.
    void setEditor(DocumentEditor *editor);
    DocumentEditor *editor() const { return m_editor; }
    // The field a column edits: a section's "title" in a section row, an indicator's "name", "value",
    // "province_value" or "rank" in an indicator row; empty for a column that edits none.
    static QString fieldOfColumn(int column, bool sectionRow);
    QModelIndex indexOfSection(const QString &sectionId) const;
    QModelIndex indexOfIndicator(const QString &indicatorId) const;
    // The language of names and words; views fetch them again when it changes.
    // No reset, so that selections and expanded sections survive.
    void setLanguage(Language language);
    Language language() const { return m_language; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Through the editor; false, and nothing changes, for input that is no value of the field (see
    // DocumentEditor::indicatorInput and sectionInput).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    // Section rows carry internal id 0; indicator rows carry their section's key, which stays with the section
    // wherever it moves, so that indexes kept of indicators (selections, the current row) still find their parent
    // after sections are added, removed or moved before it.
    static constexpr quintptr SectionRowId = 0;

    // The section row an indicator index belongs to, -1 for a section row or a stale index.
    int sectionOf(const QModelIndex &index) const;
    void newKeys();
    void indexKeys();
    void applyStructure(std::shared_ptr<const Document> document);
    bool applySectionEdit(std::shared_ptr<const Document> &document, const ListEdit &edit);
    bool applyIndicatorEdit(std::shared_ptr<const Document> &document);
    void emitSectionChanged(int section, bool withIndicators);

    std::shared_ptr<const Document> m_document;
    Language m_language = Language::Chinese;
    QList<quintptr> m_keys;
    QHash<quintptr, int> m_rowOfKey;
    quintptr m_nextKey = 1;
    QPointer<DocumentEditor> m_editor;
};

} // namespace Bulletin
