#include "briefinglayout.h"

#include "bulletinchart.h"
#include "chartstyle.h"
#include "charttext.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPaintDevice>
#include <QRegularExpression>
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
    // How many of the elements after this one go on its page with it.
    int keepFollowing = 0;

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
    if (m_options.grayscale) {
        // Inks a black-and-white printer prints as they are, rather than dithering a hue into a grey it chooses.
        m_red = Ink;
        m_accent = QColor(0x40, 0x40, 0x40);
        m_cardFill = QColor(0xf0, 0xf0, 0xf0);
        m_headerFill = QColor(0xe0, 0xe0, 0xe0);
    }
    // A line as set: in English a Latin face comes first and Chinese falls back to a taller CJK face.
    const qreal runningLine = textHeight(*makeText(QStringLiteral("国Ag"), FontRole::Running, pageRect.width()));
    const qreal headerHeight = runningLine + pt(5);
    const qreal footerHeight = runningLine + pt(5);
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

QStringList BriefingLayout::serifFamilies(Bulletin::Language language)
{
    // AR PL UMing (fonts-arphic-uming) and not Noto Serif CJK: PDF text set in Noto CJK extracts as radicals
    // (长 as ⻓). UMing's own Latin letters are plain; an English sheet sets them in a Latin serif.
    const QStringList chinese { QStringLiteral("AR PL UMing CN"), QStringLiteral("AR PL UMing TW") };
    if (language == Bulletin::Language::English)
        return QStringList { QStringLiteral("DejaVu Serif") } + chinese;
    return chinese;
}

bool BriefingLayout::serifAvailable()
{
    return QFontDatabase::hasFamily(serifFamilies(Bulletin::Language::Chinese).first());
}

bool BriefingLayout::isBodyRole(FontRole role)
{
    return role == FontRole::Body || role == FontRole::TableCell || role == FontRole::Note;
}

