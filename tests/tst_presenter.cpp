#include "applanguage.h"
#include "apptheme.h"
#include "bulletinchartview.h"
#include "keyfigurecard.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "presenterfigurecard.h"
#include "presenterslide.h"
#include "presenterwindow.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextLayout>
#include <bulletinchart.h>
#include <bulletinloader.h>
#include <cmath>

class TestPresenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f5OpensThePresenterFullScreen();
    void keysMoveBetweenSlides();
    void escapeClosesThePresenter();
    void sectionSlidesShowTitleAndCharts();
    void everyChartOfASectionIsShown();
    void textFitsItsSlide_data();
    void textFitsItsSlide();
    void slideWithoutChartCentresItsTiles();
    void slideTooSmallScrollsRatherThanClips();
    void presenterUsesTheThemePalette();
    void zoomScalesTheApplicationFont();
    void zoomStaysWithinBounds();
    void keyFigureCardShowsFocus();
    void themesKeepTextReadable_data();
    void themesKeepTextReadable();

private:
    static std::shared_ptr<const Bulletin::Document> builtIn();
    // The slides a section takes: its first with its figures and first chart, then two charts to a slide.
    static int slidesOf(const Bulletin::Section &section);
    // Every text of a slide inside its widget, every widget inside the part of the slide on screen.
    static void verifyTextFits(PresenterSlide *slide, const QWidget *visibleArea);
    // A shown, active window with the built-in bulletin; F5 opens the presenter.
    static bool openPresenter(MainWindow &window);
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
};

std::shared_ptr<const Bulletin::Document> TestPresenter::builtIn()
{
    // One document for the whole test: a range-for over builtIn()->sections must not outlive its document.
    static const std::shared_ptr<const Bulletin::Document> document = Bulletin::BulletinLoader::loadBuiltIn().document;
    return document;
}

int TestPresenter::slidesOf(const Bulletin::Section &section)
{
    return 1 + int(std::max<qsizetype>(0, section.charts.size() - 1) + 1) / 2;
}

