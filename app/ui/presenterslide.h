#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QRect>
#include <QWidget>

class BulletinChartView;
class PresenterFigureCard;
class QLabel;

// One slide of the presenter: a title, a few lines under it, figures as cards and up to two charts, placed for the
// slide's size. Text is drawn at its design size when the slide has room and shrinks, all of it by the same step,
// until everything fits, down to MinimumScale of that size, the charts' labels at the size of the body text. Cards go
// above the chart, or beside it where that lets the text be larger; without a chart they become large tiles in the
// middle of the slide. Where nothing fits even so, the slide asks for more height than it has (a scroll area around
// it scrolls) rather than cut text off.
class PresenterSlide : public QWidget
{
    Q_OBJECT
public:
    static constexpr qreal TitlePointSize = 36;
    static constexpr qreal BodyPointSize = 20;
    static constexpr qreal ValuePointSize = 48;
    static constexpr qreal TileValuePointSize = 72;
    static constexpr qreal TileLabelPointSize = 24;
    static constexpr qreal MinimumScale = 0.6;
    static constexpr int MaxColumns = 4;

    explicit PresenterSlide(const QString &title, QWidget *parent = nullptr);
    ~PresenterSlide() override;

    QString title() const;
    // A line under the title (the bulletin's subtitle, its period), at this design size.
    void addLine(const QString &text, qreal pointSize);
    PresenterFigureCard *addFigure(const QString &value, const QString &label);
    // The slide takes the chart; it sets its text scale.
    void addChart(BulletinChartView *chart);

    QList<PresenterFigureCard *> figures() const { return m_figures; }
    QList<BulletinChartView *> charts() const { return m_charts; }
    // The size of the body text at the last layout, which the charts' labels follow.
    qreal bodyPointSize() const { return m_bodyPointSize; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout;

    // The slide at a step from the smallest text (0) to the design sizes. Figures above the charts, or in a column
    // beside them; charts measured only when asked: for the smallest height a slide needs they get their minimum.
    Layout plan(const QSize &size, int step, bool figuresBeside, bool measureCharts = true) const;
    // The largest step at which the slide fits, and its layout; the smallest step's where none does.
    Layout bestPlan(const QSize &size, bool figuresBeside) const;
    bool canPlaceFiguresBeside() const;
    void placeFigures(Layout &layout, int width, int spacing, int maxColumns) const;
    void placeCharts(Layout &layout, const QRect &area, int spacing, bool measure) const;
    void apply(const Layout &layout);
    void layOut();
    // A chart's height at which its labels fit whole, at this text scale and width; asked again and again while
    // the slide looks for its size, and each new scale rebuilds the chart, so remembered.
    qreal chartHeight(int chart, qreal textScale, int width) const;

    QLabel *m_title;
    QList<QLabel *> m_lines;
    QList<qreal> m_linePointSizes;
    QList<PresenterFigureCard *> m_figures;
    QList<BulletinChartView *> m_charts;
    qreal m_bodyPointSize = BodyPointSize;
    mutable QHash<quint64, qreal> m_chartHeights;
};
