#include "commandline.h"

#include "applanguage.h"
#include "chartexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// A chart of the smallest --size is then 10 px a side: below that nothing can be read, and at a hundredth of that
// nothing is drawn at all.
constexpr double MinScale = 0.1;

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
        QCoreApplication::translate("CommandLine",
            "Exit right after the main window is first painted, printing \"first paint\" (for smoke tests and "
            "bench/startup.py).") };
    QCommandLineOption listSections { QStringLiteral("list-sections"),
        QCoreApplication::translate("CommandLine",
            "Print the id and title of every section (the IDs "
            "--tab accepts) and exit.") };
    QCommandLineOption language { QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
            "Interface language: zh (Chinese) or en (English). "
            "Default: the system's, or the last one chosen."),
        QStringLiteral("LANG") };
    QCommandLineOption tab { QStringLiteral("tab"),
        QCoreApplication::translate("CommandLine", "Open the window on the section with id ID."),
        QStringLiteral("ID") };
    QCommandLineOption brief { QStringLiteral("brief"),
        QCoreApplication::translate("CommandLine",
            "Write a printable briefing sheet of the bulletin to OUT.pdf (A4 portrait unless --paper says "
            "otherwise) and exit. Needs no display."),
        QStringLiteral("OUT.pdf") };
    QCommandLineOption sections { QStringLiteral("sections"),
        QCoreApplication::translate("CommandLine",
            "With --brief: the sections to include, as ids separated by commas (see --list-sections); "
            "default: every section."),
        QStringLiteral("ID,ID") };
    QCommandLineOption paper { QStringLiteral("paper"),
        QCoreApplication::translate("CommandLine", "With --brief: the paper size, A4 (default) or Letter."),
        QStringLiteral("A4|Letter") };
    QCommandLineOption serif { QStringLiteral("serif"),
        QCoreApplication::translate("CommandLine",
            "With --brief: set the body text in a Song (Ming) serif face, AR PL UMing (Debian: fonts-arphic-uming); "
            "without it installed the sans is used and a warning printed.") };
    QCommandLineOption grayscale { QStringLiteral("grayscale"),
        QCoreApplication::translate("CommandLine",
            "With --brief: for a black-and-white printer; city and province bars differ in pattern and shade.") };
    QCommandLineOption issuer { QStringLiteral("issuer"),
        QCoreApplication::translate("CommandLine", "With --brief: the issuing unit printed in the masthead."),
        QStringLiteral("UNIT") };
    QCommandLineOption issue { QStringLiteral("issue"),
        QCoreApplication::translate(
            "CommandLine", "With --brief: the issue printed in the masthead; a number N as 第N期 (No. N in English)."),
        QStringLiteral("N") };
    QCommandLineOption exportCharts { QStringLiteral("export-charts"),
        QCoreApplication::translate("CommandLine",
            "Write every chart of the bulletin into DIR (created when missing) as NN-<section>-<chart>.<ext>, "
            "print the files written and exit. Existing files are replaced only with --force."),
        QStringLiteral("DIR") };
    QCommandLineOption chartFormat { QStringLiteral("format"),
        QCoreApplication::translate(
            "CommandLine", "With --export-charts: png, svg and/or pdf, separated by commas (default: png)."),
        QStringLiteral("png,svg,pdf") };
    QCommandLineOption chartScale { QStringLiteral("scale"),
        QCoreApplication::translate(
            "CommandLine", "With --export-charts: PNG pixels per chart pixel, from 0.1 to 8 (default: 2)."),
        QStringLiteral("N") };
    QCommandLineOption importArticle { QStringLiteral("import-article"),
        QCoreApplication::translate("CommandLine",
            "Draft a bulletin from ARTICLE (plain text in UTF-8 or GB18030, a saved web page or a .docx file): "
            "sections, key figures and every figure with the sentence it came from, for review. Needs --output."),
        QStringLiteral("ARTICLE") };
    QCommandLineOption output { QStringLiteral("output"),
        QCoreApplication::translate("CommandLine",
            "With --import-article: write the draft bulletin (JSON) to DRAFT.json; an existing file is replaced "
            "only with --force."),
        QStringLiteral("DRAFT.json") };
    QCommandLineOption importReport { QStringLiteral("import-report"),
        QCoreApplication::translate("CommandLine",
            "With --import-article: print what was found, a line per figure with its sentence, and every number "
            "that became no figure, with the reason.") };
    QCommandLineOption chartSize { QStringLiteral("size"),
        QCoreApplication::translate(
            "CommandLine", "With --export-charts: the chart's size in pixels, 100 to 8000 a side (default: 900x500)."),
        QStringLiteral("WxH") };
};

