#pragma once

#include "chartstyle.h"

#include <QWidget>
#include <bulletin.h>
#include <memory>

class QBoxLayout;
class QLabel;
class QScrollArea;
class QTableView;
class BulletinChartView;
class ChartGrid;
class FigureTiles;
class SectionTextView;

namespace Bulletin {
struct DocumentChange;
class IndicatorTableModel;
class IndicatorFilterProxyModel;
} // namespace Bulletin

// One highlight section: its text with figures emphasised, its indicator table and its declared charts.
class SectionPage : public QWidget
{
    Q_OBJECT
public:
    SectionPage(std::shared_ptr<const Bulletin::Document> document, int sectionIndex,
        Bulletin::IndicatorTableModel *model, const ChartStyle &style, QWidget *parent = nullptr);

    QString sectionId() const;
    bool selectIndicator(const QString &indicatorId);
    QString selectedIndicatorId() const;
    QString provenanceText() const;
    QList<BulletinChartView *> charts() const { return m_charts; }
    ChartGrid *chartGrid() const { return m_chartGrid; }
    // Null when every figure of the section is in a chart.
    FigureTiles *figureTiles() const { return m_tiles; }
    QTableView *table() const { return m_table; }
    SectionTextView *textView() const { return m_text; }
    void setChartStyle(const ChartStyle &style);

    QScrollArea *scrollArea() const { return m_scroll; }

    // Follows an edit of the bulletin: its title and text, the figures in its tiles.
    void applyChange(const std::shared_ptr<const Bulletin::Document> &document, const Bulletin::DocumentChange &change);

signals:
    void indicatorSelected(const QString &indicatorId);

protected:
    // Zooming changes the width the table needs.
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showProvenance();
    // Hides the figure columns the section leaves empty, then arranges the page.
    void updateColumns();
    // The table beside the text, as wide as its columns need, or above it at the page's width.
    void arrange();
    void fitHeights();
    int figureColumnsWidth() const;
    int nameColumnWidth() const;

    std::shared_ptr<const Bulletin::Document> m_document;
    int m_sectionIndex;
    Bulletin::IndicatorFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    SectionTextView *m_text = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_provenance = nullptr;
    QScrollArea *m_scroll = nullptr;
    QBoxLayout *m_top = nullptr;
    bool m_arranging = false;
    QList<BulletinChartView *> m_charts;
    ChartGrid *m_chartGrid = nullptr;
    FigureTiles *m_tiles = nullptr;
};
