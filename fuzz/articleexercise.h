#pragma once

// What the article fuzz target, and the regression test of its findings, do with one input: import it as an article
// and hold the importer to its promises. A broken promise aborts, so that libFuzzer keeps the input.

#include <QElapsedTimer>
#include <articleimporter.h>
#include <bulletinloader.h>
#include <bulletinwriter.h>
#include <cstdio>
#include <cstdlib>

namespace Bulletin {

class ArticleExercise
{
public:
    // libFuzzer's -timeout catches an input that never returns; this names an import that is merely too slow for the
    // 64 KB the fuzzer feeds (the seed takes milliseconds, a megabyte under a second).
    static constexpr qint64 BudgetMs = 3000;

    static ImportResult import(const QByteArray &bytes)
    {
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = ArticleImporter::importBytes(bytes, QStringLiteral("fuzz-article"));
        check(timer.elapsed() < BudgetMs, "an article is imported within its time budget");
        if (!result.draft) {
            check(!result.problems.isEmpty(), "an article refused says why");
            for (const LoadProblem &problem : result.problems)
                check(!problem.message.isEmpty() && problem.file == QLatin1String("fuzz-article"),
                    "a problem names the article");
            return result;
        }
        check(result.problems.isEmpty(), "a draft passes validation");
        const LoadResult loaded
            = BulletinLoader::loadJson(BulletinWriter::toJson(*result.draft), QStringLiteral("draft"));
        check(loaded.ok(), "a draft loads back through the loader");
        check(loaded.document->indicatorCount() == result.draft->indicatorCount(), "a draft loads back whole");
        for (const Section &section : result.draft->sections) {
            for (const Indicator &indicator : section.indicators)
                check(section.text.contains(indicator.source), "a source is a sentence of its section");
        }
        const qsizetype length = result.articleText.size();
        for (const FoundFigure &figure : result.figures) {
            check(figure.range.start >= 0 && figure.range.length > 0 && figure.range.end() <= length,
                "a figure is marked inside the article");
            check(result.draft->findIndicator(figure.indicatorId) != nullptr, "a figure belongs to an indicator");
        }
        for (const MissedNumber &number : result.missed)
            check(number.range.start >= 0 && number.range.end() <= length, "a missed number is inside the article");
        return result;
    }

private:
    static void check(bool condition, const char *promise)
    {
        if (!condition) {
            std::fprintf(stderr, "broken promise: %s\n", promise);
            std::abort();
        }
    }
};

} // namespace Bulletin
