#pragma once

#include <QList>
#include <QWidget>
#include <bulletin.h>

class QLabel;

// A few figures as large tiles — value, unit and name — where a chart would be two bars that compare nothing, or
// where a section has figures and no chart at all. Sizes follow the widget's font, so zoom enlarges them.
class FigureTiles : public QWidget
{
    Q_OBJECT
public:
    // At most this many tiles; a section with more figures shows them in its table.
    static constexpr int MaxTiles = 8;

    FigureTiles(const QList<Bulletin::Indicator> &indicators, Bulletin::Language language, QWidget *parent = nullptr);

    int tileCount() const { return int(m_values.size()); }
    QStringList indicatorIds() const { return m_ids; }
    // "297.72亿元" and the like, in tile order.
    QStringList valueTexts() const;

    // A chart of one or two plain bars says less than the two numbers: show them as tiles.
    static bool replacesChart(const Bulletin::ChartSpec &spec);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();

    QStringList m_ids;
    QList<QLabel *> m_values;
    QList<QLabel *> m_units;
    QStringList m_valueTexts;
};
