#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>

// A word-wrapped plain-text label that measures itself once per text, font and width. QLabel lays its text out again
// for every size question, and a page layout asks dozens of them for each label: the overview's long
// Chinese paragraphs made that a large part of start-up.
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(const QString &text = QString(), QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

private:
    void dropStaleMeasures() const;
    int frameWidth() const;

    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable QMargins m_measuredMargins;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QHash<int, int> m_heightForWidth;
};
