#pragma once

#include "chartstyle.h"

#include <QChartView>
#include <QHash>
#include <bulletin.h>
#include <memory>

class QAbstractBarSeries;
class QBarSet;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QVBarModelMapper;
class QValueAxis;

namespace Bulletin {
class ChartDataModel;
} // namespace Bulletin

// One chart declared by a bulletin, drawn as a view over a ChartDataModel: horizontal bars so that
// long indicator names get the whole left side, a source line inside the scene so that exports
// rendering the scene carry it. Its words follow the interface language, also when it changes.
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

    Bulletin::ChartDataModel *dataModel() const { return m_model; }
    QString chartId() const { return m_chartId; }
    QAbstractBarSeries *barSeries() const;

    const ChartStyle &chartStyle() const { return m_style; }
    void setChartStyle(const ChartStyle &style);

    // The chart in one sentence, for screen readers and tooltips.
    QString accessibleSummary() const;
    // "数据来源：… · period" ("Source: … · period" in English), as drawn under the plot.
    QString sourceLine() const;

    QSize sizeHint() const override { return { 900, 420 }; }

    // Lays the chart out at size for drawing its scene elsewhere (exports, the briefing) from a view that is
    // never shown, and so never resized.
    void layOutForRendering(const QSizeF &size);

signals:
    void indicatorActivated(const QString &indicatorId);

protected:
    // Export as PNG, SVG or PDF and copy to the clipboard (ChartExportActions).
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    BulletinChartView(const QString &chartId, const ChartStyle &style, QWidget *parent);
    void rebuild();
    void layOutPending();
    void fitBeforeLayout(const QSizeF &size);
    void handleBarSetsAdded(const QList<QBarSet *> &sets);
    void applyStyle();
    void styleBarSets();
    void fitToPlotArea(const QRectF &plotArea);
    void fitCategoryLabels(const QRectF &plotArea);
    void fitValueAxis(const QRectF &plotArea);
    void layoutFooter();
    void layoutFooterFor(const QSizeF &chartSize);
    QRectF estimatedPlotArea(const QSizeF &chartSize) const;
    QStringList categoryLabels(int lines) const;
    QString categoryDetail(int row) const;
    QString footnote() const;
    bool allProvinceDerived() const;
    bool anyProvinceDerived() const;

    QString m_chartId;
    ChartStyle m_style;
    Bulletin::ChartDataModel *m_model = nullptr;
    QChart *m_chart = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QVBarModelMapper *m_mapper = nullptr;
    QCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QGraphicsSimpleTextItem *m_footer = nullptr;
    bool m_fitting = false;
    // A view is laid out for the first time when it gets its size.
    bool m_layoutPending = true;
    bool m_layoutQueued = false;
    // Category labels are rebuilt from these when the plot's height changes.
    int m_labelLines = 0;
    qreal m_labelPointSize = 0;
    QHash<int, qreal> m_tallestLabel; // by lines * 1000 + point size * 10
    mutable QPair<QString, qreal> m_titleHeight;
};
