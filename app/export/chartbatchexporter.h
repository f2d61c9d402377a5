#pragma once

#include "chartexporter.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>
#include <bulletin.h>
#include <functional>
#include <memory>

// Every chart of a bulletin into one folder: the overview's charts, then each section's in order, as
// NN-<section>-<chart>.<ext>. The names come from the data's titles and are made safe, so that nothing in
// a title can place a file outside the folder. Each file is written atomically; existing files are
// replaced only when asked to, and then checked before anything is written.
class ChartBatchExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartBatchExporter)

public:
    struct Chart
    {
        Bulletin::ChartSpec spec;
        // NN-<section>-<chart>, without a suffix.
        QString fileStem;
    };

    struct Options
    {
        QString folder;
        QList<ChartExporter::Format> formats { ChartExporter::Format::Png };
        QSize size = ChartExporter::defaultSize();
        double scale = 2;
        bool overwrite = false;
    };

    struct Result
    {
        // Paths of the files written, in order: the folder as given joined with the file name.
        QStringList written;
        // Empty on success; else a message naming the file or folder.
        QString error;
        bool cancelled = false;
        // Charts whose labels do not all fit at the size asked for (ChartExporter::fitWarning).
        QStringList warnings;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    // Called before each file is rendered and again before it is committed, with the number of files
    // done, the total and the file at hand; returning false stops, leaving no part of that file.
    using Progress = std::function<bool(int done, int total, const QString &filePath)>;

    // Bytes the section's (short) title may take in a file name; the chart's title takes what is left of
    // SafeFileName::DefaultMaxBytes after the number and the suffix.
    static constexpr int MaxSectionBytes = 40;
    static constexpr int MaxSuffixBytes = 4;

    // Charts and file names in that language.
    ChartBatchExporter(std::shared_ptr<const Bulletin::Document> document, Bulletin::Language language);

    QList<Chart> charts() const { return m_charts; }
    // Every file run() would write, in order.
    QStringList filePaths(const Options &options) const;
    // Those of filePaths() that exist already.
    QStringList existingFiles(const Options &options) const;
    // Checks the options and the folder (creating it when missing), then writes every file.
    Result run(const Options &options, const Progress &progress = {}) const;

    // The file-name title of the overview's charts, as the interface names its tab.
    static QString overviewTitle(Bulletin::Language language)
    {
        return language == Bulletin::Language::English ? QStringLiteral("Overview") : QStringLiteral("概览");
    }

private:
    QString checkFolder(const Options &options) const;

    std::shared_ptr<const Bulletin::Document> m_document;
    Bulletin::Language m_language;
    QList<Chart> m_charts;
};
