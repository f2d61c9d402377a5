#include "indicatorsearchpanel.h"

#include "figuredelegate.h"
#include "searchresultdelegate.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStyle>
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
    m_delegate = new SearchResultDelegate(Bulletin::IndicatorTableModel::SectionColumn, this);
    m_view->setItemDelegateForColumn(Bulletin::IndicatorTableModel::NameColumn, m_delegate);
    // The value with its unit in one column, worded in the bulletin's language.
    m_view->setItemDelegateForColumn(Bulletin::IndicatorTableModel::ValueColumn, new FigureDelegate(this));
    for (int column = 0; column < Bulletin::IndicatorTableModel::ColumnCount; ++column) {
        const bool shown = column == Bulletin::IndicatorTableModel::NameColumn
            || column == Bulletin::IndicatorTableModel::ValueColumn;
        m_view->setColumnHidden(column, !shown);
    }
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(Bulletin::IndicatorTableModel::NameColumn, QHeaderView::Stretch);
    fitValueColumn();
    connect(model, &QAbstractItemModel::modelReset, this, &IndicatorSearchPanel::fitValueColumn);
    setMinimumWidth(300);
    m_count = new QLabel(this);
    m_noHits = new QLabel(this);
    m_noHits->setObjectName(QStringLiteral("noHits"));
    m_noHits->setWordWrap(true);
    m_noHits->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noHits->setMargin(12);
    m_results = new QStackedWidget(this);
    m_results->addWidget(m_view);
    m_results->addWidget(m_noHits);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_field);
    layout->addWidget(m_province);
    layout->addWidget(m_rank);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_count);

    connect(m_field, &QLineEdit::textChanged, m_proxy, &Bulletin::IndicatorFilterProxyModel::setSearchText);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        m_delegate->setTerms(m_field->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts));
        // The filter may keep the same rows, whose marks change all the same.
        m_view->viewport()->update();
        updateCount();
    });
    connect(
        m_province, &QCheckBox::toggled, m_proxy, &Bulletin::IndicatorFilterProxyModel::setRequireProvinceComparison);
    connect(m_rank, &QCheckBox::toggled, m_proxy, &Bulletin::IndicatorFilterProxyModel::setRequireRank);
    connect(m_province, &QCheckBox::toggled, this, &IndicatorSearchPanel::updateCount);
    connect(m_rank, &QCheckBox::toggled, this, &IndicatorSearchPanel::updateCount);
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

QString IndicatorSearchPanel::noHitsText() const
{
    if (m_proxy->rowCount() > 0 || !m_proxy->sourceModel() || m_proxy->sourceModel()->rowCount() == 0)
        return {};
    const QString text = m_field->text().simplified();
    if (text.isEmpty())
        return tr("No indicator has what the ticked boxes ask for.");
    if (m_province->isChecked() || m_rank->isChecked())
        return tr("No indicator matches “%1” and has what the ticked boxes ask for.").arg(text);
    return tr("No indicator matches “%1”.").arg(text);
}

void IndicatorSearchPanel::fitValueColumn()
{
    // Measured on the words only, not by sizing the column to its contents, which lays out every row and costs
    // start-up time; capped, so that the names keep most of the panel.
    constexpr int MeasuredRows = 200;
    constexpr int Narrowest = 64;
    constexpr int Widest = 150;
    const QAbstractItemModel *model = m_proxy->sourceModel();
    const QFontMetrics metrics(m_view->font());
    int widest = 0;
    for (int row = 0; row < std::min(model->rowCount(), MeasuredRows); ++row) {
        const QString text = model->index(row, Bulletin::IndicatorTableModel::ValueColumn)
                                 .data(Bulletin::FormattedValueRole)
                                 .toString();
        widest = std::max(widest, metrics.horizontalAdvance(text));
    }
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 8;
    m_view->header()->resizeSection(
        Bulletin::IndicatorTableModel::ValueColumn, std::clamp(widest + padding, Narrowest, Widest));
}

void IndicatorSearchPanel::updateCount()
{
    m_count->setText(tr("%n indicator(s)", nullptr, m_proxy->rowCount()));
    const QString noHits = noHitsText();
    m_noHits->setText(noHits);
    m_results->setCurrentWidget(noHits.isEmpty() ? static_cast<QWidget *>(m_view) : m_noHits);
}
