#pragma once

#include "bulletin.h"

#include <QAbstractItemModel>
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

private:
    // Section rows carry internal id 0; indicator rows carry their section's index + 1.
    static constexpr quintptr SectionRowId = 0;

    std::shared_ptr<const Document> m_document;
    Language m_language = Language::Chinese;
};

} // namespace Bulletin
