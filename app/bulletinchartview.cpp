#include "bulletinchartview.h"

#include "chartexportactions.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QCategoryAxis>
#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QMenu>
#include <QPaintEvent>
#include <QResizeEvent>
#include <QTextDocument>
#include <QVBarModelMapper>
#include <QValueAxis>
#include <algorithm>
#include <chartdatamodel.h>
#include <cmath>
#include <indicatorformat.h>
#include <indicatorroles.h>
#include <limits>
#include <numeric>

using Bulletin::ChartDataModel;
using Bulletin::ChartKind;
using Bulletin::IndicatorFormat;

// Chart text follows the interface language as QLocale's default says (Bulletin::englishPreferred()): Chinese,
// the bulletin's own, or English with the names the bulletin gives in English. Each word is chosen here rather
// than through tr(), so that an exported chart never mixes languages whatever translations are installed.

namespace {

// In half-width columns (displayWidth()): eleven Chinese characters, or about twenty-two Latin letters.
constexpr int MaxLabelLineWidth = 22;
// English names cannot go on one line beside the plot: where Chinese labels take one line, English ones take
// fewer, wider lines, about as wide as Qt Charts lets the axis be (40 % of the chart) in a chart 500 px wide.
constexpr int WideLabelLineWidth = 30;
// About what the bold title font fits across a chart 460 px wide; a longer (English) title goes on two lines
// rather than be cut short.
constexpr int MaxTitleLineWidth = 50;
constexpr qreal OuterMargin = 12;
constexpr qreal FooterGap = 6;
// Qt Charts keeps this much above and below each axis label (ChartAxisElement::labelPadding).
constexpr qreal AxisLabelPadding = 5;
// Space Qt Charts 6.4 leaves under the title, and around the legend's line, measured on its layouts.
constexpr qreal TitleGap = 1.5;
constexpr qreal LegendPadding = 27;

QString say(const char *chinese, const char *english)
{
    return QString::fromUtf8(Bulletin::englishPreferred() ? english : chinese);
}

QString rankLabel(int rank)
{
    return say("第%1名", "No. %1").arg(rank);
}

// Chinese characters (and full-width forms) take two columns, Latin letters, digits and punctuation one. Dashes
// and curly quotes take two as well: the Chinese chart font draws them full width.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        const bool wide = (code >= 0x2010 && code < 0x2070) || (code >= 0x2E80 && code < 0xD800)
            || (code >= 0xF900 && code < 0xFB00) || (code >= 0xFE30 && code < 0xFE50)
            || (code >= 0xFF00 && code < 0xFF61) || (code >= 0xFFE0 && code < 0xFFE7);
        width += wide ? 2 : 1;
    }
    return width;
}

// Words in lines no wider than limit, filled one word after the other.
QStringList fillLines(const QStringList &words, int limit)
{
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && displayWidth(line) + 1 + displayWidth(word) > limit) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines.append(line);
    return lines;
}

// Words in lines as even as they can be: in as few lines as maxWidth allows or, when lines is given, in that many
// lines however wide.
QStringList wrapWords(const QString &text, int maxWidth, qsizetype lines = 0)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool widthBound = lines <= 0;
    if (widthBound)
        lines = fillLines(words, maxWidth).size();
    for (int limit = int((displayWidth(text) + lines - 1) / lines);; ++limit) {
        const QStringList even = fillLines(words, limit);
        if (even.size() <= lines || (widthBound && limit >= maxWidth))
            return even;
    }
}

// Where to break a name in two: near the middle, never inside a quotation ("“万企帮万村”").
int breakPosition(const QString &name)
{
    const qreal middle = name.size() / 2.0;
    int best = int(middle);
    qreal bestCost = std::numeric_limits<qreal>::max();
    for (int position = 1; position < name.size(); ++position) {
        int open = 0;
        for (int i = 0; i < position; ++i) {
            if (name.at(i) == QChar(u'“') || name.at(i) == QChar(u'《') || name.at(i) == QChar(u'（'))
                ++open;
            else if (name.at(i) == QChar(u'”') || name.at(i) == QChar(u'》') || name.at(i) == QChar(u'）'))
                --open;
        }
        const qreal cost = std::abs(position - middle) + (open > 0 ? 100 : 0);
        if (cost < bestCost) {
            bestCost = cost;
            best = position;
        }
    }
    return best;
}

