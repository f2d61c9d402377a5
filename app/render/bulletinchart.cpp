#include "bulletinchart.h"

#include "charttext.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPainter>
#include <QScatterSeries>
#include <QSet>
#include <QTextDocument>
#include <QThread>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
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
using Bulletin::Language;

// Each word is chosen here in the chart's own language rather than through tr(), so that a chart never mixes
// languages whatever translations are installed.

namespace {

// In half-width columns: eleven Chinese characters, or about twenty-two Latin letters.
constexpr int MaxLabelLineWidth = 22;
// English names cannot go on one line beside the plot: where Chinese labels take one line, English ones take
// fewer, wider lines, about as wide as Qt Charts lets the axis be (40 % of the chart) in a chart 500 px wide.
constexpr int WideLabelLineWidth = 30;
// About what the bold title font fits across a chart 460 px wide.
constexpr int MaxTitleLines = 3;
// The categoryLabels() way of writing labels that breaks a rank's scope off its figure.
constexpr int ScopeApart = 4;
constexpr qreal OuterMargin = 12;
constexpr qreal FooterGap = 6;
// Qt Charts keeps this much above and below each axis label (ChartAxisElement::labelPadding).
constexpr qreal AxisLabelPadding = 5;
// Space Qt Charts 6.4 leaves under the title, and around the legend's line, measured on its layouts.
constexpr qreal TitleGap = 1.5;
constexpr qreal LegendPadding = 27;
// Values beyond this are drawn, but the axis stops here: Qt Charts maps values through doubles, and a range
// wider than this overflows on the way.
constexpr double MaxAxisMagnitude = 1e300;
// Below this a span is no span: denormal values would make the tick step zero.
constexpr double MinAxisSpan = 1e-250;
constexpr int MaxRankTicks = 15;
// Qt Charts lets a left axis's labels take at most about this share of the chart's width.
constexpr qreal MaxAxisShare = 0.4;
constexpr qreal DotSize = 11;

// A round tick step for a span: 1, 2, 2.5 or 5 times a power of ten, about five ticks.
double niceStep(double span)
{
    if (!(span > MinAxisSpan) || !std::isfinite(span))
        return 1;
    const double raw = span / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : { 1.0, 2.0, 2.5, 5.0 }) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

// The ranks a rank axis writes: the first and the last, and round steps between them, at most maxTicks in all
// however many places there are — the cost of an axis does not grow with rank_of.
QList<int> rankTicks(int rankOf, int maxTicks)
{
    QList<int> ticks { 1 };
    if (rankOf <= 1)
        return ticks;
    maxTicks = std::clamp(maxTicks, 2, MaxRankTicks);
    if (rankOf <= maxTicks) {
        for (int rank = 2; rank <= rankOf; ++rank)
            ticks.append(rank);
        return ticks;
    }
    double step = 1;
    for (const double candidate : { 1.0, 2.0, 5.0 }) {
        step = candidate;
        if (rankOf / candidate < maxTicks - 1)
            break;
    }
    if (rankOf / step >= maxTicks - 1)
        step = std::max(1.0, niceStep(double(rankOf) * 5 / (maxTicks - 1)));
    for (double rank = step; rank < rankOf && ticks.size() < maxTicks - 1; rank += step) {
        if (rankOf - rank >= step / 2)
            ticks.append(int(rank));
    }
    ticks.append(rankOf);
    return ticks;
}

// A gap or rank as a label writes it: the figure ("No. 1 of 14") never broken, a scope in brackets after it
// ("(excluding Changsha)") free to go on a line of its own.
QString wholeFigure(const QString &detail)
{
    const qsizetype scope = detail.indexOf(QLatin1String(" ("));
    QString figure = scope < 0 ? detail : detail.left(scope);
    figure.replace(u' ', QChar::Nbsp);
    return scope < 0 ? figure : figure + detail.mid(scope);
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

double finiteOr(double value, double fallback)
{
    return std::isfinite(value) ? value : fallback;
}

} // namespace

BulletinChart::BulletinChart(std::shared_ptr<const Bulletin::Document> document, const Bulletin::ChartSpec &spec,
    Language language, const ChartStyle &style, Framing framing)
    : m_language(language)
    , m_style(style)
    , m_framing(framing)
    , m_model(new ChartDataModel(this))
{
    setTheme(QChart::ChartThemeLight);
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setBackgroundPen(Qt::NoPen);
    // The background then fills the whole scene rect, which render() draws.
    layout()->setContentsMargins(0, 0, 0, 0);
    legend()->setAlignment(Qt::AlignTop);

    m_footer = new QGraphicsSimpleTextItem(this);
    connect(this, &QGraphicsWidget::geometryChanged, this, &BulletinChart::layoutFooter);
    connect(this, &QChart::plotAreaChanged, this, &BulletinChart::fitToPlotArea);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BulletinChart::rebuild);
    // An edited figure or name: the bars follow through their mapper, the labels and the axis here.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BulletinChart::refreshFromModel);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &BulletinChart::refreshFromModel);

    m_model->setLanguage(language);
    m_model->setChart(std::move(document), spec);
}

BulletinChart::BulletinChart(std::shared_ptr<const Bulletin::Document> document, const QString &chartId,
    Language language, const ChartStyle &style, Framing framing)
    : BulletinChart(nullptr, Bulletin::ChartSpec(), language, style, framing)
{
    m_model->setChart(std::move(document), chartId);
}

BulletinChart::~BulletinChart()
{
    // The scene would delete its items, this chart among them.
    if (m_ownScene && scene() == m_ownScene.get())
        m_ownScene->removeItem(this);
}

QString BulletinChart::chartId() const
{
    const Bulletin::ChartSpec *spec = m_model->chartSpec();
    return spec ? spec->id : QString();
}

