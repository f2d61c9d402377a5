#include "sectiontextview.h"

#include <QEvent>
#include <QRegularExpression>

namespace {

QColor blend(const QColor &a, const QColor &b, qreal weightOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - weightOfB) + b.redF() * weightOfB,
        a.greenF() * (1 - weightOfB) + b.greenF() * weightOfB, a.blueF() * (1 - weightOfB) + b.blueF() * weightOfB);
}

} // namespace

SectionTextView::SectionTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Section text"));
}

void SectionTextView::setSectionText(const QString &text)
{
    m_text = text;
    m_highlighted.clear();
    render();
}

bool SectionTextView::highlightSource(const QString &source)
{
    m_highlighted = !source.isEmpty() && m_text.contains(source) ? source : QString();
    render();
    if (m_highlighted.isEmpty())
        return false;
    scrollToAnchor(QStringLiteral("selected-source"));
    return true;
}

void SectionTextView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        render();
}

QString SectionTextView::decorate(const QString &plain) const
{
    // Figures as the bulletin writes them: 1.7%, 297.72亿元, 96211名, "零死亡".
    static const QRegularExpression figure(QStringLiteral("([0-9]+(?:\\.[0-9]+)?%?|“零[^”]{1,3}”)"));
    const QString emphasis = palette().color(QPalette::Link).name();
    QString html;
    qsizetype last = 0;
    auto it = figure.globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        html += plain.mid(last, match.capturedStart() - last).toHtmlEscaped();
        html += QStringLiteral("<b style=\"color:%1\">%2</b>").arg(emphasis, match.captured().toHtmlEscaped());
        last = match.capturedEnd();
    }
    html += plain.mid(last).toHtmlEscaped();
    return html;
}

void SectionTextView::render()
{
    const QColor mark = blend(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.3);
    QString html = QStringLiteral("<div style=\"line-height:150%\">");
    for (const QString &paragraph : m_text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype at = m_highlighted.isEmpty() ? -1 : paragraph.indexOf(m_highlighted);
        QString body;
        if (at < 0) {
            body = decorate(paragraph);
        } else {
            body = decorate(paragraph.left(at))
                + QStringLiteral("<a name=\"selected-source\"></a><span style=\"background-color:%1\">%2</span>")
                      .arg(mark.name(), decorate(m_highlighted))
                + decorate(paragraph.mid(at + m_highlighted.size()));
        }
        html += QStringLiteral("<p style=\"text-indent:2em; margin-bottom:8px\">%1</p>").arg(body);
    }
    html += QStringLiteral("</div>");
    setHtml(html);
}
