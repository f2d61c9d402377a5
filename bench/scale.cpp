// Scale benchmark: a synthetic bulletin of 10,000 indicators (tools/generate_bulletin.py, 200 x 50).
//   1. Load + validate + build the table and tree models, against a bare QJsonDocument::fromJson of the same
//      bytes, alternating in one run (target: at most 3x).
//   2. Filter latency per keystroke on the 10,000-row table: setSearchText for each prefix of typed words.
//   3. Peak memory of each, from the kernel's high-water mark (reset between phases).
// Usage: bench-scale [--runs N] [--sections S] [--indicators M] [--file BULLETIN.json]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>
#include <algorithm>
#include <bulletinloader.h>
#include <bulletinvalidator.h>
#include <indicatorfilterproxymodel.h>
#include <indicatortablemodel.h>
#include <jsonduplicatekeys.h>
#include <sectiontreemodel.h>
#include <textdecoder.h>

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

// Kernel figures for this process, in MiB: "VmHWM" (peak resident) or "VmRSS".
double statusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0.0;
}

// Writing 5 to clear_refs resets VmHWM to the current resident size (Linux 4.0 and later).
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
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

struct Loaded
{
    std::shared_ptr<const Bulletin::Document> document;
    std::unique_ptr<Bulletin::IndicatorTableModel> table;
    std::unique_ptr<Bulletin::SectionTreeModel> tree;
};

