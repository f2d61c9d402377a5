#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

struct Options
{
    QCommandLineOption exportData { QStringLiteral("export-data"),
        QCoreApplication::translate("CommandLine",
            "Write every indicator of the bulletin to OUT "
            "(.csv: UTF-8 table with BOM; .json: the bulletin "
            "format) and exit."),
        QStringLiteral("OUT") };
    QCommandLineOption force { QStringLiteral("force"),
        QCoreApplication::translate("CommandLine", "Replace output files that exist already.") };
    QCommandLineOption quitAfterFirstPaint { QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("CommandLine", "Exit right after the main window is first painted.") };
    QCommandLineOption listSections { QStringLiteral("list-sections"),
        QCoreApplication::translate("CommandLine",
            "Print the id and title of every section (the IDs "
            "--tab accepts) and exit.") };
    QCommandLineOption tab { QStringLiteral("tab"),
        QCoreApplication::translate("CommandLine", "Open the window on the section with id ID."),
        QStringLiteral("ID") };
};

void configure(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Dashboard of a city's development bulletin: key figures, highlight sections and comparisons "
        "with the province.\n\n"
        "Without FILE it opens the built-in bulletin (Hengyang, January–June 2020).\n"
        "Headless modes (--export-data, --list-sections) need no display.\n\n"
        "Exit status: 0 success; 1 an output file could not be written (or exists, without --force); "
        "2 a problem with the input or the arguments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.exportData);
    parser.addOption(options.force);
    parser.addOption(options.quitAfterFirstPaint);
    parser.addOption(options.tab);
    parser.addOption(options.listSections);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("CommandLine", "A bulletin to open (.json or .csv)."), QStringLiteral("[FILE]"));
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    const Options options;
    configure(parser, options);
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        result.error = QCoreApplication::translate("CommandLine", "expected at most one FILE, found %1: %2")
                           .arg(positional.size())
                           .arg(positional.join(QStringLiteral(", ")));
        return result;
    }
    if (!positional.isEmpty())
        result.inputFile = positional.first();
    result.force = parser.isSet(options.force);
    result.quitAfterFirstPaint = parser.isSet(options.quitAfterFirstPaint);
    result.tabId = parser.value(options.tab);
    if (parser.isSet(options.listSections))
        result.mode = Mode::ListSections;
    if (parser.isSet(options.exportData)) {
        result.mode = Mode::ExportData;
        result.exportDataPath = parser.value(options.exportData);
        if (result.exportDataPath.isEmpty())
            result.error = QCoreApplication::translate("CommandLine", "--export-data needs an output file name");
    }
    return result;
}
