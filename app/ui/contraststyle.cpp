#include "contraststyle.h"

#include "chartstyle.h"

#include <QFrame>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>

namespace {

bool keyboardFocus(const QStyleOption *option)
{
    return (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_KeyboardFocusChange);
}

} // namespace

ContrastStyle::ContrastStyle(const QString &baseStyleKey)
    : QProxyStyle(baseStyleKey)
{ }

void ContrastStyle::setMinimumContrast(qreal ratio)
{
    m_minimumContrast = ratio;
}

QColor ContrastStyle::blend(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
        float(from.greenF() + (to.greenF() - from.greenF()) * amount),
        float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QColor ContrastStyle::outline(const QColor &window, const QColor &base, const QColor &text, qreal ratio)
{
    constexpr int Steps = 40;
    for (int step = 1; step < Steps; ++step) {
        const QColor candidate = blend(window, text, qreal(step) / Steps);
        if (ChartStyle::contrast(candidate, window) >= ratio && ChartStyle::contrast(candidate, base) >= ratio)
            return candidate;
    }
    return text;
}

QColor ContrastStyle::outlineColor(const QPalette &palette) const
{
    return outline(palette.color(QPalette::Window), palette.color(QPalette::Base), palette.color(QPalette::WindowText),
        m_minimumContrast);
}

QColor ContrastStyle::accentColor(const QPalette &palette) const
{
    const QColor highlight = palette.color(QPalette::Highlight);
    if (ChartStyle::contrast(highlight, palette.color(QPalette::Window)) >= 3.0
        && ChartStyle::contrast(highlight, palette.color(QPalette::Base)) >= 3.0)
        return highlight;
    return outlineColor(palette);
}

QColor ContrastStyle::penFor(const QStyleOption *option, bool accent) const
{
    const QColor color = accent ? accentColor(option->palette) : outlineColor(option->palette);
    // Inactive controls are exempt from the contrast rule, and should look it.
    if (!(option->state & State_Enabled))
        return blend(option->palette.color(QPalette::Window), color, 0.5);
    return color;
}

void ContrastStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // The outlines follow Fusion's own geometry, so that they cover its faint ones exactly.
    switch (element) {
    case PE_IndicatorCheckBox: {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(0.5, 0.5);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(penFor(option, keyboardFocus(option)));
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
        break;
    }
    case PE_IndicatorRadioButton: {
        const QRect rect = option->rect;
        const QPointF center = QPointF(rect.center()) + QPointF(1, 1);
        const qreal radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(penFor(option, keyboardFocus(option)));
        painter->drawEllipse(center, radius, radius);
        painter->restore();
        break;
    }
    case PE_FrameLineEdit: {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(0.5, 0.5);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(penFor(option, option->state & State_HasFocus));
        painter->drawRoundedRect(option->rect.adjusted(0, 0, -1, -1), 2, 2);
        painter->restore();
        break;
    }
    case PE_Frame: {
        // Panels (cards, tiles, lists, text) need no more than 3:1 to be told apart; high contrast draws them whole.
        if (qobject_cast<const QFrame *>(widget) == nullptr)
            break;
        const qreal ratio = m_minimumContrast > 7.0 ? m_minimumContrast : 3.0;
        QColor color = outline(option->palette.color(QPalette::Window), option->palette.color(QPalette::Base),
            option->palette.color(QPalette::WindowText), ratio);
        if (!(option->state & State_Enabled))
            color = blend(option->palette.color(QPalette::Window), color, 0.5);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(color);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
        break;
    }
    case PE_PanelButtonCommand: {
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
        const bool isDefault
            = button && (button->features & QStyleOptionButton::DefaultButton) && (option->state & State_Enabled);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(0.5, -0.5);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(penFor(option, keyboardFocus(option) || isDefault));
        painter->drawRoundedRect(option->rect.adjusted(0, 1, -1, 0), 2.0, 2.0);
        painter->restore();
        break;
    }
    default:
        break;
    }
}

void ContrastStyle::drawComplexControl(
    ComplexControl control, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control != CC_SpinBox)
        return;
    const auto *spinBox = qstyleoption_cast<const QStyleOptionSpinBox *>(option);
    if (!spinBox || !spinBox->frame)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(penFor(option, option->state & State_HasFocus));
    painter->drawRoundedRect(option->rect.adjusted(0, 0, -1, -1), 2, 2);
    painter->restore();
}
