#pragma once

#include "briefingoptions.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <bulletin.h>
#include <memory>

class QPaintDevice;
class BulletinChart;
class QTextLayout;

// Turns a bulletin and the chosen options into pages of positioned blocks, measured with the fonts of the device
// that will be painted on (a 1200 dpi printer measures differently from the screen). Nothing is painted here, so
// pagination can be tested without a printer; BriefingPainter only draws what this places.
//
// Coordinates are device pixels with the origin at the top left of the page's paint rect, as a QPainter on a
// QPrinter or QPdfWriter sees them.
class BriefingLayout
{
public:
    enum class FontRole {
        Masthead,
        Issue,
        Issuer,
        Title,
        Subtitle,
        Meta,
        Heading1,
        Heading2,
        Body,
        Caption,
        TableHeader,
        TableCell,
        CardNumber,
        CardLabel,
        CardValue,
        CardUnit,
        CardDetail,
        Note,
        Running,
    };

    // One thing to draw.
    struct Item
    {
        enum Kind { Text, Rule, Box, Ellipse, Chart };
        Kind kind = Text;
        // Text: the top left of the first line and the lines' extent; Rule: from topLeft to bottomRight.
        QRectF rect;
        // Text and rule colour, or the fill of a box.
        QColor color;
        // Outline of a box; none when invalid.
        QColor border;
        qreal lineWidth = 0;
        // Lines [firstLine, firstLine + lineCount) of a laid-out text.
        std::shared_ptr<QTextLayout> text;
        int firstLine = 0;
        int lineCount = 0;
        Bulletin::ChartSpec chart;
        // The chart itself, laid out in chart pixels at the item's proportions; drawn scaled into rect.
        std::shared_ptr<BulletinChart> chartObject;

        QString plainText() const;
    };

    enum class BlockKind {
        Masthead,
        Meta,
        Heading,
        Paragraph,
        KeyFigureRow,
        Chart,
        TableCaption,
        TableHeader,
        TableRow,
        Note,
    };

    // A unit of the page that pagination keeps whole (a paragraph may be cut between lines into several blocks).
    struct Block
    {
        BlockKind kind = BlockKind::Paragraph;
        QRectF rect;
        QList<Item> items;
        // Headings keep with the block after them.
        bool keepWithNext = false;
        // The heading's or caption's text; the id of a chart.
        QString label;
    };

    struct Page
    {
        QRectF headerRect;
        QRectF bodyRect;
        QRectF footerRect;
        QList<Item> header;
        QList<Item> footer;
        QList<Block> blocks;
    };

    // pageRect: the paint rect in device pixels, usually QPageLayout::paintRectPixels(resolution) moved to (0, 0).
    BriefingLayout(std::shared_ptr<const Bulletin::Document> document, const BriefingOptions &options,
        const QPaintDevice *device, const QRectF &pageRect);
    ~BriefingLayout();

    const QList<Page> &pages() const { return m_pages; }
    QRectF pageRect() const { return m_pageRect; }
    // Device pixels per point.
    qreal pixelsPerPoint() const { return m_scale; }

    // The face a role is set in on this sheet: the sans of the charts, the serif for body text when chosen and
    // installed. Text is measured and painted with this one font.
    static QFont font(FontRole role, const BriefingOptions &options);
    QFont font(FontRole role) const { return font(role, m_options); }
    // The Song (Ming) face of body text, a Latin serif first on an English sheet.
    static QStringList serifFamilies(Bulletin::Language language);
    // False when the serif face is not installed: the body is then set in the sans.
    static bool serifAvailable();
    static bool isBodyRole(FontRole role);
    // "第12期" / "No. 12" for a bare number, other wording as written; empty for none.
    static QString issueText(const QString &issue, BriefingOptions::Language language);
    static QString pageNumberText(int page, int pageCount, BriefingOptions::Language language);
    // Device pixels per chart pixel: charts lay out their point-sized fonts in screen pixels, and are drawn this
    // much larger on the device, so that those fonts keep their point size on paper.
    static qreal chartPixel(const QPaintDevice *device);

private:
    struct Element;
    struct TableColumn;

    static QFont fontForRole(FontRole role, Bulletin::Language language);
    static QFont sansFont(qreal points, bool bold, Bulletin::Language language);
    qreal pt(qreal points) const { return points * m_scale; }
    QString say(const char *chinese, const char *english) const;
    // The bulletin's own English variant of a name, when the sheet is in English and the bulletin has one.
    QString pick(const QString &chinese, const QString &english) const;
    std::shared_ptr<QTextLayout> makeText(const QString &text, FontRole role, qreal width,
        Qt::Alignment alignment = Qt::AlignLeft, qreal lineSpacing = 1.0, qreal firstLineIndent = 0) const;
    static qreal textHeight(const QTextLayout &layout);
    Item textItem(const std::shared_ptr<QTextLayout> &layout, const QPointF &topLeft, const QColor &color) const;

    void buildFlow(const Bulletin::Document &document);
    void addMasthead(const Bulletin::Document &document);
    void addMeta(const Bulletin::Document &document);
    void addHeading(const QString &text, int level);
    void addParagraph(const QString &text, FontRole role, const QColor &color, qreal spaceBefore);
    void addKeyFigures(const Bulletin::Document &document);
    void addChart(const Bulletin::ChartSpec &spec);
    void addTable(const QString &caption, QList<TableColumn> columns, const QList<QStringList> &rows);
    void addComparison(const Bulletin::Document &document);
    void addSection(const Bulletin::Document &document, const Bulletin::Section &section, int number);

    void paginate();
    qreal leadHeight(int element, int depth = 0) const;
    void startPage();
    void place(const Element &element, qreal top, int firstLine = 0, int lineCount = -1);
    void addRunningText(const Bulletin::Document &document);

    std::shared_ptr<const Bulletin::Document> m_document;
    BriefingOptions m_options;
    const QPaintDevice *m_device = nullptr;
    QRectF m_pageRect;
    QRectF m_bodyRect;
    QRectF m_headerRect;
    QRectF m_footerRect;
    qreal m_scale = 1;
    QColor m_red { 0xb0, 0x12, 0x1b };
    QColor m_accent { 0x00, 0x72, 0xb2 };
    QColor m_cardFill { 0xee, 0xf3, 0xf8 };
    QColor m_headerFill { 0xe3, 0xea, 0xf1 };
    int m_tableCount = 0;
    int m_partCount = 0;
    QList<Element> m_flow;
    QList<Page> m_pages;
};