ChartKind BulletinChart::kind() const
{
    const Bulletin::ChartSpec *spec = m_model->chartSpec();
    return spec ? spec->kind : ChartKind::Bars;
}

QString BulletinChart::unit() const
{
    return ChartText::bounded(m_model->unit(), ChartText::MaxUnitChars);
}

QString BulletinChart::barLabelUnit() const
{
    // A sign or a Chinese unit follows every bar's number ("1.7%", "297.72亿元"); English words ("100 million
    // yuan") are said once, on the axis.
    const QString shared = unit();
    return IndicatorFormat::amount(1, shared, m_language).separator.isEmpty() ? shared : QString();
}

QString BulletinChart::cityName(const Bulletin::Document &document) const
{
    return ChartText::bounded(IndicatorFormat::cityName(document, m_language), ChartText::MaxNameChars);
}

QString BulletinChart::provinceName(const Bulletin::Document &document) const
{
    return ChartText::bounded(IndicatorFormat::provinceName(document, m_language), ChartText::MaxNameChars);
}

QString BulletinChart::say(const char *chinese, const char *english) const
{
    return QString::fromUtf8(m_language == Language::English ? english : chinese);
}

QFont BulletinChart::scaledFont(const QFont &font) const
{
    QFont scaled = font;
    scaled.setPointSizeF(font.pointSizeF() * m_textScale);
    return scaled;
}

QFont BulletinChart::categoryFont(qreal pointSize) const
{
    QFont font = ChartStyle::labelFont(m_language);
    font.setPointSizeF(pointSize);
    return font;
}

void BulletinChart::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    // The model's reset rebuilds the chart in the new language.
    m_model->setLanguage(language);
}

void BulletinChart::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    applyStyle();
}

void BulletinChart::setTextScale(qreal scale)
{
    scale = std::clamp(scale, 0.5, 4.0);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    rebuild();
}

bool BulletinChart::event(QEvent *event)
{
    if (m_layoutHeld && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::GraphicsSceneResize))
        return true;
    return QChart::event(event);
}

void BulletinChart::rebuild()
{
    const ChartKind chartKind = kind();

    const auto oldAxes = axes();
    for (QAbstractAxis *axis : oldAxes) {
        removeAxis(axis);
        delete axis;
    }
    m_categoryAxis = nullptr;
    m_valueAxis = nullptr;
    m_rankAxis = nullptr;
    m_rankTicks.clear();
    delete m_barMapper;
    m_barMapper = nullptr;
    delete m_dotMapper;
    m_dotMapper = nullptr;
    removeAllSeries();
    m_bars = nullptr;
    m_rankDots = nullptr;
    // Qt Charts deletes the graphics of removed axes and series later, from the event loop; until then render()
    // would draw them under the new ones. Where no event loop runs (exports, the briefing, tests), delete them now.
    if (QThread::currentThread()->loopLevel() == 0)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    if (chartKind == ChartKind::Ranking)
        buildRankDots();
    else
        buildBars(chartKind);
    legend()->setVisible(chartKind == ChartKind::Comparison || m_framing == Framing::Standalone);

    m_titleWidth = size().width() > 0 ? size().width() : 900;
    setTitle(titleHtml(m_titleWidth));

    // A numeric category axis rather than QBarCategoryAxis, which refuses setReverse(): reversed, the first
    // indicator is on top and, within a category, the city bar above the province bar. Labels sit on the bar
    // centres: centred labels on a reversed axis hide the first and last category (Qt 6.4).
    m_categoryAxis = new QCategoryAxis;
    const int rows = m_model->rowCount();
    m_categoryAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_categoryAxis->setStartValue(-0.5);
    m_labelLines = 3;
    m_labelPointSize = scaledFont(ChartStyle::labelFont(m_language)).pointSizeF();
    m_labelColumns = MaxLabelLineWidth;
    m_labelExtents.clear();
    const QStringList labels = categoryLabels(m_labelLines, m_labelColumns);
    for (int row = 0; row < rows; ++row)
        m_categoryAxis->append(labels.at(row), row);
    m_categoryAxis->setRange(-0.5, std::max(rows, 1) - 0.5);
    m_categoryAxis->setReverse(true);
    m_categoryAxis->setGridLineVisible(chartKind == ChartKind::Ranking);
    addAxis(m_categoryAxis, Qt::AlignLeft);
    if (m_bars)
        m_bars->attachAxis(m_categoryAxis);
    if (m_rankDots)
        m_rankDots->attachAxis(m_categoryAxis);

    if (chartKind == ChartKind::Ranking)
        buildRankAxis();
    else
        buildValueAxis();

    applyStyle();
    fitToPlotArea(plotArea());
}

void BulletinChart::refreshFromModel()
{
    const QStringList old = m_categoryAxis ? m_categoryAxis->categoriesLabels() : QStringList();
    const QStringList labels
        = categoryLabels(m_labelLines > 0 ? m_labelLines : 3, m_labelColumns > 0 ? m_labelColumns : MaxLabelLineWidth);
    // A rank scale or the rows themselves changed, or two labels became one: build the chart again.
    if (kind() == ChartKind::Ranking || old.size() != labels.size()
        || QSet<QString>(labels.cbegin(), labels.cend()).size() != labels.size()) {
        rebuild();
        return;
    }
    m_labelExtents.clear();
    for (int row = 0; row < labels.size(); ++row) {
        if (old.at(row) != labels.at(row))
            m_categoryAxis->replaceLabel(old.at(row), labels.at(row));
    }
    // Fit labels and the value axis again, whatever was fitted before.
    m_labelLines = 0;
    if (m_bars)
        m_bars->setLabelsFormat(QStringLiteral("@value") + barLabelUnit());
    if (m_valueAxis)
        m_valueAxis->setTitleText(IndicatorFormat::unitLabel(unit(), m_language));
    setTitle(titleHtml(m_titleWidth));
    layoutFooter();
    fitToPlotArea(plotArea());
}

