#include "indicatorsearchpanel.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>
#include <indicatorfilterproxymodel.h>
#include <indicatorroles.h>
#include <indicatortablemodel.h>

IndicatorSearchPanel::IndicatorSearchPanel(Bulletin::IndicatorTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new Bulletin::IndicatorFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);

    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_province = new QCheckBox(this);
    m_rank = new QCheckBox(this);
    m_view = new QTreeView(this);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    for (int column = 0; column < Bulletin::IndicatorTableModel::ColumnCount; ++column) {
        const bool shown = column == Bulletin::IndicatorTableModel::NameColumn
            || column == Bulletin::IndicatorTableModel::ValueColumn
            || column == Bulletin::IndicatorTableModel::UnitColumn;
        m_view->setColumnHidden(column, !shown);
    }
    // Fixed widths: sizing columns to their contents measures every row, which costs start-up time.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(Bulletin::IndicatorTableModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(Bulletin::IndicatorTableModel::ValueColumn, 64);
    m_view->header()->resizeSection(Bulletin::IndicatorTableModel::UnitColumn, 40);
    setMinimumWidth(300);
    m_count = new QLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_field);
    layout->addWidget(m_province);
    layout->addWidget(m_rank);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_field, &QLineEdit::textChanged, m_proxy, &Bulletin::IndicatorFilterProxyModel::setSearchText);
    connect(
        m_province, &QCheckBox::toggled, m_proxy, &Bulletin::IndicatorFilterProxyModel::setRequireProvinceComparison);
    connect(m_rank, &QCheckBox::toggled, m_proxy, &Bulletin::IndicatorFilterProxyModel::setRequireRank);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { choose(m_proxy->index(0, 0)); });
    connect(m_view, &QTreeView::activated, this, &IndicatorSearchPanel::choose);
    connect(m_view, &QTreeView::clicked, this, &IndicatorSearchPanel::choose);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &IndicatorSearchPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &IndicatorSearchPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IndicatorSearchPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &IndicatorSearchPanel::updateCount);
    retranslate();
}

void IndicatorSearchPanel::retranslate()
{
    m_field->setPlaceholderText(tr("Search indicators (Ctrl+F)"));
    m_field->setAccessibleName(tr("Search indicators"));
    m_province->setText(tr("Compared with the province"));
    m_rank->setText(tr("Ranked in the province"));
    m_view->setAccessibleName(tr("Matching indicators"));
    updateCount();
}

void IndicatorSearchPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void IndicatorSearchPanel::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit indicatorChosen(
        index.data(Bulletin::SectionIdRole).toString(), index.data(Bulletin::IndicatorIdRole).toString());
}

void IndicatorSearchPanel::updateCount()
{
    m_count->setText(tr("%n indicator(s)", nullptr, m_proxy->rowCount()));
}
