#include "figuretiles.h"

#include "wrappinglabel.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <indicatorformat.h>

namespace {

constexpr int MaxColumns = 4;

} // namespace

FigureTiles::FigureTiles(const QList<Bulletin::Indicator> &indicators, Bulletin::Language language, QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    const int count = std::min<int>(int(indicators.size()), MaxTiles);
    const int columns = std::min(count, MaxColumns);
    for (int i = 0; i < count; ++i) {
        const Bulletin::Indicator &indicator = indicators.at(i);
        m_ids.append(indicator.id);
        auto *tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("figureTile"));
        tile->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(tile);
        auto *valueRow = new QHBoxLayout;
        valueRow->setSpacing(4);
        const Bulletin::IndicatorFormat::Amount amount = Bulletin::IndicatorFormat::amount(indicator, language);
        auto *value = new QLabel(amount.number, tile);
        value->setObjectName(QStringLiteral("figureTileValue"));
        auto *unit = new QLabel(amount.unitBeside(), tile);
        valueRow->addStretch();
        valueRow->addWidget(value, 0, Qt::AlignBaseline);
        valueRow->addWidget(unit, 0, Qt::AlignBaseline);
        valueRow->addStretch();
        layout->addLayout(valueRow);
        auto *name = new WrappingLabel(indicator.displayName(language), tile);
        name->setAlignment(Qt::AlignHCenter);
        layout->addWidget(name);
        tile->setToolTip(indicator.source);
        tile->setAccessibleName(indicator.displayName(language) + QLatin1Char(' ') + amount.joined());
        m_values.append(value);
        m_units.append(unit);
        m_valueTexts.append(amount.joined());
        grid->addWidget(tile, i / columns, i % columns);
    }
    for (int column = 0; column < columns; ++column)
        grid->setColumnStretch(column, 1);
    applyFonts();
}

QStringList FigureTiles::valueTexts() const
{
    return m_valueTexts;
}

bool FigureTiles::replacesChart(const Bulletin::ChartSpec &spec)
{
    return spec.kind == Bulletin::ChartKind::Bars && spec.indicatorIds.size() <= 2;
}

void FigureTiles::applyFonts()
{
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
    valueFont.setBold(true);
    QFont unitFont = font();
    unitFont.setPointSizeF(unitFont.pointSizeF() * 1.2);
    for (QLabel *value : std::as_const(m_values))
        value->setFont(valueFont);
    for (QLabel *unit : std::as_const(m_units))
        unit->setFont(unitFont);
}

void FigureTiles::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}
