// Controls as the themes draw them: each control is rendered into an image under each theme, and the pixels of its
// outline, and of its checked state, are measured against what surrounds them (WCAG 2.1 non-text contrast, 3:1).
// Measured on the pixels, not read from the palette: what the style makes of the palette is what users see.

#include "appicons.h"
#include "apptheme.h"
#include "chartstyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyleOptionButton>
#include <QtTest>
#include <functional>
#include <memory>

Q_DECLARE_METATYPE(AppTheme::Theme)

namespace {

constexpr qreal Required = 3.0;
constexpr int Margin = 8;

using Factory = std::function<QWidget *()>;

const QList<QPair<const char *, AppTheme::Theme>> &themes()
{
    static const QList<QPair<const char *, AppTheme::Theme>> list { { "system", AppTheme::System },
        { "light", AppTheme::Light }, { "dark", AppTheme::Dark }, { "high-contrast", AppTheme::HighContrast } };
    return list;
}

// The control on a window-coloured surface, with a margin of that surface all round.
struct Rendering
{
    QImage image;
    QRect control; // where the control lies in the image
    QRect indicator; // a check box's or radio button's indicator, in image coordinates; else empty
};

Rendering render(QWidget *control, const QSize &size)
{
    QWidget surface;
    surface.setAutoFillBackground(true);
    control->setParent(&surface);
    control->setGeometry(QRect(QPoint(Margin, Margin), size));
    surface.resize(size.width() + 2 * Margin, size.height() + 2 * Margin);
    Rendering rendering;
    rendering.control = control->geometry();
    QStyleOptionButton option;
    option.initFrom(control);
    if (qobject_cast<QCheckBox *>(control))
        rendering.indicator = control->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, control);
    else if (qobject_cast<QRadioButton *>(control))
        rendering.indicator = control->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, control);
    rendering.indicator.translate(rendering.control.topLeft());
    rendering.image = surface.grab().toImage().convertToFormat(QImage::Format_RGB32);
    control->setParent(nullptr);
    delete control;
    return rendering;
}

// The strongest contrast with the background among the pixels crossing the left edge, halfway down: the outline,
// wherever the style puts it within a few pixels of the edge.
qreal edgeContrast(const QImage &image, int edgeX, int y)
{
    const QColor background = image.pixelColor(1, y);
    qreal best = 1.0;
    for (int x = edgeX - 1; x <= edgeX + 2; ++x)
        best = std::max(best, ChartStyle::contrast(image.pixelColor(x, y), background));
    return best;
}

QString describe(const QImage &image, int edgeX, int y)
{
    QStringList pixels;
    for (int x = 0; x <= edgeX + 3; ++x)
        pixels << image.pixelColor(x, y).name();
    return pixels.join(QLatin1Char(' '));
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void outlinesStandOut_data();
    void outlinesStandOut();
    void checkedStateStandsOut_data();
    void checkedStateStandsOut();
    void iconsStandOut_data();
    void iconsStandOut();
};

void TestContrast::initTestCase()
{
    // What the tests run on, and what the program uses where the platform has no style of its own.
    QVERIFY2(QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0,
        qPrintable(QApplication::style()->name()));
}

void TestContrast::cleanupTestCase()
{
    AppTheme::apply(AppTheme::System);
}

void TestContrast::outlinesStandOut_data()
{
    QTest::addColumn<AppTheme::Theme>("theme");
    QTest::addColumn<Factory>("factory");
    QTest::addColumn<QSize>("size");
    const QList<std::tuple<const char *, Factory, QSize>> controls {
        { "checkbox", [] { return new QCheckBox; }, QSize() },
        { "checkbox-checked",
            [] {
                auto *box = new QCheckBox;
                box->setChecked(true);
                return box;
            },
            QSize() },
        { "radio", [] { return new QRadioButton; }, QSize() },
        { "lineedit", [] { return new QLineEdit; }, QSize(120, 28) },
        { "combobox", [] { return new QComboBox; }, QSize(120, 28) },
        { "combobox-editable",
            [] {
                auto *combo = new QComboBox;
                combo->setEditable(true);
                return combo;
            },
            QSize(120, 28) },
        { "pushbutton", [] { return new QPushButton; }, QSize(100, 30) },
        { "spinbox", [] { return new QSpinBox; }, QSize(100, 28) },
    };
    for (const auto &[themeName, theme] : themes()) {
        for (const auto &[controlName, factory, size] : controls)
            QTest::addRow("%s-%s", themeName, controlName) << theme << factory << size;
    }
}

