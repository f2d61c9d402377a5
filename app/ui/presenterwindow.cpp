#include "presenterwindow.h"

#include "applanguage.h"
#include "bulletinchartview.h"
#include "presenterslide.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <indicatorformat.h>

namespace {

constexpr qreal SubtitlePointSize = 24;
constexpr qreal CounterPointSize = 20;
constexpr int MaxIndicatorsPerSlide = 4;
// Charts on a slide after the section's first, which shares its room with the figures and holds one.
constexpr int ChartsPerSlide = 2;

QString figureValue(const Bulletin::Document &document, const QString &indicatorId, Bulletin::Language language)
{
    const Bulletin::Indicator *indicator = document.findIndicator(indicatorId);
    return indicator ? Bulletin::IndicatorFormat::value(*indicator, language)
                     : Bulletin::IndicatorFormat::placeholder();
}

} // namespace

PresenterWindow::PresenterWindow(
    std::shared_ptr<const Bulletin::Document> document, const ChartStyle &style, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(std::move(document))
    , m_style(style)
{
    setObjectName(QStringLiteral("presenterWindow"));
    setWindowTitle(tr("Presenter mode — %1").arg(m_document->displayTitle(AppLanguage::bulletinLanguage())));
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);

    m_plan.append(SlidePlan());
    for (int s = 0; s < m_document->sections.size(); ++s) {
        QStringList chartIds;
        for (const Bulletin::ChartSpec &chart : m_document->sections.at(s).charts)
            chartIds.append(chart.id);
        QList<QStringList> groups { chartIds.mid(0, 1) };
        for (qsizetype next = 1; next < chartIds.size(); next += ChartsPerSlide)
            groups.append(chartIds.mid(next, ChartsPerSlide));
        for (int part = 0; part < groups.size(); ++part)
            m_plan.append(SlidePlan { s, part + 1, int(groups.size()), groups.at(part) });
    }

    m_stack = new QStackedWidget(this);
    for (int i = 0; i < m_plan.size(); ++i) {
        // A slide whose text at its smallest still does not fit scrolls rather than cut it off.
        auto *page = new QScrollArea(m_stack);
        page->setFrameShape(QFrame::NoFrame);
        page->setWidgetResizable(true);
        page->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        page->setFocusPolicy(Qt::NoFocus);
        page->viewport()->setAutoFillBackground(false);
        m_stack->addWidget(page);
    }
    m_slides.resize(m_plan.size(), nullptr);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("presenterCounter"));
    QFont counterFont = m_counter->font();
    counterFont.setPointSizeF(CounterPointSize);
    m_counter->setFont(counterFont);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 24, 8);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_counter);
    setCurrentSlide(0);
}

PresenterWindow::~PresenterWindow() = default;

int PresenterWindow::slideCount() const
{
    return int(m_plan.size());
}

int PresenterWindow::sectionOf(int slide) const
{
    return slide >= 0 && slide < slideCount() ? m_plan.at(slide).section : -1;
}

void PresenterWindow::setCurrentSlide(int slide)
{
    slide = qBound(0, slide, slideCount() - 1);
    this->slide(slide);
    m_current = slide;
    m_stack->setCurrentIndex(slide);
    updateCounter();
}

QString PresenterWindow::counterText() const
{
    return QStringLiteral("%1 / %2").arg(m_current + 1).arg(slideCount());
}

void PresenterWindow::updateCounter()
{
    m_counter->setText(counterText());
    m_counter->setAccessibleName(tr("Slide %1 of %2").arg(m_current + 1).arg(slideCount()));
}

QWidget *PresenterWindow::slide(int slide)
{
    if (slide < 0 || slide >= slideCount())
        return nullptr;
    if (!m_slides.at(slide)) {
        const SlidePlan &plan = m_plan.at(slide);
        PresenterSlide *content = plan.section < 0 ? buildTitleSlide() : buildSectionSlide(plan);
        // Keys belong to the presenter: nothing on a slide takes the focus away from it.
        const QList<QWidget *> children = content->findChildren<QWidget *>();
        for (QWidget *child : children)
            child->setFocusPolicy(Qt::NoFocus);
        content->setFocusPolicy(Qt::NoFocus);
        static_cast<QScrollArea *>(m_stack->widget(slide))->setWidget(content);
        m_slides[slide] = content;
    }
    return m_slides.at(slide);
}

BulletinChartView *PresenterWindow::chart(int slide)
{
    const QList<BulletinChartView *> all = charts(slide);
    return all.isEmpty() ? nullptr : all.first();
}

QList<BulletinChartView *> PresenterWindow::charts(int slide)
{
    return this->slide(slide) ? m_slides.at(slide)->charts() : QList<BulletinChartView *>();
}

PresenterSlide *PresenterWindow::buildTitleSlide()
{
    const Bulletin::Language language = AppLanguage::bulletinLanguage();
    auto *content = new PresenterSlide(m_document->displayTitle(language));
    // Under an English title, which translates title and subtitle together, the headline as the bulletin wrote it.
    const bool translatedTitle = m_document->displayTitle(language) != m_document->title;
    const QString subtitle = !translatedTitle ? m_document->subtitle
        : m_document->subtitle.isEmpty()      ? m_document->title
                                              : m_document->title + QStringLiteral("——") + m_document->subtitle;
    if (!subtitle.isEmpty())
        content->addLine(subtitle, SubtitlePointSize);
    if (!m_document->period.isEmpty())
        content->addLine(m_document->displayPeriod(language), PresenterSlide::BodyPointSize);
    for (const Bulletin::KeyFigure &figure : m_document->keyFigures)
        content->addFigure(figureValue(*m_document, figure.indicatorId, language), figure.displayLabel(language));
    return content;
}

PresenterSlide *PresenterWindow::buildSectionSlide(const SlidePlan &plan)
{
    const Bulletin::Language language = AppLanguage::bulletinLanguage();
    const Bulletin::Section &section = m_document->sections.at(plan.section);
    const QString title = section.displayTitle(language);
    auto *content = new PresenterSlide(plan.part == 1
            ? title
            : tr("%1 (%2/%3)", "a section's title and the slide's place among its slides")
                  .arg(title)
                  .arg(plan.part)
                  .arg(plan.parts));
    if (plan.part == 1) {
        int figures = 0;
        for (const Bulletin::KeyFigure &figure : m_document->keyFigures) {
            if (figure.sectionId != section.id)
                continue;
            content->addFigure(figureValue(*m_document, figure.indicatorId, language), figure.displayLabel(language));
            ++figures;
        }
        // A section without key figures shows its first indicators instead.
        const qsizetype indicators
            = figures == 0 ? std::min<qsizetype>(section.indicators.size(), MaxIndicatorsPerSlide) : 0;
        for (qsizetype i = 0; i < indicators; ++i) {
            const Bulletin::Indicator &indicator = section.indicators.at(i);
            content->addFigure(Bulletin::IndicatorFormat::value(indicator, language), indicator.displayName(language));
        }
    }
    for (const QString &chartId : plan.chartIds) {
        auto *chart = new BulletinChartView(m_document, chartId, m_style);
        chart->setObjectName(QStringLiteral("presenterChart"));
        content->addChart(chart);
    }
    return content;
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        nextSlide();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previousSlide();
        break;
    case Qt::Key_Home:
        setCurrentSlide(0);
        break;
    case Qt::Key_End:
        setCurrentSlide(slideCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    emit closed();
}
