// What the overview, a section page, the key-figure cards, the search panel and the tool bar say: nothing the
// bulletin does not state, no column it leaves empty, the comparison the data has in either language, hits with
// their section and the searched terms marked, and tool bar labels without the menus' mnemonics.

#include "appicons.h"
#include "applanguage.h"
#include "chartstyle.h"
#include "indicatorsearchpanel.h"
#include "keyfigurecard.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "searchresultdelegate.h"
#include "sectionpage.h"
#include "sectiontextview.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>
#include <bulletinloader.h>
#include <indicatorfilterproxymodel.h>
#include <indicatorroles.h>
#include <indicatortablemodel.h>

Q_DECLARE_METATYPE(AppLanguage::Language)

namespace {

std::shared_ptr<const Bulletin::Document> builtIn()
{
    static const auto document = Bulletin::BulletinLoader::loadBuiltIn().document;
    return document;
}

std::shared_ptr<const Bulletin::Document> minimal()
{
    static const auto document
        = Bulletin::BulletinLoader::loadFile(QStringLiteral(BULLETIN_TEST_DATA_DIR "/minimal.json")).document;
    return document;
}

int sectionIndexOf(const Bulletin::Document &document, const QString &sectionId)
{
    for (int i = 0; i < document.sections.size(); ++i) {
        if (document.sections.at(i).id == sectionId)
            return i;
    }
    return -1;
}

KeyFigureCard *cardOf(const OverviewPage &page, const QString &indicatorId)
{
    for (KeyFigureCard *card : page.cards()) {
        if (card->indicatorId() == indicatorId)
            return card;
    }
    return nullptr;
}

// The window at a screen's size, showing the section, once its layouts have settled.
bool showSectionAt(MainWindow &window, const QString &sectionId, const QSize &size)
{
    window.resize(size);
    if (!window.isVisible()) {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
    }
    if (!window.showSection(sectionId))
        return false;
    const SectionPage *page = window.sectionPage(sectionIndexOf(*builtIn(), sectionId));
    if (!page)
        return false;
    QRect last;
    int stable = 0;
    for (int round = 0; round < 100 && stable < 5; ++round) {
        QTest::qWait(20);
        const QRect now = page->table()->geometry();
        stable = now == last ? stable + 1 : 0;
        last = now;
    }
    return stable >= 5;
}

} // namespace

class TestPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();
    void overviewStatesOnlyWhatTheBulletinDoes_data();
    void overviewStatesOnlyWhatTheBulletinDoes();
    void emptyColumnsAreHidden_data();
    void emptyColumnsAreHidden();
    void longNamesWrap();
    void tableShowsWholeNames_data();
    void tableShowsWholeNames();
    void cardsShowTheComparison_data();
    void cardsShowTheComparison();
    void cardCaptionDoesNotRepeatTheValue_data();
    void cardCaptionDoesNotRepeatTheValue();
    void searchHitsNameTheirSectionAndMarkTheTerms_data();
    void searchHitsNameTheirSectionAndMarkTheTerms();
    void searchWithoutHitsSaysSo_data();
    void searchWithoutHitsSaysSo();
    void toolbarTextDropsMnemonics_data();
    void toolbarTextDropsMnemonics();
    void toolbarFollowsItsActions();

private:
    Bulletin::IndicatorTableModel m_model;
};

void TestPages::init()
{
    AppLanguage::apply(AppLanguage::English);
    m_model.setLanguage(AppLanguage::bulletinLanguage());
}

void TestPages::cleanupTestCase()
{
    AppLanguage::apply(AppLanguage::English);
}

void TestPages::overviewStatesOnlyWhatTheBulletinDoes_data()
{
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addColumn<bool>("stated");
    QTest::addRow("chinese-unstated") << AppLanguage::Chinese << false;
    QTest::addRow("english-unstated") << AppLanguage::English << false;
    QTest::addRow("chinese-stated") << AppLanguage::Chinese << true;
    QTest::addRow("english-stated") << AppLanguage::English << true;
}

