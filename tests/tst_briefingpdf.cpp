// The briefing PDF as a reader gets it: written by `--brief` without a display, then read back with poppler's
// tools (pdfinfo, pdftotext, pdffonts). The tools are required: without them this test fails.

#include "bulletin.h"
#include "bulletinloader.h"
#include "headlessrun.h"
#include "loadproblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace Bulletin;

namespace {

using Run = HeadlessRun;

Run runProgram(const QString &program, const QStringList &arguments, const QString &workingDirectory)
{
    return runHeadless(program, arguments, workingDirectory);
}

// The briefing's own words follow the interface language; these checks read the Chinese sheet unless told.
Run runDashboard(const QStringList &arguments, const QString &workingDirectory)
{
    const QStringList withLanguage = arguments.contains(QStringLiteral("--lang"))
        ? arguments
        : QStringList { QStringLiteral("--lang"), QStringLiteral("zh") } + arguments;
    return runProgram(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY), withLanguage, workingDirectory);
}

QString withoutSpace(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBriefingPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void wholeBriefing();
    void chosenSections();
    void letterPaper();
    void englishFollowsTheInterfaceLanguage();
    void unknownSection();
    void badPaper();
    void optionsNeedBrief();
    void existingOutputRefused();
    void forceReplaces();
    void unwritableOutputLeavesNothing();
    void masthead_data();
    void masthead();
    void serifBodyExtractsAsWritten();
    void grayscale();

private:
    // pdfinfo's fields; pdftotext's text; pdffonts' table.
    QMap<QString, QString> info(const QString &pdf);
    QString text(const QString &pdf);
    void verifyPageNumbers(const QString &text, int pages);
    // Every font embedded, and each one of the pinned faces (families' PostScript names begin so).
    void verifyFontsEmbedded(const QString &pdf, const QStringList &faces = { QStringLiteral("WenQuanYi") });
    void verifyNoRadicals(const QString &text);

    std::shared_ptr<const Document> m_builtIn;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pdfinfo;
    QString m_pdftotext;
    QString m_pdffonts;
};

void TestBriefingPdf::initTestCase()
{
    const QFileInfo binary(QString::fromUtf8(BULLETIN_DASHBOARD_BINARY));
    QVERIFY2(binary.isExecutable(), qPrintable(binary.filePath()));
    const LoadResult builtIn = BulletinLoader::loadBuiltIn();
    QVERIFY2(builtIn.ok(), qPrintable(describeProblems(builtIn.problems)));
    m_builtIn = builtIn.document;
    m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    QVERIFY2(!m_pdfinfo.isEmpty() && !m_pdftotext.isEmpty() && !m_pdffonts.isEmpty(),
        "pdfinfo, pdftotext and pdffonts are needed (Debian: apt-get install poppler-utils)");
}

void TestBriefingPdf::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QMap<QString, QString> TestBriefingPdf::info(const QString &pdf)
{
    const Run result = runProgram(m_pdfinfo, { pdf }, m_dir->path());
    [&] { VERIFY_EXIT(result, 0); }();
    QMap<QString, QString> fields;
    for (const QString &line : result.out.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            fields.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return fields;
}

QString TestBriefingPdf::text(const QString &pdf)
{
    const Run result = runProgram(
        m_pdftotext, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") }, m_dir->path());
    [&] { VERIFY_EXIT(result, 0); }();
    return result.out;
}

void TestBriefingPdf::verifyPageNumbers(const QString &text, int pages)
{
    // "第 N 页 / 共 M 页"; pdftotext may drop the thin spaces between Chinese and digits.
    for (int page = 1; page <= pages; ++page) {
        const QRegularExpression number(QStringLiteral("第\\s*%1\\s*页\\s*/\\s*共\\s*%2\\s*页").arg(page).arg(pages));
        QVERIFY2(text.contains(number), qPrintable(number.pattern()));
    }
    const QRegularExpression beyond(QStringLiteral("第\\s*%1\\s*页").arg(pages + 1));
    QVERIFY(!text.contains(beyond));
}

void TestBriefingPdf::verifyFontsEmbedded(const QString &pdf, const QStringList &faces)
{
    const Run result = runProgram(m_pdffonts, { pdf }, m_dir->path());
    VERIFY_EXIT(result, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // A header, a rule, then one line per font: name type encoding emb sub uni object-id.
    QVERIFY2(lines.size() >= 3, qPrintable(result.out));
    const qsizetype embColumn = lines.at(0).indexOf(QStringLiteral("emb"));
    QVERIFY(embColumn > 0);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).mid(embColumn, 3) == QStringLiteral("yes"), qPrintable(lines.at(i)));
        // Families pinned so that Chinese text extracts correctly (Noto Sans CJK gives radicals back).
        const QString &line = lines.at(i);
        QVERIFY2(
            std::any_of(faces.cbegin(), faces.cend(), [&line](const QString &face) { return line.startsWith(face); }),
            qPrintable(line));
    }
}

