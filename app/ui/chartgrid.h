#pragma once

#include <QList>
#include <QWidget>

class BulletinChartView;
class QGridLayout;

// A section's charts in as many columns as the width holds, each at least minimumColumnWidth wide, so that no
// chart is cut off or needs a horizontal scroll bar; each row as tall as its tallest chart asks at that width.
class ChartGrid : public QWidget
{
    Q_OBJECT
public:
    // A column's least width at the normal text size, in pixels.
    static constexpr int DefaultColumnWidth = 460;

    explicit ChartGrid(QWidget *parent = nullptr);

    void addChart(BulletinChartView *chart);
    QList<BulletinChartView *> charts() const { return m_charts; }
    int columnCount() const { return m_columns; }
    // Grows with the charts' text (zoom, presenter).
    void setMinimumColumnWidth(int width);
    int minimumColumnWidth() const { return m_minimumColumnWidth; }
    // How many columns a grid this wide shows.
    int columnsFor(int width) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int columns);

    QGridLayout *m_layout;
    QList<BulletinChartView *> m_charts;
    int m_columns = 0;
    int m_minimumColumnWidth = DefaultColumnWidth;
};