void TestPresenter::verifyTextFits(PresenterSlide *slide, const QWidget *visibleArea)
{
    constexpr int Unbounded = 1 << 20;
    const QRect area(visibleArea->mapTo(slide->window(), QPoint(0, 0)), visibleArea->size());
    const QList<QLabel *> labels = slide->findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel *label : labels) {
        if (!label->isVisible())
            continue;
        const QString name = label->objectName() + QStringLiteral(" \"") + label->text() + QStringLiteral("\"");
        const QRect box = label->contentsRect();
        const QFontMetrics metrics(label->font());
        const Qt::Alignment horizontal = label->alignment() & Qt::AlignHorizontal_Mask;
        // Given the label's font and box, its text as QLabel lays it out lies inside the box.
        const QRect text = label->wordWrap() ? metrics.boundingRect(QRect(box.topLeft(), QSize(box.width(), Unbounded)),
                               Qt::TextWordWrap | Qt::AlignTop | horizontal, label->text())
                                             : metrics.boundingRect(box, int(label->alignment()), label->text());
        QVERIFY2(box.contains(text),
            qPrintable(name
                + QStringLiteral(": text %1x%2 in a box of %3x%4")
                      .arg(text.width())
                      .arg(text.height())
                      .arg(box.width())
                      .arg(box.height())));
        // And the label inside its parent and on the screen, nothing of it scrolled away or cut off.
        QVERIFY2(label->parentWidget()->rect().contains(label->geometry()), qPrintable(name));
        const QRect onScreen(label->mapTo(slide->window(), QPoint(0, 0)), label->size());
        QVERIFY2(area.contains(onScreen), qPrintable(name));
        const QString object = label->objectName();
        if (object == QStringLiteral("presenterValue")) {
            // A number on one line, whole. English words after it may wrap; Chinese never does.
            if (!label->wordWrap()) {
                QVERIFY2(metrics.horizontalAdvance(label->text()) <= box.width(), qPrintable(name));
            } else {
                for (const QChar c : label->text())
                    QVERIFY2(c.script() != QChar::Script_Han, qPrintable(name));
                QTextLayout layout(label->text(), label->font());
                QTextOption option;
                option.setWrapMode(QTextOption::WordWrap);
                layout.setTextOption(option);
                layout.beginLayout();
                QList<QTextLine> lines;
                for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                    line.setLineWidth(box.width());
                    QVERIFY2(line.naturalTextWidth() <= box.width(), qPrintable(name));
                    lines.append(line);
                }
                layout.endLayout();
                const auto lineOf = [&lines](int position) {
                    for (int l = 0; l < lines.size(); ++l) {
                        if (position < lines.at(l).textStart() + lines.at(l).textLength())
                            return l;
                    }
                    return int(lines.size()) - 1;
                };
                static const QRegularExpression number(QStringLiteral("[0-9][0-9,.]*%?"));
                for (auto it = number.globalMatch(label->text()); it.hasNext();) {
                    const QRegularExpressionMatch match = it.next();
                    QVERIFY2(lineOf(int(match.capturedStart())) == lineOf(int(match.capturedEnd()) - 1),
                        qPrintable(name + QStringLiteral(": number broken")));
                }
            }
            QVERIFY2(label->font().pointSizeF() >= PresenterSlide::ValuePointSize * PresenterSlide::MinimumScale,
                qPrintable(name));
        } else if (object == QStringLiteral("presenterTitle")) {
            QVERIFY2(label->font().pointSizeF() >= PresenterSlide::TitlePointSize * PresenterSlide::MinimumScale,
                qPrintable(name));
        } else {
            QVERIFY2(label->font().pointSizeF() >= PresenterSlide::BodyPointSize * PresenterSlide::MinimumScale,
                qPrintable(name));
        }
    }

    // Cards of a row equally tall; no card or chart over another.
    const QList<PresenterFigureCard *> cards = slide->figures();
    QList<QRect> placed;
    for (const PresenterFigureCard *card : cards) {
        for (const PresenterFigureCard *other : cards) {
            if (other->y() == card->y())
                QCOMPARE(other->height(), card->height());
        }
        placed.append(card->geometry());
    }
    const QList<BulletinChartView *> charts = slide->charts();
    for (const BulletinChartView *chart : charts) {
        QVERIFY(chart->isVisible());
        QVERIFY(QRect(QPoint(0, 0), slide->size()).contains(chart->geometry()));
        QVERIFY(area.contains(QRect(chart->mapTo(slide->window(), QPoint(0, 0)), chart->size())));
        // Chart labels at the size of the slide's body text.
        QCOMPARE(chart->bulletinChart()->textScale() * ChartStyle::labelFont().pointSizeF(), slide->bodyPointSize());
        placed.append(chart->geometry());
    }
    for (int i = 0; i < placed.size(); ++i) {
        for (int j = i + 1; j < placed.size(); ++j)
            QVERIFY(!placed.at(i).intersects(placed.at(j)));
    }
    QVERIFY(slide->bodyPointSize() >= PresenterSlide::BodyPointSize * PresenterSlide::MinimumScale);
    QVERIFY(slide->bodyPointSize() <= PresenterSlide::BodyPointSize);
}

