#pragma once

#include "chartstyle.h"

#include <QChartView>
#include <bulletin.h>
#include <memory>

class BulletinChart;
class QAbstractBarSeries;

namespace Bulletin {
class ChartDataModel;
} // namespace Bulletin

// A window onto one BulletinChart: it lays the chart out at its own size once the page around it has settled, and
// adds what a window has and paper does not — the interface language, hover tooltips, a highlighted indicator,
// clicks that select one, and a context menu (customContextMenuRequested; ChartExportActions supplies it).
class BulletinChartView : public QChartView
{
    Q_OBJECT
public:
    BulletinChartView(std::shared_ptr<const Bulletin::Document> document, const QString &chartId,
        const ChartStyle &style = ChartStyle::light(), QWidget *parent = nullptr);
    // A chart the document does not declare itself (DefaultCharts::overview).
    BulletinChartView(std::shared_ptr<const Bulletin::Document> document, const Bulletin::ChartSpec &spec,
        const ChartStyle &style = ChartStyle::light(), QWidget *parent = nullptr);
    ~BulletinChartView() override;

    BulletinChart *bulletinChart() const { return m_chart; }
    Bulletin::ChartDataModel *dataModel() const;
    QString chartId() const;
    QAbstractBarSeries *barSeries() const;

    const ChartStyle &chartStyle() const;
    void setChartStyle(const ChartStyle &style);
    // Chart text at this multiple of its size (the window's zoom, the presenter).
    void setTextScale(qreal scale);

    QString accessibleSummary() const;
    QString sourceLine() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void indicatorActivated(const QString &indicatorId);

public slots:
    void setHighlightedIndicator(const QString &indicatorId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    BulletinChartView(BulletinChart *chart, QWidget *parent);
    void layOutPending();
    void showToolTip(const QString &indicatorId, bool entered);
    void updateAccessibility();

    BulletinChart *m_chart;
    // A view is laid out for the first time when it gets its size.
    bool m_layoutPending = true;
    bool m_layoutQueued = false;
};
