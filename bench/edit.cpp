// Edit benchmark: what one edit costs with every model of the window listening (the indicator table, a sorted filter
// proxy over it, the section tree, a chart model for every declared chart and the overview's).
//   1. One value typed (DocumentEditor::setIndicatorField → documentChanged → applyChange on every model), on the
//      built-in bulletin (target: within one frame, 16 ms) and on a synthetic one of 10,000 indicators
//      (tools/generate_bulletin.py, 200 x 50; target: 100 ms).
//   2. Structure edits (an indicator added, moved into another section, removed; a section moved), for comparison.
//   3. Undo of 1,000 edits, and their redo (target: under a second).
// Models only, no view: what a view then repaints is the view's own cost.
// Usage: bench-edit [--edits N] [--sections S] [--indicators M] [--file BULLETIN.json]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QUndoStack>
#include <algorithm>
#include <bulletinloader.h>
#include <chartdatamodel.h>
#include <defaultcharts.h>
#include <documenteditor.h>
#include <indicatorfilterproxymodel.h>
#include <indicatortablemodel.h>
#include <sectiontreemodel.h>

using namespace Bulletin;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0.0 : *std::max_element(values.cbegin(), values.cend());
}

QByteArray generate(int sections, int indicators)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
        { QStringLiteral(BULLETIN_SOURCE_DIR "/tools/generate_bulletin.py"), QStringLiteral("--sections"),
            QString::number(sections), QStringLiteral("--indicators"), QString::number(indicators) });
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        qFatal("tools/generate_bulletin.py failed: %s", python.readAllStandardError().constData());
    return python.readAllStandardOutput();
}

// The editor and every model the window keeps over its document.
class Listeners
{
public:
    explicit Listeners(std::shared_ptr<const Document> document)
    {
        editor.setDocument(document);
        table.setDocument(document);
        table.setEditor(&editor);
        proxy.setSourceModel(&table);
        proxy.sort(IndicatorTableModel::ValueColumn);
        tree.setDocument(document);
        tree.setEditor(&editor);
        QObject::connect(&editor, &DocumentEditor::documentChanged, &table, &IndicatorTableModel::applyChange);
        QObject::connect(&editor, &DocumentEditor::documentChanged, &tree, &SectionTreeModel::applyChange);
        const auto addChart = [&](const auto &chart) {
            charts.append(std::make_shared<ChartDataModel>());
            charts.last()->setChart(document, chart);
            QObject::connect(
                &editor, &DocumentEditor::documentChanged, charts.last().get(), &ChartDataModel::applyChange);
        };
        for (const Section &section : document->sections) {
            for (const ChartSpec &chart : section.charts)
                addChart(chart.id);
        }
        for (const ChartSpec &chart : DefaultCharts::overview(*document))
            addChart(chart);
    }

    DocumentEditor editor;
    IndicatorTableModel table;
    IndicatorFilterProxyModel proxy;
    SectionTreeModel tree;
    QList<std::shared_ptr<ChartDataModel>> charts;
};

// Indicators shown by a chart first, so that chart models have rows to update.
QStringList indicatorIds(const Document &document)
{
    QStringList charted;
    QStringList rest;
    for (const Section &section : document.sections) {
        for (const ChartSpec &chart : section.charts)
            charted.append(chart.indicatorIds);
    }
    for (const Section &section : document.sections) {
        for (const Indicator &indicator : section.indicators) {
            if (!charted.contains(indicator.id))
                rest.append(indicator.id);
        }
    }
    charted.removeDuplicates();
    return charted + rest;
}

void report(const QString &what, const QList<double> &times, double target)
{
    const double worst = maximum(times);
    out() << QStringLiteral("  %1: median %2 ms, max %3 ms over %4 (target %5 ms: %6)\n")
                 .arg(what, -34)
                 .arg(median(times), 0, 'f', 3)
                 .arg(worst, 0, 'f', 3)
                 .arg(times.size())
                 .arg(target, 0, 'f', 0)
                 .arg(worst <= target ? QStringLiteral("met") : QStringLiteral("MISSED"));
    out().flush();
}

