#pragma once

#include <QStyledItemDelegate>
#include <QTextLayout>

// A search hit in two lines: the indicator's name with the searched terms marked, and under it the title of the
// section it belongs to, taken from the model's section column.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SearchResultDelegate(int sectionColumn, QObject *parent = nullptr);

    void setTerms(const QStringList &terms);
    QStringList terms() const { return m_terms; }
    // Where the terms occur in a text, case-insensitively, as sorted ranges that do not overlap.
    static QList<QTextLayout::FormatRange> matches(const QString &text, const QStringList &terms);
    QString sectionText(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    void drawLine(QPainter *painter, const QRect &rect, const QString &text, const QFont &font, const QColor &color,
        const QStyleOptionViewItem &option) const;

    int m_sectionColumn;
    QStringList m_terms;
};
