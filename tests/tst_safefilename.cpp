// File names made from data: whatever a title holds, the name stays one harmless component of a folder.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <safefilename.h>

using Bulletin::SafeFileName;

namespace {

bool isOneComponent(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
        && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) && !name.contains(QLatin1Char(':'));
}

} // namespace

class TestSafeFileName : public QObject
{
    Q_OBJECT

private slots:
    void component_data();
    void component();
    void staysInsideFolder_data();
    void staysInsideFolder();
    void cutAtWordEnds_data();
    void cutAtWordEnds();
    void longNamesKeepWholeCharacters_data();
    void longNamesKeepWholeCharacters();
    void reservedDeviceNames_data();
    void reservedDeviceNames();
    void fallback();
    void idempotent_data();
    void idempotent();
};

void TestSafeFileName::component_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::addRow("chinese-title") << QStringLiteral("增速与全省平均比较") << QStringLiteral("增速与全省平均比较");
    QTest::addRow("quotes-kept") << QStringLiteral("项目建设不断刷新“衡阳速度”")
                                 << QStringLiteral("项目建设不断刷新“衡阳速度”");
    QTest::addRow("parent-twice") << QStringLiteral("../../x") << QStringLiteral("x");
    QTest::addRow("slash") << QStringLiteral("a/b") << QStringLiteral("a_b");
    QTest::addRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a_b");
    QTest::addRow("drive-letter") << QStringLiteral("C:\\x") << QStringLiteral("C_x");
    QTest::addRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("etc_passwd");
    QTest::addRow("windows-forbidden") << QStringLiteral("a<b>c|d?e*f\"g") << QStringLiteral("a_b_c_d_e_f_g");
    QTest::addRow("control-chars") << QStringLiteral("a\nb\tc\x01"
                                                     "d")
                                   << QStringLiteral("a_b_c_d");
    QTest::addRow("del-and-c1") << QString(QStringLiteral("a") + QChar(0x7f) + QStringLiteral("b") + QChar(0x85))
                                << QStringLiteral("a_b");
    QTest::addRow("bidi-override") << QString(QStringLiteral("abc") + QChar(0x202e) + QStringLiteral("gnp.exe"))
                                   << QStringLiteral("abc_gnp.exe");
    QTest::addRow("zero-width") << QString(QStringLiteral("a") + QChar(0x200b) + QStringLiteral("b"))
                                << QStringLiteral("a_b");
    QTest::addRow("dots-only") << QStringLiteral("...") << QStringLiteral("unnamed");
    QTest::addRow("dot") << QStringLiteral(".") << QStringLiteral("unnamed");
    QTest::addRow("dotdot") << QStringLiteral("..") << QStringLiteral("unnamed");
    QTest::addRow("empty") << QString() << QStringLiteral("unnamed");
    QTest::addRow("spaces-only") << QStringLiteral("   ") << QStringLiteral("unnamed");
    QTest::addRow("hidden-file") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
    QTest::addRow("trailing-dot-space") << QStringLiteral("report. . ") << QStringLiteral("report");
    QTest::addRow("leading-dash") << QStringLiteral("-rf") << QStringLiteral("rf");
    QTest::addRow("ideographic-space") << QStringLiteral("衡阳　比较") << QStringLiteral("衡阳 比较");
    QTest::addRow("runs-collapse") << QStringLiteral("a///b   c") << QStringLiteral("a_b c");
    QTest::addRow("con") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::addRow("nul-txt") << QStringLiteral("nul.txt") << QStringLiteral("_nul.txt");
    QTest::addRow("com1") << QStringLiteral("com1") << QStringLiteral("_com1");
    QTest::addRow("console-is-fine") << QStringLiteral("CONSOLE") << QStringLiteral("CONSOLE");
    QTest::addRow("nfc") << QStringLiteral("e\u0301") << QStringLiteral("\u00e9");
}

void TestSafeFileName::component()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SafeFileName::component(text), expected);
    QVERIFY(SafeFileName::isSafe(expected));
}

void TestSafeFileName::staysInsideFolder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("parent") << QStringLiteral("../../x");
    QTest::addRow("slash") << QStringLiteral("a/b");
    QTest::addRow("absolute") << QStringLiteral("/tmp/evil");
    QTest::addRow("drive") << QStringLiteral("C:\\Windows\\x");
    QTest::addRow("unc") << QStringLiteral("\\\\server\\share\\x");
    QTest::addRow("dotdot") << QStringLiteral("..");
    QTest::addRow("newline") << QStringLiteral("a\n../b");
    QTest::addRow("long") << QString(300, QLatin1Char('a'));
    QTest::addRow("long-chinese") << QString(300, QChar(u'增'));
}

void TestSafeFileName::staysInsideFolder()
{
    QFETCH(QString, text);
    const QString name = SafeFileName::component(text);
    QVERIFY2(isOneComponent(name), qPrintable(name));

    // Written for real: the file lands directly in the folder and nowhere else.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkdir(QStringLiteral("inner"));
    const QString folder = dir.filePath(QStringLiteral("inner"));
    QFile file(QDir(folder).filePath(name + QStringLiteral(".png")));
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    file.close();
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { name + QStringLiteral(".png") });
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("inner") });
}