void run(const QString &name, std::shared_ptr<const Document> document, int edits, double editTarget)
{
    out() << name
          << QStringLiteral(": %1 sections, %2 indicators\n")
                 .arg(document->sections.size())
                 .arg(document->indicatorCount());
    Listeners listeners(document);
    DocumentEditor &editor = listeners.editor;
    const QStringList ids = indicatorIds(*document);
    out() << QStringLiteral("  %1 chart models listening\n").arg(listeners.charts.size());

    // 1. One value at a time, each on another indicator, so that no two merge into one step.
    QList<double> valueTimes;
    for (int k = 0; k < edits; ++k) {
        const QString &id = ids.at(k % ids.size());
        QElapsedTimer timer;
        timer.start();
        if (!editor.setIndicatorField(id, QStringLiteral("value"), 1000.0 + k))
            qFatal("the edit of %s was refused", qPrintable(id));
        valueTimes.append(timer.nsecsElapsed() / 1e6);
    }
    report(QStringLiteral("value edit → every model"), valueTimes, editTarget);

    // The same through the table's setData, as a delegate commits it.
    QList<double> cellTimes;
    for (int k = 0; k < std::min(edits, 200); ++k) {
        const QModelIndex cell
            = listeners.table.indexOfIndicator(ids.at(k % ids.size()), IndicatorTableModel::ValueColumn);
        QElapsedTimer timer;
        timer.start();
        if (!listeners.table.setData(cell, QString::number(2000 + k)))
            qFatal("setData was refused");
        cellTimes.append(timer.nsecsElapsed() / 1e6);
    }
    report(QStringLiteral("value typed into a table cell"), cellTimes, editTarget);

    // 2. Structure, for comparison.
    const QString firstSection = document->sections.first().id;
    const QString lastSection = document->sections.last().id;
    QList<double> addTimes;
    QList<double> moveTimes;
    QList<double> removeTimes;
    QList<double> sectionTimes;
    for (int k = 0; k < 50; ++k) {
        QElapsedTimer timer;
        timer.start();
        const QString added = editor.addIndicator(firstSection, 0);
        addTimes.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        editor.moveIndicator(added, lastSection, 0);
        moveTimes.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        editor.removeIndicator(added);
        removeTimes.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        editor.moveSection(firstSection, k % 2 == 0 ? int(document->sections.size()) - 1 : 0);
        sectionTimes.append(timer.nsecsElapsed() / 1e6);
    }
    report(QStringLiteral("indicator added"), addTimes, editTarget);
    report(QStringLiteral("indicator moved to another section"), moveTimes, editTarget);
    report(QStringLiteral("indicator removed"), removeTimes, editTarget);
    report(QStringLiteral("section moved"), sectionTimes, editTarget);

    // 3. 1,000 value edits undone and redone, on a fresh history.
    Listeners again(document);
    for (int k = 0; k < 1000; ++k)
        again.editor.setIndicatorField(ids.at(k % ids.size()), QStringLiteral("value"), 3000.0 + k);
    const int steps = again.editor.undoStack()->index();
    QElapsedTimer timer;
    timer.start();
    for (int k = 0; k < 1000 && again.editor.undoStack()->canUndo(); ++k)
        again.editor.undoStack()->undo();
    const double undoMs = timer.nsecsElapsed() / 1e6;
    timer.start();
    while (again.editor.undoStack()->canRedo())
        again.editor.undoStack()->redo();
    const double redoMs = timer.nsecsElapsed() / 1e6;
    out() << QStringLiteral("  undo of %1 steps: %2 ms (target 1000 ms: %3); redo: %4 ms\n")
                 .arg(steps)
                 .arg(undoMs, 0, 'f', 1)
                 .arg(undoMs <= 1000 ? QStringLiteral("met") : QStringLiteral("MISSED"))
                 .arg(redoMs, 0, 'f', 1);
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The cost of an edit with every model listening."));
    parser.addHelpOption();
    const QCommandLineOption editsOption(
        QStringLiteral("edits"), QStringLiteral("Value edits timed (default 1000)."), QStringLiteral("N"));
    const QCommandLineOption sectionsOption(
        QStringLiteral("sections"), QStringLiteral("Sections (default 200)."), QStringLiteral("S"));
    const QCommandLineOption indicatorsOption(
        QStringLiteral("indicators"), QStringLiteral("Indicators per section (default 50)."), QStringLiteral("M"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"), QStringLiteral("A bulletin to use instead of a generated one."), QStringLiteral("F"));
    parser.addOptions({ editsOption, sectionsOption, indicatorsOption, fileOption });
    parser.process(app);
    const int edits = qMax(1, parser.value(editsOption).isEmpty() ? 1000 : parser.value(editsOption).toInt());
    const int sections = parser.value(sectionsOption).isEmpty() ? 200 : parser.value(sectionsOption).toInt();
    const int indicators = parser.value(indicatorsOption).isEmpty() ? 50 : parser.value(indicatorsOption).toInt();

    const LoadResult builtIn = BulletinLoader::loadBuiltIn();
    if (!builtIn.ok())
        qFatal("the built-in bulletin does not load: %s", qPrintable(describeProblems(builtIn.problems)));
    run(QStringLiteral("Built-in bulletin"), builtIn.document, edits, 16);

    QByteArray bytes;
    if (parser.isSet(fileOption)) {
        QFile file(parser.value(fileOption));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        bytes = file.readAll();
    } else {
        bytes = generate(sections, indicators);
    }
    const LoadResult large = BulletinLoader::loadJson(bytes, QStringLiteral("synthetic.json"));
    if (!large.ok())
        qFatal("the synthetic bulletin was refused: %s", qPrintable(describeProblems(large.problems)));
    run(QStringLiteral("Synthetic bulletin"), large.document, edits, 100);
    return 0;
}
