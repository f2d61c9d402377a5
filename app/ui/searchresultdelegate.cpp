#include "searchresultdelegate.h"

#include "contraststyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int LineGap = 1;
constexpr int VerticalPadding = 3;

} // namespace

SearchResultDelegate::SearchResultDelegate(int sectionColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_sectionColumn(sectionColumn)
{ }

void SearchResultDelegate::setTerms(const QStringList &terms)
{
    m_terms = terms;
}

QList<QTextLayout::FormatRange> SearchResultDelegate::matches(const QString &text, const QStringList &terms)
{
    QList<QTextLayout::FormatRange> found;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            QTextLayout::FormatRange range;
            range.start = int(at);
            range.length = int(term.size());
            found.append(range);
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    // Overlapping terms ("GDP" and "DP gr") make one mark.
    QList<QTextLayout::FormatRange> merged;
    for (const QTextLayout::FormatRange &range : std::as_const(found)) {
        if (!merged.isEmpty() && range.start <= merged.last().start + merged.last().length) {
            QTextLayout::FormatRange &last = merged.last();
            last.length = std::max(last.start + last.length, range.start + range.length) - last.start;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

QString SearchResultDelegate::sectionText(const QModelIndex &index) const
{
    return index.siblingAtColumn(m_sectionColumn).data().toString();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int lines = 2 * QFontMetrics(option.font).height() + LineGap + 2 * VerticalPadding;
    size.setHeight(std::max(size.height(), lines));
    return size;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the text is ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    // The section line is quieter than the name, and still readable text.
    const QColor muted = ContrastStyle::outline(background, background, text, 4.5);

    const int lineHeight = QFontMetrics(opt.font).height();
    const int top = textRect.top() + (textRect.height() - 2 * lineHeight - LineGap) / 2;
    painter->save();
    painter->setClipRect(textRect);
    drawLine(painter, QRect(textRect.left(), top, textRect.width(), lineHeight), name, opt.font, text, opt);
    QFont sectionFont = opt.font;
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 0.92);
    drawLine(painter, QRect(textRect.left(), top + lineHeight + LineGap, textRect.width(), lineHeight),
        sectionText(index), sectionFont, muted, opt);
    painter->restore();
}

void SearchResultDelegate::drawLine(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
    const QColor &color, const QStyleOptionViewItem &option) const
{
    QFont bold = font;
    bold.setBold(true);
    // Elided in the marks' bold font, which is the wider: what is drawn never runs past the column.
    const QString shown = QFontMetrics(bold).elidedText(text, Qt::ElideRight, rect.width());
    QList<QTextLayout::FormatRange> marks = matches(shown, m_terms);
    const bool selected = option.state & QStyle::State_Selected;
    for (QTextLayout::FormatRange &mark : marks) {
        mark.format.setFontWeight(QFont::Bold);
        // On the selection colour a mark is underlined; elsewhere it is tinted with it, as a highlighter would.
        if (selected)
            mark.format.setFontUnderline(true);
        else
            mark.format.setBackground(ContrastStyle::blend(
                option.palette.color(QPalette::Base), option.palette.color(QPalette::Highlight), 0.35));
    }
    QTextLayout layout(shown, font, painter->device());
    layout.setFormats(marks);
    QTextOption textOption(Qt::AlignLeft | Qt::AlignVCenter);
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(rect.width());
    layout.endLayout();
    painter->setPen(color);
    const qreal y = rect.top() + (rect.height() - layout.boundingRect().height()) / 2;
    layout.draw(painter, QPointF(rect.left(), y));
}

bool SearchResultDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // Names and titles elided in the list are read whole here.
    QToolTip::showText(event->globalPos(), index.data().toString() + QLatin1Char('\n') + sectionText(index), view);
    return true;
}