// Splits a long name into two lines (rich text, so "<br>"); longer ones into lines of even length. Names with
// spaces (English) break between words, no line wider than maxWidth unless evenLines asks for as many lines as
// the width calls for, however wide; Chinese ones break between any two characters.
QString wrapName(const QString &name, int maxWidth = MaxLabelLineWidth, bool evenLines = false)
{
    const int lines = (displayWidth(name) + maxWidth - 1) / maxWidth;
    if (lines <= 1)
        return name.toHtmlEscaped();
    if (name.contains(QLatin1Char(' '))) {
        QStringList parts = wrapWords(name, maxWidth, evenLines ? lines : 0);
        for (QString &part : parts)
            part = part.toHtmlEscaped();
        return parts.join(QStringLiteral("<br>"));
    }
    if (lines == 2) {
        const int position = breakPosition(name);
        return name.left(position).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(position).toHtmlEscaped();
    }
    const int perLine = int((name.size() + lines - 1) / lines);
    QStringList parts;
    for (int start = 0; start < name.size(); start += perLine)
        parts.append(name.mid(start, perLine).toHtmlEscaped());
    return parts.join(QStringLiteral("<br>"));
}

// Breaks text greedily so that no line is wider than width: Chinese at any character, a Latin word before
// it begins. The space stays at the end of its line, so that the lines joined are the text again. Widths add up
// character by character: measuring each growing line again was most of a chart's start-up.
QString wrapToWidth(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    QString line;
    qreal lineWidth = 0;
    for (const QChar c : text) {
        const qreal advance = metrics.horizontalAdvance(c);
        if (!line.isEmpty() && lineWidth + advance > width) {
            // Below U+2E80 nothing is Chinese: a Latin word, dashes and quotes within it included. A space early in
            // the line ("* 湖南省…") is no word's start.
            qsizetype space = c != QLatin1Char(' ') && c.unicode() < 0x2E80 ? line.lastIndexOf(QLatin1Char(' ')) : -1;
            if (space < line.size() / 2)
                space = -1;
            lines.append(line.left(space > 0 ? space + 1 : line.size()));
            line = space > 0 ? line.mid(space + 1) : QString();
            lineWidth = metrics.horizontalAdvance(line);
        }
        line += c;
        lineWidth += advance;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

// A round tick step for a span: 1, 2, 2.5 or 5 times a power of ten, about five ticks.
double niceStep(double span)
{
    if (span <= 0)
        return 1;
    const double raw = span / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : { 1.0, 2.0, 2.5, 5.0 }) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

// Height of a rich-text axis label as Qt Charts lays it out (a QGraphicsTextItem): whole-pixel lines and
// half a pixel of margin above and below, with an extra pixel. Laying the label out to find out is the
// costliest part of fitting labels, for the same answer.
qreal labelHeight(const QString &html, const QFont &font)
{
    const qsizetype lines = html.count(QLatin1String("<br>")) + 1;
    return qreal(lines) * std::ceil(QFontMetricsF(font).height()) + 2;
}

// Height of rich text with tags other than line breaks (a chart title).
qreal richTextHeight(const QString &html, const QFont &font)
{
    QTextDocument document;
    document.setDocumentMargin(0.5);
    document.setDefaultFont(font);
    document.setHtml(html);
    return document.size().height();
}

} // namespace

BulletinChartView::BulletinChartView(std::shared_ptr<const Bulletin::Document> document, const QString &chartId,
    const ChartStyle &style, QWidget *parent)
    : BulletinChartView(chartId, style, parent)
{
    m_model->setChart(std::move(document), chartId);
}

BulletinChartView::BulletinChartView(std::shared_ptr<const Bulletin::Document> document,
    const Bulletin::ChartSpec &spec, const ChartStyle &style, QWidget *parent)
    : BulletinChartView(spec.id, style, parent)
{
    m_model->setChart(std::move(document), spec);
}

BulletinChartView::BulletinChartView(const QString &chartId, const ChartStyle &style, QWidget *parent)
    // Given its chart at construction: QChartView(parent) makes a default chart that setChart() would release
    // without deleting, a leak AddressSanitizer reports.
    : QChartView(new QChart, parent)
    , m_chartId(chartId)
    , m_style(style)
    , m_model(new ChartDataModel(this))
{
    m_chart = chart();
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setBackgroundPen(Qt::NoPen);
    // The background then fills the whole scene rect, which exports render.
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    setRenderHint(QPainter::Antialiasing);

    m_series = new QHorizontalBarSeries;
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_chart->addSeries(m_series);
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, &BulletinChartView::handleBarSetsAdded);

    m_footer = new QGraphicsSimpleTextItem(m_chart);
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, &BulletinChartView::layoutFooter);
    m_chart->installEventFilter(this);
    connect(m_chart, &QChart::plotAreaChanged, this, &BulletinChartView::fitToPlotArea);

    m_mapper = new QVBarModelMapper(this);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    // After the mapper's own reset handling, which recreates the bar sets.
    connect(m_model, &QAbstractItemModel::modelReset, this, &BulletinChartView::rebuild);
}

