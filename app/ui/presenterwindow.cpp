#include "presenterwindow.h"

#include "applanguage.h"
#include "bulletinchartview.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <indicatorformat.h>

namespace {

constexpr qreal TitlePointSize = 36;
constexpr qreal ValuePointSize = 48;
constexpr qreal LabelPointSize = 20;
constexpr int MaxIndicatorsPerSlide = 4;
constexpr int MaxColumns = 4;

QLabel *makeLabel(const QString &text, qreal pointSize, bool bold, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

// A figure in large type: the value above what it measures.
QFrame *makeFigure(const QString &value, const QString &label, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("presenterFigure"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *valueLabel = makeLabel(value, ValuePointSize, true, frame);
    valueLabel->setObjectName(QStringLiteral("presenterValue"));
    layout->addWidget(valueLabel);
    auto *nameLabel = makeLabel(label, LabelPointSize, false, frame);
    nameLabel->setObjectName(QStringLiteral("presenterLabel"));
    layout->addWidget(nameLabel);
    layout->addStretch();
    frame->setAccessibleName(label + QStringLiteral(": ") + value);
    return frame;
}

void addFigures(const QList<QFrame *> &figures, QVBoxLayout *layout)
{
    if (figures.isEmpty())
        return;
    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    const int count = int(figures.size());
    const int rows = (count + MaxColumns - 1) / MaxColumns;
    const int columns = (count + rows - 1) / rows;
    for (int i = 0; i < count; ++i)
        grid->addWidget(figures.at(i), i / columns, i % columns);
    layout->addLayout(grid);
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

    m_stack = new QStackedWidget(this);
    const int count = slideCount();
    for (int i = 0; i < count; ++i) {
        auto *page = new QWidget(m_stack);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(48, 32, 48, 16);
        layout->setSpacing(24);
        m_stack->addWidget(page);
    }
    m_slides.resize(count, nullptr);
    m_charts.resize(count, nullptr);

    m_counter = makeLabel(QString(), LabelPointSize, false, this);
    m_counter->setObjectName(QStringLiteral("presenterCounter"));
    m_counter->setWordWrap(false);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 24, 16);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_counter);
    setCurrentSlide(0);
}

PresenterWindow::~PresenterWindow() = default;

int PresenterWindow::slideCount() const
{
    return int(m_document->sections.size()) + 1;
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
        QWidget *content = slide == 0 ? buildTitleSlide() : buildSectionSlide(m_document->sections.at(slide - 1));
        m_stack->widget(slide)->layout()->addWidget(content);
        // Keys belong to the presenter: nothing on a slide takes the focus away from it.
        const QList<QWidget *> children = content->findChildren<QWidget *>();
        for (QWidget *child : children)
            child->setFocusPolicy(Qt::NoFocus);
        content->setFocusPolicy(Qt::NoFocus);
        m_slides[slide] = content;
        m_charts[slide] = content->findChild<BulletinChartView *>();
    }
    return m_slides.at(slide);
}

BulletinChartView *PresenterWindow::chart(int slide)
{
    return this->slide(slide) ? m_charts.at(slide) : nullptr;
}

QWidget *PresenterWindow::buildTitleSlide()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    auto *title = makeLabel(m_document->displayTitle(AppLanguage::bulletinLanguage()), TitlePointSize, true, content);
    title->setObjectName(QStringLiteral("presenterTitle"));
    layout->addWidget(title);
    // Under an English title, which translates title and subtitle together, the headline as the bulletin wrote it.
    const bool translatedTitle = m_document->displayTitle(AppLanguage::bulletinLanguage()) != m_document->title;
    const QString subtitle = !translatedTitle ? m_document->subtitle
        : m_document->subtitle.isEmpty()      ? m_document->title
                                              : m_document->title + QStringLiteral("——") + m_document->subtitle;
    if (!subtitle.isEmpty())
        layout->addWidget(makeLabel(subtitle, LabelPointSize + 4, false, content));
    if (!m_document->period.isEmpty())
        layout->addWidget(
            makeLabel(m_document->displayPeriod(AppLanguage::bulletinLanguage()), LabelPointSize, false, content));
    QList<QFrame *> figures;
    for (const Bulletin::KeyFigure &figure : m_document->keyFigures) {
        const Bulletin::Indicator *indicator = m_document->findIndicator(figure.indicatorId);
        figures.append(makeFigure(indicator ? Bulletin::IndicatorFormat::value(*indicator) : QStringLiteral("—"),
            figure.displayLabel(AppLanguage::bulletinLanguage()), content));
    }
    addFigures(figures, layout);
    layout->addStretch();
    return content;
}

QWidget *PresenterWindow::buildSectionSlide(const Bulletin::Section &section)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    auto *title = makeLabel(section.displayTitle(AppLanguage::bulletinLanguage()), TitlePointSize, true, content);
    title->setObjectName(QStringLiteral("presenterTitle"));
    layout->addWidget(title);

    QList<QFrame *> figures;
    for (const Bulletin::KeyFigure &figure : m_document->keyFigures) {
        if (figure.sectionId != section.id)
            continue;
        const Bulletin::Indicator *indicator = m_document->findIndicator(figure.indicatorId);
        figures.append(makeFigure(indicator ? Bulletin::IndicatorFormat::value(*indicator) : QStringLiteral("—"),
            figure.displayLabel(AppLanguage::bulletinLanguage()), content));
    }
    if (figures.isEmpty()) {
        for (const Bulletin::Indicator &indicator : section.indicators) {
            if (figures.size() == MaxIndicatorsPerSlide)
                break;
            figures.append(makeFigure(Bulletin::IndicatorFormat::value(indicator),
                indicator.displayName(AppLanguage::bulletinLanguage()), content));
        }
    }
    addFigures(figures, layout);

    if (!section.charts.isEmpty()) {
        auto *chart = new BulletinChartView(m_document, section.charts.first().id, m_style, content);
        chart->setObjectName(QStringLiteral("presenterChart"));
        // Chart text as large as the slide's body text.
        chart->setTextScale(LabelPointSize / ChartStyle::labelFont().pointSizeF());
        chart->setMinimumHeight(360);
        layout->addWidget(chart, 1);
    } else {
        layout->addStretch();
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
