#pragma once

#include "chartstyle.h"

#include <QWidget>
#include <bulletin.h>
#include <memory>

class QLabel;
class QSplitter;
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

    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

    // Follows an edit of the bulletin: its title and text, the figures in its tiles.
    void applyChange(const std::shared_ptr<const Bulletin::Document> &document, const Bulletin::DocumentChange &change);

signals:
    void indicatorSelected(const QString &indicatorId);

protected:
    // Zooming changes the width the table needs.
    void changeEvent(QEvent *event) override;

private:
    void showProvenance();
    // Hides the figure columns the section leaves empty and asks for the width the others need.
    void updateColumns();

    std::shared_ptr<const Bulletin::Document> m_document;
    int m_sectionIndex;
    Bulletin::IndicatorFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    SectionTextView *m_text = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_provenance = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
    QList<BulletinChartView *> m_charts;
    ChartGrid *m_chartGrid = nullptr;
    FigureTiles *m_tiles = nullptr;
};
