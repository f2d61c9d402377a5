#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;
class SearchResultDelegate;

namespace Bulletin {
class IndicatorTableModel;
class IndicatorFilterProxyModel;
} // namespace Bulletin

// A filter over every indicator of the bulletin; choosing a hit asks to show it in its section. Hits name their
// section and mark the searched terms; a search without hits says so where the hits would be.
class IndicatorSearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorSearchPanel(Bulletin::IndicatorTableModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_field; }
    Bulletin::IndicatorFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    SearchResultDelegate *resultDelegate() const { return m_delegate; }
    // The sentence that stands in for the list when nothing matches; empty while something does.
    QString noHitsText() const;
    void focusSearch();
    void retranslate();

signals:
    void indicatorChosen(const QString &sectionId, const QString &indicatorId);

private:
    void choose(const QModelIndex &index);
    void updateCount();
    void fitValueColumn();

    Bulletin::IndicatorFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_field = nullptr;
    QCheckBox *m_province = nullptr;
    QCheckBox *m_rank = nullptr;
    QTreeView *m_view = nullptr;
    SearchResultDelegate *m_delegate = nullptr;
    QStackedWidget *m_results = nullptr;
    QLabel *m_noHits = nullptr;
    QLabel *m_count = nullptr;
};
