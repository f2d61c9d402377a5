#include "briefinglayout.h"

#include "bulletinchart.h"
#include "chartstyle.h"
#include "charttext.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPaintDevice>
#include <QScreen>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <defaultcharts.h>
#include <indicatorformat.h>

using Bulletin::IndicatorFormat;

// The sheet's own words and the bulletin's names are in BriefingOptions::language, which may differ from the
// interface's, hence no tr() here; the bulletin's text stays as written. Figures are worded in the same language
// (IndicatorFormat), and so are the charts.

namespace {

// Chart pixels a chart needs across to show every label in full.
constexpr qreal MinimumChartWidth = 600;

// Whatever a bulletin says, a heading, a card or a table row is a few lines, never taller than a page: text beyond
// these lengths ends in "…". Paragraphs are the bulletin's text and are set whole.
constexpr int MaxHeadingChars = 200;
// Names and remarks wrap in the wider columns; figures, with their units and rank scopes, stay short.
constexpr int MaxCellChars = 120;
constexpr int MaxFigureCellChars = 48;
constexpr int MaxColumnTitleChars = 40;
constexpr int MaxCardLabelChars = 80;
constexpr int MaxCardValueChars = 40;
constexpr int MaxUnitChars = 24;
constexpr int MaxNameChars = 60;
constexpr int MaxMetaChars = 120;
constexpr int MaxRunningChars = 400;

QString bounded(const QString &text, int maxChars)
{
    return ChartText::bounded(text, maxChars);
}

const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Muted(0x55, 0x55, 0x55);
const QColor OfficialRed(0xb0, 0x12, 0x1b);
const QColor Accent(0x00, 0x72, 0xb2);
const QColor CardFill(0xee, 0xf3, 0xf8);
const QColor TableHeaderFill(0xe3, 0xea, 0xf1);
const QColor GridLine(0x80, 0x80, 0x80);
const QColor RunningRule(0xa0, 0xa0, 0xa0);

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int ones = n % 10;
    return (tens == 1 ? QString() : QString(digits.at(tens))) + QStringLiteral("十")
        + (ones == 0 ? QString() : QString(digits.at(ones)));
}

// The bulletin's ISO dates written for people; other strings as they are.
QString displayDate(const QString &text, BriefingOptions::Language language)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return text;
    return language == BriefingOptions::Language::English
        ? QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"))
        : QLocale(QLocale::Chinese, QLocale::China).toString(date, QStringLiteral("yyyy年M月d日"));
}

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            nonEmpty.append(part.trimmed());
    }
    return nonEmpty.join(separator);
}

} // namespace

struct BriefingLayout::Element
{
    // Laid out at the origin; pagination moves it.
    Block block;
    qreal spaceBefore = 0;
    // Set for paragraphs, which may be cut between lines.
    std::shared_ptr<QTextLayout> paragraph;
    // Table rows: the element of their table's header, repeated at the top of a page the table continues on.
    int tableHeader = -1;

    qreal linesHeight(int first, int count) const
    {
        const QTextLine top = paragraph->lineAt(first);
        const QTextLine bottom = paragraph->lineAt(first + count - 1);
        return bottom.y() + bottom.height() - top.y();
    }
    int lineCount() const { return paragraph ? paragraph->lineCount() : 0; }
};

struct BriefingLayout::TableColumn
{
    QString title;
    Qt::Alignment alignment = Qt::AlignLeft;
    // Flexible columns (names, remarks) wrap and share what the fixed ones leave.
    bool flexible = false;
};

QString BriefingLayout::Item::plainText() const
{
    if (!text)
        return {};
    QStringList lines;
    for (int i = firstLine; i < firstLine + lineCount && i < text->lineCount(); ++i) {
        const QTextLine line = text->lineAt(i);
        lines.append(text->text().mid(line.textStart(), line.textLength()));
    }
    return lines.join(QString());
}

BriefingLayout::BriefingLayout(std::shared_ptr<const Bulletin::Document> documentPointer,
    const BriefingOptions &options, const QPaintDevice *device, const QRectF &pageRect)
    : m_document(std::move(documentPointer))
    , m_options(options)
    , m_device(device)
    , m_pageRect(pageRect)
    , m_scale(device->logicalDpiY() / 72.0)
{
    const QFontMetricsF running(font(FontRole::Running), m_device);
    const qreal headerHeight = running.height() + pt(5);
    const qreal footerHeight = running.height() + pt(5);
    m_headerRect = QRectF(pageRect.left(), pageRect.top(), pageRect.width(), headerHeight);
    m_footerRect = QRectF(pageRect.left(), pageRect.bottom() - footerHeight, pageRect.width(), footerHeight);
    m_bodyRect = QRectF(pageRect.left(), m_headerRect.bottom() + pt(10), pageRect.width(),
        m_footerRect.top() - pt(8) - (m_headerRect.bottom() + pt(10)));

    const Bulletin::Document &document = *m_document;
    buildFlow(document);
    paginate();
    addRunningText(document);
}

BriefingLayout::~BriefingLayout() = default;