void BulletinChart::buildBars(ChartKind chartKind)
{
    m_bars = new QHorizontalBarSeries;
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_bars->setBarWidth(chartKind == ChartKind::Comparison ? 0.75 : 0.55);
    m_bars->setLabelsVisible(true);
    m_bars->setLabelsFormat(QStringLiteral("@value") + barLabelUnit());
    addSeries(m_bars);
    // The mapper makes the bar sets, again after every reset of the model.
    connect(m_bars, &QAbstractBarSeries::barsetsAdded, this, [this](const QList<QBarSet *> &sets) {
        for (QBarSet *set : sets) {
            connect(set, &QBarSet::clicked, this, [this](int row) {
                const QString id = m_model->indicatorId(row);
                if (!id.isEmpty())
                    emit indicatorClicked(id);
            });
            connect(set, &QBarSet::hovered, this,
                [this](bool entered, int row) { emit indicatorHovered(m_model->indicatorId(row), entered); });
        }
        styleSeries();
    });

    m_barMapper = new QVBarModelMapper(this);
    m_barMapper->setFirstBarSetColumn(ChartDataModel::CityColumn);
    m_barMapper->setLastBarSetColumn(
        chartKind == ChartKind::Comparison ? ChartDataModel::ProvinceColumn : ChartDataModel::CityColumn);
    m_barMapper->setSeries(m_bars);
    m_barMapper->setModel(m_model);
}

void BulletinChart::buildRankDots()
{
    m_rankDots = new QScatterSeries;
    m_rankDots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_rankDots->setMarkerSize(DotSize * m_textScale);
    m_rankDots->setPointLabelsVisible(true);
    m_rankDots->setPointLabelsClipping(false);
    m_rankDots->setPointLabelsFormat(QStringLiteral("@xPoint"));
    addSeries(m_rankDots);
    connect(m_rankDots, &QXYSeries::clicked, this, [this](const QPointF &point) {
        const QString id = m_model->indicatorId(qRound(point.y()));
        if (!id.isEmpty())
            emit indicatorClicked(id);
    });
    connect(m_rankDots, &QXYSeries::hovered, this, [this](const QPointF &point, bool entered) {
        emit indicatorHovered(m_model->indicatorId(qRound(point.y())), entered);
    });

    m_dotMapper = new QVXYModelMapper(this);
    m_dotMapper->setXColumn(ChartDataModel::RankColumn);
    m_dotMapper->setYColumn(ChartDataModel::PositionColumn);
    m_dotMapper->setSeries(m_rankDots);
    m_dotMapper->setModel(m_model);
}

void BulletinChart::buildRankAxis()
{
    int rankOf = 1;
    bool sameRankOf = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int rowRankOf = m_model->index(row, 0).data(Bulletin::RankOfRole).toInt();
        sameRankOf = sameRankOf && (row == 0 || rowRankOf == rankOf);
        rankOf = std::max(rankOf, rowRankOf);
    }
    // The last place on the left, the first on the right, where the eye reads "ahead".
    m_rankAxis = new QCategoryAxis;
    m_rankAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_rankAxis->setStartValue(0.5);
    m_rankOf = rankOf;
    fitRankTicks(MaxRankTicks);
    // Room beyond the first place for its dot and label.
    m_rankAxis->setRange(0.5 - 0.04 * rankOf, rankOf + 0.5);
    m_rankAxis->setReverse(true);
    const auto document = m_model->document();
    const QString province = document ? provinceName(*document) : QString();
    if (!sameRankOf)
        m_rankAxis->setTitleText(say("名次（1为最好）", "Rank (1 is best)"));
    else if (m_language == Language::English)
        m_rankAxis->setTitleText(QStringLiteral("Rank among %1's %2 cities").arg(province).arg(rankOf));
    else
        m_rankAxis->setTitleText(QStringLiteral("%1%2个市州中的名次").arg(province).arg(rankOf));
    addAxis(m_rankAxis, Qt::AlignBottom);
    m_rankDots->attachAxis(m_rankAxis);
}

// Plain numbers on the rank axis, as many as its width holds.
void BulletinChart::fitRankTicks(int maxTicks)
{
    const QList<int> ticks = rankTicks(m_rankOf, maxTicks);
    if (ticks == m_rankTicks)
        return;
    m_rankTicks = ticks;
    const QStringList old = m_rankAxis->categoriesLabels();
    for (const QString &label : old)
        m_rankAxis->remove(label);
    for (const int rank : ticks)
        m_rankAxis->append(QString::number(rank), rank);
}

void BulletinChart::buildValueAxis()
{
    m_valueAxis = new QValueAxis;
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    m_valueAxis->setLabelFormat(QStringLiteral("%g"));
    m_valueAxis->setTitleText(IndicatorFormat::unitLabel(unit(), m_language));
    addAxis(m_valueAxis, Qt::AlignBottom);
    m_bars->attachAxis(m_valueAxis);
}

QString BulletinChart::plainTitle() const
{
    const Bulletin::ChartSpec *spec = m_model->chartSpec();
    return spec ? ChartText::bounded(spec->displayTitle(m_language), ChartText::MaxTitleChars) : QString();
}

