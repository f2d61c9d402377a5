#include "keyfigurecard.h"

#include "applanguage.h"
#include "wrappinglabel.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <cmath>
#include <indicatorformat.h>
#include <indicatorroles.h>
#include <indicatortablemodel.h>

namespace {

// Chinese ranks are "全省第2名": the whole of the comparison region, by the kind of region it is.
QString wholeRegion(const Bulletin::Document &document)
{
    const QString region = document.comparisonRegion;
    if (region.isEmpty())
        return QStringLiteral("全省");
    const QChar kind = region.back();
    for (const QChar level : QStringView(u"省市区县州"))
        if (kind == level)
            return QStringLiteral("全") + kind;
    return region;
}

} // namespace

KeyFigureCard::KeyFigureCard(
    const Bulletin::KeyFigure &figure, const Bulletin::IndicatorTableModel *model, QWidget *parent)
    : QFrame(parent)
    , m_figure(figure)
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
    m_caption = new WrappingLabel(QString(), this);
    m_caption->setObjectName(QStringLiteral("keyFigureLabel"));
    m_comparison = new WrappingLabel(QString(), this);
    m_comparison->setObjectName(QStringLiteral("keyFigureComparison"));

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
    layout->addWidget(m_caption, 1, 1);
    layout->addWidget(m_comparison, 2, 1);
    layout->setColumnStretch(1, 1);

    setToolTip(figure.text);
    setAccessibleName(figure.displayLabel(AppLanguage::bulletinLanguage()));
    refresh(model);
}

QString KeyFigureCard::caption(const Bulletin::KeyFigure &figure, const Bulletin::Indicator *indicator,
    const QString &valueText, Bulletin::Language language)
{
    const QString label = figure.displayLabel(language);
    if (!indicator || valueText.isEmpty() || valueText == Bulletin::IndicatorFormat::placeholder()
        || !label.contains(valueText, Qt::CaseInsensitive))
        return label;
    const QString name = indicator->displayName(language);
    return name.isEmpty() ? label : name;
}

QString KeyFigureCard::comparison(
    const Bulletin::Document &document, const Bulletin::Indicator &indicator, Bulletin::Language language)
{
    using Bulletin::IndicatorFormat;
    // Worded in the bulletin's language, as IndicatorFormat words figures, rather than translated: Chinese says
    // "higher than" where English writes a sign.
    const bool english = language == Bulletin::Language::English;
    QStringList parts;
    std::optional<double> gap = indicator.gap();
    if (!gap)
        gap = indicator.statedGap;
    if (gap && std::isfinite(*gap)) {
        const QString province = IndicatorFormat::provinceName(document, language);
        const QString magnitude = IndicatorFormat::number(std::fabs(*gap));
        if (english) {
            parts << IndicatorFormat::gapOf(*gap, indicator.displayUnit(language), language) + QStringLiteral(" vs ")
                    + province;
        } else if (magnitude == QLatin1String("0")) {
            parts << QStringLiteral("与") + province + QStringLiteral("持平");
        } else {
            const QString unit = indicator.unit == QLatin1String("%") ? QStringLiteral("个百分点") : indicator.unit;
            parts << (*gap > 0 ? QStringLiteral("高于") : QStringLiteral("低于")) + province + magnitude + unit;
        }
    }
    if (indicator.hasRank()) {
        if (english) {
            parts << IndicatorFormat::rankWithScope(indicator, language);
        } else {
            QString rank = wholeRegion(document) + IndicatorFormat::rankLabel(*indicator.rank, language);
            if (!indicator.rankScope.isEmpty())
                rank += QStringLiteral("（") + indicator.rankScope + QStringLiteral("）");
            parts << rank;
        }
    }
    return parts.join(QStringLiteral(" · "));
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
    using Bulletin::IndicatorFormat;
    const Bulletin::Document *document = model->document().get();
    const Bulletin::Indicator *indicator = document ? document->findIndicator(indicatorId) : nullptr;
    if (!indicator)
        return { IndicatorFormat::placeholder(), QString() };
    const IndicatorFormat::Amount amount = IndicatorFormat::amount(*indicator, model->language());
    return { amount.number, amount.unitBeside() };
}

void KeyFigureCard::refresh(const Bulletin::IndicatorTableModel *model)
{
    const auto [value, unit] = valueAndUnit(model, m_indicatorId);
    m_value->setText(value);
    m_unit->setText(unit);
    const Bulletin::Language language = AppLanguage::bulletinLanguage();
    const Bulletin::Document *document = model->document().get();
    const Bulletin::Indicator *indicator = document ? document->findIndicator(m_indicatorId) : nullptr;
    m_caption->setText(caption(m_figure, indicator, value + unit, language));
    const QString compared = indicator ? comparison(*document, *indicator, language) : QString();
    m_comparisonText = compared;
    // One comparison a line: a narrow card then never breaks one in the middle.
    m_comparison->setText(QString(compared).replace(QStringLiteral(" · "), QStringLiteral("\n")));
    m_comparison->setHidden(compared.isEmpty());
    setAccessibleDescription(tr("Key figure %1: %2 %3. %4").arg(m_figure.number).arg(value, unit, m_figure.text)
        + (compared.isEmpty() ? QString() : QLatin1Char(' ') + compared));
}

QString KeyFigureCard::valueText() const
{
    return m_value->text() + m_unit->text();
}

QString KeyFigureCard::captionText() const
{
    return m_caption->text();
}

QString KeyFigureCard::comparisonText() const
{
    return m_comparisonText;
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