QFont BriefingLayout::font(FontRole role)
{
    // Unhinted: metrics are the font's design metrics at every resolution, so a 1200 dpi printer and a 300 dpi
    // PDF break lines alike, and FreeType skips the hinting interpreter.
    QFont font = fontForRole(role);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont BriefingLayout::fontForRole(FontRole role)
{
    switch (role) {
    case FontRole::Masthead:
        return ChartStyle::font(24, true);
    case FontRole::Title:
        return ChartStyle::font(18, true);
    case FontRole::Subtitle:
        return ChartStyle::font(12.5);
    case FontRole::Meta:
        return ChartStyle::font(9);
    case FontRole::Heading1:
        return ChartStyle::font(14, true);
    case FontRole::Heading2:
        return ChartStyle::font(12, true);
    case FontRole::Body:
        return ChartStyle::font(10.5);
    case FontRole::Caption:
        return ChartStyle::font(9, true);
    case FontRole::TableHeader:
        return ChartStyle::font(8, true);
    case FontRole::TableCell:
        return ChartStyle::font(8);
    case FontRole::CardNumber:
        return ChartStyle::font(7.5, true);
    case FontRole::CardLabel:
        return ChartStyle::font(8.5);
    case FontRole::CardValue:
        return ChartStyle::font(15, true);
    case FontRole::CardUnit:
        return ChartStyle::font(9);
    case FontRole::CardDetail:
        return ChartStyle::font(7.5);
    case FontRole::Note:
        return ChartStyle::font(8);
    case FontRole::Running:
        return ChartStyle::font(8);
    }
    return ChartStyle::font(10);
}

QString BriefingLayout::pageNumberText(int page, int pageCount, BriefingOptions::Language language)
{
    return language == BriefingOptions::Language::English
        ? QStringLiteral("Page %1 of %2").arg(page).arg(pageCount)
        : QStringLiteral("第 %1 页 / 共 %2 页").arg(page).arg(pageCount);
}

QString BriefingLayout::pick(const QString &chinese, const QString &english) const
{
    return m_options.language == BriefingOptions::Language::English && !english.isEmpty() ? english : chinese;
}

QString BriefingLayout::say(const char *chinese, const char *english) const
{
    return m_options.language == BriefingOptions::Language::English ? QString::fromUtf8(english)
                                                                    : QString::fromUtf8(chinese);
}

std::shared_ptr<QTextLayout> BriefingLayout::makeText(const QString &text, FontRole role, qreal width,
    Qt::Alignment alignment, qreal lineSpacing, qreal firstLineIndent) const
{
    const QFont textFont = font(role);
    auto layout = std::make_shared<QTextLayout>(text, textFont, m_device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    const qreal advance = QFontMetricsF(textFont, m_device).lineSpacing() * lineSpacing;
    qreal y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        const qreal indent = line.lineNumber() == 0 ? firstLineIndent : 0;
        line.setLineWidth(std::max<qreal>(1, width - indent));
        line.setPosition(QPointF(indent, y));
        y += advance;
    }
    layout->endLayout();
    return layout;
}

qreal BriefingLayout::textHeight(const QTextLayout &layout)
{
    if (layout.lineCount() == 0)
        return 0;
    const QTextLine last = layout.lineAt(layout.lineCount() - 1);
    return last.y() + last.height();
}

BriefingLayout::Item BriefingLayout::textItem(
    const std::shared_ptr<QTextLayout> &layout, const QPointF &topLeft, const QColor &color) const
{
    Item item;
    item.kind = Item::Text;
    item.text = layout;
    item.lineCount = layout->lineCount();
    item.color = color;
    qreal width = 0;
    for (int i = 0; i < layout->lineCount(); ++i)
        width = std::max(width, layout->lineAt(i).x() + layout->lineAt(i).width());
    item.rect = QRectF(topLeft, QSizeF(width, textHeight(*layout)));
    return item;
}

namespace {

BriefingLayout::Item rule(const QPointF &from, const QPointF &to, const QColor &color, qreal width)
{
    BriefingLayout::Item item;
    item.kind = BriefingLayout::Item::Rule;
    item.rect = QRectF(from, to);
    item.color = color;
    item.lineWidth = width;
    return item;
}

BriefingLayout::Item box(
    const QRectF &rect, const QColor &fill, BriefingLayout::Item::Kind kind = BriefingLayout::Item::Box)
{
    BriefingLayout::Item item;
    item.kind = kind;
    item.rect = rect;
    item.color = fill;
    return item;
}

} // namespace

void BriefingLayout::buildFlow(const Bulletin::Document &document)
{
    addMasthead(document);
    addMeta(document);
    addKeyFigures(document);
    addComparison(document);

    QList<const Bulletin::Section *> chosen;
    for (const Bulletin::Section &section : document.sections) {
        if (m_options.includes(section.id))
            chosen.append(&section);
    }
    if (chosen.isEmpty())
        return;
    addHeading(say("分项情况", "Sections"), 1);
    if (m_options.includeFullText && !document.intro.isEmpty())
        addParagraph(document.intro, FontRole::Body, Ink, pt(4));
    for (int i = 0; i < chosen.size(); ++i)
        addSection(document, *chosen.at(i), i + 1);
}

void BriefingLayout::addMasthead(const Bulletin::Document &document)
{
    const qreal width = m_bodyRect.width();
    Element element;
    element.block.kind = BlockKind::Masthead;
    QList<Item> &items = element.block.items;
    qreal y = 0;

    const QString region = bounded(pick(document.region, document.regionEn), MaxNameChars);
    const auto masthead
        = makeText(region + say("发展简报", " Development Briefing"), FontRole::Masthead, width, Qt::AlignHCenter);
    items.append(textItem(masthead, QPointF(0, y), OfficialRed));
    y += textHeight(*masthead) + pt(4);

    // An issuing line between masthead and rule, as on an office's briefing.
    const QString period
        = say("统计时期：", "Period: ") + bounded(pick(document.period, document.periodEn), MaxMetaChars);
    const QString generated = say("生成日期：", "Generated on ")
        + displayDate(m_options.effectiveDate().toString(Qt::ISODate), m_options.language);
    const auto left = makeText(period, FontRole::Meta, width / 2);
    const auto right = makeText(generated, FontRole::Meta, width / 2, Qt::AlignRight);
    items.append(textItem(left, QPointF(0, y), Ink));
    items.append(textItem(right, QPointF(width / 2, y), Ink));
    y += std::max(textHeight(*left), textHeight(*right)) + pt(4);

    items.append(rule(QPointF(0, y), QPointF(width, y), OfficialRed, pt(2.2)));
    y += pt(3.2);
    items.append(rule(QPointF(0, y), QPointF(width, y), OfficialRed, pt(0.6)));
    y += pt(8);

    const auto title = makeText(bounded(document.title, MaxHeadingChars), FontRole::Title, width, Qt::AlignHCenter);
    items.append(textItem(title, QPointF(0, y), Ink));
    y += textHeight(*title);
    if (!document.subtitle.isEmpty()) {
        y += pt(3);
        const auto subtitle = makeText(QStringLiteral("——") + bounded(document.subtitle, MaxHeadingChars),
            FontRole::Subtitle, width, Qt::AlignHCenter);
        items.append(textItem(subtitle, QPointF(0, y), Ink));
        y += textHeight(*subtitle);
    }
    element.block.rect = QRectF(0, 0, width, y);
    element.block.label = document.title;
    m_flow.append(element);
}

void BriefingLayout::addMeta(const Bulletin::Document &document)
{
    const qreal width = m_bodyRect.width();
    // What the bulletin does not state is left out, not printed as a placeholder.
    QList<QPair<QString, QString>> pairs;
    if (!document.region.isEmpty())
        pairs.append({ say("地区", "Region"), pick(document.region, document.regionEn) });
    if (!document.newspaper.isEmpty())
        pairs.append({ say("报纸", "Newspaper"), document.newspaper });
    if (!document.publicationDate.isEmpty())
        pairs.append({ say("发表日期", "Published"), displayDate(document.publicationDate, m_options.language) });
    if (!document.reporter.isEmpty())
        pairs.append({ say("记者", "Reporter"), document.reporter });
    if (!document.comparisonRegion.isEmpty()) {
        QString compared = bounded(pick(document.comparisonRegion, document.comparisonRegionEn), MaxNameChars);
        if (document.comparisonUnits > 0)
            compared += say("（%1个市州）", " (%1 cities)").arg(document.comparisonUnits);
        pairs.append({ say("比较对象", "Compared with"), compared });
    }
    if (document.synthetic)
        pairs.append({ say("数据", "Data"), say("合成测试数据", "synthetic test data") });

    // A byline under the title, as a newspaper article carries it; a line breaks between pairs, never inside one.
    Element element;
    element.block.kind = BlockKind::Meta;
    element.spaceBefore = pt(6);
    const QFontMetricsF metrics(font(FontRole::Meta), m_device);
    const qreal gap = pt(14);
    QList<QList<std::shared_ptr<QTextLayout>>> lines(1);
    qreal lineWidth = 0;
    for (const auto &pair : std::as_const(pairs)) {
        const QString text = pair.first + say("：", ": ") + bounded(pair.second, MaxMetaChars);
        const qreal textWidth = std::min(metrics.horizontalAdvance(text) + 1, width);
        if (!lines.last().isEmpty() && lineWidth + gap + textWidth > width) {
            lines.append(QList<std::shared_ptr<QTextLayout>>());
            lineWidth = 0;
        }
        lineWidth += (lines.last().isEmpty() ? 0 : gap) + textWidth;
        lines.last().append(makeText(text, FontRole::Meta, textWidth));
    }
    qreal y = 0;
    for (const auto &line : std::as_const(lines)) {
        qreal total = 0;
        qreal height = 0;
        for (const auto &layout : line) {
            total += layout->lineAt(0).width();
            height = std::max(height, textHeight(*layout));
        }
        total += gap * (line.size() - 1);
        qreal x = (width - total) / 2;
        for (const auto &layout : line) {
            element.block.items.append(textItem(layout, QPointF(x, y), Muted));
            x += layout->lineAt(0).width() + gap;
        }
        y += height + pt(2);
    }
    element.block.rect = QRectF(0, 0, width, y - pt(2));
    m_flow.append(element);
}

void BriefingLayout::addHeading(const QString &text, int level)
{
    const qreal width = m_bodyRect.width();
    Element element;
    element.block.kind = BlockKind::Heading;
    element.block.keepWithNext = true;
    element.spaceBefore = level == 1 ? pt(10) : pt(12);

    QString numbered = bounded(text, MaxHeadingChars);
    if (level == 1) {
        ++m_partCount;
        numbered = m_options.language == BriefingOptions::Language::English
            ? QStringLiteral("%1. %2").arg(m_partCount).arg(numbered)
            : chineseNumber(m_partCount) + QStringLiteral("、") + numbered;
    }
    const auto layout = makeText(numbered, level == 1 ? FontRole::Heading1 : FontRole::Heading2, width);
    element.block.items.append(textItem(layout, QPointF(0, 0), Ink));
    qreal height = textHeight(*layout);
    if (level == 1) {
        height += pt(3);
        element.block.items.append(rule(QPointF(0, height), QPointF(width, height), RunningRule, pt(0.5)));
    }
    height += pt(4);
    element.block.rect = QRectF(0, 0, width, height);
    element.block.label = text;
    m_flow.append(element);
}

void BriefingLayout::addParagraph(const QString &text, FontRole role, const QColor &color, qreal spaceBefore)
{
    const qreal width = m_bodyRect.width();
    const QFontMetricsF metrics(font(role), m_device);
    // Chinese paragraphs open with a two-character indent.
    const qreal indent = 2 * metrics.horizontalAdvance(QChar(0x4e00));
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty())
            continue;
        Element element;
        element.block.kind = BlockKind::Paragraph;
        element.spaceBefore = spaceBefore;
        element.paragraph = makeText(paragraph.trimmed(), role, width, Qt::AlignJustify, 1.55, indent);
        element.block.rect = QRectF(0, 0, width, textHeight(*element.paragraph));
        element.block.items.append(textItem(element.paragraph, QPointF(0, 0), color));
        m_flow.append(element);
    }
}

