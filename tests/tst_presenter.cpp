#include "applanguage.h"
#include "apptheme.h"
#include "bulletinchartview.h"
#include "keyfigurecard.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "presenterwindow.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <bulletinloader.h>

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
    void sectionSlideShowsTitleAndChart();
    void presenterUsesTheThemePalette();
    void zoomScalesTheApplicationFont();
    void zoomStaysWithinBounds();
    void keyFigureCardShowsFocus();
    void themesKeepTextReadable_data();
    void themesKeepTextReadable();

private:
    static std::shared_ptr<const Bulletin::Document> builtIn();
    // A shown, active window with the built-in bulletin; F5 opens the presenter.
    static bool openPresenter(MainWindow &window);
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
};

std::shared_ptr<const Bulletin::Document> TestPresenter::builtIn()
{
    return Bulletin::BulletinLoader::loadBuiltIn().document;
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
    AppTheme::apply(AppTheme::System);
    QSettings().clear();
}

void TestPresenter::f5OpensThePresenterFullScreen()
{
    // Given a window with a bulletin, when F5 is pressed
    MainWindow window;
    QVERIFY(openPresenter(window));

    // Then the presenter covers the screen, one slide for the title and one per section
    PresenterWindow *presenter = window.presenter();
    QVERIFY(presenter->isVisible());
    QVERIFY(presenter->isFullScreen());
    QVERIFY(presenter->isWindow());
    const int sections = int(builtIn()->sections.size());
    QCOMPARE(presenter->slideCount(), sections + 1);
    QCOMPARE(presenter->currentSlide(), 0);
    QCOMPARE(presenter->counterText(), QStringLiteral("1 / %1").arg(sections + 1));
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

void TestPresenter::sectionSlideShowsTitleAndChart()
{
    const auto document = builtIn();
    PresenterWindow presenter(document, ChartStyle::light());
    presenter.resize(1600, 900);
    presenter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&presenter));
    int sectionsWithCharts = 0;
    for (int s = 0; s < document->sections.size(); ++s) {
        const Bulletin::Section &section = document->sections.at(s);
        presenter.setCurrentSlide(s + 1);
        QWidget *slide = presenter.slide(s + 1);
        QVERIFY(slide && slide->isVisible());
        const auto *title = slide->findChild<QLabel *>(QStringLiteral("presenterTitle"));
        QVERIFY(title);
        // The interface is English: the bulletin's English title.
        QVERIFY(!section.titleEn.isEmpty());
        QCOMPARE(title->text(), section.titleEn);
        QCOMPARE(title->font().pointSizeF(), 36.0);
        const QList<QLabel *> values = slide->findChildren<QLabel *>(QStringLiteral("presenterValue"));
        QVERIFY2(!values.isEmpty() || section.indicators.isEmpty(), qPrintable(section.id));
        QVERIFY(values.size() <= qMax<qsizetype>(4, document->keyFigures.size()));
        for (const QLabel *value : values)
            QCOMPARE(value->font().pointSizeF(), 48.0);
        BulletinChartView *chart = presenter.chart(s + 1);
        if (section.charts.isEmpty()) {
            QVERIFY(!chart);
            continue;
        }
        ++sectionsWithCharts;
        QVERIFY(chart);
        QCOMPARE(chart->chartId(), section.charts.first().id);
        QVERIFY(chart->isVisible());
        // Large: most of the slide's height under the title and figures.
        QVERIFY2(chart->height() >= 360, qPrintable(QString::number(chart->height())));
        QVERIFY(!chart->accessibleSummary().isEmpty());
    }
    QVERIFY(sectionsWithCharts > 0);

    // The title slide carries every key figure.
    presenter.setCurrentSlide(0);
    QCOMPARE(presenter.slide(0)->findChildren<QLabel *>(QStringLiteral("presenterValue")).size(),
        document->keyFigures.size());
    QCOMPARE(presenter.slide(0)->findChild<QLabel *>(QStringLiteral("presenterTitle"))->text(), document->titleEn);
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
