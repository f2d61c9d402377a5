#pragma once

#include "commandline.h"

#include <QCoreApplication>
#include <bulletinloader.h>

// Command-line modes that write files and exit without showing a window.
class HeadlessRunner
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessRunner)

public:
    enum ExitCode { Success = 0, OutputFailed = 1, InputFailed = 2 };

    static int run(const CommandLine &commandLine);
    // Loads FILE, or the built-in bulletin when it is empty.
    static Bulletin::LoadResult loadInput(const QString &inputFile);

private:
    static int importArticle(const CommandLine &commandLine);
    static int writeCharts(const CommandLine &commandLine, const std::shared_ptr<const Bulletin::Document> &document);
    static int writeBrief(const CommandLine &commandLine, const std::shared_ptr<const Bulletin::Document> &document);
};
