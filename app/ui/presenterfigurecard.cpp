#include "presenterfigurecard.h"

#include <QFontMetrics>
#include <QLabel>

namespace {

constexpr int Unbounded = 1 << 20;

// Measured as QLabel draws plain text, so that what is measured is what is drawn: fallback fonts (the Chinese
// glyphs of "297.72亿元") count with their own ascent and descent.
QSize textSize(const QFont &font, const QString &text, int width, int flags)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, Unbounded), flags, text).size();
}

int gap(const QFont &labelFont)
{
    return QFontMetrics(labelFont).height() / 4;
}

} // namespace

PresenterFigureCard::PresenterFigureCard(const QString &value, const QString &label, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(value, this))
    , m_label(new QLabel(label, this))
{
    setObjectName(QStringLiteral("presenterFigure"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(label + QStringLiteral(": ") + value);
    m_value->setObjectName(QStringLiteral("presenterValue"));
    m_value->setTextFormat(Qt::PlainText);
    // A number is never broken over two lines: its font shrinks to the card's width instead.
    m_value->setWordWrap(false);
    m_label->setObjectName(QStringLiteral("presenterLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    setCentered(false);
}

QString PresenterFigureCard::valueText() const
{
    return m_value->text();
}

QString PresenterFigureCard::labelText() const
{
    return m_label->text();
}

void PresenterFigureCard::setCentered(bool centered)
{
    const Qt::Alignment horizontal = centered ? Qt::AlignHCenter : Qt::AlignLeft;
    m_value->setAlignment(horizontal | Qt::AlignVCenter);
    m_label->setAlignment(horizontal | Qt::AlignTop);
}

void PresenterFigureCard::setFonts(const QFont &valueFont, const QFont &labelFont)
{
    if (m_value->font() == valueFont && m_label->font() == labelFont)
        return;
    m_value->setFont(valueFont);
    m_label->setFont(labelFont);
    updateGeometry();
    placeLabels();
}

QMargins PresenterFigureCard::padding(const QFont &labelFont)
{
    const int height = QFontMetrics(labelFont).height();
    return { height / 2, height * 2 / 5, height / 2, height * 2 / 5 };
}

int PresenterFigureCard::frameSides() const
{
    return 2 * frameWidth();
}

int PresenterFigureCard::widthForValue(const QFont &valueFont, const QFont &labelFont) const
{
    const QMargins pad = padding(labelFont);
    const int text = std::max(QFontMetrics(valueFont).horizontalAdvance(m_value->text()),
        textSize(valueFont, m_value->text(), Unbounded, 0).width());
    return text + 1 + pad.left() + pad.right() + frameSides();
}

int PresenterFigureCard::widthForLabel(const QFont &labelFont) const
{
    if (m_label->text().isEmpty())
        return 0;
    const QMargins pad = padding(labelFont);
    // Laid out one pixel wide, every line holds one unbreakable piece: a word, or one Chinese character.
    return textSize(labelFont, m_label->text(), 1, Qt::TextWordWrap).width() + pad.left() + pad.right() + frameSides();
}

int PresenterFigureCard::heightFor(int width, const QFont &valueFont, const QFont &labelFont) const
{
    const QMargins pad = padding(labelFont);
    const int inner = std::max(1, width - pad.left() - pad.right() - frameSides());
    int height = frameSides() + pad.top() + pad.bottom() + textSize(valueFont, m_value->text(), inner, 0).height();
    if (!m_label->text().isEmpty())
        height += gap(labelFont) + textSize(labelFont, m_label->text(), inner, Qt::TextWordWrap).height();
    return height;
}

int PresenterFigureCard::heightForWidth(int width) const
{
    return heightFor(width, m_value->font(), m_label->font());
}

void PresenterFigureCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeLabels();
}

void PresenterFigureCard::placeLabels()
{
    const QFont labelFont = m_label->font();
    const QRect inner = contentsRect().marginsRemoved(padding(labelFont));
    const int valueHeight = textSize(m_value->font(), m_value->text(), inner.width(), 0).height();
    const bool hasLabel = !m_label->text().isEmpty();
    const int labelHeight
        = hasLabel ? textSize(labelFont, m_label->text(), inner.width(), Qt::TextWordWrap).height() : 0;
    // At the top, also in a tile: the values of a row on one line whatever the length of their labels.
    m_value->setGeometry(inner.left(), inner.top(), inner.width(), valueHeight);
    const int labelTop = inner.top() + valueHeight + gap(labelFont);
    // Down to the card's bottom: a card made taller to match its row keeps the label at its top.
    m_label->setGeometry(inner.left(), labelTop, inner.width(), std::max(labelHeight, inner.bottom() + 1 - labelTop));
    m_label->setVisible(hasLabel);
}
