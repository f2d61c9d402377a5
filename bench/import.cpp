// Article import benchmark: how long drafting a bulletin from an article takes, as its text grows.
//   1. The seed article (tests/data/articles/hengyang-2020-h1.txt, 10 KB): median of --runs imports of its text
//      (normalizing, outline, figures, draft and validation; reading the file is apart). Target: under 20 ms.
//   2. The seed repeated to 0.25, 0.5 and 1 MB (one section per "亮点", so 850 sections at 1 MB): each size's
//      median, and the ratio of 1 MB to 0.25 MB, which is 4 when time grows linearly. Target: 1 MB under a second.
//   3. One long section of made-up sentences (测试数据) at the same sizes, where the sentences, not the sections,
//      multiply.
// Usage: bench-import [--runs N] [--article FILE]. Exits 1 when a target is missed.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <articleimporter.h>
#include <articlereader.h>

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

struct Timing
{
    double milliseconds = 0;
    int indicators = 0;
    int sections = 0;
    bool ok = false;
};

Timing timeImport(const QString &text, int runs)
{
    QList<double> times;
    Timing timing;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Bulletin::ImportResult result = Bulletin::ArticleImporter::importText(text, QStringLiteral("bench.txt"));
        times.append(timer.nsecsElapsed() / 1e6);
        timing.ok = result.ok();
        timing.indicators = result.draft ? result.draft->indicatorCount() : 0;
        timing.sections = result.draft ? int(result.draft->sections.size()) : 0;
    }
    timing.milliseconds = median(times);
    return timing;
}

QString repeatedTo(const QString &text, qsizetype bytes)
{
    const qsizetype perCopy = qMax<qsizetype>(1, text.toUtf8().size());
    QString result;
    for (qsizetype size = 0; size < bytes; size += perCopy)
        result += text;
    return result;
}

// Sentences of every kind the importer reads, about a made-up city, in one section that grows.
QString oneLongSection(qsizetype bytes)
{
    const QString header = QStringLiteral("湖南省青禾市2021年上半年经济简报（测试数据）\n亮点\n经济运行\n");
    const QString sentences = QStringLiteral(
        "全市地区生产总值增长7.2%，高于全省1.2个百分点，居全省第5位。一二三产业增加值分别完成40.2亿元、210.5亿元和"
        "190.3亿元。固定资产投资增长9.3%，比全省（8.1%）和全国平均水平（7.6%）分别高1.2、1.7个百分点，其中工业投资"
        "52.3亿元。纺织、机械、食品分别增长8.5%、12.1%、6.4%。新增城镇就业1.8万人，完成全年目标计划的120%。"
        "实现患者“零死亡”，“两不愁三保障”问题全面清零。年产30万吨新材料项目开工建设，5G基站建设提速。");
    QString text = header;
    const qsizetype perCopy = sentences.toUtf8().size();
    for (qsizetype size = header.toUtf8().size(); size < bytes; size += perCopy)
        text += sentences;
    return text + QLatin1Char('\n');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times drafting a bulletin from an article."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Imports per size (median)."), QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption articleOption(QStringLiteral("article"), QStringLiteral("The article to time."),
        QStringLiteral("FILE"),
        QStringLiteral(BULLETIN_SOURCE_DIR) + QStringLiteral("/tests/data/articles/hengyang-2020-h1.txt"));
    parser.addOption(runsOption);
    parser.addOption(articleOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    const Bulletin::ArticleSource source = Bulletin::ArticleReader::readFile(parser.value(articleOption));
    if (!source.ok()) {
        QTextStream(stderr) << Bulletin::describeProblems(source.problems) << Qt::endl;
        return 2;
    }
    // The first import loads OpenCC's dictionaries and compiles the patterns; the rest is what a user waits for.
    timeImport(source.text, 1);
    bool targetsMet = true;

    const Timing seed = timeImport(source.text, runs * 5);
    out() << QStringLiteral(
        "seed article (%1 bytes): %2 ms (median of %3), %4 sections, %5 indicators; target < 20 ms%6")
                 .arg(source.text.toUtf8().size())
                 .arg(seed.milliseconds, 0, 'f', 2)
                 .arg(runs * 5)
                 .arg(seed.sections)
                 .arg(seed.indicators)
                 .arg(seed.milliseconds < 20 && seed.ok ? QString() : QStringLiteral("  MISSED"))
          << Qt::endl;
    targetsMet = targetsMet && seed.milliseconds < 20 && seed.ok;

    const QList<qsizetype> sizes { 256 * 1024, 512 * 1024, 1024 * 1024 };
    for (const bool sections : { true, false }) {
        out() << (sections ? QStringLiteral("seed repeated (a section per highlight):")
                           : QStringLiteral("one growing section of made-up sentences:"))
              << Qt::endl;
        QList<double> times;
        for (const qsizetype size : sizes) {
            const QString text = sections ? repeatedTo(source.text, size) : oneLongSection(size);
            const Timing timing = timeImport(text, qMax(1, runs / 3));
            times.append(timing.milliseconds);
            out() << QStringLiteral("  %1 MB (%2 bytes): %3 ms, %4 sections, %5 indicators%6")
                         .arg(double(size) / (1024 * 1024), 0, 'f', 2)
                         .arg(text.toUtf8().size())
                         .arg(timing.milliseconds, 0, 'f', 1)
                         .arg(timing.sections)
                         .arg(timing.indicators)
                         .arg(timing.ok ? QString() : QStringLiteral("  INVALID DRAFT"))
                  << Qt::endl;
            targetsMet = targetsMet && timing.ok;
        }
        const double ratio = times.first() > 0 ? times.last() / times.first() : 0;
        out() << QStringLiteral("  1 MB / 0.25 MB = %1 (linear: 4); 1 MB target < 1000 ms%2")
                     .arg(ratio, 0, 'f', 2)
                     .arg(times.last() < 1000 ? QString() : QStringLiteral("  MISSED"))
              << Qt::endl;
        targetsMet = targetsMet && times.last() < 1000 && ratio < 6;
    }
    return targetsMet ? 0 : 1;
}
