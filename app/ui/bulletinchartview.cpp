#include "bulletinchartview.h"

#include "applanguage.h"
#include "bulletinchart.h"

#include <QCursor>
#include <QHorizontalBarSeries>
#include <QResizeEvent>
#include <QToolTip>
#include <chartdatamodel.h>

BulletinChartView::BulletinChartView(std::shared_ptr<const Bulletin::Document> document, const QString &chartId,
    const ChartStyle &style, QWidget *parent)
    : BulletinChartView(new BulletinChart(std::move(document), chartId, AppLanguage::bulletinLanguage(), style), parent)
{ }

BulletinChartView::BulletinChartView(std::shared_ptr<const Bulletin::Document> document,
    const Bulletin::ChartSpec &spec, const ChartStyle &style, QWidget *parent)
    : BulletinChartView(new BulletinChart(std::move(document), spec, AppLanguage::bulletinLanguage(), style), parent)
{ }

// Given its chart at construction: QChartView(parent) makes a default chart that setChart() would release without
// deleting. The view's scene owns the chart.
BulletinChartView::BulletinChartView(BulletinChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_chart(chart)
{
    setRenderHint(QPainter::Antialiasing);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setBackgroundBrush(m_chart->chartStyle().background);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_chart->holdLayout(true);
    connect(m_chart, &BulletinChart::indicatorClicked, this, &BulletinChartView::indicatorActivated);
    connect(m_chart, &BulletinChart::indicatorHovered, this, &BulletinChartView::showToolTip);
    updateAccessibility();
}

BulletinChartView::~BulletinChartView() = default;

Bulletin::ChartDataModel *BulletinChartView::dataModel() const
{
    return m_chart->dataModel();
}

QString BulletinChartView::chartId() const
{
    return m_chart->chartId();
}

QAbstractBarSeries *BulletinChartView::barSeries() const
{
    return m_chart->barSeries();
}

const ChartStyle &BulletinChartView::chartStyle() const
{
    return m_chart->chartStyle();
}

void BulletinChartView::setChartStyle(const ChartStyle &style)
{
    setBackgroundBrush(style.background);
    m_chart->setChartStyle(style);
}

void BulletinChartView::setTextScale(qreal scale)
{
    m_chart->setTextScale(scale);
    m_layoutPending = true;
    updateGeometry();
    update();
}

void BulletinChartView::setHighlightedIndicator(const QString &indicatorId)
{
    m_chart->setHighlightedIndicator(indicatorId);
}

QString BulletinChartView::accessibleSummary() const
{
    return m_chart->accessibleSummary();
}

QString BulletinChartView::sourceLine() const
{
    return m_chart->sourceLine();
}

QSize BulletinChartView::sizeHint() const
{
    return { 900, heightForWidth(900) };
}

QSize BulletinChartView::minimumSizeHint() const
{
    return { int(320 * m_chart->textScale()), int(200 * m_chart->textScale()) };
}

int BulletinChartView::heightForWidth(int width) const
{
    return int(std::ceil(m_chart->preferredHeight(width)));
}

void BulletinChartView::showToolTip(const QString &indicatorId, bool entered)
{
    if (!entered || indicatorId.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_chart->toolTip(m_chart->dataModel()->rowOf(indicatorId)), this);
}

void BulletinChartView::updateAccessibility()
{
    setAccessibleName(m_chart->plainTitle());
    setAccessibleDescription(m_chart->accessibleSummary());
}

// A page being laid out resizes its charts several times before they are first painted, and laying a chart out is
// the costliest part of start-up: lay out once, at the size that gets painted, or soon after for a chart scrolled
// out of sight.
void BulletinChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    m_layoutPending = true;
    m_chart->holdLayout(true);
    if (m_layoutQueued)
        return;
    m_layoutQueued = true;
    QMetaObject::invokeMethod(this, &BulletinChartView::layOutPending, Qt::QueuedConnection);
}

void BulletinChartView::paintEvent(QPaintEvent *event)
{
    layOutPending();
    QChartView::paintEvent(event);
}

void BulletinChartView::layOutPending()
{
    m_layoutQueued = false;
    if (!m_layoutPending)
        return;
    m_layoutPending = false;
    m_chart->layOut(QSizeF(size()));
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(size())));
}

void BulletinChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // Names and words follow the interface language: the chart rebuilds itself in the new one.
    if (event->type() == QEvent::LanguageChange) {
        m_chart->setLanguage(AppLanguage::bulletinLanguage());
        m_layoutPending = true;
        updateAccessibility();
        update();
    }
}
