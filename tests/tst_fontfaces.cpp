// The faces text is set in: English in a Latin face (quotes and dashes of Latin width), Chinese in a CJK face
// (full-width quotes), in the charts, their exports and the interface. Measured on the glyphs Qt actually lays out,
// so that a fallback that picks another face than the one asked for shows.

#include "apptheme.h"
#include "bulletinchart.h"
#include "chartexporter.h"
#include "chartstyle.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGlyphRun>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QRawFont>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>
#include <bulletinloader.h>

using Bulletin::Language;

Q_DECLARE_METATYPE(Bulletin::Language)

namespace {

std::shared_ptr<const Bulletin::Document> builtIn()
{
    static const std::shared_ptr<const Bulletin::Document> document = Bulletin::BulletinLoader::loadBuiltIn().document;
    return document;
}

// The chart whose English label quotes a campaign: "Enterprises in the “10,000 enterprises help 10,000 villages”
// campaign".
const QString QuotingChart = QStringLiteral("poverty_enterprises");
const QString QuotingIndicator = QStringLiteral("enterprises_helping_villages");

bool isLatinFace(const QString &family)
{
    return ChartStyle::latinFamilies().contains(family)
        && !QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese);
}

bool isCjkFace(const QString &family)
{
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese);
}

struct GlyphFace
{
    QString family;
    qreal advance = 0; // in ems
};

// The face and advance of the glyph Qt lays out for the character at position of a laid-out text.
std::optional<GlyphFace> faceAt(const QTextLayout &layout, int position)
{
    const auto runs = layout.glyphRuns(position, 1);
    if (runs.size() != 1 || runs.first().glyphIndexes().size() != 1)
        return std::nullopt;
    const QGlyphRun &run = runs.first();
    const QRawFont font = run.rawFont();
    const QList<QPointF> advances = font.advancesForGlyphIndexes(run.glyphIndexes());
    return GlyphFace { font.familyName(), advances.value(0).x() / font.pixelSize() };
}

std::optional<GlyphFace> faceOf(const QChar character, const QFont &font)
{
    QTextLayout layout(QStringLiteral("a") + character + QStringLiteral("b"), font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    return faceAt(layout, 1);
}

// The category label the chart drew for a row whose text contains needle.
const QGraphicsTextItem *drawnLabel(const BulletinChart &chart, const QString &needle)
{
    const auto items = chart.scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (text && text->isVisible() && chart.isAncestorOf(text) && text->toPlainText().contains(needle)
            && text->sceneBoundingRect().right() <= chart.plotArea().left() + 1)
            return text;
    }
    return nullptr;
}

QString indicatorName(Language language)
{
    for (const Bulletin::Section &section : builtIn()->sections) {
        for (const Bulletin::Indicator &indicator : section.indicators) {
            if (indicator.id == QuotingIndicator)
                return indicator.displayName(language);
        }
    }
    return {};
}

void addCharacterRows(const char *prefix = "")
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QChar>("character");
    const struct
    {
        const char *name;
        char16_t code;
    } characters[]
        = { { "left-quote", 0x201C }, { "right-quote", 0x201D }, { "en-dash", 0x2013 }, { "em-dash", 0x2014 } };
    for (const auto &[languageName, language] :
        { std::pair { "en", Language::English }, std::pair { "zh", Language::Chinese } }) {
        for (const auto &character : characters)
            QTest::addRow("%s%s/%s", prefix, languageName, character.name) << language << QChar(character.code);
    }
}

} // namespace

class TestFontFaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void familiesLeadWithTheLanguagesFace_data();
    void familiesLeadWithTheLanguagesFace();
    void chartFontsSetPunctuationInTheLanguagesFace_data() { addCharacterRows(); }
    void chartFontsSetPunctuationInTheLanguagesFace();
    void drawnLabelSetsQuotesInTheLanguagesFace_data();
    void drawnLabelSetsQuotesInTheLanguagesFace();
    void quotedEnglishLabelIsWholeAtPreferredHeight_data();
    void quotedEnglishLabelIsWholeAtPreferredHeight();
    void interfaceFontFollowsTheLanguage_data();
    void interfaceFontFollowsTheLanguage();
    void englishPdfEmbedsTheLatinFace();
};