BulletinChartView::~BulletinChartView() = default;

QAbstractBarSeries *BulletinChartView::barSeries() const
{
    return m_series;
}

void BulletinChartView::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    applyStyle();
}

void BulletinChartView::rebuild()
{
    const Bulletin::ChartSpec *spec = m_model->chartSpec();
    const ChartKind kind = spec ? spec->kind : ChartKind::Bars;

    const auto oldAxes = m_chart->axes();
    for (QAbstractAxis *axis : oldAxes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_categoryAxis = nullptr;
    m_valueAxis = nullptr;

    switch (kind) {
    case ChartKind::Comparison:
        m_mapper->setFirstBarSetColumn(ChartDataModel::CityColumn);
        m_mapper->setLastBarSetColumn(ChartDataModel::ProvinceColumn);
        break;
    case ChartKind::Ranking:
        m_mapper->setFirstBarSetColumn(ChartDataModel::RankScoreColumn);
        m_mapper->setLastBarSetColumn(ChartDataModel::RankScoreColumn);
        break;
    case ChartKind::Bars:
        m_mapper->setFirstBarSetColumn(ChartDataModel::CityColumn);
        m_mapper->setLastBarSetColumn(ChartDataModel::CityColumn);
        break;
    }
    m_series->setBarWidth(kind == ChartKind::Comparison ? 0.75 : 0.55);
    // The rank is written in the category label; a bar-end "14" would read as a value.
    m_series->setLabelsVisible(kind != ChartKind::Ranking);
    m_series->setLabelsFormat(QStringLiteral("@value") + m_model->unit());
    m_chart->legend()->setVisible(kind == ChartKind::Comparison);

    const QString plainTitle = spec ? spec->displayTitle() : QString();
    QString title = plainTitle.contains(QLatin1Char(' ')) ? wrapName(plainTitle, MaxTitleLineWidth, true)
                                                          : plainTitle.toHtmlEscaped();
    if (kind == ChartKind::Ranking && spec && !plainTitle.contains(say("第1名", "1st")))
        title = QStringLiteral("<div align=\"center\">") + title
            + QStringLiteral("<br><span style=\"font-size:9pt; font-weight:normal\">")
            + say("第1名为最好，条越长名次越靠前", "1st is best: the longer the bar, the higher the rank")
            + QStringLiteral("</span></div>");
    m_chart->setTitle(title);

    // A numeric category axis rather than QBarCategoryAxis, which refuses setReverse(): reversed, the
    // first indicator is on top and, within a category, the city bar above the province bar. Labels sit
    // on the bar centres: centred labels on a reversed axis hide the first and last category (Qt 6.4).
    m_categoryAxis = new QCategoryAxis;
    const int rows = m_model->rowCount();
    m_categoryAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_categoryAxis->setStartValue(-0.5);
    m_labelLines = 3;
    m_labelPointSize = ChartStyle::labelFont().pointSizeF();
    m_tallestLabel.clear();
    const QStringList labels = categoryLabels(m_labelLines);
    for (int row = 0; row < rows; ++row)
        m_categoryAxis->append(labels.at(row), row);
    m_categoryAxis->setRange(-0.5, std::max(rows, 1) - 0.5);
    m_categoryAxis->setReverse(true);
    m_categoryAxis->setGridLineVisible(false);
    m_chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);

    if (kind == ChartKind::Ranking) {
        int rankOf = 0;
        bool sameRankOf = true;
        for (int row = 0; row < rows; ++row) {
            const int rowRankOf = m_model->index(row, 0).data(Bulletin::RankOfRole).toInt();
            sameRankOf = sameRankOf && (row == 0 || rowRankOf == rankOf);
            rankOf = std::max(rankOf, rowRankOf);
        }
        auto *rankAxis = new QCategoryAxis;
        // With different rank_of (a rank "除长沙外" among 13) one rank scale would misplace a bar.
        if (sameRankOf && rankOf > 0) {
            rankAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            QList<int> shown { rankOf, 1 };
            for (int rank = 5; rank < rankOf; rank += 5)
                shown.append(rank);
            std::sort(shown.begin(), shown.end(), std::greater<int>());
            shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
            for (const int rank : shown)
                rankAxis->append(rankLabel(rank), rankOf - rank + 1);
            const auto document = m_model->document();
            const QString province = document ? document->comparisonRegionEn : QString();
            rankAxis->setTitleText(!Bulletin::englishPreferred() ? QStringLiteral("全省%1个市州中的名次").arg(rankOf)
                    : province.isEmpty() ? QStringLiteral("Rank among the %1 cities of the province").arg(rankOf)
                                         : QStringLiteral("Rank among %1's %2 cities").arg(province).arg(rankOf));
        } else {
            rankAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
            rankAxis->append(say("← 名次靠后", "← Lower rank"), rankOf / 2.0);
            rankAxis->append(say("名次靠前 →", "Higher rank →"), rankOf);
            rankAxis->setGridLineVisible(false);
            rankAxis->setTitleText(say("全省名次（具体名次见左侧）", "Rank in the province (see labels)"));
        }
        rankAxis->setStartValue(0);
        rankAxis->setRange(0, std::max(rankOf, 1));
        m_chart->addAxis(rankAxis, Qt::AlignBottom);
        m_series->attachAxis(rankAxis);
    } else {
        m_valueAxis = new QValueAxis;
        m_valueAxis->setTickType(QValueAxis::TicksDynamic);
        m_valueAxis->setTickAnchor(0);
        m_valueAxis->setLabelFormat(QStringLiteral("%g"));
        const QString unit = m_model->unit();
        m_valueAxis->setTitleText(unit.isEmpty() ? QString() : say("单位：", "Unit: ") + unit);
        m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
        m_series->attachAxis(m_valueAxis);
    }

    applyStyle();
    fitToPlotArea(m_chart->plotArea());
    setAccessibleName(plainTitle);
    setAccessibleDescription(accessibleSummary());
}

