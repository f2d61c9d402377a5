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

// English words after a number ("29.772 billion yuan", "zero deaths") may go to a second line rather than shrink
// the figure; the number itself never breaks. Chinese ("297.72亿元") stays on one line: it could break anywhere.
bool wrapsAtSpaces(const QString &value)
{
    if (!value.contains(u' '))
        return false;
    for (const QChar c : value) {
        if (c.script() == QChar::Script_Han)
            return false;
    }
    return true;
}

// A multiplication sign stays with the number before it and the unit after it.
QString keptTogether(QString value)
{
    return value.replace(QStringLiteral(" × "), QStringLiteral("\u00A0×\u00A0"));
}

} // namespace

PresenterFigureCard::PresenterFigureCard(const QString &value, const QString &label, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(keptTogether(value), this))
    , m_label(new QLabel(label, this))
{
    setObjectName(QStringLiteral("presenterFigure"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(label + QStringLiteral(": ") + value);
    m_value->setObjectName(QStringLiteral("presenterValue"));
    m_value->setTextFormat(Qt::PlainText);
    // A number is never broken over two lines: its font shrinks to the card's width instead. English words after it
    // may wrap.
    m_value->setWordWrap(wrapsAtSpaces(value));
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
    // Wrapping, the value needs the width of its widest word; else of the whole.
    const QStringList pieces
        = m_value->wordWrap() ? m_value->text().split(u' ', Qt::SkipEmptyParts) : QStringList { m_value->text() };
    int text = 0;
    for (const QString &piece : pieces)
        text = std::max({ text, QFontMetrics(valueFont).horizontalAdvance(piece),
            textSize(valueFont, piece, Unbounded, 0).width() });
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
    int height
        = frameSides() + pad.top() + pad.bottom() + textSize(valueFont, m_value->text(), inner, valueFlags()).height();
    if (!m_label->text().isEmpty())
        height += gap(labelFont) + textSize(labelFont, m_label->text(), inner, Qt::TextWordWrap).height();
    return height;
}

int PresenterFigureCard::valueFlags() const
{
    return m_value->wordWrap() ? int(Qt::TextWordWrap) : 0;
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
    const int valueHeight = textSize(m_value->font(), m_value->text(), inner.width(), valueFlags()).height();
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
