#pragma once

#include "chartstyle.h"

#include <QWidget>
#include <bulletin.h>
#include <memory>

class QGridLayout;
class BulletinChartView;
class KeyFigureCard;

namespace Bulletin {
struct DocumentChange;
class IndicatorTableModel;
} // namespace Bulletin

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
    // Follows an edit of a field: the key figures' values, and the overview's charts when which indicators they
    // show changed. A change it cannot follow in place asks for the page to be built again.
    void applyChange(const std::shared_ptr<const Bulletin::Document> &document, const Bulletin::DocumentChange &change);

signals:
    void indicatorActivated(const QString &sectionId, const QString &indicatorId);
    void rebuildRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutCards();
    void activateIndicator(const QString &indicatorId);

    std::shared_ptr<const Bulletin::Document> m_document;
    Bulletin::IndicatorTableModel *m_model = nullptr;
    QGridLayout *m_cardGrid = nullptr;
    QList<KeyFigureCard *> m_cards;
    QList<BulletinChartView *> m_charts;
    int m_cardColumns = 0;
};