void TestContrast::outlinesStandOut()
{
    QFETCH(AppTheme::Theme, theme);
    QFETCH(Factory, factory);
    QFETCH(QSize, size);
    AppTheme::apply(theme);
    QWidget *control = factory();
    const Rendering rendering = render(control, size.isValid() ? size : control->sizeHint());
    // Buttons and boxes: their outline against the window around them; check boxes and radio buttons: the
    // indicator's.
    const QRect outlined = rendering.indicator.isEmpty() ? rendering.control : rendering.indicator;
    const int y = outlined.center().y();
    const qreal ratio = edgeContrast(rendering.image, outlined.left(), y);
    QVERIFY2(ratio >= Required,
        qPrintable(
            QStringLiteral("%1:1 across %2").arg(ratio, 0, 'f', 2).arg(describe(rendering.image, outlined.left(), y))));
}

void TestContrast::checkedStateStandsOut_data()
{
    QTest::addColumn<AppTheme::Theme>("theme");
    QTest::addColumn<bool>("radio");
    for (const auto &[themeName, theme] : themes()) {
        QTest::addRow("%s-checkbox", themeName) << theme << false;
        QTest::addRow("%s-radio", themeName) << theme << true;
    }
}

void TestContrast::checkedStateStandsOut()
{
    // The mark that tells checked from unchecked: inside the indicator, the checked image differs from the
    // unchecked one by at least 3:1 somewhere.
    QFETCH(AppTheme::Theme, theme);
    QFETCH(bool, radio);
    AppTheme::apply(theme);
    const auto make = [radio](bool checked) -> QAbstractButton * {
        QAbstractButton *button = radio ? static_cast<QAbstractButton *>(new QRadioButton) : new QCheckBox;
        button->setAutoExclusive(false);
        button->setChecked(checked);
        return button;
    };
    QAbstractButton *sample = make(false);
    const QSize size = sample->sizeHint();
    delete sample;
    const Rendering unchecked = render(make(false), size);
    const Rendering checked = render(make(true), size);
    QCOMPARE(checked.indicator, unchecked.indicator);
    const QRect inside = checked.indicator.adjusted(2, 2, -2, -2);
    QVERIFY(!inside.isEmpty());
    qreal best = 1.0;
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            best = std::max(
                best, ChartStyle::contrast(checked.image.pixelColor(x, y), unchecked.image.pixelColor(x, y)));
    }
    QVERIFY2(best >= Required, qPrintable(QStringLiteral("%1:1").arg(best, 0, 'f', 2)));
}

void TestContrast::iconsStandOut_data()
{
    QTest::addColumn<AppTheme::Theme>("theme");
    QTest::addColumn<QString>("name");
    for (const auto &[themeName, theme] : themes()) {
        for (const QString &name : AppIcons::bundledNames())
            QTest::addRow("%s-%s", themeName, qPrintable(name)) << theme << name;
    }
}

void TestContrast::iconsStandOut()
{
    // The tool bar's icons, drawn on the window colour: their strokes stand out as much as any outline.
    QFETCH(AppTheme::Theme, theme);
    QFETCH(QString, name);
    AppTheme::apply(theme);
    const QIcon icon = AppIcons::icon(name);
    QVERIFY(!icon.isNull());
    const QColor window = QApplication::palette().color(QPalette::Window);
    QImage image(24, 24, QImage::Format_RGB32);
    image.fill(window);
    QPainter painter(&image);
    icon.paint(&painter, image.rect());
    painter.end();
    qreal best = 1.0;
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const qreal ratio = ChartStyle::contrast(image.pixelColor(x, y), window);
            best = std::max(best, ratio);
            drawn += ratio >= Required ? 1 : 0;
        }
    }
    QVERIFY2(best >= 4.5, qPrintable(QStringLiteral("%1:1").arg(best, 0, 'f', 2)));
    // A drawing, not a stray pixel.
    QVERIFY2(drawn >= 20, qPrintable(QString::number(drawn)));
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