void TestBriefingPdf::verifyNoRadicals(const QString &text)
{
    // No CJK radicals (U+2E80–U+2FDF) stand in for the characters that look like them.
    for (const QChar c : text)
        QVERIFY2(c.unicode() < 0x2e80 || c.unicode() > 0x2fdf,
            qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
}

void TestBriefingPdf::wholeBriefing()
{
    const Run result = runDashboard({ QStringLiteral("--brief"), QStringLiteral("brief.pdf") }, m_dir->path());
    VERIFY_EXIT(result, 0);
    const QString pdf = m_dir->filePath(QStringLiteral("brief.pdf"));
    QVERIFY(QFileInfo(pdf).size() > 10000);

    const QMap<QString, QString> fields = info(pdf);
    // A4: 595.276 x 841.89 pts.
    static const QRegularExpression size(QStringLiteral("^(\\d+(?:\\.\\d+)?) x (\\d+(?:\\.\\d+)?) pts"));
    const QRegularExpressionMatch match = size.match(fields.value(QStringLiteral("Page size")));
    QVERIFY2(match.hasMatch(), qPrintable(fields.value(QStringLiteral("Page size"))));
    QVERIFY(qAbs(match.captured(1).toDouble() - 595.3) < 1.0);
    QVERIFY(qAbs(match.captured(2).toDouble() - 841.9) < 1.0);
    const int pages = fields.value(QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 4 && pages <= 12, qPrintable(QString::number(pages)));
    QVERIFY(fields.value(QStringLiteral("Title")).contains(m_builtIn->title));
    QVERIFY(fields.value(QStringLiteral("Creator")).contains(QStringLiteral("bulletin-dashboard")));

    const QString all = text(pdf);
    const QString flat = withoutSpace(all);
    QVERIFY(flat.contains(withoutSpace(m_builtIn->title)));
    QVERIFY(flat.contains(withoutSpace(m_builtIn->subtitle)));
    for (const Section &section : m_builtIn->sections)
        QVERIFY2(flat.contains(withoutSpace(section.title)), qPrintable(section.title));
    for (const KeyFigure &figure : m_builtIn->keyFigures)
        QVERIFY2(flat.contains(withoutSpace(figure.label)), qPrintable(figure.label));
    // The word a statistics bulletin uses most, extracted as the two characters it is.
    QVERIFY(flat.contains(QStringLiteral("增长")));
    verifyPageNumbers(all, pages);

    verifyNoRadicals(all);
    verifyFontsEmbedded(pdf);
}

void TestBriefingPdf::chosenSections()
{
    const Run result = runDashboard({ QStringLiteral("--brief"), QStringLiteral("two.pdf"),
                                        QStringLiteral("--sections"), QStringLiteral("economy,poverty") },
        m_dir->path());
    VERIFY_EXIT(result, 0);
    const QString pdf = m_dir->filePath(QStringLiteral("two.pdf"));
    const QString all = text(pdf);
    const QString flat = withoutSpace(all);
    for (const Section &section : m_builtIn->sections) {
        const bool chosen = section.id == QLatin1String("economy") || section.id == QLatin1String("poverty");
        QVERIFY2(flat.contains(withoutSpace(section.title)) == chosen, qPrintable(section.title));
    }
    const int pages = info(pdf).value(QStringLiteral("Pages")).toInt();
    QVERIFY(pages >= 2);
    verifyPageNumbers(all, pages);

    // "overview", as --list-sections names the first page, is accepted: the first page is always there.
    const Run overview = runDashboard({ QStringLiteral("--brief"), QStringLiteral("one.pdf"),
                                          QStringLiteral("--sections"), QStringLiteral("overview") },
        m_dir->path());
    VERIFY_EXIT(overview, 0);
    const QString summary = withoutSpace(text(m_dir->filePath(QStringLiteral("one.pdf"))));
    QVERIFY(summary.contains(withoutSpace(m_builtIn->title)));
    for (const Section &section : m_builtIn->sections)
        QVERIFY2(!summary.contains(withoutSpace(section.title)), qPrintable(section.title));
}

void TestBriefingPdf::letterPaper()
{
    const Run result = runDashboard({ QStringLiteral("--brief"), QStringLiteral("letter.pdf"),
                                        QStringLiteral("--paper"), QStringLiteral("Letter") },
        m_dir->path());
    VERIFY_EXIT(result, 0);
    const QString pdf = m_dir->filePath(QStringLiteral("letter.pdf"));
    QVERIFY2(info(pdf).value(QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792 pts")),
        qPrintable(info(pdf).value(QStringLiteral("Page size"))));
    verifyPageNumbers(text(pdf), info(pdf).value(QStringLiteral("Pages")).toInt());
}

void TestBriefingPdf::englishFollowsTheInterfaceLanguage()
{
    const Run result = runDashboard(
        { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--brief"), QStringLiteral("en.pdf") },
        m_dir->path());
    VERIFY_EXIT(result, 0);
    const QString all = text(m_dir->filePath(QStringLiteral("en.pdf")));
    QVERIFY2(all.contains(QStringLiteral("Page 1 of")), qPrintable(all.left(400)));
    QVERIFY(!withoutSpace(all).contains(QStringLiteral("第1页")));
    // The bulletin's text stays as written; its names are the English it gives.
    QVERIFY(withoutSpace(all).contains(QStringLiteral("全市地区生产总值增长1.7%")));
    QVERIFY(all.contains(QStringLiteral("GDP growth")));
    QVERIFY(all.contains(QStringLiteral("+0.4 pp")));
    // English words around the cited title, and figures counted as English counts.
    QVERIFY2(all.contains(QStringLiteral("staff reporter Chen Run")), qPrintable(all.right(400)));
    QVERIFY(!all.contains(QStringLiteral("本报记者")));
    QVERIFY(all.contains(QStringLiteral("29.772 billion yuan")));
    QVERIFY(all.contains(QStringLiteral("excluding Changsha")));
    // Copied or searched, the words are letters: no ligature glyph ("staﬀ") stands for two of them.
    for (const QChar c : all)
        QVERIFY2(c.unicode() < 0xFB00 || c.unicode() > 0xFB06, qPrintable(QString(c)));
}

void TestBriefingPdf::unknownSection()
{
    const Run result = runDashboard({ QStringLiteral("--brief"), QStringLiteral("x.pdf"), QStringLiteral("--sections"),
                                        QStringLiteral("economy,nosuch") },
        m_dir->path());
    VERIFY_EXIT(result, 2);
    QVERIFY2(result.err.contains(QStringLiteral("nosuch")), qPrintable(result.err));
    for (const Section &section : m_builtIn->sections)
        QVERIFY2(result.err.contains(section.id), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.pdf"))));
}

void TestBriefingPdf::badPaper()
{
    const Run result = runDashboard(
        { QStringLiteral("--brief"), QStringLiteral("x.pdf"), QStringLiteral("--paper"), QStringLiteral("A3") },
        m_dir->path());
    VERIFY_EXIT(result, 2);
    QVERIFY2(result.err.contains(QStringLiteral("A3")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.pdf"))));
}

void TestBriefingPdf::optionsNeedBrief()
{
    const Run result = runDashboard({ QStringLiteral("--sections"), QStringLiteral("economy") }, m_dir->path());
    VERIFY_EXIT(result, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--brief")), qPrintable(result.err));
}

void TestBriefingPdf::existingOutputRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("brief.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me\n");
    file.close();
    const Run result = runDashboard({ QStringLiteral("--brief"), QStringLiteral("brief.pdf") }, m_dir->path());
    VERIFY_EXIT(result, 1);
    QVERIFY2(result.err.contains(QStringLiteral("--force")), qPrintable(result.err));
    QCOMPARE(readFile(path), QByteArray("keep me\n"));
}

void TestBriefingPdf::forceReplaces()
{
    const QString path = m_dir->filePath(QStringLiteral("brief.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me\n");
    file.close();
    const Run result = runDashboard(
        { QStringLiteral("--brief"), QStringLiteral("brief.pdf"), QStringLiteral("--force") }, m_dir->path());
    VERIFY_EXIT(result, 0);
    QVERIFY(readFile(path).startsWith("%PDF-"));
}

void TestBriefingPdf::unwritableOutputLeavesNothing()
{
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (QFileInfo(folder).isWritable()) {
        // root writes anywhere; a missing folder is unwritable for everyone.
        QVERIFY(
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        const Run result
            = runDashboard({ QStringLiteral("--brief"), QStringLiteral("missing/folder/brief.pdf") }, m_dir->path());
        VERIFY_EXIT(result, 1);
        QVERIFY2(result.err.contains(QStringLiteral("brief.pdf")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing"))));
        return;
    }
    const Run result = runDashboard({ QStringLiteral("--brief"), QStringLiteral("locked/brief.pdf") }, m_dir->path());
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    VERIFY_EXIT(result, 1);
    QVERIFY2(result.err.contains(QStringLiteral("brief.pdf")), qPrintable(result.err));
    QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestBriefingPdf::masthead_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QStringList issuer { QStringLiteral("--issuer"), QStringLiteral("衡阳市统计局"), QStringLiteral("--issue"),
        QStringLiteral("12") };
    QTest::addRow("chinese") << issuer << QStringList { QStringLiteral("衡阳市统计局"), QStringLiteral("第12期") }
                             << QStringList {};
    QTest::addRow("english") << QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + issuer
                             << QStringList { QStringLiteral("衡阳市统计局"), QStringLiteral("No.12") }
                             << QStringList { QStringLiteral("第12期") };
    QTest::addRow("worded-issue") << QStringList { QStringLiteral("--issue"), QStringLiteral("总第123期") }
                                  << QStringList { QStringLiteral("总第123期") }
                                  << QStringList { QStringLiteral("第总第"), QStringLiteral("统计局") };
    QTest::addRow("none") << QStringList {} << QStringList {}
                          << QStringList { QStringLiteral("统计局"), QStringLiteral("期号"), QStringLiteral("第期") };
}

// The masthead's issuing unit and issue, as given on the command line, in the text a reader copies.
void TestBriefingPdf::masthead()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const Run result
        = runDashboard(QStringList { QStringLiteral("--brief"), QStringLiteral("m.pdf") } + arguments, m_dir->path());
    VERIFY_EXIT(result, 0);
    const QString flat = withoutSpace(text(m_dir->filePath(QStringLiteral("m.pdf"))));
    for (const QString &word : present)
        QVERIFY2(flat.contains(word), qPrintable(word + QLatin1Char('\n') + flat.left(300)));
    for (const QString &word : absent)
        QVERIFY2(!flat.contains(word), qPrintable(word + QLatin1Char('\n') + flat.left(300)));
}

// The Song face chosen for the body is one whose PDF text extracts as the characters set (Noto Serif CJK gives
// radicals back: 长 as ⻓).
void TestBriefingPdf::serifBodyExtractsAsWritten()
{
    const Run result = runDashboard({ QStringLiteral("--brief"), QStringLiteral("serif.pdf"), QStringLiteral("--serif"),
                                        QStringLiteral("--issuer"), QStringLiteral("衡阳市统计局综合部门") },
        m_dir->path());
    VERIFY_EXIT(result, 0);
    // Installed here (tools/bootstrap.sh): no warning of a missing face.
    QVERIFY2(!result.err.contains(QStringLiteral("--serif")), qPrintable(result.err));
    const QString pdf = m_dir->filePath(QStringLiteral("serif.pdf"));
    const QString all = text(pdf);
    const QString flat = withoutSpace(all);
    for (const QString &word : { QStringLiteral("增长"), QStringLiteral("长沙"), QStringLiteral("部门"),
             withoutSpace(m_builtIn->sections.first().text.left(40)) })
        QVERIFY2(flat.contains(word), qPrintable(word));
    verifyNoRadicals(all);
    verifyFontsEmbedded(pdf, { QStringLiteral("WenQuanYi"), QStringLiteral("UMing") });
    const Run fonts = runProgram(m_pdffonts, { pdf }, m_dir->path());
    QVERIFY2(fonts.out.contains(QStringLiteral("UMing")), qPrintable(fonts.out));

    // English: the Latin serif and the Song face for the Chinese the bulletin leaves untranslated.
    const Run english = runDashboard({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--brief"),
                                         QStringLiteral("en.pdf"), QStringLiteral("--serif") },
        m_dir->path());
    VERIFY_EXIT(english, 0);
    const QString englishPdf = m_dir->filePath(QStringLiteral("en.pdf"));
    verifyNoRadicals(text(englishPdf));
    QVERIFY(withoutSpace(text(englishPdf)).contains(QStringLiteral("全市地区生产总值增长1.7%")));
    const Run englishFonts = runProgram(m_pdffonts, { englishPdf }, m_dir->path());
    QVERIFY2(englishFonts.out.contains(QStringLiteral("DejaVuSerif")), qPrintable(englishFonts.out));
    QVERIFY2(!englishFonts.out.contains(QStringLiteral("Noto")), qPrintable(englishFonts.out));
}

void TestBriefingPdf::grayscale()
{
    const Run result = runDashboard(
        { QStringLiteral("--brief"), QStringLiteral("gray.pdf"), QStringLiteral("--grayscale") }, m_dir->path());
    VERIFY_EXIT(result, 0);
    QVERIFY(withoutSpace(text(m_dir->filePath(QStringLiteral("gray.pdf")))).contains(withoutSpace(m_builtIn->title)));
    // Sheet options without a sheet are a mistake.
    for (const QString &option : { QStringLiteral("--serif"), QStringLiteral("--grayscale") }) {
        const Run alone = runDashboard({ option }, m_dir->path());
        VERIFY_EXIT(alone, 2);
        QVERIFY2(alone.err.contains(QStringLiteral("--brief")), qPrintable(alone.err));
    }
}

QTEST_MAIN(TestBriefingPdf)
#include "tst_briefingpdf.moc"
