#pragma once

#include "chartstyle.h"

#include <QWidget>
#include <bulletin.h>
#include <memory>

class QGridLayout;
class BulletinChartView;
class KeyFigureCard;

namespace Bulletin {
class IndicatorTableModel;
}

// The first tab: what the bulletin is, its key figures, and how the city compares with the province.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(std::shared_ptr<const Bulletin::Document> document, Bulletin::IndicatorTableModel *model,
        const ChartStyle &style, QWidget *parent = nullptr);

    QList<KeyFigureCard *> cards() const { return m_cards; }
    QList<BulletinChartView *> charts() const { return m_charts; }
    void setChartStyle(const ChartStyle &style);

signals:
    void indicatorActivated(const QString &sectionId, const QString &indicatorId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutCards();
    void activateIndicator(const QString &indicatorId);

    std::shared_ptr<const Bulletin::Document> m_document;
    QGridLayout *m_cardGrid = nullptr;
    QList<KeyFigureCard *> m_cards;
    QList<BulletinChartView *> m_charts;
    int m_cardColumns = 0;
};
