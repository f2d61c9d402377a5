// Files nobody should have to open, opened anyway (tests/data/bad/, plus a folder, a missing path, an oversized file
// and a pipe made here). Each is refused from the command line with exit status 2 and a message naming the file and
// the place, quickly; in the window, openFile() refuses it and the bulletin on screen stays. A damaged settings file
// is survived with a warning.

#include "mainwindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <bulletinloader.h>
#include <sys/stat.h>

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool Sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool Sanitized = true;
#else
constexpr bool Sanitized = false;
#endif
#else
constexpr bool Sanitized = false;
#endif

// The issue asks for an answer within a second; a sanitized build runs several times slower.
constexpr qint64 CliBoundMs = Sanitized ? 5000 : 1000;
constexpr qint64 LoadBoundMs = Sanitized ? 5000 : 1000;

struct BadFile
{
    const char *name;
    // What follows the file name in the first message: ":line:column", ":line: column NAME" or ": field.path".
    const char *place;
};

// One row per file in tests/data/bad/; corpusIsComplete() keeps the two in step.
const BadFile Corpus[] = {
    { "csv-a-section-per-row.csv", ":1002: column section" },
    { "csv-binary-garbage.csv", ":2:2" },
    { "csv-blank-lines-only.csv", ":1:1" },
    { "csv-bom-at-start-of-a-later-row.csv", ":9:1" },
    { "csv-bom-only.csv", ":1:1" },
    { "csv-completion-not-a-number.csv", ":2: column completion" },
    { "csv-decimal-comma.csv", ":2: column value" },
    { "csv-value-beyond-largest.csv", ":2" },
    { "csv-duplicate-column.csv", ":1: column value" },
    { "csv-duplicate-id.csv", ":4: column id" },
    { "csv-empty-indicator-name.csv", ":6: column indicator" },
    { "csv-empty-section-title.csv", ":8: column section" },
    { "csv-empty.csv", ":1:1" },
    { "csv-gb18030-cut-in-a-character.csv", ":8:65" },
    { "csv-header-only.csv", ":2" },
    { "csv-higher-is-better-bad-word.csv", ":2: column higher_is_better" },
    { "csv-invalid-first-byte.csv", ":1:1" },
    { "csv-invalid-id.csv", ":2: column id" },
    { "csv-invalid-in-utf8-and-gb18030.csv", ":5:1" },
    { "csv-json-file-named-csv.csv", ":2:3" },
    { "csv-latin1-encoded.csv", ":2:12" },
    { "csv-missing-columns.csv", ":1" },
    { "csv-no-value-value-text-or-rank.csv", ":8: column value" },
    { "csv-nul-byte.csv", ":3:47" },
    { "csv-province-derived-bad-word.csv", ":2: column province_derived" },
    { "csv-province-derived-without-province-value.csv", ":8: column province_derived" },
    { "csv-province-value-not-a-number.csv", ":3: column province_value" },
    { "csv-quote-inside-field.csv", ":3:47" },
    { "csv-ragged-row-long.csv", ":8" },
    { "csv-ragged-row-short.csv", ":3" },
    { "csv-rank-above-rank-of.csv", ":2: column rank" },
    { "csv-rank-fractional.csv", ":2: column rank" },
    { "csv-rank-huge.csv", ":2: column rank" },
    { "csv-rank-without-rank-of.csv", ":4: column rank_of" },
    { "csv-rank-zero.csv", ":4: column rank" },
    { "csv-section-id-invalid.csv", ":2: column section_id" },
    { "csv-semicolon-separated.csv", ":2:42" },
    { "csv-tab-separated.csv", ":2:42" },
    { "csv-text-after-closing-quote.csv", ":2:86" },
    { "csv-thousands-ambiguous.csv", ":4: column value" },
    { "csv-truncated-in-quotes.csv", ":6:39" },
    { "csv-truncated-mid-row.csv", ":5" },
    { "csv-unclosed-quote.csv", ":6:39" },
    { "csv-utf16le-bom-excel-unicode-text.csv", ":1:1" },
    { "csv-utf16le-no-bom.csv", ":1:2" },
    { "csv-utf32le-bom.csv", ":1:1" },
    { "csv-utf8-bom-then-gbk.csv", ":2:1" },
    { "csv-value-huge.csv", ":6: column value" },
    { "csv-value-infinite.csv", ":5: column value" },
    { "csv-value-nan.csv", ":8: column value" },
    { "csv-value-not-a-number.csv", ":5: column value" },
    { "json-bars-chart-mixed-units.json", ": sections[0].charts[2].indicators" },
    { "json-binary-garbage.json", ":1:166" },
    { "json-bom-only.json", ":1:1" },
    { "json-bulletin-id-with-space.json", ": bulletin.id" },
    { "json-chart-kind-unknown.json", ": sections[0].charts[2].kind" },
    { "json-chart-without-indicators.json", ": sections[0].charts[3].indicators" },
    { "json-comparison-chart-without-province.json", ": sections[0].charts[0].indicators[1]" },
    { "json-comparison-units-zero.json", ": bulletin.comparison_units" },
    { "json-completion-negative.json", ": sections[0].indicators[1].completion" },
    { "json-dangling-chart-indicator.json", ": sections[0].charts[1].indicators[2]" },
    { "json-dangling-key-figure-indicator.json", ": key_figures[0].indicator" },
    { "json-dangling-key-figure-section.json", ": key_figures[0].section" },
    { "json-deep-nesting-array.json", ":1:1026" },
    { "json-deep-nesting-in-note.json", ": sections[0].indicators[1].note" },
    { "json-deep-nesting-object.json", ":1:5122" },
    { "json-duplicate-chart-id.json", ": sections[0].charts[2].id" },
    { "json-duplicate-indicator-id.json", ": sections[1].indicators[1].id" },
    { "json-duplicate-key-sections.json", ":93:3: sections" },
    { "json-duplicate-key-value.json", ":44:11: sections[0].indicators[1].value" },
    { "json-duplicate-section-id.json", ": sections[1].id" },
    { "json-empty.json", ":1:1" },
    { "json-escaped-invalid-utf8.json", ":5:18" },
    { "json-format-version-2.json", ": format_version" },
    { "json-format-version-string.json", ": format_version" },
    { "json-gbk-encoded.json", ":5:15" },
    { "json-hex-number.json", ":79:21" },
    { "json-huge-integer-rank.json", ": sections[0].indicators[2].rank" },
    { "json-huge-negative-number.json", ":43:20" },
    { "json-huge-number.json", ":43:20" },
    { "json-id-too-long.json", ": sections[1].id" },
    { "json-id-with-space.json", ": sections[1].indicators[0].id" },
    { "json-infinity-literal.json", ":43:20" },
    { "json-invalid-escape.json", ":5:17" },
    { "json-invalid-first-byte.json", ":1:1" },
    { "json-invalid-utf8-in-string.json", ":5:20" },
    { "json-key-figure-number-zero.json", ": key_figures[0].number" },
    { "json-latin1-encoded.json", ":5:18" },
    { "json-long-digit-string.json", ":43:20" },
    { "json-missing-bulletin-title.json", ": bulletin.title" },
    { "json-missing-bulletin.json", ": bulletin" },
    { "json-missing-format-version.json", ": format_version" },
    { "json-missing-indicator-id.json", ": sections[1].indicators[0].id" },
    { "json-missing-indicator-source.json", ": sections[0].indicators[1].source" },
    { "json-missing-indicator-value.json", ": sections[0].indicators[1].value" },
    { "json-missing-sections.json", ": sections" },
    { "json-misspelt-field.json", ": sections[0].indicators[1].higher_is_beter" },
    { "json-nan-literal.json", ":43:20" },
    { "json-negative-infinity-literal.json", ":32:29" },
    { "json-note-null.json", ": sections[0].indicators[1].note" },
    { "json-nul-between-tokens.json", ":2:23" },
    { "json-nul-in-string.json", ":5:17" },
    { "json-overlong-utf8.json", ":4:15" },
    { "json-png-image.json", ":3:1" },
    { "json-province-derived-without-province-value.json", ": sections[1].indicators[0].province_derived" },
    { "json-province-value-null.json", ": sections[0].indicators[1].province_value" },
    { "json-publication-date-not-iso.json", ": bulletin.publication_date" },
    { "json-rank-above-rank-of.json", ": sections[0].indicators[0].rank" },
    { "json-rank-fractional.json", ": sections[0].indicators[0].rank" },
    { "json-rank-negative.json", ": sections[0].indicators[2].rank" },
    { "json-rank-of-without-rank.json", ": sections[0].indicators[1].rank" },
    { "json-rank-of-zero.json", ": sections[0].indicators[2].rank_of" },
    { "json-rank-without-rank-of.json", ": sections[0].indicators[2].rank_of" },
    { "json-rank-zero.json", ": sections[0].indicators[2].rank" },
    { "json-value-beyond-largest.json", ": sections[0].indicators[0].value" },
    { "json-ranking-chart-without-rank.json", ": sections[0].charts[1].indicators[2]" },
    { "json-source-empty.json", ": sections[1].indicators[0].source" },
    { "json-syntax-comment.json", ":3:3" },
    { "json-syntax-missing-comma.json", ":6:5" },
    { "json-syntax-single-quotes.json", ":4:5" },
    { "json-syntax-trailing-comma.json", ":10:3" },
    { "json-syntax-two-documents.json", ":94:1" },
    { "json-syntax-unquoted-key.json", ":7:5" },
    { "json-top-level-array.json", ":1:1" },
    { "json-top-level-null.json", ":1:1" },
    { "json-top-level-number.json", ":1:1" },
    { "json-top-level-string.json", ":1:1" },
    { "json-truncated-after-comma.json", ":40:7" },
    { "json-truncated-mid-string.json", ":15:22" },
    { "json-unknown-top-level-field.json", ": key_figure" },
    { "json-utf16be-no-bom.json", ":1:1" },
    { "json-utf16le-bom.json", ":1:1" },
    { "json-utf32be-bom.json", ":1:1" },
    { "json-utf8-surrogate.json", ":4:15" },
    { "json-utf8-truncated-sequence-at-end.json", ":93:2" },
    { "json-whitespace-only.json", ":1:1" },
    { "json-wrong-type-bulletin-string.json", ": bulletin" },
    { "json-wrong-type-chart-indicators-number.json", ": sections[0].charts[0].indicators[0]" },
    { "json-wrong-type-higher-is-better-string.json", ": sections[0].indicators[0].higher_is_better" },
    { "json-wrong-type-indicator-array.json", ": sections[1].indicators[0]" },
    { "json-wrong-type-sections-object.json", ": sections" },
    { "json-wrong-type-value-string.json", ": sections[0].indicators[1].value" },
    { "json-zip-archive.json", ":1:6" },
};

