#pragma once

#include <QProxyStyle>

// The application's style with control outlines that stand out from their background. Fusion derives its outlines
// from the window colour (darker(140)), which leaves them barely visible in a light theme and invisible on black:
// check boxes, radio buttons, fields, buttons, combo and spin boxes get an outline of at least the minimum contrast
// against the window and the field colours, WCAG 2.1's 3:1 for non-text contrast and more; framed panels at least 3:1.
class ContrastStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // A new instance of the style the key names ("Fusion"), which this one wraps.
    explicit ContrastStyle(const QString &baseStyleKey);

    // The contrast the outlines reach; beyond what the palette allows, they take the text colour.
    void setMinimumContrast(qreal ratio);
    qreal minimumContrast() const { return m_minimumContrast; }
    // The outline for a palette: as close to the window colour as the minimum contrast allows, towards the text.
    QColor outlineColor(const QPalette &palette) const;

    // The first blend of the window colour towards the text that stands out from both window and base by the
    // ratio; the text colour when none does.
    static QColor outline(const QColor &window, const QColor &base, const QColor &text, qreal ratio);
    static QColor blend(const QColor &from, const QColor &to, qreal amount);

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
        const QWidget *widget) const override;

private:
    // Focused and default controls keep an accent outline, the highlight colour when that stands out enough.
    QColor accentColor(const QPalette &palette) const;
    QColor penFor(const QStyleOption *option, bool accent) const;

    qreal m_minimumContrast = 4.5;
};