void configure(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Dashboard of a city's development bulletin: key figures, highlight sections and comparisons "
        "with the province.\n\n"
        "Without FILE it opens the built-in bulletin (Hengyang, January–June 2020).\n"
        "Headless modes (--export-data, --export-charts, --brief, --list-sections) need no display.\n\n"
        "Exit status: 0 success; 1 an output file could not be written (or exists, without --force); "
        "2 a problem with the input or the arguments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.exportData);
    parser.addOption(options.force);
    parser.addOption(options.quitAfterFirstPaint);
    parser.addOption(options.tab);
    parser.addOption(options.language);
    parser.addOption(options.listSections);
    parser.addOption(options.brief);
    parser.addOption(options.sections);
    parser.addOption(options.paper);
    parser.addOption(options.serif);
    parser.addOption(options.grayscale);
    parser.addOption(options.issuer);
    parser.addOption(options.issue);
    parser.addOption(options.exportCharts);
    parser.addOption(options.chartFormat);
    parser.addOption(options.chartScale);
    parser.addOption(options.chartSize);
    parser.addOption(options.importArticle);
    parser.addOption(options.output);
    parser.addOption(options.importReport);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("CommandLine", "A bulletin to open (.json or .csv)."), QStringLiteral("[FILE]"));
}

QString parseChartExport(const QCommandLineParser &parser, const Options &options, CommandLine &result)
{
    const bool isSet = parser.isSet(options.exportCharts);
    if (!isSet) {
        if (parser.isSet(options.chartFormat) || parser.isSet(options.chartScale) || parser.isSet(options.chartSize))
            return QCoreApplication::translate(
                "CommandLine", "--format, --scale and --size go with --export-charts DIR");
        return {};
    }
    if (result.mode != CommandLine::Mode::Gui)
        return QCoreApplication::translate(
            "CommandLine", "--export-charts cannot be combined with --export-data, --brief or --list-sections");
    result.mode = CommandLine::Mode::ExportCharts;
    result.exportChartsDir = parser.value(options.exportCharts);
    if (result.exportChartsDir.isEmpty())
        return QCoreApplication::translate("CommandLine", "--export-charts needs a folder");
    if (parser.isSet(options.chartFormat)) {
        result.chartFormats.clear();
        const QStringList names = parser.value(options.chartFormat).split(QLatin1Char(','));
        for (const QString &name : names) {
            const auto format = ChartExporter::formatFromName(name);
            if (!format)
                return QCoreApplication::translate(
                    "CommandLine", "--format: expected png, svg or pdf separated by commas, found \"%1\"")
                    .arg(name);
            if (!result.chartFormats.contains(ChartExporter::suffix(*format)))
                result.chartFormats.append(ChartExporter::suffix(*format));
        }
    }
    if (parser.isSet(options.chartScale)) {
        bool ok = false;
        result.chartScale = parser.value(options.chartScale).toDouble(&ok);
        // Negated, so that NaN is out of range too.
        if (!ok || !(result.chartScale >= MinScale && result.chartScale <= ChartExporter::MaxScale))
            return QCoreApplication::translate("CommandLine", "--scale: expected a number from %1 to %2, found \"%3\"")
                .arg(MinScale)
                .arg(ChartExporter::MaxScale)
                .arg(parser.value(options.chartScale));
    }
    if (parser.isSet(options.chartSize)) {
        static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(options.chartSize));
        if (!match.hasMatch())
            return QCoreApplication::translate(
                "CommandLine", "--size: expected WIDTHxHEIGHT in pixels such as 900x500, found \"%1\"")
                .arg(parser.value(options.chartSize));
        result.chartSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    const QString problem = ChartExporter::checkSize(
        result.chartSize, result.chartScale, result.chartFormats.contains(QStringLiteral("png")));
    return problem.isEmpty() ? QString() : QStringLiteral("--size/--scale: ") + problem;
}