QString BulletinChart::titleHtml(qreal width) const
{
    // Qt Charts elides a title wider than the chart as a whole, subtitle and all: wrap it first, in at most
    // MaxTitleLines lines.
    const QFontMetricsF metrics(scaledFont(ChartStyle::titleFont(m_language)));
    // Between the side margins, less Qt Charts' own padding and a margin of safety for the bold face's overhang.
    const QMargins sides = margins();
    const qreal titleWidth = width - std::max(sides.left() + sides.right(), int(4 * OuterMargin)) - 2 * OuterMargin;
    QStringList lines = ChartText::wrapToWidth(plainTitle(), metrics, std::max<qreal>(60, titleWidth)).split(u'\n');
    if (lines.size() > MaxTitleLines) {
        lines[MaxTitleLines - 1] = metrics.elidedText(
            lines.mid(MaxTitleLines - 1).join(QString()), Qt::ElideRight, std::max<qreal>(60, titleWidth));
        lines = lines.mid(0, MaxTitleLines);
    }
    for (QString &line : lines)
        line = line.trimmed().toHtmlEscaped();
    const QString title = lines.join(QStringLiteral("<br>"));
    QStringList notes;
    if (kind() == ChartKind::Ranking && !plainTitle().contains(say("第1名", "1st")))
        notes.append(say("第1名为最好，越靠右名次越靠前", "1st is best: the further right, the higher the rank"));
    if (m_framing == Framing::Standalone) {
        // Out of the program, a chart must say where and when on its own.
        if (const auto document = m_model->document()) {
            QStringList context { cityName(*document) };
            if (!document->period.isEmpty())
                context.append(document->displayPeriod(m_language));
            notes.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                             .arg(m_style.mutedText.name(),
                                 ChartText::bounded(context.join(QStringLiteral(" · ")), ChartText::MaxTitleChars)
                                     .toHtmlEscaped()));
        }
    }
    if (notes.isEmpty())
        return title;
    const int noteSize = qRound(ChartStyle::smallFont(m_language).pointSizeF() * m_textScale);
    return QStringLiteral("<div align=\"center\">") + title
        + QStringLiteral("<br><span style=\"font-size:%1pt; font-weight:normal\">").arg(noteSize)
        + notes.join(QStringLiteral("<br>")) + QStringLiteral("</span></div>");
}

QString BulletinChart::categoryDetail(int row) const
{
    const QModelIndex index = m_model->index(row, 0);
    switch (kind()) {
    case ChartKind::Comparison: {
        const QVariant gap = index.data(Bulletin::GapRole);
        const Bulletin::Indicator *indicator = m_model->indicator(row);
        const QString unit = indicator ? indicator->displayUnit(m_language) : QString();
        return gap.isValid()
            ? IndicatorFormat::gapOf(gap.toDouble(), ChartText::bounded(unit, ChartText::MaxUnitChars), m_language)
            : QString();
    }
    case ChartKind::Ranking: {
        const QVariant rank = index.data(Bulletin::RankRole);
        if (!rank.isValid())
            return {};
        return IndicatorFormat::rankWithScope(rank.toInt(), index.data(Bulletin::RankOfRole).toInt(),
            ChartText::bounded(index.data(ChartDataModel::RankScopeRole).toString(), ChartText::MaxLabelChars / 4),
            m_language);
    }
    case ChartKind::Bars:
        return {};
    }
    return {};
}

// lines: 3 wraps long names and puts the gap or rank on a line of its own, 2 keeps the name on one line, 1 puts
// everything on one line. English names wrap whatever lines says: 2 runs the gap or rank on after the name, 1 does
// so in wider lines. ScopeApart is 3 with the scope of a rank ("(excluding Changsha)") on a line of its own, for when
// no other way fits.
QStringList BulletinChart::categoryLabels(int lines, int columns) const
{
    const bool markEachDerived = kind() == ChartKind::Comparison && anyProvinceDerived() && !allProvinceDerived();
    QStringList labels;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name
            = ChartText::bounded(m_model->headerData(row, Qt::Vertical).toString(), ChartText::MaxLabelChars);
        const QString marker = markEachDerived && m_model->index(row, 0).data(Bulletin::ProvinceDerivedRole).toBool()
            ? QStringLiteral("*")
            : QString();
        const QString detail = categoryDetail(row);
        if (lines < 3 && name.contains(QLatin1Char(' '))) {
            // "No. 1 of 14" stays on one line.
            const QString text = name + marker
                + (detail.isEmpty() ? QString() : QLatin1Char(' ') + QString(detail).replace(u' ', QChar::Nbsp));
            labels.append(lines == 2 ? ChartText::wrapName(text, std::min(columns, MaxLabelLineWidth))
                                     : ChartText::wrapName(text, std::min(columns, WideLabelLineWidth), true));
            continue;
        }
        QString label
            = (lines >= 3 ? ChartText::wrapName(name, std::min(columns, MaxLabelLineWidth)) : name.toHtmlEscaped())
            + marker;
        if (lines == ScopeApart && !detail.isEmpty())
            label += QStringLiteral("<br>")
                + ChartText::wrapName(wholeFigure(detail), std::min(columns, MaxLabelLineWidth));
        else if (!detail.isEmpty())
            label += (lines >= 2 ? QStringLiteral("<br>") : QStringLiteral(" ")) + detail.toHtmlEscaped();
        labels.append(label);
    }
    return labels;
}

bool BulletinChart::allProvinceDerived() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->index(row, 0).data(Bulletin::ProvinceDerivedRole).toBool())
            return false;
    }
    return m_model->rowCount() > 0;
}

bool BulletinChart::anyProvinceDerived() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(Bulletin::ProvinceDerivedRole).toBool())
            return true;
    }
    return false;
}

QString BulletinChart::legendLabel() const
{
    const auto document = m_model->document();
    if (!document)
        return {};
    const QString city = cityName(*document);
    const QString province = provinceName(*document);
    switch (kind()) {
    case ChartKind::Ranking:
        return m_language == Language::English ? QStringLiteral("%1's rank in %2").arg(city, province)
                                               : QStringLiteral("%1在%2的名次").arg(city, province);
    case ChartKind::Bars:
        if (document->comparisonRegion.isEmpty())
            return city;
        return m_language == Language::English ? QStringLiteral("%1, %2").arg(city, province) : province + city;
    case ChartKind::Comparison:
        return {};
    }
    return {};
}

