#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

// What the user asked for on the command line.
struct CommandLine
{
    enum class Mode { Gui, ExportData, ListSections, Brief, ExportCharts, ImportArticle };

    Mode mode = Mode::Gui;
    QString inputFile; // empty: the built-in bulletin
    QString exportDataPath;
    QString briefPath;
    QStringList briefSections; // empty: every section
    QString paper = QStringLiteral("A4"); // A4 or Letter
    bool briefSerif = false; // body text in the serif face
    bool briefGrayscale = false; // for a black-and-white printer
    QString briefIssuer; // the masthead's issuing unit
    QString briefIssue; // the masthead's issue
    QString exportChartsDir;
    QStringList chartFormats { QStringLiteral("png") }; // png, svg, pdf
    double chartScale = 2;
    QSize chartSize { 900, 500 };
    QString importArticlePath; // an article (text, web page or .docx) to draft a bulletin from
    QString importOutputPath; // where the draft goes (JSON)
    bool importReport = false; // print every figure found and every number that became none
    bool force = false;
    bool quitAfterFirstPaint = false;
    QString tabId;
    QString language; // "zh", "en" or empty for the default
    QString error; // non-empty when the arguments were unusable

    static CommandLine parse(const QStringList &arguments);
    // The value of --lang, looked for before parsing so that --help and the messages about the other arguments
    // are given in that language; empty when absent.
    static QString languageArgument(const QStringList &arguments);
};
