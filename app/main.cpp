#include "applanguage.h"
#include "apptheme.h"
#include "commandline.h"
#include "editsession.h"
#include "headlessrunner.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <documenteditor.h>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless modes, --help and argument errors must work on machines without a display server.
    const bool noDisplay = !hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (noDisplay)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bulletin-dashboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bulletin Dashboard"));
    QApplication::setOrganizationName(QStringLiteral("bulletin-dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(BULLETIN_DASHBOARD_VERSION));
    // Matches the installed .desktop file, so that desktops pair the window with its menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.bulletin_dashboard.BulletinDashboard"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.bulletin_dashboard.BulletinDashboard"),
        QIcon(QStringLiteral(":/icons/io.github.bulletin_dashboard.BulletinDashboard.svg"))));
    // QSettings reads a damaged file as far as it can and replaces it atomically on the next save; only say so, once
    // the language is set. Checked first: a later QSettings shares the parsed file and no longer reports its status.
    // Binary garbage parses "fine" into nothing, so a non-empty file without a single setting counts as damaged.
    QString damagedSettings;
    if (const QSettings settings; settings.status() == QSettings::FormatError
        || (settings.allKeys().isEmpty() && QFileInfo(settings.fileName()).size() > 0))
        damagedSettings = settings.fileName();

    // The language first: --help and the messages about arguments speak it.
    AppLanguage::Language language = AppLanguage::systemDefault();
    if (!AppLanguage::fromName(CommandLine::languageArgument(QApplication::arguments()), &language))
        AppLanguage::fromName(QSettings().value(QStringLiteral("view/language")).toString(), &language);
    AppLanguage::apply(language);
    // Window titles end with it, in the interface language.
    QApplication::setApplicationDisplayName(QApplication::translate("MainWindow", "Bulletin Dashboard"));
    if (!damagedSettings.isEmpty())
        qWarning().noquote() << QApplication::translate("main",
            "the settings file %1 is damaged; what cannot be read is ignored, "
            "and the file is rewritten when settings are next saved")
                                    .arg(damagedSettings);

    const CommandLine commandLine = CommandLine::parse(QApplication::arguments());
    if (!commandLine.error.isEmpty()) {
        QTextStream(stderr) << QApplication::applicationName() << ": " << commandLine.error << Qt::endl
                            << QApplication::translate("main", "Try '%1 --help'.").arg(QApplication::applicationName())
                            << Qt::endl;
        return HeadlessRunner::InputFailed;
    }

    if (commandLine.mode != CommandLine::Mode::Gui)
        return HeadlessRunner::run(commandLine);
    if (noDisplay && !commandLine.quitAfterFirstPaint) {
        QTextStream(stderr) << QApplication::applicationName() << ": "
                            << QApplication::translate("main",
                                   "no display (DISPLAY and WAYLAND_DISPLAY are unset); the window cannot be shown. "
                                   "Headless modes such as --export-data work without one.")
                            << Qt::endl;
        return HeadlessRunner::InputFailed;
    }

    // Only for the window: loading fonts first would slow --help and the headless modes down for nothing.
    QApplication::setFont(AppTheme::interfaceFont(QApplication::font(), AppLanguage::bulletinLanguage()));
    MainWindow window;
    const Bulletin::LoadResult loaded = HeadlessRunner::loadInput(commandLine.inputFile);
    if (!loaded.ok()) {
        const QString message = Bulletin::describeProblems(loaded.problems);
        QTextStream(stderr) << message << Qt::endl;
        if (commandLine.quitAfterFirstPaint)
            return HeadlessRunner::InputFailed;
        // Fall back to the built-in bulletin so the user still has a working window.
        window.setDocument(Bulletin::BulletinLoader::loadBuiltIn().document, QString());
        window.show();
        QMessageBox::warning(&window, QApplication::translate("main", "Cannot open bulletin"), message);
    } else {
        window.setDocument(loaded.document, commandLine.inputFile);
        window.show();
    }
    // Edits a killed run left unsaved are offered back, above the pages.
    window.offerRecovery();
    // A hook for tests: one edit, as if typed, so that a test can kill the program while an edit is unsaved.
    const QString testEdit = qEnvironmentVariable("BULLETIN_DASHBOARD_TEST_EDIT");
    const qsizetype dot = testEdit.indexOf(QLatin1Char('.'));
    const qsizetype equals = testEdit.indexOf(QLatin1Char('='));
    if (dot > 0 && equals > dot) {
        bool number = false;
        const double value = testEdit.mid(equals + 1).toDouble(&number);
        window.session()->setEditing(true);
        window.session()->editor()->setIndicatorField(testEdit.left(dot), testEdit.mid(dot + 1, equals - dot - 1),
            number ? QVariant(value) : QVariant(testEdit.mid(equals + 1)));
    }
    if (commandLine.tabId.isEmpty())
        window.restoreLastTab();
    else if (!window.showSection(commandLine.tabId))
        QTextStream(stderr)
            << QApplication::translate("main", "no section with id \"%1\"; see --list-sections").arg(commandLine.tabId)
            << Qt::endl;
    if (commandLine.quitAfterFirstPaint) {
        // The line lets bench/startup.py time start-up to the first paint, apart from shutting down.
        QObject::connect(&window, &MainWindow::firstPainted, &app, [] {
            QTextStream(stdout) << "first paint" << Qt::endl;
            QApplication::quit();
        });
        window.watchFirstPaint();
    }
    return QApplication::exec();
}