QString badDir()
{
    return QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/bad");
}

QString median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? QStringLiteral("-") : QString::number(values.at(values.size() / 2));
}

} // namespace

class TestBadCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void corpusIsComplete();
    void commandLineRefuses_data();
    void commandLineRefuses();
    void windowKeepsItsBulletin_data();
    void windowKeepsItsBulletin();
    void windowShowsADialog();
    void damagedSettingsAreSurvived_data();
    void damagedSettingsAreSurvived();

private:
    void addRows();

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_missing;
    QString m_oversized;
    QString m_pipe;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_cliTimes;
    QList<qint64> m_loadTimes;
    QString m_slowestCli;
};

void TestBadCorpus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY)).isExecutable());

    // Named like bulletins, so that nothing but what they are gives them away.
    m_folder = m_dir.filePath(QStringLiteral("folder.json"));
    QVERIFY(QDir().mkpath(m_folder));
    m_missing = m_dir.filePath(QStringLiteral("no-such-file.csv"));
    m_oversized = m_dir.filePath(QStringLiteral("oversized.json"));
    QFile oversized(m_oversized);
    QVERIFY(oversized.open(QIODevice::WriteOnly));
    QVERIFY(oversized.write("{") == 1);
    // Sparse: 32 MiB of holes cost no disk and take no time to write.
    QVERIFY(oversized.resize(Bulletin::BulletinLoader::MaxFileSize + 1));
    oversized.close();
    // A pipe that nobody writes to: opening it would wait for ever.
    m_pipe = m_dir.filePath(QStringLiteral("pipe.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(m_pipe).constData(), 0600) == 0);

    const Bulletin::LoadResult builtIn = Bulletin::BulletinLoader::loadBuiltIn();
    QVERIFY(builtIn.ok());
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->setDocument(builtIn.document, QString());
    QVERIFY(m_window->showSection(QStringLiteral("economy")));
}

void TestBadCorpus::cleanupTestCase()
{
    qInfo("command line, per file: median %s ms, slowest %s ms (%s); in-process load: median %s ms, slowest %s ms",
        qPrintable(median(m_cliTimes)),
        qPrintable(
            QString::number(m_cliTimes.isEmpty() ? 0 : *std::max_element(m_cliTimes.cbegin(), m_cliTimes.cend()))),
        qPrintable(m_slowestCli), qPrintable(median(m_loadTimes)),
        qPrintable(
            QString::number(m_loadTimes.isEmpty() ? 0 : *std::max_element(m_loadTimes.cbegin(), m_loadTimes.cend()))));
    m_window.reset();
}

void TestBadCorpus::corpusIsComplete()
{
    QStringList listed;
    for (const BadFile &file : Corpus)
        listed.append(QString::fromUtf8(file.name));
    listed.sort();
    const QStringList present = QDir(badDir()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(present, listed);
    QVERIFY2(present.size() >= 40, qPrintable(QString::number(present.size())));
}

void TestBadCorpus::addRows()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("place");
    for (const BadFile &file : Corpus)
        QTest::newRow(file.name) << QDir(badDir()).filePath(QString::fromUtf8(file.name))
                                 << QString::fromUtf8(file.place);
    QTest::newRow("a-folder") << m_folder << QStringLiteral(": is a folder");
    QTest::newRow("a-missing-file") << m_missing << QStringLiteral(": no such file");
    QTest::newRow("an-oversized-file") << m_oversized
                                       << QStringLiteral(": the file is 32.0 MiB; bulletins larger than");
    QTest::newRow("a-pipe") << m_pipe << QStringLiteral(": is not a regular file");
}

void TestBadCorpus::commandLineRefuses_data()
{
    addRows();
}

void TestBadCorpus::commandLineRefuses()
{
    QFETCH(QString, path);
    QFETCH(QString, place);
    const QString output
        = m_dir.filePath(QStringLiteral("out-%1.json").arg(QString::fromLatin1(QTest::currentDataTag())));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY), { path, QStringLiteral("--export-data"), output });
    QVERIFY(process.waitForFinished(60000));
    const qint64 elapsed = timer.elapsed();
    const QString err = QString::fromUtf8(process.readAllStandardError());

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 2, qPrintable(QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(err)));
    QVERIFY2(err.contains(path + place), qPrintable(QStringLiteral("expected \"%1%2\" in: %3").arg(path, place, err)));
    QVERIFY2(!QFileInfo::exists(output), "nothing is written for a refused file");
    m_cliTimes.append(elapsed);
    if (elapsed >= *std::max_element(m_cliTimes.cbegin(), m_cliTimes.cend()))
        m_slowestCli = QString::fromLatin1(QTest::currentDataTag());
    QVERIFY2(elapsed < CliBoundMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

void TestBadCorpus::windowKeepsItsBulletin_data()
{
    addRows();
}

void TestBadCorpus::windowKeepsItsBulletin()
{
    QFETCH(QString, path);
    QFETCH(QString, place);
    const auto before = m_window->document();
    const int tabs = m_window->tabs()->count();
    const int current = m_window->tabs()->currentIndex();

    QElapsedTimer timer;
    timer.start();
    QVERIFY(!m_window->openFile(path));
    const qint64 elapsed = timer.elapsed();

    QCOMPARE(m_window->document(), before);
    QCOMPARE(m_window->tabs()->count(), tabs);
    QCOMPARE(m_window->tabs()->currentIndex(), current);
    QVERIFY2(m_window->lastError().contains(path + place), qPrintable(m_window->lastError()));
    m_loadTimes.append(elapsed);
    QVERIFY2(elapsed < LoadBoundMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

void TestBadCorpus::windowShowsADialog()
{
    // Given a window showing the built-in bulletin, interactive as for a user
    MainWindow window;
    window.setDocument(Bulletin::BulletinLoader::loadBuiltIn().document, QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto before = window.document();
    const QString path = QDir(badDir()).filePath(QStringLiteral("json-rank-above-rank-of.json"));

    // When a bad file is opened, the warning that comes up is read and dismissed
    QString shown;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    poll.start(10);
    QVERIFY(!window.openFile(path));
    poll.stop();

    // Then it named the file and the field, and the bulletin stayed
    QVERIFY2(shown.contains(path + QStringLiteral(": sections[0].indicators[0].rank")), qPrintable(shown));
    QCOMPARE(window.document(), before);
}

void TestBadCorpus::damagedSettingsAreSurvived_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<bool>("unreadable");
    QTest::addRow("binary-garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR[[[\xff\xfe", 20) << true;
    QTest::addRow("utf16") << QByteArray("\xff\xfe[\0w\0i\0n\0", 10) << true;
    QTest::addRow("truncated-section-and-value") << QByteArray("[window\ngeometry=@ByteArray(\\x1") << true;
    QTest::addRow("garbage-values") << QByteArray(
        "[window]\ngeometry=@ByteArray(garbage)\nstate=@ByteArray(\\0\\0\\xff)\n"
        "lastTab=no-such-tab\nsectionSplitters=@Invalid()\n"
        "[view]\ntheme=purple\nlanguage=xx\n"
        "[General]\nrecentFiles=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x3QXY)\n")
                                    << false;
    QTest::addRow("wrong-types") << QByteArray("[window]\ngeometry=12\nstate=true\n[view]\ntheme=@Rect(1 2 3 4)\n"
                                               "[General]\nrecentFiles=/nonexistent/a.json, /dev/null\n")
                                 << false;
    QTest::addRow("huge-line") << QByteArray("[window]\ngeometry=") + QByteArray(4 << 20, 'A') + QByteArray("\n")
                               << false;
}

void TestBadCorpus::damagedSettingsAreSurvived()
{
    QFETCH(QByteArray, settings);
    QFETCH(bool, unreadable);
    // Given a damaged settings file where the program looks for it
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QString path = config.filePath(QStringLiteral("bulletin-dashboard/bulletin-dashboard.conf"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(settings) == settings.size());
    file.close();

    // When the program starts on a bulletin, paints its window and quits
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    process.setProcessEnvironment(environment);
    const QString bulletin = QString::fromUtf8(BULLETIN_TEST_DATA_DIR "/minimal.json");
    process.start(
        QString::fromUtf8(BULLETIN_DASHBOARD_BINARY), { bulletin, QStringLiteral("--quit-after-first-paint") });
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());

    // Then it neither crashed nor failed, warned when it could not read the file, and saved its settings again
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    if (unreadable)
        QVERIFY2(err.contains(QStringLiteral("the settings file %1 is damaged").arg(path)), qPrintable(err));
    QSettings saved(path, QSettings::IniFormat);
    QVERIFY2(saved.value(QStringLiteral("recentFiles")).toStringList().contains(QFileInfo(bulletin).absoluteFilePath()),
        qPrintable(saved.value(QStringLiteral("recentFiles")).toString()));
}

QTEST_MAIN(TestBadCorpus)
#include "tst_badcorpus.moc"
