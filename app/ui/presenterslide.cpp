#include "presenterslide.h"

#include "bulletinchartview.h"
#include "chartstyle.h"
#include "presenterfigurecard.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <algorithm>
#include <bulletinchart.h>
#include <cmath>

namespace {

// The steps from the design sizes (Steps) down to MinimumScale of them (0).
constexpr int Steps = 8;
// Below this a chart has no room for its bars: the slide scrolls rather than squeeze it further.
constexpr int MinimumChartHeight = 240;
constexpr int Unbounded = 1 << 20;
// The figures' column, as a share of the slide's width, where they stand beside a chart.
constexpr qreal BesideShare = 0.28;
constexpr int MaxFiguresBeside = 4;
// The widest a card gets, in lines of its label's height.
constexpr int CardEms = 16;
constexpr int TileEms = 24;

int wrappedHeight(const QFont &font, const QString &text, int width)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, Unbounded), Qt::TextWordWrap, text).height();
}

QLabel *makeLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

struct PresenterSlide::Layout
{
    int step = 0;
    bool fits = true;
    // What the slide needs at least, from its top to its bottom margin.
    int height = 0;
    QFont title;
    QList<QFont> lines;
    QFont value;
    QFont label;
    qreal body = 0;
    QRect titleRect;
    QList<QRect> lineRects;
    QList<QRect> cardRects;
    QSize figuresSize;
    QList<QRect> chartRects;
};

