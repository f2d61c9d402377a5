#include "keyfigurecard.h"

#include "applanguage.h"
#include "wrappinglabel.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <bulletin.h>
#include <indicatorformat.h>
#include <indicatorroles.h>
#include <indicatortablemodel.h>

KeyFigureCard::KeyFigureCard(
    const Bulletin::KeyFigure &figure, const Bulletin::IndicatorTableModel *model, QWidget *parent)
    : QFrame(parent)
    , m_sectionId(figure.sectionId)
    , m_indicatorId(figure.indicatorId)
{
    setObjectName(QStringLiteral("keyFigureCard"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    // Minimum rather than Fixed: a label wrapped onto more lines than its size hint has makes the card taller.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    const auto [value, unit] = valueAndUnit(model, figure.indicatorId);

    auto *number = new QLabel(QString::number(figure.number), this);
    number->setObjectName(QStringLiteral("keyFigureNumber"));
    number->setAlignment(Qt::AlignCenter);
    number->setFixedSize(26, 26);
    m_value = new QLabel(value, this);
    m_value->setObjectName(QStringLiteral("keyFigureValue"));
    m_unit = new QLabel(unit, this);
    m_unit->setObjectName(QStringLiteral("keyFigureUnit"));
    auto *label = new WrappingLabel(figure.displayLabel(AppLanguage::bulletinLanguage()), this);
    label->setObjectName(QStringLiteral("keyFigureLabel"));

    applyFonts();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setHorizontalSpacing(6);
    layout->addWidget(number, 0, 0, Qt::AlignTop);
    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(4);
    valueRow->addWidget(m_value, 0, Qt::AlignBaseline);
    valueRow->addWidget(m_unit, 0, Qt::AlignBaseline);
    valueRow->addStretch();
    layout->addLayout(valueRow, 0, 1);
    layout->addWidget(label, 1, 1);
    layout->setColumnStretch(1, 1);

    setToolTip(figure.text);
    setAccessibleName(figure.displayLabel(AppLanguage::bulletinLanguage()));
    setAccessibleDescription(tr("Key figure %1: %2 %3. %4").arg(figure.number).arg(value, unit, figure.text));
}

void KeyFigureCard::applyFonts()
{
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont unitFont = font();
    unitFont.setPointSizeF(unitFont.pointSizeF() * 1.2);
    m_unit->setFont(unitFont);
}

void KeyFigureCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_value)
        applyFonts();
}

QPair<QString, QString> KeyFigureCard::valueAndUnit(
    const Bulletin::IndicatorTableModel *model, const QString &indicatorId)
{
    const QModelIndex index = model->indexOfIndicator(indicatorId);
    QString value = index.data(Bulletin::ValueTextRole).toString();
    QString unit;
    if (value.isEmpty()) {
        const QVariant number = index.data(Bulletin::ValueRole);
        value = number.isValid() ? Bulletin::IndicatorFormat::number(number.toDouble())
                                 : Bulletin::IndicatorFormat::placeholder();
        unit = index.data(Bulletin::UnitRole).toString();
    }
    return { value, unit };
}

void KeyFigureCard::refresh(const Bulletin::IndicatorTableModel *model)
{
    const auto [value, unit] = valueAndUnit(model, m_indicatorId);
    m_value->setText(value);
    m_unit->setText(unit);
}

QString KeyFigureCard::valueText() const
{
    return m_value->text() + m_unit->text();
}

void KeyFigureCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (rect().contains(event->position().toPoint()))
        emit activated(m_sectionId, m_indicatorId);
    QFrame::mouseReleaseEvent(event);
}

void KeyFigureCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated(m_sectionId, m_indicatorId);
        return;
    }
    QFrame::keyPressEvent(event);
}

void KeyFigureCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}
