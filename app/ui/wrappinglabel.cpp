#include "wrappinglabel.h"

#include <QFontMetrics>
#include <algorithm>

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

void WrappingLabel::dropStaleMeasures() const
{
    if (text() == m_measuredText && font() == m_measuredFont && contentsMargins() == m_measuredMargins)
        return;
    m_measuredText = text();
    m_measuredFont = font();
    m_measuredMargins = contentsMargins();
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heightForWidth.clear();
}

int WrappingLabel::frameWidth() const
{
    return contentsMargins().left() + contentsMargins().right() + 2 * margin();
}

// QLabel finds its size hints by laying the text out at several widths, the narrowest one character wide,
// each line of it shaped anew; one line's advance gives the same answers for plain text.
QSize WrappingLabel::sizeHint() const
{
    dropStaleMeasures();
    if (!m_sizeHint.isValid()) {
        const QFontMetrics metrics(font());
        const int lineWidth = std::min(metrics.horizontalAdvance(text()) + 1, metrics.averageCharWidth() * 80);
        const int width = lineWidth + frameWidth();
        m_sizeHint = QSize(width, heightForWidth(width));
    }
    return m_sizeHint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    dropStaleMeasures();
    if (!m_minimumSizeHint.isValid()) {
        // Four Chinese characters: narrower than that, a wrapped label is no longer readable.
        const QFontMetrics metrics(font());
        const int width = std::min(sizeHint().width(), 4 * metrics.horizontalAdvance(QChar(0x6C49)) + frameWidth());
        m_minimumSizeHint = QSize(width, metrics.height() + contentsMargins().top() + contentsMargins().bottom());
    }
    return m_minimumSizeHint;
}

int WrappingLabel::heightForWidth(int width) const
{
    dropStaleMeasures();
    auto cached = m_heightForWidth.constFind(width);
    if (cached == m_heightForWidth.constEnd())
        cached = m_heightForWidth.insert(width, QLabel::heightForWidth(width));
    return *cached;
}