void TestPresenter::press(int key, Qt::KeyboardModifiers modifiers)
{
    // To whatever has the focus, as a user's key press goes.
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

bool TestPresenter::openPresenter(MainWindow &window)
{
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    window.show();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    press(Qt::Key_F5);
    return window.presenter() && QTest::qWaitForWindowActive(window.presenter());
}

void TestPresenter::initTestCase()
{
    AppLanguage::apply(AppLanguage::English);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(builtIn());
}

void TestPresenter::init()
{
    QSettings().clear();
}

void TestPresenter::cleanup()
{
    AppLanguage::apply(AppLanguage::English);
    AppTheme::apply(AppTheme::System);
    QSettings().clear();
}

void TestPresenter::f5OpensThePresenterFullScreen()
{
    // Given a window with a bulletin, when F5 is pressed
    MainWindow window;
    QVERIFY(openPresenter(window));

    // Then the presenter covers the screen, one slide for the title and one or more per section
    PresenterWindow *presenter = window.presenter();
    QVERIFY(presenter->isVisible());
    QVERIFY(presenter->isFullScreen());
    QVERIFY(presenter->isWindow());
    int slides = 1;
    for (const Bulletin::Section &section : builtIn()->sections)
        slides += slidesOf(section);
    QVERIFY(slides > int(builtIn()->sections.size()) + 1);
    QCOMPARE(presenter->slideCount(), slides);
    QCOMPARE(presenter->currentSlide(), 0);
    QCOMPARE(presenter->counterText(), QStringLiteral("1 / %1").arg(slides));
    const auto *counter = presenter->findChild<QLabel *>(QStringLiteral("presenterCounter"));
    QVERIFY(counter && counter->isVisible());
    QCOMPARE(counter->text(), presenter->counterText());
}

void TestPresenter::keysMoveBetweenSlides()
{
    MainWindow window;
    QVERIFY(openPresenter(window));
    PresenterWindow *presenter = window.presenter();
    const int count = presenter->slideCount();
    QVERIFY(count > 2);

    press(Qt::Key_Right);
    QCOMPARE(presenter->currentSlide(), 1);
    QCOMPARE(presenter->counterText(), QStringLiteral("2 / %1").arg(count));
    press(Qt::Key_End);
    QCOMPARE(presenter->currentSlide(), count - 1);
    press(Qt::Key_PageDown);
    QCOMPARE(presenter->currentSlide(), count - 1);
    press(Qt::Key_Home);
    QCOMPARE(presenter->currentSlide(), 0);
    press(Qt::Key_Left);
    QCOMPARE(presenter->currentSlide(), 0);
    press(Qt::Key_Down);
    press(Qt::Key_Space);
    press(Qt::Key_PageDown);
    QCOMPARE(presenter->currentSlide(), 3 % count);
    press(Qt::Key_Up);
    press(Qt::Key_PageUp);
    QCOMPARE(presenter->currentSlide(), 1);
}

void TestPresenter::escapeClosesThePresenter()
{
    MainWindow window;
    QVERIFY(openPresenter(window));
    PresenterWindow *presenter = window.presenter();
    QSignalSpy closed(presenter, &PresenterWindow::closed);
    press(Qt::Key_Right);
    press(Qt::Key_Escape);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!presenter->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // F5 again starts over from the title.
    press(Qt::Key_F5);
    QVERIFY(window.presenter() && window.presenter()->isVisible());
    QCOMPARE(window.presenter()->currentSlide(), 0);
}

void TestPresenter::sectionSlidesShowTitleAndCharts()
{
    const auto document = builtIn();
    PresenterWindow presenter(document, ChartStyle::light());
    presenter.resize(1600, 900);
    presenter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&presenter));
    QCOMPARE(presenter.sectionOf(0), -1);
    int sectionsWithCharts = 0;
    int slide = 1;
    for (int s = 0; s < document->sections.size(); ++s) {
        const Bulletin::Section &section = document->sections.at(s);
        const int parts = slidesOf(section);
        for (int part = 1; part <= parts; ++part, ++slide) {
            QCOMPARE(presenter.sectionOf(slide), s);
            presenter.setCurrentSlide(slide);
            auto *content = qobject_cast<PresenterSlide *>(presenter.slide(slide));
            QVERIFY(content && content->isVisible());
            // The interface is English: the bulletin's English title, numbered on the section's later slides.
            QVERIFY(!section.titleEn.isEmpty());
            const QString title
                = part == 1 ? section.titleEn : QStringLiteral("%1 (%2/%3)").arg(section.titleEn).arg(part).arg(parts);
            QCOMPARE(content->title(), title);
            QCOMPARE(content->findChild<QLabel *>(QStringLiteral("presenterTitle"))->text(), title);
            const QList<QLabel *> values = content->findChildren<QLabel *>(QStringLiteral("presenterValue"));
            if (part == 1)
                QVERIFY2(!values.isEmpty() || section.indicators.isEmpty(), qPrintable(section.id));
            else
                QVERIFY(values.isEmpty());
            QVERIFY(values.size() <= qMax<qsizetype>(4, document->keyFigures.size()));
            const QList<BulletinChartView *> charts = presenter.charts(slide);
            QCOMPARE(presenter.chart(slide), charts.value(0));
            if (section.charts.isEmpty()) {
                QVERIFY(charts.isEmpty());
                continue;
            }
            // The first slide's chart under the figures, two charts to each slide after it.
            QCOMPARE(
                charts.size(), part == 1 ? 1 : int(std::min<qsizetype>(2, section.charts.size() - 1 - (part - 2) * 2)));
            if (part == 1) {
                ++sectionsWithCharts;
                QCOMPARE(charts.first()->chartId(), section.charts.first().id);
            }
            for (BulletinChartView *chart : charts) {
                QVERIFY(chart->isVisible());
                QVERIFY2(chart->height() >= 240, qPrintable(QString::number(chart->height())));
                QVERIFY(!chart->accessibleSummary().isEmpty());
            }
        }
    }
    QCOMPARE(slide, presenter.slideCount());
    QVERIFY(sectionsWithCharts > 0);

    // The title slide carries every key figure.
    presenter.setCurrentSlide(0);
    QCOMPARE(presenter.slide(0)->findChildren<QLabel *>(QStringLiteral("presenterValue")).size(),
        document->keyFigures.size());
    QCOMPARE(presenter.slide(0)->findChild<QLabel *>(QStringLiteral("presenterTitle"))->text(), document->titleEn);
}

