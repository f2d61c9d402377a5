#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QLabel;

namespace Bulletin {
struct KeyFigure;
class IndicatorTableModel;
} // namespace Bulletin

// One numbered figure of the bulletin's infographic; shows its indicator's value as the model holds it.
class KeyFigureCard : public QFrame
{
    Q_OBJECT
public:
    KeyFigureCard(
        const Bulletin::KeyFigure &figure, const Bulletin::IndicatorTableModel *model, QWidget *parent = nullptr);

    QString indicatorId() const { return m_indicatorId; }
    QString sectionId() const { return m_sectionId; }
    QString valueText() const;
    // Shows the figure's value again, as the model has it now.
    void refresh(const Bulletin::IndicatorTableModel *model);

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

    QString m_sectionId;
    QString m_indicatorId;
    QLabel *m_value = nullptr;
    QLabel *m_unit = nullptr;
};