void BriefingLayout::addKeyFigures(const Bulletin::Document &document)
{
    if (document.keyFigures.isEmpty())
        return;
    addHeading(say("主要指标", "Key figures"), 1);

    const qreal width = m_bodyRect.width();
    const qreal gap = pt(8);
    const int count = int(document.keyFigures.size());
    const int fit = std::max(1, int((width + gap) / (pt(96) + gap)));
    int columns = std::min(count, fit);
    // Rows of equal length rather than a lone card on the last row.
    if (columns < count) {
        const int rows = (count + columns - 1) / columns;
        columns = (count + rows - 1) / rows;
    }
    const qreal cardWidth = (width - (columns - 1) * gap) / columns;
    const qreal pad = pt(6);
    const qreal bar = pt(3);
    const qreal innerX = bar + pad;
    const qreal innerWidth = cardWidth - innerX - pad;
    const qreal badge = pt(12);
    const auto cardLabel = [this](const Bulletin::KeyFigure &figure) {
        return bounded(pick(figure.label, figure.labelEn), MaxCardLabelChars);
    };

    for (int start = 0; start < count; start += columns) {
        Element element;
        element.block.kind = BlockKind::KeyFigureRow;
        element.spaceBefore = start == 0 ? pt(2) : gap * 0.75;
        QList<Item> contents;
        qreal rowHeight = 0;
        // Values share one line across the row, under the tallest label.
        qreal valueTop = 0;
        for (int c = 0; c < columns && start + c < count; ++c) {
            const auto label = makeText(
                cardLabel(document.keyFigures.at(start + c)), FontRole::CardLabel, innerWidth - badge - pt(5));
            const qreal labelTop = pad + std::max<qreal>(0, (badge - label->lineAt(0).height()) / 2);
            valueTop = std::max(valueTop, std::max(pad + badge, labelTop + textHeight(*label)) + pt(3));
        }
        for (int c = 0; c < columns && start + c < count; ++c) {
            const Bulletin::KeyFigure &figure = document.keyFigures.at(start + c);
            const Bulletin::Indicator *indicator = document.findIndicator(figure.indicatorId);
            const qreal x = c * (cardWidth + gap);

            contents.append(box(QRectF(x + innerX, pad, badge, badge), Accent, Item::Ellipse));
            const auto number = makeText(QString::number(figure.number), FontRole::CardNumber, badge, Qt::AlignHCenter);
            contents.append(
                textItem(number, QPointF(x + innerX, pad + (badge - textHeight(*number)) / 2), QColor(Qt::white)));
            const auto label = makeText(cardLabel(figure), FontRole::CardLabel, innerWidth - badge - pt(5));
            const qreal labelTop = pad + std::max<qreal>(0, (badge - label->lineAt(0).height()) / 2);
            contents.append(textItem(label, QPointF(x + innerX + badge + pt(5), labelTop), Ink));
            qreal y = valueTop;

            QString value = IndicatorFormat::placeholder();
            QString unit;
            if (indicator) {
                if (!indicator->valueText.isEmpty()) {
                    value = bounded(indicator->valueText, MaxCardValueChars);
                } else if (indicator->value) {
                    value = IndicatorFormat::number(*indicator->value);
                    unit = bounded(indicator->unit, MaxUnitChars);
                }
            }
            // Long values ("297.72亿元") get a smaller face rather than a wrapped number.
            QFont valueFont = font(FontRole::CardValue);
            const QFont unitFont = font(FontRole::CardUnit);
            const qreal unitWidth = unit.isEmpty() ? 0 : QFontMetricsF(unitFont, m_device).horizontalAdvance(unit);
            while (valueFont.pointSizeF() > 10
                && QFontMetricsF(valueFont, m_device).horizontalAdvance(value) + unitWidth + pt(2) > innerWidth)
                valueFont.setPointSizeF(valueFont.pointSizeF() - 1);
            auto valueLayout = std::make_shared<QTextLayout>(value, valueFont, m_device);
            valueLayout->setCacheEnabled(true);
            valueLayout->beginLayout();
            QTextLine valueLine = valueLayout->createLine();
            valueLine.setLineWidth(innerWidth);
            valueLine.setPosition(QPointF(0, 0));
            valueLayout->endLayout();
            contents.append(textItem(valueLayout, QPointF(x + innerX, y), Accent.darker(130)));
            if (!unit.isEmpty()) {
                const auto unitLayout = makeText(unit, FontRole::CardUnit, unitWidth + pt(2));
                const qreal baseline = y + valueLine.ascent();
                contents.append(textItem(unitLayout,
                    QPointF(
                        x + innerX + valueLine.naturalTextWidth() + pt(2), baseline - unitLayout->lineAt(0).ascent()),
                    Ink));
            }
            y += valueLine.height();
            rowHeight = std::max(rowHeight, y + pad);
        }
        for (int c = 0; c < columns && start + c < count; ++c) {
            const qreal x = c * (cardWidth + gap);
            element.block.items.append(box(QRectF(x, 0, cardWidth, rowHeight), CardFill));
            element.block.items.append(box(QRectF(x, 0, bar, rowHeight), Accent));
        }
        element.block.items.append(contents);
        element.block.rect = QRectF(0, 0, width, rowHeight);
        m_flow.append(element);
    }
}