void TestPresenter::everyChartOfASectionIsShown()
{
    // Given the built-in bulletin, whose projects section has four charts
    const auto document = builtIn();
    PresenterWindow presenter(document, ChartStyle::light());
    presenter.resize(1366, 768);

    // When every slide is built
    QHash<int, QStringList> shown;
    int count = 0;
    for (int slide = 0; slide < presenter.slideCount(); ++slide) {
        const QList<BulletinChartView *> charts = presenter.charts(slide);
        QVERIFY(charts.size() <= 2);
        for (const BulletinChartView *chart : charts)
            shown[presenter.sectionOf(slide)].append(chart->chartId());
        count += int(charts.size());
    }

    // Then each section's charts are all there, in the bulletin's order, and no other
    int expected = 0;
    for (int s = 0; s < document->sections.size(); ++s) {
        QStringList ids;
        for (const Bulletin::ChartSpec &chart : document->sections.at(s).charts)
            ids.append(chart.id);
        QCOMPARE(shown.value(s), ids);
        expected += int(ids.size());
    }
    QCOMPARE(count, expected);
    QCOMPARE(count, 8);
    QVERIFY(shown.value(-1).isEmpty());
}

void TestPresenter::textFitsItsSlide_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<AppLanguage::Language>("language");
    QTest::addColumn<int>("slide");
    const int slides = PresenterWindow(builtIn(), ChartStyle::light()).slideCount();
    for (const QSize size : { QSize(1024, 768), QSize(1366, 768), QSize(1920, 1080), QSize(3840, 2160) }) {
        for (const AppLanguage::Language language : { AppLanguage::English, AppLanguage::Chinese }) {
            for (int slide = 0; slide < slides; ++slide) {
                QTest::addRow("%dx%d/%s/slide-%d", size.width(), size.height(), qPrintable(AppLanguage::name(language)),
                    slide + 1)
                    << size << language << slide;
            }
        }
    }
}

void TestPresenter::textFitsItsSlide()
{
    QFETCH(QSize, size);
    QFETCH(AppLanguage::Language, language);
    QFETCH(int, slide);

    // Given the presenter at a screen's size in a language, when a slide is shown
    QVERIFY(AppLanguage::apply(language));
    PresenterWindow presenter(builtIn(), ChartStyle::light());
    presenter.resize(size);
    presenter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&presenter));
    presenter.setCurrentSlide(slide);
    auto *content = qobject_cast<PresenterSlide *>(presenter.slide(slide));
    QVERIFY(content && content->isVisible());
    auto *page = qobject_cast<QScrollArea *>(content->parentWidget()->parentWidget());
    QVERIFY(page);

    // Then it fits the screen without scrolling, every text whole in its widget
    QVERIFY2(content->height() <= page->viewport()->height(),
        qPrintable(QStringLiteral("%1 > %2").arg(content->height()).arg(page->viewport()->height())));
    verifyTextFits(content, page->viewport());
}

