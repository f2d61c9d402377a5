#pragma once

#include "chartstyle.h"

#include <QChart>
#include <QHash>
#include <bulletin.h>
#include <memory>

class QAbstractSeries;
class QCategoryAxis;
class QGraphicsScene;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QPainter;
class QScatterSeries;
class QVBarModelMapper;
class QVXYModelMapper;
class QValueAxis;

namespace Bulletin {
class ChartDataModel;
} // namespace Bulletin

// One bulletin chart that draws itself: built from a chart spec, the document, a language and a style, laid out for
// any size, and drawn with render() on any painter — a window, a PNG, an SVG, a PDF page or a printer. Views show
// it and add interaction; exports and the briefing draw the same object, never a widget.
//
// Comparisons and plain values are horizontal bars over a ChartDataModel (long names get the left side); ranks are
// dots on a rank axis from the last place to the first, the first place marked. The source line is part of the
// chart, so that whatever draws it carries it.
class BulletinChart : public QChart
{
    Q_OBJECT
public:
    // InWindow: the chart among the page that shows it. Standalone: a chart leaving the program (a file, the
    // clipboard) says where and when under its title and names whose figures these are in a legend. OnSheet: a
    // chart of the briefing, whose pages name the source in their footer.
    enum class Framing { InWindow, Standalone, OnSheet };

    BulletinChart(std::shared_ptr<const Bulletin::Document> document, const Bulletin::ChartSpec &spec,
        Bulletin::Language language, const ChartStyle &style = ChartStyle::light(),
        Framing framing = Framing::InWindow);
    // A chart the document declares, found by its id; empty when there is none.
    BulletinChart(std::shared_ptr<const Bulletin::Document> document, const QString &chartId,
        Bulletin::Language language, const ChartStyle &style = ChartStyle::light(),
        Framing framing = Framing::InWindow);
    ~BulletinChart() override;

    Bulletin::ChartDataModel *dataModel() const { return m_model; }
    QString chartId() const;
    Bulletin::ChartKind kind() const;
    Bulletin::Language language() const { return m_language; }
    const ChartStyle &chartStyle() const { return m_style; }
    qreal textScale() const { return m_textScale; }
    // The bars (comparisons and values) or the rank dots.
    QHorizontalBarSeries *barSeries() const { return m_bars; }
    QScatterSeries *rankSeries() const { return m_rankDots; }

    void setLanguage(Bulletin::Language language);
    void setChartStyle(const ChartStyle &style);
    // Every text of the chart at this multiple of its size: the window's zoom, the presenter's slides.
    void setTextScale(qreal scale);

    // Lays the chart out at size: labels fitted to the plot first, then one layout.
    void layOut(const QSizeF &size);
    // The height at which every category label fits whole at its full size, for a chart this wide; laid out at
    // this height or more, no two labels touch.
    qreal preferredHeight(qreal width) const;
    // Draws the chart, as last laid out, into target.
    void render(QPainter *painter, const QRectF &target);
    // True when some axis label is cut short at the present size.
    bool labelsTruncated() const;

    // While held, layout requests wait for layOut(): a chart being placed in a page is resized many times before
    // it is first shown.
    void holdLayout(bool hold) { m_layoutHeld = hold; }

    QString plainTitle() const;
    // "数据来源：… · period" ("Source: … · period" in English), as drawn under the plot.
    QString sourceLine() const;
    // The chart in one sentence, for screen readers.
    QString accessibleSummary() const;
    // Name, value, provincial value, gap, rank and period of the indicator in that row, one a line.
    QString toolTip(int row) const;
    // Marks the indicator wherever the chart shows it; an empty id or one the chart lacks clears the mark.
    void setHighlightedIndicator(const QString &indicatorId);
    QString highlightedIndicator() const { return m_highlighted; }
    // The row whose bar or dot lies under a point in chart coordinates, -1 when none.
    int rowAt(const QPointF &position) const;

signals:
    void indicatorClicked(const QString &indicatorId);
    void indicatorHovered(const QString &indicatorId, bool entered);

protected:
    bool event(QEvent *event) override;

private:
    void rebuild();
    void refreshFromModel();
    void ensureScene();
    void buildBars(Bulletin::ChartKind kind);
    void buildRankDots();
    void buildRankAxis();
    void buildValueAxis();
    void fitRankTicks(int maxTicks);
    void applyStyle();
    void styleSeries();
    void applyHighlight();
    void fitToPlotArea(const QRectF &plotArea);
    void fitCategoryLabels(const QRectF &plotArea);
    void fitValueAxis(const QRectF &plotArea);
    void layoutFooter();
    void layoutFooterFor(const QSizeF &chartSize);
    QRectF estimatedPlotArea(const QSizeF &chartSize) const;
    QStringList categoryLabels(int lines, int columns) const;
    struct LabelExtent
    {
        qreal height = 0;
        qreal width = 0;
    };
    // The tallest label and the widest label line of a way of writing the labels, in a font.
    LabelExtent labelExtent(int lines, int columns, const QFont &font) const;
    qreal labelWidthBudget(qreal chartWidth) const;
    int labelColumns(qreal budget, const QFont &font) const;
    QString categoryDetail(int row) const;
    QString titleHtml(qreal width) const;
    QString footerText(qreal width) const;
    QString legendLabel() const;
    bool allProvinceDerived() const;
    bool anyProvinceDerived() const;
    QFont scaledFont(const QFont &font) const;
    // The font category labels are measured in and drawn in, one and the same.
    QFont categoryFont(qreal pointSize) const;
    QString say(const char *chinese, const char *english) const;
    // The shared unit and the regions' names, cut to a length a chart can carry.
    QString unit() const;
    QString barLabelUnit() const;
    void relabelLegend();
    QString cityName(const Bulletin::Document &document) const;
    QString provinceName(const Bulletin::Document &document) const;

    // First: event() reads it, and the model made below already sends the chart an event.
    bool m_layoutHeld = false;
    Bulletin::Language m_language;
    ChartStyle m_style;
    Framing m_framing;
    qreal m_textScale = 1;
    Bulletin::ChartDataModel *m_model = nullptr;
    QHorizontalBarSeries *m_bars = nullptr;
    QVBarModelMapper *m_barMapper = nullptr;
    QScatterSeries *m_rankDots = nullptr;
    QVXYModelMapper *m_dotMapper = nullptr;
    QCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QCategoryAxis *m_rankAxis = nullptr;
    QGraphicsSimpleTextItem *m_footer = nullptr;
    std::unique_ptr<QGraphicsScene> m_ownScene;
    int m_rankOf = 1;
    QList<int> m_rankTicks;
    QString m_highlighted;
    qreal m_titleWidth = 0;
    bool m_fitting = false;
    int m_labelLines = 0;
    qreal m_labelPointSize = 0;
    int m_labelColumns = 0;
    mutable QHash<int, LabelExtent> m_labelExtents; // by columns * 100000 + lines * 1000 + point size * 10
    // The width labels are fitted to before the chart has a size of its own.
    qreal m_fitWidth = 900;
    mutable QPair<QString, qreal> m_titleHeight;
};
