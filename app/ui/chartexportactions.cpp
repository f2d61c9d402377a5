#include "chartexportactions.h"

#include "applanguage.h"
#include "bulletinchartview.h"
#include "chartbatchexporter.h"
#include "chartexportdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QStatusBar>
#include <chartdatamodel.h>
#include <safefilename.h>

namespace {

void showStatus(QWidget *anchor, const QString &message)
{
    if (auto *mainWindow = qobject_cast<QMainWindow *>(anchor ? anchor->window() : nullptr))
        mainWindow->statusBar()->showMessage(message, 8000);
}

} // namespace

ChartExportActions::ChartExportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_exportChart = new QAction(QIcon::fromTheme(QStringLiteral("image-x-generic")), tr("Export c&hart…"), this);
    m_exportChart->setStatusTip(tr("Export the chart with the focus, or the tab's first chart, as PNG, SVG or PDF"));
    m_exportAll = new QAction(tr("Export a&ll charts…"), this);
    m_exportAll->setStatusTip(tr("Export every chart of the bulletin into a folder"));
    connect(m_exportChart, &QAction::triggered, this, &ChartExportActions::exportChart);
    connect(m_exportAll, &QAction::triggered, this, &ChartExportActions::exportAll);
    updateActions();
}

void ChartExportActions::setDocument(std::shared_ptr<const Bulletin::Document> document)
{
    m_document = std::move(document);
    updateActions();
}

void ChartExportActions::setCurrentChart(std::function<BulletinChartView *()> currentChart)
{
    m_currentChart = std::move(currentChart);
    updateActions();
}

void ChartExportActions::updateActions()
{
    m_exportChart->setEnabled(chartToExport() != nullptr);
    m_exportAll->setEnabled(
        m_document && !ChartBatchExporter(m_document, AppLanguage::bulletinLanguage()).charts().isEmpty());
}

BulletinChartView *ChartExportActions::chartToExport() const
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (auto *view = qobject_cast<BulletinChartView *>(widget))
            return view->window() == m_window ? view : nullptr;
    }
    return m_currentChart ? m_currentChart() : nullptr;
}

void ChartExportActions::exportChart()
{
    if (BulletinChartView *view = chartToExport())
        exportOneChart(view);
    else
        showStatus(m_window, tr("This tab has no chart to export."));
}

void ChartExportActions::exportAll()
{
    if (!m_document)
        return;
    const ChartBatchExporter batch(m_document, AppLanguage::bulletinLanguage());
    ChartExportDialog dialog(ChartExportDialog::Mode::AllCharts, QString(), m_window);
    dialog.setExistingFiles([&batch](const QString &folder, const QList<ChartExporter::Format> &formats) {
        ChartBatchExporter::Options options;
        options.folder = folder;
        options.formats = formats;
        return batch.existingFiles(options);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;

    ChartBatchExporter::Options options;
    options.folder = dialog.folder();
    options.formats = dialog.formats();
    options.size = dialog.chartSize();
    options.scale = dialog.scale();
    options.overwrite = dialog.overwrite();
    const int total = int(batch.charts().size() * options.formats.size());
    QProgressDialog progress(tr("Exporting charts…"), tr("Cancel"), 0, total, m_window);
    progress.setWindowTitle(tr("Export all charts"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const ChartBatchExporter::Result result = batch.run(options, [&progress](int done, int, const QString &filePath) {
        if (!filePath.isEmpty())
            progress.setLabelText(tr("Writing %1").arg(QFileInfo(filePath).fileName()));
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();

    const QString folder = QDir::toNativeSeparators(options.folder);
    if (!result.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot export charts"),
            tr("%1\n\n%n complete file(s) were written before the problem.", nullptr, int(result.written.size()))
                .arg(result.error));
    } else if (result.cancelled) {
        showStatus(m_window,
            tr("Export cancelled; %n complete file(s) kept in %1", nullptr, int(result.written.size())).arg(folder));
    } else {
        showStatus(m_window, tr("Wrote %n chart file(s) to %1", nullptr, int(result.written.size())).arg(folder));
        if (!result.warnings.isEmpty())
            QMessageBox::information(m_window, tr("Labels cut short"),
                tr("The charts were written, but at this size some labels do not fit:\n\n%1")
                    .arg(result.warnings.join(QLatin1Char('\n'))));
    }
}

void ChartExportActions::attach(BulletinChartView *view)
{
    connect(view, &QWidget::customContextMenuRequested, view, [view](const QPoint &position) {
        QMenu menu(view);
        addChartActions(&menu, view);
        menu.exec(view->mapToGlobal(position));
    });
}

void ChartExportActions::addChartActions(QMenu *menu, BulletinChartView *view)
{
    const QPointer<BulletinChartView> guarded(view);
    const QList<QPair<ChartExporter::Format, QString>> formats { { ChartExporter::Format::Png, tr("Export as &PNG…") },
        { ChartExporter::Format::Svg, tr("Export as &SVG…") }, { ChartExporter::Format::Pdf, tr("Export as P&DF…") } };
    for (const auto &[format, label] : formats) {
        QAction *action = menu->addAction(label);
        action->setData(ChartExporter::suffix(format));
        connect(action, &QAction::triggered, menu, [guarded, format = format] {
            if (guarded)
                exportOneChart(guarded, format);
        });
    }
    menu->addSeparator();
    QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy to clipboard"));
    copy->setData(QStringLiteral("clipboard"));
    connect(copy, &QAction::triggered, menu, [guarded] {
        if (guarded && copyToClipboard(*guarded))
            showStatus(guarded, tr("Chart copied to the clipboard"));
    });
}

QString ChartExportActions::exportOneChart(BulletinChartView *view, std::optional<ChartExporter::Format> format)
{
    const Bulletin::ChartSpec *spec = view->dataModel()->chartSpec();
    const QString name = Bulletin::SafeFileName::component(
        spec ? spec->displayTitle(AppLanguage::bulletinLanguage()) : view->chartId(),
        Bulletin::SafeFileName::DefaultMaxBytes, QStringLiteral("chart"));
    ChartExportDialog dialog(ChartExportDialog::Mode::OneChart, name, view->window());
    if (format)
        dialog.setFormat(*format);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const ChartExporter exporter(*view->bulletinChart(), dialog.chartSize());
    // The dialog asked before an existing file is replaced.
    const QString failure
        = exporter.save(dialog.filePath(), dialog.format(), dialog.scale(), Bulletin::Overwrite::Allow);
    if (!failure.isEmpty()) {
        QMessageBox::warning(view->window(), tr("Cannot export chart"), failure);
        return {};
    }
    showStatus(view, tr("Wrote %1").arg(QDir::toNativeSeparators(dialog.filePath())));
    const QString warning = exporter.fitWarning();
    if (!warning.isEmpty())
        QMessageBox::information(view->window(), tr("Labels cut short"),
            tr("The chart was written, but at this size some labels do not fit:\n\n%1").arg(warning));
    return dialog.filePath();
}

bool ChartExportActions::copyToClipboard(const BulletinChartView &view)
{
    const ChartExporter exporter(*view.bulletinChart(), ChartExportDialog::rememberedSize());
    const QImage image = exporter.toImage(2);
    if (image.isNull())
        return false;
    QApplication::clipboard()->setImage(image);
    return true;
}