PresenterSlide::PresenterSlide(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(makeLabel(title, QStringLiteral("presenterTitle"), this))
{
    setObjectName(QStringLiteral("presenterSlide"));
    setAccessibleName(title);
}

PresenterSlide::~PresenterSlide() = default;

QString PresenterSlide::title() const
{
    return m_title->text();
}

void PresenterSlide::addLine(const QString &text, qreal pointSize)
{
    m_lines.append(makeLabel(text, QStringLiteral("presenterLine"), this));
    m_linePointSizes.append(pointSize);
}

PresenterFigureCard *PresenterSlide::addFigure(const QString &value, const QString &label)
{
    auto *card = new PresenterFigureCard(value, label, this);
    m_figures.append(card);
    return card;
}

void PresenterSlide::addChart(BulletinChartView *chart)
{
    chart->setParent(this);
    m_charts.append(chart);
}

qreal PresenterSlide::chartHeight(int chart, qreal textScale, int width) const
{
    const quint64 key = (quint64(chart) << 48) | (quint64(std::lround(textScale * 1000)) << 24) | quint64(width);
    auto known = m_chartHeights.constFind(key);
    if (known == m_chartHeights.constEnd()) {
        BulletinChart *bulletinChart = m_charts.at(chart)->bulletinChart();
        bulletinChart->setTextScale(textScale);
        known = m_chartHeights.insert(key, bulletinChart->preferredHeight(width));
    }
    return *known;
}

PresenterSlide::Layout PresenterSlide::plan(const QSize &size, int step, bool figuresBeside, bool measureCharts) const
{
    const qreal t = qreal(step) / Steps;
    const auto sized = [t](qreal design, qreal smallest) { return smallest + (design - smallest) * t; };
    const bool tiles = m_charts.isEmpty();
    const QFont base = font();

    Layout layout;
    layout.step = step;
    layout.title = base;
    layout.title.setBold(true);
    layout.title.setPointSizeF(sized(TitlePointSize, TitlePointSize * MinimumScale));
    for (const qreal pointSize : m_linePointSizes) {
        QFont line = base;
        line.setPointSizeF(sized(pointSize, pointSize * MinimumScale));
        layout.lines.append(line);
    }
    layout.body = sized(BodyPointSize, BodyPointSize * MinimumScale);
    layout.label = base;
    layout.label.setPointSizeF(tiles ? sized(TileLabelPointSize, BodyPointSize * MinimumScale) : layout.body);
    layout.value = base;
    layout.value.setBold(true);
    layout.value.setPointSizeF(sized(tiles ? TileValuePointSize : ValuePointSize, ValuePointSize * MinimumScale));

    // Margins grow with the screen, within bounds: a projector's edges are often cut off.
    const int sideMargin = std::clamp(int(size.width() * 0.04), 16, 160);
    const int topMargin = std::clamp(int(size.height() * 0.045), 12, 120);
    const int bottomMargin = std::clamp(int(size.height() * 0.03), 8, 80);
    const int spacing = QFontMetrics(layout.label).height() * 3 / 4;
    const int width = std::max(1, size.width() - 2 * sideMargin);
    const int bottom = size.height() - bottomMargin;

    layout.titleRect = QRect(sideMargin, topMargin, width, wrappedHeight(layout.title, m_title->text(), width));
    int y = layout.titleRect.bottom() + 1;
    for (int i = 0; i < m_lines.size(); ++i) {
        y += spacing / 2;
        layout.lineRects.append(
            QRect(sideMargin, y, width, wrappedHeight(layout.lines.at(i), m_lines.at(i)->text(), width)));
        y = layout.lineRects.last().bottom() + 1;
    }
    if (figuresBeside) {
        // Figures in a column left of the chart, which then has the slide's height under the title.
        y += spacing;
        const int column = int(width * BesideShare);
        placeFigures(layout, column, spacing, 1);
        for (QRect &rect : layout.cardRects)
            rect.translate(sideMargin, y);
        placeCharts(layout, QRect(sideMargin + column + spacing, y, width - column - spacing, bottom - y), spacing,
            measureCharts);
        y += std::max(layout.figuresSize.height(), MinimumChartHeight);
    } else {
        if (!m_figures.isEmpty()) {
            y += spacing;
            placeFigures(layout, width, spacing, MaxColumns);
            // Tiles alone on their slide stand in the middle of the room under the title.
            const int top = tiles ? y + std::max(0, (bottom - y - layout.figuresSize.height()) / 2) : y;
            for (QRect &rect : layout.cardRects)
                rect.translate(sideMargin, top);
            y += layout.figuresSize.height();
        }
        if (!m_charts.isEmpty()) {
            y += spacing;
            placeCharts(layout, QRect(sideMargin, y, width, bottom - y), spacing, measureCharts);
            y += MinimumChartHeight;
        }
    }
    layout.height = y + bottomMargin;
    layout.fits = layout.fits && layout.height <= size.height();
    return layout;
}

void PresenterSlide::placeFigures(Layout &layout, int width, int spacing, int maxColumns) const
{
    const int count = int(m_figures.size());
    const bool tiles = m_charts.isEmpty();
    QFont smallestValue = layout.value;
    smallestValue.setPointSizeF(ValuePointSize * MinimumScale);

    // As many columns as there is room for each value at its smallest size and each label's longest word.
    int columns = 1;
    int cardWidth = width;
    for (int candidate = std::min(count, maxColumns); candidate >= 1; --candidate) {
        const int rows = (count + candidate - 1) / candidate;
        const int balanced = (count + rows - 1) / rows;
        const int share = (width - (balanced - 1) * spacing) / balanced;
        const bool room = std::all_of(m_figures.cbegin(), m_figures.cend(), [&](const PresenterFigureCard *card) {
            return card->widthForValue(smallestValue, layout.label) <= share
                && card->widthForLabel(layout.label) <= share;
        });
        if (room || candidate == 1) {
            columns = balanced;
            cardWidth = share;
            break;
        }
    }
    // A card or two need not span a wide slide: as wide as their text needs, or some lines of it, and no wider.
    int needed = QFontMetrics(layout.label).height() * (tiles ? TileEms : CardEms);
    for (const PresenterFigureCard *card : m_figures)
        needed
            = std::max({ needed, card->widthForValue(layout.value, layout.label), card->widthForLabel(layout.label) });
    cardWidth = std::min(cardWidth, needed);

    // One size for every value of the slide, the largest at which the widest fits its card.
    const auto valuesFit = [&](qreal pointSize) {
        QFont font = layout.value;
        font.setPointSizeF(pointSize);
        return std::all_of(m_figures.cbegin(), m_figures.cend(),
            [&](const PresenterFigureCard *card) { return card->widthForValue(font, layout.label) <= cardWidth; });
    };
    qreal pointSize = layout.value.pointSizeF();
    if (!valuesFit(pointSize)) {
        // Only a value wider than the whole slide goes below the smallest size: smaller, but whole.
        qreal low = 1;
        qreal high = pointSize;
        for (int i = 0; i < 12; ++i) {
            const qreal middle = (low + high) / 2;
            (valuesFit(middle) ? low : high) = middle;
        }
        pointSize = low;
    }
    layout.value.setPointSizeF(pointSize);

    // Cards of a row as tall as its tallest; tiles' rows centred.
    int y = 0;
    for (int first = 0; first < count; first += columns) {
        const int last = std::min(count, first + columns);
        int rowHeight = 0;
        for (int i = first; i < last; ++i)
            rowHeight = std::max(rowHeight, m_figures.at(i)->heightFor(cardWidth, layout.value, layout.label));
        const int rowWidth = (last - first) * cardWidth + (last - first - 1) * spacing;
        int x = tiles ? (width - rowWidth) / 2 : 0;
        for (int i = first; i < last; ++i, x += cardWidth + spacing)
            layout.cardRects.append(QRect(x, y, cardWidth, rowHeight));
        y += rowHeight + spacing;
    }
    layout.figuresSize = QSize(width, y - spacing);
}

void PresenterSlide::placeCharts(Layout &layout, const QRect &area, int spacing, bool measure) const
{
    const int available = area.height();
    const int x = area.left();
    const int top = area.top();
    const int width = area.width();
    const int height = std::max(available, MinimumChartHeight);
    const qreal scale = layout.body / ChartStyle::labelFont().pointSizeF();
    if (m_charts.size() == 1) {
        layout.fits = layout.fits && (!measure || chartHeight(0, scale, width) <= available);
        layout.chartRects.append(QRect(x, top, width, height));
        return;
    }
    // Two charts side by side, unless only above each other do they fit.
    const int half = (width - spacing) / 2;
    bool beside = true;
    qreal upperShare = 0.5;
    if (measure) {
        const qreal sideBySide = std::max(chartHeight(0, scale, half), chartHeight(1, scale, half));
        const qreal first = chartHeight(0, scale, width);
        const qreal second = chartHeight(1, scale, width);
        const qreal stacked = first + spacing + second;
        beside = sideBySide <= available || stacked > available;
        upperShare = first / (first + second);
        layout.fits = layout.fits && std::min(sideBySide, stacked) <= available;
    }
    if (beside) {
        layout.chartRects.append(QRect(x, top, half, height));
        layout.chartRects.append(QRect(x + half + spacing, top, width - half - spacing, height));
        return;
    }
    const int upper = int((available - spacing) * upperShare);
    layout.chartRects.append(QRect(x, top, width, upper));
    layout.chartRects.append(QRect(x, top + upper + spacing, width, available - upper - spacing));
}

void PresenterSlide::apply(const Layout &layout)
{
    m_title->setFont(layout.title);
    m_title->setGeometry(layout.titleRect);
    for (int i = 0; i < m_lines.size(); ++i) {
        m_lines.at(i)->setFont(layout.lines.at(i));
        m_lines.at(i)->setGeometry(layout.lineRects.at(i));
    }
    for (int i = 0; i < m_figures.size(); ++i) {
        PresenterFigureCard *card = m_figures.at(i);
        card->setCentered(m_charts.isEmpty());
        card->setFonts(layout.value, layout.label);
        card->setGeometry(layout.cardRects.at(i));
    }
    m_bodyPointSize = layout.body;
    const qreal scale = layout.body / ChartStyle::labelFont().pointSizeF();
    for (int i = 0; i < m_charts.size(); ++i) {
        m_charts.at(i)->setTextScale(scale);
        m_charts.at(i)->setGeometry(layout.chartRects.at(i));
    }
}

PresenterSlide::Layout PresenterSlide::bestPlan(const QSize &size, bool figuresBeside) const
{
    // Text grows with the step, so the slide fits at every step up to some and at none after it.
    Layout chosen = plan(size, Steps, figuresBeside);
    if (chosen.fits)
        return chosen;
    int low = 0;
    int high = Steps - 1;
    int found = -1;
    while (low <= high) {
        const int middle = (low + high) / 2;
        if (plan(size, middle, figuresBeside).fits) {
            found = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return plan(size, std::max(found, 0), figuresBeside);
}

bool PresenterSlide::canPlaceFiguresBeside() const
{
    return m_charts.size() == 1 && !m_figures.isEmpty() && m_figures.size() <= MaxFiguresBeside;
}

void PresenterSlide::layOut()
{
    if (size().isEmpty())
        return;
    // Figures above the chart, unless beside it, on a wide and low screen, the text can be larger.
    Layout chosen = bestPlan(size(), false);
    if (canPlaceFiguresBeside() && !(chosen.fits && chosen.step == Steps)) {
        Layout beside = bestPlan(size(), true);
        if (beside.fits && (!chosen.fits || beside.step > chosen.step))
            chosen = beside;
    }
    apply(chosen);
    // Where even the smallest text does not fit, the slide grows, and the scroll area around it lets it be scrolled
    // rather than cut off.
    int needed = plan(size(), 0, false, false).height;
    if (canPlaceFiguresBeside())
        needed = std::min(needed, plan(size(), 0, true, false).height);
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
}

void PresenterSlide::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layOut();
}

void PresenterSlide::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The charts speak the new language with other labels, or the fonts changed: measure everything again.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        m_chartHeights.clear();
        QMetaObject::invokeMethod(this, &PresenterSlide::layOut, Qt::QueuedConnection);
    }
}
