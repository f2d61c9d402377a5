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

private:
    // pdfinfo's fields; pdftotext's text; pdffonts' table.
    QMap<QString, QString> info(const QString &pdf);
    QString text(const QString &pdf);
    void verifyPageNumbers(const QString &text, int pages);
    void verifyFontsEmbedded(const QString &pdf);

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

void TestBriefingPdf::verifyFontsEmbedded(const QString &pdf)
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
        QVERIFY2(lines.at(i).startsWith(QStringLiteral("WenQuanYi")), qPrintable(lines.at(i)));
    }
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

    // No CJK radicals (U+2E80–U+2FDF) stand in for the characters that look like them.
    for (const QChar c : all)
        QVERIFY2(c.unicode() < 0x2e80 || c.unicode() > 0x2fdf,
            qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
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

QTEST_MAIN(TestBriefingPdf)
#include "tst_briefingpdf.moc"
