#include "overviewpage.h"

#include "bulletinchartview.h"
#include "keyfigurecard.h"
#include "wrappinglabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>
#include <defaultcharts.h>
#include <indicatortablemodel.h>

OverviewPage::OverviewPage(std::shared_ptr<const Bulletin::Document> document, Bulletin::IndicatorTableModel *model,
    const ChartStyle &style, QWidget *parent)
    : QWidget(parent)
    , m_document(std::move(document))
{
    setObjectName(QStringLiteral("overview"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(10);

    auto *title = new WrappingLabel(m_document->title, content);
    title->setObjectName(QStringLiteral("bulletinTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    if (!m_document->subtitle.isEmpty()) {
        auto *subtitle = new QLabel(m_document->subtitle, content);
        subtitle->setObjectName(QStringLiteral("bulletinSubtitle"));
        QFont subtitleFont = subtitle->font();
        subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.3);
        subtitle->setFont(subtitleFont);
        layout->addWidget(subtitle);
    }

    QStringList meta;
    if (!m_document->region.isEmpty())
        meta << m_document->region;
    meta << tr("Period: %1").arg(m_document->period);
    meta << tr("Newspaper: %1")
                .arg(m_document->newspaper.isEmpty() ? tr("not named in the text") : m_document->newspaper);
    meta << tr("Date: %1").arg(m_document->publicationDate.isEmpty() ? tr("not given") : m_document->publicationDate);
    if (!m_document->reporter.isEmpty())
        meta << tr("Reporter: %1").arg(m_document->reporter);
    if (m_document->synthetic)
        meta << tr("SYNTHETIC TEST DATA");
    auto *metaLabel = new WrappingLabel(meta.join(QStringLiteral("  ·  ")), content);
    metaLabel->setObjectName(QStringLiteral("bulletinMeta"));
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
    for (const Bulletin::ChartSpec &spec : Bulletin::DefaultCharts::overview(*m_document)) {
        auto *chart = new BulletinChartView(m_document, spec, style, content);
        chart->setMinimumHeight(380);
        chartRow->addWidget(chart);
        m_charts.append(chart);
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