qreal BriefingLayout::chartPixel(const QPaintDevice *device)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal screenDpi = screen && screen->logicalDotsPerInchY() > 0 ? screen->logicalDotsPerInchY() : 96;
    return device->logicalDpiY() / screenDpi;
}

void BriefingLayout::addChart(const Bulletin::ChartSpec &spec)
{
    // The chart says how tall it must be for every label to be whole at its width, in chart pixels; on narrow
    // paper (A5) it is laid out wider and drawn smaller, rather than have its labels cut short.
    const qreal chartWidth = std::min(m_bodyRect.width(), pt(520));
    const qreal pixel = chartPixel(m_device);
    qreal layoutWidth = chartWidth / pixel;
    const qreal shrink = layoutWidth < MinimumChartWidth ? layoutWidth / MinimumChartWidth : 1;
    layoutWidth = std::max(layoutWidth, MinimumChartWidth);
    auto chart = std::make_shared<BulletinChart>(
        m_document, spec, m_options.language, ChartStyle::light(), BulletinChart::Framing::OnSheet);
    const qreal wanted = chart->preferredHeight(layoutWidth);
    const qreal height = std::min(wanted * pixel * shrink, m_bodyRect.height() * 0.9);
    chart->layOut(QSizeF(layoutWidth, height / pixel / shrink));

    Element element;
    element.block.kind = BlockKind::Chart;
    element.block.label = spec.id;
    element.spaceBefore = pt(6);
    element.block.rect = QRectF(0, 0, m_bodyRect.width(), height);
    Item item;
    item.kind = Item::Chart;
    // On landscape paper a chart keeps the proportions it has on portrait, centred.
    item.rect = QRectF((m_bodyRect.width() - chartWidth) / 2, 0, chartWidth, height);
    item.chart = spec;
    item.chartObject = std::move(chart);
    element.block.items.append(item);
    m_flow.append(element);
}

