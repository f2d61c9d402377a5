#pragma once

#include <QIconEngine>

// Draws a one-colour SVG in the application palette's button text colour, so that the same drawing stands out in
// light, dark and high-contrast themes alike; each paint takes the palette anew.
class TintedIconEngine : public QIconEngine
{
public:
    explicit TintedIconEngine(const QString &svgPath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;

private:
    QString m_path;
};