void TestPages::overviewStatesOnlyWhatTheBulletinDoes()
{
    // Given a bulletin that names no newspaper and gives no date (minimal.json), or one that does
    QFETCH(AppLanguage::Language, language);
    QFETCH(bool, stated);
    AppLanguage::apply(language);
    QVERIFY(minimal());
    QVERIFY(minimal()->newspaper.isEmpty() && minimal()->publicationDate.isEmpty());
    auto document = std::make_shared<Bulletin::Document>(*minimal());
    if (stated) {
        document->newspaper = QStringLiteral("衡阳日报");
        document->publicationDate = QStringLiteral("2020-07-28");
    }
    m_model.setDocument(document);
    m_model.setLanguage(AppLanguage::bulletinLanguage());

    // When the overview shows it
    OverviewPage page(document, &m_model, ChartStyle::light());
    const QString meta = page.findChild<QLabel *>(QStringLiteral("bulletinMeta"))->text();

    // Then it states what the bulletin states, and no placeholder for what it does not
    QVERIFY2(meta.contains(document->displayRegion(AppLanguage::bulletinLanguage())), qPrintable(meta));
    for (const QString &placeholder :
        { QStringLiteral("not named"), QStringLiteral("not given"), QStringLiteral("未注明"), QStringLiteral("原文"),
            QStringLiteral("Newspaper"), QStringLiteral("报纸"), QStringLiteral("Date"), QStringLiteral("日期") }) {
        if (!stated)
            QVERIFY2(!meta.contains(placeholder), qPrintable(meta));
    }
    QCOMPARE(meta.contains(QStringLiteral("衡阳日报")), stated);
    QCOMPARE(meta.contains(QStringLiteral("2020-07-28")), stated);
}

void TestPages::emptyColumnsAreHidden_data()
{
    QTest::addColumn<QString>("sectionId");
    QTest::addColumn<bool>("compared");
    // economy compares GDP growth with the province and ranks it; poverty has neither.
    QTest::addRow("compared-and-ranked") << QStringLiteral("economy") << true;
    QTest::addRow("neither") << QStringLiteral("poverty") << false;
}

void TestPages::emptyColumnsAreHidden()
{
    QFETCH(QString, sectionId);
    QFETCH(bool, compared);
    m_model.setDocument(minimal());
    SectionPage page(minimal(), sectionIndexOf(*minimal(), sectionId), &m_model, ChartStyle::light());
    const QTableView *table = page.table();
    for (int column : { Bulletin::IndicatorTableModel::ProvinceColumn, Bulletin::IndicatorTableModel::GapColumn,
             Bulletin::IndicatorTableModel::RankColumn })
        QVERIFY2(table->isColumnHidden(column) != compared, qPrintable(QString::number(column)));
    for (int column : { Bulletin::IndicatorTableModel::NameColumn, Bulletin::IndicatorTableModel::ValueColumn,
             Bulletin::IndicatorTableModel::UnitColumn })
        QVERIFY(!table->isColumnHidden(column));
}

void TestPages::longNamesWrap()
{
    // A section page as narrow as a small window makes it: the table keeps room for its figures, and a name longer
    // than its column takes a taller row instead of being cut.
    m_model.setDocument(builtIn());
    const int economy = sectionIndexOf(*builtIn(), QStringLiteral("economy"));
    SectionPage page(builtIn(), economy, &m_model, ChartStyle::light());
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QTableView *table = page.table();
    QVERIFY(table->wordWrap());
    QCOMPARE(table->textElideMode(), Qt::ElideNone);
    int longest = -1;
    int widest = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString name = table->model()->index(row, Bulletin::IndicatorTableModel::NameColumn).data().toString();
        const int width = table->fontMetrics().horizontalAdvance(name);
        if (width > widest) {
            widest = width;
            longest = row;
        }
    }
    QVERIFY(longest >= 0);
    const int nameWidth = table->columnWidth(Bulletin::IndicatorTableModel::NameColumn);
    QVERIFY(nameWidth >= 12 * table->fontMetrics().horizontalAdvance(QChar(0x6C49)) - 1);
    if (widest > nameWidth)
        QVERIFY2(table->rowHeight(longest) > table->fontMetrics().height() * 3 / 2,
            qPrintable(QStringLiteral("row %1 of %2 px").arg(longest).arg(table->rowHeight(longest))));
}

