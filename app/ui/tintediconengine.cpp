#include "tintediconengine.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

TintedIconEngine::TintedIconEngine(const QString &svgPath)
    : m_path(svgPath)
{ }

void TintedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QPixmap TintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap TintedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State /*state*/, qreal scale)
{
    const QSize pixels = (QSizeF(size) * scale).toSize();
    if (pixels.isEmpty())
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QSvgRenderer(m_path).render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    const QPalette palette = QGuiApplication::palette();
    QColor color = palette.color(QPalette::Active, QPalette::ButtonText);
    if (mode == QIcon::Disabled)
        color = palette.color(QPalette::Disabled, QPalette::ButtonText);
    else if (mode == QIcon::Selected)
        color = palette.color(QPalette::Active, QPalette::HighlightedText);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), color);
    painter.end();
    QPixmap pixmap = QPixmap::fromImage(std::move(image));
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QSize TintedIconEngine::actualSize(const QSize &size, QIcon::Mode /*mode*/, QIcon::State /*state*/)
{
    return size;
}

QIconEngine *TintedIconEngine::clone() const
{
    return new TintedIconEngine(m_path);
}

QString TintedIconEngine::key() const
{
    return QStringLiteral("TintedIconEngine");
}

QString TintedIconEngine::iconName()
{
    return QFileInfo(m_path).baseName();
}