void BulletinChart::applyStyle()
{
    setBackgroundBrush(m_style.background);
    setTitleBrush(m_style.text);
    setTitleFont(scaledFont(ChartStyle::titleFont(m_language)));
    legend()->setLabelColor(m_style.text);
    legend()->setFont(scaledFont(ChartStyle::labelFont(m_language)));

    const auto chartAxes = axes();
    for (QAbstractAxis *axis : chartAxes) {
        axis->setLabelsColor(m_style.text);
        axis->setLabelsFont(axis == m_categoryAxis && m_labelPointSize > 0
                ? categoryFont(m_labelPointSize)
                : scaledFont(ChartStyle::labelFont(m_language)));
        axis->setTitleBrush(m_style.mutedText);
        axis->setTitleFont(scaledFont(ChartStyle::smallFont(m_language)));
        axis->setGridLineColor(m_style.grid);
        axis->setLinePenColor(m_style.axisLine);
    }

    styleSeries();
    const auto markers = legend()->markers();
    for (QLegendMarker *marker : markers)
        marker->setLabelBrush(m_style.text);
    relabelLegend();

    m_footer->setBrush(m_style.mutedText);
    m_footer->setFont(scaledFont(ChartStyle::smallFont(m_language)));
    layoutFooter();
}

void BulletinChart::relabelLegend()
{
    // Renaming the bar set itself would make the mapper rebuild it; only the legend says "derived".
    const bool markDerived = kind() == ChartKind::Comparison && allProvinceDerived();
    const QString label = legendLabel();
    const auto markers = legend()->markers();
    const QList<QBarSet *> sets = m_bars ? m_bars->barSets() : QList<QBarSet *>();
    QStringList labels;
    for (QLegendMarker *marker : markers) {
        auto *barMarker = qobject_cast<QBarLegendMarker *>(marker);
        if (markDerived && barMarker && sets.size() > 1 && barMarker->barset() == sets.at(1))
            labels.append(ChartText::bounded(sets.at(1)->label(), ChartText::MaxNameChars)
                + IndicatorFormat::derivedRemark(m_language));
        else if (!label.isEmpty())
            labels.append(label);
        else
            labels.append(ChartText::bounded(marker->label(), ChartText::MaxNameChars));
    }
    // A legend too wide for the chart says "derived" in a word rather than be cut: the note under the chart
    // explains it.
    if (markDerived && m_fitWidth > 0) {
        const QFontMetricsF metrics(legend()->font());
        qreal needed = 0;
        for (const QString &text : std::as_const(labels))
            needed += metrics.horizontalAdvance(text) + 2 * metrics.height();
        if (needed > m_fitWidth - 2 * OuterMargin) {
            for (QString &text : labels)
                text.replace(
                    IndicatorFormat::derivedRemark(m_language), IndicatorFormat::derivedRemarkBrief(m_language));
        }
    }
    for (int m = 0; m < markers.size(); ++m) {
        if (markers.at(m)->label() != labels.at(m))
            markers.at(m)->setLabel(labels.at(m));
    }
}

void BulletinChart::styleSeries()
{
    const ChartKind chartKind = kind();
    if (m_bars) {
        const QList<QBarSet *> sets = m_bars->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            QBarSet *set = sets.at(i);
            const QColor fill
                = chartKind == ChartKind::Comparison ? (i == 0 ? m_style.city : m_style.province) : m_style.bars;
            const Qt::BrushStyle pattern = chartKind == ChartKind::Comparison
                ? (i == 0 ? m_style.cityPattern : m_style.provincePattern)
                : m_style.cityPattern;
            // The legend's marker takes the set's brush, pattern and all.
            set->setBrush(QBrush(fill, pattern));
            set->setBorderColor(ChartStyle::edgeFor(fill, m_style.background));
            set->setSelectedColor(ChartStyle::edgeFor(fill, m_style.background).darker(130));
            // After any theme change: the light theme paints outside-end labels white.
            set->setLabelColor(m_style.text);
            set->setLabelFont(scaledFont(ChartStyle::labelFont(m_language)));
        }
    }
    if (m_rankDots) {
        m_rankDots->setColor(m_style.ranking);
        m_rankDots->setBorderColor(ChartStyle::edgeFor(m_style.rankingBorder, m_style.background));
        m_rankDots->setPointLabelsColor(m_style.text);
        m_rankDots->setPointLabelsFont(scaledFont(ChartStyle::smallFont(m_language)));
        m_rankDots->setSelectedColor(m_style.text);
        for (int row = 0; row < m_rankDots->count(); ++row) {
            if (m_model->index(row, 0).data(Bulletin::RankRole).toInt() != 1)
                continue;
            // Colour only: a larger marker is drawn off its point in Qt Charts 6.4.
            QHash<QXYSeries::PointConfiguration, QVariant> first;
            first.insert(QXYSeries::PointConfiguration::Color, m_style.firstPlace);
            m_rankDots->setPointConfiguration(row, first);
        }
    }
    applyHighlight();
}

void BulletinChart::setHighlightedIndicator(const QString &indicatorId)
{
    if (indicatorId == m_highlighted)
        return;
    m_highlighted = indicatorId;
    applyHighlight();
}

void BulletinChart::applyHighlight()
{
    const int row = m_highlighted.isEmpty() ? -1 : m_model->rowOf(m_highlighted);
    if (m_bars) {
        const auto sets = m_bars->barSets();
        for (QBarSet *set : sets) {
            set->deselectAllBars();
            if (row >= 0)
                set->selectBar(row);
        }
    }
    if (m_rankDots) {
        m_rankDots->deselectAllPoints();
        if (row >= 0 && row < m_rankDots->count())
            m_rankDots->selectPoint(row);
    }
}

int BulletinChart::rowAt(const QPointF &position) const
{
    const QRectF plot = plotArea();
    const int rows = m_model->rowCount();
    if (rows == 0 || !plot.contains(position))
        return -1;
    // The category axis is reversed: the first row on top, each row a band of equal height.
    const int row = int((position.y() - plot.top()) / (plot.height() / rows));
    return std::clamp(row, 0, rows - 1);
}