void TestPresenter::slideWithoutChartCentresItsTiles()
{
    // Given a section of two figures and no chart
    const auto document = builtIn();
    PresenterWindow presenter(document, ChartStyle::light());
    presenter.resize(1920, 1080);
    presenter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&presenter));
    int slide = 1;
    while (slide < presenter.slideCount()
        && (!presenter.charts(slide).isEmpty()
            || qobject_cast<PresenterSlide *>(presenter.slide(slide))->figures().size() != 2))
        ++slide;
    QVERIFY(slide < presenter.slideCount());
    presenter.setCurrentSlide(slide);
    auto *content = qobject_cast<PresenterSlide *>(presenter.slide(slide));

    // Then its figures are large tiles in the middle of the room under the title
    const QList<PresenterFigureCard *> tiles = content->figures();
    const QRect title = content->findChild<QLabel *>(QStringLiteral("presenterTitle"))->geometry();
    const QRect block = tiles.first()->geometry().united(tiles.last()->geometry());
    QCOMPARE(tiles.first()->y(), tiles.last()->y());
    QVERIFY(qAbs(block.left() - (content->width() - block.right())) <= 2);
    const int above = block.top() - title.bottom();
    const int below = content->height() - block.bottom();
    QVERIFY2(qAbs(above - below) <= content->height() / 10, qPrintable(QStringLiteral("%1, %2").arg(above).arg(below)));
    QVERIFY(block.width() > content->width() / 2);
    for (const PresenterFigureCard *tile : tiles) {
        QVERIFY(tile->valueLabel()->font().pointSizeF() > PresenterSlide::ValuePointSize);
        QVERIFY(tile->valueLabel()->alignment() & Qt::AlignHCenter);
    }
    verifyTextFits(content, content);
}

void TestPresenter::slideTooSmallScrollsRatherThanClips()
{
    // Given a window far smaller than any screen
    PresenterWindow presenter(builtIn(), ChartStyle::light());
    presenter.resize(480, 320);
    presenter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&presenter));
    auto *content = qobject_cast<PresenterSlide *>(presenter.slide(0));
    auto *page = qobject_cast<QScrollArea *>(content->parentWidget()->parentWidget());
    QVERIFY(page);

    // Then the title slide, at its smallest text, is taller than the window and scrolls, every text whole
    QTRY_VERIFY(content->height() > page->viewport()->height());
    QVERIFY(page->verticalScrollBar()->isVisible());
    verifyTextFits(content, content);
}

void TestPresenter::presenterUsesTheThemePalette()
{
    MainWindow window;
    window.setTheme(AppTheme::Dark);
    QVERIFY(openPresenter(window));
    PresenterWindow *presenter = window.presenter();
    const QPalette dark = AppTheme::palette(AppTheme::Dark);
    QCOMPARE(presenter->palette().color(QPalette::Window), dark.color(QPalette::Window));
    QCOMPARE(presenter->palette().color(QPalette::WindowText), dark.color(QPalette::WindowText));
    press(Qt::Key_Right);
    BulletinChartView *chart = presenter->chart(presenter->currentSlide());
    if (chart)
        QCOMPARE(chart->chartStyle().background, ChartStyle::dark().background);
}

