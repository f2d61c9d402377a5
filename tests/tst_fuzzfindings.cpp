// What the fuzzers found (tests/data/fuzz/<json|csv>/, one file per finding), replayed through the same exercise
// as fuzz/fuzz_*_loader.cpp: load the bytes and, for a bulletin, build and read every model and open its exports
// again. A broken promise aborts, as under the fuzzer.

#include "../fuzz/bulletinexercise.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using Bulletin::BulletinExercise;

class TestFuzzFindings : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzFindings::replay_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<BulletinExercise::Format>("format");
    int rows = 0;
    for (const QString &kind : { QStringLiteral("json"), QStringLiteral("csv") }) {
        const QDir dir(QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/fuzz/") + kind);
        for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
            QTest::addRow("%s/%s", qPrintable(kind), qPrintable(name))
                << dir.filePath(name)
                << (kind == QLatin1String("json") ? BulletinExercise::Format::Json : BulletinExercise::Format::Csv);
            ++rows;
        }
    }
    QVERIFY(rows > 0);
}

void TestFuzzFindings::replay()
{
    QFETCH(QString, path);
    QFETCH(BulletinExercise::Format, format);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QElapsedTimer timer;
    timer.start();
    BulletinExercise::load(file.readAll(), format);
    // libFuzzer's -timeout is 10 s per input; a finding that was a hang must now be quick.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