QString parseImport(const QCommandLineParser &parser, const Options &options, CommandLine &result)
{
    if (!parser.isSet(options.importArticle)) {
        if (parser.isSet(options.output) || parser.isSet(options.importReport))
            return QCoreApplication::translate("CommandLine", "--output and --import-report go with --import-article");
        return {};
    }
    if (result.mode != CommandLine::Mode::Gui || !result.inputFile.isEmpty())
        return QCoreApplication::translate("CommandLine",
            "--import-article reads an article, not a bulletin: it takes no FILE and cannot be combined with "
            "--export-data, --export-charts, --brief or --list-sections");
    result.mode = CommandLine::Mode::ImportArticle;
    result.importArticlePath = parser.value(options.importArticle);
    result.importOutputPath = parser.value(options.output);
    result.importReport = parser.isSet(options.importReport);
    if (result.importArticlePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "--import-article needs an article file");
    if (result.importOutputPath.isEmpty())
        return QCoreApplication::translate("CommandLine", "--import-article needs --output DRAFT.json");
    return {};
}

} // namespace

QString CommandLine::languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

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
    result.language = parser.value(options.language);
    AppLanguage::Language ignored;
    if (!result.language.isEmpty() && !AppLanguage::fromName(result.language, &ignored))
        result.error
            = QCoreApplication::translate("CommandLine", "--lang expects zh or en, found \"%1\"").arg(result.language);
    if (parser.isSet(options.listSections))
        result.mode = Mode::ListSections;
    if (parser.isSet(options.brief)) {
        result.mode = Mode::Brief;
        result.briefPath = parser.value(options.brief);
        if (result.briefPath.isEmpty()) {
            result.error = QCoreApplication::translate("CommandLine", "--brief needs an output file name");
            return result;
        }
    }
    if ((parser.isSet(options.sections) || parser.isSet(options.paper)) && result.mode != Mode::Brief) {
        result.error = QCoreApplication::translate("CommandLine", "--sections and --paper go with --brief OUT.pdf");
        return result;
    }
    const bool sheetOption = parser.isSet(options.serif) || parser.isSet(options.grayscale)
        || parser.isSet(options.issuer) || parser.isSet(options.issue);
    if (sheetOption && result.mode != Mode::Brief) {
        result.error = QCoreApplication::translate(
            "CommandLine", "--serif, --grayscale, --issuer and --issue go with --brief OUT.pdf");
        return result;
    }
    result.briefSerif = parser.isSet(options.serif);
    result.briefGrayscale = parser.isSet(options.grayscale);
    result.briefIssuer = parser.value(options.issuer).trimmed();
    result.briefIssue = parser.value(options.issue).trimmed();
    if (parser.isSet(options.sections)) {
        for (const QString &id : parser.value(options.sections).split(QLatin1Char(','), Qt::SkipEmptyParts))
            result.briefSections.append(id.trimmed());
        if (result.briefSections.isEmpty()) {
            result.error = QCoreApplication::translate("CommandLine", "--sections needs at least one section id");
            return result;
        }
    }
    if (parser.isSet(options.paper)) {
        const QString paper = parser.value(options.paper);
        if (paper.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0) {
            result.paper = QStringLiteral("A4");
        } else if (paper.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0) {
            result.paper = QStringLiteral("Letter");
        } else {
            result.error
                = QCoreApplication::translate("CommandLine", "--paper: expected A4 or Letter, found \"%1\"").arg(paper);
            return result;
        }
    }
    if (parser.isSet(options.exportData)) {
        result.mode = Mode::ExportData;
        result.exportDataPath = parser.value(options.exportData);
        if (result.exportDataPath.isEmpty())
            result.error = QCoreApplication::translate("CommandLine", "--export-data needs an output file name");
    }
    if (result.error.isEmpty())
        result.error = parseChartExport(parser, options, result);
    if (result.error.isEmpty())
        result.error = parseImport(parser, options, result);
    return result;
}
