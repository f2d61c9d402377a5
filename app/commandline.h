#pragma once

#include <QString>
#include <QStringList>

// What the user asked for on the command line.
struct CommandLine
{
    enum class Mode { Gui, ExportData };

    Mode mode = Mode::Gui;
    QString inputFile; // empty: the built-in bulletin
    QString exportDataPath;
    bool force = false;
    bool quitAfterFirstPaint = false;
    QString tabId;
    QString error; // non-empty when the arguments were unusable

    static CommandLine parse(const QStringList &arguments);
    // True when the arguments ask for work that needs no window, so no display is required.
    static bool isHeadless(int argc, char **argv);
};