void TestPages::tableShowsWholeNames_data()
{
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addColumn<QString>("sectionId");
    QTest::addColumn<QSize>("size");
    const QList<QPair<const char *, AppLanguage::Language>> languages { { "zh", AppLanguage::Chinese },
        { "en", AppLanguage::English } };
    for (const auto &[name, language] : languages) {
        for (const Bulletin::Section &section : builtIn()->sections) {
            for (const QSize size : { QSize(1024, 768), QSize(1366, 768), QSize(1920, 1080) })
                QTest::addRow("%s/%s@%d", name, qPrintable(section.id), size.width()) << language << section.id << size;
        }
    }
}

// Every indicator name whole in its cell, wrapped where it is long; the table as wide and as tall as its content
// within the page, which alone scrolls.
void TestPages::tableShowsWholeNames()
{
    QFETCH(AppLanguage::Language, language);
    QFETCH(QString, sectionId);
    QFETCH(QSize, size);
    AppLanguage::apply(language);
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    QVERIFY(showSectionAt(window, sectionId, size));
    const SectionPage *page = window.sectionPage(sectionIndexOf(*builtIn(), sectionId));
    const QTableView *table = page->table();
    QVERIFY(table->isVisible());
    QVERIFY(table->model()->rowCount() > 0);

    // No scroll bar of its own, either way; nor has the text.
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    QCOMPARE(table->verticalScrollBar()->maximum(), 0);
    QVERIFY(!table->verticalScrollBar()->isVisible());
    QCOMPARE(page->textView()->verticalScrollBar()->maximum(), 0);
    // Inside the page from side to side; the page has nothing to scroll sideways either.
    const QWidget *pageViewport = page->scrollArea()->viewport();
    const QRect tableRect(table->mapTo(pageViewport, QPoint(0, 0)), table->size());
    QVERIFY2(tableRect.left() >= 0 && tableRect.right() < pageViewport->width(),
        qPrintable(QStringLiteral("table x %1..%2 in %3 px")
                       .arg(tableRect.left())
                       .arg(tableRect.right())
                       .arg(pageViewport->width())));
    QCOMPARE(page->scrollArea()->horizontalScrollBar()->maximum(), 0);

    // The delegate draws the name inside the cell less a margin either side, word-wrapped.
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const QFontMetrics metrics(table->font());
    const int viewportWidth = table->viewport()->width();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, Bulletin::IndicatorTableModel::NameColumn);
        const QString name = index.data().toString();
        const QRect cell = table->visualRect(index);
        const int width = cell.width() - 2 * margin;
        const QRect needed = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, name);
        const QString why = QStringLiteral("\"%1\" needs %2x%3 px, its cell is %4x%5")
                                .arg(name)
                                .arg(needed.width())
                                .arg(needed.height())
                                .arg(cell.width())
                                .arg(cell.height());
        QVERIFY2(needed.width() <= width, qPrintable(why));
        QVERIFY2(needed.height() <= cell.height(), qPrintable(why));
        QVERIFY2(cell.left() >= 0 && cell.right() < viewportWidth, qPrintable(why));
    }
}

void TestPages::cardsShowTheComparison_data()
{
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addColumn<QString>("indicatorId");
    QTest::addColumn<QString>("comparison");
    QTest::addRow("english-gap-and-rank")
        << AppLanguage::English << QStringLiteral("gdp_growth") << QStringLiteral("+0.4 pp vs Hunan · No. 2 of 14");
    QTest::addRow("chinese-gap-and-rank")
        << AppLanguage::Chinese << QStringLiteral("gdp_growth") << QStringLiteral("高于湖南省0.4个百分点 · 全省第2名");
    QTest::addRow("english-rank") << AppLanguage::English << QStringLiteral("resumption_rate")
                                  << QStringLiteral("No. 2 of 14");
    QTest::addRow("chinese-rank") << AppLanguage::Chinese << QStringLiteral("resumption_rate")
                                  << QStringLiteral("全省第2名");
    QTest::addRow("english-none") << AppLanguage::English << QStringLiteral("aid_medical_staff") << QString();
    QTest::addRow("chinese-none") << AppLanguage::Chinese << QStringLiteral("aid_medical_staff") << QString();
}

