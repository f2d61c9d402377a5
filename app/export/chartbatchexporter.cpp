#include "chartbatchexporter.h"

#include "bulletinchart.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <atomicfile.h>
#include <chartdatamodel.h>
#include <defaultcharts.h>
#include <safefilename.h>

using Bulletin::SafeFileName;

ChartBatchExporter::ChartBatchExporter(std::shared_ptr<const Bulletin::Document> document, Bulletin::Language language)
    : m_document(std::move(document))
    , m_language(language)
{
    if (!m_document)
        return;
    // Each chart with the short title of its section.
    QList<QPair<QString, Bulletin::ChartSpec>> charts;
    for (const Bulletin::ChartSpec &spec : Bulletin::DefaultCharts::overview(*m_document))
        charts.append({ overviewTitle(language), spec });
    for (const Bulletin::Section &section : m_document->sections) {
        for (const Bulletin::ChartSpec &spec : section.charts)
            charts.append({ section.displayShortTitle(language), spec });
    }
    const int digits = std::max(2, int(QString::number(charts.size()).size()));
    for (int i = 0; i < charts.size(); ++i) {
        const auto &[shortTitle, spec] = charts.at(i);
        // File names take the short section title: a sentence-long one would leave no room for the chart's.
        const QString number = QStringLiteral("%1").arg(i + 1, digits, 10, QLatin1Char('0'));
        const QString section = SafeFileName::component(shortTitle, MaxSectionBytes, QStringLiteral("section"));
        const int chartBytes = SafeFileName::DefaultMaxBytes - MaxSuffixBytes - 2
            - int(number.toUtf8().size() + section.toUtf8().size());
        const QString chart = SafeFileName::component(spec.displayTitle(language), chartBytes,
            SafeFileName::component(spec.id, chartBytes, QStringLiteral("chart")));
        const QString stem = number + u'-' + section + u'-' + chart;
        m_charts.append({ spec, stem });
    }
}

QStringList ChartBatchExporter::filePaths(const Options &options) const
{
    const QDir folder(options.folder);
    QStringList paths;
    for (const Chart &chart : m_charts) {
        for (const ChartExporter::Format format : options.formats)
            paths.append(folder.filePath(chart.fileStem + QLatin1Char('.') + ChartExporter::suffix(format)));
    }
    return paths;
}

QStringList ChartBatchExporter::existingFiles(const Options &options) const
{
    QStringList existing;
    const QStringList paths = filePaths(options);
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    return existing;
}

QString ChartBatchExporter::checkFolder(const Options &options) const
{
    if (options.folder.isEmpty())
        return tr("no folder given");
    const QFileInfo info(options.folder);
    if (info.exists() && !info.isDir())
        return tr("%1: is not a folder").arg(options.folder);
    if (!info.exists() && !QDir().mkpath(options.folder))
        return tr("%1: the folder cannot be created").arg(options.folder);
    // Permissions alone do not tell (root ignores them, file systems may be read-only): try.
    QTemporaryFile probe(QDir(options.folder).filePath(QStringLiteral(".bulletin-dashboard-XXXXXX")));
    if (!probe.open())
        return tr("%1: cannot write into this folder: %2").arg(options.folder, probe.errorString());
    return {};
}

ChartBatchExporter::Result ChartBatchExporter::run(const Options &options, const Progress &progress) const
{
    Result result;
    if (options.formats.isEmpty()) {
        result.error = tr("no format given");
        return result;
    }
    result.error
        = ChartExporter::checkSize(options.size, options.scale, options.formats.contains(ChartExporter::Format::Png));
    if (!result.error.isEmpty())
        return result;
    result.error = checkFolder(options);
    if (!result.error.isEmpty())
        return result;

    const QString folder = QFileInfo(options.folder).absoluteFilePath();
    const QStringList paths = filePaths(options);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        // The names are made safe already; this guards the guarantee itself.
        if (info.absolutePath() != folder || !SafeFileName::isSafe(info.fileName())) {
            result.error = tr("%1: refusing a file name that leaves the folder").arg(path);
            return result;
        }
        // Files the program names itself are never written through a link, which could point anywhere.
        if (info.isSymLink()) {
            result.error = tr("%1: is a symbolic link; nothing was written").arg(path);
            return result;
        }
        if (info.exists() && (!info.isFile() || !options.overwrite)) {
            const QStringList existing = existingFiles(options);
            result.error = info.isFile()
                ? tr("%1: exists already, with %2 more of the files to write; nothing was written "
                     "(use --force to replace them)")
                      .arg(existing.first())
                      .arg(existing.size() - 1)
                : tr("%1: is not a file; nothing was written").arg(path);
            return result;
        }
    }

    const int total = int(paths.size());
    int done = 0;
    for (const Chart &chart : m_charts) {
        const ChartExporter exporter(m_document, chart.spec, m_language, options.size);
        const QString warning = exporter.fitWarning();
        if (!warning.isEmpty())
            result.warnings.append(warning);
        const Bulletin::ChartDataModel *data = exporter.chart()->dataModel();
        if (data->omittedCount() > 0)
            result.warnings.append(tr("\"%1\": only the first %2 of its %3 indicators are drawn")
                                       .arg(exporter.title())
                                       .arg(data->rowCount())
                                       .arg(data->rowCount() + data->omittedCount()));
        for (const ChartExporter::Format format : options.formats) {
            const QString path = paths.at(done);
            if (progress && !progress(done, total, path)) {
                result.cancelled = true;
                return result;
            }
            const QByteArray bytes = exporter.encode(format, options.scale);
            if (bytes.isEmpty()) {
                result.error = tr("%1: the chart could not be rendered").arg(path);
                return result;
            }
            bool cancelled = false;
            const QString error = Bulletin::AtomicFile::write(
                path,
                [&](QIODevice *device) {
                    if (device->write(bytes) != bytes.size())
                        return false;
                    cancelled = progress && !progress(done, total, path);
                    return !cancelled;
                },
                options.overwrite ? Bulletin::Overwrite::Allow : Bulletin::Overwrite::Refuse,
                Bulletin::AtomicFile::Links::Refuse);
            if (cancelled) {
                result.cancelled = true;
                return result;
            }
            if (!error.isEmpty()) {
                result.error = error;
                return result;
            }
            result.written.append(path);
            ++done;
        }
    }
    if (progress)
        progress(done, total, QString());
    return result;
}