QString BulletinChartView::categoryDetail(int row) const
{
    const Bulletin::ChartSpec *spec = m_model->chartSpec();
    if (!spec)
        return {};
    const QModelIndex index = m_model->index(row, 0);
    switch (spec->kind) {
    case ChartKind::Comparison: {
        const QVariant gap = index.data(Bulletin::GapRole);
        return gap.isValid() ? IndicatorFormat::gapOf(gap.toDouble(), index.data(Bulletin::UnitRole).toString())
                             : QString();
    }
    case ChartKind::Ranking: {
        const QVariant rank = index.data(Bulletin::RankRole);
        if (!rank.isValid())
            return {};
        QString detail = IndicatorFormat::rankOf(rank.toInt(), index.data(Bulletin::RankOfRole).toInt());
        const QString scope = index.data(ChartDataModel::RankScopeRole).toString();
        if (!scope.isEmpty())
            detail += say("（", " (") + scope + say("）", ")");
        return detail;
    }
    case ChartKind::Bars:
        return {};
    }
    return {};
}

// lines: 3 wraps long names and puts the gap or rank on a line of its own, 2 keeps the name on one
// line, 1 puts everything on one line. English names wrap whatever lines says: 2 runs the gap or rank on
// after the name, 1 does so in wider lines.
QStringList BulletinChartView::categoryLabels(int lines) const
{
    const Bulletin::ChartSpec *spec = m_model->chartSpec();
    const bool markEachDerived
        = spec && spec->kind == ChartKind::Comparison && anyProvinceDerived() && !allProvinceDerived();
    QStringList labels;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = m_model->headerData(row, Qt::Vertical).toString();
        const QString marker = markEachDerived && m_model->index(row, 0).data(Bulletin::ProvinceDerivedRole).toBool()
            ? QStringLiteral("*")
            : QString();
        const QString detail = categoryDetail(row);
        if (lines < 3 && name.contains(QLatin1Char(' '))) {
            // "No. 1 of 14" stays on one line.
            const QString text = name + marker
                + (detail.isEmpty() ? QString() : QLatin1Char(' ') + QString(detail).replace(u' ', QChar::Nbsp));
            labels.append(lines == 2 ? wrapName(text) : wrapName(text, WideLabelLineWidth, true));
            continue;
        }
        QString label = (lines >= 3 ? wrapName(name) : name.toHtmlEscaped()) + marker;
        if (!detail.isEmpty())
            label += (lines >= 2 ? QStringLiteral("<br>") : QStringLiteral(" ")) + detail.toHtmlEscaped();
        labels.append(label);
    }
    return labels;
}

