#include "chartgrid.h"

#include "bulletinchartview.h"

#include <QGridLayout>
#include <QResizeEvent>
#include <algorithm>

namespace {

constexpr int Spacing = 8;

} // namespace

ChartGrid::ChartGrid(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(Spacing);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChartGrid::addChart(BulletinChartView *chart)
{
    chart->setParent(this);
    chart->setMinimumSize(0, 0);
    m_charts.append(chart);
    arrange(columnsFor(width() > 0 ? width() : m_minimumColumnWidth));
}

void ChartGrid::setMinimumColumnWidth(int width)
{
    m_minimumColumnWidth = std::max(100, width);
    arrange(columnsFor(this->width()));
}

int ChartGrid::columnsFor(int width) const
{
    const int count = int(m_charts.size());
    if (count == 0)
        return 1;
    return std::clamp((width + Spacing) / (m_minimumColumnWidth + Spacing), 1, count);
}

int ChartGrid::heightForWidth(int width) const
{
    const int columns = columnsFor(width);
    const int columnWidth = (width - (columns - 1) * Spacing) / columns;
    int height = 0;
    for (int start = 0; start < m_charts.size(); start += columns) {
        int rowHeight = 0;
        for (int i = start; i < std::min<int>(start + columns, int(m_charts.size())); ++i)
            rowHeight = std::max(rowHeight, m_charts.at(i)->heightForWidth(columnWidth));
        height += rowHeight + (start > 0 ? Spacing : 0);
    }
    return height;
}

QSize ChartGrid::sizeHint() const
{
    const int width = std::max(m_minimumColumnWidth, this->width());
    return { width, heightForWidth(width) };
}

QSize ChartGrid::minimumSizeHint() const
{
    return { std::min(m_minimumColumnWidth, 320), 0 };
}

void ChartGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns = columnsFor(event->size().width());
    if (columns != m_columns)
        arrange(columns);
    // Row heights follow the width.
    const int height = heightForWidth(event->size().width());
    if (minimumHeight() != height)
        setMinimumHeight(height);
}

void ChartGrid::arrange(int columns)
{
    m_columns = columns;
    for (BulletinChartView *chart : std::as_const(m_charts))
        m_layout->removeWidget(chart);
    for (int i = 0; i < m_charts.size(); ++i)
        m_layout->addWidget(m_charts.at(i), i / columns, i % columns);
    for (int column = 0; column < columns; ++column)
        m_layout->setColumnStretch(column, 1);
    for (int column = columns; column < m_layout->columnCount(); ++column)
        m_layout->setColumnStretch(column, 0);
    updateGeometry();
}