QString BulletinChart::toolTip(int row) const
{
    const Bulletin::Indicator *indicator = m_model->indicator(row);
    const auto document = m_model->document();
    if (!indicator || !document)
        return {};
    QStringList lines { indicator->displayName(m_language) };
    const QString city = cityName(*document);
    lines.append(city + say("：", ": ") + IndicatorFormat::value(*indicator, m_language));
    if (indicator->provinceValue) {
        QString province
            = provinceName(*document) + say("：", ": ") + IndicatorFormat::provinceValue(*indicator, m_language);
        if (indicator->provinceDerived)
            province += say("（推算）", " (derived)");
        lines.append(province);
    }
    const QString gap = IndicatorFormat::gap(*indicator, m_language);
    if (!gap.isEmpty())
        lines.append(say("差距：", "Gap: ") + gap);
    const QString rank = IndicatorFormat::rankWithScope(*indicator, m_language);
    if (!rank.isEmpty())
        lines.append(say("名次：", "Rank: ") + rank);
    const QString period = indicator->period.isEmpty() ? document->displayPeriod(m_language) : indicator->period;
    if (!period.isEmpty())
        lines.append(say("时期：", "Period: ") + period);
    for (QString &line : lines)
        line = ChartText::bounded(line, ChartText::MaxLabelChars);
    return lines.join(QLatin1Char('\n'));
}

void BulletinChart::fitToPlotArea(const QRectF &plot)
{
    // Fitting changes label sizes, which moves the plot area again; the nested call would chase its own tail.
    if (m_fitting)
        return;
    m_fitting = true;
    fitCategoryLabels(plot);
    fitValueAxis(plot);
    m_fitting = false;
}

qreal BulletinChart::labelWidthBudget(qreal chartWidth) const
{
    const QMargins chartMargins = margins();
    return MaxAxisShare * (chartWidth - chartMargins.left() - chartMargins.right()) - 2;
}

// How many half-width columns a label line may take in that many pixels: a column is half a Chinese character or
// an average Latin letter, whichever is wider.
int BulletinChart::labelColumns(qreal budget, const QFont &font) const
{
    const QFontMetricsF metrics(font);
    const qreal chinese = metrics.horizontalAdvance(QChar(0x4E2D)) / 2;
    const qreal latin = metrics.horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz")) / 26;
    return std::max(6, int(budget / std::max<qreal>(1, std::max(chinese, latin))));
}

BulletinChart::LabelExtent BulletinChart::labelExtent(int lines, int columns, const QFont &font) const
{
    const int key = columns * 100000 + lines * 1000 + qRound(font.pointSizeF() * 10);
    const auto cached = m_labelExtents.constFind(key);
    if (cached != m_labelExtents.constEnd())
        return *cached;
    const QFontMetricsF metrics(font);
    LabelExtent extent;
    const QStringList labels = categoryLabels(lines, columns);
    for (const QString &label : labels) {
        extent.height = std::max(extent.height, ChartText::labelHeight(label, font));
        const QStringList labelLines = label.split(QStringLiteral("<br>"));
        for (const QString &line : labelLines)
            extent.width = std::max(extent.width, metrics.horizontalAdvance(ChartText::plain(line)));
    }
    m_labelExtents.insert(key, extent);
    return extent;
}

// Qt Charts gives each category label the axis height divided by the number of category boundaries, and the axis at
// most MaxAxisShare of the width, and truncates what does not fit: use fewer lines, then a smaller font, rather
// than lose text.
void BulletinChart::fitCategoryLabels(const QRectF &plot)
{
    const int rows = m_model->rowCount();
    if (!m_categoryAxis || rows == 0 || plot.height() <= 0)
        return;
    const qreal available = plot.height() / (rows + 1) - 2 * AxisLabelPadding;
    const qreal budget = labelWidthBudget(m_fitWidth);
    const qreal fullSize = scaledFont(ChartStyle::labelFont(m_language)).pointSizeF();
    int lines = 1;
    qreal pointSize = fullSize - 2 * m_textScale;
    int columns = MaxLabelLineWidth;
    bool fits = false;
    // A smaller font before a rank's scope is broken off its figure.
    for (const auto &candidates : { QList<int> { 3, 2, 1 }, QList<int> { ScopeApart } }) {
        for (const qreal size : { fullSize, fullSize - m_textScale, fullSize - 2 * m_textScale }) {
            const QFont font = categoryFont(size);
            const int sizeColumns = labelColumns(budget, font);
            for (const int candidate : candidates) {
                const LabelExtent extent = labelExtent(candidate, sizeColumns, font);
                if (extent.height <= available && extent.width <= budget) {
                    lines = candidate;
                    pointSize = size;
                    columns = sizeColumns;
                    fits = true;
                    break;
                }
            }
            if (fits)
                break;
        }
        if (fits)
            break;
    }
    if (!fits) {
        columns = labelColumns(budget, categoryFont(pointSize));
    }
    if (lines == m_labelLines && columns == m_labelColumns && qFuzzyCompare(pointSize, m_labelPointSize))
        return;
    m_labelLines = lines;
    m_labelColumns = columns;
    m_labelPointSize = pointSize;
    const QStringList labels = categoryLabels(lines, columns);
    const QStringList old = m_categoryAxis->categoriesLabels();
    for (int row = 0; row < rows && row < old.size(); ++row)
        m_categoryAxis->replaceLabel(old.at(row), labels.at(row));
    m_categoryAxis->setLabelsFont(categoryFont(pointSize));
}

