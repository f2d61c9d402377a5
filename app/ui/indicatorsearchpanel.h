#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Bulletin {
class IndicatorTableModel;
class IndicatorFilterProxyModel;
} // namespace Bulletin

// A filter over every indicator of the bulletin; choosing a hit asks to show it in its section.
class IndicatorSearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorSearchPanel(Bulletin::IndicatorTableModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_field; }
    Bulletin::IndicatorFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    void focusSearch();
    void retranslate();

signals:
    void indicatorChosen(const QString &sectionId, const QString &indicatorId);

private:
    void choose(const QModelIndex &index);
    void updateCount();

    Bulletin::IndicatorFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_field = nullptr;
    QCheckBox *m_province = nullptr;
    QCheckBox *m_rank = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_count = nullptr;
};