void TestSafeFileName::cutAtWordEnds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expected");
    QTest::addRow("inside-a-word") << QStringLiteral("Project construction keeps setting new records") << 40
                                   << QStringLiteral("Project construction keeps setting new");
    QTest::addRow("on-an-opening-quote") << QStringLiteral("new records for “Hengyang speed”") << 20
                                         << QStringLiteral("new records");
    QTest::addRow("not-on-a-joining-word")
        << QStringLiteral("Bank–enterprise matchmaking: credit granted and funds in place") << 50
        << QStringLiteral("Bank–enterprise matchmaking_ credit granted");
    QTest::addRow("on-an-opening-bracket")
        << QStringLiteral("Rank in Hunan (1st is best)") << 15 << QStringLiteral("Rank in Hunan");
    QTest::addRow("after-a-whole-word") << QStringLiteral("Growth compared with the average") << 20
                                        << QStringLiteral("Growth compared");
    QTest::addRow("no-space-near") << QStringLiteral("Bank–enterprise matchmaking") << 12
                                   << QStringLiteral("Bank–enter");
    QTest::addRow("chinese-anywhere") << QStringLiteral("项目建设不断刷新“衡阳速度”") << 27
                                      << QStringLiteral("项目建设不断刷新");
    QTest::addRow("not-cut-not-changed") << QStringLiteral("Overview (") << 40 << QStringLiteral("Overview (");
}

void TestSafeFileName::cutAtWordEnds()
{
    QFETCH(QString, text);
    QFETCH(int, maxBytes);
    QFETCH(QString, expected);
    QCOMPARE(SafeFileName::component(text, maxBytes), expected);
}

void TestSafeFileName::longNamesKeepWholeCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxBytes");
    QTest::addRow("ascii-300") << QString(300, QLatin1Char('x')) << 120;
    QTest::addRow("chinese-300") << QString(300, QChar(u'长')) << 120;
    QTest::addRow("chinese-odd-limit") << QString(300, QChar(u'长')) << 49;
    QTest::addRow("emoji-surrogates") << QString(QStringLiteral("😀").repeated(100)) << 50;
    QTest::addRow("combining-marks") << QString(QStringLiteral("e\u0301\u0323").repeated(100)) << 31;
    QTest::addRow("mixed") << QString(QStringLiteral("a长😀").repeated(80)) << 120;
}

void TestSafeFileName::longNamesKeepWholeCharacters()
{
    QFETCH(QString, text);
    QFETCH(int, maxBytes);
    const QString name = SafeFileName::component(text, maxBytes);
    const QByteArray utf8 = name.toUtf8();
    QVERIFY2(utf8.size() <= maxBytes, qPrintable(QString::number(utf8.size())));
    QVERIFY2(utf8.size() > maxBytes - 8, qPrintable(QString::number(utf8.size())));
    // Nothing cut: the name decodes back to itself and is a prefix of the normalised text.
    QCOMPARE(QString::fromUtf8(utf8), name);
    QVERIFY(!name.isEmpty() && !name.back().isHighSurrogate());
    const QString normal = text.normalized(QString::NormalizationForm_C);
    QVERIFY(normal.startsWith(name));
    // The cut falls between grapheme clusters: no accent or low surrogate is left behind.
    const QChar next = normal.at(name.size());
    QVERIFY(!next.isLowSurrogate() && next.category() != QChar::Mark_NonSpacing);
}

void TestSafeFileName::reservedDeviceNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("reserved");
    for (const char *name : { "CON", "con", "PRN", "AUX", "NUL", "nul.txt", "COM1", "com9.png", "LPT1", "LPT9",
             "CON .png", "CONIN$", "conout$" })
        QTest::addRow("%s", name) << QString::fromLatin1(name) << true;
    for (const char *name : { "CONSOLE", "COM", "COM10", "LPTX", "nully", "a.con", "_CON" })
        QTest::addRow("%s", name) << QString::fromLatin1(name) << false;
    QTest::addRow("com-superscript") << QStringLiteral("COM¹") << true;
}

void TestSafeFileName::reservedDeviceNames()
{
    QFETCH(QString, name);
    QFETCH(bool, reserved);
    QCOMPARE(SafeFileName::isReservedDeviceName(name), reserved);
    QVERIFY(!SafeFileName::isReservedDeviceName(SafeFileName::component(name)));
}

void TestSafeFileName::fallback()
{
    QCOMPARE(SafeFileName::component(QStringLiteral("../"), 120, QStringLiteral("chart")), QStringLiteral("chart"));
    // An unsafe fallback is made safe as well.
    QCOMPARE(SafeFileName::component(QStringLiteral("/"), 120, QStringLiteral("../CON")), QStringLiteral("_CON"));
    QCOMPARE(SafeFileName::component(QStringLiteral("."), 3, QStringLiteral("fallback")), QStringLiteral("fal"));
    // Truncating "CONSOLE" to three bytes must not leave a device name.
    QVERIFY(!SafeFileName::isReservedDeviceName(SafeFileName::component(QStringLiteral("CONSOLE"), 3)));
}

void TestSafeFileName::idempotent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("hostile") << QStringLiteral(" ../..\\CON.txt. ");
    QTest::addRow("long") << QString(QStringLiteral("标题/").repeated(100));
    QTest::addRow("plain") << QStringLiteral("01-总览-衡阳市与湖南省比较");
}

void TestSafeFileName::idempotent()
{
    QFETCH(QString, text);
    const QString once = SafeFileName::component(text);
    QCOMPARE(SafeFileName::component(once), once);
    QVERIFY(SafeFileName::isSafe(once));
}

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