void TestPages::cardsShowTheComparison()
{
    QFETCH(AppLanguage::Language, language);
    QFETCH(QString, indicatorId);
    QFETCH(QString, comparison);
    AppLanguage::apply(language);
    m_model.setDocument(builtIn());
    m_model.setLanguage(AppLanguage::bulletinLanguage());
    OverviewPage page(builtIn(), &m_model, ChartStyle::light());
    KeyFigureCard *card = cardOf(page, indicatorId);
    QVERIFY(card);
    QCOMPARE(card->comparisonText(), comparison);
    const auto *label = card->findChild<QLabel *>(QStringLiteral("keyFigureComparison"));
    QVERIFY(label);
    QCOMPARE(label->isVisibleTo(card), !comparison.isEmpty());
    if (!comparison.isEmpty())
        QVERIFY(card->accessibleDescription().contains(comparison));
}

void TestPages::cardCaptionDoesNotRepeatTheValue_data()
{
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addColumn<QString>("indicatorId");
    QTest::addColumn<QString>("caption");
    // "零死亡" above "患者零死亡", "100%" above "开复工率达100%": the indicator's name says something new.
    QTest::addRow("chinese-worded-value")
        << AppLanguage::Chinese << QStringLiteral("patient_deaths") << QStringLiteral("确诊及疑似患者死亡");
    QTest::addRow("chinese-number-in-label")
        << AppLanguage::Chinese << QStringLiteral("resumption_rate") << QStringLiteral("开复工率");
    QTest::addRow("chinese-label-kept") << AppLanguage::Chinese << QStringLiteral("gdp_growth")
                                        << QStringLiteral("地区生产总值增长");
    QTest::addRow("english-label-kept") << AppLanguage::English << QStringLiteral("resumption_rate")
                                        << QStringLiteral("Work and production fully resumed");
}

void TestPages::cardCaptionDoesNotRepeatTheValue()
{
    QFETCH(AppLanguage::Language, language);
    QFETCH(QString, indicatorId);
    QFETCH(QString, caption);
    AppLanguage::apply(language);
    m_model.setDocument(builtIn());
    m_model.setLanguage(AppLanguage::bulletinLanguage());
    OverviewPage page(builtIn(), &m_model, ChartStyle::light());
    KeyFigureCard *card = cardOf(page, indicatorId);
    QVERIFY(card);
    QCOMPARE(card->captionText(), caption);
    QVERIFY2(!card->captionText().contains(card->valueText()), qPrintable(card->valueText()));
}

void TestPages::searchHitsNameTheirSectionAndMarkTheTerms_data()
{
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("indicatorId");
    QTest::addColumn<QString>("marked");
    QTest::addRow("english") << AppLanguage::English << QStringLiteral("gdp") << QStringLiteral("gdp_growth")
                             << QStringLiteral("GDP");
    QTest::addRow("chinese") << AppLanguage::Chinese << QStringLiteral("生产总值") << QStringLiteral("gdp_growth")
                             << QStringLiteral("生产总值");
}

