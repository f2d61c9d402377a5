#include "figuredelegate.h"

#include <indicatorroles.h>

void FigureDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant formatted = index.data(Bulletin::FormattedValueRole);
    if (formatted.isValid())
        option->text = formatted.toString();
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    // The end of a long outcome is cut, never the number at its start.
    option->textElideMode = Qt::ElideRight;
}
