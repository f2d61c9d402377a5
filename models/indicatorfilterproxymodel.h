#pragma once

#include <QSortFilterProxyModel>

namespace Bulletin {

// Filters indicator rows of the table or the tree model by text and by what the figures carry.
class IndicatorFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit IndicatorFilterProxyModel(QObject *parent = nullptr);

    // Every whitespace-separated term must occur in the name or English name, the section's title in either language,
    // the source or the id: whichever language the names are shown in, both find the indicator.
    void setSearchText(const QString &text);
    QString searchText() const { return m_terms.join(QLatin1Char(' ')); }
    void setRequireProvinceComparison(bool require);
    bool requiresProvinceComparison() const { return m_requireProvince; }
    void setRequireRank(bool require);
    bool requiresRank() const { return m_requireRank; }
    void setSectionId(const QString &sectionId);
    QString sectionId() const { return m_sectionId; }

    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
    // Terms without cased letters (Chinese, digits) are searched case-sensitively: the same result, much faster.
    QList<Qt::CaseSensitivity> m_termSensitivity;
    bool m_requireProvince = false;
    bool m_requireRank = false;
    QString m_sectionId;
};

} // namespace Bulletin
