#pragma once

#include <QStyledItemDelegate>

// Shows an indicator's value with its unit, as the model's language words it (FormattedValueRole), in one column:
// "29.772 billion yuan" rather than "29.772" beside a unit column too narrow for "billion yuan".
class FigureDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
