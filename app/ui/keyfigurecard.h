#pragma once

#include <QFrame>
#include <QPersistentModelIndex>
#include <bulletin.h>

class QLabel;

namespace Bulletin {
class IndicatorTableModel;
} // namespace Bulletin

// One numbered figure of the bulletin's infographic; shows its indicator's value as the model holds it, a caption
// that does not say the value again, and how the figure compares with the province when the bulletin says so.
class KeyFigureCard : public QFrame
{
    Q_OBJECT
public:
    KeyFigureCard(
        const Bulletin::KeyFigure &figure, const Bulletin::IndicatorTableModel *model, QWidget *parent = nullptr);

    QString indicatorId() const { return m_indicatorId; }
    QString sectionId() const { return m_sectionId; }
    QString valueText() const;
    QString captionText() const;
    // The comparison in one line, parts joined by " · "; the card shows one part a line.
    QString comparisonText() const;
    // Shows the figure's value, caption and comparison again, as the model has them now.
    void refresh(const Bulletin::IndicatorTableModel *model);

    // The figure's label, or the indicator's name when the label only repeats the value ("患者零死亡" under
    // "零死亡").
    static QString caption(const Bulletin::KeyFigure &figure, const Bulletin::Indicator *indicator,
        const QString &valueText, Bulletin::Language language);
    // "+0.4 pp vs Hunan · No. 2 of 14", "高于湖南省0.4个百分点 · 全省第2名"; empty when the bulletin compares nothing.
    static QString comparison(
        const Bulletin::Document &document, const Bulletin::Indicator &indicator, Bulletin::Language language);

signals:
    void activated(const QString &sectionId, const QString &indicatorId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // A focus outline the style alone does not draw for a frame, so that keyboard users see where they are.
    void paintEvent(QPaintEvent *event) override;
    // The value's and the unit's sizes follow the card's font, so that zooming enlarges the figures too.
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();
    static QPair<QString, QString> valueAndUnit(const Bulletin::IndicatorTableModel *model, const QString &indicatorId);

    Bulletin::KeyFigure m_figure;
    QString m_sectionId;
    QString m_indicatorId;
    QLabel *m_value = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_comparison = nullptr;
    QString m_comparisonText;
};
