#pragma once

#include "chartstyle.h"

#include <QWidget>
#include <bulletin.h>
#include <memory>

class QLabel;
class QStackedWidget;
class BulletinChartView;

// The bulletin shown full screen, one slide per screen for a meeting room: the title and key figures first,
// then each section with its figures and its first chart. Slides are built when first shown.
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
    // The slide's widget, built if needed; its chart, if it has one.
    QWidget *slide(int slide);
    BulletinChartView *chart(int slide);

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildTitleSlide();
    QWidget *buildSectionSlide(const Bulletin::Section &section);
    void updateCounter();

    std::shared_ptr<const Bulletin::Document> m_document;
    ChartStyle m_style;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_counter = nullptr;
    QList<QWidget *> m_slides;
    QList<BulletinChartView *> m_charts;
    int m_current = 0;
};
