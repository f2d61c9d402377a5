#pragma once

#include <QFrame>

class QLabel;

// One figure of a presenter slide: the value (its number on a single line), what it measures wrapped under it. The
// slide chooses the fonts and the width, asking the card what it needs for them; the card places its two labels.
class PresenterFigureCard : public QFrame
{
    Q_OBJECT
public:
    PresenterFigureCard(const QString &value, const QString &label, QWidget *parent = nullptr);

    QString valueText() const;
    QString labelText() const;
    QLabel *valueLabel() const { return m_value; }
    QLabel *nameLabel() const { return m_label; }

    // Centred: a tile, without a chart on its slide. Otherwise a card by a chart, aligned to the left.
    void setCentered(bool centered);
    void setFonts(const QFont &valueFont, const QFont &labelFont);

    // The width the value needs on one line in this font, frame and padding included.
    int widthForValue(const QFont &valueFont, const QFont &labelFont) const;
    // The narrowest width at which the label wraps without a word running out of the card.
    int widthForLabel(const QFont &labelFont) const;
    int heightFor(int width, const QFont &valueFont, const QFont &labelFont) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Padding inside the frame, from the label's size: cards of small text have narrow rims.
    static QMargins padding(const QFont &labelFont);
    int frameSides() const;
    int valueFlags() const;
    void placeLabels();

    QLabel *m_value;
    QLabel *m_label;
};