void TestPresenter::zoomScalesTheApplicationFont()
{
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const qreal base = QApplication::font().pointSizeF();
    QVERIFY(base > 0);

    press(Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(window.fontScale(), 1.1);
    QVERIFY(QApplication::font().pointSizeF() > base);
    QCOMPARE(QApplication::font().pointSizeF(), base * 1.1);
    press(Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(window.fontScale(), 1.2);
    QCOMPARE(QSettings().value(QStringLiteral("view/fontScale")).toReal(), 1.2);

    // A new window, as after a restart, keeps the size.
    {
        MainWindow again;
        QCOMPARE(again.fontScale(), 1.2);
        QCOMPARE(QApplication::font().pointSizeF(), base * 1.2);
    }

    press(Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.fontScale(), 1.0);
    QCOMPARE(QApplication::font().pointSizeF(), base);
    press(Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(QApplication::font().pointSizeF() < base);
    window.setFontScale(1.0);
}

void TestPresenter::zoomStaysWithinBounds()
{
    MainWindow window;
    window.setFontScale(1.0);
    const qreal base = QApplication::font().pointSizeF();
    for (int i = 0; i < 30; ++i)
        window.setFontScale(window.fontScale() + 0.1);
    QCOMPARE(window.fontScale(), 2.0);
    QCOMPARE(QApplication::font().pointSizeF(), base * 2.0);
    for (int i = 0; i < 30; ++i)
        window.setFontScale(window.fontScale() - 0.1);
    QCOMPARE(window.fontScale(), 0.7);
    // A hand-edited settings file cannot push it out of range either.
    window.setFontScale(57);
    QCOMPARE(window.fontScale(), 2.0);
    window.setFontScale(1.0);
    QCOMPARE(QApplication::font().pointSizeF(), base);
}

void TestPresenter::keyFigureCardShowsFocus()
{
    MainWindow window;
    window.setInteractive(false);
    window.setDocument(builtIn(), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QList<KeyFigureCard *> cards = window.overviewPage()->cards();
    QVERIFY(cards.size() >= 2);
    KeyFigureCard *card = cards.at(0);
    cards.at(1)->setFocus(Qt::TabFocusReason);
    QVERIFY(!card->hasFocus());
    const QImage unfocused = card->grab().toImage();
    card->setFocus(Qt::TabFocusReason);
    QVERIFY(card->hasFocus());
    const QImage focused = card->grab().toImage();
    QVERIFY(focused != unfocused);
    // The outline is drawn in the highlight colour at the card's edge.
    const QColor highlight = card->palette().color(QPalette::Highlight);
    const QPoint edge(focused.width() / 2, 1);
    QCOMPARE(focused.pixelColor(edge).rgb(), highlight.rgb());
}

void TestPresenter::themesKeepTextReadable_data()
{
    QTest::addColumn<AppTheme::Theme>("theme");
    QTest::addRow("light") << AppTheme::Light;
    QTest::addRow("dark") << AppTheme::Dark;
    QTest::addRow("high-contrast") << AppTheme::HighContrast;
}

void TestPresenter::themesKeepTextReadable()
{
    QFETCH(AppTheme::Theme, theme);
    const ChartStyle style = AppTheme::chartStyle(theme);
    const auto document = builtIn();
    QString chartId;
    for (const Bulletin::Section &section : document->sections) {
        if (!section.charts.isEmpty()) {
            chartId = section.charts.first().id;
            break;
        }
    }
    QVERIFY(!chartId.isEmpty());
    BulletinChartView chart(document, chartId, style);
    const QColor background = chart.chart()->backgroundBrush().color();
    QCOMPARE(background, style.background);
    const QList<QBarSet *> sets = chart.barSeries()->barSets();
    QVERIFY(!sets.isEmpty());
    for (QBarSet *set : sets) {
        const qreal ratio = ChartStyle::contrast(set->labelColor(), background);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(set->label()).arg(ratio)));
    }
    QVERIFY(ChartStyle::contrast(style.text, style.background) >= 4.5);
    QVERIFY(ChartStyle::contrast(style.mutedText, style.background) >= 4.5);

    const QPalette palette = AppTheme::palette(theme);
    const QList<QPair<QPalette::ColorRole, QPalette::ColorRole>> pairs { { QPalette::WindowText, QPalette::Window },
        { QPalette::Text, QPalette::Window }, { QPalette::Text, QPalette::Base },
        { QPalette::ButtonText, QPalette::Button }, { QPalette::HighlightedText, QPalette::Highlight },
        { QPalette::ToolTipText, QPalette::ToolTipBase } };
    for (const auto &[foreground, back] : pairs) {
        const qreal ratio = ChartStyle::contrast(palette.color(foreground), palette.color(back));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("roles %1/%2: %3").arg(foreground).arg(back).arg(ratio)));
    }
}

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