void BulletinChart::fitValueAxis(const QRectF &plot)
{
    if (m_rankAxis && plot.width() > 0) {
        const qreal labelWidth
            = QFontMetricsF(scaledFont(ChartStyle::labelFont(m_language))).horizontalAdvance(QString::number(m_rankOf))
            + 3 * AxisLabelPadding;
        fitRankTicks(int(plot.width() / std::max<qreal>(1, labelWidth)));
    }
    if (!m_valueAxis || !m_barMapper)
        return;
    double low = 0;
    double high = 0;
    qreal labelWidth = 0;
    const QFontMetricsF metrics(scaledFont(ChartStyle::labelFont(m_language)));
    const QString shared = barLabelUnit();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = m_barMapper->firstBarSetColumn(); column <= m_barMapper->lastBarSetColumn(); ++column) {
            const QVariant value = m_model->index(row, column).data();
            if (!value.isValid() || !std::isfinite(value.toDouble()))
                continue;
            const double clamped = std::clamp(value.toDouble(), -MaxAxisMagnitude, MaxAxisMagnitude);
            low = std::min(low, clamped);
            high = std::max(high, clamped);
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(IndicatorFormat::withUnit(clamped, shared)));
        }
    }
    if (high - low < MinAxisSpan) {
        low = std::min(low, 0.0);
        high = low + 1;
    }

    // Room past the longest bar for its outside label, as a share of the plot width.
    const qreal width = plot.width() > 100 ? plot.width() : 600;
    const double share = std::min(0.45, (labelWidth + 12) / width);
    double needHigh = high > 0 ? (high - share * low) / (1 - share) : 0;
    double needLow = low < 0 ? (low - share * high) / (1 - share) : 0;
    const double step = niceStep(needHigh - needLow);
    needHigh = finiteOr(std::ceil(needHigh / step - 1e-9) * step, high);
    needLow = finiteOr(std::floor(needLow / step + 1e-9) * step, low);
    if (!(needHigh > needLow))
        needHigh = needLow + step;
    if (!qFuzzyCompare(m_valueAxis->max(), needHigh) || !qFuzzyCompare(m_valueAxis->min() + 1, needLow + 1)
        || !qFuzzyCompare(m_valueAxis->tickInterval(), step)) {
        m_valueAxis->setRange(needLow, needHigh);
        m_valueAxis->setTickInterval(step);
    }
}

QString BulletinChart::sourceLine() const
{
    const auto document = m_model->document();
    return document ? ChartText::bounded(IndicatorFormat::sourceLine(*document, m_language), ChartText::MaxFooterChars)
                    : QString();
}

QString BulletinChart::footerText(qreal width) const
{
    const QFontMetricsF metrics(m_footer->font());
    QStringList parts;
    if (kind() == ChartKind::Comparison && anyProvinceDerived()) {
        const auto document = m_model->document();
        const QString province = document ? provinceName(*document) : QString();
        parts.append(ChartText::wrapToWidth(
            IndicatorFormat::derivedFootnote(
                ChartText::bounded(province, ChartText::MaxLabelChars), allProvinceDerived(), m_language),
            metrics, width));
    }
    if (m_model->omittedCount() > 0) {
        const QString omitted = m_language == Language::English
            ? QStringLiteral("The first %1 of %2 indicators are shown.")
                  .arg(m_model->rowCount())
                  .arg(m_model->rowCount() + m_model->omittedCount())
            : QStringLiteral("仅显示前%1项，共%2项。")
                  .arg(m_model->rowCount())
                  .arg(m_model->rowCount() + m_model->omittedCount());
        parts.append(ChartText::wrapToWidth(omitted, metrics, width));
    }
    if (m_framing != Framing::OnSheet)
        parts.append(ChartText::wrapToWidth(sourceLine(), metrics, width));
    return parts.join(QLatin1Char('\n'));
}

void BulletinChart::layoutFooter()
{
    layoutFooterFor(size());
}

void BulletinChart::layoutFooterFor(const QSizeF &chartSize)
{
    const qreal width = std::max<qreal>(200, chartSize.width() - 2 * OuterMargin);
    const QString text = footerText(width);
    if (m_footer->text() != text)
        m_footer->setText(text);

    const qreal height = m_footer->text().isEmpty() ? 0 : m_footer->boundingRect().height();
    m_footer->setPos(OuterMargin, chartSize.height() - OuterMargin - height);
    // The right margin leaves room for the half of the last value-axis label that sits past the plot.
    const qreal lastLabelHalf = QFontMetricsF(scaledFont(ChartStyle::labelFont(m_language)))
                                    .horizontalAdvance(IndicatorFormat::rankLabel(14, m_language))
        / 2;
    const QMargins margins { int(OuterMargin), int(OuterMargin),
        int(std::ceil(std::max(2 * OuterMargin, lastLabelHalf + 4))),
        int(std::ceil(OuterMargin + height + FooterGap)) };
    if (this->margins() != margins)
        setMargins(margins);
}

// Where Qt Charts will put the plot in a chart of this size: below the title and the legend, above the bottom axis
// and the footer's margin. Close is enough; a wrong guess costs one more layout.
QRectF BulletinChart::estimatedPlotArea(const QSizeF &chartSize) const
{
    const QMargins chartMargins = margins();
    qreal top = chartMargins.top();
    if (!title().isEmpty()) {
        if (m_titleHeight.first != title())
            m_titleHeight = { title(), richTextHeight(title(), titleFont()) };
        top += m_titleHeight.second + TitleGap;
    }
    if (legend()->isVisible())
        top += QFontMetricsF(legend()->font()).height() + LegendPadding;
    qreal bottom = chartMargins.bottom();
    const auto horizontal = axes(Qt::Horizontal);
    for (const QAbstractAxis *axis : horizontal) {
        bottom += QFontMetricsF(axis->labelsFont()).height() + 2 * AxisLabelPadding;
        if (!axis->titleText().isEmpty())
            bottom += QFontMetricsF(axis->titleFont()).height() + AxisLabelPadding;
    }
    return { QPointF(chartMargins.left(), top),
        QPointF(chartSize.width() - chartMargins.right(), std::max(top, chartSize.height() - bottom)) };
}