bool BulletinChartView::allProvinceDerived() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->index(row, 0).data(Bulletin::ProvinceDerivedRole).toBool())
            return false;
    }
    return m_model->rowCount() > 0;
}

bool BulletinChartView::anyProvinceDerived() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(Bulletin::ProvinceDerivedRole).toBool())
            return true;
    }
    return false;
}

void BulletinChartView::handleBarSetsAdded(const QList<QBarSet *> &sets)
{
    for (QBarSet *set : sets) {
        connect(set, &QBarSet::clicked, this, [this](int index) {
            const QString id = m_model->indicatorId(index);
            if (!id.isEmpty())
                emit indicatorActivated(id);
        });
    }
    styleBarSets();
}

void BulletinChartView::applyStyle()
{
    setBackgroundBrush(m_style.background);
    m_chart->setBackgroundBrush(m_style.background);
    m_chart->setTitleBrush(m_style.text);
    m_chart->setTitleFont(ChartStyle::titleFont());
    m_chart->legend()->setLabelColor(m_style.text);
    m_chart->legend()->setFont(ChartStyle::labelFont());

    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(m_style.text);
        QFont labelFont = ChartStyle::labelFont();
        if (axis == m_categoryAxis && m_labelPointSize > 0)
            labelFont.setPointSizeF(m_labelPointSize);
        axis->setLabelsFont(labelFont);
        axis->setTitleBrush(m_style.mutedText);
        axis->setTitleFont(ChartStyle::smallFont());
        axis->setGridLineColor(m_style.grid);
        axis->setLinePenColor(m_style.axisLine);
    }

    styleBarSets();
    const Bulletin::ChartSpec *spec = m_model->chartSpec();
    const ChartKind kind = spec ? spec->kind : ChartKind::Bars;
    const QList<QBarSet *> sets = m_series->barSets();
    // Renaming the bar set itself would make the mapper rebuild it; only the legend says "derived".
    const bool markDerived = kind == ChartKind::Comparison && allProvinceDerived();
    const auto markers = m_chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        marker->setLabelBrush(m_style.text);
        auto *barMarker = qobject_cast<QBarLegendMarker *>(marker);
        if (markDerived && barMarker && sets.size() > 1 && barMarker->barset() == sets.at(1))
            marker->setLabel(sets.at(1)->label() + say("（据差值推算）", " (derived from the stated gap)"));
    }

    m_footer->setBrush(m_style.mutedText);
    m_footer->setFont(ChartStyle::smallFont());
    layoutFooter();
}