void BriefingLayout::addTable(const QString &caption, QList<TableColumn> columns, const QList<QStringList> &rows)
{
    for (TableColumn &column : columns)
        column.title = bounded(column.title, MaxColumnTitleChars);
    QList<QStringList> shownRows;
    shownRows.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList shown;
        for (int c = 0; c < row.size(); ++c) {
            const bool flexible = c < columns.size() && columns.at(c).flexible;
            shown.append(bounded(row.at(c), flexible ? MaxCellChars : MaxFigureCellChars));
        }
        shownRows.append(shown);
    }
    const qreal width = m_bodyRect.width();
    const qreal padX = pt(4);
    const qreal padY = pt(2);
    const QFontMetricsF cellMetrics(font(FontRole::TableCell), m_device);
    const QFontMetricsF headerMetrics(font(FontRole::TableHeader), m_device);

    // Fixed columns get their widest text; flexible ones share the rest in proportion to theirs.
    QList<qreal> natural;
    for (int c = 0; c < columns.size(); ++c) {
        qreal widest = headerMetrics.horizontalAdvance(columns.at(c).title);
        for (const QStringList &row : shownRows)
            widest = std::max(widest, cellMetrics.horizontalAdvance(row.value(c)));
        natural.append(widest + 2 * padX + 1);
    }
    QList<qreal> widths = natural;
    qreal fixedWidth = 0;
    qreal flexibleWidth = 0;
    QList<int> flexible;
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).flexible) {
            flexible.append(c);
            flexibleWidth += natural.at(c);
        } else {
            widths[c] = std::min(natural.at(c), width * 0.24);
            fixedWidth += widths.at(c);
        }
    }
    if (fixedWidth + flexibleWidth > width) {
        // Flexible columns share what is left, the narrowest first: a short name keeps its line, a long remark wraps.
        std::sort(flexible.begin(), flexible.end(), [&natural](int a, int b) { return natural.at(a) < natural.at(b); });
        qreal remaining = std::max(width - fixedWidth, width * 0.3);
        for (int i = 0; i < flexible.size(); ++i) {
            const int c = flexible.at(i);
            widths[c] = std::min(natural.at(c), remaining / (flexible.size() - i));
            remaining -= widths.at(c);
        }
    }
    // Room to spare (or a shortfall of fixed columns) is shared in proportion, so the table spans the text width.
    qreal total = 0;
    for (const qreal w : std::as_const(widths))
        total += w;
    for (qreal &w : widths)
        w *= width / total;
    QList<qreal> lefts { 0 };
    for (int c = 0; c < columns.size(); ++c)
        lefts.append(lefts.last() + widths.at(c));

    const auto makeRow = [&](const QStringList &cells, bool header) {
        Element element;
        element.block.kind = header ? BlockKind::TableHeader : BlockKind::TableRow;
        element.block.keepWithNext = header;
        QList<std::shared_ptr<QTextLayout>> layouts;
        qreal height = 0;
        for (int c = 0; c < columns.size(); ++c) {
            const Qt::Alignment alignment = header ? Qt::AlignHCenter : columns.at(c).alignment;
            QString text = cells.value(c);
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            const auto layout = makeText(
                text, header ? FontRole::TableHeader : FontRole::TableCell, widths.at(c) - 2 * padX, alignment, 1.0);
            layouts.append(layout);
            height = std::max(height, textHeight(*layout));
        }
        height += 2 * padY;
        if (header)
            element.block.items.append(box(QRectF(0, 0, width, height), TableHeaderFill));
        for (int c = 0; c < columns.size(); ++c) {
            const qreal top = (height - textHeight(*layouts.at(c))) / 2;
            element.block.items.append(textItem(layouts.at(c), QPointF(lefts.at(c) + padX, top), Ink));
        }
        const qreal line = pt(0.5);
        if (header)
            element.block.items.append(rule(QPointF(0, 0), QPointF(width, 0), GridLine, line));
        element.block.items.append(rule(QPointF(0, height), QPointF(width, height), GridLine, line));
        for (const qreal x : std::as_const(lefts))
            element.block.items.append(rule(QPointF(x, 0), QPointF(x, height), GridLine, line));
        element.block.rect = QRectF(0, 0, width, height);
        return element;
    };

    ++m_tableCount;
    Element captionElement;
    captionElement.block.kind = BlockKind::TableCaption;
    captionElement.block.keepWithNext = true;
    captionElement.spaceBefore = pt(6);
    const QString captionText = say("表%1　", "Table %1  ").arg(m_tableCount) + bounded(caption, MaxHeadingChars);
    const auto captionLayout = makeText(captionText, FontRole::Caption, width, Qt::AlignHCenter);
    captionElement.block.items.append(textItem(captionLayout, QPointF(0, 0), Ink));
    captionElement.block.rect = QRectF(0, 0, width, textHeight(*captionLayout) + pt(3));
    captionElement.block.label = captionText;
    m_flow.append(captionElement);

    QStringList titles;
    for (const TableColumn &column : std::as_const(columns))
        titles.append(column.title);
    const int headerIndex = int(m_flow.size());
    m_flow.append(makeRow(titles, true));
    for (const QStringList &cells : shownRows) {
        Element row = makeRow(cells, false);
        row.tableHeader = headerIndex;
        m_flow.append(row);
    }
}

