#pragma once

#include "chartexporter.h"

#include <QObject>
#include <bulletin.h>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QWidget;
class BulletinChartView;

// Charts out of the program: the File menu's "Export chart…" and "Export all charts…", and the entries
// of each chart's context menu (export as PNG, SVG or PDF, copy to the clipboard).
class ChartExportActions : public QObject
{
    Q_OBJECT
public:
    explicit ChartExportActions(QWidget *window);

    void setDocument(std::shared_ptr<const Bulletin::Document> document);
    // The chart "Export chart…" takes when no chart has the keyboard focus (the current tab's first).
    void setCurrentChart(std::function<BulletinChartView *()> currentChart);
    QAction *exportChartAction() const { return m_exportChart; }
    QAction *exportAllAction() const { return m_exportAll; }
    QList<QAction *> actions() const { return { m_exportChart, m_exportAll }; }
    // Enables the actions for what there is to export.
    void updateActions();
    // The chart with the keyboard focus, else the current one; none when the tab has no chart.
    BulletinChartView *chartToExport() const;

    void exportChart();
    void exportAll();

    // Gives a chart view its context menu: the entries below.
    static void attach(BulletinChartView *view);
    // Adds a chart's own entries to its context menu.
    static void addChartActions(QMenu *menu, BulletinChartView *view);
    // Asks where and how (format preselected when given), then writes; returns the file written.
    static QString exportOneChart(BulletinChartView *view, std::optional<ChartExporter::Format> format = {});
    // The chart at the remembered export size and twice its pixels, for pasting into slides and documents.
    static bool copyToClipboard(const BulletinChartView &view);

private:
    QWidget *m_window = nullptr;
    std::shared_ptr<const Bulletin::Document> m_document;
    std::function<BulletinChartView *()> m_currentChart;
    QAction *m_exportChart = nullptr;
    QAction *m_exportAll = nullptr;
};