void TestFontFaces::initTestCase()
{
    QVERIFY(builtIn());
    QVERIFY2(!indicatorName(Language::English).isEmpty(), "the built-in bulletin lost its quoting indicator");
    QVERIFY(indicatorName(Language::English).contains(QChar(0x201C)));
    // The faces these tests expect to win; the machine's fonts are part of what is tested.
    QVERIFY(QFontDatabase::hasFamily(QStringLiteral("DejaVu Sans")));
    QVERIFY(QFontDatabase::hasFamily(QStringLiteral("WenQuanYi Micro Hei")));
}

void TestFontFaces::familiesLeadWithTheLanguagesFace_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<bool>("latinFirst");
    QTest::addRow("en") << Language::English << true;
    QTest::addRow("zh") << Language::Chinese << false;
}

void TestFontFaces::familiesLeadWithTheLanguagesFace()
{
    QFETCH(Language, language);
    QFETCH(bool, latinFirst);
    const QStringList families = ChartStyle::fontFamilies(language);
    QCOMPARE(isLatinFace(families.first()), latinFirst);
    // Chinese characters in an English view still find a CJK face, WenQuanYi before Noto (PDF text extraction).
    QVERIFY(families.contains(QStringLiteral("WenQuanYi Micro Hei")));
    QVERIFY(
        families.indexOf(QStringLiteral("WenQuanYi Micro Hei")) < families.indexOf(QStringLiteral("Noto Sans CJK SC")));
    const QFont font = ChartStyle::font(10, true, language);
    QCOMPARE(font.families(), families);
    QCOMPARE(font.pointSizeF(), 10.0);
    QVERIFY(font.bold());
    QCOMPARE(isLatinFace(QFontInfo(font).family()), latinFirst);
    QCOMPARE(isCjkFace(QFontInfo(font).family()), !latinFirst);
}

void TestFontFaces::chartFontsSetPunctuationInTheLanguagesFace()
{
    QFETCH(Language, language);
    QFETCH(QChar, character);
    BulletinChart chart(builtIn(), QuotingChart, language);
    chart.layOut(QSizeF(900, 500));
    QList<QFont> fonts { chart.titleFont(), chart.legend()->font() };
    const auto axes = chart.axes();
    for (const QAbstractAxis *axis : axes)
        fonts << axis->labelsFont() << axis->titleFont();
    for (const QFont &font : std::as_const(fonts)) {
        const std::optional<GlyphFace> face = faceOf(character, font);
        QVERIFY(face);
        const QString why = QStringLiteral("%1 at %2 pt in %3")
                                .arg(font.families().join(u','))
                                .arg(font.pointSizeF())
                                .arg(face->family);
        const QString advance = why + QStringLiteral(": %1 em").arg(face->advance);
        const bool quote = character == QChar(0x201C) || character == QChar(0x201D);
        if (language == Language::English) {
            QVERIFY2(isLatinFace(face->family), qPrintable(why));
            // DejaVu Sans Bold's quotes are 0.66 em, its regular ones 0.51 em; the CJK faces' are a whole em.
            if (quote)
                QVERIFY2(face->advance < (font.bold() ? 0.7 : 0.6), qPrintable(advance));
        } else {
            QVERIFY2(isCjkFace(face->family), qPrintable(why));
            if (quote)
                QVERIFY2(face->advance > 0.9, qPrintable(advance));
        }
    }
}

void TestFontFaces::drawnLabelSetsQuotesInTheLanguagesFace_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<bool>("latin");
    QTest::addRow("en") << Language::English << true;
    QTest::addRow("zh") << Language::Chinese << false;
}

// The label item Qt Charts drew, laid out as it paints it: the face of each quote in its document.
void TestFontFaces::drawnLabelSetsQuotesInTheLanguagesFace()
{
    QFETCH(Language, language);
    QFETCH(bool, latin);
    BulletinChart chart(builtIn(), QuotingChart, language);
    chart.layOut(QSizeF(900, chart.preferredHeight(900)));
    const QGraphicsTextItem *label = drawnLabel(chart, QStringLiteral("\u201C"));
    QVERIFY2(label, "no drawn category label with a quote");
    const QTextDocument *document = label->document();
    int quotes = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) != QChar(0x201C) && text.at(i) != QChar(0x201D))
                continue;
            const std::optional<GlyphFace> face = faceAt(*block.layout(), i);
            QVERIFY(face);
            QVERIFY2(latin ? isLatinFace(face->family) : isCjkFace(face->family), qPrintable(face->family));
            if (latin)
                QVERIFY2(face->advance < 0.6, qPrintable(QString::number(face->advance)));
            else
                QVERIFY2(face->advance > 0.9, qPrintable(QString::number(face->advance)));
            ++quotes;
        }
    }
    QCOMPARE(quotes, 2);
}

