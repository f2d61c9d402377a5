#include "headlessrunner.h"

#include <QTextStream>
#include <bulletinwriter.h>

int HeadlessRunner::run(const CommandLine &commandLine)
{
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
            commandLine.force ? Bulletin::BulletinWriter::Overwrite::Allow
                              : Bulletin::BulletinWriter::Overwrite::Refuse);
        if (!failure.isEmpty()) {
            err << failure << Qt::endl;
            return OutputFailed;
        }
        out << commandLine.exportDataPath << Qt::endl;
        return Success;
    }
    case CommandLine::Mode::ListSections:
        out << "overview\t" << loaded.document->title << Qt::endl;
        for (const Bulletin::Section &section : loaded.document->sections)
            out << section.id << '\t' << section.title << Qt::endl;
        return Success;
    case CommandLine::Mode::Gui:
        break;
    }
    return Success;
}

Bulletin::LoadResult HeadlessRunner::loadInput(const QString &inputFile)
{
    return inputFile.isEmpty() ? Bulletin::BulletinLoader::loadBuiltIn()
                               : Bulletin::BulletinLoader::loadFile(inputFile);
}