// What opening a file does before anything is drawn.
Loaded loadAndBuildModels(const QByteArray &bytes)
{
    const Bulletin::LoadResult result = Bulletin::BulletinLoader::loadJson(bytes, QStringLiteral("scale.json"));
    if (!result.ok())
        qFatal("the synthetic bulletin was refused: %s", qPrintable(Bulletin::describeProblems(result.problems)));
    Loaded loaded;
    loaded.document = result.document;
    loaded.table = std::make_unique<Bulletin::IndicatorTableModel>();
    loaded.table->setDocument(loaded.document);
    loaded.tree = std::make_unique<Bulletin::SectionTreeModel>();
    loaded.tree->setDocument(loaded.document);
    return loaded;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load, filter and memory figures for a large bulletin."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Timed runs of each side (default 15)."), QStringLiteral("N"));
    const QCommandLineOption sectionsOption(
        QStringLiteral("sections"), QStringLiteral("Sections (default 200)."), QStringLiteral("S"));
    const QCommandLineOption indicatorsOption(
        QStringLiteral("indicators"), QStringLiteral("Indicators per section (default 50)."), QStringLiteral("M"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"), QStringLiteral("A bulletin to use instead of a generated one."), QStringLiteral("F"));
    parser.addOptions({ runsOption, sectionsOption, indicatorsOption, fileOption });
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).isEmpty() ? 15 : parser.value(runsOption).toInt());
    const int sections = parser.value(sectionsOption).isEmpty() ? 200 : parser.value(sectionsOption).toInt();
    const int indicators = parser.value(indicatorsOption).isEmpty() ? 50 : parser.value(indicatorsOption).toInt();

    QByteArray bytes;
    if (parser.isSet(fileOption)) {
        QFile file(parser.value(fileOption));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        bytes = file.readAll();
    } else {
        bytes = generate(sections, indicators);
    }

    // Memory first, before the timing loops grow the heap: peak resident growth of each side on its own.
    const double baseline = statusMiB("VmRSS:");
    resetPeak();
    double floorPeak = 0.0;
    {
        const QJsonDocument json = QJsonDocument::fromJson(bytes);
        floorPeak = statusMiB("VmHWM:") - baseline;
    }
    resetPeak();
    double loadPeak = 0.0;
    double loadedResident = 0.0;
    int rows = 0;
    {
        const Loaded loaded = loadAndBuildModels(bytes);
        loadPeak = statusMiB("VmHWM:") - baseline;
        loadedResident = statusMiB("VmRSS:") - baseline;
        rows = loaded.table->rowCount();
    }

    // Alternating runs, so that machine noise hits both sides alike.
    loadAndBuildModels(bytes);
    QList<double> floorTimes;
    QList<double> loadTimes;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument json = QJsonDocument::fromJson(bytes);
        floorTimes.append(timer.nsecsElapsed() / 1e6);
        if (!json.isObject())
            qFatal("not a JSON object");
        timer.start();
        const Loaded loaded = loadAndBuildModels(bytes);
        loadTimes.append(timer.nsecsElapsed() / 1e6);
    }

    // Where the time goes: the separate passes of a load, timed on their own.
    QList<double> utf8Times;
    QList<double> duplicateTimes;
    QList<double> validateTimes;
    QList<double> modelTimes;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Bulletin::TextDecoder::checkNotBinary(bytes);
        utf8Times.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        Bulletin::JsonDuplicateKeys::find(bytes);
        duplicateTimes.append(timer.nsecsElapsed() / 1e6);
        const Loaded loaded = loadAndBuildModels(bytes);
        timer.start();
        Bulletin::BulletinValidator::validate(
            *loaded.document, [](const Bulletin::FieldRef &) { return Bulletin::LoadProblem(); });
        validateTimes.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        Bulletin::IndicatorTableModel table;
        table.setDocument(loaded.document);
        Bulletin::SectionTreeModel tree;
        tree.setDocument(loaded.document);
        modelTimes.append(timer.nsecsElapsed() / 1e6);
    }

    // Typing into the search field: one setSearchText per keystroke, then deleting back to empty.
    const Loaded loaded = loadAndBuildModels(bytes);
    Bulletin::IndicatorFilterProxyModel proxy;
    proxy.setSourceModel(loaded.table.get());
    const QStringList words { QStringLiteral("工业增加值"), QStringLiteral("industrial value"),
        QStringLiteral("s123-i04"), QStringLiteral("民生 收入") };
    QList<double> keystrokes;
    QStringList matches;
    for (const QString &word : words) {
        for (int length = 1; length <= word.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            proxy.setSearchText(word.left(length));
            const int shown = proxy.rowCount();
            keystrokes.append(timer.nsecsElapsed() / 1e6);
            if (length == word.size())
                matches.append(QStringLiteral("\"%1\" %2").arg(word).arg(shown));
        }
        for (int length = int(word.size()) - 1; length >= 0; --length) {
            QElapsedTimer timer;
            timer.start();
            proxy.setSearchText(word.left(length));
            proxy.rowCount();
            keystrokes.append(timer.nsecsElapsed() / 1e6);
        }
    }

    const double floorMedian = median(floorTimes);
    const double loadMedian = median(loadTimes);
    out() << QStringLiteral("bulletin: %1 indicators, %2 MiB of JSON, %3 runs each, alternating\n")
                 .arg(rows)
                 .arg(bytes.size() / 1048576.0, 0, 'f', 2)
                 .arg(runs);
    out() << QStringLiteral("QJsonDocument::fromJson            median %1 ms\n").arg(floorMedian, 8, 'f', 1);
    out() << QStringLiteral("load + validate + table/tree models median %1 ms (max %2 ms)\n")
                 .arg(loadMedian, 8, 'f', 1)
                 .arg(maximum(loadTimes), 0, 'f', 1);
    out() << QStringLiteral("load ratio %1x (target <= 3x)\n").arg(loadMedian / floorMedian, 0, 'f', 2);
    out() << QStringLiteral(
        "  of which: NUL/UTF-16 check %1 ms, duplicate-name scan %2 ms, validation %3 ms, models %4 ms; "
        "the rest is fromJson and reading the fields\n")
                 .arg(median(utf8Times), 0, 'f', 1)
                 .arg(median(duplicateTimes), 0, 'f', 1)
                 .arg(median(validateTimes), 0, 'f', 1)
                 .arg(median(modelTimes), 0, 'f', 1);
    out() << QStringLiteral("filter per keystroke on %1 rows: median %2 ms, max %3 ms over %4 keystrokes (%5)\n")
                 .arg(rows)
                 .arg(median(keystrokes), 0, 'f', 2)
                 .arg(maximum(keystrokes), 0, 'f', 2)
                 .arg(keystrokes.size())
                 .arg(matches.join(QStringLiteral(", ")));
    out() << QStringLiteral("peak RSS growth: fromJson %1 MiB, load + models %2 MiB (%3 MiB held once loaded)\n")
                 .arg(floorPeak, 0, 'f', 1)
                 .arg(loadPeak, 0, 'f', 1)
                 .arg(loadedResident, 0, 'f', 1);
    out().flush();
    return 0;
}