void BriefingLayout::addComparison(const Bulletin::Document &document)
{
    QList<const Bulletin::Indicator *> indicators;
    bool anyDerived = false;
    for (const Bulletin::Section &section : document.sections) {
        for (const Bulletin::Indicator &indicator : section.indicators) {
            if (indicator.hasProvinceComparison() || indicator.hasRank()) {
                indicators.append(&indicator);
                anyDerived = anyDerived || (indicator.hasProvinceComparison() && indicator.provinceDerived);
            }
        }
    }
    if (indicators.isEmpty())
        return;
    const QString province = bounded(IndicatorFormat::provinceName(document, m_options.language), MaxNameChars);
    const QString city = bounded(IndicatorFormat::cityName(document, m_options.language), MaxNameChars);
    addHeading(say("与%1比较", "Compared with %1").arg(province), 1);

    const QList<Bulletin::ChartSpec> charts = Bulletin::DefaultCharts::overview(document);
    if (m_options.includeCharts) {
        for (const Bulletin::ChartSpec &spec : charts) {
            if (spec.kind == Bulletin::ChartKind::Comparison)
                addChart(spec);
        }
    }

    QList<QStringList> rows;
    for (const Bulletin::Indicator *indicator : std::as_const(indicators)) {
        QString provinceValue = IndicatorFormat::provinceValue(*indicator);
        if (!provinceValue.isEmpty() && indicator->provinceDerived)
            provinceValue += QLatin1Char('*');
        const QString rank = IndicatorFormat::rankWithScope(*indicator, m_options.language);
        const QString value = indicator->value || !indicator->valueText.isEmpty() ? IndicatorFormat::value(*indicator)
                                                                                  : IndicatorFormat::placeholder();
        rows.append({ pick(indicator->name, indicator->nameEn), value,
            provinceValue.isEmpty() ? IndicatorFormat::placeholder() : provinceValue,
            IndicatorFormat::gap(*indicator, m_options.language).isEmpty()
                ? IndicatorFormat::placeholder()
                : IndicatorFormat::gap(*indicator, m_options.language),
            rank.isEmpty() ? IndicatorFormat::placeholder() : rank });
    }
    addTable(say("%1主要指标与%2比较", "%1 compared with %2").arg(city, province),
        { { say("指标", "Indicator"), Qt::AlignLeft, true }, { city, Qt::AlignRight, false },
            { province, Qt::AlignRight, false }, { say("差距", "Gap"), Qt::AlignRight, false },
            { say("全省排名", "Rank"), Qt::AlignHCenter, false } },
        rows);
    if (anyDerived) {
        // The note explains the table's asterisks: it goes where the table's last row goes.
        m_flow.last().block.keepWithNext = true;
        Element note;
        note.block.kind = BlockKind::Note;
        note.spaceBefore = pt(3);
        const auto layout = makeText(
            IndicatorFormat::derivedFootnote(province, false, m_options.language), FontRole::Note, m_bodyRect.width());
        note.block.items.append(textItem(layout, QPointF(0, 0), Muted));
        note.block.rect = QRectF(0, 0, m_bodyRect.width(), textHeight(*layout));
        m_flow.append(note);
    }

    if (m_options.includeCharts) {
        for (const Bulletin::ChartSpec &spec : charts) {
            if (spec.kind != Bulletin::ChartKind::Comparison)
                addChart(spec);
        }
    }
}