void TestFontFaces::quotedEnglishLabelIsWholeAtPreferredHeight_data()
{
    QTest::addColumn<qreal>("width");
    for (const int width : { 460, 640, 900, 1400 })
        QTest::addRow("%d px", width) << qreal(width);
}

void TestFontFaces::quotedEnglishLabelIsWholeAtPreferredHeight()
{
    QFETCH(qreal, width);
    BulletinChart chart(builtIn(), QuotingChart, Language::English);
    chart.layOut(QSizeF(width, chart.preferredHeight(width)));
    QVERIFY(!chart.labelsTruncated());
    const QGraphicsTextItem *label = drawnLabel(chart, QStringLiteral("\u201C"));
    QVERIFY(label);
    QString drawn = label->toPlainText().simplified();
    drawn.replace(QChar::Nbsp, u' ');
    QVERIFY2(drawn.contains(indicatorName(Language::English)), qPrintable(drawn));
    QVERIFY(!drawn.contains(QChar(0x2026)));
}

void TestFontFaces::interfaceFontFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<Language>("language");
    QTest::addColumn<bool>("latin");
    QTest::addRow("latin-system/en") << QStringLiteral("DejaVu Sans") << Language::English << true;
    QTest::addRow("cjk-system/en") << QStringLiteral("Noto Sans CJK SC") << Language::English << true;
    QTest::addRow("wqy-system/en") << QStringLiteral("WenQuanYi Micro Hei") << Language::English << true;
    QTest::addRow("cjk-system/zh") << QStringLiteral("Noto Sans CJK SC") << Language::Chinese << false;
    QTest::addRow("wqy-system/zh") << QStringLiteral("WenQuanYi Micro Hei") << Language::Chinese << false;
}

void TestFontFaces::interfaceFontFollowsTheLanguage()
{
    QFETCH(QString, system);
    QFETCH(Language, language);
    QFETCH(bool, latin);
    const QFont font = AppTheme::interfaceFont(QFont(system, 10), language);
    for (const char16_t code : { u'\u201C', u'\u201D', u'\u2013', u'\u2014' }) {
        const std::optional<GlyphFace> face = faceOf(QChar(code), font);
        QVERIFY(face);
        QVERIFY2(latin ? isLatinFace(face->family) : isCjkFace(face->family), qPrintable(face->family));
    }
    // Chinese text still finds a face in either language.
    const std::optional<GlyphFace> han = faceOf(QChar(0x4E07), font);
    QVERIFY(han);
    QVERIFY2(isCjkFace(han->family), qPrintable(han->family));
    QCOMPARE(font.pointSizeF(), 10.0);
}

// The PDF names the faces it embeds: the English chart's text is in DejaVu Sans.
void TestFontFaces::englishPdfEmbedsTheLatinFace()
{
    const Bulletin::ChartSpec *spec = nullptr;
    for (const Bulletin::Section &section : builtIn()->sections) {
        for (const Bulletin::ChartSpec &chart : section.charts) {
            if (chart.id == QuotingChart)
                spec = &chart;
        }
    }
    QVERIFY(spec);
    const ChartExporter english(builtIn(), *spec, Language::English);
    const QByteArray pdf = english.encode(ChartExporter::Format::Pdf, 1);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.contains("/BaseFont /DejaVuSans"));
    const ChartExporter chinese(builtIn(), *spec, Language::Chinese);
    const QByteArray chinesePdf = chinese.encode(ChartExporter::Format::Pdf, 1);
    QVERIFY(chinesePdf.contains("/BaseFont /WenQuanYiMicroHei"));
    QVERIFY(!chinesePdf.contains("/BaseFont /DejaVuSans"));
}

QTEST_MAIN(TestFontFaces)
#include "tst_fontfaces.moc"