void BulletinChartView::styleBarSets()
{
    const Bulletin::ChartSpec *spec = m_model->chartSpec();
    const ChartKind kind = spec ? spec->kind : ChartKind::Bars;
    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QBarSet *set = sets.at(i);
        QColor fill = m_style.bars;
        QColor border = m_style.bars;
        if (kind == ChartKind::Comparison) {
            fill = border = (i == 0 ? m_style.city : m_style.province);
        } else if (kind == ChartKind::Ranking) {
            fill = m_style.ranking;
            border = m_style.rankingBorder;
        }
        set->setColor(fill);
        set->setBorderColor(ChartStyle::edgeFor(border, m_style.background));
        // After any theme change: the light theme paints outside-end labels white.
        set->setLabelColor(m_style.text);
        set->setLabelFont(ChartStyle::labelFont());
    }
}

void BulletinChartView::fitToPlotArea(const QRectF &plotArea)
{
    // Fitting changes label sizes, which moves the plot area again; the nested call would chase its
    // own tail (seen as unbounded recursion while a page is laid out at a tiny size).
    if (m_fitting)
        return;
    m_fitting = true;
    fitCategoryLabels(plotArea);
    fitValueAxis(plotArea);
    m_fitting = false;
}

// Qt Charts gives each category label the axis height divided by the number of category boundaries
// and truncates what does not fit; use fewer lines, then a smaller font, rather than lose text.
void BulletinChartView::fitCategoryLabels(const QRectF &plotArea)
{
    const int rows = m_model->rowCount();
    if (!m_categoryAxis || rows == 0 || plotArea.height() <= 0)
        return;
    const qreal available = plotArea.height() / (rows + 1) - 2 * AxisLabelPadding;
    int lines = 1;
    qreal pointSize = ChartStyle::labelFont().pointSizeF();
    QStringList labels;
    bool fits = false;
    for (const qreal size : { pointSize, pointSize - 1, pointSize - 2 }) {
        QFont font = ChartStyle::labelFont();
        font.setPointSizeF(size);
        for (const int candidate : { 3, 2, 1 }) {
            labels = categoryLabels(candidate);
            // Laying out rich text is the costly part of start-up; the labels only change on rebuild().
            const int key = candidate * 1000 + qRound(size * 10);
            auto cached = m_tallestLabel.constFind(key);
            if (cached == m_tallestLabel.constEnd()) {
                cached = m_tallestLabel.insert(key,
                    std::accumulate(
                        labels.cbegin(), labels.cend(), qreal(0), [&font](qreal height, const QString &label) {
                            return std::max(height, labelHeight(label, font));
                        }));
            }
            const qreal tallest = *cached;
            if (tallest <= available) {
                lines = candidate;
                pointSize = size;
                fits = true;
                break;
            }
        }
        if (fits)
            break;
    }
    if (!fits) {
        lines = 1;
        labels = categoryLabels(lines);
    }
    if (lines == m_labelLines && qFuzzyCompare(pointSize, m_labelPointSize))
        return;
    m_labelLines = lines;
    m_labelPointSize = pointSize;
    const QStringList old = m_categoryAxis->categoriesLabels();
    for (int row = 0; row < rows && row < old.size(); ++row)
        m_categoryAxis->replaceLabel(old.at(row), labels.at(row));
    QFont font = ChartStyle::labelFont();
    font.setPointSizeF(pointSize);
    m_categoryAxis->setLabelsFont(font);
}