QFont BriefingLayout::font(FontRole role, const BriefingOptions &options)
{
    QFont font = fontForRole(role, options.language);
    if (options.serifBody && isBodyRole(role) && serifAvailable())
        font.setFamilies(serifFamilies(options.language));
    // Unhinted: metrics are the font's design metrics at every resolution, so a 1200 dpi printer and a 300 dpi
    // PDF break lines alike, and FreeType skips the hinting interpreter.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont BriefingLayout::sansFont(qreal points, bool bold, Bulletin::Language language)
{
    // The charts' faces: a Latin face first on an English sheet, so that its letters, quotes and dashes are Latin.
    return ChartStyle::font(points, bold, language);
}

QFont BriefingLayout::fontForRole(FontRole role, Bulletin::Language language)
{
    const auto f = [language](qreal points, bool bold = false) { return sansFont(points, bold, language); };
    switch (role) {
    case FontRole::Masthead:
        return f(24, true);
    case FontRole::Issue:
        return f(11);
    case FontRole::Issuer:
        return f(10.5);
    case FontRole::Title:
        return f(18, true);
    case FontRole::Subtitle:
        return f(12.5);
    case FontRole::Meta:
        return f(9);
    case FontRole::Heading1:
        return f(14, true);
    case FontRole::Heading2:
        return f(12, true);
    case FontRole::Body:
        return f(10.5);
    case FontRole::Caption:
        return f(9, true);
    case FontRole::TableHeader:
        return f(8, true);
    case FontRole::TableCell:
        return f(8);
    case FontRole::CardNumber:
        return f(7.5, true);
    case FontRole::CardLabel:
        return f(8.5);
    case FontRole::CardValue:
        return f(15, true);
    case FontRole::CardUnit:
        return f(9);
    case FontRole::CardDetail:
        return f(7.5);
    case FontRole::Note:
        return f(8);
    case FontRole::Running:
        return f(8);
    }
    return f(10);
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

QString BriefingLayout::issueText(const QString &issue, BriefingOptions::Language language)
{
    const QString trimmed = issue.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A bare number is worded as a briefing numbers its issues; anything else ("总第123期") as the user wrote it.
    static const QRegularExpression number(QStringLiteral("^[0-9]+$"));
    if (!number.match(trimmed).hasMatch())
        return trimmed;
    return language == BriefingOptions::Language::English ? QStringLiteral("No. %1").arg(trimmed)
                                                          : QStringLiteral("第%1期").arg(trimmed);
}

void BriefingLayout::addMasthead(const Bulletin::Document &document)
{
    const qreal width = m_bodyRect.width();
    Element element;
    element.block.kind = BlockKind::Masthead;
    QList<Item> &items = element.block.items;
    qreal y = 0;

    // As an office's briefing: the red masthead, the issue under it, then the issuing unit and the date on one
    // line over a red rule.
    const QString region = bounded(pick(document.region, document.regionEn), MaxNameChars);
    const auto masthead
        = makeText(region + say("发展简报", " Development Briefing"), FontRole::Masthead, width, Qt::AlignHCenter);
    items.append(textItem(masthead, QPointF(0, y), m_red));
    y += textHeight(*masthead) + pt(4);

    const QString issue = bounded(issueText(m_options.issue, m_options.language), MaxMetaChars);
    if (!issue.isEmpty()) {
        const auto issueLayout = makeText(issue, FontRole::Issue, width, Qt::AlignHCenter);
        items.append(textItem(issueLayout, QPointF(0, y), Ink));
        y += textHeight(*issueLayout) + pt(4);
    }
    y += pt(4);

    const QString date = displayDate(m_options.effectiveDate().toString(Qt::ISODate), m_options.language);
    const QString issuer = bounded(m_options.issuingUnit.trimmed(), MaxMetaChars);
    const auto right = makeText(date, FontRole::Issuer, width / 3, Qt::AlignRight);
    items.append(textItem(right, QPointF(width - width / 3, y), Ink));
    qreal lineHeight = textHeight(*right);
    if (!issuer.isEmpty()) {
        const auto left = makeText(issuer, FontRole::Issuer, width * 2 / 3 - pt(12));
        items.append(textItem(left, QPointF(0, y), Ink));
        lineHeight = std::max(lineHeight, textHeight(*left));
    }
    y += lineHeight + pt(4);

    items.append(rule(QPointF(0, y), QPointF(width, y), m_red, pt(2.2)));
    y += pt(3.2);
    items.append(rule(QPointF(0, y), QPointF(width, y), m_red, pt(0.6)));
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
    if (!document.period.isEmpty())
        pairs.append({ say("统计时期", "Period"), pick(document.period, document.periodEn) });
    if (!document.region.isEmpty())
        pairs.append({ say("地区", "Region"), pick(document.region, document.regionEn) });
    if (!document.newspaper.isEmpty())
        pairs.append({ say("报纸", "Newspaper"), document.newspaper });
    if (!document.publicationDate.isEmpty())
        pairs.append({ say("发表日期", "Published"), displayDate(document.publicationDate, m_options.language) });
    if (!document.reporter.isEmpty())
        pairs.append({ say("记者", "Reporter"), pick(document.reporter, document.reporterEn) });
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

            contents.append(box(QRectF(x + innerX, pad, badge, badge), m_accent, Item::Ellipse));
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
                // The number large, its unit beside it: "29.772" "billion yuan"; words ("零死亡") all number.
                const IndicatorFormat::Amount amount = IndicatorFormat::amount(*indicator, m_options.language);
                value = bounded(amount.number, MaxCardValueChars);
                unit = bounded(amount.unitBeside(), MaxUnitChars);
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
            contents.append(textItem(valueLayout, QPointF(x + innerX, y), m_accent.darker(130)));
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
            element.block.items.append(box(QRectF(x, 0, cardWidth, rowHeight), m_cardFill));
            element.block.items.append(box(QRectF(x, 0, bar, rowHeight), m_accent));
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
    // For black and white: the city's bars solid, the province's hatched, and a legend that says so.
    auto chart = std::make_shared<BulletinChart>(m_document, spec, m_options.language,
        m_options.grayscale ? ChartStyle::grayscale() : ChartStyle::light(), BulletinChart::Framing::OnSheet);
    const qreal wanted = chart->preferredHeight(layoutWidth);
    const qreal height = std::min(wanted * pixel * shrink, m_bodyRect.height() * 0.8);
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
            element.block.items.append(box(QRectF(0, 0, width, height), m_headerFill));
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
    // No row alone on either side of a page break: the caption takes the header and two rows with it (a table of
    // fewer than four rows goes whole), and the last row but one takes the last.
    const int rowCount = int(shownRows.size());
    m_flow.last().keepFollowing = 1 + (rowCount < 4 ? rowCount : 2);
    const int headerIndex = int(m_flow.size());
    m_flow.append(makeRow(titles, true));
    for (int r = 0; r < rowCount; ++r) {
        Element row = makeRow(shownRows.at(r), false);
        row.tableHeader = headerIndex;
        if (rowCount >= 4 && r == rowCount - 2)
            row.keepFollowing = 1;
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
        QString provinceValue = IndicatorFormat::provinceValue(*indicator, m_options.language);
        if (!provinceValue.isEmpty() && indicator->provinceDerived)
            provinceValue += QLatin1Char('*');
        const QString rank = IndicatorFormat::rankWithScope(*indicator, m_options.language);
        const QString value = IndicatorFormat::value(*indicator, m_options.language);
        rows.append({ indicator->displayName(m_options.language), value,
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
        QString provinceValue = IndicatorFormat::provinceValue(indicator, m_options.language);
        if (!provinceValue.isEmpty() && indicator.provinceDerived)
            provinceValue += QLatin1Char('*');
        const QString rank = IndicatorFormat::rankWithScope(indicator, m_options.language);
        QString target = indicator.displayTargetText(m_options.language);
        if (indicator.completionPercent)
            target = say("%1完成%2%", "%1: %2% done")
                         .arg(target.isEmpty() ? say("目标", "target") : target,
                             IndicatorFormat::number(*indicator.completionPercent));
        QStringList remarks;
        if (!indicator.period.isEmpty() && indicator.period != document.period)
            remarks.append(indicator.displayPeriod(m_options.language));
        // The readers' note only: an editor's note (how a figure was read) is never printed.
        const QString note = indicator.displayNote(m_options.language);
        // A note that already states the target (“完成全年目标计划的145%”) replaces it.
        if (!note.isEmpty() && indicator.completionPercent
            && note.contains(IndicatorFormat::number(*indicator.completionPercent)))
            target.clear();
        remarks.append(target);
        remarks.append(note);
        const QString remark = joined(remarks, say("；", "; "));
        anyProvince = anyProvince || !provinceValue.isEmpty();
        anyRank = anyRank || !rank.isEmpty();
        anyRemark = anyRemark || !remark.isEmpty();
        cells.append({ indicator.displayName(m_options.language), IndicatorFormat::value(indicator, m_options.language),
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
    // A paragraph may break after its second line.
    if (element.paragraph)
        return height + element.linesHeight(0, std::min(2, element.lineCount()));
    height += element.block.rect.height();
    int last = index;
    for (int next = index + 1; next <= index + element.keepFollowing && next < m_flow.size(); ++next) {
        height += m_flow.at(next).spaceBefore + m_flow.at(next).block.rect.height();
        last = next;
    }
    if (m_flow.at(last).block.keepWithNext && depth < 4)
        height += leadHeight(last + 1, depth + 1);
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
        const qreal need = gap + leadHeight(i) - element.spaceBefore;
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
    const QString source = IndicatorFormat::citation(document, m_options.language);
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
        const qreal textTop = page.footerRect.bottom()
            - textHeight(*makeText(QStringLiteral("国Ag"), FontRole::Running, page.footerRect.width()));
        const qreal footerRule = page.footerRect.top() + pt(0.5);
        page.footer.append(rule(QPointF(page.footerRect.left(), footerRule),
            QPointF(page.footerRect.right(), footerRule), RunningRule, pt(0.5)));
        const auto sourceLayout = single(footerLeft, width - numberWidth - pt(12), Qt::AlignLeft);
        page.footer.append(textItem(sourceLayout, QPointF(page.footerRect.left(), textTop), Muted));
        const auto numberLayout = makeText(number, FontRole::Running, numberWidth, Qt::AlignRight);
        page.footer.append(textItem(numberLayout, QPointF(page.footerRect.right() - numberWidth, textTop), Ink));
    }
}