void BulletinChart::layOut(const QSizeF &size)
{
    m_layoutHeld = false;
    ensureScene();
    // Labels and margins that fit the new size before the chart is laid out, rather than after, which would lay it
    // out twice, the first time with labels Qt Charts truncates letter by letter.
    m_fitWidth = size.width();
    relabelLegend();
    layoutFooterFor(size);
    // After the footer, which sets the side margins the title has to fit between.
    if (!qFuzzyCompare(size.width(), m_titleWidth)) {
        m_titleWidth = size.width();
        setTitle(titleHtml(m_titleWidth));
    }
    fitToPlotArea(estimatedPlotArea(size));
    resize(size);
    if (QGraphicsScene *chartScene = scene(); chartScene && chartScene == m_ownScene.get())
        chartScene->setSceneRect(QRectF(QPointF(0, 0), size));
    // Fitting the labels to the plot moves the plot; without an event loop the layout that requests would never
    // run.
    // A layout that counts as done at the old size would keep the old plot area: lay out again in any case.
    QGraphicsLayout *chartLayout = layout();
    chartLayout->invalidate();
    chartLayout->activate();
    for (int pass = 0; pass < 8 && !chartLayout->isActivated(); ++pass)
        chartLayout->activate();
}

qreal BulletinChart::preferredHeight(qreal width) const
{
    const int rows = std::max(1, m_model->rowCount());
    // What is not the plot at a nominal height: the title, the legend, the bottom axis and the footer. The footer
    // depends on the width only.
    const QFontMetricsF footerMetrics(m_footer->font());
    const qreal footerWidth = std::max<qreal>(200, width - 2 * OuterMargin);
    const QString footer = footerText(footerWidth);
    const qreal footerLines = footer.isEmpty() ? 0 : footer.count(QLatin1Char('\n')) + 1;
    const qreal footerHeight = footerLines * footerMetrics.lineSpacing();
    QMargins chartMargins = margins();
    chartMargins.setBottom(int(std::ceil(OuterMargin + footerHeight + FooterGap)));
    const qreal nominal = 1000;
    const QRectF plot = estimatedPlotArea(QSizeF(width, nominal));
    qreal titleChange = 0;
    if (!title().isEmpty() && !qFuzzyCompare(width, m_titleWidth))
        titleChange = richTextHeight(titleHtml(width), titleFont()) - richTextHeight(title(), titleFont());
    const qreal overhead
        = nominal - plot.height() + (chartMargins.bottom() - margins().bottom()) + std::max<qreal>(0, titleChange);

    // Room for the labels in the fewest lines at full size whose every line is narrow enough for the axis: at this
    // height fitCategoryLabels() chooses those lines, or taller ones where they fit, and every label is whole.
    const QFont font = scaledFont(ChartStyle::labelFont(m_language));
    const qreal budget = labelWidthBudget(width);
    const int columns = labelColumns(budget, font);
    qreal tallest = 0;
    for (const int lines : { 1, 2, 3, ScopeApart }) {
        const LabelExtent extent = labelExtent(lines, columns, font);
        tallest = extent.height;
        if (extent.width <= budget)
            break;
    }
    // Each label gets the plot's height over (rows + 1), less the padding above and below it.
    const qreal plotNeeded = (rows + 1) * (tallest + 2 * AxisLabelPadding) + 2;
    return std::ceil(overhead + plotNeeded);
}

// A chart no view shows is drawn from a scene of its own, which no widget needs.
void BulletinChart::ensureScene()
{
    if (scene())
        return;
    if (!m_ownScene)
        m_ownScene = std::make_unique<QGraphicsScene>();
    m_ownScene->addItem(this);
    m_ownScene->setSceneRect(QRectF(QPointF(0, 0), size()));
}

void BulletinChart::render(QPainter *painter, const QRectF &target)
{
    ensureScene();
    painter->save();
    // Hatching scales with the chart: at a printer's resolution a cosmetic hatch would be a grey haze.
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform
        | QPainter::NonCosmeticBrushPatterns);
    scene()->render(painter, target, sceneBoundingRect(), Qt::IgnoreAspectRatio);
    painter->restore();
}

bool BulletinChart::labelsTruncated() const
{
    const auto chartAxes = axes();
    return std::any_of(
        chartAxes.cbegin(), chartAxes.cend(), [](const QAbstractAxis *axis) { return axis->labelsTruncated(); });
}

QString BulletinChart::accessibleSummary() const
{
    const auto document = m_model->document();
    if (!m_model->chartSpec() || !document)
        return {};
    const QString city = cityName(*document);
    const QString province = provinceName(*document);
    QStringList parts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QString name = m_model->headerData(row, Qt::Vertical).toString();
        const Bulletin::Indicator *indicator = m_model->indicator(row);
        const QString unit
            = ChartText::bounded(indicator ? indicator->displayUnit(m_language) : QString(), ChartText::MaxUnitChars);
        const double value = m_model->index(row, ChartDataModel::CityColumn).data().toDouble();
        switch (kind()) {
        case ChartKind::Comparison: {
            const double provinceValue = m_model->index(row, ChartDataModel::ProvinceColumn).data().toDouble();
            QString part = name + QLatin1Char(' ') + city + QLatin1Char(' ')
                + IndicatorFormat::withUnit(value, unit, m_language) + say("，", ", ") + province + QLatin1Char(' ')
                + IndicatorFormat::withUnit(provinceValue, unit, m_language);
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
            parts.append(name + QLatin1Char(' ') + IndicatorFormat::withUnit(value, unit, m_language));
            break;
        }
    }
    return plainTitle() + say("：", ": ") + parts.join(say("；", "; ")) + say("。", ".");
}