void BulletinChartView::fitValueAxis(const QRectF &plotArea)
{
    if (!m_valueAxis)
        return;
    double low = 0;
    double high = 0;
    qreal labelWidth = 0;
    const QFontMetricsF metrics(ChartStyle::labelFont());
    const QString unit = m_model->unit();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = m_mapper->firstBarSetColumn(); column <= m_mapper->lastBarSetColumn(); ++column) {
            const QVariant value = m_model->index(row, column).data();
            if (!value.isValid())
                continue;
            low = std::min(low, value.toDouble());
            high = std::max(high, value.toDouble());
            labelWidth
                = std::max(labelWidth, metrics.horizontalAdvance(IndicatorFormat::withUnit(value.toDouble(), unit)));
        }
    }
    if (low == 0 && high == 0)
        high = 1;

    // Room past the longest bar for its outside label, as a share of the plot width.
    const qreal width = plotArea.width() > 100 ? plotArea.width() : 600;
    const double share = std::min(0.45, (labelWidth + 12) / width);
    double needHigh = high > 0 ? (high - share * low) / (1 - share) : 0;
    double needLow = low < 0 ? (low - share * high) / (1 - share) : 0;
    const double step = niceStep(needHigh - needLow);
    needHigh = std::ceil(needHigh / step - 1e-9) * step;
    needLow = std::floor(needLow / step + 1e-9) * step;
    if (!qFuzzyCompare(m_valueAxis->max(), needHigh) || !qFuzzyCompare(m_valueAxis->min() + 1, needLow + 1)
        || !qFuzzyCompare(m_valueAxis->tickInterval(), step)) {
        m_valueAxis->setRange(needLow, needHigh);
        m_valueAxis->setTickInterval(step);
    }
}

QString BulletinChartView::footnote() const
{
    const Bulletin::ChartSpec *spec = m_model->chartSpec();
    if (!spec || spec->kind != ChartKind::Comparison || !anyProvinceDerived())
        return {};
    const QString region = m_model->headerData(ChartDataModel::ProvinceColumn, Qt::Horizontal).toString();
    if (Bulletin::englishPreferred())
        return allProvinceDerived()
            ? QStringLiteral("Note: the %1 figures were not published; they are derived from the gaps the text states.")
                  .arg(region)
            : QStringLiteral("* %1 figure not published; derived from the gap the text states.").arg(region);
    return (allProvinceDerived() ? QStringLiteral("注：") : QStringLiteral("* ")) + region
        + QStringLiteral("数值未直接公布，由文中所述差值推算。");
}

QString BulletinChartView::sourceLine() const
{
    const auto document = m_model->document();
    if (!document)
        return {};
    const QString source = document->sourceNote.isEmpty() ? document->title : document->sourceNote;
    return say("数据来源：", "Source: ") + source + QStringLiteral(" · ") + document->displayPeriod();
}

// Where Qt Charts will put the plot in a chart of this size: below the title and the legend, above the
// bottom axis and the footer's margin. Close is enough; a wrong guess costs one more layout.
QRectF BulletinChartView::estimatedPlotArea(const QSizeF &chartSize) const
{
    const QMargins margins = m_chart->margins();
    qreal top = margins.top();
    if (!m_chart->title().isEmpty()) {
        if (m_titleHeight.first != m_chart->title())
            m_titleHeight = { m_chart->title(), richTextHeight(m_chart->title(), m_chart->titleFont()) };
        top += m_titleHeight.second + TitleGap;
    }
    if (m_chart->legend()->isVisible())
        top += QFontMetricsF(m_chart->legend()->font()).height() + LegendPadding;
    qreal bottom = margins.bottom();
    const auto horizontal = m_chart->axes(Qt::Horizontal);
    for (const QAbstractAxis *axis : horizontal) {
        bottom += QFontMetricsF(axis->labelsFont()).height() + 2 * AxisLabelPadding;
        if (!axis->titleText().isEmpty())
            bottom += QFontMetricsF(axis->titleFont()).height() + AxisLabelPadding;
    }
    return { QPointF(margins.left(), top), QPointF(chartSize.width() - margins.right(), chartSize.height() - bottom) };
}

void BulletinChartView::layoutFooter()
{
    layoutFooterFor(m_chart->size());
}

void BulletinChartView::layoutFooterFor(const QSizeF &chartSize)
{
    const QFontMetricsF metrics(m_footer->font());
    const qreal width = std::max<qreal>(200, chartSize.width() - 2 * OuterMargin);
    QString text = wrapToWidth(sourceLine(), metrics, width);
    const QString note = footnote();
    if (!note.isEmpty())
        text = wrapToWidth(note, metrics, width) + QLatin1Char('\n') + text;
    if (m_footer->text() != text)
        m_footer->setText(text);

    const qreal height = m_footer->boundingRect().height();
    m_footer->setPos(OuterMargin, chartSize.height() - OuterMargin - height);
    // The right margin leaves room for the half of the last value-axis label that sits past the plot.
    const qreal lastLabelHalf = QFontMetricsF(ChartStyle::labelFont()).horizontalAdvance(rankLabel(14)) / 2;
    const QMargins margins { int(OuterMargin), int(OuterMargin),
        int(std::ceil(std::max(2 * OuterMargin, lastLabelHalf + 4))),
        int(std::ceil(OuterMargin + height + FooterGap)) };
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins);
}