void BriefingLayout::addSection(const Bulletin::Document &document, const Bulletin::Section &section, int number)
{
    const QString prefix = m_options.language == BriefingOptions::Language::English
        ? QStringLiteral("(%1) ").arg(number)
        : QStringLiteral("（") + chineseNumber(number) + QStringLiteral("）");
    addHeading(prefix + pick(section.title, section.titleEn), 2);
    m_flow.last().block.label = section.title;

    if (m_options.includeFullText)
        addParagraph(section.text, FontRole::Body, Ink, pt(4));
    if (m_options.includeCharts) {
        for (const Bulletin::ChartSpec &spec : section.charts)
            addChart(spec);
    }
    if (!m_options.includeTables || section.indicators.isEmpty())
        return;

    bool anyProvince = false;
    bool anyRank = false;
    bool anyRemark = false;
    QList<QStringList> cells;
    for (const Bulletin::Indicator &indicator : section.indicators) {
        QString provinceValue = IndicatorFormat::provinceValue(indicator);
        if (!provinceValue.isEmpty() && indicator.provinceDerived)
            provinceValue += QLatin1Char('*');
        const QString rank = IndicatorFormat::rankWithScope(indicator, m_options.language);
        QString target = indicator.targetText;
        if (indicator.completionPercent)
            target = say("%1完成%2%", "%1: %2% done")
                         .arg(target.isEmpty() ? say("目标", "target") : target,
                             IndicatorFormat::number(*indicator.completionPercent));
        QStringList remarks;
        if (!indicator.period.isEmpty() && indicator.period != document.period)
            remarks.append(indicator.period);
        // A note that already states the target (“完成全年目标计划的145%”) replaces it.
        if (!indicator.note.isEmpty() && indicator.completionPercent
            && indicator.note.contains(IndicatorFormat::number(*indicator.completionPercent)))
            target.clear();
        remarks.append(target);
        remarks.append(indicator.note);
        const QString remark = joined(remarks, say("；", "; "));
        anyProvince = anyProvince || !provinceValue.isEmpty();
        anyRank = anyRank || !rank.isEmpty();
        anyRemark = anyRemark || !remark.isEmpty();
        cells.append({ pick(indicator.name, indicator.nameEn),
            indicator.value || !indicator.valueText.isEmpty() ? IndicatorFormat::value(indicator)
                                                              : IndicatorFormat::placeholder(),
            provinceValue.isEmpty() ? IndicatorFormat::placeholder() : provinceValue,
            IndicatorFormat::gap(indicator, m_options.language).isEmpty()
                ? IndicatorFormat::placeholder()
                : IndicatorFormat::gap(indicator, m_options.language),
            rank.isEmpty() ? IndicatorFormat::placeholder() : rank, remark });
    }
    const QString province = document.comparisonRegion.isEmpty()
        ? say("全省", "Province")
        : bounded(pick(document.comparisonRegion, document.comparisonRegionEn), MaxNameChars);
    QList<TableColumn> all { { say("指标", "Indicator"), Qt::AlignLeft, true },
        { say("数值", "Value"), Qt::AlignRight, false }, { province, Qt::AlignRight, false },
        { say("差距", "Gap"), Qt::AlignRight, false }, { say("全省排名", "Rank"), Qt::AlignHCenter, false },
        { say("备注", "Remarks"), Qt::AlignLeft, true } };
    const QList<bool> keep { true, true, anyProvince, anyProvince, anyRank, anyRemark };
    QList<TableColumn> columns;
    for (int c = 0; c < all.size(); ++c) {
        if (keep.at(c))
            columns.append(all.at(c));
    }
    QList<QStringList> rows;
    for (const QStringList &row : std::as_const(cells)) {
        QStringList kept;
        for (int c = 0; c < row.size(); ++c) {
            if (keep.at(c))
                kept.append(row.at(c));
        }
        rows.append(kept);
    }
    addTable(bounded(pick(section.title, section.titleEn), MaxHeadingChars) + say("：主要指标", ": indicators"),
        columns, rows);
}

qreal BriefingLayout::leadHeight(int index, int depth) const
{
    if (index >= m_flow.size())
        return 0;
    const Element &element = m_flow.at(index);
    qreal height = element.spaceBefore;
    if (element.paragraph)
        height += element.linesHeight(0, std::min(2, element.lineCount()));
    else
        height += element.block.rect.height();
    if (element.block.keepWithNext && depth < 3)
        height += leadHeight(index + 1, depth + 1);
    return height;
}

void BriefingLayout::startPage()
{
    Page page;
    page.headerRect = m_headerRect;
    page.bodyRect = m_bodyRect;
    page.footerRect = m_footerRect;
    m_pages.append(page);
}

