#include "headlessrunner.h"

#include "applanguage.h"
#include "briefinglayout.h"
#include "briefingpainter.h"
#include "chartbatchexporter.h"

#include <QTextStream>
#include <articleimporter.h>
#include <atomicfile.h>
#include <bulletinwriter.h>
#include <importreport.h>

int HeadlessRunner::run(const CommandLine &commandLine)
{
    if (commandLine.mode == CommandLine::Mode::ImportArticle)
        return importArticle(commandLine);
    QTextStream err(stderr);
    QTextStream out(stdout);
    const Bulletin::LoadResult loaded = loadInput(commandLine.inputFile);
    if (!loaded.ok()) {
        err << Bulletin::describeProblems(loaded.problems) << Qt::endl;
        return InputFailed;
    }
    switch (commandLine.mode) {
    case CommandLine::Mode::ExportData: {
        const QString failure = Bulletin::BulletinWriter::writeFile(*loaded.document, commandLine.exportDataPath,
            commandLine.force ? Bulletin::Overwrite::Allow : Bulletin::Overwrite::Refuse);
        if (!failure.isEmpty()) {
            err << failure << Qt::endl;
            return OutputFailed;
        }
        out << commandLine.exportDataPath << Qt::endl;
        return Success;
    }
    case CommandLine::Mode::ListSections:
        out << "overview\t" << loaded.document->displayTitle(AppLanguage::bulletinLanguage()) << Qt::endl;
        for (const Bulletin::Section &section : loaded.document->sections)
            out << section.id << '\t' << section.displayTitle(AppLanguage::bulletinLanguage()) << Qt::endl;
        return Success;
    case CommandLine::Mode::Brief:
        return writeBrief(commandLine, loaded.document);
    case CommandLine::Mode::ExportCharts:
        return writeCharts(commandLine, loaded.document);
    case CommandLine::Mode::Gui:
    case CommandLine::Mode::ImportArticle:
        break;
    }
    return Success;
}

Bulletin::LoadResult HeadlessRunner::loadInput(const QString &inputFile)
{
    return inputFile.isEmpty() ? Bulletin::BulletinLoader::loadBuiltIn()
                               : Bulletin::BulletinLoader::loadFile(inputFile);
}

int HeadlessRunner::writeBrief(
    const CommandLine &commandLine, const std::shared_ptr<const Bulletin::Document> &document)
{
    QTextStream err(stderr);
    BriefingOptions options = BriefingOptions::everything(*document);
    options.language = AppLanguage::bulletinLanguage();
    if (!commandLine.briefSections.isEmpty()) {
        // "overview" (as --list-sections names it) is the first page, which every briefing has.
        QStringList valid { QStringLiteral("overview") };
        valid.append(options.sectionIds);
        for (const QString &id : commandLine.briefSections) {
            if (!valid.contains(id)) {
                err << tr("--sections: no section with id \"%1\"; valid ids: %2")
                           .arg(id, valid.join(QStringLiteral(", ")))
                    << Qt::endl;
                return InputFailed;
            }
        }
        options.sectionIds.clear();
        for (const Bulletin::Section &section : document->sections) {
            if (commandLine.briefSections.contains(section.id))
                options.sectionIds.append(section.id);
        }
    }
    options.serifBody = commandLine.briefSerif;
    options.grayscale = commandLine.briefGrayscale;
    options.issuingUnit = commandLine.briefIssuer;
    options.issue = commandLine.briefIssue;
    if (options.serifBody && !BriefingLayout::serifAvailable())
        err << tr("--serif: the serif face (AR PL UMing, Debian package fonts-arphic-uming) is not installed; the "
                  "body is set in the sans face")
            << Qt::endl;
    const QPageSize::PageSizeId paper
        = commandLine.paper == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4;
    const QString failure
        = BriefingPainter::writePdf(commandLine.briefPath, document, options, BriefingOptions::pageLayout(paper),
            commandLine.force ? Bulletin::Overwrite::Allow : Bulletin::Overwrite::Refuse);
    if (!failure.isEmpty()) {
        err << failure << Qt::endl;
        return OutputFailed;
    }
    QTextStream(stdout) << commandLine.briefPath << Qt::endl;
    return Success;
}

int HeadlessRunner::writeCharts(
    const CommandLine &commandLine, const std::shared_ptr<const Bulletin::Document> &document)
{
    ChartBatchExporter::Options options;
    options.folder = commandLine.exportChartsDir;
    options.formats.clear();
    for (const QString &name : commandLine.chartFormats) {
        if (const auto format = ChartExporter::formatFromName(name))
            options.formats.append(*format);
    }
    options.size = commandLine.chartSize;
    options.scale = commandLine.chartScale;
    options.overwrite = commandLine.force;
    const ChartBatchExporter::Result result
        = ChartBatchExporter(document, AppLanguage::bulletinLanguage()).run(options);
    for (const QString &warning : result.warnings)
        QTextStream(stderr) << tr("warning: %1").arg(warning) << Qt::endl;
    // Also after a failure: the files written before it are complete, and the list says which they are.
    QTextStream out(stdout);
    for (const QString &path : result.written)
        out << path << Qt::endl;
    if (!result.error.isEmpty()) {
        QTextStream(stderr) << result.error << Qt::endl;
        return OutputFailed;
    }
    return Success;
}

int HeadlessRunner::importArticle(const CommandLine &commandLine)
{
    QTextStream err(stderr);
    const Bulletin::ImportResult result = Bulletin::ArticleImporter::importFile(commandLine.importArticlePath);
    if (!result.problems.isEmpty() || !result.draft) {
        err << Bulletin::describeProblems(result.problems) << Qt::endl;
        return InputFailed;
    }
    const QString failure
        = Bulletin::AtomicFile::write(commandLine.importOutputPath, Bulletin::BulletinWriter::toJson(*result.draft),
            commandLine.force ? Bulletin::Overwrite::Allow : Bulletin::Overwrite::Refuse);
    if (!failure.isEmpty()) {
        err << failure << Qt::endl;
        return OutputFailed;
    }
    QTextStream out(stdout);
    out << commandLine.importOutputPath << Qt::endl;
    if (commandLine.importReport)
        out << Bulletin::ImportReport::format(result, commandLine.importArticlePath) << Qt::endl;
    else
        err << tr("%1: a draft of %2 sections and %3 indicators; %4 numbers were not recognised as figures "
                  "(--import-report lists them)")
                   .arg(commandLine.importArticlePath)
                   .arg(result.draft->sections.size())
                   .arg(result.draft->indicatorCount())
                   .arg(result.unrecognised().size())
            << Qt::endl;
    return Success;
}