// A page being laid out resizes its charts several times before they are first painted, and laying a chart out
// (rich-text labels, fitting) is the costliest part of start-up: lay out once, at the size that gets painted, or
// soon after for a chart scrolled out of sight.
void BulletinChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    m_layoutPending = true;
    if (m_layoutQueued)
        return;
    m_layoutQueued = true;
    QMetaObject::invokeMethod(this, &BulletinChartView::layOutPending, Qt::QueuedConnection);
}

// Until the view has its size, every change to the chart (labels, fonts, margins) would have the chart
// laid out again at a size it will never be shown at.
bool BulletinChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart && m_layoutPending
        && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::GraphicsSceneResize))
        return true;
    return QChartView::eventFilter(watched, event);
}

// Labels and margins that fit the new size before the chart is laid out, rather than after, which would lay it
// out twice, the first time with labels Qt Charts truncates letter by letter.
void BulletinChartView::fitBeforeLayout(const QSizeF &size)
{
    layoutFooterFor(size);
    fitToPlotArea(estimatedPlotArea(size));
}

void BulletinChartView::layOutForRendering(const QSizeF &size)
{
    m_layoutPending = false;
    fitBeforeLayout(size);
    m_chart->resize(size);
    scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    // Fitting the labels to the plot moves the plot; without an event loop the layout that requests would
    // never run.
    QGraphicsLayout *layout = m_chart->layout();
    for (int pass = 0; pass < 8 && !layout->isActivated(); ++pass)
        layout->activate();
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
    fitBeforeLayout(size());
    QResizeEvent resize(size(), size());
    QChartView::resizeEvent(&resize);
    // Resizing lays the chart out only when its size changed; a request swallowed above may be all it had.
    if (!m_chart->layout()->isActivated())
        m_chart->layout()->activate();
}

void BulletinChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    ChartExportActions::addChartActions(&menu, this);
    menu.exec(event->globalPos());
}

QString BulletinChartView::accessibleSummary() const
{
    const Bulletin::ChartSpec *spec = m_model->chartSpec();
    if (!spec)
        return {};
    const QString city = m_model->headerData(ChartDataModel::CityColumn, Qt::Horizontal).toString();
    const QString province = m_model->headerData(ChartDataModel::ProvinceColumn, Qt::Horizontal).toString();
    QStringList parts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QString name = m_model->headerData(row, Qt::Vertical).toString();
        const QString unit = index.data(Bulletin::UnitRole).toString();
        const double value = m_model->index(row, ChartDataModel::CityColumn).data().toDouble();
        switch (spec->kind) {
        case ChartKind::Comparison: {
            const double provinceValue = m_model->index(row, ChartDataModel::ProvinceColumn).data().toDouble();
            QString part = name + QLatin1Char(' ') + city + QLatin1Char(' ') + IndicatorFormat::withUnit(value, unit)
                + say("，", ", ") + province + QLatin1Char(' ') + IndicatorFormat::withUnit(provinceValue, unit);
            if (index.data(Bulletin::ProvinceDerivedRole).toBool())
                part += say("（推算）", " (derived)");
            const QString gap = categoryDetail(row);
            if (!gap.isEmpty())
                part += say("，", ", ") + gap;
            parts.append(part);
            break;
        }
        case ChartKind::Ranking:
            parts.append(name + QLatin1Char(' ') + categoryDetail(row));
            break;
        case ChartKind::Bars:
            parts.append(name + QLatin1Char(' ') + IndicatorFormat::withUnit(value, unit));
            break;
        }
    }
    return spec->displayTitle() + say("：", ": ") + parts.join(say("；", "; ")) + say("。", ".");
}

void BulletinChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // Names and words follow the interface language: the model's reset rebuilds the chart in the new one.
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
}
