#pragma once

#include <QString>
#include <QStringList>

// What the user asked for on the command line.
struct CommandLine
{
    enum class Mode { Gui, ExportData, ListSections };

    Mode mode = Mode::Gui;
    QString inputFile; // empty: the built-in bulletin
    QString exportDataPath;
    bool force = false;
    bool quitAfterFirstPaint = false;
    QString tabId;
    QString error; // non-empty when the arguments were unusable

    static CommandLine parse(const QStringList &arguments);
};
