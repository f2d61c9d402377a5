#include "overviewpage.h"

#include "applanguage.h"
#include "bulletinchartview.h"
#include "chartexportactions.h"
#include "keyfigurecard.h"
#include "wrappinglabel.h"

#include <QFontMetricsF>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>
#include <chartdatamodel.h>
#include <cmath>
#include <defaultcharts.h>
#include <documenteditor.h>
#include <indicatortablemodel.h>

namespace {

// English names need two lines where Chinese ones fit on one: in English, the charts get room for two lines of a
// slightly smaller label font per category, title, axis and source line besides.
int chartMinimumHeight(const QList<Bulletin::ChartSpec> &specs)
{
    constexpr int Minimum = 380;
    if (AppLanguage::bulletinLanguage() != Bulletin::Language::English)
        return Minimum;
    QFont font = ChartStyle::labelFont(Bulletin::Language::English);
    font.setPointSizeF(font.pointSizeF() - 1);
    const qreal slot = 2 * QFontMetricsF(font).lineSpacing() + 12;
    qsizetype rows = 0;
    for (const Bulletin::ChartSpec &spec : specs)
        rows = std::max(rows, spec.indicatorIds.size());
    return std::max(Minimum, int(std::ceil(slot * (rows + 1))) + 170);
}

} // namespace

OverviewPage::OverviewPage(std::shared_ptr<const Bulletin::Document> document, Bulletin::IndicatorTableModel *model,
    const ChartStyle &style, QWidget *parent)
    : QWidget(parent)
    , m_document(std::move(document))
    , m_model(model)
{
    setObjectName(QStringLiteral("overview"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(10);

    auto *title = new WrappingLabel(m_document->displayTitle(AppLanguage::bulletinLanguage()), content);
    title->setObjectName(QStringLiteral("bulletinTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    // Under an English title, which translates title and subtitle together, the headline as the bulletin wrote it.
    const bool translatedTitle = m_document->displayTitle(AppLanguage::bulletinLanguage()) != m_document->title;
    const QString subtitleText = !translatedTitle ? m_document->subtitle
        : m_document->subtitle.isEmpty()          ? m_document->title
                                                  : m_document->title + QStringLiteral("——") + m_document->subtitle;
    if (!subtitleText.isEmpty()) {
        auto *subtitle = new QLabel(subtitleText, content);
        subtitle->setObjectName(QStringLiteral("bulletinSubtitle"));
        QFont subtitleFont = subtitle->font();
        subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.3);
        subtitle->setFont(subtitleFont);
        layout->addWidget(subtitle);
    }

    QStringList meta;
    if (!m_document->region.isEmpty())
        meta << m_document->displayRegion(AppLanguage::bulletinLanguage());
    // What the bulletin does not state is left out rather than stood in for.
    if (!m_document->period.isEmpty())
        meta << tr("Period: %1").arg(m_document->displayPeriod(AppLanguage::bulletinLanguage()));
    if (!m_document->newspaper.isEmpty())
        meta << tr("Newspaper: %1").arg(m_document->newspaper);
    if (!m_document->publicationDate.isEmpty())
        meta << tr("Date: %1").arg(m_document->publicationDate);
    if (!m_document->reporter.isEmpty())
        meta << tr("Reporter: %1")
                    .arg(Bulletin::preferred(
                        AppLanguage::bulletinLanguage(), m_document->reporter, m_document->reporterEn));
    if (m_document->synthetic)
        meta << tr("SYNTHETIC TEST DATA");
    auto *metaLabel = new WrappingLabel(meta.join(QStringLiteral("  ·  ")), content);
    metaLabel->setObjectName(QStringLiteral("bulletinMeta"));
    if (meta.isEmpty())
        metaLabel->hide();
    layout->addWidget(metaLabel);

    if (!m_document->intro.isEmpty()) {
        auto *intro = new WrappingLabel(m_document->intro, content);
        intro->setObjectName(QStringLiteral("bulletinIntro"));
        intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(intro);
    }

    m_cardGrid = new QGridLayout;
    m_cardGrid->setSpacing(8);
    for (const Bulletin::KeyFigure &figure : m_document->keyFigures) {
        auto *card = new KeyFigureCard(figure, model, content);
        m_cards.append(card);
        connect(card, &KeyFigureCard::activated, this, &OverviewPage::indicatorActivated);
    }
    layoutCards();
    layout->addLayout(m_cardGrid);

    auto *chartRow = new QHBoxLayout;
    const QList<Bulletin::ChartSpec> specs = Bulletin::DefaultCharts::overview(*m_document);
    for (const Bulletin::ChartSpec &spec : specs) {
        auto *chart = new BulletinChartView(m_document, spec, style, content);
        chart->setMinimumHeight(chartMinimumHeight(specs));
        chartRow->addWidget(chart);
        m_charts.append(chart);
        ChartExportActions::attach(chart);
        connect(chart, &BulletinChartView::indicatorActivated, this, &OverviewPage::activateIndicator);
    }
    layout->addLayout(chartRow, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void OverviewPage::setChartStyle(const ChartStyle &style)
{
    for (BulletinChartView *chart : std::as_const(m_charts))
        chart->setChartStyle(style);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutCards();
}

void OverviewPage::layoutCards()
{
    const int count = int(m_cards.size());
    if (count == 0)
        return;
    const int fit = qMax(1, width() / 190);
    // Prefer one row, else rows of equal length, so the grid never leaves a lone card.
    int columns = qMin(count, fit);
    if (columns < count)
        columns = (count + (count + columns - 1) / columns - 1) / ((count + columns - 1) / columns);
    if (columns == m_cardColumns)
        return;
    m_cardColumns = columns;
    for (KeyFigureCard *card : std::as_const(m_cards))
        m_cardGrid->removeWidget(card);
    for (int i = 0; i < count; ++i)
        m_cardGrid->addWidget(m_cards.at(i), i / columns, i % columns);
    for (int c = 0; c < m_cardGrid->columnCount(); ++c)
        m_cardGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

void OverviewPage::activateIndicator(const QString &indicatorId)
{
    int sectionIndex = -1;
    if (m_document->findIndicator(indicatorId, &sectionIndex))
        emit indicatorActivated(m_document->sections.at(sectionIndex).id, indicatorId);
}

void OverviewPage::applyChange(
    const std::shared_ptr<const Bulletin::Document> &document, const Bulletin::DocumentChange &change)
{
    using Kind = Bulletin::DocumentChange::Kind;
    m_document = document;
    if (change.kind != Kind::Indicator && change.kind != Kind::Chart) {
        emit rebuildRequested();
        return;
    }
    const QList<Bulletin::ChartSpec> specs = Bulletin::DefaultCharts::overview(*m_document);
    if (specs.size() != m_charts.size()) {
        emit rebuildRequested();
        return;
    }
    for (int i = 0; i < specs.size(); ++i) {
        const Bulletin::ChartSpec *shown = m_charts.at(i)->dataModel()->chartSpec();
        if (!shown || shown->indicatorIds != specs.at(i).indicatorIds || shown->kind != specs.at(i).kind)
            m_charts.at(i)->dataModel()->setChart(m_document, specs.at(i));
    }
    for (KeyFigureCard *card : std::as_const(m_cards))
        card->refresh(m_model);
}