void TestPages::searchHitsNameTheirSectionAndMarkTheTerms()
{
    QFETCH(AppLanguage::Language, language);
    QFETCH(QString, search);
    QFETCH(QString, indicatorId);
    QFETCH(QString, marked);
    AppLanguage::apply(language);
    m_model.setDocument(builtIn());
    m_model.setLanguage(AppLanguage::bulletinLanguage());
    IndicatorSearchPanel panel(&m_model);
    panel.resize(320, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    panel.searchField()->setText(search);
    QVERIFY(panel.proxy()->rowCount() > 0);
    QVERIFY(panel.noHitsText().isEmpty());
    QVERIFY(panel.view()->isVisibleTo(&panel));
    QModelIndex hit;
    for (int row = 0; row < panel.proxy()->rowCount(); ++row) {
        const QModelIndex index = panel.proxy()->index(row, Bulletin::IndicatorTableModel::NameColumn);
        if (index.data(Bulletin::IndicatorIdRole).toString() == indicatorId)
            hit = index;
    }
    QVERIFY(hit.isValid());

    // The hit names its section, in the interface language
    int sectionIndex = -1;
    QVERIFY(builtIn()->findIndicator(indicatorId, &sectionIndex));
    SearchResultDelegate *delegate = panel.resultDelegate();
    QCOMPARE(
        delegate->sectionText(hit), builtIn()->sections.at(sectionIndex).displayTitle(AppLanguage::bulletinLanguage()));

    // and marks the searched term where the name has it
    const QString name = hit.data().toString();
    const QList<QTextLayout::FormatRange> marks = SearchResultDelegate::matches(name, delegate->terms());
    QCOMPARE(marks.size(), 1);
    QCOMPARE(name.mid(marks.first().start, marks.first().length), marked);

    // which shows: the row drawn with the marks differs from the row drawn without
    const QRect row = panel.view()->visualRect(hit);
    QVERIFY(!row.isEmpty());
    const QImage withMarks = panel.view()->viewport()->grab(row).toImage();
    delegate->setTerms({});
    const QImage withoutMarks = panel.view()->viewport()->grab(row).toImage();
    QVERIFY(withMarks != withoutMarks);
}

void TestPages::searchWithoutHitsSaysSo_data()
{
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addRow("english") << AppLanguage::English;
    QTest::addRow("chinese") << AppLanguage::Chinese;
}

void TestPages::searchWithoutHitsSaysSo()
{
    QFETCH(AppLanguage::Language, language);
    AppLanguage::apply(language);
    m_model.setDocument(builtIn());
    IndicatorSearchPanel panel(&m_model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.searchField()->setText(QStringLiteral("xyz"));
    QCOMPARE(panel.proxy()->rowCount(), 0);
    const QString sentence = panel.noHitsText();
    QVERIFY2(sentence.contains(QStringLiteral("“xyz”")), qPrintable(sentence));
    if (language == AppLanguage::English)
        QCOMPARE(sentence, QStringLiteral("No indicator matches “xyz”."));
    // The sentence stands where the hits would be.
    const auto *shown = panel.findChild<QLabel *>(QStringLiteral("noHits"));
    QVERIFY(shown);
    QVERIFY(shown->isVisibleTo(&panel));
    QCOMPARE(shown->text(), sentence);
    QVERIFY(!panel.view()->isVisibleTo(&panel));

    // Hits again, and the list is back.
    panel.searchField()->clear();
    QVERIFY(panel.noHitsText().isEmpty());
    QVERIFY(panel.view()->isVisibleTo(&panel));
}

void TestPages::toolbarTextDropsMnemonics_data()
{
    QTest::addColumn<QString>("menuText");
    QTest::addColumn<QString>("toolbarText");
    QTest::addRow("chinese-mnemonic") << QStringLiteral("打开公报(&O)…") << QStringLiteral("打开公报");
    QTest::addRow("chinese-fullwidth") << QStringLiteral("导出数据（&E）…") << QStringLiteral("导出数据");
    QTest::addRow("chinese-mnemonic-shown") << QStringLiteral("编辑模式(E)") << QStringLiteral("编辑模式");
    QTest::addRow("english-mnemonic") << QStringLiteral("&Open bulletin…") << QStringLiteral("Open bulletin");
    QTest::addRow("english-dots") << QStringLiteral("E&xport data...") << QStringLiteral("Export data");
    QTest::addRow("literal-ampersand") << QStringLiteral("Save && &close") << QStringLiteral("Save & close");
    QTest::addRow("plain") << QStringLiteral("Full screen") << QStringLiteral("Full screen");
    QTest::addRow("parenthesis-kept") << QStringLiteral("Rank (province)") << QStringLiteral("Rank (province)");
}

void TestPages::toolbarTextDropsMnemonics()
{
    QFETCH(QString, menuText);
    QFETCH(QString, toolbarText);
    QCOMPARE(AppIcons::toolbarText(menuText), toolbarText);
}

void TestPages::toolbarFollowsItsActions()
{
    QToolBar toolBar;
    QAction *open = toolBar.addAction(QStringLiteral("打开公报(&O)…"));
    QAction *edit = toolBar.addAction(QStringLiteral("编辑模式(&E)"));
    edit->setToolTip(QStringLiteral("编辑公报"));
    AppIcons::useToolbarTexts(&toolBar);
    QCOMPARE(open->iconText(), QStringLiteral("打开公报"));
    QCOMPARE(open->toolTip(), QStringLiteral("打开公报"));
    QCOMPARE(edit->iconText(), QStringLiteral("编辑模式"));
    QCOMPARE(edit->toolTip(), QStringLiteral("编辑公报"));
    // A new language: the texts follow, the action's own tool tip stays its own.
    open->setText(QStringLiteral("&Open bulletin…"));
    QCOMPARE(open->iconText(), QStringLiteral("Open bulletin"));
    QCOMPARE(open->toolTip(), QStringLiteral("Open bulletin"));
    QCOMPARE(edit->toolTip(), QStringLiteral("编辑公报"));
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