void BriefingLayout::place(const Element &element, qreal top, int firstLine, int lineCount)
{
    Block block = element.block;
    if (element.paragraph) {
        Item item = element.block.items.first();
        item.firstLine = firstLine;
        item.lineCount = lineCount;
        item.rect
            = QRectF(m_bodyRect.left(), top, element.block.rect.width(), element.linesHeight(firstLine, lineCount));
        block.items = { item };
        block.rect = item.rect;
    } else {
        const QPointF offset(m_bodyRect.left(), top);
        block.rect.translate(offset);
        for (Item &item : block.items)
            item.rect.translate(offset);
    }
    m_pages.last().blocks.append(block);
}

void BriefingLayout::paginate()
{
    startPage();
    const qreal bottom = m_bodyRect.bottom();
    qreal y = m_bodyRect.top();
    const auto pageEmpty = [this] { return m_pages.last().blocks.isEmpty(); };
    const auto newPage = [&] {
        startPage();
        y = m_bodyRect.top();
    };

    for (int i = 0; i < m_flow.size(); ++i) {
        const Element &element = m_flow.at(i);
        if (element.paragraph) {
            const int lines = element.lineCount();
            int first = 0;
            while (first < lines) {
                const qreal gap = pageEmpty() ? 0 : element.spaceBefore * (first == 0 ? 1 : 0);
                const qreal available = bottom - (y + gap);
                int fit = 0;
                while (first + fit < lines && element.linesHeight(first, fit + 1) <= available)
                    ++fit;
                const int left = lines - first;
                if (fit >= left) {
                    place(element, y + gap, first, left);
                    y += gap + element.linesHeight(first, left);
                    break;
                }
                // No orphan at the bottom of a page, no widow at the top of the next.
                if (left - fit < 2 && fit > 2)
                    fit = left - 2;
                if (fit < std::min(2, left) && !pageEmpty()) {
                    newPage();
                    continue;
                }
                fit = std::max(fit, 1);
                place(element, y + gap, first, fit);
                first += fit;
                newPage();
            }
            continue;
        }

        qreal gap = pageEmpty() ? 0 : element.spaceBefore;
        const qreal height = element.block.rect.height();
        qreal need = gap + height;
        if (element.block.keepWithNext)
            need += leadHeight(i + 1);
        const bool fitsOnEmptyPage = need - gap <= m_bodyRect.height();
        if (y + need > bottom && !pageEmpty() && (fitsOnEmptyPage || y + gap + height > bottom)) {
            newPage();
            gap = 0;
            if (element.tableHeader >= 0) {
                place(m_flow.at(element.tableHeader), y);
                y += m_flow.at(element.tableHeader).block.rect.height();
            }
        }
        place(element, y + gap);
        y += gap + height;
    }
}

void BriefingLayout::addRunningText(const Bulletin::Document &document)
{
    const int pageCount = int(m_pages.size());
    const QFont running = font(FontRole::Running);
    const QFontMetricsF metrics(running, m_device);
    const qreal width = m_pageRect.width();
    const QString headerLeft = bounded(
        document.subtitle.isEmpty() ? document.title : document.title + QStringLiteral("——") + document.subtitle,
        MaxRunningChars);
    const QString headerRight = joined({ bounded(pick(document.region, document.regionEn), MaxNameChars),
                                           bounded(pick(document.period, document.periodEn), MaxNameChars) },
        QStringLiteral(" · "));
    const QString source = document.sourceNote.isEmpty() ? document.title : document.sourceNote;
    const QString footerLeft = say("资料来源：", "Source: ") + bounded(source, MaxRunningChars);

    const auto single = [&](const QString &text, qreal maxWidth, Qt::Alignment alignment) {
        return makeText(metrics.elidedText(text, Qt::ElideRight, maxWidth), FontRole::Running, maxWidth, alignment);
    };
    for (int p = 0; p < pageCount; ++p) {
        Page &page = m_pages[p];
        // The region and period keep at most half the line; the title takes what is left.
        const qreal rightWidth = std::min(metrics.horizontalAdvance(headerRight) + pt(2), width / 2);
        const auto left = single(headerLeft, width - rightWidth - pt(12), Qt::AlignLeft);
        const auto right = single(headerRight, rightWidth, Qt::AlignRight);
        page.header.append(textItem(left, page.headerRect.topLeft(), Muted));
        page.header.append(
            textItem(right, QPointF(page.headerRect.right() - rightWidth, page.headerRect.top()), Muted));
        const qreal headerRule = page.headerRect.bottom() - pt(0.5);
        page.header.append(rule(QPointF(page.headerRect.left(), headerRule),
            QPointF(page.headerRect.right(), headerRule), RunningRule, pt(0.5)));

        const QString number = pageNumberText(p + 1, pageCount, m_options.language);
        const qreal numberWidth = metrics.horizontalAdvance(number) + pt(2);
        const qreal textTop = page.footerRect.bottom() - metrics.height();
        const qreal footerRule = page.footerRect.top() + pt(0.5);
        page.footer.append(rule(QPointF(page.footerRect.left(), footerRule),
            QPointF(page.footerRect.right(), footerRule), RunningRule, pt(0.5)));
        const auto sourceLayout = single(footerLeft, width - numberWidth - pt(12), Qt::AlignLeft);
        page.footer.append(textItem(sourceLayout, QPointF(page.footerRect.left(), textTop), Muted));
        const auto numberLayout = makeText(number, FontRole::Running, numberWidth, Qt::AlignRight);
        page.footer.append(textItem(numberLayout, QPointF(page.footerRect.right() - numberWidth, textTop), Ink));
    }
}
