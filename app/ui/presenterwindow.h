#pragma once

#include "chartstyle.h"

#include <QWidget>
#include <bulletin.h>
#include <memory>

class QLabel;
class QStackedWidget;
class BulletinChartView;
class PresenterSlide;

// The bulletin shown full screen for a meeting room: the title and key figures first, then each section with its
// figures and its first chart, and the section's other charts two to a slide after it. Slides are built when first
// shown, and each fits its text and charts to the screen (PresenterSlide).
class PresenterWindow : public QWidget
{
    Q_OBJECT
public:
    PresenterWindow(
        std::shared_ptr<const Bulletin::Document> document, const ChartStyle &style, QWidget *parent = nullptr);
    ~PresenterWindow() override;

    int slideCount() const;
    int currentSlide() const { return m_current; }
    void setCurrentSlide(int slide);
    void nextSlide() { setCurrentSlide(m_current + 1); }
    void previousSlide() { setCurrentSlide(m_current - 1); }
    // "N / M", as drawn in the corner.
    QString counterText() const;
    // The slide's widget, built if needed; its first chart, if it has one; all its charts.
    QWidget *slide(int slide);
    BulletinChartView *chart(int slide);
    QList<BulletinChartView *> charts(int slide);
    // The index among the document's sections of the section a slide shows; -1 for the title slide.
    int sectionOf(int slide) const;

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // What a slide shows, decided before any slide is built: its section (-1: the title slide), its place among
    // that section's slides, and its charts.
    struct SlidePlan
    {
        int section = -1;
        int part = 1;
        int parts = 1;
        QStringList chartIds;
    };

    PresenterSlide *buildTitleSlide();
    PresenterSlide *buildSectionSlide(const SlidePlan &plan);
    void updateCounter();

    std::shared_ptr<const Bulletin::Document> m_document;
    ChartStyle m_style;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_counter = nullptr;
    QList<SlidePlan> m_plan;
    QList<PresenterSlide *> m_slides;
    int m_current = 0;
};
